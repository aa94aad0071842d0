//! Offers of help and invitations: stored, answered once, reminded and lapsed.

use chrono::{DateTime, Duration, Utc};
use domain::{NeedState, OfferState};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use crate::entity::{need, offer};

/// A new offer or invitation.
#[derive(Clone, Debug)]
pub struct NewOffer {
    /// The need.
    pub need_id: i32,
    /// Offer or invitation.
    pub direction: domain::OfferDirection,
    /// The helper's account, if any.
    pub account_id: Option<i32>,
    /// The helper's name.
    pub helper_name: String,
    /// The helper's address.
    pub helper_email: String,
    /// The message.
    pub message: String,
    /// Stay unnamed as Pate.
    pub stay_unnamed: bool,
    /// Open, or unconfirmed for a visitor.
    pub state: OfferState,
}

/// Stores an offer; returns its id.
pub async fn create_offer(conn: &impl ConnectionTrait, o: &NewOffer) -> Result<i32, DbErr> {
    let row = offer::ActiveModel {
        need_id: Set(o.need_id),
        direction: Set(o.direction.key().into()),
        account_id: Set(o.account_id),
        helper_name: Set(o.helper_name.clone()),
        helper_email: Set(o.helper_email.clone()),
        message: Set(o.message.clone()),
        stay_unnamed: Set(o.stay_unnamed),
        state: Set(o.state.key().into()),
        reply: Set(String::new()),
        created_at: Set(Utc::now()),
        answered_at: Set(None),
        reminded_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}

/// An offer by id.
pub async fn offer_by_id(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<offer::Model>, DbErr> {
    offer::Entity::find_by_id(id).one(conn).await
}

/// Whether an account already has an offer waiting or accepted for a need.
pub async fn has_live_offer(
    conn: &impl ConnectionTrait,
    need_id: i32,
    account_id: i32,
) -> Result<bool, DbErr> {
    let found = offer::Entity::find()
        .filter(offer::Column::NeedId.eq(need_id))
        .filter(offer::Column::AccountId.eq(account_id))
        .filter(offer::Column::State.is_in([OfferState::Open.key(), OfferState::Accepted.key()]))
        .one(conn)
        .await?;
    Ok(found.is_some())
}

/// Moves an offer from one state to another; `false` if it was no longer in `from` (answered
/// twice, or by two initiators at once: only one answer counts).
pub async fn move_offer(
    conn: &impl ConnectionTrait,
    id: i32,
    from: OfferState,
    to: OfferState,
    reply: &str,
) -> Result<bool, DbErr> {
    let now = Utc::now();
    let mut update = offer::Entity::update_many()
        .col_expr(offer::Column::State, Expr::value(to.key()))
        .filter(offer::Column::Id.eq(id))
        .filter(offer::Column::State.eq(from.key()));
    if from != OfferState::Unconfirmed {
        update = update
            .col_expr(offer::Column::Reply, Expr::value(reply))
            .col_expr(offer::Column::AnsweredAt, Expr::value(now));
    }
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// Makes an accepted offer's helper the need's Pate, and lets the need's other waiting offers
/// lapse; returns those, so their helpers can be told.
pub async fn fill_need(
    conn: &impl ConnectionTrait,
    o: &offer::Model,
) -> Result<Vec<offer::Model>, DbErr> {
    need::Entity::update_many()
        .col_expr(need::Column::State, Expr::value(NeedState::Filled.key()))
        .col_expr(need::Column::Pate, Expr::value(o.helper_name.clone()))
        .col_expr(need::Column::PateAccountId, Expr::value(o.account_id))
        .col_expr(need::Column::PateHidden, Expr::value(o.stay_unnamed))
        .filter(need::Column::Id.eq(o.need_id))
        .exec(conn)
        .await?;
    lapse_open_offers(conn, o.need_id).await
}

/// Lets every offer still waiting for a need lapse (the need was filled); returns them.
pub async fn lapse_open_offers(
    conn: &impl ConnectionTrait,
    need_id: i32,
) -> Result<Vec<offer::Model>, DbErr> {
    let waiting = offer::Entity::find()
        .filter(offer::Column::NeedId.eq(need_id))
        .filter(offer::Column::State.eq(OfferState::Open.key()))
        .all(conn)
        .await?;
    let mut lapsed = Vec::with_capacity(waiting.len());
    for o in waiting {
        if move_offer(conn, o.id, OfferState::Open, OfferState::Lapsed, "").await? {
            lapsed.push(o);
        }
    }
    Ok(lapsed)
}

/// Offers for a project's needs that anyone confirmed, newest first.
pub async fn offers_for_project(
    conn: &impl ConnectionTrait,
    project_id: i32,
) -> Result<Vec<offer::Model>, DbErr> {
    let need_ids: Vec<i32> = need::Entity::find()
        .filter(need::Column::ProjectId.eq(project_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.id)
        .collect();
    offer::Entity::find()
        .filter(offer::Column::NeedId.is_in(need_ids))
        .filter(offer::Column::State.ne(OfferState::Unconfirmed.key()))
        .order_by_desc(offer::Column::CreatedAt)
        .order_by_desc(offer::Column::Id)
        .all(conn)
        .await
}

/// An account's own offers and the invitations it received, newest first.
pub async fn offers_of_account(
    conn: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<offer::Model>, DbErr> {
    offer::Entity::find()
        .filter(offer::Column::AccountId.eq(account_id))
        .order_by_desc(offer::Column::CreatedAt)
        .order_by_desc(offer::Column::Id)
        .all(conn)
        .await
}

/// Open offers older than `days` whose initiators were not reminded yet; marks them reminded.
pub async fn remind_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    days: i64,
) -> Result<Vec<offer::Model>, DbErr> {
    let due = offer::Entity::find()
        .filter(offer::Column::State.eq(OfferState::Open.key()))
        .filter(offer::Column::Direction.eq(domain::OfferDirection::Offer.key()))
        .filter(offer::Column::RemindedAt.is_null())
        .filter(offer::Column::CreatedAt.lt(now - Duration::days(days)))
        .all(conn)
        .await?;
    let mut marked = Vec::with_capacity(due.len());
    for o in due {
        let updated = offer::Entity::update_many()
            .col_expr(offer::Column::RemindedAt, Expr::value(now))
            .filter(offer::Column::Id.eq(o.id))
            .filter(offer::Column::RemindedAt.is_null())
            .exec(conn)
            .await?;
        if updated.rows_affected == 1 {
            marked.push(o);
        }
    }
    Ok(marked)
}

/// Open offers and invitations older than `days`: they lapse. Returns those that did.
pub async fn lapse_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    days: i64,
) -> Result<Vec<offer::Model>, DbErr> {
    let due = offer::Entity::find()
        .filter(offer::Column::State.eq(OfferState::Open.key()))
        .filter(offer::Column::CreatedAt.lt(now - Duration::days(days)))
        .all(conn)
        .await?;
    let mut lapsed = Vec::with_capacity(due.len());
    for o in due {
        if move_offer(conn, o.id, OfferState::Open, OfferState::Lapsed, "").await? {
            lapsed.push(o);
        }
    }
    Ok(lapsed)
}

/// Deletes visitors' offers whose address was never confirmed within `days`, with the name and
/// address they carry; returns how many.
pub async fn drop_unconfirmed(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    days: i64,
) -> Result<u64, DbErr> {
    let gone = offer::Entity::delete_many()
        .filter(offer::Column::State.eq(OfferState::Unconfirmed.key()))
        .filter(offer::Column::CreatedAt.lt(now - Duration::days(days)))
        .exec(conn)
        .await?;
    Ok(gone.rows_affected)
}
