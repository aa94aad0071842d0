//! Pillars for which a project says explicitly that it needs nobody ("kein Bedarf").

use sea_orm::entity::prelude::*;

/// One row of `project_no_need`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_no_need")]
pub struct Model {
    /// The project.
    #[sea_orm(primary_key, auto_increment = false)]
    pub project_id: i32,
    /// `Pillar` key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub pillar: String,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
