//! Rate limits for log-in, registration, password mails, the application form and offers of
//! help, per client address, counted in the database so every app server shares the count.
//!
//! Fixed one-hour windows keep the count to one row per client and action. The address is
//! stored only as a hash: the table holds no personal data.

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, DurationRound, TimeDelta, Utc};

/// The paths that are limited, with the name of their bucket.
const LIMITED: &[(&str, &str)] = &[
    ("/api/anmelden", "anmelden"),
    ("/api/registrieren", "registrieren"),
    ("/api/passwort-vergessen", "passwort"),
    ("/api/einreichen", "einreichen"),
    ("/api/helfen", "helfen"),
];

/// What the limiter needs: the database, the limit and whether a proxy names the client.
#[derive(Clone, Debug)]
pub struct Limiter {
    /// Where the counts live.
    pub db: db::DatabaseConnection,
    /// Requests per client, action and hour.
    pub per_hour: u32,
    /// Whether to read the client address from `X-Forwarded-For` (behind a reverse proxy).
    pub trust_forwarded: bool,
}

/// Refuses a limited POST with 429, `Retry-After` and a German page once the client has used
/// up its hour. A database error lets the request through: a broken counter must not lock
/// everyone out; it is logged.
pub async fn limit(State(limiter): State<Limiter>, request: Request, next: Next) -> Response {
    let Some(bucket) = bucket_of(request.method(), request.uri().path()) else {
        return next.run(request).await;
    };
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let client = client_address(request.headers(), peer, limiter.trust_forwarded);
    let now = Utc::now();
    let window = window_start(now);
    let key = format!("{bucket}:{}", client_hash(&client));
    match db::rate_limit::hit(&limiter.db, &key, window).await {
        Ok(hits) if hits > i32::try_from(limiter.per_hour).unwrap_or(i32::MAX) => {
            let retry = (window + TimeDelta::hours(1) - now).num_seconds().max(1);
            tracing::warn!(bucket, "A client reached its rate limit.");
            too_many(retry)
        }
        Ok(_) => next.run(request).await,
        Err(err) => {
            tracing::error!(
                error = %err,
                bucket,
                "The rate-limit count failed; letting the request through."
            );
            next.run(request).await
        }
    }
}

/// The bucket of a limited request.
fn bucket_of(method: &Method, path: &str) -> Option<&'static str> {
    if method != Method::POST {
        return None;
    }
    LIMITED.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}

/// The client's address: the connection's peer, or behind a trusted reverse proxy the last
/// address the proxy appended to `X-Forwarded-For` (earlier entries are the client's own
/// claims and can be forged).
pub fn client_address(headers: &HeaderMap, peer: Option<IpAddr>, trust_forwarded: bool) -> String {
    if trust_forwarded {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .last();
        if let Some(address) = forwarded {
            return address.to_string();
        }
    }
    peer.map_or_else(|| "unbekannt".into(), |p| p.to_string())
}

/// The start of the hour `now` falls in.
fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now)
}

/// A short hash of the address, so the table holds no address.
fn client_hash(address: &str) -> String {
    domain::secret::token_hash(address).chars().take(24).collect()
}

/// The 429 answer: `Retry-After` and a small page with a way back, from the translations.
fn too_many(retry_seconds: i64) -> Response {
    let minutes = (retry_seconds + 59) / 60;
    let body = app::server::site::too_many_page(minutes);
    let mut response = (StatusCode::TOO_MANY_REQUESTS, Body::from(body)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&retry_seconds.to_string()) {
        headers.insert(header::RETRY_AFTER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_posts_to_the_named_forms_are_limited() {
        assert_eq!(bucket_of(&Method::POST, "/api/anmelden"), Some("anmelden"));
        assert_eq!(bucket_of(&Method::GET, "/api/anmelden"), None);
        assert_eq!(bucket_of(&Method::POST, "/api/projects"), None);
    }

    #[test]
    fn the_proxy_header_counts_only_when_trusted_and_only_its_last_entry() {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_static("1.1.1.1, 203.0.113.7"));
        let peer = Some("10.0.0.2".parse().unwrap());
        assert_eq!(client_address(&headers, peer, true), "203.0.113.7");
        assert_eq!(client_address(&headers, peer, false), "10.0.0.2");
    }

    #[test]
    fn the_refusal_says_when_to_come_back() {
        let response = too_many(600);
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[header::RETRY_AFTER], "600");
    }
}
