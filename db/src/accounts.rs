//! Accounts, roles, sessions and one-time links. Secrets arrive here already hashed.

use chrono::{DateTime, Duration, Utc};
use domain::{Role, TokenPurpose};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, sea_query::Expr,
};

use crate::entity::{account, account_role, one_time_token, session};

/// An account with its roles, as a request sees the person logged in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The account's row.
    pub account: account::Model,
    /// Its roles, in vocabulary order.
    pub roles: Vec<Role>,
}

impl Person {
    /// Whether the person holds `role`; admins hold every moderator right too.
    pub fn may(&self, role: Role) -> bool {
        self.roles.contains(&role) || (role == Role::Moderator && self.roles.contains(&Role::Admin))
    }
}

/// The account with this (lower-cased) address.
pub async fn by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find().filter(account::Column::Email.eq(email)).one(conn).await
}

/// The account with this id and its roles.
pub async fn person(conn: &impl ConnectionTrait, id: i32) -> Result<Option<Person>, DbErr> {
    let Some(account) = account::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let roles = roles(conn, id).await?;
    Ok(Some(Person { account, roles }))
}

/// The roles of account `id`.
pub async fn roles(conn: &impl ConnectionTrait, id: i32) -> Result<Vec<Role>, DbErr> {
    let rows = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(id))
        .all(conn)
        .await?;
    let mut roles: Vec<Role> = rows.iter().filter_map(|r| Role::from_key(&r.role)).collect();
    roles.sort();
    Ok(roles)
}

/// Creates an account. Call inside a write transaction after [`by_email`] found none.
pub async fn create(
    conn: &impl ConnectionTrait,
    name: &str,
    email: &str,
    password_hash: Option<String>,
    confirmed_at: Option<DateTime<Utc>>,
) -> Result<account::Model, DbErr> {
    account::ActiveModel {
        name: Set(name.to_string()),
        email: Set(email.to_string()),
        password_hash: Set(password_hash),
        email_confirmed_at: Set(confirmed_at),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Gives account `id` a role; holding it already is fine.
pub async fn grant(conn: &impl ConnectionTrait, id: i32, role: Role) -> Result<(), DbErr> {
    account_role::Entity::insert(account_role::ActiveModel {
        account_id: Set(id),
        role: Set(role.key().to_string()),
    })
    .on_conflict_do_nothing()
    .exec(conn)
    .await?;
    Ok(())
}

/// Marks the address of account `id` as confirmed (keeps an earlier confirmation).
pub async fn confirm_email(conn: &impl ConnectionTrait, id: i32) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(id))
        .filter(account::Column::EmailConfirmedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Replaces the password hash of account `id` and ends all its sessions.
pub async fn set_password(conn: &impl ConnectionTrait, id: i32, hash: &str) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash))
        .filter(account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    session::Entity::delete_many().filter(session::Column::AccountId.eq(id)).exec(conn).await?;
    Ok(())
}

