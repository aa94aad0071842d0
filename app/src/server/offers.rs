//! "Ich helfe mit": offers of help and invitations, their answers, and the daily reminders.
//!
//! An offer waits for the initiators' answer; an invitation waits for the invited partner's.
//! Accepting makes the helper the need's Pate and only then exchanges addresses. Every answer
//! is a conditional update, so two initiators answering at once count once (B16).

use chrono::Duration;
use db::entity::{need, offer, project};
use db::exchange::{self, NewOffer};
use domain::exchange::{Fields, check_offer};
use domain::{NeedState, OfferDirection, OfferState, Role, TokenPurpose, secret};

use super::exchange_mails as mails;
use super::words::{date_time, field_errors};
use super::{AppState, forms, internal, session};
use crate::error::AppError;
use crate::wire::exchange::{ExchangeDraft, HelpPage, MyOffer, OfferView};

/// The draft kind of the help form.
const DRAFT: &str = "helfen";
/// Days after which an unanswered offer reminds the initiators.
pub const REMIND_AFTER_DAYS: i64 = 14;
/// Days after which an unanswered offer or invitation lapses.
pub const LAPSE_AFTER_DAYS: i64 = 30;

/// A need with its project.
pub async fn need_and_project(
    state: &AppState,
    need_id: i32,
) -> Result<(need::Model, project::Model), AppError> {
    let need = exchange::need_by_id(&state.db, need_id).await.map_err(internal("load a need"))?;
    let need = need.ok_or(AppError::NotFound)?;
    let project =
        db::project::by_id(&state.db, need.project_id).await.map_err(internal("load a project"))?;
    Ok((need, project.ok_or(AppError::NotFound)?))
}

/// The initiators' names and addresses, as an accepted helper receives them.
pub async fn contacts(
    conn: &impl db::ConnectionTrait,
    project_id: i32,
) -> Result<Vec<db::entity::account::Model>, AppError> {
    let ids =
        exchange::initiator_ids(conn, project_id).await.map_err(internal("load initiators"))?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(p) = db::accounts::person(conn, id).await.map_err(internal("load a person"))? {
            out.push(p.account);
        }
    }
    Ok(out)
}

/// `/projekte/{slug}/helfen/{need}`: the need and the form, as typed after errors.
pub async fn help_page(
    state: &AppState,
    slug: &str,
    need_id: i32,
    draft: &str,
) -> Result<HelpPage, AppError> {
    let (need, project) = need_and_project(state, need_id).await?;
    if !project.published || project.slug != slug {
        return Err(AppError::NotFound);
    }
    let logged_in = session::current(state).await?.is_some();
    let form: Option<ExchangeDraft> = forms::load(state, DRAFT, draft).await?;
    Ok(HelpPage {
        slug: project.slug,
        project_name: project.name,
        need_id,
        title: need.title,
        description: need.description,
        pillar: domain::Pillar::from_key(&need.pillar).unwrap_or(domain::Pillar::Content),
        open: need.state == NeedState::Open.key(),
        logged_in,
        form: form.unwrap_or_default(),
    })
}

