//! The translations, generated at build time from `locales/*.json` by leptos_i18n.
#![allow(missing_docs, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use i18n::*;

/// The locale of this render, read without tracking: the platform does not switch languages
/// inside a page, so labels computed once per render stay right and cause no reactive warnings.
pub fn locale() -> Locale {
    use_i18n().get_locale_untracked()
}
