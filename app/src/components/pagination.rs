//! Links between catalogue pages.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;
use crate::wire::CatalogueQuery;

/// "Zurück", "Seite x von y", "Weiter" — only the links that lead somewhere.
#[component]
pub fn Pagination(query: CatalogueQuery, page: u64, pages: u64) -> impl IntoView {
    let i18n = use_i18n();
    if pages <= 1 {
        return None;
    }
    let prev = (page > 1).then(|| query.href(page - 1));
    let next = (page < pages).then(|| query.href(page + 1));
    Some(view! {
        <nav class="pagination" aria-label=move || t_string!(i18n, catalogue.pages)>
            {prev.map(|href| view! { <A href=href attr:rel="prev">{t!(i18n, catalogue.prev)}</A> })}
            <span aria-current="page">
                {t!(i18n, catalogue.page_of, page = move || page, pages = move || pages)}
            </span>
            {next.map(|href| view! { <A href=href attr:rel="next">{t!(i18n, catalogue.next)}</A> })}
        </nav>
    })
}
