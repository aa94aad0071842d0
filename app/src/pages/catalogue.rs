//! `/projekte`: the catalogue with its filters, all in the URL.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::list_projects;
use crate::components::card::Card;
use crate::components::filters::Filters;
use crate::components::pagination::Pagination;
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::wire::{CatalogueQuery, CatalogueResult};

/// The catalogue page. The URL is the only state, so a shared or reloaded link shows the same
/// list, rendered on the server, with or without JavaScript.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| CatalogueQuery::from_params(&params.read()));
    let result = Resource::new(move || query.get(), list_projects);
    let title = move || {
        let q = query.read().q.trim().to_string();
        if q.is_empty() {
            td_string!(crate::i18n::locale(), catalogue.title).to_string()
        } else {
            format!("{} „{q}“", td_string!(crate::i18n::locale(), catalogue.search_title))
        }
    };
    view! {
        <h1>{t!(i18n, catalogue.title)}</h1>
        // A transition keeps the current list (and the focused checkbox) while the next loads.
        <Transition fallback=move || view! { <p>{t!(i18n, catalogue.loading)}</p> }>
            {move || Suspend::new(async move {
                let query = query.get();
                let description = td_string!(crate::i18n::locale(), catalogue.meta).to_string();
                match result.await {
                    Ok(found) => {
                        let canonical = query.href(found.page);
                        view! {
                            <PageMeta title=title() description canonical />
                            <Results query found />
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <PageMeta title=title() description />
                        <Failed query error />
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// Filters beside the summary, the cards and the page links.
#[component]
fn Results(query: CatalogueQuery, found: CatalogueResult) -> impl IntoView {
    let i18n = use_i18n();
    let total = found.total;
    let q = query.q.trim().to_string();
    let cards = found.cards.into_iter().map(|card| view! { <li><Card card /></li> }).collect_view();
    let locale = crate::i18n::locale();
    let summary = match (q.is_empty(), total) {
        (true, 1) => td_string!(locale, catalogue.count_one).to_string(),
        (true, _) => td_string!(locale, catalogue.count, count = total).to_string(),
        (false, 1) => td_string!(locale, catalogue.count_one_for, q = q).to_string(),
        (false, _) => td_string!(locale, catalogue.count_for, count = total, q = q).to_string(),
    };
    view! {
        <div class="catalogue">
            <aside aria-labelledby="filter-title" class="catalogue-filters">
                <h2 id="filter-title" class="visually-hidden">
                    {t!(i18n, catalogue.filters_title)}
                </h2>
                <Filters
                    query=query.clone()
                    categories=found.categories
                    districts=found.districts
                />
            </aside>
            <section aria-labelledby="results-title" class="catalogue-results">
                <h2 id="results-title" class="visually-hidden">
                    {t!(i18n, catalogue.results_title)}
                </h2>
                <p id="results-summary" class="summary" role="status">{summary}</p>
                {(total == 0).then(|| view! { <p>{t!(i18n, catalogue.empty)}</p> })}
                <ul class="cards">
                    {cards}
                </ul>
                <Pagination query page=found.page pages=found.pages />
            </section>
        </div>
    }
}

/// A refused request: the message and a way back to the first page.
#[component]
fn Failed(query: CatalogueQuery, error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let message = match &error {
        AppError::NotFound => {
            AppError::BadRequest(td_string!(crate::i18n::locale(), catalogue.past_end).to_string())
        }
        other => other.clone(),
    };
    view! {
        <Problem error=message />
        <p><a href=query.href(1)>{t!(i18n, catalogue.first_page)}</a></p>
    }
}
