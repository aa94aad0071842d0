//! Search and matching at scale, on both engines: fills a fresh SQLite file and a fresh
//! PostgreSQL database with generated projects (100,000 by default, `BENCH_PROJECTS` to change)
//! and 10,000 partners, then times each query many times and prints p50 and p99 as a Markdown
//! table. Run with `cargo bench -p db --bench search` (`BENCH_MATCHING_ONLY=1` for matching).

use std::time::{Duration, Instant};

use db::catalogue::{CatalogueFilter, search};
use db::testing::TestDb;
use domain::Pillar;
use domain::instance::Instance;
use domain::matching::{NeedFacts, PartnerFacts, Skill, parse_skills, rank_needs, rank_partners};

const RUNS: usize = 200;
const WARM_UP: usize = 20;

/// (label, query, pillar filter, page)
const CASES: &[(&str, &str, Option<Pillar>, u64)] = &[
    ("Katalog, Seite 1", "", None, 1),
    ("Katalog, Seite 200", "", None, 200),
    ("`baum`", "baum", None, 1),
    ("`klima`", "klima", None, 1),
    ("`radkarte`", "radkarte", None, 1),
    ("`stadtbus`", "stadtbus", None, 1),
    ("`wasser hiltrup`", "wasser hiltrup", None, 1),
    ("`open data`", "open data", None, 1),
    ("`karte` + Technik offen", "karte", Some(Pillar::Technical), 1),
    ("`zzzz` (kein Treffer)", "zzzz", None, 1),
];

/// The 50th and 99th percentile of `samples`.
fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() - 1) as f64 * p).round() as usize];
    (at(0.50), at(0.99))
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Times `f` `runs` times after a warm-up.
async fn time<F, Fut>(runs: usize, mut f: F) -> (Duration, Duration)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..WARM_UP.min(runs) {
        f().await;
    }
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        f().await;
        samples.push(started.elapsed());
    }
    percentiles(samples)
}

async fn bench(engine: &str, test: &TestDb, instance: &Instance, projects: usize) {
    let started = Instant::now();
    let tx = db::begin_write(&test.db).await.unwrap();
    let done = db::generate::fill(&tx, instance, projects, 10_000).await.unwrap();
    tx.commit().await.unwrap();
    eprintln!("{engine}: {done:?} in {:.1} s", started.elapsed().as_secs_f64());
    // A settled database, as autovacuum keeps it in production.
    db::dialect::settle(&test.db).await.unwrap();
    // BENCH_MATCHING_ONLY=1 skips the searches, to measure matching alone.
    let cases = if std::env::var_os("BENCH_MATCHING_ONLY").is_some() { &[][..] } else { CASES };
    for (label, q, pillar, page) in cases {
        let filter = CatalogueFilter {
            terms: domain::search_terms(q),
            pillars: pillar.iter().copied().collect(),
            ..Default::default()
        };
        let total = search(&test.db, &filter, *page, 20).await.unwrap().total;
        let (p50, p99) = time(RUNS, || async {
            search(&test.db, &filter, *page, 20).await.unwrap();
        })
        .await;
        println!("| {engine} | {label} | {total} | {} | {} |", ms(p50), ms(p99));
    }
    matching(engine, test).await;
}

/// What matching knows of a candidate (as `app::server::partners::candidate_facts`).
fn need_facts(c: &db::exchange::Candidate) -> NeedFacts {
    NeedFacts {
        id: c.need_id,
        pillar: Pillar::from_key(&c.pillar),
        skills: parse_skills(&c.skills),
        hours_per_month: c.hours_per_month.and_then(|h| u32::try_from(h).ok()),
        amount_eur: c.amount_eur.and_then(|a| u32::try_from(a).ok()),
        newcomer: c.newcomer,
        category: c.category.clone(),
        districts: c.districts.clone(),
    }
}

/// What matching knows of a partner (as `app::server::partners::partner_facts`).
fn partner_facts(p: &db::entity::partner_profile::Model) -> PartnerFacts {
    let pillars = domain::exchange::split(&p.pillars);
    PartnerFacts {
        id: p.id,
        pillars: pillars.iter().filter_map(|k| Pillar::from_key(k)).collect(),
        skills: parse_skills(&p.skills),
        hours_per_month: p.hours_per_month.and_then(|h| u32::try_from(h).ok()),
        budget_eur: p.budget_eur.and_then(|b| u32::try_from(b).ok()),
        categories: domain::exchange::split(&p.categories),
        districts: domain::exchange::split(&p.districts),
    }
}

/// "Passt zu dir" and "Passende Pat:innen" end to end, as the pages do it: load, then rank.
async fn matching(engine: &str, test: &TestDb) {
    let partner = PartnerFacts {
        pillars: vec![Pillar::Technical],
        skills: vec![Skill::new("Rust"), Skill::new("Karten")],
        hours_per_month: Some(4),
        ..Default::default()
    };
    let open = db::exchange::candidates(&test.db, &["technik"]).await.unwrap().len();
    let (p50, p99) = time(20, || async {
        let found = db::exchange::candidates(&test.db, &["technik"]).await.unwrap();
        let facts: Vec<NeedFacts> = found.iter().map(need_facts).collect();
        let ids: Vec<i32> = rank_needs(&partner, &facts, 10).iter().map(|(f, _)| f.id).collect();
        db::exchange::needs_with_projects(&test.db, &ids).await.unwrap();
    })
    .await;
    let label = format!("Passt zu dir: {open} offene Technik-Bedarfe laden und ranken");
    println!("| {engine} | {label} | – | {} | {} |", ms(p50), ms(p99));
    let need = NeedFacts {
        pillar: Some(Pillar::Technical),
        skills: parse_skills("Rust, Server-Betrieb"),
        hours_per_month: Some(4),
        category: "umwelt-klima".into(),
        ..Default::default()
    };
    let (p50, p99) = time(20, || async {
        let partners = db::exchange::listed_partners(&test.db).await.unwrap();
        let facts: Vec<PartnerFacts> = partners.iter().map(partner_facts).collect();
        rank_partners(&need, &facts, 5);
    })
    .await;
    let label = "Passende Pat:innen: 10.000 Profile laden und ranken";
    println!("| {engine} | {label} | – | {} | {} |", ms(p50), ms(p99));
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let projects =
        std::env::var("BENCH_PROJECTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let instance = Instance::parse(include_str!("../../instance/muenster.toml")).unwrap();
    println!("| engine | query | matches | p50 | p99 |");
    println!("|---|---|---|---|---|");
    let lite = TestDb::sqlite().await.unwrap();
    bench("sqlite", &lite, &instance, projects).await;
    let pg = TestDb::postgres().await.unwrap();
    bench("postgresql", &pg, &instance, projects).await;
    pg.drop_db().await.unwrap();
}
