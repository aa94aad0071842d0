//! `/bestaetigen` behind a mailed link, and `/hinweis/{art}` after a form was sent.
//!
//! Opening a link changes nothing (mail scanners open links too); the page shows one button
//! that posts the confirmation.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::get_link_usable;
use crate::components::form::PostOutcome;
use crate::i18n::*;
use crate::pages::meta::PageMeta;

/// `/bestaetigen?art=konto|einreichung&schluessel=…`.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let (kind, key) = query.with_untracked(|q| {
        (q.get("art").unwrap_or_default(), q.get("schluessel").unwrap_or_default())
    });
    // After a refused confirmation the outcome above already says the link is used up.
    let told = query.with_untracked(|q| q.get("fehler").is_some());
    let usable = Resource::new(
        move || (kind.clone(), key.clone()),
        |(kind, key)| async move {
            if key.is_empty() {
                return Ok((kind, key, false));
            }
            get_link_usable(kind.clone(), key.clone()).await.map(|ok| (kind, key, ok))
        },
    );
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, confirm.title).to_string()
            description=td_string!(locale, confirm.title).to_string()
        />
        <section class="narrow">
            <h1>{t!(i18n, confirm.title)}</h1>
            <PostOutcome />
            <Suspense>
                {move || Suspend::new(async move {
                    match usable.await {
                        Ok((kind, key, true)) => {
                            view! {
                                <p>{t!(i18n, confirm.lead)}</p>
                                <form method="post" action="/api/bestaetigen">
                                    <input type="hidden" name="art" value=kind />
                                    <input type="hidden" name="schluessel" value=key />
                                    <button type="submit" class="button">
                                        {t!(i18n, confirm.submit)}
                                    </button>
                                </form>
                            }
                                .into_any()
                        }
                        _ if told => ().into_any(),
                        _ => {
                            view! {
                                <div class="problem" role="alert">
                                    <p>{t!(i18n, form.error_link)}</p>
                                </div>
                            }
                                .into_any()
                        }
                    }
                })}
            </Suspense>
        </section>
    }
}

/// `/hinweis/{art}`: what happens next after a form was sent.
#[component]
pub fn NoticePage() -> impl IntoView {
    let params = use_params_map();
    let kind = params.with_untracked(|p| p.get("art").unwrap_or_default());
    let locale = crate::i18n::locale();
    let (title, text) = match kind.as_str() {
        "eingereicht" => {
            (td_string!(locale, notice.submitted_title), td_string!(locale, notice.submitted))
        }
        "bestaetigen" => {
            (td_string!(locale, notice.confirm_title), td_string!(locale, notice.confirm))
        }
        _ => (td_string!(locale, notice.mailbox_title), td_string!(locale, notice.mailbox)),
    };
    let (title, text) = (title.to_string(), text.to_string());
    view! {
        <PageMeta title=title.clone() description=text.clone() />
        <section class="narrow">
            <h1>{title}</h1>
            <p>{text}</p>
            <p>
                <a href="/">{td_string!(locale, notice.home)}</a>
            </p>
        </section>
    }
}
