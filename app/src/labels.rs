//! The words for the vocabulary, from the translation files.

use crate::i18n::*;

use domain::{Complexity, Deployment, Kind, NeedState, Pillar, PillarSummary, ProjectStatus};

/// The pillar's name, e.g. "Technik".
pub fn pillar(p: Pillar) -> String {
    match p {
        Pillar::Content => td_string!(locale(), pillar.inhalt),
        Pillar::Technical => td_string!(locale(), pillar.technik),
        Pillar::Financial => td_string!(locale(), pillar.finanzen),
    }
    .to_string()
}

/// What a pillar summary says, e.g. "sucht Pat:in".
pub fn summary(s: PillarSummary) -> String {
    match s {
        PillarSummary::Seeking => td_string!(locale(), summary.seeking),
        PillarSummary::InTalks => td_string!(locale(), summary.in_talks),
        PillarSummary::Covered => td_string!(locale(), summary.covered),
        PillarSummary::NoNeed => td_string!(locale(), summary.no_need),
        PillarSummary::Unstated => td_string!(locale(), summary.unstated),
    }
    .to_string()
}

/// A need's state, e.g. "besetzt".
pub fn need_state(s: NeedState) -> String {
    match s {
        NeedState::Open => td_string!(locale(), need_state.offen),
        NeedState::InTalks => td_string!(locale(), need_state.im_gespraech),
        NeedState::Filled => td_string!(locale(), need_state.besetzt),
    }
    .to_string()
}

/// A project status, e.g. "Datenanbindung gestört".
pub fn status(s: ProjectStatus) -> String {
    match s {
        ProjectStatus::Live => td_string!(locale(), status.live),
        ProjectStatus::Unfinished => td_string!(locale(), status.unfertig),
        ProjectStatus::Paused => td_string!(locale(), status.pausiert),
        ProjectStatus::DataProblems => td_string!(locale(), status.datenproblem),
        ProjectStatus::NotYetHere => td_string!(locale(), status.noch_nicht_hier),
        ProjectStatus::Broken => td_string!(locale(), status.defekt),
        ProjectStatus::Archived => td_string!(locale(), status.archiviert),
    }
    .to_string()
}

/// The kind of software, e.g. "App".
pub fn kind(k: Kind) -> String {
    match k {
        Kind::StaticSite => td_string!(locale(), kind.statisch),
        Kind::DynamicSite => td_string!(locale(), kind.dynamisch),
        Kind::App => td_string!(locale(), kind.app),
    }
    .to_string()
}

/// How complex the project is.
pub fn complexity(c: Complexity) -> String {
    match c {
        Complexity::Low => td_string!(locale(), complexity.niedrig),
        Complexity::Medium => td_string!(locale(), complexity.mittel),
        Complexity::High => td_string!(locale(), complexity.hoch),
        Complexity::VeryHigh => td_string!(locale(), complexity.sehr_hoch),
    }
    .to_string()
}

/// The deployment model.
pub fn deployment(d: Deployment) -> String {
    match d {
        Deployment::OwnInstance => td_string!(locale(), deployment.eigene_instanz),
        Deployment::Central => td_string!(locale(), deployment.zentral),
    }
    .to_string()
}

/// Where a submission stands, e.g. "Rückfrage".
pub fn submission_state(s: domain::SubmissionState) -> String {
    use domain::SubmissionState as S;
    match s {
        S::EmailUnconfirmed => td_string!(locale(), submission_state.email_unconfirmed),
        S::Submitted => td_string!(locale(), submission_state.submitted),
        S::InReview => td_string!(locale(), submission_state.in_review),
        S::Query => td_string!(locale(), submission_state.query),
        S::Accepted => td_string!(locale(), submission_state.accepted),
        S::Rejected => td_string!(locale(), submission_state.rejected),
    }
    .to_string()
}

/// A role's name, e.g. "Moderation".
pub fn role(r: domain::Role) -> String {
    use domain::Role as R;
    match r {
        R::Initiator => td_string!(locale(), role.initiator),
        R::Partner => td_string!(locale(), role.partner),
        R::Moderator => td_string!(locale(), role.moderator),
        R::Admin => td_string!(locale(), role.admin),
    }
    .to_string()
}

/// An admission criterion the proposer confirms, by its key in `domain::proposal::CRITERIA`.
pub fn criterion(key: &str) -> String {
    match key {
        "digital" => td_string!(locale(), criterion.digital),
        "laeuft" => td_string!(locale(), criterion.laeuft),
        "datenschutz" => td_string!(locale(), criterion.datenschutz),
        "stadtbezug" => td_string!(locale(), criterion.stadtbezug),
        "rechtskonform" => td_string!(locale(), criterion.rechtskonform),
        "nichtkommerziell" => td_string!(locale(), criterion.nichtkommerziell),
        _ => return key.to_string(),
    }
    .to_string()
}

/// Who stands behind a partner profile, e.g. "Verein".
pub fn partner_kind(k: domain::PartnerKind) -> String {
    use domain::PartnerKind as K;
    match k {
        K::Person => td_string!(locale(), partner_kind.person),
        K::Company => td_string!(locale(), partner_kind.unternehmen),
        K::Association => td_string!(locale(), partner_kind.verein),
        K::CityOffice => td_string!(locale(), partner_kind.verwaltung),
        K::Research => td_string!(locale(), partner_kind.forschung),
    }
    .to_string()
}

/// Where an offer stands, e.g. "angenommen".
pub fn offer_state(s: domain::OfferState) -> String {
    use domain::OfferState as S;
    match s {
        S::Unconfirmed => td_string!(locale(), offer_state.unbestaetigt),
        S::Open => td_string!(locale(), offer_state.offen),
        S::Accepted => td_string!(locale(), offer_state.angenommen),
        S::Declined => td_string!(locale(), offer_state.abgelehnt),
        S::Lapsed => td_string!(locale(), offer_state.verfallen),
    }
    .to_string()
}
