//! The words for the vocabulary, from the translation files.

use crate::i18n::*;
use domain::{Complexity, Deployment, Kind, NeedState, Pillar, PillarSummary, ProjectStatus};

/// The pillar's name, e.g. "Technik".
pub fn pillar(p: Pillar) -> String {
    let i18n = use_i18n();
    match p {
        Pillar::Content => t_string!(i18n, pillar.inhalt),
        Pillar::Technical => t_string!(i18n, pillar.technik),
        Pillar::Financial => t_string!(i18n, pillar.finanzen),
    }
    .to_string()
}

/// What a pillar summary says, e.g. "sucht Pat:in".
pub fn summary(s: PillarSummary) -> String {
    let i18n = use_i18n();
    match s {
        PillarSummary::Seeking => t_string!(i18n, summary.seeking),
        PillarSummary::InTalks => t_string!(i18n, summary.in_talks),
        PillarSummary::Covered => t_string!(i18n, summary.covered),
        PillarSummary::NoNeed => t_string!(i18n, summary.no_need),
        PillarSummary::Unstated => t_string!(i18n, summary.unstated),
    }
    .to_string()
}

/// A need's state, e.g. "besetzt".
pub fn need_state(s: NeedState) -> String {
    let i18n = use_i18n();
    match s {
        NeedState::Open => t_string!(i18n, need_state.offen),
        NeedState::InTalks => t_string!(i18n, need_state.im_gespraech),
        NeedState::Filled => t_string!(i18n, need_state.besetzt),
    }
    .to_string()
}

/// A project status, e.g. "Datenanbindung gestört".
pub fn status(s: ProjectStatus) -> String {
    let i18n = use_i18n();
    match s {
        ProjectStatus::Live => t_string!(i18n, status.live),
        ProjectStatus::Unfinished => t_string!(i18n, status.unfertig),
        ProjectStatus::Paused => t_string!(i18n, status.pausiert),
        ProjectStatus::DataProblems => t_string!(i18n, status.datenproblem),
        ProjectStatus::NotYetHere => t_string!(i18n, status.noch_nicht_hier),
        ProjectStatus::Broken => t_string!(i18n, status.defekt),
        ProjectStatus::Archived => t_string!(i18n, status.archiviert),
    }
    .to_string()
}

/// The kind of software, e.g. "App".
pub fn kind(k: Kind) -> String {
    let i18n = use_i18n();
    match k {
        Kind::StaticSite => t_string!(i18n, kind.statisch),
        Kind::DynamicSite => t_string!(i18n, kind.dynamisch),
        Kind::App => t_string!(i18n, kind.app),
    }
    .to_string()
}

/// How complex the project is.
pub fn complexity(c: Complexity) -> String {
    let i18n = use_i18n();
    match c {
        Complexity::Low => t_string!(i18n, complexity.niedrig),
        Complexity::Medium => t_string!(i18n, complexity.mittel),
        Complexity::High => t_string!(i18n, complexity.hoch),
        Complexity::VeryHigh => t_string!(i18n, complexity.sehr_hoch),
    }
    .to_string()
}

/// The deployment model.
pub fn deployment(d: Deployment) -> String {
    let i18n = use_i18n();
    match d {
        Deployment::OwnInstance => t_string!(i18n, deployment.eigene_instanz),
        Deployment::Central => t_string!(i18n, deployment.zentral),
    }
    .to_string()
}
