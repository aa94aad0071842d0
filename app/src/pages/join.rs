//! `/mitmachen`: a visitor names pillars, skills and hours and sees the open needs that fit,
//! from a plain GET form that works without JavaScript and without an account.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::find_needs;
use crate::components::exchange::{Checks, NeedMatches, pillar_terms, skills_hint};
use crate::components::form::PostOutcome;
use crate::components::problem::Problem;
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::wire::exchange::{JoinQuery, JoinResult};

/// The page: the question, then the answer.
#[component]
pub fn JoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| JoinQuery::from_params(&params.read()));
    let result = Resource::new(move || query.get(), find_needs);
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, exchange.join_title).to_string()
            description=td_string!(locale, exchange.join_lead).to_string()
        />
        <h1>{t!(i18n, exchange.join_title)}</h1>
        <PostOutcome />
        <p class="lead">{t!(i18n, exchange.join_lead)}</p>
        <Suspense>
            {move || Suspend::new(async move {
                match result.await {
                    Ok(r) => {
                        view! {
                            <Question r=r.clone() />
                            <Answer r />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The form, filled with what was asked.
#[component]
fn Question(r: JoinResult) -> impl IntoView {
    let locale = crate::i18n::locale();
    let error = r.error.clone();
    let described = error.as_ref().map(|_| "stunden-fehler");
    let invalid = error.is_some();
    view! {
        <form method="get" action="/mitmachen" class="stack">
            <Checks
                id="saeule"
                name="saeule"
                legend=td_string!(locale, exchange.join_pillars).to_string()
                terms=pillar_terms()
                ticked=r.query.saeule.clone()
            />
            <div class="field">
                <label for="faehigkeiten">{td_string!(locale, exchange.skills).to_string()}</label>
                <p class="hint" id="faehigkeiten-hinweis">
                    {skills_hint(&r.known_skills)}
                </p>
                <input
                    type="text"
                    id="faehigkeiten"
                    name="faehigkeiten"
                    aria-describedby="faehigkeiten-hinweis"
                    value=r.query.faehigkeiten.clone()
                />
            </div>
            <div class="field" class:has-error=invalid>
                <label for="stunden">{td_string!(locale, exchange.hours).to_string()}</label>
                <input
                    type="text"
                    inputmode="numeric"
                    id="stunden"
                    name="stunden"
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=described
                    value=r.query.stunden.clone()
                />
                {error
                    .map(|m| {
                        view! {
                            <p class="field-error" id="stunden-fehler">
                                {m}
                            </p>
                        }
                    })}
            </div>
            <button type="submit" class="button">
                {td_string!(locale, exchange.join_submit).to_string()}
            </button>
        </form>
    }
}

/// The needs that fit, once a pillar was chosen.
#[component]
fn Answer(r: JoinResult) -> impl IntoView {
    let i18n = use_i18n();
    if r.error.is_some() {
        // The field's own message says what to fix; the pillars were chosen.
        return ().into_any();
    }
    if !r.asked {
        return view! { <p class="muted">{t!(i18n, exchange.join_hint)}</p> }.into_any();
    }
    view! {
        <section aria-labelledby="passend">
            <h2 id="passend">{t!(i18n, exchange.join_results)}</h2>
            <NeedMatches matches=r.matches />
            <p>
                {t!(i18n, exchange.join_profile)} " "
                <a href="/konto/pate">{t!(i18n, exchange.join_profile_link)}</a>
            </p>
        </section>
    }
    .into_any()
}
