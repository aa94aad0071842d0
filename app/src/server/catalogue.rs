//! The catalogue and the home page's figures.

use db::catalogue::{CardRow, CatalogueFilter};
use domain::{Pillar, ProjectStatus, search_terms};

use super::{AppState, internal};
use crate::error::AppError;
use crate::i18n::{Locale, td_string};
use crate::wire::{CatalogueQuery, CatalogueResult, HomeData, ProjectCard, Term};

/// Cards per catalogue page.
pub const PER_PAGE: u64 = 20;

/// How many projects the home page shows as needing help now.
const NEEDING_HELP: u64 = 3;

/// Longest search text, in characters.
pub const QUERY_MAX: usize = 200;
/// Most search words; each one is a condition of the query.
pub const TERMS_MAX: usize = 10;
/// Most values of one filter key.
pub const VALUES_MAX: usize = 50;

/// Loads one page of the catalogue. An unreadable `seite`, an unusable search or too many
/// filter values are a bad request; a page past the last one is not found.
pub async fn load(state: &AppState, query: &CatalogueQuery) -> Result<CatalogueResult, AppError> {
    let page = parse_page(query.seite.as_deref())?;
    let filter = filter_of(state, query)?;
    let found = db::catalogue::search(&state.db, &filter, page, PER_PAGE).await;
    let found = found.map_err(internal("search the catalogue"))?;
    let pages = found.total.div_ceil(PER_PAGE).max(1);
    if page > pages {
        return Err(AppError::NotFound);
    }
    Ok(CatalogueResult {
        cards: found.cards.into_iter().map(|c| card(state, c)).collect(),
        total: found.total,
        page,
        pages,
        categories: terms(&state.instance.categories),
        districts: terms(&state.instance.districts),
    })
}

/// A bad request with `message`, one of the translations (the platform answers in German; a
/// request's own language would be chosen here).
fn bad(message: impl std::fmt::Display) -> AppError {
    AppError::BadRequest(message.to_string())
}

/// Reads `seite`: absent means 1; anything but a whole number from 1 is refused in German.
pub fn parse_page(raw: Option<&str>) -> Result<u64, AppError> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(1);
    };
    match raw.parse::<u64>() {
        Ok(page) if page >= 1 => Ok(page),
        _ => {
            let value: String = raw.chars().take(40).collect();
            Err(bad(td_string!(Locale::de, problem.page_invalid, value = value).to_string()))
        }
    }
}

/// Turns URL values into a database filter. Keys are read without regard to case; values no
/// project can have are dropped, the same for every filter.
pub fn filter_of(state: &AppState, query: &CatalogueQuery) -> Result<CatalogueFilter, AppError> {
    let lists = [&query.kategorie, &query.bedarf, &query.status, &query.bezirk];
    if lists.iter().any(|values| values.len() > VALUES_MAX) {
        return Err(bad(td_string!(Locale::de, problem.too_many_values, max = VALUES_MAX)));
    }
    let keys = |values: &[String]| -> Vec<String> {
        values.iter().map(|v| v.trim().to_lowercase()).collect()
    };
    let instance = &state.instance;
    Ok(CatalogueFilter {
        terms: terms_of(&query.q)?,
        categories: keys(&query.kategorie)
            .into_iter()
            .filter(|k| instance.category(k).is_some())
            .collect(),
        pillars: keys(&query.bedarf).iter().filter_map(|k| Pillar::from_key(k)).collect(),
        statuses: keys(&query.status).iter().filter_map(|k| ProjectStatus::from_key(k)).collect(),
        districts: keys(&query.bezirk)
            .into_iter()
            .filter(|k| instance.district(k).is_some())
            .collect(),
    })
}

/// The search words of `q`: at most [`QUERY_MAX`] characters and [`TERMS_MAX`] words; single
/// characters are dropped, and a search with nothing left says so instead of listing all.
pub fn terms_of(q: &str) -> Result<Vec<String>, AppError> {
    let q = q.trim();
    if q.is_empty() {
        return Ok(Vec::new());
    }
    if q.chars().count() > QUERY_MAX {
        return Err(bad(td_string!(Locale::de, problem.query_too_long, max = QUERY_MAX)));
    }
    let terms: Vec<String> =
        search_terms(q).into_iter().filter(|t| t.chars().count() >= 2).collect();
    if terms.is_empty() {
        return Err(bad(td_string!(Locale::de, problem.query_too_short)));
    }
    if terms.len() > TERMS_MAX {
        return Err(bad(td_string!(Locale::de, problem.too_many_terms, max = TERMS_MAX)));
    }
    Ok(terms)
}

/// The home page's figures and the projects that need help now.
pub async fn home(state: &AppState) -> Result<HomeData, AppError> {
    let stats = db::catalogue::stats(&state.db).await.map_err(internal("count the catalogue"))?;
    let needing = db::catalogue::needing_help(&state.db, NEEDING_HELP).await;
    let needing = needing.map_err(internal("find projects needing help"))?;
    Ok(HomeData {
        projects: stats.projects,
        open_needs: stats.open_needs,
        needing_help: needing.into_iter().map(|c| card(state, c)).collect(),
    })
}

/// A card in the visitor's words.
fn card(state: &AppState, row: CardRow) -> ProjectCard {
    ProjectCard {
        category: category_name(state, &row.category),
        status: ProjectStatus::from_key(&row.status).unwrap_or(ProjectStatus::Unfinished),
        slug: row.slug,
        name: row.name,
        teaser: row.teaser,
        pillars: row.pillars,
    }
}

/// The display name of a category key; the key itself if the instance no longer has it.
pub fn category_name(state: &AppState, key: &str) -> String {
    state.instance.category(key).map_or_else(|| key.to_string(), |t| t.name.clone())
}

/// Instance terms as wire terms.
fn terms(list: &[domain::instance::Term]) -> Vec<Term> {
    list.iter().map(|t| Term { key: t.key.clone(), name: t.name.clone() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b06_searches_are_bounded_and_need_two_characters() {
        assert_eq!(terms_of("  ").unwrap(), Vec::<String>::new());
        assert_eq!(terms_of("Bäume a").unwrap(), vec!["baeume"]);
        for (q, says) in [
            ("%", "mindestens zwei"),
            ("a", "mindestens zwei"),
            ("_ %%", "mindestens zwei"),
            (&"ab ".repeat(11), "höchstens 10 Wörtern"),
            (&"x".repeat(201), "höchstens 200 Zeichen"),
        ] {
            match terms_of(q) {
                Err(AppError::BadRequest(m)) => assert!(m.contains(says), "{q}: {m}"),
                other => panic!("{q}: {other:?}"),
            }
        }
    }

    #[test]
    fn b12_page_numbers_are_checked() {
        assert_eq!(parse_page(None), Ok(1));
        assert_eq!(parse_page(Some("")), Ok(1));
        assert_eq!(parse_page(Some("3")), Ok(3));
        assert_eq!(parse_page(Some("99999999999")), Ok(99_999_999_999));
        for bad in ["0", "-5", "abc", "1.5", "18446744073709551616"] {
            let err = parse_page(Some(bad)).unwrap_err();
            assert!(
                matches!(&err, AppError::BadRequest(m) if m.contains("keine gültige Seitenzahl")),
                "{bad}: {err:?}"
            );
        }
    }
}
