//! Full-text search over folded words: FTS5 tables with triggers on SQLite; on PostgreSQL a
//! stored `search_vector = to_tsvector('simple', search_text)` with a GIN index (see
//! `crate::search`).

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Adds `partner_profile.search_text`, builds every row's indexed text and the indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PartnerProfile {
    Table,
    SearchText,
}

/// The FTS5 table of `table` and the triggers that keep it in step with `table.search_text`.
pub(super) fn sqlite_index(table: &str) -> Vec<String> {
    vec![
        format!(
            "CREATE VIRTUAL TABLE {table}_fts USING fts5(search_text, content='{table}', \
             content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN \
             INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN \
             INSERT INTO {table}_fts({table}_fts, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); END"
        ),
        format!(
            "CREATE TRIGGER {table}_fts_update AFTER UPDATE OF search_text ON {table} BEGIN \
             INSERT INTO {table}_fts({table}_fts, rowid, search_text) \
             VALUES ('delete', old.id, old.search_text); \
             INSERT INTO {table}_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        ),
        format!("INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut column = text(PartnerProfile::SearchText).default("").to_owned();
        m.alter_table(
            Table::alter().table(PartnerProfile::Table).add_column(&mut column).to_owned(),
        )
        .await?;
        // The indexed texts are written by migration 9, which reads rows through the entities
        // of the newest schema; here the index starts from the texts already stored.
        let conn = m.get_connection();
        let statements = match m.get_database_backend() {
            DbBackend::Postgres => ["project", "partner_profile"]
                .iter()
                .flat_map(|t| {
                    // Stored, so a plan that scans rows never computes a tsvector per row.
                    [
                        format!(
                            "ALTER TABLE {t} ADD COLUMN search_vector tsvector GENERATED ALWAYS \
                             AS (to_tsvector('simple', search_text)) STORED"
                        ),
                        format!("CREATE INDEX idx_{t}_words ON {t} USING GIN (search_vector)"),
                    ]
                })
                .collect(),
            _ => [sqlite_index("project"), sqlite_index("partner_profile")].concat(),
        };
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let conn = m.get_connection();
        let statements: Vec<String> = match m.get_database_backend() {
            DbBackend::Postgres => ["project", "partner_profile"]
                .iter()
                .flat_map(|t| {
                    [
                        format!("DROP INDEX IF EXISTS idx_{t}_words"),
                        format!("ALTER TABLE {t} DROP COLUMN IF EXISTS search_vector"),
                    ]
                })
                .collect(),
            _ => ["project", "partner_profile"]
                .iter()
                .flat_map(|t| {
                    [
                        format!("DROP TRIGGER IF EXISTS {t}_fts_insert"),
                        format!("DROP TRIGGER IF EXISTS {t}_fts_delete"),
                        format!("DROP TRIGGER IF EXISTS {t}_fts_update"),
                        format!("DROP TABLE IF EXISTS {t}_fts"),
                    ]
                })
                .collect(),
        };
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}
