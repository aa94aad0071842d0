//! Request counts per client and action, in fixed windows, shared by every app server.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::connect::begin_write;
use crate::entity::rate_limit;

/// Counts one request in `bucket` for the window that starts at `window_start` and returns
/// the window's count including this one. One statement per engine does the counting, so
/// requests to different servers at the same moment are all counted.
pub async fn hit(
    db: &DatabaseConnection,
    bucket: &str,
    window_start: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let tx = begin_write(db).await?;
    rate_limit::Entity::insert(rate_limit::ActiveModel {
        bucket: Set(bucket.to_string()),
        window_start: Set(window_start),
        hits: Set(1),
    })
    .on_conflict(
        OnConflict::columns([rate_limit::Column::Bucket, rate_limit::Column::WindowStart])
            .value(
                rate_limit::Column::Hits,
                Expr::col((rate_limit::Entity, rate_limit::Column::Hits)).add(1),
            )
            .to_owned(),
    )
    .exec_without_returning(&tx)
    .await?;
    let hits = rate_limit::Entity::find_by_id((bucket.to_string(), window_start))
        .one(&tx)
        .await?
        .map_or(1, |row| row.hits);
    tx.commit().await?;
    Ok(hits)
}

/// Deletes the counts of windows that started before `before`.
pub async fn sweep(db: &DatabaseConnection, before: DateTime<Utc>) -> Result<u64, DbErr> {
    let done = rate_limit::Entity::delete_many()
        .filter(rate_limit::Column::WindowStart.lt(before))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
