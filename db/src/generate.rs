//! Realistic data at scale for benchmarks: projects with German names and texts, their needs
//! and places, and partner profiles with their accounts. The same count always gives the same
//! data (a fixed pseudo-random sequence), so figures can be compared between runs.

use chrono::Utc;
use domain::instance::Instance;
use domain::{Complexity, Deployment, Kind, NeedState, Pillar, ProjectStatus};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, QuerySelect, Set};

use crate::entity::{account, need, partner_profile, project, project_district};

/// SplitMix64: small, fast and good enough to spread test data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SUBJECTS: &[&str] = &[
    "Baum",
    "Rad",
    "Bus",
    "Müll",
    "Wahl",
    "Klima",
    "Wasser",
    "Schul",
    "Spielplatz",
    "Markt",
    "Haushalts",
    "Lärm",
    "Luft",
    "Energie",
    "Bücherei",
    "Kita",
    "Park",
    "Brücken",
    "Fluss",
    "Garten",
    "Straßen",
    "Rats",
    "Bürger",
    "Senioren",
    "Hitze",
    "Regen",
    "Fahrrad",
    "Quartiers",
];
const FORMS: &[&str] = &[
    "karte", "radar", "atlas", "melder", "kompass", "portal", "finder", "check", "planer",
    "monitor", "wiki", "quiz", "app", "netz", "bank",
];
const VERBS: &[&str] =
    &["zeigt", "sammelt", "vergleicht", "erklärt", "meldet", "verbindet", "visualisiert", "ordnet"];
const THINGS: &[&str] = &[
    "offene Daten der Stadt",
    "Standorte von Trinkbrunnen",
    "Messwerte der Luftqualität",
    "Beschlüsse des Rates",
    "freie Plätze in Kitas",
    "Abfahrten der Stadtbusse",
    "Schäden an Radwegen",
    "Pflanzjahre der Straßenbäume",
    "Ergebnisse der Kommunalwahl",
    "Termine der Wochenmärkte",
    "Pegelstände der Aa",
    "Energieverbrauch städtischer Gebäude",
];
const AUDIENCES: &[&str] = &[
    "für alle Bürgerinnen und Bürger",
    "für Schulklassen",
    "für Menschen mit Rollstuhl",
    "für Vereine im Quartier",
    "für die Verwaltung",
    "für Radfahrende",
];
const TECH: &[&str] = &[
    "Rust",
    "Python",
    "JavaScript",
    "TypeScript",
    "Flutter",
    "Django",
    "Vue",
    "React",
    "PostgreSQL",
    "SQLite",
    "OpenStreetMap",
    "Leaflet",
    "Docker",
];
const SKILLS: &[&str] = &[
    "Rust",
    "Flutter",
    "UX",
    "Barrierefreiheit",
    "Server-Betrieb",
    "Datenaufbereitung",
    "Redaktion",
    "Öffentlichkeitsarbeit",
    "Recht",
    "Python",
    "JavaScript",
    "Karten",
];
const FIRST: &[&str] = &["Anna", "Jonas", "Leonie", "Mehmet", "Sofia", "Lukas", "Ayşe", "Jürgen"];
const LAST: &[&str] = &["Schulte", "Becker", "Yılmaz", "Große", "Wübbeling", "Nowak", "Öztürk"];
const LICENCES: &[&str] = &["MIT", "EUPL-1.2", "GPL-3.0-or-later", "Apache-2.0", "AGPL-3.0-only"];

/// What was written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Generated {
    /// Projects.
    pub projects: usize,
    /// Needs.
    pub needs: usize,
    /// Partner profiles (each with an account).
    pub partners: usize,
}

/// The name of generated project number `n` (from 0): the benchmarks open some by name.
pub fn project_name(n: usize) -> String {
    let mut dice = Dice(n as u64);
    let subject = dice.pick(SUBJECTS);
    let form = dice.pick(FORMS);
    format!("{subject}{form} {}", n + 1)
}

