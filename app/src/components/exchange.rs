//! Pieces the partner exchange's pages share: a group of checkboxes, the need form's fields
//! and a list of matching needs with their reasons.

use domain::Pillar;
use leptos::prelude::*;

use crate::components::form::{Field, FieldMessage, TextArea};
use crate::i18n::*;
use crate::labels;
use crate::wire::Term;
use crate::wire::exchange::{ExchangeDraft, NeedMatch};

/// The skills field's hint: how to write them, and the skills others already use.
pub fn skills_hint(known: &[String]) -> String {
    let how = td_string!(crate::i18n::locale(), exchange.skills_hint).to_string();
    if known.is_empty() {
        return how;
    }
    let used = td_string!(crate::i18n::locale(), exchange.skills_known).to_string();
    format!("{how} {used} {}.", known.join(", "))
}

/// The three pillars as terms for a checkbox group.
pub fn pillar_terms() -> Vec<Term> {
    Pillar::ALL.iter().map(|p| Term { key: p.key().into(), name: labels::pillar(*p) }).collect()
}

/// A fieldset of checkboxes `name=key`, ticked as the draft says. `id` is where an error
/// message links to.
#[component]
pub fn Checks(
    /// The fieldset's id, the field name errors use.
    id: &'static str,
    /// The inputs' name; repeated for each ticked box.
    name: &'static str,
    /// The legend.
    legend: String,
    /// The choices.
    terms: Vec<Term>,
    /// Which are ticked.
    ticked: Vec<String>,
    /// Whether at least one must be ticked; marked like every required field.
    #[prop(optional)]
    required: bool,
    /// The error, if the server refused the choice.
    #[prop(default = None)]
    error: Option<String>,
) -> impl IntoView {
    let described = error.as_ref().map(|_| format!("{id}-fehler"));
    let invalid = error.is_some();
    view! {
        <fieldset id=id class="checks" class:has-error=invalid aria-describedby=described>
            <legend>
                {legend} {required.then_some(view! { <span aria-hidden="true">" *"</span> })}
            </legend>
            {terms
                .into_iter()
                .map(|t| {
                    let input_id = format!("{name}-{}", t.key);
                    let label_for = input_id.clone();
                    let on = ticked.contains(&t.key);
                    // Only the attribute: a property set at hydration would undo a box ticked
                    // before the script arrived. The form is built anew for every answer.
                    view! {
                        <label for=label_for class="check">
                            <input type="checkbox" id=input_id name=name value=t.key checked=on />
                            " "
                            {t.name}
                        </label>
                    }
                })
                .collect_view()}
            <FieldMessage id=id.to_string() error />
        </fieldset>
    }
}

/// The values of `key` in a draft.
pub fn ticked(d: &ExchangeDraft, key: &str) -> Vec<String> {
    d.values.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
}

