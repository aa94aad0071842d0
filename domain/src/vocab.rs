//! The fixed vocabulary of a project profile. Each value has one stable key, used in URLs, the
//! database and the seed file; the words people read come from the translation files.

use serde::{Deserialize, Serialize};

/// Declares a vocabulary enum with its stable keys, `key()`, `from_key()` and `ALL`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable key used in URLs, the database and seed files.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Reads a stable key; `None` for anything else.
            pub fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary! {
    /// The three areas in which every project seeks Paten.
    Pillar { Content = "inhalt", Technical = "technik", Financial = "finanzen" }
}

vocabulary! {
    /// Where a need stands.
    NeedState { Open = "offen", InTalks = "im-gespraech", Filled = "besetzt" }
}

vocabulary! {
    /// How a project is doing, as the pilot's fact sheets recorded it.
    ProjectStatus {
        Live = "live",
        Unfinished = "unfertig",
        Paused = "pausiert",
        DataProblems = "datenproblem",
        NotYetHere = "noch-nicht-hier",
        Broken = "defekt",
        Archived = "archiviert",
    }
}

vocabulary! {
    /// What kind of software the project is.
    Kind { StaticSite = "statische-website", DynamicSite = "dynamische-website", App = "app" }
}

vocabulary! {
    /// How hard the project is to run and change.
    Complexity { Low = "niedrig", Medium = "mittel", High = "hoch", VeryHigh = "sehr-hoch" }
}

vocabulary! {
    /// Whether each city runs its own copy or one central instance serves all.
    Deployment { OwnInstance = "eigene-instanz", Central = "zentral" }
}

vocabulary! {
    /// What an account may do; one account may hold several.
    Role { Initiator = "initiator", Partner = "partner", Moderator = "moderator", Admin = "admin" }
}

vocabulary! {
    /// Where a submission of the application form stands.
    SubmissionState {
        /// Sent without an account; waits for the address to be confirmed.
        EmailUnconfirmed = "email-unbestaetigt",
        /// In the steering group's queue.
        Submitted = "eingereicht",
        /// A moderator is looking at it.
        InReview = "in-pruefung",
        /// The proposer is asked to change something and send it again.
        Query = "rueckfrage",
        /// Published as a project.
        Accepted = "angenommen",
        /// Not admitted; the reason is recorded.
        Rejected = "abgelehnt",
    }
}

impl SubmissionState {
    /// Whether a moderator may still decide on it.
    pub fn is_open(self) -> bool {
        matches!(self, SubmissionState::Submitted | SubmissionState::InReview)
    }
}

vocabulary! {
    /// What a mailed one-time link does.
    TokenPurpose {
        ConfirmAccount = "konto-bestaetigen",
        ResetPassword = "passwort-neu",
        ConfirmSubmission = "einreichung-bestaetigen",
        ChangeEmail = "email-aendern",
        ConfirmOffer = "angebot-bestaetigen",
    }
}

vocabulary! {
    /// Who stands behind a partner profile.
    PartnerKind {
        Person = "person",
        Company = "unternehmen",
        Association = "verein",
        CityOffice = "verwaltung",
        Research = "forschung",
    }
}

vocabulary! {
    /// Where an offer of help or an invitation stands.
    OfferState {
        /// A visitor's offer waits for their address to be confirmed.
        Unconfirmed = "unbestaetigt",
        /// Waits for an answer.
        Open = "offen",
        /// Accepted: the helper is the need's Pate.
        Accepted = "angenommen",
        /// Declined with a message.
        Declined = "abgelehnt",
        /// Left unanswered for 30 days, or the need was filled otherwise.
        Lapsed = "verfallen",
    }
}

vocabulary! {
    /// Who started an offer: the helper, or the initiator inviting a partner.
    OfferDirection { Offer = "angebot", Invitation = "einladung" }
}

/// What a pillar of a project shows: a view over its needs, not a stored column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PillarSummary {
    /// At least one need is open: the project seeks a Pate here.
    Seeking,
    /// No need is open, but one is being talked about.
    InTalks,
    /// Every need has its Pate.
    Covered,
    /// The project says it needs nobody here ("kein Bedarf").
    NoNeed,
    /// Nothing is known.
    Unstated,
}

impl PillarSummary {
    /// Summarises the states of a pillar's needs and whether "kein Bedarf" was stated.
    pub fn of(states: impl IntoIterator<Item = NeedState>, no_need: bool) -> Self {
        let (mut open, mut talks, mut filled) = (false, false, false);
        for state in states {
            match state {
                NeedState::Open => open = true,
                NeedState::InTalks => talks = true,
                NeedState::Filled => filled = true,
            }
        }
        match (open, talks, filled) {
            (true, _, _) => PillarSummary::Seeking,
            (false, true, _) => PillarSummary::InTalks,
            (false, false, true) => PillarSummary::Covered,
            _ if no_need => PillarSummary::NoNeed,
            _ => PillarSummary::Unstated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_for_every_value() {
        for p in Pillar::ALL {
            assert_eq!(Pillar::from_key(p.key()), Some(*p));
        }
        for s in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::from_key(s.key()), Some(*s));
        }
        assert_eq!(Pillar::from_key("Technik"), None);
    }

    #[test]
    fn one_open_need_makes_a_pillar_seek_a_pate() {
        use NeedState::*;
        assert_eq!(PillarSummary::of([Filled, Open], false), PillarSummary::Seeking);
        assert_eq!(PillarSummary::of([Filled, InTalks], false), PillarSummary::InTalks);
        assert_eq!(PillarSummary::of([Filled], false), PillarSummary::Covered);
        assert_eq!(PillarSummary::of([], true), PillarSummary::NoNeed);
        assert_eq!(PillarSummary::of([], false), PillarSummary::Unstated);
    }
}
