//! A project's profile.

use sea_orm::entity::prelude::*;

/// One row of `project`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "project")]
pub struct Model {
    /// Surrogate key; also the tie-breaker of every ordering.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// URL slug; unique and never changed once published.
    #[sea_orm(unique)]
    pub slug: String,
    /// Key in the seed file, for projects that came from one.
    #[sea_orm(unique)]
    pub seed_key: Option<String>,
    /// Project name.
    pub name: String,
    /// Folded name: the sort key and the strongest search field.
    pub name_folded: String,
    /// Short text for the card.
    pub teaser: String,
    /// Long description in Markdown.
    pub description: String,
    /// Folded words of the name, teaser, description, technologies and needs, for the search.
    pub search_text: String,
    /// Folded words of the name alone: the search ranks projects named by the words first.
    pub search_name: String,
    /// Category key of the instance.
    pub category: String,
    /// `Kind` key.
    pub kind: String,
    /// `ProjectStatus` key.
    pub status: String,
    /// Where the project comes from.
    pub origin: String,
    /// Month the project started, `YYYY-MM`.
    pub start_month: Option<String>,
    /// `Complexity` key.
    pub complexity: Option<String>,
    /// Technologies, one per line.
    pub technologies: String,
    /// Licence in its current SPDX form, or as given; `None` when none was found.
    pub licence: Option<String>,
    /// Whether every licence of the expression is OSI-approved.
    pub licence_open: bool,
    /// Source code.
    pub repository_url: String,
    /// The running project.
    pub project_url: Option<String>,
    /// A page about the project elsewhere.
    pub info_url: Option<String>,
    /// Path of the screenshot below the site root.
    pub screenshot_path: Option<String>,
    /// `Deployment` key.
    pub deployment: Option<String>,
    /// Running costs per year in euros.
    pub yearly_costs_eur: Option<i32>,
    /// Whether the catalogue shows it.
    pub published: bool,
    /// When the profile was created, UTC.
    pub created_at: DateTimeUtc,
    /// When the profile was last brought up to date, UTC.
    pub updated_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
