//! Puts what `domain` decides into words from the translation files: problems with an input,
//! match reasons, months, Berlin times and the names of changed fields.
//!
//! The match over problems is exhaustive, so a new problem in `domain` does not compile until
//! it has a sentence here and in `locales/de.json`.

use domain::instance::Instance;
use domain::matching::Reason;
use domain::problem::{Invalid, Label, Problem};
use domain::proposal::{FieldChange, FieldError};
use domain::proposal_diff::Change;
use domain::{Complexity, Deployment, Kind, Pillar, ProjectStatus};

use crate::i18n::*;
use crate::labels;

/// The language the server words messages in; the platform serves German only so far.
const LOCALE: Locale = Locale::de;

/// The field's label as a message names it.
pub fn label(label: Label) -> String {
    let l = LOCALE;
    match label {
        Label::ProjectName => td_string!(l, label.project_name).to_string(),
        Label::Teaser => td_string!(l, label.teaser).to_string(),
        Label::Description => td_string!(l, label.description).to_string(),
        Label::Origin => td_string!(l, label.origin).to_string(),
        Label::NeedTitle => td_string!(l, label.need_title).to_string(),
        Label::YourName => td_string!(l, label.your_name).to_string(),
        Label::Organisation => td_string!(l, label.organisation).to_string(),
        Label::ProjectUrl => td_string!(l, label.project_url).to_string(),
        Label::RepositoryUrl => td_string!(l, label.repository_url).to_string(),
        Label::PublicName => td_string!(l, label.public_name).to_string(),
        Label::HoursPerMonth => td_string!(l, label.hours_per_month).to_string(),
        Label::BudgetPerYear => td_string!(l, label.budget_per_year).to_string(),
        Label::Title => td_string!(l, label.title).to_string(),
        Label::AmountPerYear => td_string!(l, label.amount_per_year).to_string(),
        Label::Pate => td_string!(l, label.pate).to_string(),
        Label::YourMessage => td_string!(l, label.your_message).to_string(),
    }
}

