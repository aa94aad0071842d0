//! The partner exchange's forms: a partner profile, a need and an offer of help, each read
//! from the posted name/value pairs (repeated names for checkboxes, B20) and checked with a
//! typed problem for each field that is wrong.

use crate::account::{check_person_name, normalise_email};
use crate::instance::Instance;
use crate::limits::check_length;
use crate::matching::{Skill, parse_skills};
use crate::problem::{Invalid, Label, Problem};
use crate::vocab::{NeedState, PartnerKind, Pillar};

/// Longest public description of a partner.
pub const DESCRIPTION_MAX: usize = 1000;
/// Longest message with an offer or an answer.
pub const MESSAGE_MAX: usize = 2000;
/// Longest skill list, in characters.
const SKILLS_MAX: usize = 500;
/// Longest need description, in characters.
const NEED_DESCRIPTION_MAX: usize = 5000;
/// Longest "what the money pays for", in characters.
const PAYS_FOR_MAX: usize = 200;

/// A partner profile as checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerProfile {
    /// Person, company, association, city office or research institute.
    pub kind: PartnerKind,
    /// The public name.
    pub display_name: String,
    /// Pillars offered, at least one.
    pub pillars: Vec<Pillar>,
    /// Skills offered.
    pub skills: Vec<Skill>,
    /// Hours per month.
    pub hours_per_month: Option<u32>,
    /// Euros per year.
    pub budget_eur: Option<u32>,
    /// Category keys of the instance.
    pub categories: Vec<String>,
    /// District keys of the instance.
    pub districts: Vec<String>,
    /// Short public description.
    pub description: String,
    /// Shown on `/paten` and in matches.
    pub listed: bool,
}

/// A need as checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedDetails {
    /// Its pillar.
    pub pillar: Pillar,
    /// Short title.
    pub title: String,
    /// What exactly is needed.
    pub description: String,
    /// Skills wanted.
    pub skills: Vec<Skill>,
    /// Hours per month; `None` for a one-off task.
    pub hours_per_month: Option<u32>,
    /// Euros per year, for money.
    pub amount_eur: Option<u32>,
    /// What the money pays for.
    pub pays_for: String,
    /// Suits a newcomer.
    pub newcomer: bool,
    /// Open, in talks or filled.
    pub state: NeedState,
    /// The Pate's public name, for a need filled outside the platform.
    pub pate: Option<String>,
}

/// An offer of help as checked; name and address only from a visitor without an account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferDetails {
    /// The visitor's name and address.
    pub visitor: Option<(String, String)>,
    /// The message to the initiators.
    pub message: String,
    /// The helper does not want to be named publicly.
    pub stay_unnamed: bool,
}

/// Reads posted name/value pairs.
pub struct Fields<'a>(pub &'a [(String, String)]);

impl Fields<'_> {
    /// The first value of `key`, trimmed, or empty.
    pub fn one(&self, key: &str) -> &str {
        self.0.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.trim())
    }

    /// Every value of `key`, in order.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.trim()).collect()
    }

    /// Whether a checkbox `key` was ticked.
    pub fn ticked(&self, key: &str) -> bool {
        !self.one(key).is_empty()
    }
}

/// Collects errors field by field.
#[derive(Default)]
struct Errors(Vec<Invalid>);

impl Errors {
    fn add(&mut self, field: &str, problem: Problem) {
        self.0.push(Invalid::new(field, problem));
    }

    fn check<T>(&mut self, field: &str, result: Result<T, Problem>) -> Option<T> {
        result.map_err(|m| self.add(field, m)).ok()
    }
}

/// A whole number from 0 to `max`, or nothing for an empty field.
pub fn whole_number(label: Label, raw: &str, max: u32) -> Result<Option<u32>, Problem> {
    let raw = raw.trim().trim_end_matches('€').trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match crate::limits::whole(raw) {
        Some(n) if n <= max => Ok(Some(n)),
        Some(_) => Err(Problem::NumberTooHigh { label, max }),
        None => Err(Problem::NotWholeNumber { label, max }),
    }
}

/// Pillar keys to pillars; unknown keys are errors.
fn pillars(keys: &[&str]) -> Result<Vec<Pillar>, Problem> {
    let mut out = Vec::new();
    for key in keys {
        let pillar = Pillar::from_key(key).ok_or(Problem::UnknownPillar)?;
        if !out.contains(&pillar) {
            out.push(pillar);
        }
    }
    Ok(out)
}

/// Keys that must all be known to the instance.
fn known(
    keys: Vec<&str>,
    ok: impl Fn(&str) -> bool,
    unknown: Problem,
) -> Result<Vec<String>, Problem> {
    let mut out: Vec<String> = Vec::new();
    for key in keys.into_iter().filter(|k| !k.is_empty()) {
        if !ok(key) {
            return Err(unknown);
        }
        if !out.iter().any(|k| k == key) {
            out.push(key.to_string());
        }
    }
    Ok(out)
}

/// A skill list of at most `SKILLS_MAX` characters.
fn skills(raw: &str) -> Result<Vec<Skill>, Problem> {
    let count = raw.chars().count();
    if count > SKILLS_MAX {
        return Err(Problem::SkillsTooLong { max: SKILLS_MAX, count });
    }
    Ok(parse_skills(raw))
}

