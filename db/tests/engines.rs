//! What must behave the same on SQLite and PostgreSQL: concurrent writes, lengths, instants.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use db::both_engines;
use db::entity::project;
use domain::instance::Instance;
use domain::seed::parse;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, PaginatorTrait};

fn instance() -> Instance {
    Instance::parse(include_str!("../../instance/muenster.toml")).unwrap()
}

fn seed_text(key: &str, name: &str) -> String {
    format!(
        r#"[[projects]]
key = "{key}"
name = "{name}"
teaser = "Kurz."
description = "Lang."
category = "mobilitaet"
kind = "app"
status = "live"
origin = "Test"
repository_url = "https://example.org/{key}/code"
"#
    )
}

both_engines!(b17_two_hundred_concurrent_writes_all_land, |db| async move {
    let db = Arc::new(db);
    let instance = Arc::new(instance());
    let mut tasks = Vec::new();
    for i in 0..200 {
        let (db, instance) = (db.clone(), instance.clone());
        tasks.push(tokio::spawn(async move {
            let seed = parse(&seed_text(&format!("p{i}"), "Gleicher Name"), &instance).unwrap();
            // Reads (the free slug), then writes: the case that fails without IMMEDIATE.
            db::seed_import::import(&db, &seed, "mitte").await
        }));
    }
    let mut failures = Vec::new();
    for task in tasks {
        if let Err(err) = task.await.unwrap() {
            failures.push(err.to_string());
        }
    }
    assert!(failures.is_empty(), "{} failed, first: {:?}", failures.len(), failures.first());
    assert_eq!(project::Entity::find().count(&*db).await.unwrap(), 200);
});

both_engines!(b08_two_hundred_umlauts_fit_and_two_hundred_one_do_not, |db| async move {
    let instance = instance();
    let longest = "Ä".repeat(domain::limits::NAME_MAX);
    let seed = parse(&seed_text("lang", &longest), &instance).unwrap();
    db::seed_import::import(&db, &seed, "mitte").await.unwrap();
    let stored = project::Entity::find().one(&db).await.unwrap().unwrap();
    assert_eq!(stored.name.chars().count(), 200);
    assert_eq!(stored.name, longest);

    let too_long = "Ä".repeat(domain::limits::NAME_MAX + 1);
    let err = parse(&seed_text("zu-lang", &too_long), &instance).unwrap_err().to_string();
    assert_eq!(
        err,
        "Seed-Projekt „zu-lang“: „name“ darf höchstens 200 Zeichen lang sein (jetzt 201)."
    );
});

both_engines!(b13_instants_round_trip_unshifted_and_show_in_berlin, |db| async move {
    let cases = [
        ("2025-03-30T01:30:00Z", "30.03.2025, 03:30", true),
        ("2025-10-26T00:30:00Z", "26.10.2025, 02:30", true),
        ("2025-10-26T01:30:00Z", "26.10.2025, 02:30", false),
        ("2025-11-05T22:15:00Z", "05.11.2025, 23:15", false),
        ("2025-12-31T23:30:00Z", "01.01.2026, 00:30", false),
    ];
    let seed = parse(&seed_text("zeit", "Zeitprojekt"), &instance()).unwrap();
    db::seed_import::import(&db, &seed, "mitte").await.unwrap();
    let row = project::Entity::find().one(&db).await.unwrap().unwrap();
    for (instant, shown, summer) in cases {
        let at: DateTime<Utc> = instant.parse().unwrap();
        let mut active: project::ActiveModel = row.clone().into();
        active.updated_at = Set(at);
        active.update(&db).await.unwrap();
        let back = project::Entity::find_by_id(row.id).one(&db).await.unwrap().unwrap();
        assert_eq!(back.updated_at, at, "{instant}");
        assert_eq!(domain::time::berlin_date_time(back.updated_at), (shown.into(), summer));
    }
});

/// Several app servers starting at once on one empty PostgreSQL database all come up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servers_starting_together_migrate_once() {
    use sea_orm::ConnectionTrait;
    let admin_url = db::testing::postgres_admin_url();
    let name = format!("digifarm_t_start_{}", std::process::id());
    let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await.unwrap();
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.unwrap();
    let starts: Vec<_> = (0..4)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move { db::connect(&url).await })
        })
        .collect();
    let mut failures = Vec::new();
    for start in starts {
        match start.await.unwrap() {
            Ok(db) => db.close().await.unwrap(),
            Err(err) => failures.push(err.to_string()),
        }
    }
    admin.execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)")).await.unwrap();
    assert!(failures.is_empty(), "{failures:?}");
}

/// B17's ground: every pooled SQLite connection writes ahead (WAL), enforces foreign keys and
/// waits for a busy writer instead of failing at once.
#[tokio::test]
async fn b17_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    let test = db::testing::TestDb::sqlite().await.unwrap();
    let pragma = |name: &str| Statement::from_string(DbBackend::Sqlite, format!("PRAGMA {name}"));
    // Hold several connections at once, so the checks do not all run on the first one.
    let mut held = Vec::new();
    for _ in 0..4 {
        let txn = sea_orm::TransactionTrait::begin(&test.db).await.unwrap();
        let mode = txn.query_one_raw(pragma("journal_mode")).await.unwrap().unwrap();
        assert_eq!(mode.try_get_by_index::<String>(0).unwrap(), "wal");
        let keys = txn.query_one_raw(pragma("foreign_keys")).await.unwrap().unwrap();
        assert_eq!(keys.try_get_by_index::<i32>(0).unwrap(), 1, "foreign keys are enforced");
        let wait = txn.query_one_raw(pragma("busy_timeout")).await.unwrap().unwrap();
        assert!(wait.try_get_by_index::<i32>(0).unwrap() >= 5000, "waits at least 5 s");
        held.push(txn);
    }
    for txn in held {
        txn.rollback().await.unwrap();
    }
}
