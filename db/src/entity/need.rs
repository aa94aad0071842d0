//! A concrete kind of help a project seeks, in one pillar.

use sea_orm::entity::prelude::*;

/// One row of `need`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "need")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The project that has this need.
    pub project_id: i32,
    /// `Pillar` key.
    pub pillar: String,
    /// Short title.
    pub title: String,
    /// What exactly is needed.
    pub description: String,
    /// `NeedState` key.
    pub state: String,
    /// Public name of the Pate once filled.
    pub pate: Option<String>,
    /// Order within the project.
    pub position: i32,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
