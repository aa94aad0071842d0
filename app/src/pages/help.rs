//! `/projekte/{slug}/helfen/{need}`: "Ich helfe mit" for one need, logged in or as a visitor.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::get_help_page;
use crate::components::form::{ErrorSummary, Field, PostOutcome, RequiredNote, TextArea};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::pages::not_found::NotFound;
use crate::wire::exchange::HelpPage;

/// The page.
#[component]
pub fn HelpOfferPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let (slug, need) = params.with(|p| {
            (p.get("slug").unwrap_or_default(), p.get("need").and_then(|n| n.parse().ok()))
        });
        (slug, need, query.with(|q| q.get("entwurf").unwrap_or_default()))
    };
    let page = Resource::new(key, |(slug, need, draft)| async move {
        match need {
            Some(need) => get_help_page(slug, need, draft).await,
            None => Err(AppError::NotFound),
        }
    });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <Offer p /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The need and the form.
#[component]
fn Offer(p: HelpPage) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let title = td_string!(locale, exchange.help_title, need = p.title.clone()).to_string();
    let d = p.form.clone();
    let unnamed = d.has("stay_unnamed", "ja");
    let consent = d.has("consent", "ja");
    view! {
        <PageMeta title=title.clone() description=title.clone() />
        <h1>{title}</h1>
        <PostOutcome />
        <p class="card-meta">
            <span class="tag">{labels::pillar(p.pillar)}</span>
            " · "
            <a href=crate::wire::project_path(&p.slug)>{p.project_name.clone()}</a>
        </p>
        <p>{p.description.clone()}</p>
        {if !p.open {
            view! { <p class="notice">{t!(i18n, exchange.not_open)}</p> }.into_any()
        } else {
            view! {
                <ErrorSummary errors=d.errors.clone() />
                <RequiredNote />
                <form
                    method="post"
                    action="/api/helfen"
                    enctype="multipart/form-data"
                    class="stack"
                    novalidate
                >
                    <input type="hidden" name="bedarf" value=p.need_id />
                    <div class="honeypot" aria-hidden="true">
                        <label for="website">{t!(i18n, project.website)}</label>
                        <input
                            type="text"
                            id="website"
                            name="website"
                            tabindex="-1"
                            autocomplete="off"
                        />
                    </div>
                    {(!p.logged_in)
                        .then(|| {
                            view! {
                                <p class="muted">
                                    {t!(i18n, exchange.visitor_hint)} " "
                                    <a href="/anmelden">{t!(i18n, exchange.login)}</a>
                                </p>
                                <Field
                                    name="name"
                                    label=td_string!(locale, auth.name).to_string()
                                    value=d.value("name")
                                    required=true
                                    autocomplete="name"
                                    error=d.error("name")
                                />
                                <Field
                                    name="email"
                                    label=td_string!(locale, auth.email).to_string()
                                    kind="email"
                                    value=d.value("email")
                                    required=true
                                    autocomplete="email"
                                    error=d.error("email")
                                />
                            }
                        })}
                    <TextArea
                        name="message"
                        label=td_string!(locale, exchange.message).to_string()
                        value=d.value("message")
                        required=true
                        hint=td_string!(locale, exchange.message_hint).to_string()
                        error=d.error("message")
                    />
                    <div class="field">
                        <label for="stay_unnamed" class="check">
                            <input
                                type="checkbox"
                                id="stay_unnamed"
                                name="stay_unnamed"
                                value="ja"
                                checked=unnamed
                            />
                            " "
                            {t!(i18n, exchange.stay_unnamed)}
                        </label>
                    </div>
                    {(!p.logged_in)
                        .then(|| {
                            view! {
                                <div class="field" class:has-error=d.error("consent").is_some()>
                                    <label for="consent" class="check">
                                        <input
                                            type="checkbox"
                                            id="consent"
                                            name="consent"
                                            value="ja"
                                            checked=consent
                                            required=true
                                        />
                                        " "
                                        {t!(i18n, exchange.consent)}
                                        " "
                                        <a href="/datenschutz">{t!(i18n, exchange.privacy)}</a>
                                        <span aria-hidden="true">" *"</span>
                                    </label>
                                    {d
                                        .error("consent")
                                        .map(|m| {
                                            view! {
                                                <p class="field-error" id="consent-fehler">
                                                    {m}
                                                </p>
                                            }
                                        })}
                                </div>
                            }
                        })}
                    <button type="submit" class="button">
                        {t!(i18n, exchange.send_offer)}
                    </button>
                </form>
            }
                .into_any()
        }}
    }
}
