//! Submissions of the application form and their history.

use chrono::{DateTime, Utc};
use domain::SubmissionState;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::entity::{submission, submission_event};

/// A submission about to be stored.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    /// The one-time token of the form that sent it.
    pub form_token: String,
    /// `EmailUnconfirmed` without an account, `Submitted` with one.
    pub state: SubmissionState,
    /// The proposer's account, if logged in.
    pub account_id: Option<i32>,
    /// The proposer's name.
    pub contact_name: String,
    /// The proposer's address.
    pub contact_email: String,
    /// The proposer's organisation.
    pub contact_organisation: Option<String>,
    /// The form as typed, JSON.
    pub form: String,
    /// When an unconfirmed submission lapses.
    pub expires_at: Option<DateTime<Utc>>,
}

/// Stores a submission once per form token: returns its id, or `None` when a submission with
/// this token exists already (a reload, a double click, a replayed post). The unique token
/// and `ON CONFLICT DO NOTHING` decide, so two simultaneous posts store one row on either
/// engine.
pub async fn insert_once(
    conn: &impl ConnectionTrait,
    new: NewSubmission,
) -> Result<Option<i32>, DbErr> {
    let now = Utc::now();
    let row = submission::ActiveModel {
        form_token: Set(new.form_token.clone()),
        state: Set(new.state.key().to_string()),
        account_id: Set(new.account_id),
        contact_name: Set(new.contact_name),
        contact_email: Set(new.contact_email),
        contact_organisation: Set(new.contact_organisation),
        form: Set(new.form),
        project_id: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        expires_at: Set(new.expires_at),
        ..Default::default()
    };
    let inserted = submission::Entity::insert(row)
        .on_conflict(OnConflict::column(submission::Column::FormToken).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    if inserted == 0 {
        return Ok(None);
    }
    let stored = by_form_token(conn, &new.form_token).await?;
    Ok(stored.map(|s| s.id))
}

/// The submission a form token created.
pub async fn by_form_token(
    conn: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<submission::Model>, DbErr> {
    submission::Entity::find().filter(submission::Column::FormToken.eq(token)).one(conn).await
}

/// One submission.
pub async fn by_id(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<submission::Model>, DbErr> {
    submission::Entity::find_by_id(id).one(conn).await
}

/// The submissions in `state`, oldest first.
pub async fn in_state(
    conn: &impl ConnectionTrait,
    state: SubmissionState,
) -> Result<Vec<submission::Model>, DbErr> {
    submission::Entity::find()
        .filter(submission::Column::State.eq(state.key()))
        .order_by_asc(submission::Column::CreatedAt)
        .order_by_asc(submission::Column::Id)
        .all(conn)
        .await
}

/// How many submissions are in each state, in vocabulary order.
pub async fn counts(conn: &impl ConnectionTrait) -> Result<Vec<(SubmissionState, u64)>, DbErr> {
    let mut out = Vec::new();
    for &state in SubmissionState::ALL {
        let n = submission::Entity::find()
            .filter(submission::Column::State.eq(state.key()))
            .count(conn)
            .await?;
        out.push((state, n));
    }
    Ok(out)
}

/// The submissions of one proposer's account, newest first.
pub async fn of_account(
    conn: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<submission::Model>, DbErr> {
    submission::Entity::find()
        .filter(submission::Column::AccountId.eq(account_id))
        .order_by_desc(submission::Column::Id)
        .all(conn)
        .await
}

/// Moves submission `id` from one of `from` to `to`, recording who did it and the message.
/// Returns `false`, changing nothing, when the submission is no longer in one of `from`
/// (someone else decided first).
pub async fn change_state(
    conn: &impl ConnectionTrait,
    id: i32,
    from: &[SubmissionState],
    to: SubmissionState,
    actor: Option<i32>,
    message: &str,
) -> Result<bool, DbErr> {
    let from: Vec<&str> = from.iter().map(|s| s.key()).collect();
    let now = Utc::now();
    let done = submission::Entity::update_many()
        .col_expr(submission::Column::State, Expr::value(to.key()))
        .col_expr(submission::Column::UpdatedAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::State.is_in(from))
        .exec(conn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(false);
    }
    record(conn, id, actor, "status", Some(to), message).await?;
    Ok(true)
}

/// Adds an entry to the history of submission `id`.
pub async fn record(
    conn: &impl ConnectionTrait,
    id: i32,
    actor: Option<i32>,
    kind: &str,
    state: Option<SubmissionState>,
    message: &str,
) -> Result<(), DbErr> {
    submission_event::ActiveModel {
        submission_id: Set(id),
        account_id: Set(actor),
        kind: Set(kind.to_string()),
        state: Set(state.map(|s| s.key().to_string())),
        message: Set(message.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The history of submission `id`, oldest first.
pub async fn history(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<submission_event::Model>, DbErr> {
    submission_event::Entity::find()
        .filter(submission_event::Column::SubmissionId.eq(id))
        .order_by_asc(submission_event::Column::Id)
        .all(conn)
        .await
}

/// Sets fields of submission `id` that a confirmation, a resubmission or an acceptance
/// changes; `None` leaves a field as it is.
pub async fn update(
    conn: &impl ConnectionTrait,
    id: i32,
    account_id: Option<i32>,
    form: Option<String>,
    project_id: Option<i32>,
) -> Result<(), DbErr> {
    let mut row =
        submission::ActiveModel { id: sea_orm::ActiveValue::Unchanged(id), ..Default::default() };
    if let Some(account) = account_id {
        row.account_id = Set(Some(account));
        row.expires_at = Set(None);
    }
    if let Some(form) = form {
        row.form = Set(form);
    }
    if let Some(project) = project_id {
        row.project_id = Set(Some(project));
    }
    row.updated_at = Set(Utc::now());
    row.update(conn).await?;
    Ok(())
}

/// Deletes unconfirmed submissions whose time ran out; returns how many.
pub async fn drop_expired(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let done = submission::Entity::delete_many()
        .filter(submission::Column::State.eq(SubmissionState::EmailUnconfirmed.key()))
        .filter(submission::Column::ExpiresAt.lt(Utc::now()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected)
}
