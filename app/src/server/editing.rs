//! Editing a published project. Initiators change status, links and the other facts at once;
//! name, teaser, description, licence and repository go back to the steering group while the
//! approved version stays public (B24). Moderators' changes apply at once. A save over a newer
//! version is refused (B16), and every version is kept.

use chrono::{DateTime, SecondsFormat, Utc};
use db::accounts::Person;
use db::editing;
use db::entity::project;
use db::submissions::{self, NewSubmission};
use domain::proposal::{CRITERIA, FieldError, NeedInput, ProposalForm};
use domain::{Role, SubmissionState};
use serde::{Deserialize, Serialize};

use super::words::{changes, field_error, field_errors, say};
use super::{AppState, forms, internal, session};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::review::{EditPage, VersionView};

/// Marks the form token of a submission that changes an existing project.
pub const CHANGE_PREFIX: &str = "aenderung:";

/// An edit form with errors, kept as typed.
#[derive(Serialize, Deserialize)]
struct EditDraft {
    form: ProposalForm,
    errors: Vec<FieldError>,
    seen: String,
}

/// The project's profile as the form shows it.
pub fn form_of(p: &project::Model, districts: Vec<String>) -> ProposalForm {
    ProposalForm {
        name: p.name.clone(),
        teaser: p.teaser.clone(),
        description: p.description.clone(),
        category: p.category.clone(),
        kind: p.kind.clone(),
        status: p.status.clone(),
        origin: p.origin.clone(),
        start_month: p.start_month.clone().unwrap_or_default(),
        complexity: p.complexity.clone().unwrap_or_default(),
        technologies: p.technologies.lines().collect::<Vec<_>>().join(", "),
        licence: p.licence.clone().unwrap_or_default(),
        repository_url: p.repository_url.clone(),
        project_url: p.project_url.clone().unwrap_or_default(),
        deployment: p.deployment.clone().unwrap_or_default(),
        yearly_costs: p.yearly_costs_eur.map(|c| c.to_string()).unwrap_or_default(),
        districts,
        screenshot: screenshot_key(p.screenshot_path.as_deref()),
        ..Default::default()
    }
}

/// The image key in a screenshot path `bilder/{key}.jpg`, or empty.
pub fn screenshot_key(path: Option<&str>) -> String {
    path.and_then(|p| p.strip_prefix("bilder/"))
        .and_then(|p| p.strip_suffix(".jpg"))
        .unwrap_or_default()
        .to_string()
}

/// The project `slug` and the person, who must initiate it or moderate.
async fn allowed(state: &AppState, slug: &str) -> Result<(Person, project::Model, bool), AppError> {
    let person = session::required(state).await?;
    let found = editing::by_slug(&state.db, slug).await.map_err(internal("load a project"))?;
    let project = found.ok_or(AppError::NotFound)?;
    let moderator = person.may(Role::Moderator);
    let initiator = editing::is_initiator(&state.db, project.id, person.account.id)
        .await
        .map_err(internal("check an initiator"))?;
    if !moderator && !initiator {
        tracing::warn!(account_id = person.account.id, project_id = project.id, "Refused an edit.");
        return Err(AppError::Forbidden);
    }
    Ok((person, project, moderator))
}

/// The edit page: current values or a draft, and for moderators every version.
pub async fn page(state: &AppState, slug: &str, draft: &str) -> Result<EditPage, AppError> {
    let (_, project, moderator) = allowed(state, slug).await?;
    let districts =
        editing::districts_of(&state.db, project.id).await.map_err(internal("load districts"))?;
    let mut form = super::proposals::empty_page(state);
    form.form = form_of(&project, districts);
    let mut seen = stamp(project.updated_at);
    if let Some(kept) = forms::load::<EditDraft>(state, "bearbeiten", draft).await? {
        form.form = kept.form;
        form.errors = kept.errors;
        seen = kept.seen;
    }
    let versions = if moderator { versions(state, project.id).await? } else { Vec::new() };
    Ok(EditPage {
        slug: project.slug,
        name: project.name,
        form,
        seen,
        moderator,
        published: project.published,
        versions,
    })
}

