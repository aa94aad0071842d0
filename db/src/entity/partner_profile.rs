//! A person's, company's or institution's offer to be a Pate.

use sea_orm::entity::prelude::*;

/// One row of `partner_profile`; one per account.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_profile")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The account that keeps it.
    #[sea_orm(unique)]
    pub account_id: i32,
    /// `PartnerKind` key.
    pub kind: String,
    /// The public name.
    pub display_name: String,
    /// `Pillar` keys offered, comma-separated.
    pub pillars: String,
    /// Skills offered, comma-separated as written.
    pub skills: String,
    /// Hours per month on offer.
    pub hours_per_month: Option<i32>,
    /// Euros per year on offer.
    pub budget_eur: Option<i32>,
    /// Category keys, comma-separated.
    pub categories: String,
    /// District keys, comma-separated.
    pub districts: String,
    /// Short public description.
    pub description: String,
    /// Whether it appears on `/paten` and in matches.
    pub listed: bool,
    /// The folded words the search looks through (`crate::search`).
    pub search_text: String,
    /// Last change.
    pub updated_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
