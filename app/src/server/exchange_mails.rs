//! The partner exchange's mails. A visitor's free text (their offer's message) is never
//! mailed: initiators read it on their dashboard, so a bot's advertising reaches no inbox
//! (B26). Addresses travel only once an offer is accepted.

use db::outbox::OutgoingMail;

use super::AppState;

/// The sign-off under every mail.
fn footer(state: &AppState) -> String {
    format!("\n\n-- \n{}\n{}\n", state.instance.name, state.base_url)
}

/// The mail's text with greeting and sign-off.
fn mail(state: &AppState, to: &str, subject: String, text: String) -> OutgoingMail {
    OutgoingMail { to: to.into(), subject, body: format!("Guten Tag,\n\n{text}{}", footer(state)) }
}

/// Asks a visitor to confirm their offer of help; the link is the mail's only link.
pub fn confirm_offer(state: &AppState, to: &str, need: &str, token: &str) -> OutgoingMail {
    let link = format!("{}/bestaetigen?art=angebot&schluessel={token}", state.base_url);
    let text = format!(
        "mit dieser E-Mail-Adresse wurde bei {} Hilfe für den Bedarf „{need}“ angeboten. Erst \
         wenn Sie die Adresse über diesen Link bestätigen, sehen die Initiator:innen Ihr \
         Angebot (gültig 14 Tage):\n\n{link}\n\nWenn Sie nichts angeboten haben, ignorieren Sie \
         diese E-Mail.",
        state.instance.name
    );
    mail(
        state,
        to,
        format!("Bitte bestätigen Sie Ihr Hilfsangebot – {}", state.instance.name),
        text,
    )
}

/// Tells an initiator that help was offered for a need of theirs.
pub fn new_offer(state: &AppState, to: &str, need: &str, slug: &str) -> OutgoingMail {
    let text = format!(
        "für den Bedarf „{need}“ Ihres Projekts ist ein Hilfsangebot eingegangen. Sie lesen es \
         und antworten hier:\n\n{}/projekte/{slug}/paten",
        state.base_url
    );
    mail(state, to, format!("Neues Hilfsangebot: {need}"), text)
}

/// Tells a partner that an initiator invites them to a need.
pub fn invitation(state: &AppState, to: &str, need: &str, project: &str) -> OutgoingMail {
    let text = format!(
        "die Initiator:innen von „{project}“ laden Sie ein, Pat:in für den Bedarf „{need}“ zu \
         werden. Sie lesen die Einladung und antworten hier:\n\n{}/konto/pate",
        state.base_url
    );
    mail(state, to, format!("Einladung: {need}"), text)
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
    let outcome = if accepted {
        format!(
            "Sie sind jetzt Pat:in für den Bedarf „{need}“. So erreichen Sie die \
             Initiator:innen:\n\n{}",
            contacts.join("\n")
        )
    } else {
        format!("Ihr Angebot für den Bedarf „{need}“ wurde leider nicht angenommen.")
    };
    let note = if reply.trim().is_empty() {
        String::new()
    } else {
        format!("\n\nNachricht der Initiator:innen:\n{}", reply.trim())
    };
    let subject = if accepted { "Angenommen" } else { "Nicht angenommen" };
    mail(state, to, format!("{subject}: {need}"), format!("{outcome}{note}"))
}

/// Tells an initiator who the new Pate is and how to reach them.
pub fn new_pate(state: &AppState, to: &str, need: &str, helper: &str, email: &str) -> OutgoingMail {
    let text = format!(
        "{helper} ist jetzt Pat:in für den Bedarf „{need}“. Sie erreichen {helper} unter \
         {email}."
    );
    mail(state, to, format!("Neue Pat:in: {need}"), text)
}

/// Tells an invited partner's initiators how they answered.
pub fn invitation_answered(
    state: &AppState,
    to: &str,
    need: &str,
    accepted: bool,
    slug: &str,
) -> OutgoingMail {
    let what = if accepted { "angenommen" } else { "abgelehnt" };
    let text = format!(
        "Ihre Einladung für den Bedarf „{need}“ wurde {what}. Mehr sehen Sie hier:\n\n{}/projekte/{slug}/paten",
        state.base_url
    );
    mail(state, to, format!("Einladung {what}: {need}"), text)
}

/// Reminds an initiator of an offer unanswered for 14 days.
pub fn reminder(state: &AppState, to: &str, need: &str, slug: &str) -> OutgoingMail {
    let text = format!(
        "ein Hilfsangebot für den Bedarf „{need}“ wartet seit 14 Tagen auf Ihre Antwort. Nach \
         30 Tagen verfällt es. Hier antworten Sie:\n\n{}/projekte/{slug}/paten",
        state.base_url
    );
    mail(state, to, format!("Erinnerung: Hilfsangebot für {need}"), text)
}

/// Tells a helper their offer lapsed, or the need was filled by someone else.
pub fn lapsed(state: &AppState, to: &str, need: &str) -> OutgoingMail {
    let text = format!(
        "Ihr Angebot für den Bedarf „{need}“ ist nicht mehr offen: Es blieb 30 Tage ohne \
         Antwort, oder der Bedarf wurde inzwischen anders besetzt. Vielen Dank für Ihre \
         Bereitschaft! Weitere offene Bedarfe finden Sie unter {}/mitmachen.",
        state.base_url
    );
    mail(state, to, format!("Angebot verfallen: {need}"), text)
}
