//! Reading the catalogue: filtered, searched, paged lists and the live counts.

use std::collections::HashMap;

use domain::{NeedState, Pillar, PillarSummary, ProjectStatus};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Order, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::entity::{need, project, project_district, project_no_need};

mod ranked;

pub use ranked::search_in_tiers;

/// What the visitor asked the catalogue for. OR within a field, AND across fields.
#[derive(Clone, Debug, Default)]
pub struct CatalogueFilter {
    /// Folded search words; every one must occur (see `domain::search_terms`).
    pub terms: Vec<String>,
    /// Category keys.
    pub categories: Vec<String>,
    /// Pillars that must still seek a Pate.
    pub pillars: Vec<Pillar>,
    /// Statuses.
    pub statuses: Vec<ProjectStatus>,
    /// District keys.
    pub districts: Vec<String>,
}

/// What a catalogue card shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardRow {
    /// Key, for ordering.
    pub id: i32,
    /// URL slug.
    pub slug: String,
    /// Project name.
    pub name: String,
    /// Short text.
    pub teaser: String,
    /// Category key.
    pub category: String,
    /// Status key.
    pub status: String,
    /// The three pillars in order, each summarised.
    pub pillars: Vec<(Pillar, PillarSummary)>,
}

/// One page of results and the exact number of all matches.
#[derive(Clone, Debug)]
pub struct CataloguePage {
    /// Matches on all pages.
    pub total: u64,
    /// The cards of this page.
    pub cards: Vec<CardRow>,
}

/// Searches the published projects. `page` counts from 1; a page past the end is empty.
///
/// Without search words the list is in name order. With them it is in relevance order: the
/// [`crate::search::Tier`]s one after the other (names with every word, with some, the rest),
/// each by id; see the `ranked` module for how a page is found.
pub async fn search(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    page: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    if !filter.terms.is_empty() {
        return ranked::page(db, filter, offset, per_page).await;
    }
    let base = project::Entity::find().filter(condition(filter));
    let total = base.clone().count(db).await?;
    if offset >= total {
        return Ok(CataloguePage { total, cards: Vec::new() });
    }
    // The page's ids first, from the listing index alone; then only their rows. Skipping
    // thousands of whole rows for a late page would read them all.
    let by_name = crate::dialect::byte_order(db.get_database_backend(), "project", "name_folded");
    let ids: Vec<i32> = base
        .select_only()
        .column(project::Column::Id)
        .order_by(by_name, Order::Asc)
        .order_by_asc(project::Column::Id)
        .offset(offset)
        .limit(per_page)
        .into_tuple()
        .all(db)
        .await?;
    let cards = cards_in_order(db, ids).await?;
    Ok(CataloguePage { total, cards })
}

/// The cards of projects `ids`, in that order.
async fn cards_in_order(db: &DatabaseConnection, ids: Vec<i32>) -> Result<Vec<CardRow>, DbErr> {
    let mut rows =
        project::Entity::find().filter(project::Column::Id.is_in(ids.clone())).all(db).await?;
    rows.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    cards_for(db, rows).await
}

/// The `WHERE` of a list without search words: published, and every given filter.
fn condition(filter: &CatalogueFilter) -> Condition {
    Condition::all().add(project::Column::Published.eq(true)).add(filters(filter))
}

/// The `WHERE` of the filters other than the search words, which need no "published": the
/// search index holds published projects only, and counting without reading rows needs that.
fn filters(filter: &CatalogueFilter) -> Condition {
    let mut all = Condition::all();
    if !filter.categories.is_empty() {
        all = all.add(project::Column::Category.is_in(filter.categories.clone()));
    }
    if !filter.statuses.is_empty() {
        all = all.add(project::Column::Status.is_in(filter.statuses.iter().map(|s| s.key())));
    }
    if !filter.pillars.is_empty() {
        let open_needs = Query::select()
            .column(need::Column::ProjectId)
            .from(need::Entity)
            .and_where(need::Column::State.eq(NeedState::Open.key()))
            .and_where(need::Column::Pillar.is_in(filter.pillars.iter().map(|p| p.key())))
            .to_owned();
        all = all.add(project::Column::Id.in_subquery(open_needs));
    }
    if !filter.districts.is_empty() {
        let places = Query::select()
            .column(project_district::Column::ProjectId)
            .from(project_district::Entity)
            .and_where(project_district::Column::District.is_in(filter.districts.clone()))
            .to_owned();
        all = all.add(project::Column::Id.in_subquery(places));
    }
    all
}

