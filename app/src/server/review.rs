//! The steering group's review: the queue, one submission with its checklist and history,
//! comments, and the decisions that publish, ask back or reject.

use db::accounts::{self, Person};
use db::submissions;
use domain::proposal::{FieldError, ProposalForm};
use domain::seed::SeedProject;
use domain::{NeedState, Pillar, PillarSummary, Role, SubmissionState};

use super::words::{changes, num, say};
use super::{AppState, forms, internal, mails, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::ProjectDetail;
use crate::wire::account::FormDraft;
use crate::wire::review::{HistoryEntry, Queue, QueueItem, Review};
use crate::wire::{NeedView, PillarView};

/// Longest comment or message, in characters.
const MESSAGE_MAX: usize = 5_000;

/// The person logged in, who must moderate.
pub async fn moderator(state: &AppState) -> Result<Person, AppError> {
    let person = session::required(state).await?;
    if !person.may(Role::Moderator) {
        tracing::warn!(account_id = person.account.id, "Refused moderation to a non-moderator.");
        return Err(AppError::Forbidden);
    }
    Ok(person)
}

/// The queue of submissions in `state_key` (default: eingereicht), oldest first.
pub async fn queue(state: &AppState, state_key: &str) -> Result<Queue, AppError> {
    let person = moderator(state).await?;
    let shown = SubmissionState::from_key(state_key).unwrap_or(SubmissionState::Submitted);
    let counts = submissions::counts(&state.db).await.map_err(internal("count submissions"))?;
    let rows =
        submissions::in_state(&state.db, shown).await.map_err(internal("list submissions"))?;
    let items = rows
        .into_iter()
        .map(|row| QueueItem {
            id: row.id,
            name: queue_name(&row),
            proposer: row.contact_name,
            created: super::words::date_time(row.created_at),
        })
        .collect();
    Ok(Queue { state: shown, counts, items, can_appoint: person.roles.contains(&Role::Admin) })
}

/// The kind of the drafts of refused comments and decisions.
const DRAFT: &str = "moderation";

/// One submission with the profile as it would be published, the checklist and the history;
/// `draft` names a refused comment or decision to show again.
pub async fn review(state: &AppState, id: i32, draft: &str) -> Result<Review, AppError> {
    moderator(state).await?;
    let draft = forms::load(state, DRAFT, draft).await?.unwrap_or_default();
    let row = submissions::by_id(&state.db, id)
        .await
        .map_err(internal("load a submission"))?
        .ok_or(AppError::NotFound)?;
    let form: ProposalForm = serde_json::from_str(&row.form).unwrap_or_default();
    let (preview, problems) = match domain::proposal_check::check(&form, &state.instance, false) {
        Ok(checked) => {
            let mut detail = preview(state, &checked.profile);
            if !form.screenshot.is_empty() {
                detail.screenshot_url = Some(format!("/{}", db::images::path_of(&form.screenshot)));
            }
            (Some(detail), Vec::new())
        }
        Err(errors) => (None, errors.iter().map(|e| say(&e.problem)).collect()),
    };
    let events = submissions::history(&state.db, id).await.map_err(internal("load a history"))?;
    let mut history = Vec::with_capacity(events.len());
    for event in events {
        let who = match event.account_id {
            Some(account) => accounts::person(&state.db, account)
                .await
                .map_err(internal("name an actor"))?
                .map(|p| p.account.name),
            None => None,
        };
        history.push(HistoryEntry {
            when: super::words::date_time(event.created_at),
            who: who.unwrap_or_else(|| td_string!(Locale::de, edit.version_by_system).into()),
            state: event.state.as_deref().and_then(SubmissionState::from_key),
            message: event.message,
        });
    }
    let slug = match row.project_id {
        Some(project) => {
            db::project::slug_of(&state.db, project).await.map_err(internal("find a slug"))?
        }
        None => None,
    };
    let changes = match (row.form_token.starts_with(super::editing::CHANGE_PREFIX), row.project_id)
    {
        (true, Some(project_id)) => {
            let current = db::project::by_id(&state.db, project_id)
                .await
                .map_err(internal("load a project"))?;
            let districts = db::editing::districts_of(&state.db, project_id)
                .await
                .map_err(internal("load districts"))?;
            current.map(|p| {
                let before = super::editing::form_of(&p, districts);
                changes(domain::proposal_diff::diff(&before, &form), &state.instance)
            })
        }
        _ => None,
    };
    let proposer = match &row.contact_organisation {
        Some(org) => format!("{} ({org})", row.contact_name),
        None => row.contact_name.clone(),
    };
    Ok(Review {
        id,
        state: SubmissionState::from_key(&row.state).unwrap_or(SubmissionState::Submitted),
        proposer,
        preview,
        problems,
        licence_check: domain::licence::judge(&form.licence).map_err(|p| say(&p)),
        confirmed: form.criteria,
        history,
        slug,
        changes,
        draft,
    })
}

/// Sends a refused comment or decision back to the page with its text and the reason.
async fn refuse(
    state: &AppState,
    id: i32,
    field: &str,
    typed: &str,
    message: String,
) -> Result<String, AppError> {
    let draft = FormDraft {
        values: [(field.to_string(), typed.to_string())].into_iter().collect(),
        errors: vec![FieldError { field: field.into(), message }],
    };
    forms::keep(state, DRAFT, &format!("/moderation/{id}"), &draft).await
}

/// Adds an internal comment, seen by moderators only.
pub async fn comment(state: &AppState, id: i32, text: &str) -> Result<String, AppError> {
    let person = moderator(state).await?;
    let text = match checked_message(text, true) {
        Ok(text) => text,
        Err(message) => return refuse(state, id, "comment", text, message).await,
    };
    submissions::by_id(&state.db, id)
        .await
        .map_err(internal("load a submission"))?
        .ok_or(AppError::NotFound)?;
    submissions::record(&state.db, id, Some(person.account.id), "kommentar", None, &text)
        .await
        .map_err(internal("store a comment"))?;
    Ok(format!("/moderation/{id}"))
}

/// A decision on a submission: `pruefen` (take into review), `rueckfrage`, `annehmen`,
/// `ablehnen`. A query and a rejection need a message; each change mails the proposer.
pub async fn decide(
    state: &AppState,
    id: i32,
    decision: &str,
    message: &str,
) -> Result<String, AppError> {
    let person = moderator(state).await?;
    let (to, needs_message) = match decision {
        "pruefen" => (SubmissionState::InReview, false),
        "rueckfrage" => (SubmissionState::Query, true),
        "annehmen" => (SubmissionState::Accepted, false),
        "ablehnen" => (SubmissionState::Rejected, true),
        _ => {
            return Err(AppError::BadRequest(
                td_string!(Locale::de, problem.unknown_decision).to_string(),
            ));
        }
    };
    let message = match checked_message(message, needs_message) {
        Ok(message) => message,
        Err(said) => return refuse(state, id, "message", message, said).await,
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a decision"))?;
    let row = submissions::by_id(&tx, id)
        .await
        .map_err(internal("load a submission"))?
        .ok_or(AppError::NotFound)?;
    let from = [SubmissionState::Submitted, SubmissionState::InReview];
    if !submissions::change_state(&tx, id, &from, to, Some(person.account.id), &message)
        .await
        .map_err(internal("change a submission's state"))?
    {
        return Ok(forms::with_param(&format!("/moderation/{id}"), "fehler", "409"));
    }
    let is_change = row.form_token.starts_with(super::editing::CHANGE_PREFIX);
    if to == SubmissionState::Accepted {
        match (is_change, row.project_id) {
            (true, Some(project_id)) => {
                let form: ProposalForm =
                    serde_json::from_str(&row.form).map_err(|_| AppError::Internal)?;
                super::editing::apply_accepted(state, &tx, project_id, &form, person.account.id)
                    .await?;
            }
            _ => publish(state, &tx, &row, person.account.id).await?,
        }
    }
    // A deleted account left no address to tell.
    if !row.contact_email.is_empty() {
        db::outbox::enqueue(
            &tx,
            &mails::state_changed(state, &row.contact_email, id, to, &message),
        )
        .await
        .map_err(internal("queue a decision mail"))?;
    }
    tx.commit().await.map_err(internal("commit a decision"))?;
    tracing::info!(
        submission_id = id,
        state = to.key(),
        account_id = person.account.id,
        "A submission was decided."
    );
    Ok(format!("/moderation/{id}"))
}

/// Publishes an accepted submission with its proposer as initiator.
async fn publish(
    state: &AppState,
    tx: &impl db::ConnectionTrait,
    row: &db::entity::submission::Model,
    actor: i32,
) -> Result<(), AppError> {
    let form: ProposalForm = serde_json::from_str(&row.form).map_err(|_| AppError::Internal)?;
    let checked =
        domain::proposal_check::check(&form, &state.instance, false).map_err(|errors| {
            let first = errors.first().map(|e| say(&e.problem)).unwrap_or_default();
            AppError::BadRequest(
                td_string!(Locale::de, problem.proposal_breaks_rules, first = first).to_string(),
            )
        })?;
    db::dialect::lock_slugs(tx).await.map_err(internal("lock the slugs"))?;
    let (project_id, slug) = db::project::publish(
        tx,
        &checked.profile,
        &state.instance.default_district,
        row.account_id,
    )
    .await
    .map_err(internal("publish a project"))?;
    if let Some(account) = row.account_id {
        accounts::grant(tx, account, Role::Initiator)
            .await
            .map_err(internal("make an initiator"))?;
    }
    submissions::update(tx, row.id, None, None, Some(project_id))
        .await
        .map_err(internal("link the project"))?;
    if !form.screenshot.is_empty() {
        db::images::set_project_screenshot(tx, project_id, Some(&form.screenshot))
            .await
            .map_err(internal("set a screenshot"))?;
    }
    let note = td_string!(Locale::de, edit.version_published);
    db::editing::record_version(tx, project_id, Some(actor), row.form.clone(), note)
        .await
        .map_err(internal("keep the first version"))?;
    tracing::info!(submission_id = row.id, project_id, %slug, "A submission was published.");
    Ok(())
}

/// A trimmed message within its limit; required for queries, rejections and comments. The
/// error is the message shown beside the field.
fn checked_message(raw: &str, required: bool) -> Result<String, String> {
    let text = raw.trim();
    if required && text.is_empty() {
        return Err(td_string!(Locale::de, problem.message_required).to_string());
    }
    let count = text.chars().count();
    if count > MESSAGE_MAX {
        let (max, count) = (num(MESSAGE_MAX), num(count));
        return Err(
            td_string!(Locale::de, problem.message_too_long, max = max, count = count).to_string()
        );
    }
    Ok(text.to_string())
}

/// Gives the account with this address the moderator role (admins only).
pub async fn make_moderator(state: &AppState, email: &str) -> Result<String, AppError> {
    let person = session::required(state).await?;
    if !person.roles.contains(&Role::Admin) {
        return Err(AppError::Forbidden);
    }
    let address =
        domain::account::normalise_email(email).map_err(|p| AppError::BadRequest(say(&p)))?;
    let Some(account) =
        accounts::by_email(&state.db, &address).await.map_err(internal("look up an address"))?
    else {
        return Ok("/moderation?fehler=konto".into());
    };
    accounts::grant(&state.db, account.id, Role::Moderator)
        .await
        .map_err(internal("make a moderator"))?;
    tracing::info!(account_id = account.id, by = person.account.id, "A moderator was appointed.");
    Ok("/moderation?hinweis=moderation".into())
}

/// The profile as the project page would show it, from a checked form.
fn preview(state: &AppState, p: &SeedProject) -> ProjectDetail {
    let pillars = Pillar::ALL
        .iter()
        .map(|pillar| {
            let needs: Vec<NeedView> = p
                .needs
                .iter()
                .filter(|n| n.pillar == *pillar)
                .map(|n| NeedView {
                    id: 0,
                    title: n.title.clone(),
                    description: n.description.clone(),
                    state: NeedState::Open,
                    pate: None,
                    pate_unnamed: false,
                    skills: Vec::new(),
                    effort: None,
                    newcomer: false,
                })
                .collect();
            let summary =
                PillarSummary::of(needs.iter().map(|n| n.state), p.no_need.contains(pillar));
            PillarView { pillar: *pillar, summary, needs }
        })
        .collect();
    let licence = domain::licence::read(&p.licence);
    ProjectDetail {
        slug: domain::slugify(&p.name),
        name: p.name.clone(),
        teaser: p.teaser.clone(),
        description_html: domain::markdown::render(&p.description),
        screenshot_url: None,
        status: p.status,
        category: super::catalogue::category_name(state, &p.category),
        kind: p.kind,
        origin: p.origin.clone(),
        start_month: p.start_month.as_deref().and_then(super::words::month),
        complexity: p.complexity,
        technologies: p.technologies.clone(),
        licence_open: licence.as_ref().is_some_and(|l| l.open_source),
        licence: licence.map(|l| l.expression),
        repository_url: p.repository_url.clone(),
        project_url: p.project_url.clone(),
        info_url: None,
        deployment: p.deployment,
        yearly_costs: p
            .yearly_costs_eur
            .and_then(|c| i32::try_from(c).ok())
            .map(super::project::euros),
        updated: domain::time::date_de(chrono::Utc::now()),
        districts: districts_shown(state, &p.districts),
        pillars,
    }
}

/// The districts' names as the published project will show them: none chosen means the
/// instance's default place, which publishing stores.
fn districts_shown(state: &AppState, keys: &[String]) -> Vec<String> {
    let default = [state.instance.default_district.clone()];
    let keys = if keys.is_empty() { &default[..] } else { keys };
    keys.iter().map(|k| state.instance.district(k).map_or(k.clone(), |t| t.name.clone())).collect()
}

/// The name a queue shows: the project's, marked when the submission changes a published one.
fn queue_name(row: &db::entity::submission::Model) -> String {
    let name = serde_json::from_str::<ProposalForm>(&row.form).map(|f| f.name).unwrap_or_default();
    if row.form_token.starts_with(super::editing::CHANGE_PREFIX) {
        td_string!(Locale::de, moderation.queue_change, name = name).to_string()
    } else {
        name
    }
}
