//! Links between catalogue pages.

use leptos::prelude::*;

use crate::i18n::*;
use crate::wire::CatalogueQuery;

/// "Zurück", "Seite x von y", "Weiter" — only the links that lead somewhere. Plain links, not
/// the router's `<A>`: that one would mark every page of the list as the current page. They
/// load the page anew (`external`), so focus starts at the top as it does without JavaScript.
#[component]
pub fn Pagination(query: CatalogueQuery, page: u64, pages: u64) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return None;
    }
    let prev = (page > 1).then(|| query.href(page - 1));
    let next = (page < pages).then(|| query.href(page + 1));
    let label = td_string!(crate::i18n::locale(), catalogue.pages);
    Some(view! {
        <nav class="pagination" aria-label=label>
            {prev
                .map(|href| {
                    view! {
                        <a href=href rel="prev external">
                            {t!(i18n, catalogue.prev)}
                        </a>
                    }
                })}
            <span aria-current="page">
                {t!(i18n, catalogue.page_of, page = move || page, pages = move || pages)}
            </span>
            {next
                .map(|href| {
                    view! {
                        <a href=href rel="next external">
                            {t!(i18n, catalogue.next)}
                        </a>
                    }
                })}
        </nav>
    })
}
