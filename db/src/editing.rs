//! Changing a published project: who may, writing only when nobody saved in between (B16),
//! and keeping every version.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};

use crate::entity::{project, project_district, project_initiator, project_version};

/// The project with this slug, published or not.
pub async fn by_slug(
    conn: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<project::Model>, DbErr> {
    project::Entity::find().filter(project::Column::Slug.eq(slug)).one(conn).await
}

/// The district keys of project `id`.
pub async fn districts_of(conn: &impl ConnectionTrait, id: i32) -> Result<Vec<String>, DbErr> {
    let rows = project_district::Entity::find()
        .filter(project_district::Column::ProjectId.eq(id))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|d| d.district).collect())
}

/// Whether account `account_id` initiates project `project_id`.
pub async fn is_initiator(
    conn: &impl ConnectionTrait,
    project_id: i32,
    account_id: i32,
) -> Result<bool, DbErr> {
    let found = project_initiator::Entity::find_by_id((project_id, account_id)).one(conn).await?;
    Ok(found.is_some())
}

/// The ids of the projects account `account_id` initiates.
pub async fn projects_of(conn: &impl ConnectionTrait, account_id: i32) -> Result<Vec<i32>, DbErr> {
    let rows = project_initiator::Entity::find()
        .filter(project_initiator::Column::AccountId.eq(account_id))
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| r.project_id).collect())
}

/// Marks project `id` as updated now (its needs changed).
pub async fn touch(conn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    project::Entity::update_many()
        .col_expr(project::Column::UpdatedAt, sea_orm::sea_query::Expr::value(Utc::now()))
        .filter(project::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Writes the set fields of `changes` to project `id`, but only if it was last saved at
/// `seen` (the time the editor's form was loaded). Returns `false`, writing nothing, when
/// someone saved in between.
pub async fn update_if_unchanged(
    conn: &impl ConnectionTrait,
    id: i32,
    seen: DateTime<Utc>,
    mut changes: project::ActiveModel,
) -> Result<bool, DbErr> {
    changes.updated_at = Set(Utc::now());
    let done = project::Entity::update_many()
        .set(changes)
        .filter(project::Column::Id.eq(id))
        .filter(project::Column::UpdatedAt.eq(seen))
        .exec(conn)
        .await?;
    if done.rows_affected != 1 {
        return Ok(false);
    }
    crate::search::refresh_project(conn, id).await?;
    Ok(true)
}

/// Replaces the districts of project `id`; none means the instance's default place.
pub async fn set_districts(
    conn: &impl ConnectionTrait,
    id: i32,
    districts: &[String],
    default_district: &str,
) -> Result<(), DbErr> {
    project_district::Entity::delete_many()
        .filter(project_district::Column::ProjectId.eq(id))
        .exec(conn)
        .await?;
    let mut keys: Vec<&str> = districts.iter().map(String::as_str).collect();
    if keys.is_empty() {
        keys.push(default_district);
    }
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        project_district::ActiveModel { project_id: Set(id), district: Set(key.to_string()) }
            .insert(conn)
            .await?;
    }
    Ok(())
}

/// Publishes or withdraws project `id`.
pub async fn set_published(
    conn: &impl ConnectionTrait,
    id: i32,
    published: bool,
) -> Result<(), DbErr> {
    project::Entity::update_many()
        .col_expr(project::Column::Published, sea_orm::sea_query::Expr::value(published))
        .filter(project::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Keeps a version of project `id`: the profile after a change, who made it and what it was.
pub async fn record_version(
    conn: &impl ConnectionTrait,
    project_id: i32,
    account_id: Option<i32>,
    snapshot: String,
    note: &str,
) -> Result<(), DbErr> {
    project_version::ActiveModel {
        project_id: Set(project_id),
        account_id: Set(account_id),
        snapshot: Set(snapshot),
        note: Set(note.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Every version of project `id`, oldest first.
pub async fn versions(
    conn: &impl ConnectionTrait,
    project_id: i32,
) -> Result<Vec<project_version::Model>, DbErr> {
    project_version::Entity::find()
        .filter(project_version::Column::ProjectId.eq(project_id))
        .order_by_asc(project_version::Column::Id)
        .all(conn)
        .await
}

/// The columns a checked profile changes. `substantive` includes name, teaser, description,
/// licence and repository (which go back to review for initiators); without it only the rest
/// is set. Slug, key, publication, screenshot and creation are never touched here.
pub fn changes(
    profile: &domain::seed::SeedProject,
    current: &project::Model,
    substantive: bool,
) -> project::ActiveModel {
    use sea_orm::ActiveValue::NotSet;
    let mut row =
        crate::seed_import::profile(profile, <project::ActiveModel as Default>::default());
    row.published = NotSet;
    row.screenshot_path = NotSet;
    row.info_url = NotSet;
    if !substantive {
        row.name = NotSet;
        row.name_folded = NotSet;
        row.teaser = NotSet;
        row.description = NotSet;
        row.licence = NotSet;
        row.licence_open = NotSet;
        row.repository_url = NotSet;
        row.search_text = Set(crate::project::search_text(
            &current.name,
            &current.teaser,
            &current.description,
            &profile.technologies,
        ));
    }
    row
}

/// Only the substantive columns of a checked profile: what an accepted change applies, so
/// that later immediate changes (status, links) are not undone by it.
pub fn substantive_changes(
    profile: &domain::seed::SeedProject,
    current: &project::Model,
) -> project::ActiveModel {
    let licence = domain::licence::read(&profile.licence);
    let technologies: Vec<String> = current.technologies.lines().map(str::to_string).collect();
    project::ActiveModel {
        name: Set(profile.name.clone()),
        name_folded: Set(domain::fold(&profile.name)),
        teaser: Set(profile.teaser.clone()),
        description: Set(profile.description.clone()),
        licence_open: Set(licence.as_ref().is_some_and(|l| l.open_source)),
        licence: Set(licence.map(|l| l.expression)),
        repository_url: Set(profile.repository_url.clone()),
        search_text: Set(crate::project::search_text(
            &profile.name,
            &profile.teaser,
            &profile.description,
            &technologies,
        )),
        ..Default::default()
    }
}
