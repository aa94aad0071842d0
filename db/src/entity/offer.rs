//! An offer of help for a need, or an initiator's invitation to a partner.

use sea_orm::entity::prelude::*;

/// One row of `offer`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "offer")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The need it is for.
    pub need_id: i32,
    /// `angebot` (the helper offers) or `einladung` (the initiator invites).
    pub direction: String,
    /// The helper's account; `None` for a visitor without one.
    pub account_id: Option<i32>,
    /// The helper's name as they gave it.
    pub helper_name: String,
    /// The helper's address; passed on only once the offer is accepted.
    pub helper_email: String,
    /// The helper's or the initiator's message.
    pub message: String,
    /// The helper does not want to be named publicly as Pate.
    pub stay_unnamed: bool,
    /// `OfferState` key.
    pub state: String,
    /// The answer's message.
    pub reply: String,
    /// When it was made.
    pub created_at: DateTimeUtc,
    /// When it was answered.
    pub answered_at: Option<DateTimeUtc>,
    /// When the initiator was reminded of it.
    pub reminded_at: Option<DateTimeUtc>,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
