//! The places a project serves: districts, city-wide, transferable.

use sea_orm::entity::prelude::*;

/// One row of `project_district`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project_district")]
pub struct Model {
    /// The project.
    #[sea_orm(primary_key, auto_increment = false)]
    pub project_id: i32,
    /// District key of the instance.
    #[sea_orm(primary_key, auto_increment = false)]
    pub district: String,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
