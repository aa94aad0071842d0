//! The server functions. Each one only fetches the request's state, calls the plain function
//! in `crate::server` and sets the HTTP status of an error.

use leptos::prelude::*;

use crate::error::AppError;
use crate::wire::{
    CatalogueQuery, CatalogueResult, HomeData, ProjectDetail, SiteInfo, TextContent, TextKind,
};

/// The instance's name and public address.
#[server(prefix = "/api", endpoint = "site")]
pub async fn get_site() -> Result<SiteInfo, AppError> {
    let state = crate::server::state()?;
    Ok(crate::server::site::info(&state))
}

/// The home page's figures.
#[server(prefix = "/api", endpoint = "home")]
pub async fn get_home() -> Result<HomeData, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::catalogue::home(&state).await)
}

/// One page of the catalogue.
#[server(prefix = "/api", endpoint = "projects")]
pub async fn list_projects(query: CatalogueQuery) -> Result<CatalogueResult, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::catalogue::load(&state, &query).await)
}

/// One project's whole profile; a slug in another spelling redirects to the real one.
#[server(prefix = "/api", endpoint = "project")]
pub async fn get_project(slug: String) -> Result<ProjectDetail, AppError> {
    let state = crate::server::state()?;
    let detail = crate::server::with_status(crate::server::project::load(&state, &slug).await)?;
    if detail.slug != slug {
        crate::server::redirect_page(&crate::wire::project_path(&detail.slug));
    }
    Ok(detail)
}

/// A text page from the instance file.
#[server(prefix = "/api", endpoint = "text")]
pub async fn get_text(kind: TextKind) -> Result<TextContent, AppError> {
    let state = crate::server::state()?;
    Ok(crate::server::site::text(&state, kind))
}

/// The person logged in, if any.
#[server(prefix = "/api", endpoint = "ich")]
pub async fn get_me() -> Result<Option<crate::wire::account::Me>, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::accounts::me(&state).await)
}

/// A simple form sent back with errors (`kind`: registrieren, anmelden, passwort,
/// passwort-neu); empty when there is none.
#[server(prefix = "/api", endpoint = "entwurf")]
pub async fn get_draft(
    kind: String,
    id: String,
) -> Result<crate::wire::account::FormDraft, AppError> {
    let state = crate::server::state()?;
    let draft = crate::server::forms::load(&state, &kind, &id).await;
    crate::server::with_status(draft.map(Option::unwrap_or_default))
}

/// The application form: empty, with a draft's errors, or a submission to revise.
#[server(prefix = "/api", endpoint = "einreichen-formular")]
pub async fn get_proposal_page(
    entwurf: String,
    zu: Option<i32>,
) -> Result<crate::wire::account::ProposalPage, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::proposals::page(&state, &entwurf, zu).await)
}

/// The own account page.
#[server(prefix = "/api", endpoint = "konto")]
pub async fn get_account() -> Result<crate::wire::account::MyAccount, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::accounts::my_account(&state).await)
}

/// Whether a mailed link still works (`art`: konto, einreichung, passwort).
#[server(prefix = "/api", endpoint = "link")]
pub async fn get_link_usable(art: String, schluessel: String) -> Result<bool, AppError> {
    let state = crate::server::state()?;
    let purpose = match art.as_str() {
        "einreichung" => domain::TokenPurpose::ConfirmSubmission,
        "email" => domain::TokenPurpose::ChangeEmail,
        "angebot" => domain::TokenPurpose::ConfirmOffer,
        "passwort" => domain::TokenPurpose::ResetPassword,
        _ => domain::TokenPurpose::ConfirmAccount,
    };
    crate::server::with_status(
        crate::server::accounts::link_usable(&state, &schluessel, purpose).await,
    )
}

/// The review queue of one state (moderators).
#[server(prefix = "/api", endpoint = "moderation/warteschlange")]
pub async fn get_queue(status: String) -> Result<crate::wire::review::Queue, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::review::queue(&state, &status).await)
}

/// One submission under review (moderators).
#[server(prefix = "/api", endpoint = "moderation/vorschlag")]
pub async fn get_review(id: i32, entwurf: String) -> Result<crate::wire::review::Review, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::review::review(&state, id, &entwurf).await)
}

/// The edit page of a project (its initiators and moderators).
#[server(prefix = "/api", endpoint = "projekt-formular")]
pub async fn get_edit_page(
    slug: String,
    entwurf: String,
) -> Result<crate::wire::review::EditPage, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::editing::page(&state, &slug, &entwurf).await)
}

/// Everything stored about the person logged in, as a JSON file.
#[server(input = leptos::server_fn::codec::GetUrl, prefix = "/api", endpoint = "konto/daten")]
pub async fn export_my_data() -> Result<serde_json::Value, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::self_service::export(&state).await)
}

/// The own partner profile, what fits it and the own offers.
#[server(prefix = "/api", endpoint = "pate-seite")]
pub async fn get_partner_page(
    entwurf: String,
) -> Result<crate::wire::exchange::PartnerPage, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::partners::page(&state, &entwurf).await)
}

/// The listed partners that pass `/paten`'s filters.
#[server(prefix = "/api", endpoint = "paten")]
pub async fn list_partners(
    query: crate::wire::exchange::PartnerQuery,
) -> Result<crate::wire::exchange::PartnerList, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::partners::list(&state, &query).await)
}

/// The open needs that fit what a visitor offers.
#[server(prefix = "/api", endpoint = "mitmachen")]
pub async fn find_needs(
    query: crate::wire::exchange::JoinQuery,
) -> Result<crate::wire::exchange::JoinResult, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::partners::join(&state, &query).await)
}

/// A project's dashboard of needs, offers and matches (its initiators and moderators).
#[server(prefix = "/api", endpoint = "projekt-paten")]
pub async fn get_dashboard(
    slug: String,
    entwurf: String,
) -> Result<crate::wire::exchange::Dashboard, AppError> {
    let state = crate::server::state()?;
    crate::server::with_status(crate::server::needs::dashboard(&state, &slug, &entwurf).await)
}

/// The form to offer help for one need.
#[server(prefix = "/api", endpoint = "helfen-formular")]
pub async fn get_help_page(
    slug: String,
    need: i32,
    entwurf: String,
) -> Result<crate::wire::exchange::HelpPage, AppError> {
    let state = crate::server::state()?;
    let page = crate::server::offers::help_page(&state, &slug, need, &entwurf).await;
    crate::server::with_status(page)
}
