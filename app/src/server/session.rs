//! Who is logged in: the session cookie, read and written through the request's context.
//!
//! The cookie holds a random token; the database holds only its hash, so every app server can
//! read a session and a leaked table opens none.

use chrono::Duration;
use db::accounts::{self, Person};
use http::header::{COOKIE, SET_COOKIE};
use leptos::prelude::use_context;

use super::{AppState, internal};
use crate::error::AppError;

/// The cookie's name. It is strictly necessary (log-in), so no consent banner is needed.
pub const COOKIE_NAME: &str = "digifarm_sitzung";

/// How long a session lasts without logging in again.
pub fn lifetime() -> Duration {
    Duration::days(14)
}

/// The session token the browser sent, if any.
pub fn cookie_token() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The person logged in with this request, if any.
pub async fn current(state: &AppState) -> Result<Option<Person>, AppError> {
    let Some(token) = cookie_token() else { return Ok(None) };
    let hash = domain::secret::token_hash(&token);
    accounts::session_person(&state.db, &hash).await.map_err(internal("read the session"))
}

/// The person logged in, or an error that asks them to log in.
pub async fn required(state: &AppState) -> Result<Person, AppError> {
    current(state).await?.ok_or(AppError::Unauthorized)
}

/// Starts a new session for `account_id` and sets its cookie. Any session the browser had is
/// ended first, so the id is always renewed at log-in.
pub async fn start(state: &AppState, account_id: i32) -> Result<(), AppError> {
    end(state).await?;
    let token = domain::secret::new_token();
    let hash = domain::secret::token_hash(&token);
    accounts::start_session(&state.db, &hash, account_id, lifetime())
        .await
        .map_err(internal("start a session"))?;
    set_cookie(state, &token, lifetime().num_seconds());
    tracing::info!(account_id, "A session started.");
    Ok(())
}

/// Ends the browser's session, if any, and clears its cookie.
pub async fn end(state: &AppState) -> Result<(), AppError> {
    let Some(token) = cookie_token() else { return Ok(()) };
    let hash = domain::secret::token_hash(&token);
    accounts::end_session(&state.db, &hash).await.map_err(internal("end a session"))?;
    set_cookie(state, "", 0);
    Ok(())
}

/// Writes the session cookie: HttpOnly, SameSite=Lax, Secure when the site is served over
/// https, valid for `max_age` seconds (0 deletes it).
fn set_cookie(state: &AppState, value: &str, max_age: i64) {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else { return };
    let secure = if state.base_url.starts_with("https://") { "; Secure" } else { "" };
    let cookie =
        format!("{COOKIE_NAME}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
    if let Ok(header) = http::HeaderValue::from_str(&cookie) {
        response.append_header(SET_COOKIE, header);
    }
}
