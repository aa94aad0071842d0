//! The server side of the server functions: plain async functions over [`AppState`], so they
//! can be tested without HTTP. The `#[server]` wrappers in `crate::api` only fetch the state
//! and hand over.

pub mod accounts;
pub mod catalogue;
pub mod editing;
pub mod exchange_mails;
pub mod forms;
pub mod mails;
pub mod needs;
pub mod offer_care;
pub mod offers;
pub mod partners;
pub mod project;
pub mod proposals;
pub mod review;
pub mod self_service;
pub mod session;
pub mod site;
pub mod upload;
pub mod words;

use std::sync::Arc;

use db::DatabaseConnection;
use domain::instance::Instance;

use crate::error::AppError;

/// What every request needs: the database and this instance's configuration.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database pool.
    pub db: DatabaseConnection,
    /// The instance file's content.
    pub instance: Arc<Instance>,
    /// Public base URL without trailing slash.
    pub base_url: String,
}

/// The state the server put into the request's context.
pub fn state() -> Result<AppState, AppError> {
    with_status(leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState is missing from the request context.");
        AppError::Internal
    }))
}

/// Logs a database error once, here where it is handled, naming the operation, and hides it
/// from the visitor. Use as `.map_err(internal("search the catalogue"))`.
pub fn internal(operation: &'static str) -> impl FnOnce(db::DbErr) -> AppError {
    move |err| {
        tracing::error!(operation, error = %err, "A database request failed.");
        AppError::Internal
    }
}

/// Sets the HTTP status of the response to match an error, then passes the result on.
pub fn with_status<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(err) = &result {
        err.apply_status();
    }
    result
}

/// Answers the page being rendered with a permanent redirect to `path`. Calls of the server
/// function itself (`/api/…`) are left alone: they get the data, whatever spelling they used.
pub fn redirect_page(path: &str) {
    use leptos::prelude::use_context;
    let is_api_call = use_context::<http::request::Parts>()
        .is_some_and(|parts| parts.uri.path().starts_with("/api/"));
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else { return };
    let Ok(location) = http::HeaderValue::from_str(path) else { return };
    if !is_api_call {
        response.set_status(http::StatusCode::PERMANENT_REDIRECT);
        response.insert_header(http::header::LOCATION, location);
    }
}
