//! Opening the database: the engine's settings, migrations, write transactions.

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

use crate::migration::Migrator;

/// Which engine a connection talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// The embedded default.
    Sqlite,
    /// For a city that runs several app servers.
    Postgres,
}

impl Engine {
    /// The engine a database URL names, or `None` for any other scheme.
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }

    /// The engine behind an open connection.
    pub fn of(db: &DatabaseConnection) -> Self {
        match db.get_database_backend() {
            DbBackend::Postgres => Engine::Postgres,
            _ => Engine::Sqlite,
        }
    }
}

/// Opens the database at `url` and brings its schema up to date.
///
/// SQLite runs in WAL mode with foreign keys on and a busy timeout, so readers never block the
/// writer; writers queue through [`begin_write`].
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let Some(engine) = Engine::of_url(url) else {
        return Err(DbErr::Custom(format!(
            "DATABASE_URL muss mit sqlite: oder postgres:// beginnen, nicht „{}…“",
            url.chars().take(12).collect::<String>()
        )));
    };
    let mut options = ConnectOptions::new(url);
    options
        .sqlx_logging(false)
        .max_connections(if engine == Engine::Sqlite { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(10))
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(15))
                .create_if_missing(true)
        });
    let db = Database::connect(options).await?;
    migrate(&db, engine).await?;
    Ok(db)
}

/// The advisory lock key that lets one app server at a time migrate ("DIGM" in ASCII).
const MIGRATION_LOCK: i64 = 0x4449_474d;

/// Brings the schema up to date. On PostgreSQL several app servers may start at once, and
/// sea-orm-migration takes no lock of its own: a session lock held on one pooled connection
/// lets the first server migrate while the others wait, then find nothing left to do.
async fn migrate(db: &DatabaseConnection, engine: Engine) -> Result<(), DbErr> {
    if engine != Engine::Postgres {
        return Migrator::up(db, None).await;
    }
    let locked = |e: sea_orm::sqlx::Error| DbErr::Custom(format!("Migrationssperre: {e}"));
    let mut holder = db.get_postgres_connection_pool().acquire().await.map_err(locked)?;
    sea_orm::sqlx::query(crate::dialect::PG_LOCK)
        .bind(MIGRATION_LOCK)
        .execute(&mut *holder)
        .await
        .map_err(locked)?;
    let result = Migrator::up(db, None).await;
    sea_orm::sqlx::query(crate::dialect::PG_UNLOCK)
        .bind(MIGRATION_LOCK)
        .execute(&mut *holder)
        .await
        .map_err(locked)?;
    result
}

/// Starts a transaction that will write.
///
/// On SQLite it takes the write lock at `BEGIN` (IMMEDIATE): a transaction that first reads and
/// then writes could otherwise fail with "database is locked" instead of waiting its turn.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_is_read_from_the_url_scheme() {
        assert_eq!(Engine::of_url("sqlite://digifarm.db?mode=rwc"), Some(Engine::Sqlite));
        assert_eq!(Engine::of_url("postgres://postgres@127.0.0.1/x"), Some(Engine::Postgres));
        assert_eq!(Engine::of_url("mysql://x"), None);
    }
}
