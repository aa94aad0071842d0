//! The project search ranks by the name and counts inside the index: the name's words get an
//! index of their own, and only published projects are indexed (see `crate::search`).

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Adds `project.search_name`, writes every indexed text anew and rebuilds the project index.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Project {
    Table,
    SearchName,
}

/// SQLite: a contentless FTS5 table of the published projects' name and body words, kept in
/// step by triggers. `contentless_delete` lets a trigger remove a row by its id alone.
const SQLITE_UP: &[&str] = &[
    "DROP TRIGGER IF EXISTS project_fts_insert",
    "DROP TRIGGER IF EXISTS project_fts_delete",
    "DROP TRIGGER IF EXISTS project_fts_update",
    "DROP TABLE IF EXISTS project_fts",
    "CREATE VIRTUAL TABLE project_fts USING fts5(name, body, content='', contentless_delete=1, \
     tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER project_fts_insert AFTER INSERT ON project WHEN new.published BEGIN \
     INSERT INTO project_fts(rowid, name, body) \
     VALUES (new.id, new.search_name, new.search_text); END",
    "CREATE TRIGGER project_fts_delete AFTER DELETE ON project BEGIN \
     DELETE FROM project_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER project_fts_update \
     AFTER UPDATE OF published, search_name, search_text ON project BEGIN \
     DELETE FROM project_fts WHERE rowid = old.id; \
     INSERT INTO project_fts(rowid, name, body) \
     SELECT new.id, new.search_name, new.search_text WHERE new.published; END",
    "INSERT INTO project_fts(rowid, name, body) \
     SELECT id, search_name, search_text FROM project WHERE published",
];

/// PostgreSQL: two stored vectors, empty while a project is unpublished, each with a GIN index.
const POSTGRES_UP: &[&str] = &[
    "DROP INDEX IF EXISTS idx_project_words",
    "ALTER TABLE project DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE project ADD COLUMN search_vector tsvector GENERATED ALWAYS AS \
     (CASE WHEN published THEN to_tsvector('simple', search_text) ELSE ''::tsvector END) STORED",
    "ALTER TABLE project ADD COLUMN name_vector tsvector GENERATED ALWAYS AS \
     (CASE WHEN published THEN to_tsvector('simple', search_name) ELSE ''::tsvector END) STORED",
    "CREATE INDEX idx_project_words ON project USING GIN (search_vector)",
    "CREATE INDEX idx_project_name_words ON project USING GIN (name_vector)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut column = text(Project::SearchName).default("").to_owned();
        m.alter_table(Table::alter().table(Project::Table).add_column(&mut column).to_owned())
            .await?;
        let conn = m.get_connection();
        crate::search::refresh_all(conn).await?;
        let statements = match m.get_database_backend() {
            DbBackend::Postgres => POSTGRES_UP,
            _ => SQLITE_UP,
        };
        // One batch, so one pooled connection runs it: a second one could still read the
        // schema from before the drops and refuse the new triggers as existing.
        conn.execute_unprepared(&statements.join(";\n")).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let conn = m.get_connection();
        let statements: Vec<String> = match m.get_database_backend() {
            DbBackend::Postgres => [
                "DROP INDEX IF EXISTS idx_project_name_words",
                "DROP INDEX IF EXISTS idx_project_words",
                "ALTER TABLE project DROP COLUMN IF EXISTS name_vector",
                "ALTER TABLE project DROP COLUMN IF EXISTS search_vector",
                "ALTER TABLE project ADD COLUMN search_vector tsvector GENERATED ALWAYS AS \
                 (to_tsvector('simple', search_text)) STORED",
                "CREATE INDEX idx_project_words ON project USING GIN (search_vector)",
            ]
            .map(String::from)
            .to_vec(),
            _ => {
                let mut undo: Vec<String> =
                    SQLITE_UP[..4].iter().map(|s| String::from(*s)).collect();
                undo.extend(super::m20261204_000007_full_text_search::sqlite_index("project"));
                undo
            }
        };
        conn.execute_unprepared(&statements.join(";\n")).await?;
        let drop = Table::alter().table(Project::Table).drop_column(Project::SearchName).to_owned();
        m.alter_table(drop).await
    }
}
