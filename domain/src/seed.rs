//! The seed file: the projects an instance ships with, imported on first start and on demand.

use serde::Deserialize;

use crate::instance::Instance;
use crate::limits::{DESCRIPTION_MAX, NAME_MAX, TEASER_MAX, check_length};
use crate::problem::{Label, Problem};
use crate::vocab::{Complexity, Deployment, Kind, NeedState, Pillar, ProjectStatus};

/// The whole seed file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedFile {
    /// The projects, in the order they were written down.
    pub projects: Vec<SeedProject>,
}

/// One project's profile as the seed states it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProject {
    /// Stable key that finds the project again on re-import, whatever its name becomes.
    pub key: String,
    /// Project name.
    pub name: String,
    /// One or two sentences for the catalogue card.
    pub teaser: String,
    /// The long description, in Markdown.
    pub description: String,
    /// Key of one of the instance's categories.
    pub category: String,
    /// What kind of software it is.
    pub kind: Kind,
    /// How it is doing.
    pub status: ProjectStatus,
    /// Where it comes from (city, programme, event).
    pub origin: String,
    /// Month the project started, `YYYY-MM`.
    pub start_month: Option<String>,
    /// How hard it is to run and change.
    pub complexity: Option<Complexity>,
    /// Languages, frameworks, services.
    #[serde(default)]
    pub technologies: Vec<String>,
    /// Licence as the repository states it; empty when none was found.
    #[serde(default)]
    pub licence: String,
    /// Where the source code lives.
    pub repository_url: String,
    /// Where the running project is.
    pub project_url: Option<String>,
    /// A page about the project elsewhere.
    pub info_url: Option<String>,
    /// One instance per city, or one central instance.
    pub deployment: Option<Deployment>,
    /// Running costs per year in euros.
    pub yearly_costs_eur: Option<u32>,
    /// Places it serves; empty means the instance's default.
    #[serde(default)]
    pub districts: Vec<String>,
    /// Pillars for which the project states that it needs nobody.
    #[serde(default)]
    pub no_need: Vec<Pillar>,
    /// When the profile was last brought up to date, `YYYY-MM-DD`.
    pub updated: Option<String>,
    /// What help the project seeks or has found.
    #[serde(default)]
    pub needs: Vec<SeedNeed>,
}

/// One need of a seeded project.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedNeed {
    /// The pillar it belongs to.
    pub pillar: Pillar,
    /// Short title.
    pub title: String,
    /// What exactly is needed.
    #[serde(default)]
    pub description: String,
    /// Open, in talks or filled.
    pub state: NeedState,
    /// Public name of the Pate, for a filled need.
    pub pate: Option<String>,
    /// Skills wanted, as people write them.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Hours per month it takes; absent for a one-off task or money.
    #[serde(default)]
    pub hours_per_month: Option<u32>,
    /// Euros per year, for a financial need.
    #[serde(default)]
    pub amount_eur: Option<u32>,
    /// What the money pays for.
    #[serde(default)]
    pub pays_for: String,
    /// Whether it suits a newcomer.
    #[serde(default)]
    pub newcomer: bool,
}

/// Why a seed file cannot be imported; names the project and the field.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// The TOML is malformed or a value is not in the vocabulary.
    #[error("Seed-Datei ist ungültig: {0}")]
    Syntax(#[from] toml::de::Error),
    /// A project's content breaks a rule.
    #[error("Seed-Projekt „{key}“: {message}")]
    Project {
        /// The project's seed key.
        key: String,
        /// What is wrong, in German.
        message: String,
    },
}

/// Parses a seed file and checks every project against the instance's vocabulary.
pub fn parse(text: &str, instance: &Instance) -> Result<Vec<SeedProject>, SeedError> {
    let file: SeedFile = toml::from_str(text)?;
    let mut keys = std::collections::HashSet::new();
    for project in &file.projects {
        let fail = |message: String| SeedError::Project { key: project.key.clone(), message };
        if !keys.insert(project.key.as_str()) {
            return Err(fail("der Schlüssel kommt doppelt vor".into()));
        }
        check_project(project, instance).map_err(fail)?;
    }
    Ok(file.projects)
}

/// The length rule of the forms, told to the operator with the seed file's key. Seed messages
/// are for whoever edits the file, not for visitors, so they are not in the translations.
fn length(key: &str, value: &str, max: usize) -> Result<(), String> {
    check_length(Label::PublicName, value, max).map_err(|problem| match problem {
        Problem::TooLong { count, .. } => {
            format!("„{key}“ darf höchstens {max} Zeichen lang sein (jetzt {count}).")
        }
        _ => format!("„{key}“ darf nicht leer sein."),
    })
}