/// The stamp of a save, exact to the digit as stored, so it compares equal on both engines.
fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Saves an edit. Returns where the browser goes next.
pub async fn save(
    state: &AppState,
    slug: &str,
    mut form: ProposalForm,
    seen: &str,
    screenshot: Option<&super::upload::Upload>,
) -> Result<String, AppError> {
    let (person, project, moderator) = allowed(state, slug).await?;
    let page = format!("/projekte/{slug}/bearbeiten");
    // Needs are edited with the partner exchange; the admission was confirmed at submission.
    form.criteria = CRITERIA.iter().map(|c| c.to_string()).collect();
    form.privacy_consent = true;
    for pillar in domain::Pillar::ALL {
        *need_input(&mut form, *pillar) = NeedInput::default();
    }
    let refuse = |form: ProposalForm, errors: Vec<FieldError>, seen: String| async move {
        forms::keep(state, "bearbeiten", &page, &EditDraft { form, errors, seen }).await
    };
    let mut upload_error = None;
    if let Some(upload) = screenshot {
        match super::upload::store_screenshot(state, upload).await? {
            Ok(key) => form.screenshot = key,
            Err(problem) => upload_error = Some(field_error("screenshot", &problem)),
        }
    }
    let checked = match (domain::proposal_check::check(&form, &state.instance, false), upload_error)
    {
        (Ok(checked), None) => checked,
        (Ok(_), Some(upload)) => return refuse(form, vec![upload], seen.to_string()).await,
        (Err(errors), upload) => {
            let errors = field_errors(errors).into_iter().chain(upload).collect();
            return refuse(form, errors, seen.to_string()).await;
        }
    };
    let Ok(seen_at) = DateTime::parse_from_rfc3339(seen).map(|t| t.with_timezone(&Utc)) else {
        return Err(AppError::BadRequest(
            td_string!(Locale::de, problem.form_incomplete).to_string(),
        ));
    };
    let districts =
        editing::districts_of(&state.db, project.id).await.map_err(internal("load districts"))?;
    let before = form_of(&project, districts);
    let substantive = domain::proposal_diff::diff(&before, &form)
        .iter()
        .any(|c| ["name", "teaser", "description", "licence", "repository_url"].contains(&c.field));
    let direct = moderator || !substantive;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an edit"))?;
    let changes = editing::changes(&checked.profile, &project, direct);
    if !editing::update_if_unchanged(&tx, project.id, seen_at, changes)
        .await
        .map_err(internal("save an edit"))?
    {
        drop(tx);
        let message = td_string!(Locale::de, problem.edit_conflict).to_string();
        let conflict = FieldError { field: "stand".into(), message };
        return refuse(form, vec![conflict], stamp(project.updated_at)).await;
    }
    editing::set_districts(&tx, project.id, &form.districts, &state.instance.default_district)
        .await
        .map_err(internal("save districts"))?;
    if form.screenshot != before.screenshot {
        let key = (!form.screenshot.is_empty()).then_some(form.screenshot.as_str());
        db::images::set_project_screenshot(&tx, project.id, key)
            .await
            .map_err(internal("set a screenshot"))?;
    }
    let json = serde_json::to_string(&form).map_err(|_| AppError::Internal)?;
    // The note is stored with the version, so it stays in the language it was written in.
    let note = if direct {
        td_string!(Locale::de, edit.version_changed)
    } else {
        td_string!(Locale::de, edit.version_changed_for_review)
    };
    editing::record_version(&tx, project.id, Some(person.account.id), json.clone(), note)
        .await
        .map_err(internal("keep a version"))?;
    if !direct {
        queue_change(state, &tx, &person, project.id, json).await?;
    }
    tx.commit().await.map_err(internal("commit an edit"))?;
    tracing::info!(project_id = project.id, direct, "A project was edited.");
    let notice = if direct { "gespeichert" } else { "zur-pruefung" };
    Ok(format!("{}?hinweis={notice}", crate::wire::project_path(slug)))
}

/// The need input of one pillar, to clear.
fn need_input(form: &mut ProposalForm, pillar: domain::Pillar) -> &mut NeedInput {
    match pillar {
        domain::Pillar::Content => &mut form.need_inhalt,
        domain::Pillar::Technical => &mut form.need_technik,
        domain::Pillar::Financial => &mut form.need_finanzen,
    }
}

/// Puts a substantive change into the steering group's queue.
async fn queue_change(
    state: &AppState,
    tx: &impl db::ConnectionTrait,
    person: &Person,
    project_id: i32,
    json: String,
) -> Result<(), AppError> {
    let new = NewSubmission {
        form_token: format!("{CHANGE_PREFIX}{}", domain::secret::new_token()),
        state: SubmissionState::Submitted,
        account_id: Some(person.account.id),
        contact_name: person.account.name.clone(),
        contact_email: person.account.email.clone(),
        contact_organisation: None,
        form: json,
        expires_at: None,
    };
    let Some(id) = submissions::insert_once(tx, new).await.map_err(internal("queue a change"))?
    else {
        return Err(AppError::Internal);
    };
    submissions::update(tx, id, None, None, Some(project_id))
        .await
        .map_err(internal("link a change"))?;
    submissions::record(
        tx,
        id,
        Some(person.account.id),
        "status",
        Some(SubmissionState::Submitted),
        "",
    )
    .await
    .map_err(internal("record a change"))?;
    super::proposals::tell_moderators(state, tx, id).await
}

