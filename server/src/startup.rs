//! Start-up: instance, database, first seed, and the explicit re-import.

use std::sync::Arc;

use app::server::AppState;
use domain::instance::Instance;

use crate::config::Config;

/// Why the server could not start; printed once, in German.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// A file could not be read.
    #[error("Datei {path} kann nicht gelesen werden: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The instance file is invalid.
    #[error(transparent)]
    Instance(#[from] domain::instance::InstanceError),
    /// The seed file is invalid.
    #[error(transparent)]
    Seed(#[from] domain::seed::SeedError),
    /// The database could not be opened, migrated or written.
    #[error("Datenbank: {0}")]
    Database(#[from] db::DbErr),
    /// The configuration is unusable.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
}

/// Reads a file, naming it in the error.
fn read(path: &std::path::Path) -> Result<String, StartError> {
    std::fs::read_to_string(path)
        .map_err(|source| StartError::Read { path: path.display().to_string(), source })
}

/// Opens and migrates the database and fills an empty one from the seed file.
pub async fn prepare(config: &Config) -> Result<AppState, StartError> {
    let instance = Instance::parse(&read(&config.instance_path)?)?;
    let db = db::connect(&config.database_url).await?;
    tracing::info!(engine = ?db::Engine::of(&db), "Database is open and migrated.");
    if db::seed_import::is_empty(&db).await? {
        tracing::info!("The database is empty: importing the seed file.");
        import_seed(&db, config, &instance).await?;
    }
    Ok(AppState { db, instance: Arc::new(instance), base_url: config.base_url.clone() })
}

/// Imports the seed file: new projects are created, known ones updated, none duplicated.
pub async fn import_seed(
    db: &db::DatabaseConnection,
    config: &Config,
    instance: &Instance,
) -> Result<db::seed_import::ImportReport, StartError> {
    let projects = domain::seed::parse(&read(&config.seed_path)?, instance)?;
    Ok(db::seed_import::import(db, &projects, &instance.default_district).await?)
}

/// The `seed` command: re-imports the seed file into the configured database.
pub async fn reseed(config: &Config) -> Result<db::seed_import::ImportReport, StartError> {
    let instance = Instance::parse(&read(&config.instance_path)?)?;
    let db = db::connect(&config.database_url).await?;
    import_seed(&db, config, &instance).await
}