/// The problem as a sentence that says what is wrong and how to put it right.
pub fn say(problem: &Problem) -> String {
    let l = LOCALE;
    let examples = || td_string!(l, invalid.licence_examples).to_string();
    match problem {
        Problem::Blank(field) => td_string!(l, invalid.blank, label = label(*field)).to_string(),
        Problem::TooLong { label: field, max, count } => td_string!(
            l,
            invalid.too_long,
            label = label(*field),
            max = num(max),
            count = num(count)
        )
        .to_string(),
        Problem::WebAddressInName(field) => {
            td_string!(l, invalid.web_address_in_name, label = label(*field)).to_string()
        }
        Problem::UrlMissing(field) => {
            td_string!(l, invalid.url_missing, label = label(*field)).to_string()
        }
        Problem::UrlNotWeb(field) => {
            td_string!(l, invalid.url_not_web, label = label(*field)).to_string()
        }
        Problem::UrlWithCredentials(field) => {
            td_string!(l, invalid.url_with_credentials, label = label(*field)).to_string()
        }
        Problem::NumberTooHigh { label: field, max } => {
            td_string!(l, invalid.number_too_high, label = label(*field), max = num(max))
                .to_string()
        }
        Problem::NotWholeNumber { label: field, max } => {
            td_string!(l, invalid.not_whole_number, label = label(*field), max = num(max))
                .to_string()
        }
        Problem::EmailMissing => td_string!(l, invalid.email_missing).to_string(),
        Problem::EmailInvalid => td_string!(l, problem.email_invalid).to_string(),
        Problem::PasswordCommon => td_string!(l, invalid.password_common).to_string(),
        Problem::PasswordIsEmail => td_string!(l, invalid.password_is_email).to_string(),
        Problem::RepositoryWithoutPath => {
            td_string!(l, invalid.repository_without_path).to_string()
        }
        Problem::LicenceMissing => {
            td_string!(l, invalid.licence_missing, examples = examples()).to_string()
        }
        Problem::LicenceNotSpdx { shown } => {
            td_string!(l, invalid.licence_not_spdx, shown = shown, examples = examples())
                .to_string()
        }
        Problem::LicenceNotOsi { shown } => {
            td_string!(l, invalid.licence_not_osi, shown = shown, examples = examples()).to_string()
        }
        Problem::FileEmpty => td_string!(l, invalid.file_empty).to_string(),
        Problem::ImageWrongKind => td_string!(l, invalid.image_wrong_kind).to_string(),
        Problem::ImageUnreadable => td_string!(l, invalid.image_damaged).to_string(),
        Problem::ChooseCategory => td_string!(l, invalid.choose_category).to_string(),
        Problem::ChooseKind => td_string!(l, invalid.choose_kind).to_string(),
        Problem::ChooseStatus => td_string!(l, invalid.choose_status).to_string(),
        Problem::ChooseFromList => td_string!(l, invalid.choose_from_list).to_string(),
        Problem::StartMonthInvalid => td_string!(l, invalid.start_month_invalid).to_string(),
        Problem::StartMonthOutOfRange { first, last } => {
            td_string!(l, invalid.start_month_out_of_range, first = first, last = last).to_string()
        }
        Problem::CostsInvalid { max } => {
            td_string!(l, invalid.costs_invalid, max = num(max)).to_string()
        }
        Problem::UnknownDistricts => td_string!(l, invalid.unknown_districts).to_string(),
        Problem::ChooseNeedAnswer => td_string!(l, invalid.choose_need_answer).to_string(),
        Problem::PrivacyConsent => td_string!(l, invalid.privacy_consent).to_string(),
        Problem::CriteriaMissing => td_string!(l, invalid.criteria_missing).to_string(),
        Problem::UnknownPillar => td_string!(l, invalid.unknown_pillar).to_string(),
        Problem::UnknownCategory => td_string!(l, invalid.unknown_category).to_string(),
        Problem::UnknownPlace => td_string!(l, invalid.unknown_place).to_string(),
        Problem::ChoosePartnerKind => td_string!(l, invalid.choose_partner_kind).to_string(),
        Problem::ChoosePillars => td_string!(l, invalid.choose_pillars).to_string(),
        Problem::ChooseNeedPillar => td_string!(l, invalid.choose_need_pillar).to_string(),
        Problem::AmountMissing => td_string!(l, invalid.amount_missing).to_string(),
        Problem::ChooseNeedState => td_string!(l, invalid.choose_need_state).to_string(),
        Problem::EmailTooLong { max } => {
            td_string!(l, invalid.email_too_long, max = num(max)).to_string()
        }
        Problem::PasswordTooShort { min, count } => {
            td_string!(l, invalid.password_too_short, min = num(min), count = num(count))
                .to_string()
        }
        Problem::PasswordTooLong { max } => {
            td_string!(l, invalid.password_too_long, max = num(max)).to_string()
        }
        Problem::FileTooBig { max_mb } => {
            td_string!(l, invalid.file_too_big, max = max_mb).to_string()
        }
        Problem::ImageTooLarge { width, height, max_megapixels } => td_string!(
            l,
            invalid.image_too_large,
            width = width,
            height = height,
            max = max_megapixels
        )
        .to_string(),
        Problem::TooManyTechnologies { max } => {
            td_string!(l, invalid.too_many_technologies, max = num(max)).to_string()
        }
        Problem::NeedTextTooLong { max } => {
            td_string!(l, invalid.need_text_too_long, max = num(max)).to_string()
        }
        Problem::SkillsTooLong { max, count } => {
            td_string!(l, invalid.skills_too_long, max = num(max), count = num(count)).to_string()
        }
        Problem::DescriptionTooLong { max } => {
            td_string!(l, invalid.description_too_long, max = num(max)).to_string()
        }
        Problem::PaysForTooLong { max } => {
            td_string!(l, invalid.pays_for_too_long, max = num(max)).to_string()
        }
    }
}

/// A count or limit as German text writes it: `20.000`.
pub fn num(n: impl ToString) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    grouped
}

/// The problems of a form as the messages shown beside its fields.
pub fn field_errors(invalid: Vec<Invalid>) -> Vec<FieldError> {
    invalid.into_iter().map(|i| FieldError { message: say(&i.problem), field: i.field }).collect()
}

/// One field's message.
pub fn field_error(field: &str, problem: &Problem) -> FieldError {
    FieldError { field: field.into(), message: say(problem) }
}

/// Changes between two versions, each field named as the form labels it and each chosen value
/// by its name rather than its key.
pub fn changes(list: Vec<Change>, instance: &Instance) -> Vec<FieldChange> {
    list.into_iter()
        .map(|c| FieldChange {
            label: changed_field(c.field),
            old: changed_value(c.field, &c.old, instance),
            new: changed_value(c.field, &c.new, instance),
        })
        .collect()
}

/// A chosen value as the pages name it; texts and unknown keys stay as they are.
fn changed_value(field: &str, value: &str, instance: &Instance) -> String {
    let named = |name: Option<String>| name.unwrap_or_else(|| value.to_string());
    match field {
        "category" => named(instance.category(value).map(|t| t.name.clone())),
        "kind" => named(Kind::from_key(value).map(labels::kind)),
        "status" => named(ProjectStatus::from_key(value).map(labels::status)),
        "complexity" => named(Complexity::from_key(value).map(labels::complexity)),
        "deployment" => named(Deployment::from_key(value).map(labels::deployment)),
        "district" => value
            .split(", ")
            .filter(|k| !k.is_empty())
            .map(|k| instance.district(k).map_or(k.to_string(), |t| t.name.clone()))
            .collect::<Vec<_>>()
            .join(", "),
        _ => value.to_string(),
    }
}

