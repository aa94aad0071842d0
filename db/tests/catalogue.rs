//! The catalogue's queries against real databases, each test on SQLite and on PostgreSQL.

use db::both_engines;
use db::catalogue::{CatalogueFilter, search, stats};
use db::seed_import::import;
use domain::instance::Instance;
use domain::seed::{SeedProject, parse};
use domain::{Pillar, PillarSummary, ProjectStatus, search_terms};

fn instance() -> Instance {
    Instance::parse(include_str!("../../instance/muenster.toml")).unwrap()
}

fn shipped_seed() -> Vec<SeedProject> {
    parse(include_str!("../../seed/muenster.toml"), &instance()).unwrap()
}

/// A seed project with the given key, name and description, and no needs.
fn project(key: &str, name: &str, description: &str) -> SeedProject {
    parse(&seed_text(key, name, description), &instance()).unwrap().remove(0)
}

/// The seed file text of such a project, for appending needs.
fn seed_text(key: &str, name: &str, description: &str) -> String {
    format!(
        r#"[[projects]]
key = "{key}"
name = "{name}"
teaser = "Kurz."
description = """{description}"""
category = "umwelt-klima"
kind = "app"
status = "live"
origin = "Test"
repository_url = "https://example.org/{key}/code"
"#
    )
}

fn query(q: &str) -> CatalogueFilter {
    CatalogueFilter { terms: search_terms(q), ..Default::default() }
}

async fn names(db: &db::DatabaseConnection, filter: &CatalogueFilter) -> Vec<String> {
    search(db, filter, 1, 100).await.unwrap().cards.into_iter().map(|c| c.name).collect()
}

both_engines!(seed_import_fills_and_reimport_never_duplicates, |db| async move {
    let seed = shipped_seed();
    let first = import(&db, &seed, "gesamtstaedtisch").await.unwrap();
    assert_eq!(first.created, seed.len());
    let again = import(&db, &seed, "gesamtstaedtisch").await.unwrap();
    assert_eq!((again.created, again.updated), (0, seed.len()));
    let all = search(&db, &CatalogueFilter::default(), 1, 1000).await.unwrap();
    assert_eq!(all.total as usize, seed.len());
});

both_engines!(slug_survives_a_renamed_seed_project, |db| async move {
    import(&db, &[project("quiz", "Stadtquiz Münster", "x")], "mitte").await.unwrap();
    import(&db, &[project("quiz", "Das große Stadtquiz", "x")], "mitte").await.unwrap();
    let page = search(&db, &CatalogueFilter::default(), 1, 10).await.unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.cards[0].name, "Das große Stadtquiz");
    assert_eq!(page.cards[0].slug, "stadtquiz-muenster");
});

both_engines!(b04_same_name_gets_a_numbered_slug, |db| async move {
    let name = "Grüne Straßenbäume für Köln – Bürgerbeteiligung 2025!";
    let seeds = [project("a", name, "x"), project("b", name, "x"), project("c", name, "x")];
    import(&db, &seeds, "mitte").await.unwrap();
    let mut slugs: Vec<String> = search(&db, &CatalogueFilter::default(), 1, 10)
        .await
        .unwrap()
        .cards
        .into_iter()
        .map(|c| c.slug)
        .collect();
    slugs.sort();
    let base = "gruene-strassenbaeume-fuer-koeln-buergerbeteiligung-2025";
    assert_eq!(slugs, vec![base.to_string(), format!("{base}-2"), format!("{base}-3")]);
});

both_engines!(trees_are_found_with_umlaut_and_with_ae, |db| async move {
    import(&db, &shipped_seed(), "gesamtstaedtisch").await.unwrap();
    for q in ["Bäume", "baeume", "BÄUME", "Ba\u{308}ume"] {
        let found = names(&db, &query(q)).await;
        assert!(found.contains(&"Münster schenkt aus".to_string()), "{q}: {found:?}");
    }
});

both_engines!(b01_case_folding_finds_capitalised_umlauts, |db| async move {
    let seeds = [
        project(
            "oeko",
            "Ökologischer Fußabdruck der Ämter",
            "Interaktive Überschwemmungskarte für Musterstadt",
        ),
        project("other", "Anderes Projekt", "Nichts davon"),
    ];
    import(&db, &seeds, "mitte").await.unwrap();
    for q in [
        "ökologisch",
        "ÖKOLOGISCH",
        "ämter",
        "überschwemmungskarte",
        "ÜBERSCHWEMMUNGSKARTE",
        "FUSSABDRUCK",
    ] {
        assert_eq!(names(&db, &query(q)).await, vec!["Ökologischer Fußabdruck der Ämter"], "{q}");
    }
});

