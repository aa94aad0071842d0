//! A project proposed through the application form, and where its review stands.

use sea_orm::entity::prelude::*;

/// One row of `submission`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission")]
pub struct Model {
    /// Surrogate key; the submission's reference number.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The one-time token of the form that sent it: one form, one submission.
    #[sea_orm(unique)]
    pub form_token: String,
    /// `SubmissionState` key.
    pub state: String,
    /// The proposer's account, once there is one.
    pub account_id: Option<i32>,
    /// The proposer's name.
    pub contact_name: String,
    /// The proposer's address; never shown publicly.
    pub contact_email: String,
    /// The proposer's organisation.
    pub contact_organisation: Option<String>,
    /// The form as typed, JSON (`domain::proposal::ProposalForm`).
    pub form: String,
    /// The published project, once accepted.
    pub project_id: Option<i32>,
    /// When it was sent, UTC.
    pub created_at: DateTimeUtc,
    /// When its state or form last changed, UTC.
    pub updated_at: DateTimeUtc,
    /// An unconfirmed submission is dropped after this, UTC.
    pub expires_at: Option<DateTimeUtc>,
}

/// No relations are declared; queries join by id.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
