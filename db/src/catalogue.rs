//! Reading the catalogue: filtered, searched, paged lists and the live counts.

use std::collections::HashMap;

use domain::{NeedState, Pillar, PillarSummary, ProjectStatus};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Order, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::{need, project, project_district, project_no_need};
use crate::search::{self, Tier};

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
/// [`Tier`]s one after the other (names with every word, with some, the rest), each by id.
/// Each tier is counted and paged inside the search index, so the cost follows the page, not
/// the number of matches (the count of each tier walks only the index).
pub async fn search(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    page: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    if !filter.terms.is_empty() {
        return ranked(db, filter, offset, per_page).await;
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

/// A search's page: in one pass when it has few matches, else tier by tier.
async fn ranked(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    offset: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    // Counting walks only the index; it tells which way is cheaper, and the tiers need it.
    let total = tier_count(db, filter, Tier::Any).await?;
    if offset >= total {
        return Ok(CataloguePage { total, cards: Vec::new() });
    }
    if total <= ONE_PASS {
        return one_pass(db, filter, offset, per_page).await;
    }
    in_tiers(db, filter, total, offset, per_page).await
}

/// Like [`search`] with search words, but always counted and paged tier by tier, as searches
/// with more than [`ONE_PASS`] matches are: for tests that compare both ways.
pub async fn search_in_tiers(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    page: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    let total = tier_count(db, filter, Tier::Any).await?;
    if offset >= total {
        return Ok(CataloguePage { total, cards: Vec::new() });
    }
    in_tiers(db, filter, total, offset, per_page).await
}

/// The tiers counted only as far as needed, then the page's ids taken from the tiers it spans.
async fn in_tiers(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    total: u64,
    offset: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    let tiers = Tier::ranked(filter.terms.len());
    let (mut skip, mut want) = (offset, per_page);
    let mut ids = Vec::new();
    for (i, tier) in tiers.iter().enumerate() {
        if want == 0 {
            break;
        }
        // Only a page that starts past a tier's beginning needs its size: otherwise fewer rows
        // than asked for tell that the tier has ended. The last tier is never counted.
        if skip > 0 && i + 1 < tiers.len() {
            let size = tier_count(db, filter, *tier).await?;
            if skip >= size {
                skip -= size;
                continue;
            }
        }
        let found = tier_ids(db, filter, *tier, skip, want).await?;
        want = want.saturating_sub(found.len() as u64);
        ids.extend(found);
        skip = 0;
    }
    let cards = cards_in_order(db, ids).await?;
    Ok(CataloguePage { total, cards })
}

/// Up to this many matches are ranked in one query; more are counted and paged tier by tier.
const ONE_PASS: u64 = 1000;

/// A search with at most [`ONE_PASS`] matches in one query: every match with its name hits,
/// put in tier order here.
async fn one_pass(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    offset: u64,
    per_page: u64,
) -> Result<CataloguePage, DbErr> {
    let backend = db.get_database_backend();
    let rows: Vec<(i32, i32, i32)> = if ids_only(filter) {
        let also = id_filters(filter, search::index_id(backend));
        let hits = db.query_all(&search::index_hits(backend, &filter.terms, also)).await?;
        let flags = |r: &sea_orm::QueryResult| {
            Ok::<_, DbErr>((r.try_get_by_index(0)?, r.try_get_by_index(1)?, r.try_get_by_index(2)?))
        };
        hits.iter().map(flags).collect::<Result<_, _>>()?
    } else {
        project_hits(db, filter).await?
    };
    // The same order as the tiers: every word in the name, some, none; then by id.
    let tier = |all: i32, any: i32| match (all, any) {
        (1, _) => 0,
        (_, 1) => 1,
        _ => 2,
    };
    let mut order: Vec<(u8, i32)> =
        rows.iter().map(|(id, all, any)| (tier(*all, *any), *id)).collect();
    order.sort_unstable();
    let skip = usize::try_from(offset).unwrap_or(usize::MAX);
    let take = usize::try_from(per_page).unwrap_or(usize::MAX);
    let ids = order.iter().skip(skip).take(take).map(|(_, id)| *id).collect();
    let cards = cards_in_order(db, ids).await?;
    Ok(CataloguePage { total: rows.len() as u64, cards })
}

/// Every match with its name hits, read through `project` for filters on its own columns.
async fn project_hits(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
) -> Result<Vec<(i32, i32, i32)>, DbErr> {
    let backend = db.get_database_backend();
    let (all, any) = search::name_hits(backend, &filter.terms);
    project::Entity::find()
        .select_only()
        .column(project::Column::Id)
        .expr(Expr::case(all, 1).finally(0))
        .expr(Expr::case(any, 1).finally(0))
        .filter(filters(filter))
        .filter(search::project_tier(backend, &filter.terms, Tier::Any))
        .into_tuple()
        .all(db)
        .await
}

/// The cards of projects `ids`, in that order.
async fn cards_in_order(db: &DatabaseConnection, ids: Vec<i32>) -> Result<Vec<CardRow>, DbErr> {
    let mut rows =
        project::Entity::find().filter(project::Column::Id.is_in(ids.clone())).all(db).await?;
    rows.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    cards_for(db, rows).await
}

/// Whether the filters besides the words concern only needs and places, not the project's own
/// columns: then the search index table and the ids answer alone.
fn ids_only(filter: &CatalogueFilter) -> bool {
    filter.categories.is_empty() && filter.statuses.is_empty()
}

/// The pillar and district filters as conditions on the project id `id`, each an `EXISTS`
/// that an index answers for one id at a time.
fn id_filters(filter: &CatalogueFilter, id: Expr) -> Condition {
    let mut all = Condition::all();
    if !filter.pillars.is_empty() {
        let open_need = Query::select()
            .expr(Expr::val(1))
            .from(need::Entity)
            .and_where(Expr::col((need::Entity, need::Column::ProjectId)).eq(id.clone()))
            .and_where(need::Column::State.eq(NeedState::Open.key()))
            .and_where(need::Column::Pillar.is_in(filter.pillars.iter().map(|p| p.key())))
            .to_owned();
        all = all.add(Expr::exists(open_need));
    }
    if !filter.districts.is_empty() {
        let place = Query::select()
            .expr(Expr::val(1))
            .from(project_district::Entity)
            .and_where(
                Expr::col((project_district::Entity, project_district::Column::ProjectId)).eq(id),
            )
            .and_where(project_district::Column::District.is_in(filter.districts.clone()))
            .to_owned();
        all = all.add(Expr::exists(place));
    }
    all
}

/// How many projects match the search and the filters in `tier`.
async fn tier_count(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    tier: Tier,
) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    if ids_only(filter) {
        let also = id_filters(filter, search::index_id(backend));
        let count = search::index_count(backend, &filter.terms, tier, also);
        let row = db.query_one(&count).await?;
        let n: i64 = row.map(|r| r.try_get_by_index(0)).transpose()?.unwrap_or(0);
        return Ok(u64::try_from(n).unwrap_or(0));
    }
    project::Entity::find()
        .filter(filters(filter))
        .filter(search::project_tier(backend, &filter.terms, tier))
        .count(db)
        .await
}

/// The ids of `tier`'s matches from `skip` on, at most `take`, by id.
async fn tier_ids(
    db: &DatabaseConnection,
    filter: &CatalogueFilter,
    tier: Tier,
    skip: u64,
    take: u64,
) -> Result<Vec<i32>, DbErr> {
    let backend = db.get_database_backend();
    if ids_only(filter) {
        let also = id_filters(filter, search::index_id(backend));
        let page = search::index_page(backend, &filter.terms, tier, also, (skip, take));
        let rows = db.query_all(&page).await?;
        return rows.iter().map(|r| r.try_get_by_index::<i32>(0)).collect();
    }
    project::Entity::find()
        .select_only()
        .column(project::Column::Id)
        .filter(filters(filter))
        .filter(search::project_tier(backend, &filter.terms, tier))
        .order_by_asc(project::Column::Id)
        .offset(skip)
        .limit(take)
        .into_tuple()
        .all(db)
        .await
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
