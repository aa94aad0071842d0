//! The shared search corpus: Münster's shipped projects, searched on SQLite and on PostgreSQL
//! in one test, must give the same projects in the same order for every query.

use db::catalogue::{CatalogueFilter, search, search_in_tiers};
use db::seed_import::import;
use db::testing::TestDb;
use domain::instance::Instance;
use domain::seed::parse;
use domain::{Pillar, ProjectStatus, search_terms};

/// Queries in the spellings people type: case, umlauts and their transliterations, ß and ẞ,
/// decomposed input, word beginnings, several words, needs' skills and filters.
const QUERIES: &[&str] = &[
    "Baum",
    "BÄUME",
    "baeume",
    "Straße",
    "STRAẞE",
    "strasse",
    "Mu\u{308}nster",
    "münster app",
    "Rats",
    "daten",
    "open data",
    "flutter",
    "server-betrieb",
    "quiz",
    "rad",
    "karte",
    "wahl",
    "klima",
    "gibt es sicher nicht",
];

/// The filters a query is tried with besides its words.
#[derive(Clone, Copy, Debug)]
enum Narrow {
    /// None.
    Nothing,
    /// Technik still open.
    Pillar,
    /// Technik still open, in the whole city, live or unfinished.
    PillarPlaceStatus,
}

fn filter_of(q: &str, narrow: Narrow) -> CatalogueFilter {
    let mut filter = CatalogueFilter { terms: search_terms(q), ..Default::default() };
    if !matches!(narrow, Narrow::Nothing) {
        filter.pillars = vec![Pillar::Technical];
    }
    if matches!(narrow, Narrow::PillarPlaceStatus) {
        filter.districts = vec!["gesamtstaedtisch".into()];
        filter.statuses = vec![ProjectStatus::Live, ProjectStatus::Unfinished];
    }
    filter
}

/// A card's relevance tier for `terms`: 0 when every word begins a word of its name, 1 when
/// some do, 2 when none does.
fn tier(name: &str, terms: &[String]) -> u8 {
    let words = domain::words(name);
    let hits = terms.iter().filter(|t| words.iter().any(|w| w.starts_with(t.as_str()))).count();
    match hits {
        h if h == terms.len() => 0,
        0 => 2,
        _ => 1,
    }
}

/// A query's matches on one engine in pages of three, checked against one page of all: the
/// pages add up to it without gaps or repeats, and it is in relevance order, ties by id.
async fn check_order_and_pages(db: &db::DatabaseConnection, q: &str, narrow: Narrow) {
    let filter = filter_of(q, narrow);
    let all = search(db, &filter, 1, 1000).await.unwrap();
    let keys: Vec<(u8, i32)> =
        all.cards.iter().map(|c| (tier(&c.name, &filter.terms), c.id)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "{q}: names with the words first, then by id");
    let whole: Vec<i32> = all.cards.iter().map(|c| c.id).collect();
    // Few matches are ranked in one pass, many tier by tier: both ways give the same pages.
    for tiered in [false, true] {
        let mut paged = Vec::new();
        for page in 1.. {
            let part = if tiered {
                search_in_tiers(db, &filter, page, 3).await.unwrap()
            } else {
                search(db, &filter, page, 3).await.unwrap()
            };
            assert_eq!(part.total, all.total, "{q}: every page tells the same total");
            if part.cards.is_empty() {
                break;
            }
            paged.extend(part.cards.into_iter().map(|c| c.id));
        }
        assert_eq!(paged, whole, "{q} (tier by tier: {tiered}): pages of three give the list");
    }
}

/// The names a query finds on one engine, all pages.
async fn names(db: &db::DatabaseConnection, q: &str, narrow: Narrow) -> Vec<String> {
    let filter = filter_of(q, narrow);
    let page = search(db, &filter, 1, 1000).await.unwrap();
    assert_eq!(page.total as usize, page.cards.len(), "{q}: the total is exact");
    page.cards.into_iter().map(|c| c.name).collect()
}

#[tokio::test]
async fn both_engines_find_the_same_projects_in_the_same_order() {
    let instance = Instance::parse(include_str!("../../instance/muenster.toml")).unwrap();
    let seed = parse(include_str!("../../seed/muenster.toml"), &instance).unwrap();
    let lite = TestDb::sqlite().await.unwrap();
    let pg = TestDb::postgres().await.unwrap();
    import(&lite.db, &seed, "gesamtstaedtisch").await.unwrap();
    import(&pg.db, &seed, "gesamtstaedtisch").await.unwrap();
    let mut found_any = 0;
    for q in QUERIES {
        for narrow in [Narrow::Nothing, Narrow::Pillar, Narrow::PillarPlaceStatus] {
            let (a, b) = (names(&lite.db, q, narrow).await, names(&pg.db, q, narrow).await);
            assert_eq!(a, b, "{q} ({narrow:?}) differs between SQLite and PostgreSQL");
            check_order_and_pages(&lite.db, q, narrow).await;
            check_order_and_pages(&pg.db, q, narrow).await;
            found_any += usize::from(!a.is_empty());
        }
    }
    assert!(found_any >= 25, "most queries find something ({found_any})");
    let trees = names(&lite.db, "Baum", Narrow::Nothing).await;
    assert!(trees.iter().any(|n| n == "Münster schenkt aus"), "a word's beginning: {trees:?}");
    assert_eq!(
        names(&lite.db, "STRAẞE", Narrow::Nothing).await,
        names(&lite.db, "strasse", Narrow::Nothing).await
    );
    assert_eq!(
        names(&lite.db, "Mu\u{308}nster", Narrow::Nothing).await,
        names(&lite.db, "münster", Narrow::Nothing).await
    );
    assert!(names(&lite.db, "gibt es sicher nicht", Narrow::Nothing).await.is_empty());
    pg.drop_db().await.unwrap();
}
