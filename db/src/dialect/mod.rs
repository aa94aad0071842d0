//! Every statement that differs between SQLite and PostgreSQL, and nothing else: the rest of
//! the crate builds its queries with sea-query, which speaks both. Search and schema
//! statements have submodules of their own; each part is tested on both engines' syntax here
//! and on both real engines in `db/tests`.

use sea_orm::{ConnectionTrait, DbBackend, DbErr};

pub mod schema;
pub mod search;

/// Orders `table.column` by its bytes on both engines.
///
/// SQLite compares text byte by byte; PostgreSQL uses the database's collation, which in a
/// German or English locale skips spaces and punctuation ("bus reality" after "busradar").
/// Folded names are meant to sort the same everywhere, so PostgreSQL is asked for "C".
pub fn byte_order(backend: DbBackend, table: &str, column: &str) -> sea_orm::sea_query::Expr {
    use sea_orm::sea_query::{Alias, Expr};
    match backend {
        DbBackend::Postgres => Expr::cust(format!(r#""{table}"."{column}" COLLATE "C""#)),
        _ => Expr::col((Alias::new(table), Alias::new(column))),
    }
}

/// The advisory lock key that orders slug choices on PostgreSQL ("DIGI" in ASCII).
const SLUG_LOCK: i64 = 0x4449_4749;

/// Serialises the choice of new slugs until the surrounding transaction ends.
///
/// SQLite already holds the database's write lock inside [`crate::begin_write`]. PostgreSQL
/// lets two transactions read the same free slug at once, so there a transaction-scoped
/// advisory lock makes the second wait until the first has inserted its slug.
pub async fn lock_slugs(conn: &impl ConnectionTrait) -> Result<(), DbErr> {
    if conn.get_database_backend() == DbBackend::Postgres {
        conn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({SLUG_LOCK})")).await?;
    }
    Ok(())
}

/// PostgreSQL: takes the session-wide advisory lock `$1` (waiting for it).
pub const PG_LOCK: &str = "SELECT pg_advisory_lock($1)";

/// PostgreSQL: gives the session-wide advisory lock `$1` back.
pub const PG_UNLOCK: &str = "SELECT pg_advisory_unlock($1)";

/// After rows were written with their ids: makes each table's id sequence continue after the
/// highest id, on PostgreSQL (SQLite needs nothing).
pub async fn continue_ids(conn: &impl ConnectionTrait, tables: &[&str]) -> Result<(), DbErr> {
    if conn.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for table in tables {
        conn.execute_unprepared(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
             COALESCE((SELECT MAX(id) FROM {table}), 1))"
        ))
        .await?;
    }
    Ok(())
}

/// Settles a freshly filled database as it would be after a while in production: statistics
/// for the planner, and on PostgreSQL the visibility map that autovacuum keeps.
pub async fn settle(conn: &impl ConnectionTrait) -> Result<(), DbErr> {
    let sql = match conn.get_database_backend() {
        DbBackend::Postgres => "VACUUM ANALYZE",
        _ => "ANALYZE",
    };
    conn.execute_unprepared(sql).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use sea_orm::sea_query::{PostgresQueryBuilder, Query, SqliteQueryBuilder};

    use super::*;
    use crate::search::{Indexed, Tier, matches, project_tier};

    #[test]
    fn postgres_sorts_folded_names_by_bytes() {
        let sql = |backend| {
            let mut q = Query::select();
            q.expr(byte_order(backend, "project", "name_folded"));
            q.to_owned()
        };
        let pg = sql(DbBackend::Postgres).to_string(PostgresQueryBuilder);
        assert!(pg.ends_with(r#""project"."name_folded" COLLATE "C""#), "{pg}");
        let lite = sql(DbBackend::Sqlite).to_string(SqliteQueryBuilder);
        assert!(lite.ends_with(r#""project"."name_folded""#), "{lite}");
    }

    /// The SQL of a condition on `project`, with its values inlined.
    fn condition(backend: DbBackend, expr: sea_orm::sea_query::SimpleExpr) -> String {
        let mut q = Query::select();
        q.expr(Expr::val(1)).and_where(expr);
        match backend {
            DbBackend::Postgres => q.to_string(PostgresQueryBuilder),
            _ => q.to_string(SqliteQueryBuilder),
        }
    }

    use sea_orm::sea_query::Expr;

    #[test]
    fn search_words_become_prefix_queries_without_any_syntax_of_their_own() {
        let terms = vec!["baum".to_string(), "or\"*".to_string()];
        let lite =
            condition(DbBackend::Sqlite, matches(DbBackend::Sqlite, Indexed::Partner, &terms));
        assert!(lite.contains(r#"'"baum"* AND "or"*'"#), "{lite}");
        let pg =
            condition(DbBackend::Postgres, matches(DbBackend::Postgres, Indexed::Partner, &terms));
        assert!(pg.contains("'baum:* & or:*'"), "{pg}");
    }

    #[test]
    fn tiers_split_by_the_words_of_the_name() {
        let terms = vec!["wasser".to_string(), "hiltrup".to_string()];
        let lite =
            |tier| condition(DbBackend::Sqlite, project_tier(DbBackend::Sqlite, &terms, tier));
        assert!(lite(Tier::NameAll).contains(r#"'name : "wasser"* AND name : "hiltrup"*'"#));
        assert!(lite(Tier::Rest).contains(r#"NOT (name : "wasser"* OR name : "hiltrup"*)"#));
        let pg =
            |tier| condition(DbBackend::Postgres, project_tier(DbBackend::Postgres, &terms, tier));
        assert!(
            pg(Tier::NameAll)
                .contains("name_vector @@ to_tsquery('simple', 'wasser:* & hiltrup:*')")
        );
        assert!(pg(Tier::Rest).contains(
            "NOT project_search.name_vector @@ to_tsquery('simple', 'wasser:* | hiltrup:*')"
        ));
        assert_eq!(Tier::ranked(1), &[Tier::NameAll, Tier::Rest]);
    }

    #[test]
    fn the_ranked_index_keeps_unpublished_projects_out_on_both_engines() {
        let lite = schema::SQLITE_RANKED_SEARCH.join("\n");
        assert!(lite.contains("WHEN new.published"), "{lite}");
        assert!(lite.contains("WHERE new.published"), "{lite}");
        let pg = schema::POSTGRES_RANKED_SEARCH.join("\n");
        assert!(pg.contains("IF TG_OP <> 'DELETE' AND NEW.published THEN"), "{pg}");
        assert!(pg.contains("FROM project WHERE published"), "{pg}");
    }
}
