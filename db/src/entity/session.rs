//! A logged-in browser: its cookie's hash and how long it lasts.

use sea_orm::entity::prelude::*;

/// One row of `session`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    /// SHA-256 of the cookie value, hex; the value itself is never stored.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Who is logged in.
    pub account_id: i32,
    /// When the session began, UTC.
    pub created_at: DateTimeUtc,
    /// When it ends, UTC.
    pub expires_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
