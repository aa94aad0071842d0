//! Indexes for the catalogue at 100,000 projects: the list by name reads published rows in
//! name order from an index instead of sorting them, and the pillar and district filters find
//! their projects without scanning needs and places.

use sea_orm::ConnectionTrait;
use sea_orm_migration::prelude::*;

/// Creates the listing indexes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let name = crate::dialect::schema::listing_name(m.get_database_backend());
        let statements = [
            format!("CREATE INDEX idx_project_listing ON project (published, {name}, id)"),
            "CREATE INDEX idx_need_open_pillar ON need (state, pillar, project_id)".to_string(),
            "CREATE INDEX idx_project_district_place ON project_district (district, project_id)"
                .to_string(),
        ];
        for sql in statements {
            m.get_connection().execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for index in ["idx_project_listing", "idx_need_open_pillar", "idx_project_district_place"] {
            m.get_connection().execute_unprepared(&format!("DROP INDEX IF EXISTS {index}")).await?;
        }
        Ok(())
    }
}
