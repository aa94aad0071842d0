//! The partner exchange: richer needs, partner profiles and offers of help.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Adds the need details and creates `partner_profile` and `offer`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Need {
    Table,
    Id,
    Skills,
    HoursPerMonth,
    AmountEur,
    PaysFor,
    Newcomer,
    PateAccountId,
    PateHidden,
}

#[derive(DeriveIden)]
enum PartnerProfile {
    Table,
    Id,
    AccountId,
    Kind,
    DisplayName,
    Pillars,
    Skills,
    HoursPerMonth,
    BudgetEur,
    Categories,
    Districts,
    Description,
    Listed,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Offer {
    Table,
    Id,
    NeedId,
    Direction,
    AccountId,
    HelperName,
    HelperEmail,
    Message,
    StayUnnamed,
    State,
    Reply,
    CreatedAt,
    AnsweredAt,
    RemindedAt,
}

#[derive(DeriveIden)]
enum OneTimeToken {
    Table,
    OfferId,
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        let columns = [
            text(Need::Skills).default("").to_owned(),
            integer_null(Need::HoursPerMonth).to_owned(),
            integer_null(Need::AmountEur).to_owned(),
            text(Need::PaysFor).default("").to_owned(),
            boolean(Need::Newcomer).default(false).to_owned(),
            integer_null(Need::PateAccountId).to_owned(),
            boolean(Need::PateHidden).default(false).to_owned(),
        ];
        for mut column in columns {
            m.alter_table(Table::alter().table(Need::Table).add_column(&mut column).to_owned())
                .await?;
        }
        let mut offer_link = integer_null(OneTimeToken::OfferId);
        m.alter_table(
            Table::alter().table(OneTimeToken::Table).add_column(&mut offer_link).to_owned(),
        )
        .await?;
        m.create_table(partner_table()).await?;
        m.create_table(offer_table()).await?;
        m.create_index(
            Index::create()
                .name("idx_offer_need_state")
                .table(Offer::Table)
                .col(Offer::NeedId)
                .col(Offer::State)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Offer::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(PartnerProfile::Table).to_owned()).await
    }
}

fn partner_table() -> TableCreateStatement {
    Table::create()
        .table(PartnerProfile::Table)
        .col(pk_auto(PartnerProfile::Id))
        .col(integer_uniq(PartnerProfile::AccountId))
        .col(text(PartnerProfile::Kind))
        .col(text(PartnerProfile::DisplayName))
        .col(text(PartnerProfile::Pillars))
        .col(text(PartnerProfile::Skills))
        .col(integer_null(PartnerProfile::HoursPerMonth))
        .col(integer_null(PartnerProfile::BudgetEur))
        .col(text(PartnerProfile::Categories))
        .col(text(PartnerProfile::Districts))
        .col(text(PartnerProfile::Description))
        .col(boolean(PartnerProfile::Listed))
        .col(timestamp_with_time_zone(PartnerProfile::UpdatedAt))
        .foreign_key(
            ForeignKey::create()
                .from(PartnerProfile::Table, PartnerProfile::AccountId)
                .to(Account::Table, Account::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

fn offer_table() -> TableCreateStatement {
    Table::create()
        .table(Offer::Table)
        .col(pk_auto(Offer::Id))
        .col(integer(Offer::NeedId))
        .col(text(Offer::Direction))
        .col(integer_null(Offer::AccountId))
        .col(text(Offer::HelperName))
        .col(text(Offer::HelperEmail))
        .col(text(Offer::Message))
        .col(boolean(Offer::StayUnnamed))
        .col(text(Offer::State))
        .col(text(Offer::Reply))
        .col(timestamp_with_time_zone(Offer::CreatedAt))
        .col(timestamp_with_time_zone_null(Offer::AnsweredAt))
        .col(timestamp_with_time_zone_null(Offer::RemindedAt))
        .foreign_key(
            ForeignKey::create()
                .from(Offer::Table, Offer::NeedId)
                .to(Need::Table, Need::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(Offer::Table, Offer::AccountId)
                .to(Account::Table, Account::Id)
                .on_delete(ForeignKeyAction::SetNull),
        )
        .to_owned()
}
