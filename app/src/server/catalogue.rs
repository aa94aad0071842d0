//! The catalogue and the home page's figures.

use db::catalogue::{CardRow, CatalogueFilter};
use domain::{Pillar, ProjectStatus, search_terms};

use super::{AppState, internal};
use crate::error::AppError;
use crate::wire::{CatalogueQuery, CatalogueResult, HomeData, ProjectCard, Term};

/// Cards per catalogue page.
pub const PER_PAGE: u64 = 20;

/// How many projects the home page shows as needing help now.
const NEEDING_HELP: u64 = 3;

/// Loads one page of the catalogue. An unreadable `seite` is a bad request; a page past the
/// last one is not found (the message names the last page).
pub async fn load(state: &AppState, query: &CatalogueQuery) -> Result<CatalogueResult, AppError> {
    let page = parse_page(query.seite.as_deref())?;
    let filter = filter_of(query);
    let found =
        db::catalogue::search(&state.db, &filter, page, PER_PAGE).await.map_err(internal)?;
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

/// Reads `seite`: absent means 1; anything but a whole number from 1 is refused in German.
pub fn parse_page(raw: Option<&str>) -> Result<u64, AppError> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(1);
    };
    match raw.parse::<u64>() {
        Ok(page) if page >= 1 && page <= u64::from(u32::MAX) => Ok(page),
        _ => Err(AppError::BadRequest(format!(
            "„{}“ ist keine gültige Seitenzahl. Seiten werden ab 1 gezählt.",
            raw.chars().take(40).collect::<String>()
        ))),
    }
}

/// Turns URL values into a database filter; values no project can have are dropped.
fn filter_of(query: &CatalogueQuery) -> CatalogueFilter {
    CatalogueFilter {
        terms: search_terms(&query.q),
        categories: query.kategorie.clone(),
        pillars: query.bedarf.iter().filter_map(|k| Pillar::from_key(k)).collect(),
        statuses: query.status.iter().filter_map(|k| ProjectStatus::from_key(k)).collect(),
        districts: query.bezirk.clone(),
    }
}

/// The home page's figures and the projects that need help now.
pub async fn home(state: &AppState) -> Result<HomeData, AppError> {
    let stats = db::catalogue::stats(&state.db).await.map_err(internal)?;
    let needing = db::catalogue::needing_help(&state.db, NEEDING_HELP).await.map_err(internal)?;
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
    fn b12_page_numbers_are_checked() {
        assert_eq!(parse_page(None), Ok(1));
        assert_eq!(parse_page(Some("")), Ok(1));
        assert_eq!(parse_page(Some("3")), Ok(3));
        for bad in ["0", "-5", "abc", "1.5", "9223372036854775808", "99999999999"] {
            let err = parse_page(Some(bad)).unwrap_err();
            assert!(
                matches!(&err, AppError::BadRequest(m) if m.contains("keine gültige Seitenzahl")),
                "{bad}: {err:?}"
            );
        }
    }
}
