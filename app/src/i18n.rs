//! The translations, generated at build time from `locales/*.json` by leptos_i18n.
#![allow(missing_docs, clippy::all)]

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use i18n::*;
