//! The outbox: mails are written here in the transaction of the action that causes them and
//! sent from here, so a mail that cannot be sent now is retried, never lost.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Creates the `outbox` table.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Recipient,
    Subject,
    Body,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(Outbox::Table)
            .col(pk_auto(Outbox::Id))
            .col(text(Outbox::Recipient))
            .col(text(Outbox::Subject))
            .col(text(Outbox::Body))
            .col(timestamp_with_time_zone(Outbox::CreatedAt))
            .col(integer(Outbox::Attempts))
            .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
            .col(timestamp_with_time_zone_null(Outbox::SentAt))
            .col(text_null(Outbox::LastError))
            .to_owned();
        m.create_table(table).await?;
        let due = Index::create()
            .name("idx_outbox_due")
            .table(Outbox::Table)
            .col(Outbox::SentAt)
            .col(Outbox::NextAttemptAt)
            .to_owned();
        m.create_index(due).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Outbox::Table).to_owned()).await
    }
}
