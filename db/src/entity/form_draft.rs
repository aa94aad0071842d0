//! A form sent back with errors, kept briefly so the page can show it again as typed.

use sea_orm::entity::prelude::*;

/// One row of `form_draft`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "form_draft")]
pub struct Model {
    /// Random key, carried in the page address.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Which form.
    pub kind: String,
    /// Values and errors, JSON.
    pub payload: String,
    /// When, UTC; drafts older than a day are deleted.
    pub created_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
