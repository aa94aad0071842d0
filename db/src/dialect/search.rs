//! The search in each engine's own SQL: FTS5 on SQLite, `tsvector` and GIN on PostgreSQL.
//!
//! Each engine keeps one index table of the published projects, written by triggers (see
//! [`super::schema`]): on SQLite the contentless FTS5 table `project_fts` with the columns
//! `name` and `body`, keyed by `rowid`; on PostgreSQL `project_search` with a `tsvector` of all
//! words and one of the name's, each with a GIN index, keyed by `project_id`. The table is
//! narrow, so counting the matches and finding the first of a [`Tier`] in id order never read
//! project rows. Partner profiles have one index over all their words. Terms come from
//! `domain::words` or `domain::search_terms`.

use sea_orm::DbBackend;
use sea_orm::sea_query::{
    Alias, Condition, Expr, ExprTrait, Order, Query, SelectStatement, SimpleExpr,
};

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

/// The condition "project is a published match of `terms` in `tier`", on `project.id`.
pub fn project_tier(backend: DbBackend, terms: &[String], tier: Tier) -> SimpleExpr {
    in_index(backend, tier_condition(backend, terms, tier))
}

/// The conditions "every word begins a word of the name" and "some word does", on
/// `project.id`: with them a few matches are put in [`Tier`] order in one pass.
pub fn name_hits(backend: DbBackend, terms: &[String]) -> (SimpleExpr, SimpleExpr) {
    let named = |query: String| {
        let condition = match backend {
            DbBackend::Postgres => Expr::cust_with_values(
                "project_search.name_vector @@ to_tsquery('simple', $1)",
                [query],
            ),
            _ => Expr::cust_with_values("project_fts MATCH ?", [query]),
        };
        in_index(backend, condition)
    };
    match backend {
        DbBackend::Postgres => (named(pg_query(terms, " & ")), named(pg_query(terms, " | "))),
        _ => (named(fts_all(terms, "name : ")), named(fts_any_name(terms))),
    }
}

/// Every match of `terms` (and `also`, conditions on [`index_id`]) straight from the index
/// table, as (id, every word in the name, some word in the name), the flags 1 or 0: a few
/// matches are put in [`Tier`] order in one pass.
pub fn index_hits(backend: DbBackend, terms: &[String], also: Condition) -> SelectStatement {
    let flag = |every: bool| Expr::case(name_flag(backend, terms, every), 1).finally(0);
    index_select(backend, terms, Tier::Any, also)
        .expr(index_id(backend))
        .expr(flag(true))
        .expr(flag(false))
        .to_owned()
}

/// "Every word (or some word) begins a word of the name", as a condition on one row of the
/// index table. FTS5 answers `MATCH` only for the whole table, so there it asks for the ids.
fn name_flag(backend: DbBackend, terms: &[String], every: bool) -> SimpleExpr {
    match backend {
        DbBackend::Postgres => Expr::cust_with_values(
            "project_search.name_vector @@ to_tsquery('simple', $1)",
            [pg_query(terms, if every { " & " } else { " | " })],
        ),
        _ => {
            let query = if every { fts_all(terms, "name : ") } else { fts_any_name(terms) };
            let named = Query::select()
                .expr(Expr::cust("rowid"))
                .from(Alias::new("project_fts"))
                .and_where(Expr::cust_with_values("project_fts MATCH ?", [query]))
                .to_owned();
            index_id(backend).in_subquery(named)
        }
    }
}

/// `project.id IN (SELECT id FROM <index table> WHERE condition)`.
fn in_index(backend: DbBackend, condition: SimpleExpr) -> SimpleExpr {
    let ids = Query::select()
        .expr(index_id(backend))
        .from(index_table(backend))
        .and_where(condition)
        .to_owned();
    Expr::col((Alias::new("project"), Alias::new("id"))).in_subquery(ids)
}

/// The index table of the published projects.
fn index_table(backend: DbBackend) -> Alias {
    match backend {
        DbBackend::Postgres => Alias::new("project_search"),
        _ => Alias::new("project_fts"),
    }
}

/// The index table's column that holds a project's id, for conditions on the ids (`also`).
pub fn index_id(backend: DbBackend) -> Expr {
    let column = match backend {
        DbBackend::Postgres => "project_id",
        _ => "rowid",
    };
    Expr::col((index_table(backend), Alias::new(column)))
}

/// `tier`'s condition on the index table.
fn tier_condition(backend: DbBackend, terms: &[String], tier: Tier) -> SimpleExpr {
    if backend != DbBackend::Postgres {
        return Expr::cust_with_values("project_fts MATCH ?", [fts_tier(terms, tier)]);
    }
    let (all, any) = (pg_query(terms, " & "), pg_query(terms, " | "));
    let (sql, values) = match tier {
        Tier::Any => ("project_search.search_vector @@ to_tsquery('simple', $1)", vec![all]),
        Tier::NameAll => ("project_search.name_vector @@ to_tsquery('simple', $1)", vec![all]),
        Tier::NameSome => (
            "project_search.search_vector @@ to_tsquery('simple', $1) \
             AND project_search.name_vector @@ to_tsquery('simple', $2) \
             AND NOT project_search.name_vector @@ to_tsquery('simple', $1)",
            vec![all, any],
        ),
        Tier::Rest => (
            "project_search.search_vector @@ to_tsquery('simple', $1) \
             AND NOT project_search.name_vector @@ to_tsquery('simple', $2)",
            vec![all, any],
        ),
    };
    Expr::cust_with_values(sql, values)
}

/// `SELECT count(*)` of `tier`'s matches straight from the index table, for searches whose
/// other filters are `also`, conditions on [`index_id`].
pub fn index_count(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
) -> SelectStatement {
    index_select(backend, terms, tier, also).expr(Expr::cust("count(*)")).to_owned()
}

/// The ids of `tier`'s matches from `skip` on, at most `take`, by id, straight from the index
/// table (FTS5 reads them in id order without sorting; PostgreSQL by its primary key).
pub fn index_page(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
    (skip, take): (u64, u64),
) -> SelectStatement {
    index_select(backend, terms, tier, also)
        .expr(index_id(backend))
        .order_by_expr(index_id(backend), Order::Asc)
        .offset(skip)
        .limit(take)
        .to_owned()
}

/// `SELECT … FROM <index table> WHERE <tier> AND also` without its columns.
fn index_select(
    backend: DbBackend,
    terms: &[String],
    tier: Tier,
    also: Condition,
) -> SelectStatement {
    Query::select()
        .from(index_table(backend))
        .and_where(tier_condition(backend, terms, tier))
        .cond_where(also)
        .to_owned()
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
