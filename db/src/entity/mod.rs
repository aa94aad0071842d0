//! The tables, one module each. Relations are queried explicitly by id, which keeps every query
//! visible where it is used.

pub mod need;
pub mod outbox;
pub mod project;
pub mod project_district;
pub mod project_no_need;
