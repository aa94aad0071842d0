//! Uploaded images, kept in the database so every app server can serve them.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Creates `image`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Image {
    Table,
    Id,
    Bytes,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Image::Table)
            .col(text(Image::Id).primary_key())
            .col(blob(Image::Bytes))
            .col(timestamp_with_time_zone(Image::CreatedAt))
            .to_owned();
        m.create_table(table).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Image::Table).to_owned()).await
    }
}
