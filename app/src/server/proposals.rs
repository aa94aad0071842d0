//! The application form: showing it, storing a submission exactly once, confirming a
//! proposer's address, and sending a revised submission back to the queue.

use chrono::{Duration, Utc};
use db::accounts::{self, Person, TokenFor};
use db::entity::submission;
use db::submissions::{self, NewSubmission};
use domain::proposal::{FieldError, ProposalForm};
use domain::proposal_check::{self, Checked};
use domain::{Role, SubmissionState, TokenPurpose, secret};
use serde::{Deserialize, Serialize};

use super::words::{field_error, field_errors};
use super::{AppState, forms, internal, mails, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::Term;
use crate::wire::account::{MySubmission, ProposalPage};

/// How long an unconfirmed submission waits for its confirmation.
fn unconfirmed_lifetime() -> Duration {
    Duration::days(14)
}

/// A form faster than this is a bot's (B26); it is dropped without a word.
const MIN_FILL_SECONDS: i64 = 2;

/// The draft of an application form with errors.
#[derive(Serialize, Deserialize)]
struct ProposalDraft {
    form: ProposalForm,
    errors: Vec<FieldError>,
    form_token: String,
}

/// A new one-time form token: when the form was shown, and a random part.
fn new_form_token() -> String {
    format!("{}.{}", Utc::now().timestamp(), secret::new_token())
}

/// Seconds since the form with this token was shown; `None` for a token the server did not
/// make.
fn form_age(token: &str) -> Option<i64> {
    let (shown, random) = token.split_once('.')?;
    let shown: i64 = shown.parse().ok()?;
    (random.len() == 64 && random.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| Utc::now().timestamp() - shown)
}

/// The form page: empty, a draft with its errors, or the proposer's own submission to revise.
pub async fn page(
    state: &AppState,
    draft: &str,
    revise: Option<i32>,
) -> Result<ProposalPage, AppError> {
    let person = session::current(state).await?;
    let mut page = empty_page(state);
    page.me = person.as_ref().map(|p| p.account.name.clone());
    if let Some(id) = revise {
        let person = person.as_ref().ok_or(AppError::Unauthorized)?;
        let row = own_in_query(state, person, id).await?;
        page.form = serde_json::from_str(&row.form).unwrap_or_default();
        page.question = last_message(state, id).await?;
        page.revising = Some(id);
    }
    if let Some(kept) = forms::load::<ProposalDraft>(state, "einreichen", draft).await? {
        page.form = kept.form;
        page.errors = kept.errors;
        page.form_token = kept.form_token;
    }
    Ok(page)
}

/// An empty form with a fresh token and the instance's categories and districts.
pub fn empty_page(state: &AppState) -> ProposalPage {
    ProposalPage {
        form_token: new_form_token(),
        categories: state.instance.categories.iter().map(term).collect(),
        districts: state.instance.districts.iter().map(term).collect(),
        ..Default::default()
    }
}

/// An instance term for the browser.
fn term(t: &domain::instance::Term) -> Term {
    Term { key: t.key.clone(), name: t.name.clone() }
}

/// What the application form sent, besides a file.
pub struct Sent {
    /// The fields as typed.
    pub form: ProposalForm,
    /// The one-time token the form page made.
    pub form_token: String,
    /// The hidden field only bots fill.
    pub honeypot: String,
    /// The own submission being revised, if any.
    pub revise: Option<i32>,
}

/// Stores a submission, or sends the form back with its errors. The form token makes a
/// reload, a double click or a replayed post store nothing new (B05); the honeypot and a
/// minimum fill time drop naive bots quietly (B26). A screenshot that passes its checks is
/// kept even when other fields send the form back, so it need not be chosen again.
pub async fn submit(
    state: &AppState,
    sent: Sent,
    screenshot: Option<&super::upload::Upload>,
) -> Result<String, AppError> {
    let Sent { mut form, form_token, honeypot, revise } = sent;
    let done = "/hinweis/eingereicht";
    let Some(age) = form_age(&form_token) else {
        return Err(AppError::BadRequest(td_string!(Locale::de, problem.form_invalid).to_string()));
    };
    if !honeypot.is_empty() || age < MIN_FILL_SECONDS {
        tracing::warn!(age, "A submission looked automated and was dropped.");
        return Ok(done.into());
    }
    let mut upload_error = None;
    if let Some(upload) = screenshot {
        match super::upload::store_screenshot(state, upload).await? {
            Ok(key) => form.screenshot = key,
            Err(problem) => upload_error = Some(field_error("screenshot", &problem)),
        }
    }
    let person = session::current(state).await?;
    let checked = proposal_check::check(&form, &state.instance, person.is_none());
    let errors = match (&checked, upload_error) {
        (Ok(_), None) => Vec::new(),
        (Ok(_), Some(upload)) => vec![upload],
        (Err(errors), upload) => field_errors(errors.clone()).into_iter().chain(upload).collect(),
    };
    if !errors.is_empty() {
        let page = revise.map_or("/einreichen".to_string(), |id| format!("/einreichen?zu={id}"));
        let draft = ProposalDraft { form, errors, form_token };
        return forms::keep(state, "einreichen", &page, &draft).await;
    }
    let Ok(checked) = checked else { return Err(AppError::Internal) };
    let json = serde_json::to_string(&form).map_err(|_| AppError::Internal)?;
    match (revise, person) {
        (Some(id), Some(person)) => resubmit(state, &person, id, json).await,
        (Some(_), None) => Err(AppError::Unauthorized),
        (None, Some(person)) => submit_as(state, &person, &form_token, json).await,
        (None, None) => submit_unconfirmed(state, checked, &form_token, json).await,
    }
}

/// A logged-in proposer's submission goes straight into the queue.
async fn submit_as(
    state: &AppState,
    person: &Person,
    token: &str,
    json: String,
) -> Result<String, AppError> {
    let new = NewSubmission {
        form_token: token.into(),
        state: SubmissionState::Submitted,
        account_id: Some(person.account.id),
        contact_name: person.account.name.clone(),
        contact_email: person.account.email.clone(),
        contact_organisation: None,
        form: json,
        expires_at: None,
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a submission"))?;
    if let Some(id) =
        submissions::insert_once(&tx, new).await.map_err(internal("store a submission"))?
    {
        submissions::record(
            &tx,
            id,
            Some(person.account.id),
            "status",
            Some(SubmissionState::Submitted),
            "",
        )
        .await
        .map_err(internal("record a submission"))?;
        tell_moderators(state, &tx, id).await?;
        tracing::info!(submission_id = id, "A submission entered the queue.");
    }
    tx.commit().await.map_err(internal("commit a submission"))?;
    Ok("/hinweis/eingereicht".into())
}

/// A visitor's submission waits until its address is confirmed by link.
async fn submit_unconfirmed(
    state: &AppState,
    checked: Checked,
    token: &str,
    json: String,
) -> Result<String, AppError> {
    let Some(contact) = checked.contact else { return Err(AppError::Internal) };
    let new = NewSubmission {
        form_token: token.into(),
        state: SubmissionState::EmailUnconfirmed,
        account_id: None,
        contact_name: contact.name,
        contact_email: contact.email.clone(),
        contact_organisation: contact.organisation,
        form: json,
        expires_at: Some(Utc::now() + unconfirmed_lifetime()),
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a submission"))?;
    if let Some(id) =
        submissions::insert_once(&tx, new).await.map_err(internal("store a submission"))?
    {
        let link = secret::new_token();
        let target = TokenFor { account_id: None, submission_id: Some(id), offer_id: None };
        accounts::issue_token(
            &tx,
            &secret::token_hash(&link),
            TokenPurpose::ConfirmSubmission,
            target,
            unconfirmed_lifetime(),
        )
        .await
        .map_err(internal("issue a submission link"))?;
        db::outbox::enqueue(&tx, &mails::confirm_submission(state, &contact.email, id, &link))
            .await
            .map_err(internal("queue a confirmation mail"))?;
        tracing::info!(submission_id = id, "A submission waits for its address to be confirmed.");
    }
    tx.commit().await.map_err(internal("commit a submission"))?;
    Ok("/hinweis/bestaetigen".into())
}

/// Confirms a proposer's address by link: creates or links their account, moves the
/// submission into the queue and logs them in.
pub async fn confirm(state: &AppState, token: &str) -> Result<String, AppError> {
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a confirmation"))?;
    let used =
        accounts::use_token(&tx, &secret::token_hash(token), TokenPurpose::ConfirmSubmission)
            .await
            .map_err(internal("use a submission link"))?;
    let Some(id) = used.and_then(|t| t.submission_id) else {
        return Ok("/bestaetigen?fehler=link".into());
    };
    let row = submissions::by_id(&tx, id)
        .await
        .map_err(internal("load a submission"))?
        .ok_or(AppError::NotFound)?;
    let account = match accounts::by_email(&tx, &row.contact_email)
        .await
        .map_err(internal("look up an address"))?
    {
        Some(found) => found,
        None => {
            accounts::create(&tx, &row.contact_name, &row.contact_email, None, Some(Utc::now()))
                .await
                .map_err(internal("create a proposer's account"))?
        }
    };
    accounts::confirm_email(&tx, account.id).await.map_err(internal("confirm an address"))?;
    submissions::update(&tx, id, Some(account.id), None, None)
        .await
        .map_err(internal("link a submission"))?;
    let moved = submissions::change_state(
        &tx,
        id,
        &[SubmissionState::EmailUnconfirmed],
        SubmissionState::Submitted,
        Some(account.id),
        "",
    )
    .await
    .map_err(internal("queue a confirmed submission"))?;
    if moved {
        tell_moderators(state, &tx, id).await?;
    }
    tx.commit().await.map_err(internal("commit a confirmation"))?;
    tracing::info!(submission_id = id, account_id = account.id, "A submission was confirmed.");
    session::start(state, account.id).await?;
    Ok("/konto?hinweis=eingereicht".into())
}

/// Sends a revised submission back to the queue.
async fn resubmit(
    state: &AppState,
    person: &Person,
    id: i32,
    json: String,
) -> Result<String, AppError> {
    own_in_query(state, person, id).await?;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a resubmission"))?;
    submissions::update(&tx, id, None, Some(json), None)
        .await
        .map_err(internal("store a revision"))?;
    let moved = submissions::change_state(
        &tx,
        id,
        &[SubmissionState::Query],
        SubmissionState::Submitted,
        Some(person.account.id),
        "",
    )
    .await
    .map_err(internal("requeue a submission"))?;
    if moved {
        tell_moderators(state, &tx, id).await?;
    }
    tx.commit().await.map_err(internal("commit a resubmission"))?;
    Ok("/konto?hinweis=erneut".into())
}

/// The person's own submission `id`, which must wait for their revision.
async fn own_in_query(
    state: &AppState,
    person: &Person,
    id: i32,
) -> Result<submission::Model, AppError> {
    let row = submissions::by_id(&state.db, id)
        .await
        .map_err(internal("load a submission"))?
        .ok_or(AppError::NotFound)?;
    if row.account_id != Some(person.account.id) {
        return Err(AppError::Forbidden);
    }
    if row.state != SubmissionState::Query.key() {
        return Err(AppError::BadRequest(
            td_string!(Locale::de, problem.no_revision_awaited).to_string(),
        ));
    }
    Ok(row)
}

/// Mails every moderator and admin that submission `id` waits in the queue.
pub(crate) async fn tell_moderators(
    state: &AppState,
    tx: &impl db::ConnectionTrait,
    id: i32,
) -> Result<(), AppError> {
    let mut to =
        accounts::holders_of(tx, Role::Moderator).await.map_err(internal("list moderators"))?;
    to.extend(accounts::holders_of(tx, Role::Admin).await.map_err(internal("list admins"))?);
    to.sort_by_key(|a| a.id);
    to.dedup_by_key(|a| a.id);
    for moderator in to {
        db::outbox::enqueue(tx, &mails::new_in_queue(state, &moderator.email, id))
            .await
            .map_err(internal("queue a moderator mail"))?;
    }
    Ok(())
}

/// The last message the steering group sent with a change of state, if any.
async fn last_message(state: &AppState, id: i32) -> Result<Option<String>, AppError> {
    let history = submissions::history(&state.db, id).await.map_err(internal("load a history"))?;
    Ok(history
        .into_iter()
        .rev()
        .find(|e| e.kind == "status" && !e.message.is_empty())
        .map(|e| e.message))
}

/// One of the person's submissions as their account page shows it.
pub async fn mine(state: &AppState, row: submission::Model) -> Result<MySubmission, AppError> {
    let form: ProposalForm = serde_json::from_str(&row.form).unwrap_or_default();
    let slug = match row.project_id {
        Some(project) => {
            db::project::slug_of(&state.db, project).await.map_err(internal("find a slug"))?
        }
        None => None,
    };
    Ok(MySubmission {
        id: row.id,
        name: form.name,
        state: SubmissionState::from_key(&row.state).unwrap_or(SubmissionState::Submitted),
        updated: super::words::date_time(row.updated_at),
        message: last_message(state, row.id).await?,
        slug,
    })
}
