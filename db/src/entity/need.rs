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
    /// Skills wanted, comma-separated as written.
    pub skills: String,
    /// Hours per month it takes; `None` for a one-off task or money.
    pub hours_per_month: Option<i32>,
    /// Euros per year, for a financial need.
    pub amount_eur: Option<i32>,
    /// What the money pays for (server, store fees, domain).
    pub pays_for: String,
    /// Whether it suits a newcomer.
    pub newcomer: bool,
    /// The Pate's account once filled through the platform.
    pub pate_account_id: Option<i32>,
    /// The Pate chose not to be named publicly.
    pub pate_hidden: bool,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