/// Writes `projects` projects (published, with needs and places) and `partners` listed
/// partner profiles into an empty or seeded database, in batches.
pub async fn fill(
    conn: &impl ConnectionTrait,
    instance: &Instance,
    projects: usize,
    partners: usize,
) -> Result<Generated, DbErr> {
    let mut dice = Dice(2026);
    let mut done = Generated::default();
    let first_project = next_id::<project::Entity>(conn).await?;
    let first_need = next_id::<need::Entity>(conn).await?;
    for start in (0..projects).step_by(BATCH) {
        let end = (start + BATCH).min(projects);
        let (rows, needs, places) = project_batch(
            &mut dice,
            instance,
            first_project,
            first_need + done.needs as i32,
            start..end,
        );
        done.needs += needs.len();
        project::Entity::insert_many(rows).exec(conn).await?;
        need::Entity::insert_many(needs).exec(conn).await?;
        project_district::Entity::insert_many(places).exec(conn).await?;
        done.projects = end;
    }
    let first_account = next_id::<account::Entity>(conn).await?;
    let first_partner = next_id::<partner_profile::Entity>(conn).await?;
    for start in (0..partners).step_by(BATCH) {
        let end = (start + BATCH).min(partners);
        let (accounts, profiles) =
            partner_batch(&mut dice, instance, first_account, first_partner, start..end);
        account::Entity::insert_many(accounts).exec(conn).await?;
        partner_profile::Entity::insert_many(profiles).exec(conn).await?;
        done.partners = end;
    }
    // Rows were written with their ids; the sequences must continue after them.
    crate::dialect::continue_ids(conn, &["project", "need", "account", "partner_profile"]).await?;
    Ok(done)
}

/// Rows per statement: well below both engines' limits on bound parameters.
const BATCH: usize = 400;

/// The id after the highest one in use.
async fn next_id<E: EntityTrait>(conn: &impl ConnectionTrait) -> Result<i32, DbErr> {
    let ids: Vec<i32> = E::find()
        .select_only()
        .expr(sea_orm::sea_query::Expr::cust("COALESCE(MAX(id), 0)"))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(ids.first().copied().unwrap_or(0) + 1)
}

/// Projects `range` with their needs and places.
fn project_batch(
    dice: &mut Dice,
    instance: &Instance,
    first_project: i32,
    first_need: i32,
    range: std::ops::Range<usize>,
) -> (Vec<project::ActiveModel>, Vec<need::ActiveModel>, Vec<project_district::ActiveModel>) {
    let (mut rows, mut needs, mut places) = (Vec::new(), Vec::new(), Vec::new());
    let now = Utc::now();
    for n in range {
        let id = first_project + n as i32;
        let name = project_name(n);
        let district = dice.pick(&instance.districts).clone();
        let teaser = format!("{} {} {}.", name, dice.pick(VERBS), dice.pick(THINGS));
        let description = format!(
            "Das Projekt {} {} in {}, {}. Es entstand ehrenamtlich und sucht Menschen, die es \
             weitertragen. Die Daten stammen aus dem Open-Data-Portal; der Quellcode ist frei.",
            dice.pick(VERBS),
            dice.pick(THINGS),
            district.name,
            dice.pick(AUDIENCES),
        );
        let technologies: Vec<&str> = (0..1 + dice.below(3)).map(|_| *dice.pick(TECH)).collect();
        let mut model_needs = Vec::new();
        for (position, pillar) in Pillar::ALL.iter().enumerate() {
            if !dice.chance(55) {
                continue;
            }
            let open = dice.chance(60);
            let skills: Vec<&str> = (0..dice.below(3)).map(|_| *dice.pick(SKILLS)).collect();
            model_needs.push(need::Model {
                id: first_need + needs.len() as i32 + model_needs.len() as i32,
                project_id: id,
                pillar: pillar.key().into(),
                title: format!("{} für {}", pillar_task(*pillar), name),
                description: format!("Wir suchen Hilfe: {}.", dice.pick(THINGS)),
                state: if open { NeedState::Open } else { NeedState::Filled }.key().into(),
                pate: (!open).then(|| format!("{} {}", dice.pick(FIRST), dice.pick(LAST))),
                position: position as i32,
                skills: skills.join(", "),
                hours_per_month: (*pillar != Pillar::Financial).then(|| 1 + dice.below(8) as i32),
                amount_eur: (*pillar == Pillar::Financial)
                    .then(|| 50 * (1 + dice.below(20) as i32)),
                pays_for: if *pillar == Pillar::Financial {
                    "Server".into()
                } else {
                    String::new()
                },
                newcomer: dice.chance(20),
                pate_account_id: None,
                pate_hidden: false,
            });
        }
        let model = project::Model {
            id,
            slug: domain::slugify(&name),
            seed_key: None,
            name_folded: domain::fold(&name),
            name,
            teaser,
            description,
            search_text: String::new(),
            search_name: String::new(),
            category: dice.pick(&instance.categories).key.clone(),
            kind: dice.pick(Kind::ALL).key().into(),
            status: dice.pick(ProjectStatus::ALL).key().into(),
            origin: "Münster".into(),
            start_month: Some(format!("20{:02}-{:02}", 15 + dice.below(11), 1 + dice.below(12))),
            complexity: Some(dice.pick(Complexity::ALL).key().into()),
            technologies: technologies.join("\n"),
            licence: Some(dice.pick(LICENCES).to_string()),
            licence_open: true,
            repository_url: format!("https://codeberg.org/muenster/projekt-{}", n + 1),
            project_url: None,
            info_url: None,
            screenshot_path: None,
            deployment: Some(dice.pick(Deployment::ALL).key().into()),
            yearly_costs_eur: Some(dice.below(500) as i32),
            published: true,
            created_at: now,
            updated_at: now,
        };
        let search_text = crate::search::project_text(&model, &model_needs);
        let search_name = crate::search::name_text(&model.name);
        rows.push(project::ActiveModel {
            search_text: Set(search_text),
            search_name: Set(search_name),
            ..model.into()
        });
        places.push(project_district::ActiveModel {
            project_id: Set(id),
            district: Set(district.key),
        });
        needs.extend(model_needs.into_iter().map(need::ActiveModel::from));
    }
    (rows, needs, places)
}

