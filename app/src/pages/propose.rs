//! `/einreichen`: the application form. A plain multipart form posted to
//! `/api/einreichen`, with JavaScript and without; errors come back beside their fields with
//! everything typed kept (`?entwurf=…`), and `?zu={id}` revises an own submission after a
//! "Rückfrage".

use domain::proposal::{CRITERIA, error_for};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::get_proposal_page;
use crate::components::form::{ErrorSummary, FieldMessage, PostOutcome, RequiredNote};
use crate::components::problem::Problem;
use crate::error::AppError;
use crate::i18n::*;
use crate::labels;
use crate::pages::meta::PageMeta;
use crate::pages::propose_fields::{NeedsFields, ProfileFields};
use crate::wire::account::ProposalPage;

/// The application form page.
#[component]
pub fn ProposePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let key = move || {
        query.with(|q| {
            (q.get("entwurf").unwrap_or_default(), q.get("zu").and_then(|z| z.parse().ok()))
        })
    };
    let page = Resource::new(key, |(draft, revise)| get_proposal_page(draft, revise));
    let locale = crate::i18n::locale();
    view! {
        <PageMeta
            title=td_string!(locale, propose.title).to_string()
            description=td_string!(locale, propose.lead).to_string()
            canonical="/einreichen".to_string()
        />
        <h1>{t!(i18n, propose.title)}</h1>
        <p class="lead">{t!(i18n, propose.lead)}</p>
        <PostOutcome />
        <Suspense>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <ProposalForm p /> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! {
                            <p>
                                <a class="button" href="/anmelden?weiter=/konto">
                                    {t!(i18n, account.login_first)}
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <Problem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The form itself.
#[component]
fn ProposalForm(p: ProposalPage) -> impl IntoView {
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let errors = p.errors.clone();
    let err = move |field: &str| error_for(&errors, field).map(str::to_string);
    let question = p.question.clone().map(|q| {
        view! {
            <div class="notice" role="status">
                <h2>{t!(i18n, propose.question)}</h2>
                <p>{q}</p>
            </div>
        }
    });
    let criteria_error = err("criterion");
    let consent_error = err("privacy_consent");
    let contact = p.me.is_none().then(|| view! { <ContactFields p=p.clone() /> });
    let signed_in = p.me.clone().map(|name| {
        view! { <p class="muted">{td_string!(locale, propose.as_user, name = name)}</p> }
    });
    let revising = p.revising.map(|id| view! { <input type="hidden" name="zu" value=id /> });
    view! {
        {question}
        <ErrorSummary errors=p.errors.clone() />
        <RequiredNote />
        <form
            method="post"
            action="/api/einreichen"
            enctype="multipart/form-data"
            class="stack proposal"
            novalidate
        >
            <input type="hidden" name="formular" value=p.form_token.clone() />
            {revising}
            <div class="honeypot" aria-hidden="true">
                <label for="website">{t!(i18n, project.website)}</label>
                <input type="text" id="website" name="website" tabindex="-1" autocomplete="off" />
            </div>
            <ProfileFields p=p.clone() />
            <NeedsFields p=p.clone() />
            {signed_in}
            {contact}
            <fieldset
                class="group"
                aria-describedby=criteria_error.as_ref().map(|_| "criterion-fehler")
            >
                <legend id="criterion">
                    {t!(i18n, propose.criteria)} <span aria-hidden="true">" *"</span>
                </legend>
                <p class="hint">{t!(i18n, propose.criteria_hint)}</p>
                {CRITERIA
                    .iter()
                    .map(|key| {
                        let id = format!("criterion-{key}");
                        let checked = p.form.criteria.iter().any(|c| c == key);
                        view! {
                            <label class="check" for=id.clone()>
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    name="criterion"
                                    value=*key
                                    checked=checked
                                />
                                {labels::criterion(key)}
                            </label>
                        }
                    })
                    .collect_view()}
                <FieldMessage id="criterion".to_string() error=criteria_error.clone() />
            </fieldset>
            <div class="field">
                <label class="check" for="privacy_consent">
                    <input
                        type="checkbox"
                        id="privacy_consent"
                        name="privacy_consent"
                        value="ja"
                        required=true
                        checked=p.form.privacy_consent
                        aria-invalid=consent_error.as_ref().map(|_| "true")
                        aria-describedby=consent_error.as_ref().map(|_| "privacy_consent-fehler")
                    />
                    <span>
                        {t!(i18n, propose.consent)} " "
                        <a href="/datenschutz">{t!(i18n, propose.consent_link)}</a>
                        <span aria-hidden="true">" *"</span>
                    </span>
                </label>
                <FieldMessage id="privacy_consent".to_string() error=consent_error />
            </div>
            <button type="submit" class="button">
                {t!(i18n, propose.submit)}
            </button>
        </form>
    }
}

/// Name, address and organisation of a proposer without account.
#[component]
fn ContactFields(p: ProposalPage) -> impl IntoView {
    use crate::components::form::Field;
    let i18n = use_i18n();
    let locale = crate::i18n::locale();
    let errors = p.errors;
    let err = move |field: &str| error_for(&errors, field).map(str::to_string);
    view! {
        <fieldset class="group">
            <legend>{t!(i18n, propose.contact)}</legend>
            <p class="hint">{t!(i18n, propose.contact_hint)}</p>
            <Field
                name="contact_name"
                label=td_string!(locale, auth.name).to_string()
                value=p.form.contact_name.clone()
                required=true
                autocomplete="name"
                error=err("contact_name")
            />
            <Field
                name="contact_email"
                kind="email"
                label=td_string!(locale, auth.email).to_string()
                value=p.form.contact_email.clone()
                required=true
                autocomplete="email"
                hint=td_string!(locale, auth.email_hint).to_string()
                error=err("contact_email")
            />
            <Field
                name="contact_organisation"
                label=td_string!(locale, propose.organisation).to_string()
                value=p.form.contact_organisation.clone()
                autocomplete="organization"
                error=err("contact_organisation")
            />
        </fieldset>
    }
}