/// Stores an offer of help. Logged in, it reaches the initiators at once; a visitor first
/// confirms their address by mailed link. The honeypot drops bots quietly (B26).
pub async fn offer(state: &AppState, posted: Vec<(String, String)>) -> Result<String, AppError> {
    let f = Fields(&posted);
    let need_id: i32 = f.one("bedarf").parse().map_err(|_| AppError::NotFound)?;
    let (need, project) = match need_and_project(state, need_id).await {
        Ok(found) => found,
        // Deleted while the visitor was writing: say so where other needs are listed.
        Err(AppError::NotFound) => return Ok("/mitmachen?fehler=bedarf".into()),
        Err(other) => return Err(other),
    };
    let back = format!("/projekte/{}/helfen/{need_id}", project.slug);
    if !project.published || need.state != NeedState::Open.key() {
        return Ok(forms::with_param(&back, "fehler", "409"));
    }
    if !f.one("website").is_empty() {
        tracing::warn!(need_id, "An offer looked automated and was dropped.");
        return Ok("/hinweis/postfach".into());
    }
    let person = session::current(state).await?;
    let details = match check_offer(&f, person.is_none()) {
        Ok(details) => details,
        Err(errors) => {
            let errors = field_errors(errors);
            let draft = ExchangeDraft { values: posted, errors, need_id: Some(need_id) };
            return forms::keep(state, DRAFT, &back, &draft).await;
        }
    };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an offer"))?;
    let (new, visitor) = match (&person, details.visitor) {
        (Some(p), _) => {
            let live = exchange::has_live_offer(&tx, need_id, p.account.id)
                .await
                .map_err(internal("look for an earlier offer"))?;
            if live {
                return Ok(forms::with_param(&back, "fehler", "doppelt"));
            }
            let new = NewOffer {
                need_id,
                direction: OfferDirection::Offer,
                account_id: Some(p.account.id),
                helper_name: p.account.name.clone(),
                helper_email: p.account.email.clone(),
                message: details.message,
                stay_unnamed: details.stay_unnamed,
                state: OfferState::Open,
            };
            (new, None)
        }
        (None, Some((name, email))) => {
            let new = NewOffer {
                need_id,
                direction: OfferDirection::Offer,
                account_id: None,
                helper_name: name,
                helper_email: email.clone(),
                message: details.message,
                stay_unnamed: details.stay_unnamed,
                state: OfferState::Unconfirmed,
            };
            (new, Some(email))
        }
        (None, None) => return Err(AppError::Internal),
    };
    let id = exchange::create_offer(&tx, &new).await.map_err(internal("store an offer"))?;
    let next = match visitor {
        Some(email) => {
            let token = secret::new_token();
            let target = db::accounts::TokenFor {
                account_id: None,
                submission_id: None,
                offer_id: Some(id),
            };
            db::accounts::issue_token(
                &tx,
                &secret::token_hash(&token),
                TokenPurpose::ConfirmOffer,
                target,
                Duration::days(REMIND_AFTER_DAYS),
            )
            .await
            .map_err(internal("issue an offer link"))?;
            db::outbox::enqueue(&tx, &mails::confirm_offer(state, &email, &need.title, &token))
                .await
                .map_err(internal("queue an offer confirmation"))?;
            "/hinweis/postfach".to_string()
        }
        None => {
            tell_initiators(state, &tx, &need, &project).await?;
            format!("/projekte/{}?hinweis=angebot", project.slug)
        }
    };
    tx.commit().await.map_err(internal("commit an offer"))?;
    tracing::info!(offer_id = id, need_id, "Help was offered.");
    Ok(next)
}

/// Mails every initiator of `project` that an offer for `need` waits.
async fn tell_initiators(
    state: &AppState,
    tx: &impl db::ConnectionTrait,
    need: &need::Model,
    project: &project::Model,
) -> Result<(), AppError> {
    for initiator in contacts(tx, project.id).await? {
        let mail = mails::new_offer(state, &initiator.email, &need.title, &project.slug);
        db::outbox::enqueue(tx, &mail).await.map_err(internal("queue an offer mail"))?;
    }
    Ok(())
}

/// Confirms a visitor's offer by its mailed link: the initiators see it from now on.
pub async fn confirm(state: &AppState, token: &str) -> Result<String, AppError> {
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an offer confirmation"))?;
    let used = db::accounts::use_token(&tx, &secret::token_hash(token), TokenPurpose::ConfirmOffer)
        .await
        .map_err(internal("use an offer link"))?;
    let Some(offer_id) = used.and_then(|t| t.offer_id) else {
        return Ok("/bestaetigen?fehler=link".into());
    };
    let moved = exchange::move_offer(&tx, offer_id, OfferState::Unconfirmed, OfferState::Open, "")
        .await
        .map_err(internal("open an offer"))?;
    let o = exchange::offer_by_id(&tx, offer_id).await.map_err(internal("load an offer"))?;
    let Some(o) = o.filter(|_| moved) else { return Ok("/bestaetigen?fehler=link".into()) };
    let (need, project) = need_and_project(state, o.need_id).await?;
    tell_initiators(state, &tx, &need, &project).await?;
    tx.commit().await.map_err(internal("commit an offer confirmation"))?;
    tracing::info!(offer_id, "A visitor's offer was confirmed.");
    Ok(format!("/projekte/{}?hinweis=angebot", project.slug))
}