/// Applies an accepted change: only the substantive fields, so later immediate changes stay.
pub async fn apply_accepted(
    state: &AppState,
    tx: &impl db::ConnectionTrait,
    project_id: i32,
    form: &ProposalForm,
    actor: i32,
) -> Result<(), AppError> {
    let checked =
        domain::proposal_check::check(form, &state.instance, false).map_err(|errors| {
            let first = errors.first().map(|e| say(&e.problem)).unwrap_or_default();
            AppError::BadRequest(
                td_string!(Locale::de, problem.change_breaks_rules, first = first).to_string(),
            )
        })?;
    let current = db::project::by_id(tx, project_id)
        .await
        .map_err(internal("load a project"))?
        .ok_or(AppError::NotFound)?;
    let changes = editing::substantive_changes(&checked.profile, &current);
    editing::update_if_unchanged(tx, project_id, current.updated_at, changes)
        .await
        .map_err(internal("apply a change"))?;
    let districts =
        editing::districts_of(tx, project_id).await.map_err(internal("load districts"))?;
    let mut after = form_of(&current, districts);
    after.name = checked.profile.name.clone();
    after.teaser = checked.profile.teaser.clone();
    after.description = checked.profile.description.clone();
    after.licence = checked.profile.licence.clone();
    after.repository_url = checked.profile.repository_url.clone();
    let json = serde_json::to_string(&after).map_err(|_| AppError::Internal)?;
    let note = td_string!(Locale::de, edit.version_change_accepted);
    editing::record_version(tx, project_id, Some(actor), json, note)
        .await
        .map_err(internal("keep a version"))
}

/// Withdraws a project from the catalogue or publishes it again (moderators).
pub async fn set_published(
    state: &AppState,
    slug: &str,
    published: bool,
) -> Result<String, AppError> {
    let (person, project, moderator) = allowed(state, slug).await?;
    if !moderator {
        return Err(AppError::Forbidden);
    }
    let tx = db::begin_write(&state.db).await.map_err(internal("begin a publication change"))?;
    editing::set_published(&tx, project.id, published)
        .await
        .map_err(internal("change publication"))?;
    let districts =
        editing::districts_of(&tx, project.id).await.map_err(internal("load districts"))?;
    let json =
        serde_json::to_string(&form_of(&project, districts)).map_err(|_| AppError::Internal)?;
    let note = if published {
        td_string!(Locale::de, edit.version_republished)
    } else {
        td_string!(Locale::de, edit.version_withdrawn)
    };
    editing::record_version(&tx, project.id, Some(person.account.id), json, note)
        .await
        .map_err(internal("keep a version"))?;
    tx.commit().await.map_err(internal("commit a publication change"))?;
    tracing::info!(project_id = project.id, published, "A project's publication changed.");
    Ok(format!(
        "/projekte/{slug}/bearbeiten?hinweis={}",
        if published { "veroeffentlicht" } else { "zurueckgezogen" }
    ))
}

/// Every version of a project with its changes against the one before, newest first.
async fn versions(state: &AppState, project_id: i32) -> Result<Vec<VersionView>, AppError> {
    let rows = editing::versions(&state.db, project_id).await.map_err(internal("load versions"))?;
    let mut out = Vec::with_capacity(rows.len());
    let mut previous = ProposalForm::default();
    for row in rows {
        let form: ProposalForm = serde_json::from_str(&row.snapshot).unwrap_or_default();
        let who = match row.account_id {
            Some(id) => db::accounts::person(&state.db, id)
                .await
                .map_err(internal("name an editor"))?
                .map(|p| p.account.name),
            None => None,
        };
        out.push(VersionView {
            when: super::words::date_time(row.created_at),
            who: who.unwrap_or_else(|| td_string!(Locale::de, edit.version_by_system).into()),
            note: row.note,
            changes: changes(domain::proposal_diff::diff(&previous, &form), &state.instance),
        });
        previous = form;
    }
    out.reverse();
    Ok(out)
}
