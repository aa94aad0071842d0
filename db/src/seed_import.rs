//! Importing the seed file: creates what is new, updates what exists, never duplicates, and
//! never undoes what happened on the platform (offers, Paten, withdrawals, screenshots).

use chrono::Utc;
use domain::seed::SeedProject;
use domain::{fold, licence, time};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ActiveValue::Set, ColumnTrait, ConnectionTrait,
    DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::connect::begin_write;
use crate::entity::{need, offer, project, project_district, project_no_need};
use crate::project::{free_slug, search_text};

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Projects that were new.
    pub created: usize,
    /// Projects found by their seed key and brought up to date.
    pub updated: usize,
}

/// Whether the database holds no project at all (a first start).
pub async fn is_empty(db: &DatabaseConnection) -> Result<bool, DbErr> {
    Ok(project::Entity::find().count(db).await? == 0)
}

/// Imports the projects in one write transaction: all of them or, on any error, none, so an
/// interrupted first start leaves an empty database that the next start fills again. A
/// project found by its seed key keeps its id and slug; its profile, needs, places and
/// statements are replaced.
pub async fn import(
    db: &DatabaseConnection,
    projects: &[SeedProject],
    default_district: &str,
) -> Result<ImportReport, DbErr> {
    let mut report = ImportReport::default();
    let tx = begin_write(db).await?;
    // Taken before the seed keys are read, so two importers cannot both find a key missing.
    crate::dialect::lock_slugs(&tx).await?;
    for seed in projects {
        let existing =
            project::Entity::find().filter(project::Column::SeedKey.eq(&seed.key)).one(&tx).await?;
        let id = if let Some(found) = existing {
            report.updated += 1;
            let mut row = profile(seed, project::ActiveModel::from(found));
            // Whether the catalogue shows it and its screenshot are the platform's business:
            // a withdrawn project stays withdrawn, an uploaded screenshot stays.
            row.published = NotSet;
            row.screenshot_path = NotSet;
            row.update(&tx).await?.id
        } else {
            report.created += 1;
            let mut row = profile(seed, <project::ActiveModel as Default>::default());
            row.slug = Set(free_slug(&tx, &seed.name).await?);
            row.seed_key = Set(Some(seed.key.clone()));
            row.created_at = Set(Utc::now());
            row.insert(&tx).await?.id
        };
        replace_children(&tx, id, seed, default_district).await?;
    }
    tx.commit().await?;
    tracing::info!(created = report.created, updated = report.updated, "Seed imported.");
    Ok(report)
}

/// Sets every profile field the seed states on `row`; slug, key and creation stay untouched.
pub(crate) fn profile(seed: &SeedProject, mut row: project::ActiveModel) -> project::ActiveModel {
    let licence = licence::read(&seed.licence);
    row.name = Set(seed.name.trim().to_string());
    row.name_folded = Set(fold(seed.name.trim()));
    row.teaser = Set(seed.teaser.trim().to_string());
    row.description = Set(seed.description.trim().to_string());
    row.search_text =
        Set(search_text(&seed.name, &seed.teaser, &seed.description, &seed.technologies));
    row.category = Set(seed.category.clone());
    row.kind = Set(seed.kind.key().to_string());
    row.status = Set(seed.status.key().to_string());
    row.origin = Set(seed.origin.clone());
    row.start_month = Set(seed.start_month.clone());
    row.complexity = Set(seed.complexity.map(|c| c.key().to_string()));
    row.technologies = Set(seed.technologies.join("\n"));
    row.licence_open = Set(licence.as_ref().is_some_and(|l| l.open_source));
    row.licence = Set(licence.map(|l| l.expression));
    row.repository_url = Set(seed.repository_url.clone());
    row.project_url = Set(seed.project_url.clone());
    row.info_url = Set(seed.info_url.clone());
    row.screenshot_path = Set(None);
    row.deployment = Set(seed.deployment.map(|d| d.key().to_string()));
    row.yearly_costs_eur = Set(seed.yearly_costs_eur.and_then(|c| i32::try_from(c).ok()));
    row.published = Set(true);
    // Without a date in the seed, a new project counts as updated now and a known one keeps
    // its date, so a re-import does not make every project look freshly edited.
    match seed.updated.as_deref().and_then(time::berlin_day_start) {
        Some(day) => row.updated_at = Set(day),
        None if row.updated_at.is_not_set() => row.updated_at = Set(Utc::now()),
        None => {}
    }
    row
}

