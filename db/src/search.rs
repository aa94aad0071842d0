//! What the full-text search indexes: the folded words of a row (`domain::words`), joined by
//! spaces, so every engine's tokeniser sees only letters and digits and agrees on every word.
//! A query word matches every indexed word it begins, so `baum` finds `baumpatenschaften`.
//!
//! Projects are indexed twice over, as all their words and as the words of their name, and only
//! while published; partner profiles once. How each engine keeps and queries these indexes is
//! in [`crate::dialect::search`], re-exported here.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

pub use crate::dialect::search::*;
use crate::entity::{need, partner_profile, project};

/// The indexed text of a project: its words and those of its needs.
pub fn project_text(p: &project::Model, needs: &[need::Model]) -> String {
    let mut parts = vec![p.name.as_str(), &p.teaser, &p.description, &p.technologies];
    for n in needs {
        parts.extend([n.title.as_str(), &n.description, &n.skills]);
    }
    domain::words(&parts.join("\n")).join(" ")
}

/// The indexed words of a project's name.
pub fn name_text(name: &str) -> String {
    domain::words(name).join(" ")
}

/// The indexed text of a partner profile.
pub fn partner_text(p: &partner_profile::Model) -> String {
    domain::words(&[p.display_name.as_str(), &p.description, &p.skills].join("\n")).join(" ")
}

/// Writes project `id`'s indexed text anew (after its profile or its needs changed).
pub async fn refresh_project(conn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    let Some(p) = project::Entity::find_by_id(id).one(conn).await? else { return Ok(()) };
    let needs = need::Entity::find()
        .filter(need::Column::ProjectId.eq(id))
        .order_by_asc(need::Column::Position)
        .all(conn)
        .await?;
    let (text, name) = (project_text(&p, &needs), name_text(&p.name));
    if text == p.search_text && name == p.search_name {
        return Ok(());
    }
    let row = project::ActiveModel {
        id: Set(id),
        search_text: Set(text),
        search_name: Set(name),
        ..Default::default()
    };
    row.update(conn).await?;
    Ok(())
}

/// Writes partner profile `id`'s indexed text anew.
pub async fn refresh_partner(conn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    let Some(p) = partner_profile::Entity::find_by_id(id).one(conn).await? else { return Ok(()) };
    let text = partner_text(&p);
    if text != p.search_text {
        partner_profile::ActiveModel { id: Set(id), search_text: Set(text), ..Default::default() }
            .update(conn)
            .await?;
    }
    Ok(())
}

/// Writes every row's indexed text anew (after the way it is built changed).
pub async fn refresh_all(conn: &impl ConnectionTrait) -> Result<(), DbErr> {
    let projects: Vec<i32> = project::Entity::find()
        .select_only()
        .column(project::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    for id in projects {
        refresh_project(conn, id).await?;
    }
    let partners: Vec<i32> = partner_profile::Entity::find()
        .select_only()
        .column(partner_profile::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    for id in partners {
        refresh_partner(conn, id).await?;
    }
    Ok(())
}
