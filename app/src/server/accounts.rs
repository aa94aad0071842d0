//! Registering, confirming, logging in and out, and a new password by mailed link. Each action
//! returns where the browser goes next; a form with errors comes back as a draft.

use std::collections::BTreeMap;

use chrono::Duration;
use db::accounts::{self, TokenFor};
use domain::problem::Label;
use domain::proposal::FieldError;
use domain::{TokenPurpose, account as rules, secret};

use super::words::field_error as said;
use super::{AppState, forms, internal, mails, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::account::{FormDraft, Me, MyAccount};

/// How long the link that confirms an account works.
fn confirm_lifetime() -> Duration {
    Duration::hours(48)
}

/// How long the link that sets a new password works.
fn reset_lifetime() -> Duration {
    Duration::hours(1)
}

/// A draft of a simple form: its values (never a password) and one error per field.
fn draft(values: &[(&str, &str)], errors: Vec<FieldError>) -> FormDraft {
    let values: BTreeMap<String, String> =
        values.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    FormDraft { values, errors }
}

/// One error for `field`.
fn error(field: &str, message: impl Into<String>) -> FieldError {
    FieldError { field: field.into(), message: message.into() }
}

/// Hashes a password; only a broken random source makes this fail.
fn hash(password: &str) -> Result<String, AppError> {
    secret::hash_password(password).ok_or_else(|| {
        tracing::error!("The system's random source failed while hashing a password.");
        AppError::Internal
    })
}

/// Registers an account and mails the confirmation link. Whether the address already has an
/// account is not shown on the page (that would reveal who uses the platform); the owner of
/// the address learns it by mail.
pub async fn register(
    state: &AppState,
    name: &str,
    email: &str,
    password: &str,
) -> Result<String, AppError> {
    let mut errors = Vec::new();
    let name_ok =
        rules::check_person_name(Label::YourName, name).map_err(|p| errors.push(said("name", &p)));
    let email_ok = rules::normalise_email(email).map_err(|p| errors.push(said("email", &p)));
    if let Err(problem) = rules::check_password(password, email) {
        errors.push(said("password", &problem));
    }
    let (Ok(name), Ok(email)) = (name_ok, email_ok) else {
        return forms::keep(
            state,
            "registrieren",
            "/registrieren",
            &draft(&[("name", name), ("email", email)], errors),
        )
        .await;
    };
    if !errors.is_empty() {
        return forms::keep(
            state,
            "registrieren",
            "/registrieren",
            &draft(&[("name", &name), ("email", &email)], errors),
        )
        .await;
    }
    let password_hash = hash(password)?;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a registration"))?;
    let existing = accounts::by_email(&tx, &email).await.map_err(internal("look up an address"))?;
    let mail = match existing {
        Some(_) => mails::account_exists(state, &email),
        None => {
            let account = accounts::create(&tx, &name, &email, Some(password_hash), None)
                .await
                .map_err(internal("create an account"))?;
            let token = secret::new_token();
            let target =
                TokenFor { account_id: Some(account.id), submission_id: None, offer_id: None };
            accounts::issue_token(
                &tx,
                &secret::token_hash(&token),
                TokenPurpose::ConfirmAccount,
                target,
                confirm_lifetime(),
            )
            .await
            .map_err(internal("issue a confirmation link"))?;
            tracing::info!(account_id = account.id, "An account was registered.");
            mails::confirm_account(state, &email, &token)
        }
    };
    db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a registration mail"))?;
    tx.commit().await.map_err(internal("commit a registration"))?;
    Ok("/hinweis/postfach".into())
}

/// Confirms an account's address by its mailed link and logs the person in.
pub async fn confirm_account(state: &AppState, token: &str) -> Result<String, AppError> {
    let hash = secret::token_hash(token);
    let used = accounts::use_token(&state.db, &hash, TokenPurpose::ConfirmAccount)
        .await
        .map_err(internal("use a confirmation link"))?;
    let Some(account_id) = used.and_then(|t| t.account_id) else {
        return Ok("/bestaetigen?fehler=link".into());
    };
    accounts::confirm_email(&state.db, account_id).await.map_err(internal("confirm an address"))?;
    tracing::info!(account_id, "An account's address was confirmed.");
    session::start(state, account_id).await?;
    Ok("/konto?hinweis=bestaetigt".into())
}

/// Logs in with address and password. Every failure gets the same message, so the form does
/// not reveal which addresses have accounts.
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    next: &str,
) -> Result<String, AppError> {
    let refuse =
        |message: &str| draft(&[("email", email), ("weiter", next)], vec![error("email", message)]);
    if email.trim().is_empty() || password.is_empty() {
        let missing = td_string!(Locale::de, problem.login_missing);
        return forms::keep(state, "anmelden", "/anmelden", &refuse(missing)).await;
    }
    let wrong = td_string!(Locale::de, problem.login_wrong);
    let Ok(address) = rules::normalise_email(email) else {
        return forms::keep(state, "anmelden", "/anmelden", &refuse(wrong)).await;
    };
    let account =
        accounts::by_email(&state.db, &address).await.map_err(internal("look up an address"))?;
    let verified = account.filter(|a| {
        a.password_hash.as_deref().is_some_and(|stored| secret::verify_password(password, stored))
    });
    let Some(account) = verified else {
        return forms::keep(state, "anmelden", "/anmelden", &refuse(wrong)).await;
    };
    if account.email_confirmed_at.is_none() {
        let unconfirmed = td_string!(Locale::de, problem.login_unconfirmed);
        return forms::keep(state, "anmelden", "/anmelden", &refuse(unconfirmed)).await;
    }
    session::start(state, account.id).await?;
    Ok(forms::local_path(next).unwrap_or_else(|| "/konto".into()))
}