/// Checks a partner profile form.
pub fn check_partner(f: &Fields, instance: &Instance) -> Result<PartnerProfile, Vec<Invalid>> {
    let mut e = Errors::default();
    let kind = PartnerKind::from_key(f.one("kind"));
    if kind.is_none() {
        e.add("kind", Problem::ChoosePartnerKind);
    }
    let display_name =
        e.check("display_name", check_person_name(Label::PublicName, f.one("display_name")));
    let chosen = e.check("pillars", pillars(&f.all("pillar"))).unwrap_or_default();
    if chosen.is_empty() {
        e.add("pillars", Problem::ChoosePillars);
    }
    let skills = e.check("skills", skills(f.one("skills"))).unwrap_or_default();
    let hours = e.check("hours", whole_number(Label::HoursPerMonth, f.one("hours"), 200));
    let budget = e.check("budget", whole_number(Label::BudgetPerYear, f.one("budget"), 10_000_000));
    let categories = e.check(
        "categories",
        known(f.all("category"), |k| instance.category(k).is_some(), Problem::UnknownCategory),
    );
    let is_district = |k: &str| instance.district(k).is_some();
    let districts =
        e.check("districts", known(f.all("district"), is_district, Problem::UnknownPlace));
    let description = f.one("description");
    if description.chars().count() > DESCRIPTION_MAX {
        e.add("description", Problem::DescriptionTooLong { max: DESCRIPTION_MAX });
    }
    match (kind, display_name, hours, budget, categories, districts) {
        (Some(kind), Some(display_name), Some(hours), Some(budget), Some(cats), Some(places))
            if e.0.is_empty() =>
        {
            Ok(PartnerProfile {
                kind,
                display_name,
                pillars: chosen,
                skills,
                hours_per_month: hours,
                budget_eur: budget,
                categories: cats,
                districts: places,
                description: description.to_string(),
                listed: f.ticked("listed"),
            })
        }
        _ => Err(e.0),
    }
}

/// Checks a need form.
pub fn check_need(f: &Fields) -> Result<NeedDetails, Vec<Invalid>> {
    let mut e = Errors::default();
    let pillar = Pillar::from_key(f.one("pillar"));
    if pillar.is_none() {
        e.add("pillar", Problem::ChooseNeedPillar);
    }
    let title = f.one("title");
    e.check("title", check_length(Label::Title, title, 200));
    let description = f.one("description");
    if description.chars().count() > NEED_DESCRIPTION_MAX {
        e.add("description", Problem::DescriptionTooLong { max: NEED_DESCRIPTION_MAX });
    }
    let skills = e.check("skills", skills(f.one("skills"))).unwrap_or_default();
    let hours = e.check("hours", whole_number(Label::HoursPerMonth, f.one("hours"), 200));
    let amount = e.check("amount", whole_number(Label::AmountPerYear, f.one("amount"), 10_000_000));
    let pays_for = f.one("pays_for");
    if pays_for.chars().count() > PAYS_FOR_MAX {
        e.add("pays_for", Problem::PaysForTooLong { max: PAYS_FOR_MAX });
    }
    if pillar == Some(Pillar::Financial) && amount == Some(None) {
        e.add("amount", Problem::AmountMissing);
    }
    let state = match f.one("state") {
        "" => Some(NeedState::Open),
        key => NeedState::from_key(key),
    };
    if state.is_none() {
        e.add("state", Problem::ChooseNeedState);
    }
    let mut pate = None;
    if state == Some(NeedState::Filled) {
        let named = check_length(Label::Pate, f.one("pate"), 200).map(|()| f.one("pate"));
        pate = e.check("pate", named);
    }
    match (pillar, hours, amount, state) {
        (Some(pillar), Some(hours), Some(amount), Some(state)) if e.0.is_empty() => {
            Ok(NeedDetails {
                pillar,
                title: title.to_string(),
                description: description.to_string(),
                skills,
                hours_per_month: hours,
                amount_eur: amount,
                pays_for: pays_for.to_string(),
                newcomer: f.ticked("newcomer"),
                state,
                pate: pate.map(str::to_string),
            })
        }
        _ => Err(e.0),
    }
}

/// Checks an offer of help; `visitor` when the helper has no session.
pub fn check_offer(f: &Fields, visitor: bool) -> Result<OfferDetails, Vec<Invalid>> {
    // Checked in the form's order, so the list of errors reads like the form.
    let mut e = Errors::default();
    let mut who = None;
    if visitor {
        let name = e.check("name", check_person_name(Label::YourName, f.one("name")));
        let email = e.check("email", normalise_email(f.one("email")));
        who = name.zip(email);
    }
    let message = f.one("message");
    e.check("message", check_length(Label::YourMessage, message, MESSAGE_MAX));
    if visitor && !f.ticked("consent") {
        e.add("consent", Problem::PrivacyConsent);
    }
    if !e.0.is_empty() {
        return Err(e.0);
    }
    Ok(OfferDetails {
        visitor: who,
        message: message.to_string(),
        stay_unnamed: f.ticked("stay_unnamed"),
    })
}

/// Joins keys or skills for a text column.
pub fn join<T: AsRef<str>>(items: &[T]) -> String {
    items.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(", ")
}

/// Splits a text column written by [`join`].
pub fn split(column: &str) -> Vec<String> {
    column.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

#[cfg(test)]
#[path = "exchange_tests.rs"]
mod tests;
