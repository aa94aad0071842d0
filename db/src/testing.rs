//! Fresh, migrated databases for tests: a new SQLite file or a new PostgreSQL database each
//! time, so tests never see each other's rows.
//!
//! PostgreSQL is reached through `DIGIFARM_TEST_PG` (an admin URL), or as `postgres` on
//! 127.0.0.1:5432 by default; the test command makes sure a server listens there.

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr};

use crate::connect::connect;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The admin URL of the test PostgreSQL server.
pub fn postgres_admin_url() -> String {
    std::env::var("DIGIFARM_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// A unique name for this process and call.
fn unique_name() -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("digifarm_t_{}_{}_{}", std::process::id(), n, nanos)
}

/// A database that exists for one test.
pub struct TestDb {
    /// The open, migrated connection.
    pub db: DatabaseConnection,
    /// The URL it was opened with, for starting servers against it.
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Database(String),
}

impl TestDb {
    /// A new SQLite file in the temporary folder.
    pub async fn sqlite() -> Result<Self, DbErr> {
        let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let db = connect(&url).await?;
        Ok(TestDb { db, url, cleanup: Cleanup::File(path) })
    }

    /// A new database on the test PostgreSQL server.
    pub async fn postgres() -> Result<Self, DbErr> {
        let admin_url = postgres_admin_url();
        let name = unique_name();
        let admin = Database::connect(&admin_url).await?;
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
        admin.close().await?;
        let url = match admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => return Err(DbErr::Custom("DIGIFARM_TEST_PG ohne Datenbanknamen".into())),
        };
        let db = connect(&url).await?;
        Ok(TestDb { db, url, cleanup: Cleanup::Database(name) })
    }

    /// Closes the connection and removes the database.
    pub async fn drop_db(self) -> Result<(), DbErr> {
        self.db.close().await?;
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database(name) => {
                let admin = Database::connect(&postgres_admin_url()).await?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await?;
                admin.close().await?;
            }
        }
        Ok(())
    }
}

/// Runs an async test body once on SQLite and once on PostgreSQL, each with a fresh database.
///
/// Known shortcoming: a failing body panics before `drop_db`, so its database stays behind
/// (named `digifarm_t_…`, harmless but untidy). A `Drop` guard would need its own runtime to
/// run the asynchronous `DROP DATABASE`; until then, remove leftovers by their prefix.
///
/// ```text
/// both_engines!(finds_trees, |db| async move { /* … */ });
/// ```
#[macro_export]
macro_rules! both_engines {
    ($name:ident, |$db:ident| $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let test = $crate::testing::TestDb::sqlite().await.expect("SQLite test database");
                let $db = test.db.clone();
                $body.await;
                test.drop_db().await.expect("drop SQLite test database");
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let test =
                    $crate::testing::TestDb::postgres().await.expect("PostgreSQL test database");
                let $db = test.db.clone();
                $body.await;
                test.drop_db().await.expect("drop PostgreSQL test database");
            }
        }
    };
}
