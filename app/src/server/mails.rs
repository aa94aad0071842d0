//! The mails about accounts and proposals, worded from the `mail` section of the translations.
//! None repeats free text a visitor typed (B26): a bot that fills a form with advertising gets
//! nothing of it mailed anywhere. The only link in a confirmation mail is the confirmation link.

use db::outbox::OutgoingMail;
use domain::SubmissionState;

use super::AppState;
use crate::i18n::*;

/// The language mails are written in; the platform serves German only so far.
pub(super) const LOCALE: Locale = Locale::de;

/// A mail to `to` with greeting and the instance's sign-off around `text`.
pub(super) fn compose(state: &AppState, to: &str, subject: String, text: String) -> OutgoingMail {
    let greeting = td_string!(LOCALE, mail.greeting);
    let footer = format!("\n\n-- \n{}\n{}\n", state.instance.name, state.base_url);
    OutgoingMail { to: to.into(), subject, body: format!("{greeting}\n\n{text}{footer}") }
}

/// Asks a new account to confirm its address.
pub fn confirm_account(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let (l, site) = (LOCALE, &state.instance.name);
    let link = format!("{}/bestaetigen?art=konto&schluessel={token}", state.base_url);
    let subject = td_string!(l, mail.confirm_account_subject, site = site).to_string();
    let text = td_string!(l, mail.confirm_account, site = site, link = link).to_string();
    compose(state, to, subject, text)
}

/// Tells someone who registers again that an account exists, without saying so on the page.
pub fn account_exists(state: &AppState, to: &str) -> OutgoingMail {
    let subject = td_string!(LOCALE, mail.account_exists_subject, site = &state.instance.name);
    let text = td_string!(LOCALE, mail.account_exists).to_string();
    compose(state, to, subject.to_string(), text)
}

/// Asks to confirm a new address for an existing account.
pub fn confirm_new_email(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let (l, site) = (LOCALE, &state.instance.name);
    let link = format!("{}/bestaetigen?art=email&schluessel={token}", state.base_url);
    let subject = td_string!(l, mail.confirm_email_subject, site = site).to_string();
    let text = td_string!(l, mail.confirm_email, site = site, link = link).to_string();
    compose(state, to, subject, text)
}

/// Sends the link that sets a new password.
pub fn reset_password(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let link = format!("{}/passwort-neu?schluessel={token}", state.base_url);
    let subject = td_string!(LOCALE, mail.reset_subject, site = &state.instance.name);
    let text = td_string!(LOCALE, mail.reset, link = link).to_string();
    compose(state, to, subject.to_string(), text)
}

/// Asks a proposer without account to confirm their address; names only the reference.
pub fn confirm_submission(state: &AppState, to: &str, id: i32, token: &str) -> OutgoingMail {
    let (l, site) = (LOCALE, &state.instance.name);
    let link = format!("{}/bestaetigen?art=einreichung&schluessel={token}", state.base_url);
    let subject = td_string!(l, mail.confirm_submission_subject, id = id).to_string();
    let text = td_string!(l, mail.confirm_submission, site = site, id = id, link = link);
    compose(state, to, subject, text.to_string())
}

/// Tells a moderator that a submission waits in the queue.
pub fn new_in_queue(state: &AppState, to: &str, id: i32) -> OutgoingMail {
    let link = format!("{}/moderation/{id}", state.base_url);
    let subject = td_string!(LOCALE, mail.new_in_queue_subject, id = id).to_string();
    let text = td_string!(LOCALE, mail.new_in_queue, link = link).to_string();
    compose(state, to, subject, text)
}

/// Tells the proposer that their submission changed state, with the steering group's message.
pub fn state_changed(
    state: &AppState,
    to: &str,
    id: i32,
    new_state: SubmissionState,
    message: &str,
) -> OutgoingMail {
    let l = LOCALE;
    let note = match message.trim() {
        "" => String::new(),
        said => td_string!(l, mail.steering_note, message = said).to_string(),
    };
    let link = format!("{}/konto", state.base_url);
    let name = state_word(new_state);
    let subject = td_string!(l, mail.state_changed_subject, id = id, state_name = name);
    let what = state_sentence(new_state);
    let text = td_string!(l, mail.state_changed, what = what, note = note, link = link);
    compose(state, to, subject.to_string(), text.to_string())
}

/// What the new state means for the proposer, in one sentence.
fn state_sentence(state: SubmissionState) -> String {
    let l = LOCALE;
    match state {
        SubmissionState::InReview => td_string!(l, mail.state_in_review).to_string(),
        SubmissionState::Query => td_string!(l, mail.state_query).to_string(),
        SubmissionState::Accepted => td_string!(l, mail.state_accepted).to_string(),
        SubmissionState::Rejected => td_string!(l, mail.state_rejected).to_string(),
        SubmissionState::Submitted => td_string!(l, mail.state_submitted).to_string(),
        SubmissionState::EmailUnconfirmed => {
            td_string!(l, mail.state_email_unconfirmed).to_string()
        }
    }
}

/// The state's name, as the pages show it.
fn state_word(state: SubmissionState) -> String {
    let l = LOCALE;
    match state {
        SubmissionState::EmailUnconfirmed => td_string!(l, submission_state.email_unconfirmed),
        SubmissionState::Submitted => td_string!(l, submission_state.submitted),
        SubmissionState::InReview => td_string!(l, submission_state.in_review),
        SubmissionState::Query => td_string!(l, submission_state.query),
        SubmissionState::Accepted => td_string!(l, submission_state.accepted),
        SubmissionState::Rejected => td_string!(l, submission_state.rejected),
    }
    .to_string()
}
