//! The translations, generated at build time from `locales/*.json` by leptos_i18n.
#![allow(missing_docs, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use i18n::*;

/// The locale of this render, read without tracking: the platform does not switch languages
/// inside a page, so labels computed once per render stay right and cause no reactive warnings.
/// Outside a page (a server function, a mail) there is no context: then the default locale.
pub fn locale() -> Locale {
    leptos::prelude::use_context::<leptos_i18n::I18nContext<Locale>>()
        .map(|i18n| i18n.get_locale_untracked())
        .unwrap_or_default()
}
