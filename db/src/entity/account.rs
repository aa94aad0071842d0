//! A person with an account.

use sea_orm::entity::prelude::*;

/// One row of `account`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Display name, shown to moderators and in mails.
    pub name: String,
    /// Lower-cased address; never shown publicly.
    #[sea_orm(unique)]
    pub email: String,
    /// Argon2id hash in PHC form; `None` until the person sets a password.
    pub password_hash: Option<String>,
    /// When the address was confirmed by link, UTC.
    pub email_confirmed_at: Option<DateTimeUtc>,
    /// When the account was made, UTC.
    pub created_at: DateTimeUtc,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
