//! Who initiates a project: owns it, edits it, accepts help.

use sea_orm::entity::prelude::*;

/// One row of `project_initiator`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_initiator")]
pub struct Model {
    /// The project.
    #[sea_orm(primary_key, auto_increment = false)]
    pub project_id: i32,
    /// The initiator's account.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i32,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