/// What a need of `pillar` is about, in a few words.
fn pillar_task(pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Content => "Daten und Texte pflegen",
        Pillar::Technical => "Betrieb und Weiterentwicklung",
        Pillar::Financial => "Laufende Kosten",
    }
}

/// Partner accounts and their listed profiles for `range`.
fn partner_batch(
    dice: &mut Dice,
    instance: &Instance,
    first_account: i32,
    first_partner: i32,
    range: std::ops::Range<usize>,
) -> (Vec<account::ActiveModel>, Vec<partner_profile::ActiveModel>) {
    let (mut accounts, mut profiles) = (Vec::new(), Vec::new());
    let now = Utc::now();
    for n in range {
        let account_id = first_account + n as i32;
        let name = format!("{} {}", dice.pick(FIRST), dice.pick(LAST));
        accounts.push(account::ActiveModel {
            id: Set(account_id),
            name: Set(name.clone()),
            email: Set(format!("pate{}@beispiel.invalid", n + 1)),
            password_hash: Set(None),
            email_confirmed_at: Set(Some(now)),
            created_at: Set(now),
        });
        let pillars: Vec<&str> =
            Pillar::ALL.iter().filter(|_| dice.chance(50)).map(|p| p.key()).collect();
        let skills: Vec<&str> = (0..1 + dice.below(4)).map(|_| *dice.pick(SKILLS)).collect();
        let model = partner_profile::Model {
            id: first_partner + n as i32,
            account_id,
            kind: dice.pick(domain::PartnerKind::ALL).key().into(),
            display_name: name,
            pillars: if pillars.is_empty() { "technik".into() } else { pillars.join(", ") },
            skills: skills.join(", "),
            hours_per_month: Some(1 + dice.below(10) as i32),
            budget_eur: dice.chance(30).then(|| 100 * (1 + dice.below(10) as i32)),
            categories: dice.pick(&instance.categories).key.clone(),
            districts: dice.pick(&instance.districts).key.clone(),
            description: format!("Ich helfe gern bei {}.", dice.pick(THINGS)),
            listed: true,
            updated_at: now,
            search_text: String::new(),
        };
        let search_text = crate::search::partner_text(&model);
        profiles
            .push(partner_profile::ActiveModel { search_text: Set(search_text), ..model.into() });
    }
    (accounts, profiles)
}