both_engines!(b06_query_syntax_of_either_engine_is_only_a_word_separator, |db| async move {
    let seeds = [
        project("a", "Prozent", "Kennung x%y"),
        project("b", "Viele", "Kennung xzzy"),
        project("c", "Einer", "Kennung xzy"),
    ];
    import(&db, &seeds, "mitte").await.unwrap();
    // `%` and `_` are no wildcards, and FTS5's or tsquery's operators no syntax: each only
    // separates words, so every query below asks for the words `x` and `y`.
    for q in ["x%y", "x_y", "\"x\" y", "x* y", "x:* & y", "x | !y", "x ~ y^", "(x) 'y'", "x-y"] {
        assert_eq!(names(&db, &query(q)).await, vec!["Prozent"], "{q}");
    }
    assert_eq!(
        names(&db, &query("xz")).await,
        vec!["Viele", "Einer"],
        "a word's beginning finds it"
    );
    assert!(names(&db, &query("NEAR(x y)")).await.is_empty(), "`near` is a word like any other");
});

both_engines!(name_matches_rank_before_description_matches, |db| async move {
    let seeds = [
        project("a", "Alpha", "Hier geht es um Radwege."),
        project("b", "Radwege-Karte", "Eine Karte."),
    ];
    import(&db, &seeds, "mitte").await.unwrap();
    assert_eq!(names(&db, &query("radwege")).await, vec!["Radwege-Karte", "Alpha"]);
    assert_eq!(names(&db, &CatalogueFilter::default()).await, vec!["Alpha", "Radwege-Karte"]);
});

both_engines!(names_sort_the_same_on_both_engines, |db| async move {
    let seeds = [
        project("b", "Busradar", "x"),
        project("c", "Bus Reality", "x"),
        project("d", "Abfuhrkarte", "x"),
        project("e", "A/B Street", "x"),
    ];
    import(&db, &seeds, "mitte").await.unwrap();
    let expected = vec!["A/B Street", "Abfuhrkarte", "Bus Reality", "Busradar"];
    assert_eq!(names(&db, &CatalogueFilter::default()).await, expected);
});

both_engines!(b03_or_within_a_filter_and_across_filters, |db| async move {
    import(&db, &shipped_seed(), "gesamtstaedtisch").await.unwrap();
    let technik = CatalogueFilter { pillars: vec![Pillar::Technical], ..Default::default() };
    let finanzen = CatalogueFilter { pillars: vec![Pillar::Financial], ..Default::default() };
    let either = CatalogueFilter {
        pillars: vec![Pillar::Technical, Pillar::Financial],
        ..Default::default()
    };
    let (t, f, e) =
        (names(&db, &technik).await, names(&db, &finanzen).await, names(&db, &either).await);
    assert!(t.contains(&"Münster schenkt aus".to_string()));
    assert!(!t.contains(&"Rats-Sitzplan".to_string()));
    assert!(f.contains(&"Fair City Guide Münster".to_string()));
    assert!(e.len() >= t.len().max(f.len()));
    assert!(t.iter().chain(f.iter()).all(|n| e.contains(n)));
    let narrowed = CatalogueFilter { statuses: vec![ProjectStatus::Live], ..either.clone() };
    let live = names(&db, &narrowed).await;
    assert!(live.len() < e.len() && live.iter().all(|n| e.contains(n)));
    let page = search(&db, &technik, 1, 100).await.unwrap();
    for card in page.cards {
        let technik = card.pillars.iter().find(|(p, _)| *p == Pillar::Technical).unwrap().1;
        assert_eq!(technik, PillarSummary::Seeking, "{}", card.name);
    }
});

both_engines!(b12_pages_are_stable_and_the_total_exact, |db| async move {
    let seeds: Vec<SeedProject> =
        (0..25).map(|i| project(&format!("p{i}"), "Gleicher Name", "x")).collect();
    import(&db, &seeds, "mitte").await.unwrap();
    let all = CatalogueFilter::default();
    let first = search(&db, &all, 1, 10).await.unwrap();
    let second = search(&db, &all, 2, 10).await.unwrap();
    let third = search(&db, &all, 3, 10).await.unwrap();
    let past = search(&db, &all, 4, 10).await.unwrap();
    assert_eq!((first.total, third.cards.len(), past.cards.len()), (25, 5, 0));
    let mut ids: Vec<i32> =
        [first, second, third].iter().flat_map(|p| p.cards.iter().map(|c| c.id)).collect();
    let before = ids.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 25);
    assert_eq!(before, ids, "ties are broken by id");
});

both_engines!(district_filter_uses_the_default_place, |db| async move {
    import(&db, &shipped_seed(), "gesamtstaedtisch").await.unwrap();
    let mitte = CatalogueFilter { districts: vec!["mitte".into()], ..Default::default() };
    assert!(names(&db, &mitte).await.contains(&"Leezenflow".to_string()));
    let wide = CatalogueFilter { districts: vec!["gesamtstaedtisch".into()], ..Default::default() };
    let wide = names(&db, &wide).await;
    assert!(
        wide.contains(&"Rats-Sitzplan".to_string()) && !wide.contains(&"Leezenflow".to_string())
    );
});

