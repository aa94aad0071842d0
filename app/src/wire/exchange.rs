//! What the partner exchange's pages exchange with the server: partner profiles, needs with
//! their offers, matches with their reasons, and the forms with their errors.

use domain::proposal::FieldError;
use domain::{NeedState, OfferDirection, OfferState, PartnerKind, Pillar};
use serde::{Deserialize, Serialize};

use super::Term;

/// A form of the exchange sent back with errors: every posted pair (checkboxes repeat their
/// name) and one message per invalid field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeDraft {
    /// Posted name/value pairs, in order.
    pub values: Vec<(String, String)>,
    /// One message per invalid field.
    pub errors: Vec<FieldError>,
    /// The need the form was for; `None` for a new need or another form.
    pub need_id: Option<i32>,
}

impl ExchangeDraft {
    /// The first value of `field`, or empty.
    pub fn value(&self, field: &str) -> String {
        self.values.iter().find(|(k, _)| k == field).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Whether `field` was sent with `value` (a ticked checkbox).
    pub fn has(&self, field: &str, value: &str) -> bool {
        self.values.iter().any(|(k, v)| k == field && v == value)
    }

    /// The message for `field`, if the server refused it.
    pub fn error(&self, field: &str) -> Option<String> {
        domain::proposal::error_for(&self.errors, field).map(str::to_string)
    }
}

/// A score and its reasons in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    /// The score, for ordering.
    pub score: u32,
    /// Why, in German.
    pub reasons: Vec<String>,
}

/// A listed partner profile as `/paten` and the matches show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerCard {
    /// The profile's id.
    pub id: i32,
    /// Person, company, association, city office or research institute.
    pub kind: PartnerKind,
    /// Public name.
    pub name: String,
    /// Pillars offered.
    pub pillars: Vec<Pillar>,
    /// Skills offered, as written.
    pub skills: Vec<String>,
    /// Hours per month on offer.
    pub hours: Option<u32>,
    /// Budget per year, formatted.
    pub budget: Option<String>,
    /// Names of the categories cared about.
    pub categories: Vec<String>,
    /// Names of the districts.
    pub districts: Vec<String>,
    /// Public description.
    pub description: String,
}

/// `/paten`'s URL parameters; repeated keys give several values, OR within a key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerQuery {
    /// Free text over name, description and skills.
    pub q: String,
    /// Pillar keys.
    pub saeule: Vec<String>,
    /// Partner kinds.
    pub art: Vec<String>,
    /// Category keys.
    pub kategorie: Vec<String>,
    /// District keys.
    pub bezirk: Vec<String>,
}

/// `/paten`: the listed partners that pass the filters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerList {
    /// The filters as understood.
    pub query: PartnerQuery,
    /// Matching profiles, by name.
    pub partners: Vec<PartnerCard>,
    /// The instance's categories, for the filter.
    pub categories: Vec<Term>,
    /// The instance's districts, for the filter.
    pub districts: Vec<Term>,
}

/// An open need as a match for a partner or a visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedMatch {
    /// The need's id.
    pub need_id: i32,
    /// Its title.
    pub title: String,
    /// Its pillar.
    pub pillar: Pillar,
    /// Its project's name.
    pub project_name: String,
    /// Its project's slug.
    pub slug: String,
    /// Why it fits.
    pub fit: Fit,
}

/// An offer or invitation as its helper sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOffer {
    /// The offer's id.
    pub id: i32,
    /// Offered by the helper, or an invitation.
    pub direction: OfferDirection,
    /// Where it stands.
    pub state: OfferState,
    /// The need's title.
    pub need_title: String,
    /// The project's name.
    pub project_name: String,
    /// The project's slug.
    pub slug: String,
    /// The first message.
    pub message: String,
    /// The answer, if any.
    pub reply: String,
    /// When it was made, Berlin time.
    pub created: String,
    /// The initiators' names and addresses, once accepted.
    pub contacts: Vec<String>,
}

/// `/konto/pate`: the own partner profile, what fits it, and the own offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerPage {
    /// The form: the stored profile, or a draft with errors.
    pub form: ExchangeDraft,
    /// Skills others already use, to pick from.
    pub known_skills: Vec<String>,
    /// Whether a profile is stored.
    pub has_profile: bool,
    /// "Passt zu dir": the best open needs for the profile.
    pub matches: Vec<NeedMatch>,
    /// Own offers and invitations received, newest first.
    pub offers: Vec<MyOffer>,
    /// The instance's categories.
    pub categories: Vec<Term>,
    /// The instance's districts.
    pub districts: Vec<Term>,
}