/// The helper's side of an offer or invitation, for `/konto/pate`.
pub async fn mine(state: &AppState, account_id: i32) -> Result<Vec<MyOffer>, AppError> {
    let offers = exchange::offers_of_account(&state.db, account_id)
        .await
        .map_err(internal("load offers"))?;
    let mut out = Vec::with_capacity(offers.len());
    for o in offers {
        let (need, project) = need_and_project(state, o.need_id).await?;
        let state_now = OfferState::from_key(&o.state).unwrap_or(OfferState::Open);
        let contacts = if state_now == OfferState::Accepted {
            contacts(&state.db, project.id)
                .await?
                .into_iter()
                .map(|a| format!("{} <{}>", a.name, a.email))
                .collect()
        } else {
            Vec::new()
        };
        out.push(MyOffer {
            id: o.id,
            direction: OfferDirection::from_key(&o.direction).unwrap_or(OfferDirection::Offer),
            state: state_now,
            need_title: need.title,
            project_name: project.name,
            slug: project.slug,
            message: o.message,
            reply: o.reply,
            created: date_time(o.created_at),
            contacts,
        });
    }
    Ok(out)
}

/// An offer as the initiators see it; the address only once accepted.
pub fn view(o: &offer::Model) -> OfferView {
    let state = OfferState::from_key(&o.state).unwrap_or(OfferState::Open);
    OfferView {
        id: o.id,
        direction: OfferDirection::from_key(&o.direction).unwrap_or(OfferDirection::Offer),
        state,
        helper: o.helper_name.clone(),
        message: o.message.clone(),
        reply: o.reply.clone(),
        created: date_time(o.created_at),
        contact: (state == OfferState::Accepted).then(|| o.helper_email.clone()),
    }
}

/// Answers an offer (its project's initiators) or an invitation (the invited partner):
/// `annehmen` makes the helper the need's Pate, anything else declines. Moderators do not
/// answer for others: only who the offer is addressed to may.
pub async fn answer(
    state: &AppState,
    offer_id: i32,
    decision: &str,
    reply: &str,
) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let o = exchange::offer_by_id(&state.db, offer_id).await.map_err(internal("load an offer"))?;
    let o = o.ok_or(AppError::NotFound)?;
    let (need, project) = need_and_project(state, o.need_id).await?;
    let invitation = o.direction == OfferDirection::Invitation.key();
    let addressed = if invitation {
        o.account_id == Some(person.account.id)
    } else {
        db::editing::is_initiator(&state.db, project.id, person.account.id)
            .await
            .map_err(internal("check an initiator"))?
    };
    if !addressed {
        tracing::warn!(account_id = person.account.id, offer_id, "Refused an answer.");
        return Err(AppError::Forbidden);
    }
    let back = if invitation {
        "/konto/pate".to_string()
    } else {
        format!("/projekte/{}/paten", project.slug)
    };
    if reply.chars().count() > domain::exchange::MESSAGE_MAX {
        return Ok(forms::with_param(&back, "fehler", "lang"));
    }
    let accept = decision == "annehmen";
    let to = if accept { OfferState::Accepted } else { OfferState::Declined };
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an answer"))?;
    let moved = exchange::move_offer(&tx, offer_id, OfferState::Open, to, reply.trim())
        .await
        .map_err(internal("answer an offer"))?;
    if !moved || (accept && need.state == NeedState::Filled.key()) {
        return Ok(forms::with_param(&back, "fehler", "409"));
    }
    let initiators = contacts(&tx, project.id).await?;
    if accept {
        let others = exchange::fill_need(&tx, &o).await.map_err(internal("fill a need"))?;
        for other in others {
            let mail = mails::lapsed(state, &other.helper_email, &need.title);
            db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a lapse mail"))?;
        }
        for initiator in &initiators {
            let mail = mails::new_pate(
                state,
                &initiator.email,
                &need.title,
                &o.helper_name,
                &o.helper_email,
            );
            db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue a Pate mail"))?;
        }
    }
    if invitation {
        for initiator in &initiators {
            let mail = mails::invitation_answered(
                state,
                &initiator.email,
                &need.title,
                accept,
                &project.slug,
            );
            db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue an answer mail"))?;
        }
    } else {
        let list: Vec<String> =
            initiators.iter().map(|a| format!("{} <{}>", a.name, a.email)).collect();
        let mail = mails::answered(state, &o.helper_email, &need.title, accept, reply, &list);
        db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue an answer mail"))?;
    }
    tx.commit().await.map_err(internal("commit an answer"))?;
    tracing::info!(offer_id, accepted = accept, "An offer was answered.");
    Ok(forms::with_param(&back, "hinweis", if accept { "angenommen" } else { "abgelehnt" }))
}