/// Turns project rows into cards, with their pillar summaries, in the rows' order.
pub async fn cards_for(
    db: &DatabaseConnection,
    rows: Vec<project::Model>,
) -> Result<Vec<CardRow>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let summaries = pillar_summaries(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|p| CardRow {
            pillars: summaries.get(&p.id).cloned().unwrap_or_else(unstated),
            id: p.id,
            slug: p.slug,
            name: p.name,
            teaser: p.teaser,
            category: p.category,
            status: p.status,
        })
        .collect())
}

/// Every pillar unstated: a project without needs and without statements.
fn unstated() -> Vec<(Pillar, PillarSummary)> {
    Pillar::ALL.iter().map(|p| (*p, PillarSummary::Unstated)).collect()
}

/// The pillar summaries of the given projects, by project id.
pub async fn pillar_summaries(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<(Pillar, PillarSummary)>>, DbErr> {
    let needs = need::Entity::find()
        .filter(need::Column::ProjectId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let no_needs = project_no_need::Entity::find()
        .filter(project_no_need::Column::ProjectId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut out = HashMap::with_capacity(ids.len());
    for id in ids {
        let summary = Pillar::ALL
            .iter()
            .map(|pillar| {
                let states = needs
                    .iter()
                    .filter(|n| n.project_id == *id && n.pillar == pillar.key())
                    .filter_map(|n| NeedState::from_key(&n.state));
                let no_need =
                    no_needs.iter().any(|n| n.project_id == *id && n.pillar == pillar.key());
                (*pillar, PillarSummary::of(states, no_need))
            })
            .collect();
        out.insert(*id, summary);
    }
    Ok(out)
}

/// The live counts of the home page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Published projects.
    pub projects: u64,
    /// Open needs of published projects, per pillar in pillar order.
    pub open_needs: Vec<(Pillar, u64)>,
}

/// Counts published projects and their open needs per pillar.
pub async fn stats(db: &DatabaseConnection) -> Result<Stats, DbErr> {
    let projects =
        project::Entity::find().filter(project::Column::Published.eq(true)).count(db).await?;
    let mut open_needs = Vec::with_capacity(3);
    for pillar in Pillar::ALL {
        let count = need::Entity::find()
            .filter(need::Column::State.eq(NeedState::Open.key()))
            .filter(need::Column::Pillar.eq(pillar.key()))
            .filter(need::Column::ProjectId.in_subquery(published_ids()))
            .count(db)
            .await?;
        open_needs.push((*pillar, count));
    }
    Ok(Stats { projects, open_needs })
}

/// `SELECT id FROM project WHERE published`.
fn published_ids() -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(project::Column::Id)
        .from(project::Entity)
        .and_where(project::Column::Published.eq(true))
        .to_owned()
}

/// Projects that need help now: those with the most open needs, then the most recently
/// updated, then by id.
pub async fn needing_help(db: &DatabaseConnection, limit: u64) -> Result<Vec<CardRow>, DbErr> {
    let open_count = Query::select()
        .expr(Func::count(Expr::col(need::Column::Id)))
        .from(need::Entity)
        .and_where(
            Expr::col((need::Entity, need::Column::ProjectId))
                .equals((project::Entity, project::Column::Id)),
        )
        .and_where(need::Column::State.eq(NeedState::Open.key()))
        .to_owned();
    let rows = project::Entity::find()
        .filter(project::Column::Published.eq(true))
        .filter(project::Column::Id.in_subquery(open_project_ids()))
        .order_by(Expr::from(open_count), Order::Desc)
        .order_by_desc(project::Column::UpdatedAt)
        .order_by_asc(project::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    cards_for(db, rows).await
}

/// `SELECT project_id FROM need WHERE state = 'offen'`.
fn open_project_ids() -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(need::Column::ProjectId)
        .from(need::Entity)
        .and_where(need::Column::State.eq(NeedState::Open.key()))
        .to_owned()
}
