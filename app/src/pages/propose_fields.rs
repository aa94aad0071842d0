//! The profile and needs sections of the application form.

use domain::proposal::{FieldError, error_for};
use domain::{Complexity, Deployment, Kind, Pillar, ProjectStatus};
use leptos::prelude::*;

use crate::components::form::{Field, FieldMessage, TextArea};
use crate::i18n::*;
use crate::labels;
use crate::wire::account::ProposalPage;

/// A labelled drop-down. `optional` adds an empty first choice.
#[component]
fn Choice(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
    #[prop(optional)] required: bool,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.as_ref().map(|_| "true");
    let describedby = error.as_ref().map(|_| format!("{name}-fehler"));
    let empty = td_string!(crate::i18n::locale(), propose.choose).to_string();
    view! {
        <div class="field" class:has-error=invalid.is_some()>
            <label for=name>
                {label} {required.then_some(view! { <span aria-hidden="true">" *"</span> })}
            </label>
            <select
                id=name
                name=name
                required=required
                aria-invalid=invalid
                aria-describedby=describedby
            >
                <option value="" selected=selected.is_empty()>
                    {empty}
                </option>
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        let is = key == selected;
                        view! {
                            <option value=key selected=is>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessage id=name.to_string() error />
        </div>
    }
}

/// Keys and labels of a vocabulary.
fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter().map(|v| (key(*v).to_string(), label(*v))).collect()
}

/// The message for `field`.
fn err(errors: &[FieldError], field: &str) -> Option<String> {
    error_for(errors, field).map(str::to_string)
}

/// The project's profile.
#[component]
pub fn ProfileFields(p: ProposalPage) -> impl IntoView {
    let i18n = use_i18n();
    let l = crate::i18n::locale();
    let (f, e) = (p.form, p.errors);
    let categories = p.categories.into_iter().map(|t| (t.key, t.name)).collect();
    view! {
        <fieldset class="group">
            <legend>{t!(i18n, propose.profile)}</legend>
            <Field
                name="name"
                label=td_string!(l, propose.name).to_string()
                value=f.name.clone()
                required=true
                hint=td_string!(l, propose.name_hint).to_string()
                error=err(&e, "name")
            />
            <Field
                name="teaser"
                label=td_string!(l, propose.teaser).to_string()
                value=f.teaser.clone()
                required=true
                hint=td_string!(l, propose.teaser_hint).to_string()
                error=err(&e, "teaser")
            />
            <TextArea
                name="description"
                label=td_string!(l, propose.description).to_string()
                value=f.description.clone()
                required=true
                rows=8
                hint=td_string!(l, propose.description_hint).to_string()
                error=err(&e, "description")
            />
            <Choice
                name="category"
                label=td_string!(l, propose.category).to_string()
                options=categories
                selected=f.category.clone()
                required=true
                error=err(&e, "category")
            />
            <Choice
                name="kind"
                label=td_string!(l, project.kind).to_string()
                options=options(Kind::ALL, Kind::key, labels::kind)
                selected=f.kind.clone()
                required=true
                error=err(&e, "kind")
            />
            <Choice
                name="status"
                label=td_string!(l, propose.status).to_string()
                options=options(ProjectStatus::ALL, ProjectStatus::key, labels::status)
                selected=f.status.clone()
                required=true
                error=err(&e, "status")
            />
            <Field
                name="origin"
                label=td_string!(l, project.origin).to_string()
                value=f.origin.clone()
                required=true
                hint=td_string!(l, propose.origin_hint).to_string()
                error=err(&e, "origin")
            />
            <Field
                name="start_month"
                label=td_string!(l, project.start).to_string()
                value=f.start_month.clone()
                hint=td_string!(l, propose.start_hint).to_string()
                error=err(&e, "start_month")
            />
            <Choice
                name="complexity"
                label=td_string!(l, project.complexity).to_string()
                options=options(Complexity::ALL, Complexity::key, labels::complexity)
                selected=f.complexity.clone()
                error=err(&e, "complexity")
            />
            <Field
                name="technologies"
                label=td_string!(l, project.technologies).to_string()
                value=f.technologies.clone()
                hint=td_string!(l, propose.technologies_hint).to_string()
                error=err(&e, "technologies")
            />
            <Field
                name="licence"
                label=td_string!(l, propose.licence).to_string()
                value=f.licence.clone()
                required=true
                hint=td_string!(l, propose.licence_hint).to_string()
                error=err(&e, "licence")
            />
            <Field
                name="repository_url"
                kind="url"
                label=td_string!(l, propose.repository).to_string()
                value=f.repository_url.clone()
                required=true
                hint=td_string!(l, propose.url_hint).to_string()
                error=err(&e, "repository_url")
            />
            <Field
                name="project_url"
                kind="url"
                label=td_string!(l, propose.project_url).to_string()
                value=f.project_url.clone()
                hint=td_string!(l, propose.project_url_hint).to_string()
                error=err(&e, "project_url")
            />
            <Screenshot key=f.screenshot.clone() error=err(&e, "screenshot") />
            <Choice
                name="deployment"
                label=td_string!(l, propose.deployment).to_string()
                options=options(Deployment::ALL, Deployment::key, labels::deployment)
                selected=f.deployment.clone()
                error=err(&e, "deployment")
            />
            <Field
                name="yearly_costs"
                label=td_string!(l, propose.costs).to_string()
                value=f.yearly_costs.clone()
                hint=td_string!(l, propose.costs_hint).to_string()
                error=err(&e, "yearly_costs")
            />
            <fieldset class="group" aria-describedby=err(&e, "district").map(|_| "district-fehler")>
                <legend id="district">{t!(i18n, catalogue.filter_district)}</legend>
                <p class="hint">{t!(i18n, propose.district_hint)}</p>
                {p
                    .districts
                    .into_iter()
                    .map(|d| {
                        let id = format!("district-{}", d.key);
                        let checked = f.districts.contains(&d.key);
                        view! {
                            <label class="check" for=id.clone()>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    name="district"
                                    value=d.key
                                    checked=checked
                                />
                                {d.name}
                            </label>
                        }
                    })
                    .collect_view()}
                <FieldMessage id="district".to_string() error=err(&e, "district") />
            </fieldset>
        </fieldset>
    }
}

