//! Pieces several pages share.

pub mod card;
pub mod exchange;
pub mod filters;
pub mod form;
pub mod layout;
pub mod pagination;
pub mod pillars;
pub mod problem;
