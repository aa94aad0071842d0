//! What the account and form pages exchange with the server.

use std::collections::BTreeMap;

use domain::proposal::{FieldError, ProposalForm};
use domain::{Role, SubmissionState};
use serde::{Deserialize, Serialize};

/// A form sent back with errors: the values as typed (never a password) and the messages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDraft {
    /// Field name to value.
    pub values: BTreeMap<String, String>,
    /// One message per invalid field.
    pub errors: Vec<FieldError>,
}

impl FormDraft {
    /// The value typed into `field`, or empty.
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }
}

/// The person logged in, as the header shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    /// Display name.
    pub name: String,
    /// Roles.
    pub roles: Vec<Role>,
}

impl Me {
    /// Whether the person may moderate (moderators and admins).
    pub fn moderates(&self) -> bool {
        self.roles.iter().any(|r| matches!(r, Role::Moderator | Role::Admin))
    }
}

/// The own account page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyAccount {
    /// Display name.
    pub name: String,
    /// The own address, shown only to its owner.
    pub email: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// The person's submissions, newest first.
    pub submissions: Vec<MySubmission>,
    /// Whether a password is set (accounts made by confirming a submission have none).
    pub has_password: bool,
}

/// One submission as its proposer sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySubmission {
    /// Reference number.
    pub id: i32,
    /// Project name as typed.
    pub name: String,
    /// Where it stands.
    pub state: SubmissionState,
    /// When it last changed, Berlin time, formatted.
    pub updated: String,
    /// The last message of the steering group, if any.
    pub message: Option<String>,
    /// The published project's slug, once accepted.
    pub slug: Option<String>,
}

/// Everything the application form page needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalPage {
    /// The values to show: empty, a draft with errors, or a submission being revised.
    pub form: ProposalForm,
    /// One message per invalid field.
    pub errors: Vec<FieldError>,
    /// The one-time token this form will be sent with.
    pub form_token: String,
    /// The submission being revised after a "Rückfrage".
    pub revising: Option<i32>,
    /// The steering group's question, when revising.
    pub question: Option<String>,
    /// The person logged in; then name and address are not asked for.
    pub me: Option<String>,
    /// The instance's categories and districts.
    pub categories: Vec<super::Term>,
    /// The instance's districts.
    pub districts: Vec<super::Term>,
}