/// Merges the seed's needs into project `id`'s, so a re-import never undoes what happened on
/// the platform. A need found again by pillar and title keeps its id, state, Pate and offers;
/// its texts and effort come from the seed. A seed need not found is added as the seed states
/// it. A need the seed no longer lists goes, unless it has offers or a Pate from the platform.
async fn merge_needs(
    conn: &impl ConnectionTrait,
    id: i32,
    seed: &SeedProject,
) -> Result<(), DbErr> {
    let mut existing =
        need::Entity::find().filter(need::Column::ProjectId.eq(id)).all(conn).await?;
    for (position, n) in seed.needs.iter().enumerate() {
        let same = |e: &need::Model| e.pillar == n.pillar.key() && fold(&e.title) == fold(&n.title);
        let mut row = match existing.iter().position(same) {
            Some(found) => need::ActiveModel::from(existing.swap_remove(found)),
            None => need::ActiveModel {
                project_id: Set(id),
                pillar: Set(n.pillar.key().to_string()),
                state: Set(n.state.key().to_string()),
                pate: Set(n.pate.clone()),
                ..Default::default()
            },
        };
        row.title = Set(n.title.clone());
        row.description = Set(n.description.clone());
        row.position = Set(i32::try_from(position).unwrap_or(i32::MAX));
        row.skills = Set(n.skills.join(", "));
        row.hours_per_month = Set(n.hours_per_month.and_then(|h| i32::try_from(h).ok()));
        row.amount_eur = Set(n.amount_eur.and_then(|a| i32::try_from(a).ok()));
        row.pays_for = Set(n.pays_for.clone());
        row.newcomer = Set(n.newcomer);
        row.save(conn).await?;
    }
    for gone in existing {
        let offers =
            offer::Entity::find().filter(offer::Column::NeedId.eq(gone.id)).count(conn).await?;
        if offers == 0 && gone.pate_account_id.is_none() {
            need::Entity::delete_by_id(gone.id).exec(conn).await?;
        }
    }
    Ok(())
}

/// Brings needs, places and "kein Bedarf" statements of project `id` to the seed's: places and
/// statements are replaced, needs merged (see [`merge_needs`]).
pub(crate) async fn replace_children(
    conn: &impl ConnectionTrait,
    id: i32,
    seed: &SeedProject,
    default_district: &str,
) -> Result<(), DbErr> {
    merge_needs(conn, id, seed).await?;
    project_district::Entity::delete_many()
        .filter(project_district::Column::ProjectId.eq(id))
        .exec(conn)
        .await?;
    project_no_need::Entity::delete_many()
        .filter(project_no_need::Column::ProjectId.eq(id))
        .exec(conn)
        .await?;
    let mut districts: Vec<&str> = seed.districts.iter().map(String::as_str).collect();
    if districts.is_empty() {
        districts.push(default_district);
    }
    districts.sort_unstable();
    districts.dedup();
    for district in districts {
        project_district::ActiveModel { project_id: Set(id), district: Set(district.into()) }
            .insert(conn)
            .await?;
    }
    for pillar in &seed.no_need {
        project_no_need::ActiveModel { project_id: Set(id), pillar: Set(pillar.key().into()) }
            .insert(conn)
            .await?;
    }
    crate::search::refresh_project(conn, id).await?;
    Ok(())
}
