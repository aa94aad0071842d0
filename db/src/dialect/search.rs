//! The search in each engine's own SQL: FTS5 on SQLite, `tsvector` and GIN on PostgreSQL.
//!
//! SQLite keeps a contentless FTS5 table of the published projects with the columns `name` and
//! `body`, written by triggers (see [`super::schema`]); PostgreSQL two stored `tsvector` columns,
//! empty for unpublished rows, each with a GIN index. So counting the matches and finding the
//! first of a [`Tier`] in id order never reads project rows. Partner profiles have one index
//! over all their words. Terms come from `domain::words` or `domain::search_terms`.

use sea_orm::DbBackend;
use sea_orm::sea_query::{Alias, Condition, Expr, Order, Query, SelectStatement, SimpleExpr};

/// The tables with a full-text index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indexed {
    /// Published projects: name, teaser, description, technologies and needs.
    Project,
    /// Partner profiles: name, description and skills.
    Partner,
}

impl Indexed {
    /// The searched table.
    pub fn table(self) -> &'static str {
        match self {
            Indexed::Project => "project",
            Indexed::Partner => "partner_profile",
        }
    }
}

/// The condition "every word of `terms` begins a word of the row", in the engine's dialect.
/// Terms come from `domain::words` or `domain::search_terms`: letters and digits only. For
/// projects it holds only for published ones.
pub fn matches(backend: DbBackend, table: Indexed, terms: &[String]) -> SimpleExpr {
    match table {
        Indexed::Project => project_tier(backend, terms, Tier::Any),
        Indexed::Partner => match backend {
            DbBackend::Postgres => Expr::cust_with_values(
                "partner_profile.search_vector @@ to_tsquery('simple', $1)",
                [pg_query(terms, " & ")],
            ),
            _ => Expr::cust_with_values(
                "partner_profile.id IN (SELECT rowid FROM partner_profile_fts \
                 WHERE partner_profile_fts MATCH ?)",
                [fts_all(terms, "")],
            ),
        },
    }
}

/// The relevance tiers of a project search, best first; within a tier by id. Together they
/// hold every match once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Every match, whatever its tier.
    Any,
    /// Every search word begins a word of the name.
    NameAll,
    /// Some search words, not all, begin a word of the name (only with two or more words).
    NameSome,
    /// No search word begins a word of the name.
    Rest,
}

impl Tier {
    /// The tiers a search for `n` words orders its matches by, best first.
    pub fn ranked(n: usize) -> &'static [Tier] {
        if n > 1 {
            &[Tier::NameAll, Tier::NameSome, Tier::Rest]
        } else {
            &[Tier::NameAll, Tier::Rest]
        }
    }
}

/// The condition "project is a published match of `terms` in `tier`", in the engine's dialect.
pub fn project_tier(backend: DbBackend, terms: &[String], tier: Tier) -> SimpleExpr {
    match backend {
        DbBackend::Postgres => {
            let (all, any) = (pg_query(terms, " & "), pg_query(terms, " | "));
            let (sql, values) = match tier {
                Tier::Any => ("project.search_vector @@ to_tsquery('simple', $1)", vec![all]),
                Tier::NameAll => ("project.name_vector @@ to_tsquery('simple', $1)", vec![all]),
                Tier::NameSome => (
                    "project.search_vector @@ to_tsquery('simple', $1) \
                     AND project.name_vector @@ to_tsquery('simple', $2) \
                     AND NOT project.name_vector @@ to_tsquery('simple', $1)",
                    vec![all, any],
                ),
                Tier::Rest => (
                    "project.search_vector @@ to_tsquery('simple', $1) \
                     AND NOT project.name_vector @@ to_tsquery('simple', $2)",
                    vec![all, any],
                ),
            };
            Expr::cust_with_values(sql, values)
        }
        _ => Expr::cust_with_values(
            "project.id IN (SELECT rowid FROM project_fts WHERE project_fts MATCH ?)",
            [fts_tier(terms, tier)],
        ),
    }
}

