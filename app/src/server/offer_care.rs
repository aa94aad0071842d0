//! Looking after unanswered offers: the reminder after 14 days, the lapse after 30, and the
//! removal of visitors' offers never confirmed.

use chrono::{DateTime, Utc};
use db::exchange;

use super::exchange_mails as mails;
use super::offers::{LAPSE_AFTER_DAYS, REMIND_AFTER_DAYS, contacts, need_and_project};
use super::{AppState, internal};
use crate::error::AppError;

/// Reminds initiators of offers waiting 14 days and lets offers waiting 30 days lapse, telling
/// their helpers; visitors' offers never confirmed within 14 days are deleted. Runs
/// periodically; each offer is reminded and lapses once, whichever app server gets there first.
pub async fn housekeeping(state: &AppState, now: DateTime<Utc>) -> Result<(), AppError> {
    let tx = db::begin_write(&state.db).await.map_err(internal("begin housekeeping"))?;
    let due = exchange::remind_due(&tx, now, REMIND_AFTER_DAYS)
        .await
        .map_err(internal("find offers to remind"))?;
    for o in &due {
        let (need, project) = need_and_project(state, o.need_id).await?;
        for initiator in contacts(&tx, project.id).await? {
            let mail = mails::reminder(state, &initiator.email, &need.title, &project.slug);
            db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a reminder"))?;
        }
    }
    let lapsed = exchange::lapse_due(&tx, now, LAPSE_AFTER_DAYS)
        .await
        .map_err(internal("let offers lapse"))?;
    for o in &lapsed {
        let (need, _) = need_and_project(state, o.need_id).await?;
        let mail = mails::lapsed(state, &o.helper_email, &need.title);
        db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a lapse mail"))?;
    }
    let dropped = exchange::drop_unconfirmed(&tx, now, REMIND_AFTER_DAYS)
        .await
        .map_err(internal("drop unconfirmed offers"))?;
    tx.commit().await.map_err(internal("commit housekeeping"))?;
    if !due.is_empty() || !lapsed.is_empty() || dropped > 0 {
        let (reminded, lapsed) = (due.len(), lapsed.len());
        tracing::info!(reminded, lapsed, dropped, "Offers were looked after.");
    }
    Ok(())
}
