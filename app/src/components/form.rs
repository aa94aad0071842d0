//! Form pieces: labelled fields whose hint and error are linked for screen readers (B23), the
//! error summary that takes focus, and the message for a form the server turned down.

use domain::proposal::FieldError;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::*;

/// `aria-describedby` for a field with an optional hint and an optional error.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hinweis"));
    }
    if error {
        ids.push(format!("{id}-fehler"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The message under a field, if it has one.
#[component]
pub fn FieldMessage(id: String, error: Option<String>) -> impl IntoView {
    error.map(|message| {
        view! {
            <p class="field-error" id=format!("{id}-fehler")>
                {message}
            </p>
        }
    })
}

/// A labelled single-line input. `kind` is the input type; the value is the one typed.
#[component]
pub fn Field(
    /// Name and id of the input.
    name: &'static str,
    /// The visible label.
    label: String,
    /// Current value.
    #[prop(into, default = String::new())]
    value: String,
    /// Input type.
    #[prop(default = "text")]
    kind: &'static str,
    /// Whether it must be filled.
    #[prop(optional)]
    required: bool,
    /// A visible format hint.
    #[prop(optional)]
    hint: Option<String>,
    /// The browser's autofill token.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// The field's error message, if the server refused it.
    #[prop(default = None)]
    error: Option<String>,
    /// The element id when it differs from the name (several forms on one page).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_string());
    let invalid = error.is_some().then_some("true");
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let label_for = id.clone();
    view! {
        <div class="field" class:has-error=invalid.is_some()>
            <label for=label_for>
                {label} {required.then_some(view! { <span aria-hidden="true">" *"</span> })}
            </label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=format!("{id}-hinweis")>
                            {h}
                        </p>
                    }
                })}
            <input
                type=kind
                id=id.clone()
                name=name
                value=value
                required=required
                aria-invalid=invalid
                aria-describedby=describedby
                autocomplete=autocomplete
            />
            <FieldMessage id=id error />
        </div>
    }
}

/// A labelled multi-line input.
#[component]
pub fn TextArea(
    /// Name and id.
    name: &'static str,
    /// The visible label.
    label: String,
    /// Current value.
    #[prop(into, default = String::new())]
    value: String,
    /// Whether it must be filled.
    #[prop(optional)]
    required: bool,
    /// A visible hint.
    #[prop(optional)]
    hint: Option<String>,
    /// Rows shown.
    #[prop(default = 4)]
    rows: u32,
    /// The field's error message, if the server refused it.
    #[prop(default = None)]
    error: Option<String>,
    /// The element id when it differs from the name (several forms on one page).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_string());
    let invalid = error.is_some().then_some("true");
    let describedby = described_by(&id, hint.is_some(), error.is_some());
    let label_for = id.clone();
    view! {
        <div class="field" class:has-error=invalid.is_some()>
            <label for=label_for>
                {label} {required.then_some(view! { <span aria-hidden="true">" *"</span> })}
            </label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=format!("{id}-hinweis")>
                            {h}
                        </p>
                    }
                })}
            <textarea
                id=id.clone()
                name=name
                rows=rows
                required=required
                aria-invalid=invalid
                aria-describedby=describedby
            >
                {value}
            </textarea>
            <FieldMessage id=id error />
        </div>
    }
}

/// The list of errors above a form, each linked to its field. It takes focus when the page
/// shows it, so a screen reader announces it first (B23).
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let i18n = use_i18n();
    let list = errors;
    if list.is_empty() {
        return None;
    }
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    Some(view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=node id="fehler" autofocus>
            <h2>{t!(i18n, form.error_title)}</h2>
            <ul>
                {list
                    .into_iter()
                    .map(|e| {
                        view! {
                            <li>
                                <a href=format!("#{}", e.field) rel="external">
                                    {e.message}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    })
}

/// The note "Mit * markierte Felder sind Pflichtfelder", before a form.
#[component]
pub fn RequiredNote() -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class="muted">{t!(i18n, form.required_note)}</p> }
}

/// The message for `?fehler=…` or `?hinweis=…` in the address: what happened to the last post.
#[component]
pub fn PostOutcome() -> impl IntoView {
    let query = use_query_map();
    let (error, notice) = query.with_untracked(|q| {
        (q.get("fehler").unwrap_or_default(), q.get("hinweis").unwrap_or_default())
    });
    let locale = crate::i18n::locale();
    let error_text = match error.as_str() {
        "" => None,
        "401" => Some(td_string!(locale, form.error_401).to_string()),
        "403" => Some(td_string!(locale, form.error_403).to_string()),
        "404" => Some(td_string!(locale, form.error_404).to_string()),
        "409" => Some(td_string!(locale, form.error_409).to_string()),
        "link" => Some(td_string!(locale, form.error_link).to_string()),
        "konto" => Some(td_string!(locale, form.error_account).to_string()),
        "doppelt" => Some(td_string!(locale, form.error_doppelt).to_string()),
        "lang" => Some(td_string!(locale, form.error_lang).to_string()),
        "bedarf" => Some(td_string!(locale, form.error_need_gone).to_string()),
        "400" => Some(td_string!(locale, form.error_400).to_string()),
        _ => Some(td_string!(locale, form.error_500).to_string()),
    };
    let notice_text = match notice.as_str() {
        "bestaetigt" => Some(td_string!(locale, form.notice_confirmed).to_string()),
        "eingereicht" => Some(td_string!(locale, form.notice_submitted).to_string()),
        "erneut" => Some(td_string!(locale, form.notice_resubmitted).to_string()),
        "passwort" => Some(td_string!(locale, form.notice_password).to_string()),
        "moderation" => Some(td_string!(locale, form.notice_moderator).to_string()),
        "gespeichert" => Some(td_string!(locale, form.notice_saved).to_string()),
        "zur-pruefung" => Some(td_string!(locale, form.notice_in_review).to_string()),
        "veroeffentlicht" => Some(td_string!(locale, form.notice_published).to_string()),
        "zurueckgezogen" => Some(td_string!(locale, form.notice_withdrawn).to_string()),
        "angebot" => Some(td_string!(locale, form.notice_offer).to_string()),
        "angenommen" => Some(td_string!(locale, form.notice_accepted).to_string()),
        "abgelehnt" => Some(td_string!(locale, form.notice_declined).to_string()),
        "eingeladen" => Some(td_string!(locale, form.notice_invited).to_string()),
        "mitinitiator" => Some(td_string!(locale, form.notice_co).to_string()),
        _ => None,
    };
    view! {
        {error_text
            .map(|m| {
                view! {
                    <div class="problem" role="alert">
                        <p>{m}</p>
                    </div>
                }
            })}
        {notice_text
            .map(|m| {
                view! {
                    <div class="notice" role="status">
                        <p>{m}</p>
                    </div>
                }
            })}
    }
}
