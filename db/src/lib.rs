//! DIGIFARM's storage: one schema and one set of queries for SQLite and PostgreSQL.
//!
//! Only the server compiles this crate; the browser build never sees it.

pub mod accounts;
pub mod catalogue;
pub mod connect;
pub mod dialect;
pub mod drafts;
pub mod editing;
pub mod entity;
pub mod exchange;
pub mod generate;
pub mod images;
pub mod migration;
pub mod offers;
pub mod outbox;
pub mod project;
pub mod rate_limit;
pub mod search;
pub mod seed_import;
pub mod submissions;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use connect::{Engine, begin_write, connect};
pub use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};
