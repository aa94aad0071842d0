//! What the steering group's pages exchange with the server.

use domain::SubmissionState;
use serde::{Deserialize, Serialize};

use super::ProjectDetail;

/// The queue: counts per state and the submissions of the chosen state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    /// The state shown.
    pub state: SubmissionState,
    /// How many submissions each state holds.
    pub counts: Vec<(SubmissionState, u64)>,
    /// The chosen state's submissions, oldest first.
    pub items: Vec<QueueItem>,
    /// Whether the viewer is an admin and may appoint moderators.
    pub can_appoint: bool,
}

/// One line of the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    /// Reference number.
    pub id: i32,
    /// Project name as typed.
    pub name: String,
    /// Proposer's name.
    pub proposer: String,
    /// When it was sent, Berlin time, formatted.
    pub created: String,
}

/// One submission as a moderator reviews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Reference number.
    pub id: i32,
    /// Where it stands.
    pub state: SubmissionState,
    /// Proposer's name and organisation (never the address).
    pub proposer: String,
    /// The profile as it would be published; `None` when the stored form no longer passes
    /// the checks (see `problems`).
    pub preview: Option<ProjectDetail>,
    /// Why the stored form fails the checks now, if it does.
    pub problems: Vec<String>,
    /// The licence check: the current SPDX form, or why it fails.
    pub licence_check: Result<String, String>,
    /// The criteria the proposer confirmed, by key.
    pub confirmed: Vec<String>,
    /// History: changes of state and internal comments, oldest first.
    pub history: Vec<HistoryEntry>,
    /// The published project's slug, once accepted; for a change, the changed project's.
    pub slug: Option<String>,
    /// For a change to a published project: what it changes against the public version.
    pub changes: Option<Vec<domain::proposal::FieldChange>>,
    /// A comment or decision the server refused, as typed, with its message.
    pub draft: super::account::FormDraft,
}

/// One entry of a submission's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When, Berlin time, formatted.
    pub when: String,
    /// Who (a moderator's name, or "Vorschlagende Person").
    pub who: String,
    /// The new state, for a change of state; `None` for a comment.
    pub state: Option<SubmissionState>,
    /// The comment or message.
    pub message: String,
}

/// The edit page of a project, for its initiators and for moderators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditPage {
    /// The project's slug (never changes).
    pub slug: String,
    /// Its current name.
    pub name: String,
    /// The form: current values, or a draft with errors.
    pub form: super::account::ProposalPage,
    /// When the shown version was saved, RFC 3339; sent back to detect a save in between.
    pub seen: String,
    /// Whether the editor moderates (changes apply at once; versions shown).
    pub moderator: bool,
    /// Whether the project is public.
    pub published: bool,
    /// Every version with what changed, newest first (moderators only).
    pub versions: Vec<VersionView>,
}

/// One version of a project, as moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    /// When, Berlin time, formatted.
    pub when: String,
    /// Who.
    pub who: String,
    /// What happened.
    pub note: String,
    /// What changed against the version before.
    pub changes: Vec<domain::proposal::FieldChange>,
}