/// The conditions "every word begins a word of the name" and "some word does", on `project`:
/// with them a few matches are put in [`Tier`] order in one pass.
pub fn name_hits(backend: DbBackend, terms: &[String]) -> (SimpleExpr, SimpleExpr) {
    match backend {
        DbBackend::Postgres => {
            let named = |query: String| {
                Expr::cust_with_values("project.name_vector @@ to_tsquery('simple', $1)", [query])
            };
            (named(pg_query(terms, " & ")), named(pg_query(terms, " | ")))
        }
        _ => {
            let named = |query: String| {
                Expr::cust_with_values(
                    "project.id IN (SELECT rowid FROM project_fts WHERE project_fts MATCH ?)",
                    [query],
                )
            };
            (named(fts_all(terms, "name : ")), named(fts_any_name(terms)))
        }
    }
}

/// The FTS5 table's column that holds a project's id, for conditions on the ids (`also`).
pub fn fts_id() -> Expr {
    Expr::col((Alias::new("project_fts"), Alias::new("rowid")))
}

/// On SQLite: `SELECT count(*)` of `tier`'s matches straight from the FTS5 table, for searches
/// whose other filters are `also`, conditions on [`fts_id`]. `None` on PostgreSQL, where
/// [`project_tier`] serves.
pub fn fts_count(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
) -> Option<SelectStatement> {
    let query = fts_select(backend, terms, tier, also)?.expr(Expr::cust("count(*)")).to_owned();
    Some(query)
}

/// On SQLite: the ids of `tier`'s matches from `skip` on, at most `take`, by id, straight from
/// the FTS5 table (which reads them in id order without sorting). `None` on PostgreSQL.
pub fn fts_page(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
    (skip, take): (u64, u64),
) -> Option<SelectStatement> {
    let query = fts_select(backend, terms, tier, also)?
        .expr(fts_id())
        .order_by(Alias::new("rowid"), Order::Asc)
        .offset(skip)
        .limit(take)
        .to_owned();
    Some(query)
}

/// `SELECT … FROM project_fts WHERE project_fts MATCH … AND also` without its columns.
fn fts_select(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
) -> Option<SelectStatement> {
    if backend == DbBackend::Postgres {
        return None;
    }
    let query = Query::select()
        .from(Alias::new("project_fts"))
        .and_where(Expr::cust_with_values("project_fts MATCH ?", [fts_tier(terms, tier)]))
        .cond_where(also)
        .to_owned();
    Some(query)
}

/// An FTS5 query for `tier`: `"w"*` is a word beginning, `name : …` limits it to the name.
fn fts_tier(terms: &[String], tier: Tier) -> String {
    let every = fts_all(terms, "");
    let named_all = fts_all(terms, "name : ");
    let named_any = fts_any_name(terms);
    match tier {
        Tier::Any => every,
        Tier::NameAll => named_all,
        Tier::NameSome => format!("(({every}) AND ({named_any})) NOT ({named_all})"),
        Tier::Rest => format!("({every}) NOT ({named_any})"),
    }
}

/// Any term as a word beginning of the name.
fn fts_any_name(terms: &[String]) -> String {
    let words: Vec<String> = terms.iter().map(|t| format!("name : \"{}\"*", plain(t))).collect();
    words.join(" OR ")
}

/// Every term as a word beginning, each behind `prefix`, joined by `AND`.
fn fts_all(terms: &[String], prefix: &str) -> String {
    let words: Vec<String> = terms.iter().map(|t| format!("{prefix}\"{}\"*", plain(t))).collect();
    words.join(" AND ")
}

/// A `tsquery` of every term as a word beginning, joined by `op` (`&` or `|`).
fn pg_query(terms: &[String], op: &str) -> String {
    let words: Vec<String> = terms.iter().map(|t| format!("{}:*", plain(t))).collect();
    words.join(op)
}

/// A term reduced to letters and digits, so no query syntax can slip through.
fn plain(term: &str) -> String {
    term.chars().filter(|c| c.is_alphanumeric()).collect()
}
