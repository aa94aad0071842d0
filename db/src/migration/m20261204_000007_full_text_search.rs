//! Full-text search over folded words: FTS5 tables with triggers on SQLite; on PostgreSQL a
//! stored `search_vector = to_tsvector('simple', search_text)` with a GIN index (see
//! `crate::search`).

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use crate::dialect::schema;

/// Adds `partner_profile.search_text`, builds every row's indexed text and the indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PartnerProfile {
    Table,
    SearchText,
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
        let statements: Vec<String> = ["project", "partner_profile"]
            .iter()
            .flat_map(|t| match m.get_database_backend() {
                DbBackend::Postgres => schema::tsvector_v1(t).to_vec(),
                _ => schema::fts_v1(t),
            })
            .collect();
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let conn = m.get_connection();
        let statements: Vec<String> = ["project", "partner_profile"]
            .iter()
            .flat_map(|t| match m.get_database_backend() {
                DbBackend::Postgres => schema::drop_tsvector_v1(t).to_vec(),
                _ => schema::drop_fts_v1(t).to_vec(),
            })
            .collect();
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }
}
