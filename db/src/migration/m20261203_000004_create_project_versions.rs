//! Every version of a project's profile, so moderators see who changed what and when.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Creates `project_version`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ProjectVersion {
    Table,
    Id,
    ProjectId,
    AccountId,
    Snapshot,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Project {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(ProjectVersion::Table)
            .col(pk_auto(ProjectVersion::Id))
            .col(integer(ProjectVersion::ProjectId))
            .col(integer_null(ProjectVersion::AccountId))
            .col(text(ProjectVersion::Snapshot))
            .col(text(ProjectVersion::Note))
            .col(timestamp_with_time_zone(ProjectVersion::CreatedAt))
            .foreign_key(
                ForeignKey::create()
                    .from(ProjectVersion::Table, ProjectVersion::ProjectId)
                    .to(Project::Table, Project::Id)
                    .on_delete(ForeignKeyAction::Cascade),
            )
            .foreign_key(
                ForeignKey::create()
                    .from(ProjectVersion::Table, ProjectVersion::AccountId)
                    .to(Account::Table, Account::Id)
                    .on_delete(ForeignKeyAction::SetNull),
            )
            .to_owned();
        m.create_table(table).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ProjectVersion::Table).to_owned()).await
    }
}