/// Starts a session for account `id` under the cookie hash `id_hash`.
pub async fn start_session(
    conn: &impl ConnectionTrait,
    id_hash: &str,
    account_id: i32,
    lasts: Duration,
) -> Result<(), DbErr> {
    let now = Utc::now();
    session::ActiveModel {
        id: Set(id_hash.to_string()),
        account_id: Set(account_id),
        created_at: Set(now),
        expires_at: Set(now + lasts),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The person logged in under cookie hash `id_hash`, if the session has not expired.
pub async fn session_person(
    conn: &impl ConnectionTrait,
    id_hash: &str,
) -> Result<Option<Person>, DbErr> {
    let found = session::Entity::find_by_id(id_hash.to_string())
        .filter(session::Column::ExpiresAt.gt(Utc::now()))
        .one(conn)
        .await?;
    match found {
        Some(s) => person(conn, s.account_id).await,
        None => Ok(None),
    }
}

/// Ends the session under cookie hash `id_hash`.
pub async fn end_session(conn: &impl ConnectionTrait, id_hash: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(id_hash.to_string()).exec(conn).await?;
    Ok(())
}

/// What a one-time link is for and whom it concerns.
#[derive(Clone, Debug, Default)]
pub struct TokenFor {
    /// The account it acts on.
    pub account_id: Option<i32>,
    /// The submission it confirms.
    pub submission_id: Option<i32>,
    /// The offer of help it confirms.
    pub offer_id: Option<i32>,
}

/// Stores a mailed link's hash for `purpose`, valid for `lasts`.
pub async fn issue_token(
    conn: &impl ConnectionTrait,
    hash: &str,
    purpose: TokenPurpose,
    target: TokenFor,
    lasts: Duration,
) -> Result<(), DbErr> {
    let now = Utc::now();
    one_time_token::ActiveModel {
        id: Set(hash.to_string()),
        purpose: Set(purpose.key().to_string()),
        account_id: Set(target.account_id),
        submission_id: Set(target.submission_id),
        offer_id: Set(target.offer_id),
        email: Set(None),
        created_at: Set(now),
        expires_at: Set(now + lasts),
        used_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Uses a link: marks it used and returns it, exactly once, and only before it expires and for
/// its purpose. The conditional update makes two simultaneous clicks count once.
pub async fn use_token(
    conn: &impl ConnectionTrait,
    hash: &str,
    purpose: TokenPurpose,
) -> Result<Option<one_time_token::Model>, DbErr> {
    let now = Utc::now();
    let updated = one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::value(now))
        .filter(one_time_token::Column::Id.eq(hash))
        .filter(one_time_token::Column::Purpose.eq(purpose.key()))
        .filter(one_time_token::Column::UsedAt.is_null())
        .filter(one_time_token::Column::ExpiresAt.gt(now))
        .exec(conn)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(None);
    }
    one_time_token::Entity::find_by_id(hash.to_string()).one(conn).await
}

/// Whether a link is still usable, without using it (for the page that shows its button).
pub async fn token_usable(
    conn: &impl ConnectionTrait,
    hash: &str,
    purpose: TokenPurpose,
) -> Result<bool, DbErr> {
    let found = one_time_token::Entity::find_by_id(hash.to_string())
        .filter(one_time_token::Column::Purpose.eq(purpose.key()))
        .filter(one_time_token::Column::UsedAt.is_null())
        .filter(one_time_token::Column::ExpiresAt.gt(Utc::now()))
        .one(conn)
        .await?;
    Ok(found.is_some())
}

/// Accounts holding `role`, oldest first (for mails to the steering group).
pub async fn holders_of(
    conn: &impl ConnectionTrait,
    role: Role,
) -> Result<Vec<account::Model>, DbErr> {
    let ids: Vec<i32> = account_role::Entity::find()
        .filter(account_role::Column::Role.eq(role.key()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect();
    account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::Id)
        .all(conn)
        .await
}

/// Stores the hash of a link that confirms `email` as the new address of account `id`.
pub async fn issue_email_token(
    conn: &impl ConnectionTrait,
    hash: &str,
    account_id: i32,
    email: &str,
    lasts: Duration,
) -> Result<(), DbErr> {
    let now = Utc::now();
    one_time_token::ActiveModel {
        id: Set(hash.to_string()),
        purpose: Set(TokenPurpose::ChangeEmail.key().to_string()),
        account_id: Set(Some(account_id)),
        submission_id: Set(None),
        offer_id: Set(None),
        email: Set(Some(email.to_string())),
        created_at: Set(now),
        expires_at: Set(now + lasts),
        used_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Changes the name of account `id`.
pub async fn rename(conn: &impl ConnectionTrait, id: i32, name: &str) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::Name, Expr::value(name))
        .filter(account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Changes the address of account `id` (already confirmed by link).
pub async fn change_email(conn: &impl ConnectionTrait, id: i32, email: &str) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::Email, Expr::value(email))
        .col_expr(account::Column::EmailConfirmedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes account `id`. Its sessions, roles, links, initiator rows and partner profile go with
/// it (the projects stay and pass to the steering group); its submissions and offers lose name
/// and address (`placeholder` stands in for the name), and a need it is Pate of stays filled
/// but no longer names it.
pub async fn delete(conn: &impl ConnectionTrait, id: i32, placeholder: &str) -> Result<(), DbErr> {
    use crate::entity::{need, offer, submission};
    offer::Entity::update_many()
        .col_expr(offer::Column::HelperName, Expr::value(placeholder))
        .col_expr(offer::Column::HelperEmail, Expr::value(""))
        .filter(offer::Column::AccountId.eq(id))
        .exec(conn)
        .await?;
    need::Entity::update_many()
        .col_expr(need::Column::Pate, Expr::value(Option::<String>::None))
        .col_expr(need::Column::PateAccountId, Expr::value(Option::<i32>::None))
        .filter(need::Column::PateAccountId.eq(id))
        .exec(conn)
        .await?;
    submission::Entity::update_many()
        .col_expr(submission::Column::ContactName, Expr::value(placeholder))
        .col_expr(submission::Column::ContactEmail, Expr::value(""))
        .col_expr(submission::Column::ContactOrganisation, Expr::value(Option::<String>::None))
        .filter(submission::Column::AccountId.eq(id))
        .exec(conn)
        .await?;
    account::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}
