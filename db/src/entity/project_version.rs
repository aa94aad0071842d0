//! One version of a project's profile: who made it, when, and the profile as it then was.

use sea_orm::entity::prelude::*;

/// One row of `project_version`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_version")]
pub struct Model {
    /// Surrogate key; orders the versions.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The project.
    pub project_id: i32,
    /// Who made the change; `None` for the system or a deleted account.
    pub account_id: Option<i32>,
    /// The profile after the change, JSON (`domain::proposal::ProposalForm`).
    pub snapshot: String,
    /// What happened: published, changed at once, change accepted, unpublished.
    pub note: String,
    /// When, UTC.
    pub created_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
