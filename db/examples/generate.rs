//! Fills a database with generated projects and partners for load tests:
//! `cargo run --release -p db --example generate -- DATABASE_URL [PROJECTS] [PARTNERS]`.
//! The database is migrated first and, when empty, gets Münster's seeded projects as the server
//! would give it; the Münster instance gives categories and districts.

use domain::instance::Instance;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let url = args.next().ok_or("Aufruf: generate DATABASE_URL [PROJEKTE] [PAT:INNEN]")?;
    let count = |arg: Option<String>, default: usize| {
        arg.map_or(Ok(default), |a| a.parse::<usize>().map_err(|_| format!("keine Zahl: {a}")))
    };
    let projects = count(args.next(), 100_000)?;
    let partners = count(args.next(), 10_000)?;
    let text = std::fs::read_to_string("instance/muenster.toml").map_err(|e| e.to_string())?;
    let instance = Instance::parse(&text).map_err(|e| e.to_string())?;
    let db = db::connect(&url).await.map_err(|e| e.to_string())?;
    if db::seed_import::is_empty(&db).await.map_err(|e| e.to_string())? {
        let seed = std::fs::read_to_string("seed/muenster.toml").map_err(|e| e.to_string())?;
        let seed = domain::seed::parse(&seed, &instance).map_err(|e| e.to_string())?;
        db::seed_import::import(&db, &seed, &instance.default_district)
            .await
            .map_err(|e| e.to_string())?;
    }
    let started = std::time::Instant::now();
    let tx = db::begin_write(&db).await.map_err(|e| e.to_string())?;
    let done =
        db::generate::fill(&tx, &instance, projects, partners).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    db::dialect::settle(&db).await.map_err(|e| e.to_string())?;
    println!(
        "{} Projekte, {} Bedarfe, {} Pat:innen in {:.1} s; erstes Projekt: /projekte/{}",
        done.projects,
        done.needs,
        done.partners,
        started.elapsed().as_secs_f64(),
        domain::slugify(&db::generate::project_name(0)),
    );
    Ok(())
}
