//! A search's page in relevance order: few matches ranked in one query, many counted and paged
//! tier by tier inside the search index table (SQL in `crate::dialect::search`).

use domain::NeedState;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{CatalogueFilter, CataloguePage, cards_in_order, filters};
use crate::entity::{need, project, project_district};
use crate::search::{self, Tier};

/// A search's page: in one pass when it has few matches, else tier by tier.
pub(super) async fn page(
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
/// with more than 1,000 matches are: for tests that compare both ways.
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
