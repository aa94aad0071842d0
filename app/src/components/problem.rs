//! How a failed request shows itself: a German message in an alert region.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::*;

/// The error's message, announced to screen readers. Fixed messages come from the
/// translations; a bad request carries its own, written where the input was checked.
#[component]
pub fn Problem(error: AppError) -> impl IntoView {
    let locale = crate::i18n::locale();
    let message = match error {
        AppError::BadRequest(message) => message,
        AppError::Unauthorized => td_string!(locale, form.error_401).to_string(),
        AppError::Forbidden => td_string!(locale, form.error_403).to_string(),
        AppError::NotFound => td_string!(locale, problem.not_found).to_string(),
        AppError::Internal => td_string!(locale, form.error_500).to_string(),
        AppError::Transport(_) => td_string!(locale, problem.unreachable).to_string(),
    };
    view! {
        <div class="problem" role="alert">
            <p>{message}</p>
        </div>
    }
}
