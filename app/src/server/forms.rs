//! Plain HTML forms posted to server functions: where the browser goes next, and forms with
//! errors kept so the page shows them again as typed.
//!
//! Every form of the platform is a plain `<form method="post">`, with JavaScript and without
//! it, so both behave the same: the server function answers with a redirect (Post/Redirect/
//! Get). A form with errors is stored as a draft under a random key for a day and the browser
//! is sent back to the form's page with `?entwurf=KEY`; the draft lives in the database, so
//! any app server can show it.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{AppState, internal};
use crate::error::AppError;

/// Sends the browser to `location` once the server function returns.
pub fn go(location: &str) {
    // leptos_axum panics on a location that is no valid header value; ours are built from
    // encoded parts, but a path from a parameter must never reach that panic.
    let location = if http::HeaderValue::from_str(location).is_ok() { location } else { "/" };
    leptos_axum::redirect(location);
}

/// Finishes a form's server function: on success the browser goes where the action says; an
/// error sends it back to the form's `page` with a marker the page explains (or to the log-in
/// page when a session is needed). Internal errors were logged where they happened.
pub fn finish(result: Result<String, AppError>, page: &str) -> Result<(), AppError> {
    let location = match result {
        Ok(location) => location,
        Err(AppError::Unauthorized) => format!("/anmelden?weiter={}", encode(page)),
        Err(error) => with_param(page, "fehler", &error.status().to_string()),
    };
    go(&location);
    Ok(())
}

/// Stores `draft` for form `kind` and returns `page` with the draft's key.
pub async fn keep<T: Serialize>(
    state: &AppState,
    kind: &str,
    page: &str,
    draft: &T,
) -> Result<String, AppError> {
    let payload = serde_json::to_string(draft).map_err(|err| {
        tracing::error!(error = %err, kind, "A form draft could not be serialised.");
        AppError::Internal
    })?;
    let id = domain::secret::new_token();
    db::drafts::save(&state.db, &id, kind, payload).await.map_err(internal("keep a form draft"))?;
    Ok(with_param(page, "entwurf", &id))
}

/// The draft `id` of form `kind`, if it is still there.
pub async fn load<T: DeserializeOwned>(
    state: &AppState,
    kind: &str,
    id: &str,
) -> Result<Option<T>, AppError> {
    if id.is_empty() || id.len() > 64 {
        return Ok(None);
    }
    let payload =
        db::drafts::load(&state.db, id, kind).await.map_err(internal("load a form draft"))?;
    Ok(payload.and_then(|p| serde_json::from_str(&p).ok()))
}

/// `page` with `key=value` added to its query.
pub fn with_param(page: &str, key: &str, value: &str) -> String {
    let joiner = if page.contains('?') { '&' } else { '?' };
    format!("{page}{joiner}{key}={}", encode(value))
}

/// Percent-encodes a query value.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A local path to go to after logging in: only paths on this site, never `//host` or a
/// scheme, so the parameter cannot send anyone elsewhere.
pub fn local_path(raw: &str) -> Option<String> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.contains('\\')
        && !raw.chars().any(char::is_control);
    ok.then(|| raw.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_log_in() {
        assert_eq!(local_path("/konto").as_deref(), Some("/konto"));
        for bad in ["//evil.example", "https://evil.example", "/\\evil.example", "konto", ""] {
            assert_eq!(local_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn parameters_are_encoded_and_joined() {
        assert_eq!(with_param("/a", "x", "ä b"), "/a?x=%C3%A4%20b");
        assert_eq!(with_param("/a?y=1", "x", "1"), "/a?y=1&x=1");
    }
}
