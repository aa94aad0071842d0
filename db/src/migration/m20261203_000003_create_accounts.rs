//! Accounts, their roles and sessions, one-time links, rate-limit counts, the application
//! form's submissions with their history, and who initiates which project.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Creates the account and submission tables.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
    Name,
    Email,
    PasswordHash,
    EmailConfirmedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AccountRole {
    Table,
    AccountId,
    Role,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    AccountId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum OneTimeToken {
    Table,
    Id,
    Purpose,
    AccountId,
    SubmissionId,
    Email,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RateLimit {
    Table,
    Bucket,
    WindowStart,
    Hits,
}

#[derive(DeriveIden)]
enum Submission {
    Table,
    Id,
    FormToken,
    State,
    AccountId,
    ContactName,
    ContactEmail,
    ContactOrganisation,
    Form,
    ProjectId,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum SubmissionEvent {
    Table,
    Id,
    SubmissionId,
    AccountId,
    Kind,
    State,
    Message,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FormDraft {
    Table,
    Id,
    Kind,
    Payload,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ProjectInitiator {
    Table,
    ProjectId,
    AccountId,
}

#[derive(DeriveIden)]
enum Project {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(account()).await?;
        m.create_table(account_role()).await?;
        m.create_table(session()).await?;
        m.create_table(submission()).await?;
        m.create_table(one_time_token()).await?;
        m.create_table(submission_event()).await?;
        m.create_table(rate_limit()).await?;
        m.create_table(form_draft()).await?;
        m.create_table(project_initiator()).await?;
        let queue = Index::create()
            .name("idx_submission_state")
            .table(Submission::Table)
            .col(Submission::State)
            .col(Submission::Id)
            .to_owned();
        m.create_index(queue).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ProjectInitiator::Table.into_iden(),
            FormDraft::Table.into_iden(),
            RateLimit::Table.into_iden(),
            SubmissionEvent::Table.into_iden(),
            OneTimeToken::Table.into_iden(),
            Submission::Table.into_iden(),
            Session::Table.into_iden(),
            AccountRole::Table.into_iden(),
            Account::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

/// A foreign key from `table.column` to `account.id`.
fn to_account(
    table: impl IntoIden,
    column: impl IntoIden,
    delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Account::Table, Account::Id)
        .on_delete(delete)
        .to_owned()
}

fn account() -> TableCreateStatement {
    Table::create()
        .table(Account::Table)
        .col(pk_auto(Account::Id))
        .col(text(Account::Name))
        .col(text_uniq(Account::Email))
        .col(text_null(Account::PasswordHash))
        .col(timestamp_with_time_zone_null(Account::EmailConfirmedAt))
        .col(timestamp_with_time_zone(Account::CreatedAt))
        .to_owned()
}

fn account_role() -> TableCreateStatement {
    Table::create()
        .table(AccountRole::Table)
        .col(integer(AccountRole::AccountId))
        .col(text(AccountRole::Role))
        .primary_key(Index::create().col(AccountRole::AccountId).col(AccountRole::Role))
        .foreign_key(&mut to_account(
            AccountRole::Table,
            AccountRole::AccountId,
            ForeignKeyAction::Cascade,
        ))
        .to_owned()
}

fn session() -> TableCreateStatement {
    Table::create()
        .table(Session::Table)
        .col(text(Session::Id).primary_key())
        .col(integer(Session::AccountId))
        .col(timestamp_with_time_zone(Session::CreatedAt))
        .col(timestamp_with_time_zone(Session::ExpiresAt))
        .foreign_key(&mut to_account(Session::Table, Session::AccountId, ForeignKeyAction::Cascade))
        .to_owned()
}

fn submission() -> TableCreateStatement {
    Table::create()
        .table(Submission::Table)
        .col(pk_auto(Submission::Id))
        .col(text_uniq(Submission::FormToken))
        .col(text(Submission::State))
        .col(integer_null(Submission::AccountId))
        .col(text(Submission::ContactName))
        .col(text(Submission::ContactEmail))
        .col(text_null(Submission::ContactOrganisation))
        .col(text(Submission::Form))
        .col(integer_null(Submission::ProjectId))
        .col(timestamp_with_time_zone(Submission::CreatedAt))
        .col(timestamp_with_time_zone(Submission::UpdatedAt))
        .col(timestamp_with_time_zone_null(Submission::ExpiresAt))
        .foreign_key(&mut to_account(
            Submission::Table,
            Submission::AccountId,
            ForeignKeyAction::SetNull,
        ))
        .foreign_key(
            ForeignKey::create()
                .from(Submission::Table, Submission::ProjectId)
                .to(Project::Table, Project::Id)
                .on_delete(ForeignKeyAction::SetNull),
        )
        .to_owned()
}

fn one_time_token() -> TableCreateStatement {
    Table::create()
        .table(OneTimeToken::Table)
        .col(text(OneTimeToken::Id).primary_key())
        .col(text(OneTimeToken::Purpose))
        .col(integer_null(OneTimeToken::AccountId))
        .col(integer_null(OneTimeToken::SubmissionId))
        .col(text_null(OneTimeToken::Email))
        .col(timestamp_with_time_zone(OneTimeToken::CreatedAt))
        .col(timestamp_with_time_zone(OneTimeToken::ExpiresAt))
        .col(timestamp_with_time_zone_null(OneTimeToken::UsedAt))
        .foreign_key(&mut to_account(
            OneTimeToken::Table,
            OneTimeToken::AccountId,
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(
            ForeignKey::create()
                .from(OneTimeToken::Table, OneTimeToken::SubmissionId)
                .to(Submission::Table, Submission::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn submission_event() -> TableCreateStatement {
    Table::create()
        .table(SubmissionEvent::Table)
        .col(pk_auto(SubmissionEvent::Id))
        .col(integer(SubmissionEvent::SubmissionId))
        .col(integer_null(SubmissionEvent::AccountId))
        .col(text(SubmissionEvent::Kind))
        .col(text_null(SubmissionEvent::State))
        .col(text(SubmissionEvent::Message))
        .col(timestamp_with_time_zone(SubmissionEvent::CreatedAt))
        .foreign_key(
            ForeignKey::create()
                .from(SubmissionEvent::Table, SubmissionEvent::SubmissionId)
                .to(Submission::Table, Submission::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(&mut to_account(
            SubmissionEvent::Table,
            SubmissionEvent::AccountId,
            ForeignKeyAction::SetNull,
        ))
        .to_owned()
}

fn rate_limit() -> TableCreateStatement {
    Table::create()
        .table(RateLimit::Table)
        .col(text(RateLimit::Bucket))
        .col(timestamp_with_time_zone(RateLimit::WindowStart))
        .col(integer(RateLimit::Hits))
        .primary_key(Index::create().col(RateLimit::Bucket).col(RateLimit::WindowStart))
        .to_owned()
}

fn form_draft() -> TableCreateStatement {
    Table::create()
        .table(FormDraft::Table)
        .col(text(FormDraft::Id).primary_key())
        .col(text(FormDraft::Kind))
        .col(text(FormDraft::Payload))
        .col(timestamp_with_time_zone(FormDraft::CreatedAt))
        .to_owned()
}

fn project_initiator() -> TableCreateStatement {
    Table::create()
        .table(ProjectInitiator::Table)
        .col(integer(ProjectInitiator::ProjectId))
        .col(integer(ProjectInitiator::AccountId))
        .primary_key(
            Index::create().col(ProjectInitiator::ProjectId).col(ProjectInitiator::AccountId),
        )
        .foreign_key(
            ForeignKey::create()
                .from(ProjectInitiator::Table, ProjectInitiator::ProjectId)
                .to(Project::Table, Project::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(&mut to_account(
            ProjectInitiator::Table,
            ProjectInitiator::AccountId,
            ForeignKeyAction::Cascade,
        ))
        .to_owned()
}
