//! Facts the domain hands over as values, in words: why a partner and a need match, months,
//! Berlin times, and what changed between two versions of a profile.

use domain::instance::Instance;
use domain::matching::Reason;
use domain::proposal::FieldChange;
use domain::proposal_diff::Change;
use domain::{Complexity, Deployment, Kind, Pillar, ProjectStatus};

use super::LOCALE;
use crate::i18n::*;
use crate::labels;

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
        Instance::parse(include_str!("../../../../instance/muenster.toml"))
            .expect("instance parses")
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
}
