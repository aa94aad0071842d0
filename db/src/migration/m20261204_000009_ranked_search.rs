//! The project search ranks by the name and counts inside the index: the name's words get an
//! index of their own, and only published projects are indexed (see `crate::search`).

use sea_orm::{ConnectionTrait, DbBackend};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use crate::dialect::schema;

/// Adds `project.search_name`, writes every indexed text anew and rebuilds the project index.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Project {
    Table,
    SearchName,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut column = text(Project::SearchName).default("").to_owned();
        m.alter_table(Table::alter().table(Project::Table).add_column(&mut column).to_owned())
            .await?;
        let conn = m.get_connection();
        crate::search::refresh_all(conn).await?;
        let statements = match m.get_database_backend() {
            DbBackend::Postgres => schema::POSTGRES_RANKED_SEARCH,
            _ => schema::SQLITE_RANKED_SEARCH,
        };
        // One batch, so one pooled connection runs it: a second one could still read the
        // schema from before the drops and refuse the new triggers as existing.
        conn.execute_unprepared(&statements.join(";\n")).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let conn = m.get_connection();
        let statements = match m.get_database_backend() {
            DbBackend::Postgres => schema::postgres_unrank(),
            _ => schema::sqlite_unrank(),
        };
        conn.execute_unprepared(&statements.join(";\n")).await?;
        let drop = Table::alter().table(Project::Table).drop_column(Project::SearchName).to_owned();
        m.alter_table(drop).await
    }
}