/// What the project needs, per pillar.
#[component]
pub fn NeedsFields(p: ProposalPage) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="group">
            <legend>{t!(i18n, propose.needs)}</legend>
            <p class="hint">{t!(i18n, propose.needs_hint)}</p>
            {Pillar::ALL
                .iter()
                .map(|pillar| view! { <NeedFields pillar=*pillar p=p.clone() /> })
                .collect_view()}
        </fieldset>
    }
}

/// One pillar: seek a Pate, no need, or nothing said; and what is needed.
#[component]
fn NeedFields(pillar: Pillar, p: ProposalPage) -> impl IntoView {
    let l = crate::i18n::locale();
    let input = p.form.need(pillar).clone();
    let e = p.errors;
    let base = format!("need_{}", pillar.key());
    let choices = [
        ("offen", td_string!(l, propose.need_open).to_string()),
        ("kein", td_string!(l, propose.need_none).to_string()),
        ("", td_string!(l, propose.need_unstated).to_string()),
    ];
    let (title, text) = match pillar {
        Pillar::Content => ("need_inhalt_title", "need_inhalt_text"),
        Pillar::Technical => ("need_technik_title", "need_technik_text"),
        Pillar::Financial => ("need_finanzen_title", "need_finanzen_text"),
    };
    view! {
        <fieldset class="group need-group" id=base.clone()>
            <legend>{labels::pillar(pillar)}</legend>
            {choices
                .into_iter()
                .map(|(value, label)| {
                    let id = format!(
                        "{base}-{}",
                        if value.is_empty() { "unbekannt" } else { value },
                    );
                    let checked = input.choice == value;
                    view! {
                        <label class="check" for=id.clone()>
                            <input
                                type="radio"
                                id=id.clone()
                                name=base.clone()
                                value=value
                                checked=checked
                            />
                            {label}
                        </label>
                    }
                })
                .collect_view()}
            <FieldMessage id=base.clone() error=err(&e, &base) />
            <Field
                name=title
                label=td_string!(l, propose.need_title).to_string()
                value=input.title.clone()
                error=err(&e, title)
            />
            <TextArea
                name=text
                label=td_string!(l, propose.need_text).to_string()
                value=input.text.clone()
                rows=3
                error=err(&e, text)
            />
        </fieldset>
    }
}

/// The screenshot upload; a screenshot that passed its checks is kept by its key.
#[component]
fn Screenshot(key: String, error: Option<String>) -> impl IntoView {
    let l = crate::i18n::locale();
    let invalid = error.as_ref().map(|_| "true");
    let describedby =
        if error.is_some() { "screenshot-hinweis screenshot-fehler" } else { "screenshot-hinweis" };
    let kept = (!key.is_empty()).then(|| {
        let src = format!("/bilder/{key}.jpg");
        view! {
            <input type="hidden" name="screenshot_kept" value=key.clone() />
            <p class="muted">{td_string!(l, propose.screenshot_kept).to_string()}</p>
            <img class="screenshot-thumb" src=src alt="" width="240" />
        }
    });
    view! {
        <div class="field" class:has-error=invalid.is_some()>
            <label for="screenshot">{td_string!(l, propose.screenshot).to_string()}</label>
            <p class="hint" id="screenshot-hinweis">
                {td_string!(l, propose.screenshot_hint).to_string()}
            </p>
            {kept}
            <input
                type="file"
                id="screenshot"
                name="screenshot"
                accept="image/png,image/jpeg,image/webp"
                aria-invalid=invalid
                aria-describedby=describedby
            />
            <FieldMessage id="screenshot".to_string() error />
        </div>
    }
}