both_engines!(stats_count_projects_and_open_needs, |db| async move {
    import(&db, &shipped_seed(), "gesamtstaedtisch").await.unwrap();
    let s = stats(&db).await.unwrap();
    assert_eq!(s.projects as usize, shipped_seed().len());
    let open_technik: usize = shipped_seed()
        .iter()
        .flat_map(|p| p.needs.iter())
        .filter(|n| n.pillar == Pillar::Technical && n.state == domain::NeedState::Open)
        .count();
    assert_eq!(s.open_needs[1], (Pillar::Technical, open_technik as u64));
});

both_engines!(search_index_follows_publishing_renaming_and_deleting, |db| async move {
    use db::entity::project;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let seeds = [project("a", "Alpha", "Über Gießkannen."), project("b", "Beta", "Gießkannen.")];
    import(&db, &seeds, "mitte").await.unwrap();
    assert_eq!(names(&db, &query("giesskanne")).await, vec!["Alpha", "Beta"]);
    let alpha = project::Entity::find().all(&db).await.unwrap().remove(0);
    let hide =
        project::ActiveModel { id: Set(alpha.id), published: Set(false), ..Default::default() };
    hide.update(&db).await.unwrap();
    assert_eq!(names(&db, &query("giesskanne")).await, vec!["Beta"], "unpublished is not found");
    let show = project::ActiveModel {
        id: Set(alpha.id),
        published: Set(true),
        name: Set("Gießkannen-Alpha".into()),
        ..Default::default()
    };
    show.update(&db).await.unwrap();
    db::search::refresh_project(&db, alpha.id).await.unwrap();
    let found = names(&db, &query("giesskanne")).await;
    assert_eq!(
        found,
        vec!["Gießkannen-Alpha", "Beta"],
        "published again, and ranked by its new name"
    );
    project::Entity::delete_by_id(alpha.id).exec(&db).await.unwrap();
    assert_eq!(names(&db, &query("giesskanne")).await, vec!["Beta"], "deleted is not found");
});

/// A seed project with two needs, the second one only when `with_old` is set.
fn project_with_needs(description: &str, with_old: bool) -> SeedProject {
    let old = if with_old {
        "[[projects.needs]]\npillar = \"finanzen\"\ntitle = \"Alte Domain\"\n\
         description = \"Nicht mehr nötig.\"\nstate = \"offen\"\n"
    } else {
        ""
    };
    let needs = format!(
        "\n[[projects.needs]]\npillar = \"technik\"\ntitle = \"Server betreiben\"\n\
         description = \"{description}\"\nstate = \"offen\"\n\n{old}"
    );
    let text = seed_text("pflege", "Pflegeprojekt", description) + &needs;
    parse(&text, &instance()).unwrap().remove(0)
}

both_engines!(reimport_keeps_offers_withdrawal_and_screenshot, |db| async move {
    use db::entity::{need, offer, project};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    import(&db, &[project_with_needs("Erste Fassung.", true)], "mitte").await.unwrap();
    let p = project::Entity::find().one(&db).await.unwrap().unwrap();
    let server = need::Entity::find()
        .filter(need::Column::Title.eq("Server betreiben"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    offer::ActiveModel {
        need_id: Set(server.id),
        direction: Set("angebot".into()),
        account_id: Set(None),
        helper_name: Set("Helferin".into()),
        helper_email: Set("helferin@example.org".into()),
        message: Set("Ich kann das.".into()),
        stay_unnamed: Set(false),
        state: Set("offen".into()),
        reply: Set(String::new()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let withdraw = project::ActiveModel {
        id: Set(p.id),
        published: Set(false),
        screenshot_path: Set(Some("/bilder/pflege.webp".into())),
        ..Default::default()
    };
    withdraw.update(&db).await.unwrap();

    import(&db, &[project_with_needs("Zweite Fassung.", false)], "mitte").await.unwrap();

    let again = project::Entity::find_by_id(p.id).one(&db).await.unwrap().unwrap();
    assert_eq!(again.description, "Zweite Fassung.", "the seed's text is taken");
    assert!(!again.published, "a withdrawn project stays withdrawn");
    assert_eq!(again.screenshot_path.as_deref(), Some("/bilder/pflege.webp"));
    let needs =
        need::Entity::find().filter(need::Column::ProjectId.eq(p.id)).all(&db).await.unwrap();
    assert_eq!(needs.len(), 1, "the need the seed dropped is gone: {needs:?}");
    assert_eq!(needs[0].id, server.id, "the need found again keeps its id");
    assert_eq!(needs[0].description, "Zweite Fassung.");
    let offers = offer::Entity::find().filter(offer::Column::NeedId.eq(server.id)).all(&db).await;
    assert_eq!(offers.unwrap().len(), 1, "its offer survives the re-import");
});
