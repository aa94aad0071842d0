//! The server's check of the application form: every field, every admission criterion, each
//! refusal a typed problem beside its field. The result is the profile to be published.

use chrono::Datelike;

use crate::instance::Instance;
use crate::limits::{DESCRIPTION_MAX, NAME_MAX, TEASER_MAX, check_length};
use crate::problem::{Invalid, Label, Problem};
use crate::proposal::{CRITERIA, ProposalForm};
use crate::seed::{SeedNeed, SeedProject, is_year_month};
use crate::{Complexity, Deployment, Kind, NeedState, Pillar, ProjectStatus, account, licence};

/// Longest origin text, need title and organisation name, in characters.
const SHORT_MAX: usize = 200;
/// Longest need description, in characters.
const NEED_TEXT_MAX: usize = 2_000;
/// Most technologies one project lists.
const TECHNOLOGIES_MAX: usize = 30;
/// The earliest start year a form accepts.
const FIRST_START_YEAR: i32 = 1990;
/// How many years ahead a planned start may lie.
const PLANNED_YEARS_AHEAD: i32 = 5;
/// Highest yearly running costs in euros a form accepts.
const COSTS_MAX: u32 = 10_000_000;

/// Who proposes, when they have no account yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Their name.
    pub name: String,
    /// Their address, lower-cased.
    pub email: String,
    /// Their organisation, if any.
    pub organisation: Option<String>,
}

/// A form that passed every check.
#[derive(Clone, Debug)]
pub struct Checked {
    /// The profile as it would be published (its `key` is empty).
    pub profile: SeedProject,
    /// The proposer, when the form asked for them.
    pub contact: Option<Contact>,
}

/// Collects the errors of one form.
#[derive(Default)]
struct Errors(Vec<Invalid>);

impl Errors {
    /// Keeps the value of a passed check, or records its problem for `field`.
    fn take<T>(&mut self, field: &str, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.0.push(Invalid::new(field, problem));
                None
            }
        }
    }
}

/// Checks the whole form. `with_contact` asks for the proposer's name and address (visitors
/// without an account). Every field is checked, so all messages show at once.
pub fn check(
    form: &ProposalForm,
    instance: &Instance,
    with_contact: bool,
) -> Result<Checked, Vec<Invalid>> {
    let mut e = Errors::default();
    let name = e.take("name", text(Label::ProjectName, &form.name, NAME_MAX));
    let teaser = e.take("teaser", text(Label::Teaser, &form.teaser, TEASER_MAX));
    let description =
        e.take("description", text(Label::Description, &form.description, DESCRIPTION_MAX));
    let category = e.take("category", category(&form.category, instance));
    let kind = e.take("kind", choice(&form.kind, Kind::from_key, Problem::ChooseKind));
    let status =
        e.take("status", choice(&form.status, ProjectStatus::from_key, Problem::ChooseStatus));
    let origin = e.take("origin", text(Label::Origin, &form.origin, SHORT_MAX));
    let start_month = e.take("start_month", start_month(&form.start_month));
    let complexity = e.take("complexity", optional(&form.complexity, Complexity::from_key));
    let technologies = e.take("technologies", technologies(&form.technologies));
    let licence = e.take("licence", licence::judge(&form.licence));
    let repository = e.take("repository_url", crate::weburl::repository(&form.repository_url));
    let project_url =
        e.take("project_url", crate::weburl::optional(&form.project_url, Label::ProjectUrl));
    let deployment = e.take("deployment", optional(&form.deployment, Deployment::from_key));
    let costs = e.take("yearly_costs", costs(&form.yearly_costs));
    let districts = e.take("district", districts(&form.districts, instance));
    let (needs, no_need) = needs(form, &mut e);
    let contact = if with_contact { contact(form, &mut e) } else { None };
    if !form.privacy_consent {
        e.0.push(Invalid::new("privacy_consent", Problem::PrivacyConsent));
    }
    let missing: Vec<&str> =
        CRITERIA.iter().copied().filter(|c| !form.criteria.iter().any(|f| f == c)).collect();
    if !missing.is_empty() {
        e.0.push(Invalid::new("criterion", Problem::CriteriaMissing));
    }
    if !e.0.is_empty() {
        return Err(e.0);
    }
    // Every check passed, so every value is there; the fallbacks are never taken.
    let profile = SeedProject {
        key: String::new(),
        name: name.unwrap_or_default(),
        teaser: teaser.unwrap_or_default(),
        description: description.unwrap_or_default(),
        category: category.unwrap_or_default(),
        kind: kind.unwrap_or(Kind::App),
        status: status.unwrap_or(ProjectStatus::Live),
        origin: origin.unwrap_or_default(),
        start_month: start_month.flatten(),
        complexity: complexity.flatten(),
        technologies: technologies.unwrap_or_default(),
        licence: licence.unwrap_or_default(),
        repository_url: repository.unwrap_or_default(),
        project_url: project_url.flatten(),
        info_url: None,
        deployment: deployment.flatten(),
        yearly_costs_eur: costs.flatten(),
        districts: districts.unwrap_or_default(),
        no_need,
        updated: None,
        needs,
    };
    Ok(Checked { profile, contact })
}

