//! One module per route.

pub mod account;
pub mod account_settings;
pub mod auth;
pub mod catalogue;
pub mod confirm;
pub mod dashboard;
pub mod edit;
pub mod help;
pub mod home;
pub mod join;
pub mod meta;
pub mod moderation;
pub mod not_found;
pub mod partner_profile;
pub mod partners;
pub mod project;
pub mod project_facts;
pub mod propose;
pub mod propose_fields;
pub mod review;
pub mod text;
