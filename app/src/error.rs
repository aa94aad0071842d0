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
    /// There is nothing at this address.
    #[error("Diese Seite gibt es nicht.")]
    NotFound,
    /// Something failed on the server; it has been logged.
    #[error(
        "Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal."
    )]
    Internal,
    /// The server could not be reached or answered in a way the browser did not understand.
    #[error("Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.")]
    Transport(String),
}

impl AppError {
    /// The HTTP status this error stands for.
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::NotFound => 404,
            AppError::Internal | AppError::Transport(_) => 500,
        }
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
                #[cfg(feature = "ssr")]
                if let Some(response) =
                    leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
                {
                    response.set_status(http::StatusCode::BAD_REQUEST);
                }
                AppError::BadRequest("Die Anfrage ist unvollständig oder fehlerhaft.".into())
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}
