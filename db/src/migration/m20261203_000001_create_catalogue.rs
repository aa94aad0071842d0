//! The catalogue: projects, their needs, places and "kein Bedarf" statements.
//!
//! Every text column is `TEXT`: lengths are the application's business (see `domain::limits`),
//! because SQLite would ignore a `VARCHAR(n)` that PostgreSQL enforces.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Creates the catalogue's four tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Project {
    Table,
    Id,
    Slug,
    SeedKey,
    Name,
    NameFolded,
    Teaser,
    Description,
    SearchText,
    Category,
    Kind,
    Status,
    Origin,
    StartMonth,
    Complexity,
    Technologies,
    Licence,
    LicenceOpen,
    RepositoryUrl,
    ProjectUrl,
    InfoUrl,
    ScreenshotPath,
    Deployment,
    YearlyCostsEur,
    Published,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Need {
    Table,
    Id,
    ProjectId,
    Pillar,
    Title,
    Description,
    State,
    Pate,
    Position,
}

#[derive(Clone, Copy, DeriveIden)]
enum ProjectDistrict {
    Table,
    District,
}

#[derive(Clone, Copy, DeriveIden)]
enum ProjectNoNeed {
    Table,
    Pillar,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(project_table()).await?;
        m.create_table(need_table()).await?;
        m.create_table(pair_table(ProjectDistrict::Table, ProjectDistrict::District)).await?;
        m.create_table(pair_table(ProjectNoNeed::Table, ProjectNoNeed::Pillar)).await?;
        m.create_index(
            Index::create()
                .name("idx_project_name_folded")
                .table(Project::Table)
                .col(Project::NameFolded)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_need_project_state")
                .table(Need::Table)
                .col(Need::ProjectId)
                .col(Need::State)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ProjectNoNeed::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(ProjectDistrict::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(Need::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(Project::Table).to_owned()).await
    }
}

fn project_table() -> TableCreateStatement {
    Table::create()
        .table(Project::Table)
        .col(pk_auto(Project::Id))
        .col(text_uniq(Project::Slug))
        .col(text_null(Project::SeedKey).unique_key())
        .col(text(Project::Name))
        .col(text(Project::NameFolded))
        .col(text(Project::Teaser))
        .col(text(Project::Description))
        .col(text(Project::SearchText))
        .col(text(Project::Category))
        .col(text(Project::Kind))
        .col(text(Project::Status))
        .col(text(Project::Origin))
        .col(text_null(Project::StartMonth))
        .col(text_null(Project::Complexity))
        .col(text(Project::Technologies))
        .col(text_null(Project::Licence))
        .col(boolean(Project::LicenceOpen))
        .col(text(Project::RepositoryUrl))
        .col(text_null(Project::ProjectUrl))
        .col(text_null(Project::InfoUrl))
        .col(text_null(Project::ScreenshotPath))
        .col(text_null(Project::Deployment))
        .col(integer_null(Project::YearlyCostsEur))
        .col(boolean(Project::Published))
        .col(timestamp_with_time_zone(Project::CreatedAt))
        .col(timestamp_with_time_zone(Project::UpdatedAt))
        .to_owned()
}

fn need_table() -> TableCreateStatement {
    Table::create()
        .table(Need::Table)
        .col(pk_auto(Need::Id))
        .col(integer(Need::ProjectId))
        .col(text(Need::Pillar))
        .col(text(Need::Title))
        .col(text(Need::Description))
        .col(text(Need::State))
        .col(text_null(Need::Pate))
        .col(integer(Need::Position))
        .foreign_key(
            ForeignKey::create()
                .from(Need::Table, Need::ProjectId)
                .to(Project::Table, Project::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

/// A (project, key) table whose rows vanish with their project.
fn pair_table(
    table: impl IntoIden + Copy + 'static,
    key: impl IntoIden + Copy + 'static,
) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(integer(Alias::new("project_id")))
        .col(text(key))
        .primary_key(Index::create().col(Alias::new("project_id")).col(key))
        .foreign_key(
            ForeignKey::create()
                .from(table, Alias::new("project_id"))
                .to(Project::Table, Project::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}
