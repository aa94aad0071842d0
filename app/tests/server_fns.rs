//! The functions behind the server functions, against freshly migrated databases of both
//! engines, filled from the shipped seed file.
#![cfg(feature = "ssr")]

use std::sync::Arc;

use app::error::AppError;
use app::server::{AppState, catalogue, project, site};
use app::wire::{CatalogueQuery, TextKind};
use db::both_engines;
use domain::instance::Instance;
use domain::{Pillar, PillarSummary};

/// A state over `db`, seeded with the shipped Münster projects.
async fn seeded(db: db::DatabaseConnection) -> AppState {
    let instance = Instance::parse(include_str!("../../instance/muenster.toml")).unwrap();
    let seed = domain::seed::parse(include_str!("../../seed/muenster.toml"), &instance).unwrap();
    db::seed_import::import(&db, &seed, &instance.default_district).await.unwrap();
    AppState { db, instance: Arc::new(instance), base_url: "http://test".into() }
}

fn query(pairs: &[(&str, &str)]) -> CatalogueQuery {
    let mut q = CatalogueQuery::default();
    for (key, value) in pairs {
        let value = value.to_string();
        match *key {
            "q" => q.q = value,
            "kategorie" => q.kategorie.push(value),
            "bedarf" => q.bedarf.push(value),
            "status" => q.status.push(value),
            "bezirk" => q.bezirk.push(value),
            "seite" => q.seite = Some(value),
            other => panic!("unknown key {other}"),
        }
    }
    q
}

both_engines!(catalogue_pages_through_every_seeded_project, |db| async move {
    let state = seeded(db).await;
    let first = catalogue::load(&state, &query(&[])).await.unwrap();
    assert_eq!(first.page, 1);
    assert_eq!(first.pages, first.total.div_ceil(catalogue::PER_PAGE));
    assert_eq!(first.cards.len() as u64, catalogue::PER_PAGE);
    assert_eq!(first.categories.len(), 8);
    let last = first.pages.to_string();
    let end = catalogue::load(&state, &query(&[("seite", &last)])).await.unwrap();
    assert!(!end.cards.is_empty());
    let past = (first.pages + 1).to_string();
    assert_eq!(catalogue::load(&state, &query(&[("seite", &past)])).await, Err(AppError::NotFound));
});

