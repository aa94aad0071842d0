//! The texts of every mail the platform sends. None repeats free text a visitor typed (B26):
//! a bot that fills a form with advertising gets nothing of it mailed anywhere. The only link
//! in a confirmation mail is the confirmation link.

use db::outbox::OutgoingMail;
use domain::SubmissionState;

use super::AppState;

/// The sign-off under every mail.
fn footer(state: &AppState) -> String {
    format!("\n\n-- \n{}\n{}\n", state.instance.name, state.base_url)
}

/// Asks a new account to confirm its address.
pub fn confirm_account(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let link = format!("{}/bestaetigen?art=konto&schluessel={token}", state.base_url);
    OutgoingMail {
        to: to.into(),
        subject: format!("Bitte bestätigen Sie Ihre E-Mail-Adresse – {}", state.instance.name),
        body: format!(
            "Guten Tag,\n\nmit dieser E-Mail-Adresse wurde ein Konto bei {} angelegt. Bitte \
             bestätigen Sie die Adresse über diesen Link (gültig 48 Stunden):\n\n{link}\n\n\
             Wenn Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail einfach.{}",
            state.instance.name,
            footer(state)
        ),
    }
}

/// Tells someone who registers again that an account exists, without saying so on the page.
pub fn account_exists(state: &AppState, to: &str) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("Ihr Konto bei {}", state.instance.name),
        body: format!(
            "Guten Tag,\n\nfür diese E-Mail-Adresse gibt es bereits ein Konto. Falls Sie Ihr \
             Passwort nicht mehr wissen, können Sie auf der Anmeldeseite ein neues festlegen \
             („Passwort vergessen?“).\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.{}",
            footer(state)
        ),
    }
}

/// Asks to confirm a new address for an existing account.
pub fn confirm_new_email(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let link = format!("{}/bestaetigen?art=email&schluessel={token}", state.base_url);
    OutgoingMail {
        to: to.into(),
        subject: format!("Neue E-Mail-Adresse bestätigen – {}", state.instance.name),
        body: format!(
            "Guten Tag,\n\ndiese Adresse soll künftig zu einem Konto bei {} gehören. Bitte \
             bestätigen Sie das über diesen Link (gültig 48 Stunden):\n\n{link}\n\nWenn Sie \
             das nicht veranlasst haben, ignorieren Sie diese E-Mail einfach.{}",
            state.instance.name,
            footer(state)
        ),
    }
}

/// Sends the link that sets a new password.
pub fn reset_password(state: &AppState, to: &str, token: &str) -> OutgoingMail {
    let link = format!("{}/passwort-neu?schluessel={token}", state.base_url);
    OutgoingMail {
        to: to.into(),
        subject: format!("Neues Passwort festlegen – {}", state.instance.name),
        body: format!(
            "Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest (gültig eine \
             Stunde, nur einmal nutzbar):\n\n{link}\n\nWenn Sie kein neues Passwort angefordert \
             haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt dann, wie es ist.{}",
            footer(state)
        ),
    }
}

/// Asks a proposer without account to confirm their address; names only the reference.
pub fn confirm_submission(state: &AppState, to: &str, id: i32, token: &str) -> OutgoingMail {
    let link = format!("{}/bestaetigen?art=einreichung&schluessel={token}", state.base_url);
    OutgoingMail {
        to: to.into(),
        subject: format!("Projektvorschlag Nr. {id}: Bitte E-Mail-Adresse bestätigen"),
        body: format!(
            "Guten Tag,\n\nmit dieser E-Mail-Adresse wurde bei {} ein Projekt vorgeschlagen \
             (Vorgang Nr. {id}). Erst wenn Sie die Adresse über diesen Link bestätigen, geht \
             der Vorschlag an die Lenkungsgruppe:\n\n{link}\n\nOhne Bestätigung wird der \
             Vorschlag nach 14 Tagen gelöscht. Wenn Sie nichts vorgeschlagen haben, ignorieren \
             Sie diese E-Mail.{}",
            state.instance.name,
            footer(state)
        ),
    }
}

/// Tells a moderator that a submission waits in the queue.
pub fn new_in_queue(state: &AppState, to: &str, id: i32) -> OutgoingMail {
    OutgoingMail {
        to: to.into(),
        subject: format!("Neuer Projektvorschlag Nr. {id}"),
        body: format!(
            "Guten Tag,\n\nein neuer Projektvorschlag wartet auf die Prüfung:\n\n{}/moderation/{id}{}",
            state.base_url,
            footer(state)
        ),
    }
}

/// Tells the proposer that their submission changed state, with the steering group's message.
pub fn state_changed(
    state: &AppState,
    to: &str,
    id: i32,
    new_state: SubmissionState,
    message: &str,
) -> OutgoingMail {
    let what = match new_state {
        SubmissionState::InReview => "Die Lenkungsgruppe prüft Ihren Vorschlag jetzt.",
        SubmissionState::Query => {
            "Die Lenkungsgruppe hat eine Rückfrage. Bitte überarbeiten Sie Ihren Vorschlag auf \
             Ihrer Kontoseite und senden Sie ihn erneut."
        }
        SubmissionState::Accepted => {
            "Ihr Vorschlag wurde angenommen und ist jetzt im Katalog veröffentlicht."
        }
        SubmissionState::Rejected => "Ihr Vorschlag wurde leider nicht aufgenommen.",
        SubmissionState::Submitted => "Ihr Vorschlag ist bei der Lenkungsgruppe eingegangen.",
        SubmissionState::EmailUnconfirmed => "Ihr Vorschlag wartet auf Ihre Bestätigung.",
    };
    let note = if message.trim().is_empty() {
        String::new()
    } else {
        format!("\n\nNachricht der Lenkungsgruppe:\n{}", message.trim())
    };
    OutgoingMail {
        to: to.into(),
        subject: format!("Projektvorschlag Nr. {id}: {}", state_word(new_state)),
        body: format!(
            "Guten Tag,\n\n{what}{note}\n\nDen Stand sehen Sie jederzeit unter:\n{}/konto{}",
            state.base_url,
            footer(state)
        ),
    }
}

/// The state's name in mails. The server renders mails outside any page, so the page's
/// translation context is not there; these words match `submission_state` in `de.json`.
fn state_word(state: SubmissionState) -> &'static str {
    match state {
        SubmissionState::EmailUnconfirmed => "E-Mail unbestätigt",
        SubmissionState::Submitted => "Eingereicht",
        SubmissionState::InReview => "In Prüfung",
        SubmissionState::Query => "Rückfrage",
        SubmissionState::Accepted => "Angenommen",
        SubmissionState::Rejected => "Abgelehnt",
    }
}
