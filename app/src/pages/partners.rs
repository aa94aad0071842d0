//! `/paten`: the listed partner profiles, filterable like the catalogue, all in the URL.

use domain::PartnerKind;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::list_partners;
use crate::components::exchange::{Checks, pillar_terms};
use crate::components::problem::Problem;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::wire::Term;
use crate::wire::exchange::{PartnerCard, PartnerList, PartnerQuery};

/// The list of partners; a plain GET form, so it works the same without JavaScript.
#[component]
pub fn PartnersPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| PartnerQuery::from_params(&params.read()));
    let list = Resource::new(move || query.get(), list_partners);
    let locale = crate::i18n::locale();
    let title = td_string!(locale, exchange.partners_title).to_string();
    view! {
        <PageMeta
            title=title.clone()
            description=td_string!(locale, exchange.partners_meta).to_string()
        />
        <h1>{t!(i18n, exchange.partners_title)}</h1>
        <p class="lead">{t!(i18n, exchange.partners_lead)}</p>
        <Suspense>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => {
                        view! {
                            <PartnerFilters list=list.clone() />
                            <Partners list />
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The filter form.
#[component]
fn PartnerFilters(list: PartnerList) -> impl IntoView {
    let locale = crate::i18n::locale();
    let q = list.query.clone();
    let kinds: Vec<Term> = PartnerKind::ALL
        .iter()
        .map(|k| Term { key: k.key().into(), name: labels::partner_kind(*k) })
        .collect();
    view! {
        <form method="get" action="/paten" class="filters stack" role="search">
            <div class="field">
                <label for="q">{td_string!(locale, exchange.search).to_string()}</label>
                <input type="search" id="q" name="q" value=q.q.clone() />
            </div>
            <Checks
                id="saeule"
                name="saeule"
                legend=td_string!(locale, exchange.offers_pillar).to_string()
                terms=pillar_terms()
                ticked=q.saeule.clone()
            />
            <Checks
                id="art"
                name="art"
                legend=td_string!(locale, exchange.kind).to_string()
                terms=kinds
                ticked=q.art.clone()
            />
            <details>
                <summary>{td_string!(locale, exchange.more_filters).to_string()}</summary>
                <Checks
                    id="kategorie"
                    name="kategorie"
                    legend=td_string!(locale, exchange.categories).to_string()
                    terms=list.categories
                    ticked=q.kategorie.clone()
                />
                <Checks
                    id="bezirk"
                    name="bezirk"
                    legend=td_string!(locale, exchange.districts).to_string()
                    terms=list.districts
                    ticked=q.bezirk.clone()
                />
            </details>
            <button type="submit" class="button">
                {td_string!(locale, exchange.filter).to_string()}
            </button>
        </form>
    }
}

/// The matching profiles.
#[component]
fn Partners(list: PartnerList) -> impl IntoView {
    let i18n = use_i18n();
    let count = list.partners.len();
    view! {
        <p role="status" class="result-count">
            {t!(i18n, exchange.partner_count, count = count)}
        </p>
        <ul class="plain-list cards">
            {list
                .partners
                .into_iter()
                .map(|p| {
                    view! {
                        <li>
                            <PartnerBox p />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// One partner profile.
#[component]
pub fn PartnerBox(p: PartnerCard) -> impl IntoView {
    let i18n = use_i18n();
    let pillars: Vec<String> = p.pillars.iter().map(|x| labels::pillar(*x)).collect();
    let mut facts = Vec::new();
    if !p.skills.is_empty() {
        facts.push(p.skills.join(", "));
    }
    if let Some(h) = p.hours {
        facts
            .push(td_string!(crate::i18n::locale(), exchange.hours_a_month, hours = h).to_string());
    }
    facts.extend(p.budget.clone());
    let places: Vec<String> = p.categories.iter().chain(p.districts.iter()).cloned().collect();
    view! {
        <article class="card partner" data-partner=p.id>
            <h3>{p.name.clone()}</h3>
            <p class="card-meta">
                <span class="tag">{labels::partner_kind(p.kind)}</span>
                " · "
                {t!(i18n, exchange.offers)}
                " "
                {pillars.join(", ")}
            </p>
            {(!p.description.is_empty()).then(|| view! { <p>{p.description.clone()}</p> })}
            {(!facts.is_empty()).then(|| view! { <p class="muted">{facts.join(" · ")}</p> })}
            {(!places.is_empty()).then(|| view! { <p class="muted">{places.join(" · ")}</p> })}
        </article>
    }
}
