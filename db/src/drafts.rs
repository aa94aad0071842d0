//! Forms sent back with errors, kept briefly so the page shows them again as typed, on
//! whichever server the browser reaches next.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

use crate::entity::form_draft;

/// How long a draft is kept.
pub fn lifetime() -> Duration {
    Duration::hours(24)
}

/// Stores a draft of form `kind` under the random key `id`.
pub async fn save(
    conn: &impl ConnectionTrait,
    id: &str,
    kind: &str,
    payload: String,
) -> Result<(), DbErr> {
    form_draft::ActiveModel {
        id: Set(id.to_string()),
        kind: Set(kind.to_string()),
        payload: Set(payload),
        created_at: Set(Utc::now()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The payload of draft `id` of form `kind`, while it is fresh.
pub async fn load(
    conn: &impl ConnectionTrait,
    id: &str,
    kind: &str,
) -> Result<Option<String>, DbErr> {
    let found = form_draft::Entity::find_by_id(id.to_string())
        .filter(form_draft::Column::Kind.eq(kind))
        .filter(form_draft::Column::CreatedAt.gt(Utc::now() - lifetime()))
        .one(conn)
        .await?;
    Ok(found.map(|d| d.payload))
}

/// Deletes drafts older than their lifetime; they may hold personal data.
pub async fn sweep(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let done = form_draft::Entity::delete_many()
        .filter(form_draft::Column::CreatedAt.lt(Utc::now() - lifetime()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected)
}
