//! One module per route.

pub mod catalogue;
pub mod home;
pub mod meta;
pub mod not_found;
pub mod project;
pub mod project_facts;
pub mod text;
