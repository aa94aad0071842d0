//! The server's configuration, read once from environment variables with documented defaults.
//! `.env.example` lists every variable.

use std::path::PathBuf;

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (the default).
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Everything the server needs to know about its surroundings.
#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://digifarm.db?mode=rwc`) or `postgres://…`.
    pub database_url: String,
    /// `DIGIFARM_BASE_URL`: the public address, for link previews and the sitemap.
    pub base_url: String,
    /// `DIGIFARM_INSTANCE`: the instance file (default `instance/muenster.toml`).
    pub instance_path: PathBuf,
    /// `DIGIFARM_SEED`: the seed file (default `seed/muenster.toml`).
    pub seed_path: PathBuf,
    /// `DIGIFARM_LOG_FORMAT`: `text` (default) or `json`.
    pub log_format: LogFormat,
    /// `DIGIFARM_SMTP_URL` sends by SMTP; without it every mail becomes a file in
    /// `DIGIFARM_MAIL_DIR` (default `data/mail`), as in development and tests.
    pub mail_target: crate::mail::MailTarget,
    /// `DIGIFARM_MAIL_FROM`: the sender (default `DIGIFARM <noreply@localhost>`).
    pub mail_from: String,
    /// `DIGIFARM_MAIL_INTERVAL`: seconds between looks into the outbox (default 10).
    pub mail_interval_secs: u64,
    /// `DIGIFARM_RATE_LIMIT`: log-ins, registrations, password mails and submissions each
    /// client may send per hour, each counted on its own (default 20).
    pub rate_per_hour: u32,
    /// `DIGIFARM_TRUST_FORWARDED`: `true` behind a reverse proxy that appends the client's
    /// address to `X-Forwarded-For` (default `false`: the connection's address counts).
    pub trust_forwarded: bool,
}

/// A variable with a value the server cannot use.
#[derive(Debug, thiserror::Error)]
#[error("Umgebungsvariable {name}: {message}")]
pub struct ConfigError {
    name: &'static str,
    message: String,
}

impl Config {
    /// Reads the configuration; `site_addr` is the address the server listens on, which gives
    /// the default public address.
    pub fn from_env(site_addr: &str) -> Result<Self, ConfigError> {
        Self::from_lookup(site_addr, |name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, so tests need not touch the environment.
    pub fn from_lookup(
        site_addr: &str,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let get = |name: &str, default: &str| {
            lookup(name).filter(|v| !v.trim().is_empty()).unwrap_or_else(|| default.to_string())
        };
        let base_url = get("DIGIFARM_BASE_URL", &format!("http://{site_addr}"));
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError {
                name: "DIGIFARM_BASE_URL",
                message: "muss mit http:// oder https:// beginnen".into(),
            });
        }
        let log_format = match get("DIGIFARM_LOG_FORMAT", "text").as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => {
                return Err(ConfigError {
                    name: "DIGIFARM_LOG_FORMAT",
                    message: format!("„{other}“ ist weder text noch json"),
                });
            }
        };
        let mail_target = match lookup("DIGIFARM_SMTP_URL").filter(|v| !v.trim().is_empty()) {
            Some(url) => crate::mail::MailTarget::Smtp(url),
            None => crate::mail::MailTarget::Folder(get("DIGIFARM_MAIL_DIR", "data/mail").into()),
        };
        let rate_per_hour = get("DIGIFARM_RATE_LIMIT", "20").parse::<u32>().map_err(|_| {
            ConfigError { name: "DIGIFARM_RATE_LIMIT", message: "muss eine ganze Zahl sein".into() }
        })?;
        let trust_forwarded = match get("DIGIFARM_TRUST_FORWARDED", "false").as_str() {
            "true" | "1" | "ja" => true,
            "false" | "0" | "nein" => false,
            other => {
                return Err(ConfigError {
                    name: "DIGIFARM_TRUST_FORWARDED",
                    message: format!("„{other}“ ist weder true noch false"),
                });
            }
        };
        let mail_interval_secs =
            get("DIGIFARM_MAIL_INTERVAL", "10").parse::<u64>().ok().filter(|s| *s > 0).ok_or(
                ConfigError {
                    name: "DIGIFARM_MAIL_INTERVAL",
                    message: "muss eine ganze Zahl größer 0 sein".into(),
                },
            )?;
        Ok(Config {
            mail_interval_secs,
            rate_per_hour,
            trust_forwarded,
            mail_target,
            mail_from: get("DIGIFARM_MAIL_FROM", "DIGIFARM <noreply@localhost>"),
            database_url: get("DATABASE_URL", "sqlite://digifarm.db?mode=rwc"),
            base_url: base_url.trim_end_matches('/').to_string(),
            instance_path: get("DIGIFARM_INSTANCE", "instance/muenster.toml").into(),
            seed_path: get("DIGIFARM_SEED", "seed/muenster.toml").into(),
            log_format,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_serve_sqlite_on_the_site_address() {
        let config = Config::from_lookup("127.0.0.1:3000", |_| None).unwrap();
        assert_eq!(config.database_url, "sqlite://digifarm.db?mode=rwc");
        assert_eq!(config.base_url, "http://127.0.0.1:3000");
        assert_eq!(config.log_format, LogFormat::Text);
        assert_eq!(config.mail_target, crate::mail::MailTarget::Folder("data/mail".into()));
    }

    #[test]
    fn values_from_the_environment_win_and_lose_a_trailing_slash() {
        let config = Config::from_lookup("0.0.0.0:3000", |name| match name {
            "DIGIFARM_BASE_URL" => Some("https://digifarm.muenster.de/".into()),
            "DIGIFARM_LOG_FORMAT" => Some("json".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(config.base_url, "https://digifarm.muenster.de");
        assert_eq!(config.log_format, LogFormat::Json);
    }

    #[test]
    fn a_wrong_log_format_is_refused_in_german() {
        let err = Config::from_lookup("x", |n| (n == "DIGIFARM_LOG_FORMAT").then(|| "xml".into()))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Umgebungsvariable DIGIFARM_LOG_FORMAT: „xml“ ist weder text noch json"
        );
    }
}