/// The label of a profile field, by its form key.
fn changed_field(field: &str) -> String {
    let l = LOCALE;
    match field {
        "name" => td_string!(l, changed.name),
        "teaser" => td_string!(l, changed.teaser),
        "description" => td_string!(l, changed.description),
        "category" => td_string!(l, changed.category),
        "kind" => td_string!(l, changed.kind),
        "status" => td_string!(l, changed.status),
        "origin" => td_string!(l, changed.origin),
        "start_month" => td_string!(l, changed.start_month),
        "complexity" => td_string!(l, changed.complexity),
        "technologies" => td_string!(l, changed.technologies),
        "licence" => td_string!(l, changed.licence),
        "repository_url" => td_string!(l, changed.repository_url),
        "project_url" => td_string!(l, changed.project_url),
        "deployment" => td_string!(l, changed.deployment),
        "yearly_costs" => td_string!(l, changed.yearly_costs),
        "district" => td_string!(l, changed.district),
        // `proposal_diff` names no other field; a new one shows by its key until worded.
        other => return other.to_string(),
    }
    .to_string()
}

/// Why a partner and a need match, in words; category and district by their instance names.
pub fn reason(reason: &Reason, instance: &Instance) -> String {
    let l = LOCALE;
    match reason {
        Reason::Pillar(p) => td_string!(l, reason.pillar, pillar = pillar(*p)).to_string(),
        Reason::Skills { matched, wanted } => {
            let (count, skills) = (matched.len(), matched.join(", "));
            if *wanted == 1 {
                td_string!(l, reason.skill, count = count, wanted = wanted, skills = skills)
                    .to_string()
            } else {
                td_string!(l, reason.skills, count = count, wanted = wanted, skills = skills)
                    .to_string()
            }
        }
        Reason::Hours { offered, needed } if offered >= needed => {
            td_string!(l, reason.hours_enough, offered = offered, needed = needed).to_string()
        }
        Reason::Hours { offered, needed } => {
            td_string!(l, reason.hours_part, offered = offered, needed = needed).to_string()
        }
        Reason::Budget { offered, needed } if offered >= needed => {
            td_string!(l, reason.budget_enough, needed = needed).to_string()
        }
        Reason::Budget { offered, needed } => {
            td_string!(l, reason.budget_part, offered = offered, needed = needed).to_string()
        }
        Reason::Category(key) => {
            let name = instance.category(key).map_or(key.as_str(), |t| t.name.as_str());
            td_string!(l, reason.category, name = name).to_string()
        }
        Reason::District(key) => {
            let name = instance.district(key).map_or(key.as_str(), |t| t.name.as_str());
            td_string!(l, reason.district, name = name).to_string()
        }
        Reason::Newcomer => td_string!(l, reason.newcomer).to_string(),
    }
}

/// The pillar's name, e.g. "Technik".
fn pillar(p: Pillar) -> String {
    let l = LOCALE;
    match p {
        Pillar::Content => td_string!(l, pillar.inhalt),
        Pillar::Technical => td_string!(l, pillar.technik),
        Pillar::Financial => td_string!(l, pillar.finanzen),
    }
    .to_string()
}

/// Date and time in Berlin with the zone's name, e.g. `26.10.2025, 02:30 MESZ`.
pub fn date_time(instant: chrono::DateTime<chrono::Utc>) -> String {
    let (when, summer) = domain::time::berlin_date_time(instant);
    if summer {
        td_string!(LOCALE, time.summer, when = when).to_string()
    } else {
        td_string!(LOCALE, time.winter, when = when).to_string()
    }
}

