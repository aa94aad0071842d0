//! A mailed link's secret: what it does, until when, whether it was used.

use sea_orm::entity::prelude::*;

/// One row of `one_time_token`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "one_time_token")]
pub struct Model {
    /// SHA-256 of the link's secret, hex.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// `TokenPurpose` key.
    pub purpose: String,
    /// The account it acts on, if any.
    pub account_id: Option<i32>,
    /// The submission it confirms, if any.
    pub submission_id: Option<i32>,
    /// The address it confirms, for a changed address.
    pub email: Option<String>,
    /// The offer of help it confirms.
    pub offer_id: Option<i32>,
    /// When it was mailed, UTC.
    pub created_at: DateTimeUtc,
    /// After this it no longer works, UTC.
    pub expires_at: DateTimeUtc,
    /// When it was used; a used link never works again.
    pub used_at: Option<DateTimeUtc>,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
