//! The one error type of the server functions, as the browser receives it.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What can go wrong when a page asks the server for data. Messages are German and safe to
/// show; details of internal errors stay in the server log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request itself is wrong; the message says how.
    #[error("{0}")]
    BadRequest(String),
    /// The action needs a logged-in person.
    #[error("Bitte melden Sie sich an.")]
    Unauthorized,
    /// The person logged in may not do this.
    #[error("Dafür fehlt Ihnen die Berechtigung.")]
    Forbidden,
    /// There is nothing at this address.
    #[error("Diese Seite gibt es nicht.")]
    NotFound,
    /// Something failed on the server; it has been logged.
    #[error(
        "Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal."
    )]
    Internal,
    /// The server could not be reached or answered in a way the browser did not understand.
    /// The detail is for the browser's console only; it never travels over the wire.
    #[error("Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.")]
    Transport(#[serde(skip)] String),
}

impl AppError {
    /// The HTTP status this error stands for.
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }

    /// Sets the HTTP status of the response being built to this error's: the one place where
    /// errors become status codes, for pages and server-function calls alike.
    #[cfg(feature = "ssr")]
    pub fn apply_status(&self) {
        let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
            return;
        };
        let code = http::StatusCode::from_u16(self.status())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        response.set_status(code);
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // The request could not be read: the caller's mistake, answered with 400.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => {
                let error =
                    AppError::BadRequest("Die Anfrage ist unvollständig oder fehlerhaft.".into());
                #[cfg(feature = "ssr")]
                error.apply_status();
                error
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}