/// Invites a listed partner to a need; only the project's initiators may.
pub async fn invite(
    state: &AppState,
    need_id: i32,
    partner_id: i32,
    message: &str,
) -> Result<String, AppError> {
    let person = session::required(state).await?;
    let (need, project) = need_and_project(state, need_id).await?;
    let owns = db::editing::is_initiator(&state.db, project.id, person.account.id)
        .await
        .map_err(internal("check an initiator"))?;
    if !owns {
        tracing::warn!(account_id = person.account.id, need_id, "Refused an invitation.");
        return Err(AppError::Forbidden);
    }
    let back = format!("/projekte/{}/paten", project.slug);
    let partner =
        exchange::partner_by_id(&state.db, partner_id).await.map_err(internal("load a partner"))?;
    let Some(partner) = partner.filter(|p| p.listed) else { return Err(AppError::NotFound) };
    if need.state == NeedState::Filled.key() {
        return Ok(forms::with_param(&back, "fehler", "409"));
    }
    let account = db::accounts::person(&state.db, partner.account_id)
        .await
        .map_err(internal("load a partner's account"))?
        .ok_or(AppError::NotFound)?
        .account;
    let tx = db::begin_write(&state.db).await.map_err(internal("begin an invitation"))?;
    let asked = exchange::has_live_offer(&tx, need_id, account.id)
        .await
        .map_err(internal("look for an earlier offer"))?;
    if asked {
        return Ok(forms::with_param(&back, "fehler", "doppelt"));
    }
    let new = NewOffer {
        need_id,
        direction: OfferDirection::Invitation,
        account_id: Some(account.id),
        helper_name: partner.display_name.clone(),
        helper_email: account.email.clone(),
        message: message.trim().chars().take(2000).collect(),
        stay_unnamed: false,
        state: OfferState::Open,
    };
    let id = exchange::create_offer(&tx, &new).await.map_err(internal("store an invitation"))?;
    let mail = mails::invitation(state, &account.email, &need.title, &project.name);
    db::outbox::enqueue(&tx, &mail).await.map_err(internal("queue an invitation"))?;
    tx.commit().await.map_err(internal("commit an invitation"))?;
    tracing::info!(offer_id = id, need_id, partner_id, "A partner was invited.");
    Ok(forms::with_param(&back, "hinweis", "eingeladen"))
}

/// Whether the person may see a project's dashboard: its initiators and moderators.
pub fn may_see(person: &db::accounts::Person, initiator: bool) -> bool {
    initiator || person.may(Role::Moderator)
}