/// A required text, trimmed, within `max` characters.
fn text(label: Label, raw: &str, max: usize) -> Result<String, Problem> {
    check_length(label, raw, max).map(|()| raw.trim().to_string())
}

/// One of the instance's categories.
fn category(key: &str, instance: &Instance) -> Result<String, Problem> {
    if instance.categories.iter().any(|c| c.key == key) {
        return Ok(key.to_string());
    }
    Err(Problem::ChooseCategory)
}

/// A required value of a vocabulary.
fn choice<T>(key: &str, parse: fn(&str) -> Option<T>, missing: Problem) -> Result<T, Problem> {
    parse(key).ok_or(missing)
}

/// An optional value of a vocabulary: empty is fine, anything else must be known.
fn optional<T>(key: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, Problem> {
    if key.is_empty() {
        return Ok(None);
    }
    parse(key).map(Some).ok_or(Problem::ChooseFromList)
}

/// `YYYY-MM` or empty.
fn start_month(raw: &str) -> Result<Option<String>, Problem> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if !is_year_month(raw) {
        return Err(Problem::StartMonthInvalid);
    }
    // Civic tech older than the web's first city sites is a typo, and so is a start further
    // ahead than a plan reaches.
    let (first, last) = (FIRST_START_YEAR, chrono::Utc::now().year() + PLANNED_YEARS_AHEAD);
    match crate::time::year_month(raw) {
        Some((year, _)) if (first..=last).contains(&year) => Ok(Some(raw.to_string())),
        _ => Err(Problem::StartMonthOutOfRange { first, last }),
    }
}

/// Technologies separated by commas or lines; duplicates dropped.
fn technologies(raw: &str) -> Result<Vec<String>, Problem> {
    let mut list: Vec<String> = Vec::new();
    for item in raw.split([',', '\n']).map(str::trim).filter(|t| !t.is_empty()) {
        let item = crate::displayable(item, 60);
        if !list.iter().any(|known| known.eq_ignore_ascii_case(&item)) {
            list.push(item);
        }
    }
    if list.len() > TECHNOLOGIES_MAX {
        return Err(Problem::TooManyTechnologies { max: TECHNOLOGIES_MAX });
    }
    Ok(list)
}

/// Whole euros: `180`, `1.200`, `1 200 €`; empty means unknown.
fn costs(raw: &str) -> Result<Option<u32>, Problem> {
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '€' | '\u{a0}')).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    match crate::limits::whole(&digits) {
        Some(euros) if euros <= COSTS_MAX => Ok(Some(euros)),
        _ => Err(Problem::CostsInvalid { max: COSTS_MAX }),
    }
}

/// Known district keys; none means the instance's default place.
fn districts(keys: &[String], instance: &Instance) -> Result<Vec<String>, Problem> {
    if keys.iter().all(|k| instance.districts.iter().any(|d| &d.key == k)) {
        return Ok(keys.to_vec());
    }
    Err(Problem::UnknownDistricts)
}

/// The needs per pillar: an open one needs a title; "kein" states no need.
fn needs(form: &ProposalForm, e: &mut Errors) -> (Vec<SeedNeed>, Vec<Pillar>) {
    let (mut needs, mut no_need) = (Vec::new(), Vec::new());
    for &pillar in Pillar::ALL {
        let input = form.need(pillar);
        let field = format!("need_{}", pillar.key());
        match input.choice.as_str() {
            "offen" => {
                let title = e.take(
                    &format!("{field}_title"),
                    text(Label::NeedTitle, &input.title, SHORT_MAX),
                );
                let long = input.text.trim();
                let description = e.take(
                    &format!("{field}_text"),
                    if long.chars().count() > NEED_TEXT_MAX {
                        Err(Problem::NeedTextTooLong { max: NEED_TEXT_MAX })
                    } else {
                        Ok(long.to_string())
                    },
                );
                if let (Some(title), Some(description)) = (title, description) {
                    needs.push(SeedNeed {
                        pillar,
                        title,
                        description,
                        state: NeedState::Open,
                        pate: None,
                        skills: Vec::new(),
                        hours_per_month: None,
                        amount_eur: None,
                        pays_for: String::new(),
                        newcomer: false,
                    });
                }
            }
            "kein" => no_need.push(pillar),
            "" => {}
            _ => {
                e.0.push(Invalid::new(field, Problem::ChooseNeedAnswer));
            }
        }
    }
    (needs, no_need)
}

/// The proposer's name, address and organisation.
fn contact(form: &ProposalForm, e: &mut Errors) -> Option<Contact> {
    let name =
        e.take("contact_name", account::check_person_name(Label::YourName, &form.contact_name));
    let email = e.take("contact_email", account::normalise_email(&form.contact_email));
    let organisation = if form.contact_organisation.trim().is_empty() {
        Some(None)
    } else {
        e.take(
            "contact_organisation",
            account::check_person_name(Label::Organisation, &form.contact_organisation).map(Some),
        )
    };
    Some(Contact { name: name?, email: email?, organisation: organisation? })
}

#[cfg(test)]
#[path = "proposal_check_tests.rs"]
mod tests;
