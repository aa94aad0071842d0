//! How many requests one client made in one window, shared by every app server.

use sea_orm::entity::prelude::*;

/// One row of `rate_limit`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit")]
pub struct Model {
    /// Action and hashed client address.
    #[sea_orm(primary_key, auto_increment = false)]
    pub bucket: String,
    /// Start of the window, UTC.
    #[sea_orm(primary_key, auto_increment = false)]
    pub window_start: DateTimeUtc,
    /// Requests counted in it.
    pub hits: i32,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
