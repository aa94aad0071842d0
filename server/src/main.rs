//! `server [serve]` runs the platform; `server seed` re-imports the seed file;
//! `server admin EMAIL NAME` makes (or promotes) an admin, reading the password from stdin.

use std::process::ExitCode;

use leptos::config::get_configuration;
use server::config::Config;
use server::{ServerState, router, startup, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".into());
    match run(&command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("Fehler: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one command; the error is a German sentence for the operator.
async fn run(command: &str) -> Result<(), String> {
    let leptos = get_configuration(None).map_err(|e| e.to_string())?.leptos_options;
    let config = Config::from_env(&leptos.site_addr.to_string()).map_err(|e| e.to_string())?;
    telemetry::init(config.log_format);
    match command {
        "serve" => serve(config, leptos).await,
        "seed" => {
            let report = startup::reseed(&config).await.map_err(|e| e.to_string())?;
            println!("Seed importiert: {} neu, {} aktualisiert.", report.created, report.updated);
            Ok(())
        }
        "admin" => {
            let mut args = std::env::args().skip(2);
            let (Some(email), Some(name)) = (args.next(), args.next()) else {
                return Err(
                    "Aufruf: server admin E-MAIL NAME (Passwort auf der Standardeingabe)".into()
                );
            };
            let mut password = String::new();
            std::io::stdin().read_line(&mut password).map_err(|e| e.to_string())?;
            let password = password.trim_end_matches(['\r', '\n']);
            let report = server::admin::make_admin(&config, &email, &name, password).await?;
            println!("{report}");
            Ok(())
        }
        other => Err(format!("Unbekannter Befehl „{other}“. Bekannt sind: serve, seed, admin.")),
    }
}

/// Prepares the database and serves until Ctrl-C or SIGTERM.
async fn serve(config: Config, leptos: leptos::config::LeptosOptions) -> Result<(), String> {
    let app = startup::prepare(&config).await.map_err(|e| e.to_string())?;
    let mailer = server::mail::Mailer::new(&config.mail_target, &config.mail_from)?;
    let every = std::time::Duration::from_secs(config.mail_interval_secs);
    server::mail::spawn_sender(app.db.clone(), mailer, every);
    server::admin::spawn_housekeeping(app.db.clone(), std::time::Duration::from_secs(600));
    server::admin::spawn_offer_care(app.clone(), std::time::Duration::from_secs(3600));
    let addr = leptos.site_addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("Adresse {addr} ist nicht verfügbar: {e}"))?;
    tracing::info!(%addr, base_url = %config.base_url, "DIGIFARM is listening.");
    let state = ServerState {
        leptos,
        app,
        rate_per_hour: config.rate_per_hour,
        trust_forwarded: config.trust_forwarded,
    };
    let service = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

/// Resolves on Ctrl-C or SIGTERM, so running requests can finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("Shutting down.");
}
