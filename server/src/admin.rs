//! The operator's commands beside serving: the first admin, and the periodic clean-up.

use std::time::Duration;

use app::server::words::say;
use domain::problem::Label;
use domain::{Role, account, secret};

use crate::config::Config;

/// Creates the account `email` as a confirmed admin with this password, or makes an existing
/// account an admin (and sets the password when one is given). Returns a German report.
pub async fn make_admin(
    config: &Config,
    email: &str,
    name: &str,
    password: &str,
) -> Result<String, String> {
    let email = account::normalise_email(email).map_err(|p| say(&p))?;
    let name = account::check_person_name(Label::PublicName, name).map_err(|p| say(&p))?;
    let hash = if password.is_empty() {
        None
    } else {
        account::check_password(password, &email).map_err(|p| say(&p))?;
        Some(secret::hash_password(password).ok_or("Zufallsquelle nicht verfügbar.")?)
    };
    let db = db::connect(&config.database_url).await.map_err(|e| e.to_string())?;
    let tx = db::begin_write(&db).await.map_err(|e| e.to_string())?;
    let existing = db::accounts::by_email(&tx, &email).await.map_err(|e| e.to_string())?;
    let (id, report) = match existing {
        Some(found) => {
            if let Some(hash) = &hash {
                db::accounts::set_password(&tx, found.id, hash).await.map_err(|e| e.to_string())?;
            }
            (found.id, format!("Das Konto {email} ist jetzt Admin."))
        }
        None => {
            let Some(hash) = hash else {
                return Err(
                    "Für ein neues Konto bitte ein Passwort auf der Standardeingabe angeben."
                        .into(),
                );
            };
            let created =
                db::accounts::create(&tx, &name, &email, Some(hash), Some(chrono::Utc::now()))
                    .await
                    .map_err(|e| e.to_string())?;
            (created.id, format!("Admin-Konto {email} angelegt."))
        }
    };
    db::accounts::confirm_email(&tx, id).await.map_err(|e| e.to_string())?;
    db::accounts::grant(&tx, id, Role::Admin).await.map_err(|e| e.to_string())?;
    tx.commit().await.map_err(|e| e.to_string())?;
    tracing::info!(account_id = id, "An admin was made from the command line.");
    Ok(report)
}

/// Every `every`: drops unconfirmed submissions whose 14 days ran out, form drafts older than a
/// day and rate-limit counts of past windows.
pub fn spawn_housekeeping(db: db::DatabaseConnection, every: Duration) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            let expired = db::submissions::drop_expired(&db).await;
            let drafts = db::drafts::sweep(&db).await;
            let counts =
                db::rate_limit::sweep(&db, chrono::Utc::now() - chrono::Duration::hours(2)).await;
            match (expired, drafts, counts) {
                (Ok(expired), Ok(drafts), Ok(counts)) => {
                    tracing::info!(expired, drafts, counts, "Housekeeping done.");
                }
                (e1, e2, e3) => {
                    let error = [e1.err(), e2.err(), e3.err()].into_iter().flatten().next();
                    tracing::error!(error = ?error, "Housekeeping failed; trying again later.");
                }
            }
        }
    });
}

/// Every `every`: reminds initiators of offers waiting 14 days and lets offers waiting 30 days
/// lapse, telling their helpers.
pub fn spawn_offer_care(state: app::server::AppState, every: Duration) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            // A failure was logged where it happened; the next tick tries again.
            let _ = app::server::offer_care::housekeeping(&state, chrono::Utc::now()).await;
        }
    });
}
