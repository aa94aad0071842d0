//! One entry in a submission's history: a change of state or an internal comment.

use sea_orm::entity::prelude::*;

/// One row of `submission_event`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_event")]
pub struct Model {
    /// Surrogate key; orders the history.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The submission.
    pub submission_id: i32,
    /// Who did it; `None` for the proposer without account or the system.
    pub account_id: Option<i32>,
    /// `kommentar` (moderators only) or `status` (a change of state).
    pub kind: String,
    /// The new state, for a change of state.
    pub state: Option<String>,
    /// The comment or the message to the proposer.
    pub message: String,
    /// When, UTC.
    pub created_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
