//! What a person does with their own account: change name, address and password, download
//! their data, delete the account (their projects pass to the steering group).

use std::collections::BTreeMap;

use chrono::Duration;
use db::accounts;
use domain::problem::Label;
use domain::proposal::FieldError;
use domain::{TokenPurpose, account as rules, secret};
use serde::Serialize;

use super::words::say;
use super::{AppState, forms, internal, mails, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::account::FormDraft;

/// A draft of one of the account page's forms, with one error.
fn refused(field: &str, message: String, values: &[(&str, &str)]) -> FormDraft {
    let values: BTreeMap<String, String> =
        values.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    FormDraft { values, errors: vec![FieldError { field: field.into(), message }] }
}

/// Whether `password` is the person's current one.
fn password_matches(person: &accounts::Person, password: &str) -> bool {
    person.account.password_hash.as_deref().is_some_and(|h| secret::verify_password(password, h))
}

/// Changes the display name.
pub async fn rename(state: &AppState, name: &str) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let name = match rules::check_person_name(Label::YourName, name) {
        Ok(name) => name,
        Err(p) => {
            let draft = refused("name", say(&p), &[("name", name)]);
            return forms::keep(state, "konto", "/konto", &draft).await;
        }
    };
    accounts::rename(&state.db, person.account.id, &name)
        .await
        .map_err(internal("rename an account"))?;
    Ok("/konto?hinweis=gespeichert".into())
}

/// Sets a new password after checking the current one (none needed while none is set).
pub async fn change_password(
    state: &AppState,
    current: &str,
    new: &str,
) -> Result<String, AppError> {
    let person = session::required(state).await?;
    if person.account.password_hash.is_some() && !password_matches(&person, current) {
        let m = td_string!(Locale::de, problem.old_password_wrong).to_string();
        return forms::keep(state, "konto", "/konto", &refused("current_password", m, &[])).await;
    }
    if let Err(p) = rules::check_password(new, &person.account.email) {
        let draft = refused("new_password", say(&p), &[]);
        return forms::keep(state, "konto", "/konto", &draft).await;
    }
    let hash = secret::hash_password(new).ok_or(AppError::Internal)?;
    accounts::set_password(&state.db, person.account.id, &hash)
        .await
        .map_err(internal("change a password"))?;
    // Setting a password ended every session, this one too: start a fresh one.
    session::start(state, person.account.id).await?;
    Ok("/konto?hinweis=passwort".into())
}

/// Mails a link to the new address; the address changes only when it is confirmed.
pub async fn change_email(state: &AppState, email: &str) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let address = match rules::normalise_email(email) {
        Ok(a) => a,
        Err(p) => {
            return forms::keep(
                state,
                "konto",
                "/konto",
                &refused("new_email", say(&p), &[("new_email", email)]),
            )
            .await;
        }
    };
    if address == person.account.email {
        let same = td_string!(Locale::de, problem.same_email).to_string();
        let draft = refused("new_email", same, &[("new_email", email)]);
        return forms::keep(state, "konto", "/konto", &draft).await;
    }
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an address change"))?;
    // A taken address gets no link, but the page says the same, so it reveals nobody.
    if accounts::by_email(&tx, &address).await.map_err(internal("look up an address"))?.is_none() {
        let token = secret::new_token();
        accounts::issue_email_token(
            &tx,
            &secret::token_hash(&token),
            person.account.id,
            &address,
            Duration::hours(48),
        )
        .await
        .map_err(internal("issue an address link"))?;
        db::outbox::enqueue(&tx, &mails::confirm_new_email(state, &address, &token))
            .await
            .map_err(internal("queue an address mail"))?;
    }
    tx.commit().await.map_err(internal("commit an address change"))?;
    Ok("/hinweis/postfach".into())
}