/// Checks one project; the message says what is wrong, in German.
fn check_project(p: &SeedProject, instance: &Instance) -> Result<(), String> {
    length("name", &p.name, NAME_MAX)?;
    length("teaser", &p.teaser, TEASER_MAX)?;
    length("description", &p.description, DESCRIPTION_MAX)?;
    if instance.category(&p.category).is_none() {
        return Err(format!("Kategorie „{}“ gibt es nicht", p.category));
    }
    if let Some(unknown) = p.districts.iter().find(|d| instance.district(d).is_none()) {
        return Err(format!("Bezirk „{unknown}“ gibt es nicht"));
    }
    for url in [Some(&p.repository_url), p.project_url.as_ref(), p.info_url.as_ref()] {
        match url {
            Some(u) if !is_web_url(u) => return Err(format!("„{u}“ ist keine http(s)-Adresse")),
            _ => {}
        }
    }
    if let Some(month) = &p.start_month {
        if !is_year_month(month) {
            return Err(format!("Startmonat „{month}“ ist nicht im Format JJJJ-MM"));
        }
    }
    if let Some(day) = &p.updated {
        if crate::time::berlin_day_start(day).is_none() {
            return Err(format!("Datum „{day}“ ist kein Tag im Format JJJJ-MM-TT"));
        }
    }
    if p.yearly_costs_eur.is_some_and(|c| c > 10_000_000) {
        return Err("Laufende Kosten über 10 Millionen € im Jahr sind sicher ein Tippfehler".into());
    }
    let mut pillars = p.no_need.clone();
    pillars.sort();
    pillars.dedup();
    if pillars.len() != p.no_need.len() {
        return Err("eine Säule steht doppelt unter „kein Bedarf“".into());
    }
    for need in &p.needs {
        length("needs.title", &need.title, 200)?;
        if need.state == NeedState::Filled && need.pate.is_none() {
            return Err(format!("Bedarf „{}“ ist besetzt, nennt aber keine:n Pat:in", need.title));
        }
        if p.no_need.contains(&need.pillar) {
            return Err(format!(
                "Säule {} hat Bedarfe und zugleich „kein Bedarf“",
                need.pillar.key()
            ));
        }
    }
    Ok(())
}

/// An http or https address with a host.
fn is_web_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| r.split('/').next().is_some_and(|host| host.contains('.')))
}

/// `YYYY-MM` with a month from 01 to 12.
pub fn is_year_month(value: &str) -> bool {
    let Some((year, month)) = value.split_once('-') else { return false };
    year.len() == 4
        && month.len() == 2
        && year.chars().chain(month.chars()).all(|c| c.is_ascii_digit())
        && month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance() -> Instance {
        Instance::parse(include_str!("../../instance/muenster.toml")).unwrap()
    }

    const ONE: &str = r#"
[[projects]]
key = "quiz"
name = "Quiz"
teaser = "Ein Quiz."
description = "Lang."
category = "bildung-geschichte"
kind = "app"
status = "live"
origin = "MÜNSTERHACK 2021"
repository_url = "https://gitlab.com/quiz/quiz"

[[projects.needs]]
pillar = "inhalt"
title = "Fragen"
state = "offen"
"#;

    #[test]
    fn the_shipped_seed_parses_with_every_launch_project() {
        let projects = parse(include_str!("../../seed/muenster.toml"), &instance()).unwrap();
        assert!(projects.len() >= 35, "only {} projects", projects.len());
        for name in ["Data Inspire Me", "Rats-Sitzplan", "Fair City Guide Münster"] {
            assert!(projects.iter().any(|p| p.name == name), "{name} missing");
        }
        let trees = projects.iter().find(|p| p.key == "muenster-schenkt-aus").unwrap();
        assert!(trees.description.contains("Bäume") || trees.teaser.contains("Bäume"));
    }

    #[test]
    fn a_minimal_project_parses_with_its_need() {
        let projects = parse(ONE, &instance()).unwrap();
        assert_eq!(projects[0].needs[0].pillar, Pillar::Content);
        assert!(projects[0].districts.is_empty());
    }

    #[test]
    fn unknown_category_names_project_and_value() {
        let text = ONE.replace("bildung-geschichte", "raumfahrt");
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("quiz") && err.contains("raumfahrt"), "{err}");
    }

    #[test]
    fn unknown_pillar_is_a_syntax_error() {
        let text = ONE.replace("pillar = \"inhalt\"", "pillar = \"Inhalt\"");
        assert!(matches!(parse(&text, &instance()), Err(SeedError::Syntax(_))));
    }

    #[test]
    fn b09_repository_without_scheme_is_refused() {
        let text = ONE.replace("https://gitlab.com/quiz/quiz", "gitlab.com/quiz/quiz");
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("keine http(s)-Adresse"), "{err}");
    }

    #[test]
    fn filled_need_without_pate_is_refused() {
        let text = ONE.replace("state = \"offen\"", "state = \"besetzt\"");
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("Pat:in"), "{err}");
    }

    #[test]
    fn a_wrong_update_day_and_doubled_no_need_are_refused() {
        let text = ONE.replace("repository_url", "updated = \"2022-13-01\"\nrepository_url");
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("2022-13-01"), "{err}");
        let text =
            ONE.replace("repository_url", "no_need = [\"finanzen\", \"finanzen\"]\nrepository_url");
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("doppelt"), "{err}");
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let text = format!("{ONE}{}", ONE.replace("name = \"Quiz\"", "name = \"Quiz 2\""));
        let err = parse(&text, &instance()).unwrap_err().to_string();
        assert!(err.contains("doppelt"), "{err}");
    }

    #[test]
    fn year_month_is_checked() {
        assert!(is_year_month("2021-10"));
        assert!(!is_year_month("2021-13"));
        assert!(!is_year_month("10/2021"));
        assert!(!is_year_month("2021-+1"));
    }
}
