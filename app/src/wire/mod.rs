//! The data server and browser exchange. Everything here is already in the words and formats a
//! visitor reads: dates are formatted and Markdown is rendered on the server.

pub mod account;
pub mod exchange;
pub mod review;

use domain::{Pillar, PillarSummary, ProjectStatus};
use leptos_router::params::ParamsMap;
use serde::{Deserialize, Serialize};

/// The instance's name and where it lives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Full name, e.g. "DIGIFARM Münster".
    pub name: String,
    /// The city.
    pub city: String,
    /// One sentence for link previews.
    pub description: String,
    /// Public base URL without trailing slash, for absolute links in previews.
    pub base_url: String,
    /// Colour of the browser chrome.
    pub theme_color: String,
}

/// A key and the name people read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Stable key, as used in URLs.
    pub key: String,
    /// Display name.
    pub name: String,
}

/// The catalogue's URL parameters. Repeated keys give several values: OR within a key, AND
/// across keys.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogueQuery {
    /// Free text (`q`).
    pub q: String,
    /// Category keys (`kategorie`).
    pub kategorie: Vec<String>,
    /// Pillars that still seek a Pate (`bedarf`).
    pub bedarf: Vec<String>,
    /// Status keys (`status`).
    pub status: Vec<String>,
    /// District keys (`bezirk`).
    pub bezirk: Vec<String>,
    /// The page as given (`seite`), checked by the server.
    pub seite: Option<String>,
}

impl CatalogueQuery {
    /// Reads the query from the URL's parameters; filter keys are read in lower case, so
    /// `kategorie=MOBILITAET` means the same as `kategorie=mobilitaet`.
    pub fn from_params(params: &ParamsMap) -> Self {
        let all = |key: &str| {
            params
                .get_all(key)
                .unwrap_or_default()
                .into_iter()
                .map(|v| v.trim().to_lowercase())
                .collect()
        };
        CatalogueQuery {
            q: params.get("q").unwrap_or_default(),
            kategorie: all("kategorie"),
            bedarf: all("bedarf"),
            status: all("status"),
            bezirk: all("bezirk"),
            seite: params.get("seite"),
        }
    }

    /// The URL of this query at `page` (page 1 is left out, so each list has one address).
    pub fn href(&self, page: u64) -> String {
        let mut params = ParamsMap::new();
        if !self.q.trim().is_empty() {
            params.insert("q", self.q.trim().to_string());
        }
        for (key, values) in [
            ("kategorie", &self.kategorie),
            ("bedarf", &self.bedarf),
            ("status", &self.status),
            ("bezirk", &self.bezirk),
        ] {
            let mut seen: Vec<&String> = Vec::with_capacity(values.len());
            for value in values.iter().filter(|v| !v.is_empty()) {
                if !seen.contains(&value) {
                    seen.push(value);
                    params.insert(key, value.clone());
                }
            }
        }
        if page > 1 {
            params.insert("seite", page.to_string());
        }
        format!("/projekte{}", params.to_query_string())
    }

    /// Whether any filter or search is set.
    pub fn is_filtered(&self) -> bool {
        !(self.q.trim().is_empty()
            && self.kategorie.is_empty()
            && self.bedarf.is_empty()
            && self.status.is_empty()
            && self.bezirk.is_empty())
    }
}

/// The address of a project's page.
pub fn project_path(slug: &str) -> String {
    format!("/projekte/{slug}")
}

/// A project as its catalogue card shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectCard {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Short text.
    pub teaser: String,
    /// Category name.
    pub category: String,
    /// Status.
    pub status: ProjectStatus,
    /// The three pillars in order, summarised.
    pub pillars: Vec<(Pillar, PillarSummary)>,
}

/// One page of the catalogue, with what its filters offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueResult {
    /// The cards of this page.
    pub cards: Vec<ProjectCard>,
    /// Matches on all pages.
    pub total: u64,
    /// This page, from 1.
    pub page: u64,
    /// Number of pages, at least 1.
    pub pages: u64,
    /// Categories to filter by.
    pub categories: Vec<Term>,
    /// Districts to filter by.
    pub districts: Vec<Term>,
}

/// What the home page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeData {
    /// Published projects.
    pub projects: u64,
    /// Open needs per pillar.
    pub open_needs: Vec<(Pillar, u64)>,
    /// A few projects that need help now.
    pub needing_help: Vec<ProjectCard>,
}

