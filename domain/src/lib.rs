//! DIGIFARM's vocabulary and the pure rules every layer shares.
//!
//! The enums and the folding function compile for the browser as well; everything that reads
//! files or renders Markdown sits behind the `server` feature.

pub mod fold;
pub mod limits;
pub mod problem;
pub mod proposal;
pub mod vocab;

#[cfg(feature = "server")]
pub mod account;
#[cfg(feature = "server")]
pub mod exchange;
#[cfg(feature = "server")]
pub mod instance;
#[cfg(feature = "server")]
pub mod licence;
#[cfg(feature = "server")]
pub mod markdown;
#[cfg(feature = "server")]
pub mod matching;
#[cfg(feature = "server")]
pub mod proposal_check;
#[cfg(feature = "server")]
pub mod proposal_diff;
#[cfg(feature = "server")]
pub mod screenshot;
#[cfg(feature = "server")]
pub mod secret;
#[cfg(feature = "server")]
pub mod seed;
#[cfg(feature = "server")]
pub mod time;
#[cfg(feature = "server")]
pub mod weburl;

pub use fold::{displayable, fold, search_terms, slugify, words};
pub use vocab::{
    Complexity, Deployment, Kind, NeedState, OfferDirection, OfferState, PartnerKind, Pillar,
    PillarSummary, ProjectStatus, Role, SubmissionState, TokenPurpose,
};
