//! Schema migrations: one set for SQLite and PostgreSQL alike, run at every start.

use sea_orm_migration::prelude::*;

mod m20261203_000001_create_catalogue;
mod m20261203_000002_create_outbox;
mod m20261203_000003_create_accounts;
mod m20261203_000004_create_project_versions;
mod m20261203_000005_create_images;
mod m20261203_000006_create_partner_exchange;
mod m20261204_000007_full_text_search;
mod m20261204_000008_listing_indexes;
mod m20261204_000009_ranked_search;

/// All migrations, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261203_000001_create_catalogue::Migration),
            Box::new(m20261203_000002_create_outbox::Migration),
            Box::new(m20261203_000003_create_accounts::Migration),
            Box::new(m20261203_000004_create_project_versions::Migration),
            Box::new(m20261203_000005_create_images::Migration),
            Box::new(m20261203_000006_create_partner_exchange::Migration),
            Box::new(m20261204_000007_full_text_search::Migration),
            Box::new(m20261204_000008_listing_indexes::Migration),
            Box::new(m20261204_000009_ranked_search::Migration),
        ]
    }
}