/// A project's whole profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectDetail {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Short text.
    pub teaser: String,
    /// Description as sanitised HTML.
    pub description_html: String,
    /// Screenshot URL below the site root.
    pub screenshot_url: Option<String>,
    /// Status.
    pub status: ProjectStatus,
    /// Category name.
    pub category: String,
    /// Kind key (`domain::Kind`).
    pub kind: domain::Kind,
    /// Where it comes from.
    pub origin: String,
    /// Start month in German, e.g. "Oktober 2021".
    pub start_month: Option<String>,
    /// Complexity.
    pub complexity: Option<domain::Complexity>,
    /// Technologies.
    pub technologies: Vec<String>,
    /// Licence in its current SPDX form; `None` when none was found.
    pub licence: Option<String>,
    /// Whether the licence is OSI-approved open source.
    pub licence_open: bool,
    /// Source code.
    pub repository_url: String,
    /// The running project.
    pub project_url: Option<String>,
    /// A page about the project.
    pub info_url: Option<String>,
    /// Deployment model.
    pub deployment: Option<domain::Deployment>,
    /// Running costs per year, formatted in euros.
    pub yearly_costs: Option<String>,
    /// Last update, formatted in Berlin time.
    pub updated: String,
    /// Names of the places it serves.
    pub districts: Vec<String>,
    /// The three pillars with their needs.
    pub pillars: Vec<PillarView>,
}

/// One pillar of a project page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PillarView {
    /// Which pillar.
    pub pillar: Pillar,
    /// Its summary.
    pub summary: PillarSummary,
    /// Its needs, in order.
    pub needs: Vec<NeedView>,
}

/// One need on a project page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedView {
    /// The need's id, for "Ich helfe mit"; 0 in a preview of a submission.
    pub id: i32,
    /// Short title.
    pub title: String,
    /// What exactly is needed.
    pub description: String,
    /// Where it stands.
    pub state: domain::NeedState,
    /// Public name of the Pate, once filled; `None` too when the Pate stays unnamed.
    pub pate: Option<String>,
    /// Filled by a Pate who chose not to be named.
    pub pate_unnamed: bool,
    /// Skills wanted, as written.
    pub skills: Vec<String>,
    /// The effort in words: hours per month, one-off, or euros per year and what they pay.
    pub effort: Option<String>,
    /// Suits a newcomer.
    pub newcomer: bool,
}

/// The pages whose text comes from the instance file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextKind {
    /// `/ueber`.
    About,
    /// `/impressum`.
    Imprint,
    /// `/datenschutz`.
    Privacy,
    /// `/barrierefreiheit`.
    Accessibility,
}

/// A text page: the operator (for the legal pages) and the rendered Markdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextContent {
    /// The operator's contact block, shown on the legal pages.
    pub operator: Option<OperatorView>,
    /// The page's text as sanitised HTML.
    pub html: String,
}

/// The operator as the legal pages name them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorView {
    /// Legal name.
    pub name: String,
    /// Who represents the operator.
    pub represented_by: String,
    /// The unit that answers.
    pub unit: String,
    /// Street and number.
    pub street: String,
    /// Postcode and town.
    pub town: String,
    /// Telephone.
    pub phone: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b03_repeated_keys_round_trip_through_the_url() {
        let params: ParamsMap =
            [("bedarf", "technik"), ("bedarf", "finanzen"), ("q", "Bürger")].into_iter().collect();
        let query = CatalogueQuery::from_params(&params);
        assert_eq!(query.bedarf, vec!["technik", "finanzen"]);
        assert_eq!(query.q, "Bürger");
        assert_eq!(query.href(1), "/projekte?q=B%C3%BCrger&bedarf=technik&bedarf=finanzen");
        assert_eq!(query.href(3), "/projekte?q=B%C3%BCrger&bedarf=technik&bedarf=finanzen&seite=3");
    }

    #[test]
    fn the_address_is_tidy_trimmed_and_without_repeats() {
        let query = CatalogueQuery {
            q: "  Bäume ".into(),
            bedarf: vec!["technik".into(), "technik".into(), "".into()],
            ..Default::default()
        };
        assert_eq!(query.href(1), "/projekte?q=B%C3%A4ume&bedarf=technik");
    }

    #[test]
    fn b06_markup_in_the_query_is_escaped_in_links() {
        let query =
            CatalogueQuery { q: "\"><script>alert(1)</script>".into(), ..Default::default() };
        let href = query.href(2);
        assert!(!href.contains('<') && !href.contains('"'), "{href}");
    }
}
