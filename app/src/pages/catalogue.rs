//! `/projekte`: the catalogue with its filters, all in the URL.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::list_projects;
use crate::components::card::Card;
use crate::components::filters::{Filters, KeepMoreFiltersOpen, show_query};
use crate::components::pagination::Pagination;
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::pages::meta::PageMeta;
use crate::wire::{CatalogueQuery, CatalogueResult};

/// How much of a search term is shown back in the title and the summary.
const ECHO_MAX: usize = 80;

/// The catalogue page. The URL is the only state, so a shared or reloaded link shows the same
/// list, rendered on the server, with or without JavaScript.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    provide_context(KeepMoreFiltersOpen(RwSignal::new(false)));
    let query = Memo::new(move |_| CatalogueQuery::from_params(&params.read()));
    // The first run is the hydration, which must keep what was typed; later runs follow the URL.
    Effect::new(move |previous: Option<()>| {
        let query = query.get();
        if previous.is_some() {
            show_query(&query);
        }
    });
    // The resource carries the query it answered, so a slow answer to an earlier query (Back
    // pressed quickly) is never shown with the boxes of a later one.
    let result = Resource::new(
        move || query.get(),
        |q| async move {
            let found = list_projects(q.clone()).await;
            (q, found)
        },
    );
    view! {
        <h1>{t!(i18n, catalogue.title)}</h1>
        // A transition keeps the current list (and the focused checkbox) while the next loads.
        <Transition fallback=move || {
            view! { <p>{t!(i18n, catalogue.loading)}</p> }
        }>
            {move || Suspend::new(async move {
                let (query, found) = result.await;
                let description = td_string!(crate::i18n::locale(), catalogue.meta).to_string();
                let title = page_title(&query);
                match found {
                    Ok(found) => {
                        let canonical = query.href(found.page);
                        view! {
                            <PageMeta title description canonical />
                            <Results query found />
                        }
                            .into_any()
                    }
                    Err(error) => {
                        view! {
                            <PageMeta title description />
                            <Failed query error />
                        }
                            .into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// "Projekte", or "Suche nach „…“" with the cleaned term.
fn page_title(query: &CatalogueQuery) -> String {
    let q = domain::displayable(query.q.trim(), ECHO_MAX);
    if q.is_empty() {
        td_string!(crate::i18n::locale(), catalogue.title).to_string()
    } else {
        format!("{} „{q}“", td_string!(crate::i18n::locale(), catalogue.search_title))
    }
}

/// Filters beside the summary, the cards and the page links.
#[component]
fn Results(query: CatalogueQuery, found: CatalogueResult) -> impl IntoView {
    let i18n = use_i18n();
    let total = found.total;
    let q = domain::displayable(query.q.trim(), ECHO_MAX);
    let cards = found
        .cards
        .into_iter()
        .map(|card| {
            view! {
                <li>
                    <Card card />
                </li>
            }
        })
        .collect_view();
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
                <p id="results-summary" class="summary" role="status">
                    {summary}
                </p>
                {(total == 0).then(|| view! { <p>{t!(i18n, catalogue.empty)}</p> })}
                <ul class="cards">{cards}</ul>
                <Pagination query page=found.page pages=found.pages />
            </section>
        </div>
    }
}

/// A refused request: the message and a way back to the first page.
#[component]
fn Failed(query: CatalogueQuery, error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    // Past the end, the same list's first page helps; a refused search needs a new one.
    let (message, back) = match &error {
        AppError::NotFound => {
            let text = td_string!(crate::i18n::locale(), catalogue.past_end).to_string();
            (AppError::BadRequest(text), query.href(1))
        }
        other => (other.clone(), "/projekte".to_string()),
    };
    let typed = domain::displayable(query.q.trim(), 200);
    view! {
        <Problem error=message />
        <form method="get" action="/projekte" class="filters retry">
            <div class="field">
                <label for="suche">{t!(i18n, catalogue.search_label)}</label>
                <input id="suche" type="search" name="q" value=typed maxlength="200" />
            </div>
            <div class="filter-actions">
                <button type="submit" class="button">
                    {t!(i18n, catalogue.search_again)}
                </button>
                <a href=back>{t!(i18n, catalogue.first_page)}</a>
            </div>
        </form>
    }
}
