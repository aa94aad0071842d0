//! Full-text search over folded words, the one place besides `connect` that speaks each
//! engine's dialect.
//!
//! Both engines index the same text: the folded words of a row (`domain::words`), joined by
//! spaces, so their tokenisers see only letters and digits and agree on every word. SQLite
//! keeps an FTS5 table per searched table, updated by triggers; PostgreSQL a stored column
//! `search_vector = to_tsvector('simple', search_text)` with a GIN index. A query word matches every indexed word it begins, so
//! `baum` finds `baumpatenschaften`. Ordering is done in SQL both engines share.

use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::entity::{need, partner_profile, project};

/// The tables with a full-text index, and the FTS5 table of each on SQLite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indexed {
    /// Projects: name, teaser, description, technologies and needs.
    Project,
    /// Partner profiles: name, description and skills.
    Partner,
}

impl Indexed {
    /// The searched table.
    pub fn table(self) -> &'static str {
        match self {
            Indexed::Project => "project",
            Indexed::Partner => "partner_profile",
        }
    }
}

/// The condition "every word of `terms` begins a word of the row", in the engine's dialect.
/// Terms come from `domain::words` or `domain::search_terms`: letters and digits only.
pub fn matches(backend: DbBackend, table: Indexed, terms: &[String]) -> SimpleExpr {
    let name = table.table();
    match backend {
        DbBackend::Postgres => {
            let query: Vec<String> = terms.iter().map(|t| format!("{}:*", plain(t))).collect();
            Expr::cust_with_values(
                format!("{name}.search_vector @@ to_tsquery('simple', $1)"),
                [query.join(" & ")],
            )
        }
        _ => {
            let query: Vec<String> = terms.iter().map(|t| format!("\"{}\"*", plain(t))).collect();
            Expr::cust_with_values(
                format!("{name}.id IN (SELECT rowid FROM {name}_fts WHERE {name}_fts MATCH ?)"),
                [query.join(" ")],
            )
        }
    }
}

/// A term reduced to letters and digits, so no query syntax can slip through.
fn plain(term: &str) -> String {
    term.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The indexed text of a project: its words and those of its needs.
pub fn project_text(p: &project::Model, needs: &[need::Model]) -> String {
    let mut parts = vec![p.name.as_str(), &p.teaser, &p.description, &p.technologies];
    for n in needs {
        parts.extend([n.title.as_str(), &n.description, &n.skills]);
    }
    domain::words(&parts.join("\n")).join(" ")
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
    let text = project_text(&p, &needs);
    if text != p.search_text {
        project::ActiveModel { id: Set(id), search_text: Set(text), ..Default::default() }
            .update(conn)
            .await?;
    }
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
    let projects: Vec<i32> =
        project::Entity::find().all(conn).await?.into_iter().map(|p| p.id).collect();
    for id in projects {
        refresh_project(conn, id).await?;
    }
    let partners: Vec<i32> =
        partner_profile::Entity::find().all(conn).await?.into_iter().map(|p| p.id).collect();
    for id in partners {
        refresh_partner(conn, id).await?;
    }
    Ok(())
}
