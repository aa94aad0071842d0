//! The catalogue's filter form: a plain GET form that works without JavaScript; with it, a
//! change of any box applies the filters at once, and the browser goes to the list's one
//! tidy address (no empty `q=`) without reloading the page.

use domain::{Pillar, ProjectStatus};
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{HtmlFormElement, HtmlInputElement};
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use leptos_router::params::ParamsMap;

use crate::i18n::*;
use crate::labels;
use crate::wire::{CatalogueQuery, Term};

/// Whether the folded filter group stays open; provided by the catalogue page, which outlives
/// each rendering of the form.
#[derive(Clone, Copy)]
pub struct KeepMoreFiltersOpen(pub RwSignal<bool>);

/// Search box and checkbox groups, checked as the URL says.
#[component]
pub fn Filters(
    query: CatalogueQuery,
    categories: Vec<Term>,
    districts: Vec<Term>,
) -> impl IntoView {
    let i18n = use_i18n();
    let pillars: Vec<Term> =
        Pillar::ALL.iter().map(|p| term(p.key(), labels::pillar(*p))).collect();
    let statuses: Vec<Term> =
        ProjectStatus::ALL.iter().map(|s| term(s.key(), labels::status(*s))).collect();
    let l = crate::i18n::locale();
    let legend_need = td_string!(l, catalogue.filter_need).to_string();
    let legend_category = td_string!(l, catalogue.filter_category).to_string();
    let legend_status = td_string!(l, catalogue.filter_status).to_string();
    let legend_district = td_string!(l, catalogue.filter_district).to_string();
    // The rarer filters fold away on small screens, but stay open while one of them is set.
    // Once a visitor used a folded box, the group stays open even when its last box is
    // unticked, so the box keeps its focus.
    let keep_open = use_context::<KeepMoreFiltersOpen>().map(|k| k.0);
    let more_open =
        !(query.kategorie.is_empty() && query.status.is_empty() && query.bezirk.is_empty());
    let navigate = use_navigate();
    let go_to_filtered = move |ev: leptos::ev::SubmitEvent| {
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else {
            return;
        };
        ev.prevent_default();
        let query = CatalogueQuery::from_params(&form_params(&form));
        navigate(&query.href(1), NavigateOptions::default());
    };
    view! {
        <form
            method="get"
            action="/projekte"
            class="filters"
            on:submit=go_to_filtered
            on:change=move |ev| {
                if let Some(open) = keep_open {
                    if changed_a_folded_box(&ev) {
                        open.set(true);
                    }
                }
                submit_on_change(ev);
            }
        >
            <div class="field">
                <label for="suche">{t!(i18n, catalogue.search_label)}</label>
                <input
                    id="suche"
                    type="search"
                    name="q"
                    value=query.q.clone()
                    maxlength="200"
                    autocomplete="off"
                />
            </div>
            <Group legend=legend_need name="bedarf" terms=pillars chosen=query.bedarf.clone() />
            <details
                class="more-filters"
                open=move || more_open || keep_open.is_some_and(|open| open.get())
            >
                <summary>{t!(i18n, catalogue.more_filters)}</summary>
                <Group
                    legend=legend_category
                    name="kategorie"
                    terms=categories
                    chosen=query.kategorie.clone()
                />
                <Group
                    legend=legend_status
                    name="status"
                    terms=statuses
                    chosen=query.status.clone()
                />
                <Group
                    legend=legend_district
                    name="bezirk"
                    terms=districts
                    chosen=query.bezirk.clone()
                />
            </details>
            <div class="filter-actions">
                <button type="submit" class="button">
                    {t!(i18n, catalogue.apply)}
                </button>
                <a href="/projekte">{t!(i18n, catalogue.reset)}</a>
            </div>
        </form>
    }
}

/// One fieldset of checkboxes sharing a name.
#[component]
fn Group(
    legend: String,
    name: &'static str,
    terms: Vec<Term>,
    chosen: Vec<String>,
) -> impl IntoView {
    view! {
        <fieldset class="filter-group">
            <legend>{legend}</legend>
            {terms
                .into_iter()
                .map(|t| {
                    let id = format!("f-{name}-{}", t.key);
                    let checked = chosen.contains(&t.key);
                    // Attributes only: each query renders a new form, and at hydration a property
                    // would undo what was typed or ticked before the WASM arrived.
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=id.clone()
                                name=name
                                value=t.key
                                checked=checked
                            />
                            <label for=id>{t.name}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A key with its display name.
fn term(key: &str, name: String) -> Term {
    Term { key: key.to_string(), name }
}

/// The search text and the checked boxes of the filter form, as URL parameters.
fn form_params(form: &HtmlFormElement) -> ParamsMap {
    let mut params = ParamsMap::new();
    if let Ok(Some(search)) = form.query_selector("input[name=q]") {
        if let Ok(search) = search.dyn_into::<HtmlInputElement>() {
            params.insert("q", search.value());
        }
    }
    let Ok(boxes) = form.query_selector_all("input[type=checkbox]:checked") else {
        return params;
    };
    for index in 0..boxes.length() {
        let Some(input) = boxes.item(index).and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        params.insert(input.name(), input.value());
    }
    params
}

/// Makes the filter form show `query` after the URL changed in the browser (Back, a link).
/// Rendering the next list updates only the inputs' attributes, and a box the visitor ticked or
/// a search they typed no longer follows its attribute, so the properties are set here. Not at
/// hydration: then the inputs hold what was typed before the WASM arrived.
pub fn show_query(query: &CatalogueQuery) {
    let Ok(Some(form)) = document().query_selector("form.filters") else { return };
    let search = form.query_selector("input[name=q]").ok().flatten();
    if let Some(search) = search.and_then(|s| s.dyn_into::<HtmlInputElement>().ok()) {
        if search.value() != query.q {
            search.set_value(&query.q);
        }
    }
    let Ok(boxes) = form.query_selector_all("input[type=checkbox]") else { return };
    for index in 0..boxes.length() {
        let Some(input) = boxes.item(index).and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let chosen = match input.name().as_str() {
            "bedarf" => &query.bedarf,
            "kategorie" => &query.kategorie,
            "status" => &query.status,
            "bezirk" => &query.bezirk,
            _ => continue,
        };
        input.set_checked(chosen.contains(&input.value()));
    }
}

/// Whether the change came from a box of the folded group.
fn changed_a_folded_box(ev: &leptos::ev::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| matches!(input.name().as_str(), "kategorie" | "status" | "bezirk"))
}

/// Submits the form when a checkbox changes (typing in the search box waits for Enter).
fn submit_on_change(ev: leptos::ev::Event) {
    let Some(target) = ev.target() else { return };
    let Ok(input) = target.dyn_into::<HtmlInputElement>() else { return };
    if input.type_() != "checkbox" {
        return;
    }
    if let Some(form) = input.form() {
        let _ = form.request_submit();
    }
}
