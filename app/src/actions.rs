//! The server functions behind the platform's forms. Every form is a plain
//! `<form method="post">` that works without JavaScript; each function only fetches the state,
//! calls the plain function in `crate::server` and redirects (Post/Redirect/Get).

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::error::AppError;

/// Registers an account.
#[server(prefix = "/api", endpoint = "registrieren")]
pub async fn register(name: String, email: String, password: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::accounts::register(&state, &name, &email, &password).await;
    crate::server::forms::finish(result, "/registrieren")
}

/// Logs in.
#[server(prefix = "/api", endpoint = "anmelden")]
pub async fn login(email: String, password: String, weiter: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::accounts::login(&state, &email, &password, &weiter).await;
    crate::server::forms::finish(result, "/anmelden")
}

/// Logs out.
#[server(prefix = "/api", endpoint = "abmelden")]
pub async fn logout() -> Result<(), AppError> {
    let state = crate::server::state()?;
    crate::server::forms::finish(crate::server::accounts::logout(&state).await, "/")
}

/// Mails a link that sets a new password.
#[server(prefix = "/api", endpoint = "passwort-vergessen")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::accounts::forgot(&state, &email).await;
    crate::server::forms::finish(result, "/passwort-vergessen")
}

/// Sets a new password by mailed link.
#[server(prefix = "/api", endpoint = "passwort-neu")]
pub async fn reset_password(schluessel: String, password: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::accounts::reset(&state, &schluessel, &password).await;
    crate::server::forms::finish(result, "/passwort-neu")
}

/// Confirms an address by mailed link: an account's (`art=konto`) or a submission's.
#[server(prefix = "/api", endpoint = "bestaetigen")]
pub async fn confirm(art: String, schluessel: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = match art.as_str() {
        "einreichung" => crate::server::proposals::confirm(&state, &schluessel).await,
        "email" => crate::server::self_service::confirm_email(&state, &schluessel).await,
        "angebot" => crate::server::offers::confirm(&state, &schluessel).await,
        _ => crate::server::accounts::confirm_account(&state, &schluessel).await,
    };
    crate::server::forms::finish(result, "/bestaetigen")
}

/// Sends the application form (multipart, so a screenshot can travel with it).
#[server(input = MultipartFormData, prefix = "/api", endpoint = "einreichen")]
pub async fn submit_proposal(data: MultipartData) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let Some(multipart) = data.into_inner() else { return Err(AppError::Internal) };
    let result = match crate::server::upload::read(multipart).await {
        Ok(posted) => {
            let form = domain::proposal::ProposalForm::from_fields(
                posted.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            let revise = posted.get("zu").parse::<i32>().ok();
            let sent = crate::server::proposals::Sent {
                form,
                form_token: posted.get("formular"),
                honeypot: posted.get("website"),
                revise,
            };
            crate::server::proposals::submit(&state, sent, posted.file("screenshot")).await
        }
        Err(error) => Err(error),
    };
    crate::server::forms::finish(result, "/einreichen")
}

/// Saves an edited project (multipart, like the application form).
#[server(input = MultipartFormData, prefix = "/api", endpoint = "projekt-bearbeiten")]
pub async fn save_project(data: MultipartData) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let Some(multipart) = data.into_inner() else { return Err(AppError::Internal) };
    let (result, slug) = match crate::server::upload::read(multipart).await {
        Ok(posted) => {
            let slug = posted.get("projekt");
            let form = domain::proposal::ProposalForm::from_fields(
                posted.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            let seen = posted.get("stand");
            let screenshot = posted.file("screenshot");
            (crate::server::editing::save(&state, &slug, form, &seen, screenshot).await, slug)
        }
        Err(error) => (Err(error), String::new()),
    };
    crate::server::forms::finish(result, &format!("/projekte/{slug}/bearbeiten"))
}

/// Withdraws a project from the catalogue (`veroeffentlichen` empty) or publishes it again.
#[server(prefix = "/api", endpoint = "projekt-veroeffentlichen")]
pub async fn publish_project(projekt: String, veroeffentlichen: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let publish = veroeffentlichen == "ja";
    let result = crate::server::editing::set_published(&state, &projekt, publish).await;
    crate::server::forms::finish(result, &format!("/projekte/{projekt}/bearbeiten"))
}

/// Adds an internal comment to a submission (moderators).
#[server(prefix = "/api", endpoint = "moderation/kommentar")]
pub async fn comment(id: i32, text: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::review::comment(&state, id, &text).await;
    crate::server::forms::finish(result, &format!("/moderation/{id}"))
}

