//! Queueing mails and keeping track of their delivery.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use crate::entity::outbox;

/// A mail to be sent: one recipient, a subject and a plain-text body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingMail {
    /// The address it goes to.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// Queues a mail. Call it inside the transaction of the action that causes the mail, so both
/// happen or neither; the sender delivers it afterwards. Returns the mail's id.
pub async fn enqueue(conn: &impl ConnectionTrait, mail: &OutgoingMail) -> Result<i32, DbErr> {
    let now = Utc::now();
    let row = outbox::ActiveModel {
        recipient: Set(mail.to.clone()),
        subject: Set(mail.subject.clone()),
        body: Set(mail.body.clone()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        last_error: Set(None),
        ..Default::default()
    };
    Ok(row.insert(conn).await?.id)
}

/// Mails not yet sent whose next attempt is due at `now`, oldest first.
pub async fn due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// Records that the transport took mail `id`.
pub async fn mark_sent(
    conn: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    outbox::ActiveModel { id: Set(id), sent_at: Set(Some(now)), ..Default::default() }
        .update(conn)
        .await
        .map(|_| ())
}

/// Records a failed attempt and when to try again: after 1, 2, 4, … minutes, at most an hour
/// apart. The mail stays queued however often it fails.
pub async fn mark_failed(
    conn: &impl ConnectionTrait,
    mail: &outbox::Model,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let attempts = mail.attempts.saturating_add(1);
    outbox::ActiveModel {
        id: Set(mail.id),
        attempts: Set(attempts),
        next_attempt_at: Set(now + retry_delay(attempts)),
        last_error: Set(Some(error.chars().take(500).collect())),
        ..Default::default()
    }
    .update(conn)
    .await
    .map(|_| ())
}

/// The wait after the `attempts`-th failure: 2^(attempts-1) minutes, capped at 60.
pub fn retry_delay(attempts: i32) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1)).unwrap_or(0).min(6);
    Duration::minutes(i64::from(2u32.pow(exponent)).min(60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_an_hour() {
        let minutes: Vec<i64> = (1..=9).map(|a| retry_delay(a).num_minutes()).collect();
        assert_eq!(minutes, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }
}