/// A `YYYY-MM` month in words, e.g. `Oktober 2021`; `None` for anything else.
pub fn month(year_month: &str) -> Option<String> {
    let l = LOCALE;
    let (year, number) = domain::time::year_month(year_month)?;
    let name = match number {
        1 => td_string!(l, month.january),
        2 => td_string!(l, month.february),
        3 => td_string!(l, month.march),
        4 => td_string!(l, month.april),
        5 => td_string!(l, month.may),
        6 => td_string!(l, month.june),
        7 => td_string!(l, month.july),
        8 => td_string!(l, month.august),
        9 => td_string!(l, month.september),
        10 => td_string!(l, month.october),
        11 => td_string!(l, month.november),
        12 => td_string!(l, month.december),
        _ => return None,
    };
    Some(td_string!(l, month.with_year, month = name, year = year).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b08_a_name_too_long_is_told_with_both_counts_in_german() {
        let problem = Problem::TooLong { label: Label::ProjectName, max: 200, count: 201 };
        assert_eq!(
            say(&problem),
            "Der Projektname darf höchstens 200 Zeichen lang sein (jetzt 201)."
        );
        assert_eq!(
            say(&Problem::Blank(Label::Teaser)),
            "Die Kurzbeschreibung darf nicht leer sein."
        );
    }

    #[test]
    fn b26_a_name_with_a_link_is_refused_in_german() {
        let problem = Problem::WebAddressInName(Label::YourName);
        assert_eq!(say(&problem), "Ihr Name darf keine Web-Adresse enthalten.");
    }

    #[test]
    fn b14_upload_problems_are_told_in_german() {
        assert_eq!(say(&Problem::FileTooBig { max_mb: 5 }), "Datei zu groß, max. 5 MB.");
        let huge = Problem::ImageTooLarge { width: 30_000, height: 30_000, max_megapixels: 40 };
        assert_eq!(
            say(&huge),
            "Das Bild ist mit 30000×30000 Pixeln zu groß; höchstens 40 Megapixel."
        );
    }

    #[test]
    fn licence_refusals_name_examples() {
        let cc = say(&Problem::LicenceNotOsi { shown: "CC-BY-4.0".into() });
        assert!(cc.starts_with("„CC-BY-4.0“ ist keine von der OSI anerkannte"), "{cc}");
        assert!(cc.contains("EUPL-1.2"), "{cc}");
        assert!(say(&Problem::LicenceMissing).contains("SPDX-Kennung an, zum Beispiel MIT"));
    }

    #[test]
    fn changed_fields_are_named_as_the_form_labels_them() {
        let m = muenster();
        let change = Change { field: "yearly_costs", old: "180".into(), new: "200".into() };
        assert_eq!(changes(vec![change], &m)[0].label, "Laufende Kosten pro Jahr");
        let status = Change { field: "status", old: "live".into(), new: "pausiert".into() };
        let shown = &changes(vec![status], &m)[0];
        assert_eq!((shown.old.as_str(), shown.new.as_str()), ("in Betrieb", "pausiert"));
        let places = Change { field: "district", old: String::new(), new: "mitte, nord".into() };
        assert_eq!(changes(vec![places], &m)[0].new, "Mitte, Nord");
    }

    fn muenster() -> Instance {
        Instance::parse(include_str!("../../../instance/muenster.toml")).expect("instance parses")
    }

    #[test]
    fn match_reasons_are_worded_with_the_instance_names() {
        let m = muenster();
        let skills = Reason::Skills { matched: vec!["Rust".into(), "UX".into()], wanted: 4 };
        assert_eq!(reason(&Reason::Pillar(Pillar::Technical), &m), "bietet Technik");
        assert_eq!(reason(&skills, &m), "2 von 4 gesuchten Fähigkeiten: Rust, UX");
        let hours = Reason::Hours { offered: 8, needed: 5 };
        assert_eq!(reason(&hours, &m), "8 Std. im Monat, gebraucht werden 5");
        let part = Reason::Budget { offered: 60, needed: 180 };
        assert_eq!(reason(&part, &m), "Budget deckt 60 von 180 € im Jahr");
        let place = reason(&Reason::District("mitte".into()), &m);
        assert_eq!(place, "im Stadtbezirk Mitte");
        assert_eq!(reason(&Reason::Newcomer, &m), "gute Einstiegsaufgabe");
    }

    #[test]
    fn b13_times_name_the_berlin_zone_of_their_day() {
        let summer = "2025-10-26T00:30:00Z".parse().expect("instant");
        assert_eq!(date_time(summer), "26.10.2025, 02:30 MESZ");
        let winter = "2025-10-26T01:30:00Z".parse().expect("instant");
        assert_eq!(date_time(winter), "26.10.2025, 02:30 MEZ");
    }

    #[test]
    fn months_are_written_out() {
        assert_eq!(month("2021-10").as_deref(), Some("Oktober 2021"));
        assert_eq!(month("2020-03").as_deref(), Some("März 2020"));
        assert_eq!(month("2020-13"), None);
    }

    #[test]
    fn numbers_name_their_field() {
        let high = Problem::NumberTooHigh { label: Label::HoursPerMonth, max: 200 };
        assert_eq!(say(&high), "Stunden im Monat: höchstens 200.");
        let comma = say(&Problem::NotWholeNumber { label: Label::BudgetPerYear, max: 10_000_000 });
        assert_eq!(
            comma,
            "Budget im Jahr: bitte eine ganze Zahl von 0 bis 10.000.000 angeben, ohne Komma."
        );
        let text = Problem::TooLong { label: Label::Description, max: 20_000, count: 20_002 };
        assert!(say(&text).ends_with("höchstens 20.000 Zeichen lang sein (jetzt 20.002)."));
    }
}