/// Decides on a submission (moderators).
#[server(prefix = "/api", endpoint = "moderation/entscheiden")]
pub async fn decide(id: i32, entscheidung: String, nachricht: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::review::decide(&state, id, &entscheidung, &nachricht).await;
    crate::server::forms::finish(result, &format!("/moderation/{id}"))
}

/// Makes an account a moderator (admins).
#[server(prefix = "/api", endpoint = "verwaltung/moderation")]
pub async fn appoint_moderator(email: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::review::make_moderator(&state, &email).await;
    crate::server::forms::finish(result, "/moderation")
}

/// Changes the own name.
#[server(prefix = "/api", endpoint = "konto/name")]
pub async fn rename(name: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    crate::server::forms::finish(crate::server::self_service::rename(&state, &name).await, "/konto")
}

/// Changes the own password.
#[server(prefix = "/api", endpoint = "konto/passwort")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result =
        crate::server::self_service::change_password(&state, &current_password, &new_password)
            .await;
    crate::server::forms::finish(result, "/konto")
}

/// Asks to change the own address (confirmed by link).
#[server(prefix = "/api", endpoint = "konto/email")]
pub async fn change_email(new_email: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::self_service::change_email(&state, &new_email).await;
    crate::server::forms::finish(result, "/konto")
}

/// Deletes the own account.
#[server(prefix = "/api", endpoint = "konto/loeschen")]
pub async fn delete_account(delete_confirmation: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::self_service::delete(&state, &delete_confirmation).await;
    crate::server::forms::finish(result, "/konto")
}

/// Reads a plain form's pairs (multipart, so checkboxes can repeat their name).
#[cfg(feature = "ssr")]
async fn pairs(data: MultipartData) -> Result<Vec<(String, String)>, AppError> {
    let Some(multipart) = data.into_inner() else { return Err(AppError::Internal) };
    Ok(crate::server::upload::read(multipart).await?.fields)
}

/// Saves the own partner profile.
#[server(input = MultipartFormData, prefix = "/api", endpoint = "pate")]
pub async fn save_partner(data: MultipartData) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = match pairs(data).await {
        Ok(posted) => crate::server::partners::save(&state, posted).await,
        Err(error) => Err(error),
    };
    crate::server::forms::finish(result, "/konto/pate")
}

/// Adds or rewrites a need of a project (its initiators).
#[server(input = MultipartFormData, prefix = "/api", endpoint = "bedarf")]
pub async fn save_need(data: MultipartData) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let (result, page) = match pairs(data).await {
        Ok(posted) => {
            let slug = domain::exchange::Fields(&posted).one("projekt").to_string();
            let page = format!("/projekte/{slug}/paten");
            (crate::server::needs::save_need(&state, posted).await, page)
        }
        Err(error) => (Err(error), "/".to_string()),
    };
    crate::server::forms::finish(result, &page)
}

/// Offers help for a need ("Ich helfe mit"), logged in or as a visitor.
#[server(input = MultipartFormData, prefix = "/api", endpoint = "helfen")]
pub async fn offer_help(data: MultipartData) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = match pairs(data).await {
        Ok(posted) => crate::server::offers::offer(&state, posted).await,
        Err(error) => Err(error),
    };
    crate::server::forms::finish(result, "/mitmachen")
}

/// Answers an offer (initiators) or an invitation (the invited partner).
#[server(prefix = "/api", endpoint = "angebot-beantworten")]
pub async fn answer_offer(
    angebot: i32,
    entscheidung: String,
    nachricht: String,
) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::offers::answer(&state, angebot, &entscheidung, &nachricht).await;
    crate::server::forms::finish(result, "/konto/pate")
}

/// Invites a listed partner to a need (initiators).
#[server(prefix = "/api", endpoint = "einladen")]
pub async fn invite_partner(bedarf: i32, pate: i32, nachricht: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::offers::invite(&state, bedarf, pate, &nachricht).await;
    crate::server::forms::finish(result, "/konto")
}

/// Adds a co-initiator to a project (initiators).
#[server(prefix = "/api", endpoint = "mitinitiator")]
pub async fn add_co_initiator(projekt: String, email: String) -> Result<(), AppError> {
    let state = crate::server::state()?;
    let result = crate::server::needs::add_co_initiator(&state, &projekt, &email).await;
    crate::server::forms::finish(result, &format!("/projekte/{projekt}/paten"))
}