both_engines!(b12_a_bad_page_number_is_a_german_bad_request, |db| async move {
    let state = seeded(db).await;
    for bad in ["0", "-1", "zwei", "1e3"] {
        match catalogue::load(&state, &query(&[("seite", bad)])).await {
            Err(AppError::BadRequest(message)) => {
                assert!(message.contains("Seitenzahl"), "{message}")
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
});

both_engines!(cards_carry_category_names_and_pillar_states, |db| async move {
    let state = seeded(db).await;
    let found =
        catalogue::load(&state, &query(&[("q", "Gieß"), ("bedarf", "technik")])).await.unwrap();
    let card = found.cards.iter().find(|c| c.slug == "muenster-schenkt-aus").unwrap();
    assert_eq!(card.category, "Umwelt & Klima");
    assert_eq!(card.pillars[1], (Pillar::Technical, PillarSummary::Seeking));
    assert_eq!(card.pillars[0], (Pillar::Content, PillarSummary::Covered));
});

both_engines!(b20_filter_values_ignore_case_and_unknown_ones_are_dropped, |db| async move {
    let state = seeded(db).await;
    let all = catalogue::load(&state, &query(&[])).await.unwrap();
    let technik = catalogue::load(&state, &query(&[("bedarf", "technik")])).await.unwrap();
    let shouted = catalogue::load(&state, &query(&[("bedarf", "TECHNIK")])).await.unwrap();
    assert!(technik.total < all.total);
    assert_eq!(shouted.total, technik.total);
    for (key, value) in [("bedarf", "quatsch"), ("kategorie", "raumfahrt"), ("bezirk", "mond")] {
        let found = catalogue::load(&state, &query(&[(key, value)])).await.unwrap();
        assert_eq!(
            found.total, all.total,
            "{key}={value} should be dropped like any unknown value"
        );
    }
    let too_many: Vec<(&str, &str)> = (0..51).map(|_| ("kategorie", "mobilitaet")).collect();
    match catalogue::load(&state, &query(&too_many)).await {
        Err(AppError::BadRequest(m)) => assert!(m.contains("höchstens 50"), "{m}"),
        other => panic!("{other:?}"),
    }
});

both_engines!(project_page_has_profile_licence_and_needs, |db| async move {
    let state = seeded(db).await;
    let p = project::load(&state, "schueler-geschichtswettbewerb-muenster").await.unwrap();
    assert_eq!(p.licence.as_deref(), Some("GPL-3.0-only"));
    assert!(p.licence_open);
    assert_eq!(p.updated, "15.08.2022");
    assert!(p.pillars.iter().all(|v| v.summary == PillarSummary::Covered), "{:?}", p.pillars);
    assert!(p.pillars.iter().flat_map(|v| &v.needs).all(|n| n.pate.is_some()));
    assert!(p.description_html.starts_with('<'));
    let quiz = project::load(&state, "data-inspire-me").await.unwrap();
    assert_eq!(quiz.pillars[2].summary, PillarSummary::NoNeed);
    assert_eq!(quiz.start_month.as_deref(), Some("Oktober 2021"));
    let questions = &quiz.pillars[0].needs[0];
    assert_eq!(questions.skills, ["Redaktion", "Git"]);
    assert!(questions.newcomer);
    assert_eq!(questions.effort.as_deref(), Some("einmalige Aufgabe"));
});

both_engines!(seeded_needs_carry_skills_and_money_so_visitors_find_them, |db| async move {
    let state = seeded(db).await;
    let query =
        app::wire::exchange::JoinQuery { saeule: vec!["finanzen".into()], ..Default::default() };
    let money = app::server::partners::join(&state, &query).await.unwrap();
    assert!(money.matches.len() >= 4, "{:?}", money.matches);
    let query = app::wire::exchange::JoinQuery {
        saeule: vec!["technik".into()],
        faehigkeiten: "flutter".into(),
        stunden: "8".into(),
    };
    let found = app::server::partners::join(&state, &query).await.unwrap();
    let best = &found.matches[0];
    assert!(best.fit.reasons.iter().any(|r| r.contains("Flutter")), "{:?}", best.fit.reasons);
});

both_engines!(unknown_slug_is_not_found, |db| async move {
    let state = seeded(db).await;
    assert_eq!(project::load(&state, "gibt-es-nicht").await.unwrap_err(), AppError::NotFound);
    assert_eq!(project::load(&state, "Gibt-Es-Nicht").await.unwrap_err(), AppError::NotFound);
});

both_engines!(a_slug_in_another_spelling_finds_the_project, |db| async move {
    let state = seeded(db).await;
    for typed in ["Muenster-Schenkt-Aus", "münster-schenkt-aus", "MÜNSTER-SCHENKT-AUS"] {
        let found = project::load(&state, typed).await.unwrap();
        assert_eq!(found.slug, "muenster-schenkt-aus", "{typed}");
    }
});

both_engines!(home_counts_match_the_catalogue, |db| async move {
    let state = seeded(db).await;
    let home = catalogue::home(&state).await.unwrap();
    let all = catalogue::load(&state, &query(&[])).await.unwrap();
    assert_eq!(home.projects, all.total);
    assert_eq!(home.needing_help.len(), 3);
    for card in &home.needing_help {
        assert!(card.pillars.iter().any(|(_, s)| *s == PillarSummary::Seeking), "{}", card.name);
    }
    let technik = catalogue::load(&state, &query(&[("bedarf", "technik")])).await.unwrap();
    assert!(home.open_needs[1].1 >= technik.total);
});

#[test]
fn legal_pages_carry_the_operator_but_no_mail_address() {
    let instance = Instance::parse(include_str!("../../instance/muenster.toml")).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let db = runtime.block_on(async { db::testing::TestDb::sqlite().await.unwrap() });
    let state = AppState { db: db.db.clone(), instance: Arc::new(instance), base_url: "x".into() };
    let imprint = site::text(&state, TextKind::Imprint);
    let operator = imprint.operator.unwrap();
    assert_eq!(operator.street, "Klemensstraße 10");
    assert!(!imprint.html.contains('@'));
    assert!(site::text(&state, TextKind::About).operator.is_none());
    runtime.block_on(db.drop_db()).unwrap();
}
