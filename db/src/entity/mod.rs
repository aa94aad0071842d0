//! The tables, one module each. Relations are queried explicitly by id, which keeps every query
//! visible where it is used.

pub mod account;
pub mod account_role;
pub mod form_draft;
pub mod image;
pub mod need;
pub mod offer;
pub mod one_time_token;
pub mod outbox;
pub mod partner_profile;
pub mod project;
pub mod project_district;
pub mod project_initiator;
pub mod project_no_need;
pub mod project_version;
pub mod rate_limit;
pub mod session;
pub mod submission;
pub mod submission_event;