/// The fields of a need: pillar, title, description, skills, effort, money and newcomer.
/// `prefix` keeps element ids unique where several need forms share a page.
#[component]
pub fn NeedFields(d: ExchangeDraft, prefix: String, known: Vec<String>) -> impl IntoView {
    let locale = crate::i18n::locale();
    let id = |field: &str| format!("{prefix}{field}");
    let pillar = d.value("pillar");
    let newcomer = d.has("newcomer", "ja");
    let (pillar_id, newcomer_id, newcomer_for) = (id("pillar"), id("newcomer"), id("newcomer"));
    view! {
        <div class="field" class:has-error=d.error("pillar").is_some()>
            <label for=pillar_id.clone()>{td_string!(locale, exchange.pillar).to_string()}</label>
            <select id=pillar_id.clone() name="pillar">
                {Pillar::ALL
                    .iter()
                    .map(|p| {
                        let on = p.key() == pillar;
                        view! {
                            <option value=p.key() selected=on>
                                {labels::pillar(*p)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessage id=pillar_id error=d.error("pillar") />
        </div>
        <Field
            name="title"
            id=id("title")
            label=td_string!(locale, exchange.need_title).to_string()
            value=d.value("title")
            required=true
            error=d.error("title")
        />
        <TextArea
            name="description"
            id=id("description")
            label=td_string!(locale, exchange.need_description).to_string()
            value=d.value("description")
            error=d.error("description")
        />
        <Field
            name="skills"
            id=id("skills")
            label=td_string!(locale, exchange.skills).to_string()
            value=d.value("skills")
            hint=skills_hint(&known)
            error=d.error("skills")
        />
        <Field
            name="hours"
            id=id("hours")
            label=td_string!(locale, exchange.need_hours).to_string()
            value=d.value("hours")
            hint=td_string!(locale, exchange.need_hours_hint).to_string()
            error=d.error("hours")
        />
        <Field
            name="amount"
            id=id("amount")
            label=td_string!(locale, exchange.amount).to_string()
            value=d.value("amount")
            hint=td_string!(locale, exchange.amount_hint).to_string()
            error=d.error("amount")
        />
        <Field
            name="pays_for"
            id=id("pays_for")
            label=td_string!(locale, exchange.pays_for).to_string()
            value=d.value("pays_for")
            error=d.error("pays_for")
        />
        <NeedStateFields d=d.clone() prefix=prefix.clone() />
        <div class="field">
            <label for=newcomer_for class="check">
                <input type="checkbox" id=newcomer_id name="newcomer" value="ja" checked=newcomer />
                " "
                {td_string!(locale, exchange.newcomer).to_string()}
            </label>
        </div>
    }
}

/// Where the need stands, and the Pate's name for a slot filled outside the platform.
#[component]
fn NeedStateFields(d: ExchangeDraft, prefix: String) -> impl IntoView {
    let locale = crate::i18n::locale();
    let state = d.value("state");
    let (state_id, state_for) = (format!("{prefix}state"), format!("{prefix}state"));
    view! {
        <div class="field" class:has-error=d.error("state").is_some()>
            <label for=state_for>{td_string!(locale, exchange.need_state).to_string()}</label>
            <select id=state_id.clone() name="state">
                {domain::NeedState::ALL
                    .iter()
                    .map(|s| {
                        let on = s.key() == state;
                        view! {
                            <option value=s.key() selected=on>
                                {labels::need_state(*s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessage id=state_id error=d.error("state") />
        </div>
        <Field
            name="pate"
            id=format!("{prefix}pate")
            label=td_string!(locale, exchange.pate_name).to_string()
            value=d.value("pate")
            hint=td_string!(locale, exchange.pate_hint).to_string()
            error=d.error("pate")
        />
    }
}

/// The errors of a form whose ids carry `prefix`, so the summary's links find their fields.
pub fn prefixed(
    errors: &[domain::proposal::FieldError],
    prefix: &str,
) -> Vec<domain::proposal::FieldError> {
    errors
        .iter()
        .map(|e| domain::proposal::FieldError {
            field: format!("{prefix}{}", e.field),
            message: e.message.clone(),
        })
        .collect()
}

/// Open needs that fit, each with its reasons and the way to offer help.
#[component]
pub fn NeedMatches(matches: Vec<NeedMatch>) -> impl IntoView {
    let i18n = use_i18n();
    if matches.is_empty() {
        return view! { <p>{t!(i18n, exchange.no_matches)}</p> }.into_any();
    }
    view! {
        <ol class="plain-list matches">
            {matches
                .into_iter()
                .map(|m| {
                    let help = format!("/projekte/{}/helfen/{}", m.slug, m.need_id);
                    view! {
                        <li class="card" data-need=m.need_id>
                            <h3>
                                <a href=help>{m.title}</a>
                            </h3>
                            <p class="card-meta">
                                <span class="tag">{labels::pillar(m.pillar)}</span>
                                " · "
                                <a href=crate::wire::project_path(&m.slug)>{m.project_name}</a>
                            </p>
                            <ul class="reasons">
                                {m
                                    .fit
                                    .reasons
                                    .into_iter()
                                    .map(|r| view! { <li>{r}</li> })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
