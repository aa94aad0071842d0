//! The partner exchange's mails, worded from the `mail` section of the translations. A
//! visitor's free text (their offer's message) is never mailed: initiators read it on their
//! dashboard, so a bot's advertising reaches no inbox (B26). Addresses travel only once an
//! offer is accepted.

use db::outbox::OutgoingMail;

use super::AppState;
use super::mails::{LOCALE, compose};
use crate::i18n::*;

/// The initiators' dashboard of a project, where offers are read and answered.
fn dashboard(state: &AppState, slug: &str) -> String {
    format!("{}/projekte/{slug}/paten", state.base_url)
}

/// Asks a visitor to confirm their offer of help; the link is the mail's only link.
pub fn confirm_offer(state: &AppState, to: &str, need: &str, token: &str) -> OutgoingMail {
    let (l, site) = (LOCALE, &state.instance.name);
    let link = format!("{}/bestaetigen?art=angebot&schluessel={token}", state.base_url);
    let subject = td_string!(l, mail.confirm_offer_subject, site = site).to_string();
    let text = td_string!(l, mail.confirm_offer, site = site, need = need, link = link);
    compose(state, to, subject, text.to_string())
}

/// Tells an initiator that help was offered for a need of theirs.
pub fn new_offer(state: &AppState, to: &str, need: &str, slug: &str) -> OutgoingMail {
    let link = dashboard(state, slug);
    let subject = td_string!(LOCALE, mail.new_offer_subject, need = need).to_string();
    let text = td_string!(LOCALE, mail.new_offer, need = need, link = link).to_string();
    compose(state, to, subject, text)
}

/// Tells a partner that an initiator invites them to a need.
pub fn invitation(state: &AppState, to: &str, need: &str, project: &str) -> OutgoingMail {
    let link = format!("{}/konto/pate", state.base_url);
    let subject = td_string!(LOCALE, mail.invitation_subject, need = need).to_string();
    let text = td_string!(LOCALE, mail.invitation, project = project, need = need, link = link);
    compose(state, to, subject, text.to_string())
}

/// Tells the helper their offer or invitation was answered; on acceptance with the
/// initiators' names and addresses.
pub fn answered(
    state: &AppState,
    to: &str,
    need: &str,
    accepted: bool,
    reply: &str,
    contacts: &[String],
) -> OutgoingMail {
    let l = LOCALE;
    let (subject, outcome) = if accepted {
        let contacts = contacts.join("\n");
        (
            td_string!(l, mail.accepted_subject, need = need).to_string(),
            td_string!(l, mail.accepted, need = need, contacts = contacts).to_string(),
        )
    } else {
        (
            td_string!(l, mail.declined_subject, need = need).to_string(),
            td_string!(l, mail.declined, need = need).to_string(),
        )
    };
    let note = match reply.trim() {
        "" => String::new(),
        said => td_string!(l, mail.initiators_note, message = said).to_string(),
    };
    compose(state, to, subject, format!("{outcome}{note}"))
}

/// Tells an initiator who the new Pate is and how to reach them.
pub fn new_pate(state: &AppState, to: &str, need: &str, helper: &str, email: &str) -> OutgoingMail {
    let subject = td_string!(LOCALE, mail.new_pate_subject, need = need).to_string();
    let text = td_string!(LOCALE, mail.new_pate, helper = helper, need = need, email = email);
    compose(state, to, subject, text.to_string())
}

/// Tells an invited partner's initiators how they answered.
pub fn invitation_answered(
    state: &AppState,
    to: &str,
    need: &str,
    accepted: bool,
    slug: &str,
) -> OutgoingMail {
    let (l, link) = (LOCALE, dashboard(state, slug));
    let (subject, text) = if accepted {
        (
            td_string!(l, mail.invitation_accepted_subject, need = need).to_string(),
            td_string!(l, mail.invitation_accepted, need = need, link = link).to_string(),
        )
    } else {
        (
            td_string!(l, mail.invitation_declined_subject, need = need).to_string(),
            td_string!(l, mail.invitation_declined, need = need, link = link).to_string(),
        )
    };
    compose(state, to, subject, text)
}

/// Reminds an initiator of an offer unanswered for 14 days.
pub fn reminder(state: &AppState, to: &str, need: &str, slug: &str) -> OutgoingMail {
    let link = dashboard(state, slug);
    let subject = td_string!(LOCALE, mail.reminder_subject, need = need).to_string();
    let text = td_string!(LOCALE, mail.reminder, need = need, link = link).to_string();
    compose(state, to, subject, text)
}

/// Tells a helper their offer lapsed, or the need was filled by someone else.
pub fn lapsed(state: &AppState, to: &str, need: &str) -> OutgoingMail {
    let link = format!("{}/mitmachen", state.base_url);
    let subject = td_string!(LOCALE, mail.lapsed_subject, need = need).to_string();
    let text = td_string!(LOCALE, mail.lapsed, need = need, link = link).to_string();
    compose(state, to, subject, text)
}
