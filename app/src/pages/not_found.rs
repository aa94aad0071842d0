//! The page for addresses that lead nowhere.

use leptos::prelude::*;

use crate::i18n::*;
use crate::pages::meta::PageMeta;

/// "Seite nicht gefunden", with status 404 and ways back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::AppError::NotFound.apply_status();
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=td_string!(crate::i18n::locale(), not_found.title).to_string()
            description=td_string!(crate::i18n::locale(), not_found.text).to_string()
        />
        <h1>{t!(i18n, not_found.title)}</h1>
        <p>{t!(i18n, not_found.text)}</p>
        <ul>
            <li>
                <a href="/">{t!(i18n, not_found.home)}</a>
            </li>
            <li>
                <a href="/projekte">{t!(i18n, not_found.catalogue)}</a>
            </li>
        </ul>
    }
}
