//! One project: its whole profile, and writing one with a slug that never changes.

use domain::{Pillar, slugify};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entity::{need, project, project_district, project_no_need};

/// A project with everything its page shows.
#[derive(Clone, Debug)]
pub struct ProjectRecord {
    /// The profile.
    pub project: project::Model,
    /// Its needs, in their stated order.
    pub needs: Vec<need::Model>,
    /// District keys it serves.
    pub districts: Vec<String>,
    /// Pillars where it says it needs nobody.
    pub no_need: Vec<Pillar>,
}

/// The published project with this slug, if there is one.
pub async fn published_by_slug(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<ProjectRecord>, DbErr> {
    let Some(project) = project::Entity::find()
        .filter(project::Column::Slug.eq(slug))
        .filter(project::Column::Published.eq(true))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let needs = need::Entity::find()
        .filter(need::Column::ProjectId.eq(project.id))
        .order_by_asc(need::Column::Position)
        .order_by_asc(need::Column::Id)
        .all(db)
        .await?;
    let districts = project_district::Entity::find()
        .filter(project_district::Column::ProjectId.eq(project.id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.district)
        .collect();
    let no_need = project_no_need::Entity::find()
        .filter(project_no_need::Column::ProjectId.eq(project.id))
        .all(db)
        .await?
        .iter()
        .filter_map(|n| Pillar::from_key(&n.pillar))
        .collect();
    Ok(Some(ProjectRecord { project, needs, districts, no_need }))
}

/// Slugs and last updates of all published projects, for the sitemap.
pub async fn published_slugs(
    db: &DatabaseConnection,
) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>, DbErr> {
    project::Entity::find()
        .select_only()
        .column(project::Column::Slug)
        .column(project::Column::UpdatedAt)
        .filter(project::Column::Published.eq(true))
        .order_by_asc(project::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// A free slug for `name`: its slug, or with `-2`, `-3`, … appended when taken.
///
/// Run inside the write transaction that inserts the project: the slug lock (see
/// [`crate::dialect::lock_slugs`]) keeps two inserts from picking the same one on either
/// engine, and the unique index catches anything else.
pub async fn free_slug(conn: &impl ConnectionTrait, name: &str) -> Result<String, DbErr> {
    crate::dialect::lock_slugs(conn).await?;
    let base = slugify(name);
    let taken: Vec<String> = project::Entity::find()
        .select_only()
        .column(project::Column::Slug)
        .filter(project::Column::Slug.starts_with(&base))
        .into_tuple()
        .all(conn)
        .await?;
    if !taken.contains(&base) {
        return Ok(base);
    }
    let next = (2..).find(|n| !taken.contains(&format!("{base}-{n}"))).unwrap_or(2);
    Ok(format!("{base}-{next}"))
}

/// The folded text the catalogue search looks through.
pub fn search_text(name: &str, teaser: &str, description: &str, technologies: &[String]) -> String {
    domain::words(&[name, teaser, description, &technologies.join(" ")].join("\n")).join(" ")
}

/// Publishes a new project from an accepted profile, with its needs and places, and makes
/// `initiator` its initiator. Call inside a write transaction after [`crate::dialect::lock_slugs`].
/// Returns the project's id and slug.
pub async fn publish(
    conn: &impl ConnectionTrait,
    profile: &domain::seed::SeedProject,
    default_district: &str,
    initiator: Option<i32>,
) -> Result<(i32, String), DbErr> {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let mut row =
        crate::seed_import::profile(profile, <project::ActiveModel as Default>::default());
    let slug = free_slug(conn, &profile.name).await?;
    row.slug = Set(slug.clone());
    row.seed_key = Set(None);
    row.created_at = Set(chrono::Utc::now());
    row.updated_at = Set(chrono::Utc::now());
    let id = row.insert(conn).await?.id;
    crate::seed_import::replace_children(conn, id, profile, default_district).await?;
    if let Some(account_id) = initiator {
        crate::entity::project_initiator::ActiveModel {
            project_id: Set(id),
            account_id: Set(account_id),
        }
        .insert(conn)
        .await?;
    }
    Ok((id, slug))
}

/// The slug of project `id`, published or not.
pub async fn slug_of(conn: &impl ConnectionTrait, id: i32) -> Result<Option<String>, DbErr> {
    Ok(project::Entity::find_by_id(id).one(conn).await?.map(|p| p.slug))
}

/// Project `id`, published or not.
pub async fn by_id(conn: &impl ConnectionTrait, id: i32) -> Result<Option<project::Model>, DbErr> {
    project::Entity::find_by_id(id).one(conn).await
}
