//! The partner exchange's storage: partner profiles, needs as initiators describe them and
//! the candidates matching reads. Offers live in `crate::offers` and are re-exported here.

use chrono::Utc;
use domain::NeedState;
use domain::exchange::{NeedDetails, PartnerProfile, join};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::entity::{need, partner_profile, project, project_district, project_initiator};
pub use crate::offers::*;

/// A need with what matching and listing need of its project.
#[derive(Clone, Debug)]
pub struct OpenNeed {
    /// The need.
    pub need: need::Model,
    /// Its project's slug.
    pub slug: String,
    /// Its project's name.
    pub project_name: String,
    /// Its project's category key.
    pub category: String,
    /// Its project's district keys.
    pub districts: Vec<String>,
}

/// Converts a count kept as `u32` for a column.
fn column_number(n: Option<u32>) -> Option<i32> {
    n.map(|n| i32::try_from(n).unwrap_or(i32::MAX))
}

/// The partner profile of an account.
pub async fn partner_of(
    conn: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Option<partner_profile::Model>, DbErr> {
    partner_profile::Entity::find()
        .filter(partner_profile::Column::AccountId.eq(account_id))
        .one(conn)
        .await
}

/// A partner profile by id.
pub async fn partner_by_id(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<partner_profile::Model>, DbErr> {
    partner_profile::Entity::find_by_id(id).one(conn).await
}

/// Creates or replaces an account's partner profile.
pub async fn save_partner(
    conn: &impl ConnectionTrait,
    account_id: i32,
    p: &PartnerProfile,
) -> Result<(), DbErr> {
    let skills: Vec<&str> = p.skills.iter().map(|s| s.name.as_str()).collect();
    let pillars: Vec<&str> = p.pillars.iter().map(|p| p.key()).collect();
    let mut row = partner_profile::ActiveModel {
        account_id: Set(account_id),
        kind: Set(p.kind.key().into()),
        display_name: Set(p.display_name.clone()),
        pillars: Set(join(&pillars)),
        skills: Set(join(&skills)),
        hours_per_month: Set(column_number(p.hours_per_month)),
        budget_eur: Set(column_number(p.budget_eur)),
        categories: Set(join(&p.categories)),
        districts: Set(join(&p.districts)),
        description: Set(p.description.clone()),
        listed: Set(p.listed),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    let id = match partner_of(conn, account_id).await? {
        Some(existing) => {
            row.id = Set(existing.id);
            row.update(conn).await?.id
        }
        None => row.insert(conn).await?.id,
    };
    crate::search::refresh_partner(conn, id).await
}

/// Listed partner profiles, by name then id.
pub async fn listed_partners(
    conn: &impl ConnectionTrait,
) -> Result<Vec<partner_profile::Model>, DbErr> {
    searched_partners(conn, &[]).await
}

/// Listed partner profiles in which every search word begins a word, by name then id.
pub async fn searched_partners(
    conn: &impl ConnectionTrait,
    terms: &[String],
) -> Result<Vec<partner_profile::Model>, DbErr> {
    let mut query =
        partner_profile::Entity::find().filter(partner_profile::Column::Listed.eq(true));
    if !terms.is_empty() {
        let backend = conn.get_database_backend();
        query =
            query.filter(crate::search::matches(backend, crate::search::Indexed::Partner, terms));
    }
    query
        .order_by_asc(partner_profile::Column::DisplayName)
        .order_by_asc(partner_profile::Column::Id)
        .all(conn)
        .await
}

/// A project's needs in their order.
pub async fn needs_of(
    conn: &impl ConnectionTrait,
    project_id: i32,
) -> Result<Vec<need::Model>, DbErr> {
    need::Entity::find()
        .filter(need::Column::ProjectId.eq(project_id))
        .order_by_asc(need::Column::Position)
        .order_by_asc(need::Column::Id)
        .all(conn)
        .await
}

/// A need by id.
pub async fn need_by_id(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<need::Model>, DbErr> {
    need::Entity::find_by_id(id).one(conn).await
}

/// Adds a need to a project (`id` `None`) or rewrites one of its needs, with its state and
/// Pate.
/// Returns `false` when the need does not belong to the project.
pub async fn save_need(
    conn: &impl ConnectionTrait,
    project_id: i32,
    id: Option<i32>,
    d: &NeedDetails,
) -> Result<bool, DbErr> {
    let skills: Vec<&str> = d.skills.iter().map(|s| s.name.as_str()).collect();
    let mut row = need::ActiveModel {
        pillar: Set(d.pillar.key().into()),
        title: Set(d.title.clone()),
        description: Set(d.description.clone()),
        skills: Set(join(&skills)),
        hours_per_month: Set(column_number(d.hours_per_month)),
        amount_eur: Set(column_number(d.amount_eur)),
        pays_for: Set(d.pays_for.clone()),
        newcomer: Set(d.newcomer),
        state: Set(d.state.key().into()),
        pate: Set(d.pate.clone()),
        pate_account_id: Set(None),
        pate_hidden: Set(false),
        ..Default::default()
    };
    match id {
        Some(id) => {
            let Some(existing) = need_by_id(conn, id).await? else { return Ok(false) };
            if existing.project_id != project_id {
                return Ok(false);
            }
            // A Pate found through the platform stays as they chose to be shown, as long as
            // the initiators leave the slot filled by the same name.
            if existing.state == d.state.key() && existing.pate == d.pate {
                row.pate_account_id = Set(existing.pate_account_id);
                row.pate_hidden = Set(existing.pate_hidden);
            }
            row.id = Set(id);
            row.update(conn).await?;
        }
        None => {
            let count = need::Entity::find()
                .filter(need::Column::ProjectId.eq(project_id))
                .all(conn)
                .await?
                .len();
            row.project_id = Set(project_id);
            row.position = Set(i32::try_from(count).unwrap_or(i32::MAX));
            row.insert(conn).await?;
        }
    }
    crate::search::refresh_project(conn, project_id).await?;
    Ok(true)
}

/// Accounts that initiate a project.
pub async fn initiator_ids(
    conn: &impl ConnectionTrait,
    project_id: i32,
) -> Result<Vec<i32>, DbErr> {
    let rows = project_initiator::Entity::find()
        .filter(project_initiator::Column::ProjectId.eq(project_id))
        .order_by_asc(project_initiator::Column::AccountId)
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| r.account_id).collect())
}

/// Makes an account a (co-)initiator of a project; nothing happens if it already is one.
pub async fn add_initiator(
    conn: &impl ConnectionTrait,
    project_id: i32,
    account_id: i32,
) -> Result<(), DbErr> {
    if crate::editing::is_initiator(conn, project_id, account_id).await? {
        return Ok(());
    }
    project_initiator::ActiveModel { project_id: Set(project_id), account_id: Set(account_id) }
        .insert(conn)
        .await?;
    Ok(())
}

/// What matching needs of an open need, without its texts.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The need's id.
    pub need_id: i32,
    /// Its project's id.
    pub project_id: i32,
    /// Its pillar key.
    pub pillar: String,
    /// Skills wanted, as written.
    pub skills: String,
    /// Hours per month.
    pub hours_per_month: Option<i32>,
    /// Euros per year.
    pub amount_eur: Option<i32>,
    /// Suits a newcomer.
    pub newcomer: bool,
    /// Its project's category key.
    pub category: String,
    /// Its project's district keys.
    pub districts: Vec<String>,
}

/// The open needs of published projects in `pillars`, with only the columns matching reads,
/// in one joined query and one for their places: what "Passt zu dir" ranks.
pub async fn candidates(
    conn: &impl ConnectionTrait,
    pillars: &[&str],
) -> Result<Vec<Candidate>, DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait, Query};
    use std::collections::HashMap;
    let open = |q: &mut sea_orm::sea_query::SelectStatement| {
        q.and_where(Expr::col((need::Entity, need::Column::State)).eq(NeedState::Open.key()))
            .and_where(Expr::col((need::Entity, need::Column::Pillar)).is_in(pillars.to_vec()))
            .to_owned()
    };
    let mut rows = Query::select();
    rows.columns([
        (need::Entity, need::Column::Id),
        (need::Entity, need::Column::ProjectId),
        (need::Entity, need::Column::Pillar),
        (need::Entity, need::Column::Skills),
        (need::Entity, need::Column::HoursPerMonth),
        (need::Entity, need::Column::AmountEur),
        (need::Entity, need::Column::Newcomer),
    ])
    .column((project::Entity, project::Column::Category))
    .from(need::Entity)
    .inner_join(
        project::Entity,
        Expr::col((project::Entity, project::Column::Id))
            .equals((need::Entity, need::Column::ProjectId)),
    )
    .and_where(Expr::col((project::Entity, project::Column::Published)).eq(true))
    .order_by((need::Entity, need::Column::Id), sea_orm::sea_query::Order::Asc);
    let rows = open(&mut rows);
    let needs = conn.query_all(&rows).await?;
    let projects = open(Query::select().column(need::Column::ProjectId).from(need::Entity));
    let pairs: Vec<(i32, String)> = project_district::Entity::find()
        .select_only()
        .columns([project_district::Column::ProjectId, project_district::Column::District])
        .filter(project_district::Column::ProjectId.in_subquery(projects))
        .into_tuple()
        .all(conn)
        .await?;
    let mut places: HashMap<i32, Vec<String>> = HashMap::new();
    for (project_id, district) in pairs {
        places.entry(project_id).or_default().push(district);
    }
    needs
        .into_iter()
        .map(|row| {
            let project_id: i32 = row.try_get_by_index(1)?;
            Ok(Candidate {
                need_id: row.try_get_by_index(0)?,
                project_id,
                pillar: row.try_get_by_index(2)?,
                skills: row.try_get_by_index(3)?,
                hours_per_month: row.try_get_by_index(4)?,
                amount_eur: row.try_get_by_index(5)?,
                newcomer: row.try_get_by_index(6)?,
                category: row.try_get_by_index(7)?,
                districts: places.get(&project_id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// Needs `ids` with their projects' names and slugs, in the order of `ids`.
pub async fn needs_with_projects(
    conn: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<Vec<(need::Model, project::Model)>, DbErr> {
    let needs =
        need::Entity::find().filter(need::Column::Id.is_in(ids.iter().copied())).all(conn).await?;
    let project_ids: Vec<i32> = needs.iter().map(|n| n.project_id).collect();
    let projects =
        project::Entity::find().filter(project::Column::Id.is_in(project_ids)).all(conn).await?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            let n = needs.iter().find(|n| n.id == *id)?;
            let p = projects.iter().find(|p| p.id == n.project_id)?;
            Some((n.clone(), p.clone()))
        })
        .collect())
}

/// The skills people already use, most used first (each once, in its first spelling), read
/// from the newest 2,000 needs and partner profiles so the cost stays bounded at any size.
pub async fn known_skills(conn: &impl ConnectionTrait, limit: usize) -> Result<Vec<String>, DbErr> {
    let from_needs: Vec<String> = need::Entity::find()
        .select_only()
        .column(need::Column::Skills)
        .filter(need::Column::Skills.ne(""))
        .order_by_desc(need::Column::Id)
        .limit(2000)
        .into_tuple()
        .all(conn)
        .await?;
    let from_partners: Vec<String> = partner_profile::Entity::find()
        .select_only()
        .column(partner_profile::Column::Skills)
        .filter(partner_profile::Column::Skills.ne(""))
        .order_by_desc(partner_profile::Column::Id)
        .limit(2000)
        .into_tuple()
        .all(conn)
        .await?;
    let mut counted: Vec<(String, String, usize)> = Vec::new();
    for column in from_needs.iter().chain(&from_partners) {
        for skill in domain::matching::parse_skills(column) {
            match counted.iter_mut().find(|(key, _, _)| *key == skill.key) {
                Some(entry) => entry.2 += 1,
                None => counted.push((skill.key, skill.name, 1)),
            }
        }
    }
    counted.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    Ok(counted.into_iter().take(limit).map(|(_, name, _)| name).collect())
}