/// Confirms a new address by its link.
pub async fn confirm_email(state: &AppState, token: &str) -> Result<String, AppError> {
    let tx = db::begin_write(&state.db).await.map_err(internal("begin confirming an address"))?;
    let used = accounts::use_token(&tx, &secret::token_hash(token), TokenPurpose::ChangeEmail)
        .await
        .map_err(internal("use an address link"))?;
    let Some((Some(account_id), Some(email))) = used.map(|t| (t.account_id, t.email)) else {
        return Ok("/bestaetigen?fehler=link".into());
    };
    if accounts::by_email(&tx, &email).await.map_err(internal("look up an address"))?.is_some() {
        return Ok("/bestaetigen?fehler=link".into());
    }
    accounts::change_email(&tx, account_id, &email).await.map_err(internal("change an address"))?;
    tx.commit().await.map_err(internal("commit an address"))?;
    tracing::info!(account_id, "An account's address was changed.");
    Ok("/konto?hinweis=gespeichert".into())
}

/// Deletes the account after the password (or, without one, the address) is confirmed.
pub async fn delete(state: &AppState, confirmation: &str) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let confirmed = password_matches(&person, confirmation)
        || (person.account.password_hash.is_none()
            && confirmation.trim().eq_ignore_ascii_case(&person.account.email));
    if !confirmed {
        let m = td_string!(Locale::de, problem.confirm_deletion).to_string();
        return forms::keep(state, "konto", "/konto", &refused("delete_confirmation", m, &[]))
            .await;
    }
    session::end(state).await?;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin deleting an account"))?;
    // Stored in place of the name, so it stays in the language it was written in.
    let placeholder = td_string!(Locale::de, account.deleted_name);
    accounts::delete(&tx, person.account.id, placeholder)
        .await
        .map_err(internal("delete an account"))?;
    tx.commit().await.map_err(internal("commit deleting an account"))?;
    tracing::info!(account_id = person.account.id, "An account was deleted.");
    Ok("/hinweis/geloescht".into())
}

/// Everything the platform stores about the person, for the download.
#[derive(Serialize)]
pub struct MyData {
    name: String,
    email: String,
    created_at: String,
    email_confirmed_at: Option<String>,
    roles: Vec<&'static str>,
    submissions: Vec<serde_json::Value>,
    partner_profile: Option<serde_json::Value>,
    offers: Vec<serde_json::Value>,
}

/// The person's data as JSON, served as a file download.
pub async fn export(state: &AppState) -> Result<serde_json::Value, AppError> {
    let person = session::required(state).await?;
    let rows = db::submissions::of_account(&state.db, person.account.id)
        .await
        .map_err(internal("export submissions"))?;
    let submissions = rows
        .into_iter()
        .map(|s| {
            serde_json::json!({
                "nummer": s.id,
                "status": s.state,
                "eingereicht": s.created_at.to_rfc3339(),
                "formular": serde_json::from_str::<serde_json::Value>(&s.form).unwrap_or_default(),
            })
        })
        .collect();
    let id = person.account.id;
    let profile =
        db::exchange::partner_of(&state.db, id).await.map_err(internal("export a profile"))?;
    let partner_profile = profile.map(|p| {
        serde_json::json!({
            "art": p.kind, "name": p.display_name, "saeulen": p.pillars,
            "faehigkeiten": p.skills, "stunden_im_monat": p.hours_per_month,
            "budget_im_jahr": p.budget_eur, "kategorien": p.categories,
            "stadtbezirke": p.districts, "beschreibung": p.description, "gelistet": p.listed,
        })
    });
    let offers = db::exchange::offers_of_account(&state.db, id)
        .await
        .map_err(internal("export offers"))?
        .into_iter()
        .map(|o| {
            serde_json::json!({
                "bedarf": o.need_id, "art": o.direction, "status": o.state,
                "nachricht": o.message, "antwort": o.reply, "angelegt": o.created_at.to_rfc3339(),
            })
        })
        .collect();
    let data = MyData {
        name: person.account.name,
        email: person.account.email,
        created_at: person.account.created_at.to_rfc3339(),
        email_confirmed_at: person.account.email_confirmed_at.map(|t| t.to_rfc3339()),
        roles: person.roles.iter().map(|r| r.key()).collect(),
        submissions,
        partner_profile,
        offers,
    };
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"meine-daten.json\""),
        );
    }
    serde_json::to_value(&data).map_err(|_| AppError::Internal)
}
