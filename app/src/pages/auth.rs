//! Registering, logging in and a new password: plain forms posted to the server functions in
//! `crate::actions`, shown again with their errors from a draft (`?entwurf=…`).

use domain::proposal::error_for;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::get_draft;
use crate::components::form::{ErrorSummary, Field, PostOutcome, RequiredNote};
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::wire::account::FormDraft;

/// The draft of form `kind` named in the address, or an empty one.
fn use_draft(kind: &'static str) -> Resource<FormDraft> {
    let query = use_query_map();
    let id = move || query.read().get("entwurf").unwrap_or_default();
    Resource::new(id, move |id| async move {
        if id.is_empty() {
            return FormDraft::default();
        }
        get_draft(kind.to_string(), id).await.unwrap_or_default()
    })
}

/// The message for `field` in a draft.
fn err(draft: &FormDraft, field: &str) -> Option<String> {
    error_for(&draft.errors, field).map(str::to_string)
}

/// `/registrieren`.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft("registrieren");
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, auth.register_title).to_string()
            description=td_string!(locale, auth.register_lead).to_string()
        />
        <section class="narrow">
            <h1>{t!(i18n, auth.register_title)}</h1>
            <p>{t!(i18n, auth.register_lead)}</p>
            <PostOutcome />
            <Suspense>
                {move || Suspend::new(async move {
                    let d = draft.await;
                    view! {
                        <ErrorSummary errors=d.errors.clone() />
                        <RequiredNote />
                        <form method="post" action="/api/registrieren" class="stack" novalidate>
                            <Field
                                name="name"
                                label=td_string!(locale, auth.name).to_string()
                                value=d.value("name")
                                required=true
                                autocomplete="name"
                                error=err(&d, "name")
                            />
                            <Field
                                name="email"
                                kind="email"
                                label=td_string!(locale, auth.email).to_string()
                                value=d.value("email")
                                required=true
                                autocomplete="email"
                                hint=td_string!(locale, auth.email_hint).to_string()
                                error=err(&d, "email")
                            />
                            <Field
                                name="password"
                                kind="password"
                                label=td_string!(locale, auth.password).to_string()
                                required=true
                                autocomplete="new-password"
                                hint=td_string!(locale, auth.password_hint).to_string()
                                error=err(&d, "password")
                            />
                            <button type="submit" class="button">
                                {t!(i18n, auth.register_submit)}
                            </button>
                        </form>
                    }
                })}
            </Suspense>
            <p>
                <a href="/anmelden">{t!(i18n, auth.have_account)}</a>
            </p>
        </section>
    }
}

/// `/anmelden`.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft("anmelden");
    let query = use_query_map();
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, auth.login_title).to_string()
            description=td_string!(locale, auth.login_title).to_string()
        />
        <section class="narrow">
            <h1>{t!(i18n, auth.login_title)}</h1>
            <PostOutcome />
            <Suspense>
                {move || Suspend::new(async move {
                    let d = draft.await;
                    let next = query
                        .with_untracked(|q| q.get("weiter"))
                        .unwrap_or_else(|| d.value("weiter"));
                    view! {
                        <ErrorSummary errors=d.errors.clone() />
                        <form method="post" action="/api/anmelden" class="stack" novalidate>
                            <input type="hidden" name="weiter" value=next />
                            <Field
                                name="email"
                                kind="email"
                                label=td_string!(locale, auth.email).to_string()
                                value=d.value("email")
                                required=true
                                autocomplete="email"
                                error=err(&d, "email")
                            />
                            <Field
                                name="password"
                                kind="password"
                                label=td_string!(locale, auth.password).to_string()
                                required=true
                                autocomplete="current-password"
                            />
                            <button type="submit" class="button">
                                {t!(i18n, auth.login_submit)}
                            </button>
                        </form>
                    }
                })}
            </Suspense>
            <p>
                <a href="/passwort-vergessen">{t!(i18n, auth.forgot_link)}</a>
            </p>
            <p>
                <a href="/registrieren">{t!(i18n, auth.no_account)}</a>
            </p>
        </section>
    }
}

/// `/passwort-vergessen`.
#[component]
pub fn ForgotPage() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft("passwort");
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, auth.forgot_title).to_string()
            description=td_string!(locale, auth.forgot_lead).to_string()
        />
        <section class="narrow">
            <h1>{t!(i18n, auth.forgot_title)}</h1>
            <p>{t!(i18n, auth.forgot_lead)}</p>
            <PostOutcome />
            <Suspense>
                {move || Suspend::new(async move {
                    let d = draft.await;
                    view! {
                        <ErrorSummary errors=d.errors.clone() />
                        <form
                            method="post"
                            action="/api/passwort-vergessen"
                            class="stack"
                            novalidate
                        >
                            <Field
                                name="email"
                                kind="email"
                                label=td_string!(locale, auth.email).to_string()
                                value=d.value("email")
                                required=true
                                autocomplete="email"
                                error=err(&d, "email")
                            />
                            <button type="submit" class="button">
                                {t!(i18n, auth.forgot_submit)}
                            </button>
                        </form>
                    }
                })}
            </Suspense>
        </section>
    }
}

/// `/passwort-neu?schluessel=…`: the form behind the mailed link.
#[component]
pub fn ResetPage() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft("passwort-neu");
    let query = use_query_map();
    let key = query.with_untracked(|q| q.get("schluessel").unwrap_or_default());
    // A used-up or missing link cannot set a password: offer a new link instead of the form.
    let dead =
        key.is_empty() || query.with_untracked(|q| q.get("fehler").as_deref() == Some("link"));
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, auth.reset_title).to_string()
            description=td_string!(locale, auth.reset_title).to_string()
        />
        <section class="narrow">
            <h1>{t!(i18n, auth.reset_title)}</h1>
            <PostOutcome />
            <Suspense>
                {move || {
                    let key = key.clone();
                    Suspend::new(async move {
                        let d = draft.await;
                        if dead {
                            return view! {
                                <p>
                                    <a class="button" href="/passwort-vergessen">
                                        {t!(i18n, auth.new_link)}
                                    </a>
                                </p>
                            }
                                .into_any();
                        }
                        view! {
                            <ErrorSummary errors=d.errors.clone() />
                            <form method="post" action="/api/passwort-neu" class="stack" novalidate>
                                <input type="hidden" name="schluessel" value=key />
                                <Field
                                    name="password"
                                    kind="password"
                                    label=td_string!(locale, auth.new_password).to_string()
                                    required=true
                                    autocomplete="new-password"
                                    hint=td_string!(locale, auth.password_hint).to_string()
                                    error=err(&d, "password")
                                />
                                <button type="submit" class="button">
                                    {t!(i18n, auth.reset_submit)}
                                </button>
                            </form>
                        }
                            .into_any()
                    })
                }}
            </Suspense>
        </section>
    }
}