/// An offer or invitation as the initiators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferView {
    /// The offer's id.
    pub id: i32,
    /// Offered by the helper, or an invitation.
    pub direction: OfferDirection,
    /// Where it stands.
    pub state: OfferState,
    /// The helper's name.
    pub helper: String,
    /// The first message.
    pub message: String,
    /// The answer, if any.
    pub reply: String,
    /// When it was made, Berlin time.
    pub created: String,
    /// The helper's address, only once accepted.
    pub contact: Option<String>,
}

/// A listed partner as a match for a need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerMatch {
    /// The profile.
    pub partner: PartnerCard,
    /// Why it fits.
    pub fit: Fit,
    /// Whether an invitation or offer of theirs is already waiting.
    pub asked: bool,
}

/// One need on the initiators' dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedPanel {
    /// The need's id.
    pub id: i32,
    /// Its pillar.
    pub pillar: Pillar,
    /// Its title.
    pub title: String,
    /// Where it stands.
    pub state: NeedState,
    /// The Pate's name, once filled.
    pub pate: Option<String>,
    /// The form's values (stored, or a draft with errors).
    pub form: ExchangeDraft,
    /// Offers and invitations, newest first.
    pub offers: Vec<OfferView>,
    /// "Passende Pat:innen", for an open need.
    pub matches: Vec<PartnerMatch>,
}

/// `/projekte/{slug}/paten`: the initiators' view of needs, offers and matches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    /// The project's slug.
    pub slug: String,
    /// Skills others already use, to pick from.
    pub known_skills: Vec<String>,
    /// Its name.
    pub name: String,
    /// Its needs in order.
    pub needs: Vec<NeedPanel>,
    /// The form for a new need (empty, or a draft with errors).
    pub new_need: ExchangeDraft,
    /// The initiators' names.
    pub initiators: Vec<String>,
    /// The co-initiator form's draft.
    pub co_form: ExchangeDraft,
}

/// `/projekte/{slug}/helfen/{need}`: the form to offer help for one need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpPage {
    /// The project's slug.
    pub slug: String,
    /// Its name.
    pub project_name: String,
    /// The need's id.
    pub need_id: i32,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Its pillar.
    pub pillar: Pillar,
    /// Whether help can still be offered (the need is open).
    pub open: bool,
    /// Whether someone is logged in (then no name and address are asked).
    pub logged_in: bool,
    /// The form as typed, with errors.
    pub form: ExchangeDraft,
}

/// `/mitmachen`'s URL parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JoinQuery {
    /// Pillar keys.
    pub saeule: Vec<String>,
    /// Skills, comma-separated.
    pub faehigkeiten: String,
    /// Hours per month.
    pub stunden: String,
}

/// `/mitmachen`: the open needs that fit what a visitor offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinResult {
    /// The question as understood.
    pub query: JoinQuery,
    /// Whether the visitor asked at all (a pillar was chosen).
    pub asked: bool,
    /// A German message for a question that could not be read.
    pub error: Option<String>,
    /// The best open needs.
    pub matches: Vec<NeedMatch>,
    /// Skills others already use, to pick from.
    pub known_skills: Vec<String>,
}

/// Every trimmed, lower-cased value of `key`, each once.
fn all(params: &leptos_router::params::ParamsMap, key: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in params.get_all(key).unwrap_or_default() {
        let value = value.trim().to_lowercase();
        if !value.is_empty() && !out.contains(&value) {
            out.push(value);
        }
    }
    out
}

impl PartnerQuery {
    /// Reads `/paten`'s URL parameters.
    pub fn from_params(params: &leptos_router::params::ParamsMap) -> Self {
        PartnerQuery {
            q: params.get("q").unwrap_or_default(),
            saeule: all(params, "saeule"),
            art: all(params, "art"),
            kategorie: all(params, "kategorie"),
            bezirk: all(params, "bezirk"),
        }
    }
}

impl JoinQuery {
    /// Reads `/mitmachen`'s URL parameters.
    pub fn from_params(params: &leptos_router::params::ParamsMap) -> Self {
        JoinQuery {
            saeule: all(params, "saeule"),
            faehigkeiten: params.get("faehigkeiten").unwrap_or_default(),
            stunden: params.get("stunden").unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos_router::params::ParamsMap;

    #[test]
    fn b20_repeated_keys_become_lists_without_repeats() {
        let mut params = ParamsMap::new();
        for (k, v) in [("saeule", "Technik"), ("saeule", "technik"), ("saeule", "inhalt")] {
            params.insert(k, v.to_string());
        }
        params.insert("faehigkeiten", "Rust, UX".to_string());
        let q = JoinQuery::from_params(&params);
        assert_eq!(q.saeule, ["technik", "inhalt"]);
        assert_eq!(q.faehigkeiten, "Rust, UX");
    }
}
