//! A mail waiting to be sent, or sent.

use sea_orm::entity::prelude::*;

/// One row of `outbox`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    /// Surrogate key; also the mail's reference in the log.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The address it goes to.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// When it was queued, UTC.
    pub created_at: DateTimeUtc,
    /// Failed sending attempts so far.
    pub attempts: i32,
    /// Not to be tried before this instant.
    pub next_attempt_at: DateTimeUtc,
    /// When the transport took it; `None` while waiting.
    pub sent_at: Option<DateTimeUtc>,
    /// The last transport error, for the operator.
    pub last_error: Option<String>,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
