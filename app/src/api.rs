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
