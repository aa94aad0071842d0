//! The one error type of the server functions, as the browser receives it.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What can go wrong when a page asks the server for data. What a visitor reads comes from the
/// translations (`components::problem`); `Display` is for logs. A bad request carries its
/// German message; details of internal errors stay in the server log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The request itself is wrong; the message says how.
    #[error("{0}")]
    BadRequest(String),
    /// The action needs a logged-in person.
    #[error("not logged in")]
    Unauthorized,
    /// The person logged in may not do this.
    #[error("not allowed")]
    Forbidden,
    /// There is nothing at this address.
    #[error("not found")]
    NotFound,
    /// Something failed on the server; it has been logged.
    #[error("internal error")]
    Internal,
    /// The server could not be reached or answered in a way the browser did not understand.
    /// The detail is for the browser's console only; it never travels over the wire.
    #[error("server unreachable: {0}")]
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
                let locale = crate::i18n::Locale::de;
                let message = crate::i18n::td_string!(locale, problem.incomplete).to_string();
                let error = AppError::BadRequest(message);
                #[cfg(feature = "ssr")]
                error.apply_status();
                error
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}