/// Ends the session.
pub async fn logout(state: &AppState) -> Result<String, AppError> {
    session::end(state).await?;
    Ok("/".into())
}

/// Mails a link that sets a new password, if the address has an account. The page says the
/// same either way.
pub async fn forgot(state: &AppState, email: &str) -> Result<String, AppError> {
    let Ok(address) = rules::normalise_email(email) else {
        let errors = vec![error("email", td_string!(Locale::de, problem.email_invalid))];
        return forms::keep(
            state,
            "passwort",
            "/passwort-vergessen",
            &draft(&[("email", email)], errors),
        )
        .await;
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a password reset"))?;
    if let Some(account) =
        accounts::by_email(&tx, &address).await.map_err(internal("look up an address"))?
    {
        let token = secret::new_token();
        let target = TokenFor { account_id: Some(account.id), submission_id: None, offer_id: None };
        accounts::issue_token(
            &tx,
            &secret::token_hash(&token),
            TokenPurpose::ResetPassword,
            target,
            reset_lifetime(),
        )
        .await
        .map_err(internal("issue a reset link"))?;
        db::outbox::enqueue(&tx, &mails::reset_password(state, &address, &token))
            .await
            .map_err(internal("queue a reset mail"))?;
        tracing::info!(account_id = account.id, "A password reset link was sent.");
    }
    tx.commit().await.map_err(internal("commit a password reset"))?;
    Ok("/hinweis/postfach".into())
}

/// Sets a new password by the mailed link, confirms the address (the link proved it) and
/// logs the person in. Every other session of the account ends.
pub async fn reset(state: &AppState, token: &str, password: &str) -> Result<String, AppError> {
    let page = forms::with_param("/passwort-neu", "schluessel", token);
    if let Err(problem) = rules::check_password(password, "") {
        return forms::keep(
            state,
            "passwort-neu",
            &page,
            &draft(&[], vec![said("password", &problem)]),
        )
        .await;
    }
    let password_hash = hash(password)?;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin setting a password"))?;
    let used = accounts::use_token(&tx, &secret::token_hash(token), TokenPurpose::ResetPassword)
        .await
        .map_err(internal("use a reset link"))?;
    let Some(account_id) = used.and_then(|t| t.account_id) else {
        return Ok("/passwort-neu?fehler=link".into());
    };
    accounts::set_password(&tx, account_id, &password_hash)
        .await
        .map_err(internal("set a password"))?;
    accounts::confirm_email(&tx, account_id).await.map_err(internal("confirm an address"))?;
    tx.commit().await.map_err(internal("commit a new password"))?;
    tracing::info!(account_id, "A password was set by mailed link.");
    session::start(state, account_id).await?;
    Ok("/konto?hinweis=passwort".into())
}

/// Whether a mailed link still works, for the page that shows its button.
pub async fn link_usable(
    state: &AppState,
    token: &str,
    purpose: TokenPurpose,
) -> Result<bool, AppError> {
    accounts::token_usable(&state.db, &secret::token_hash(token), purpose)
        .await
        .map_err(internal("check a mailed link"))
}

/// The person logged in, for the header.
pub async fn me(state: &AppState) -> Result<Option<Me>, AppError> {
    let person = session::current(state).await?;
    Ok(person.map(|p| Me { name: p.account.name, roles: p.roles }))
}

/// The own account page: name, address, roles and submissions.
pub async fn my_account(state: &AppState) -> Result<MyAccount, AppError> {
    let person = session::required(state).await?;
    let rows = db::submissions::of_account(&state.db, person.account.id)
        .await
        .map_err(internal("list own submissions"))?;
    let mut submissions = Vec::with_capacity(rows.len());
    for row in rows {
        submissions.push(super::proposals::mine(state, row).await?);
    }
    Ok(MyAccount {
        name: person.account.name,
        email: person.account.email,
        roles: person.roles,
        has_password: person.account.password_hash.is_some(),
        submissions,
    })
}
