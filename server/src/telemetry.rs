//! Logging: one line per request (method, path, status, duration), never a query string,
//! cookie or address, so no personal data reaches the log.

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response};
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::trace::{DefaultOnBodyChunk, DefaultOnEos, TraceLayer};
use tracing::Span;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Installs the global subscriber; `RUST_LOG` overrides the default level `info`.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// The request-log layer.
pub fn request_log() -> TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    impl Fn(&Request<Body>) -> Span + Clone,
    (),
    impl Fn(&Response<Body>, Duration, &Span) + Clone,
    DefaultOnBodyChunk,
    DefaultOnEos,
    (),
> {
    TraceLayer::new_for_http()
        .make_span_with(|req: &Request<Body>| {
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        })
        .on_request(())
        // Errors are logged once, where they are handled; the request line has the status.
        .on_failure(())
        .on_response(|res: &Response<Body>, latency: Duration, _span: &Span| {
            tracing::info!(
                status = res.status().as_u16(),
                duration_ms = latency.as_secs_f64() * 1000.0,
                "Request answered."
            );
        })
}
