//! How a failed request shows itself: a German message in an alert region.

use leptos::prelude::*;

use crate::error::AppError;

/// The error's message, announced to screen readers.
#[component]
pub fn Problem(error: AppError) -> impl IntoView {
    view! {
        <div class="problem" role="alert">
            <p>{error.to_string()}</p>
        </div>
    }
}
