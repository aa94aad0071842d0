//! Logging: one line per request (method, path, status, duration), never a query string,
//! cookie or address, so no personal data reaches the log. Paths are logged as their route
//! (`/projekte/{slug}`) where one matched, so nothing a visitor typed into a URL is written.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response};
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::trace::{DefaultOnBodyChunk, DefaultOnEos, TraceLayer};
use tracing::Span;
use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

/// Numbers the requests of this process, so the lines of one request can be found together.
static NEXT_REQUEST: AtomicU64 = AtomicU64::new(1);

/// Installs the global subscriber; `RUST_LOG` overrides the default level `info`.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let colours = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let builder =
        tracing_subscriber::fmt().with_env_filter(filter).with_target(false).with_ansi(colours);
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
            let id = NEXT_REQUEST.fetch_add(1, Ordering::Relaxed);
            tracing::info_span!(
                "request",
                id,
                method = %req.method(),
                path = %loggable_path(req)
            )
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

/// The route pattern of a request; for anything else a known folder or a fixed label, never
/// what the visitor typed.
pub fn loggable_path<B>(req: &Request<B>) -> String {
    if let Some(matched) = req.extensions().get::<axum::extract::MatchedPath>() {
        return matched.as_str().to_string();
    }
    let path = req.uri().path();
    for folder in ["/pkg/", "/icons/", "/api/"] {
        if path.starts_with(folder) {
            return format!("{folder}…");
        }
    }
    "(andere Adresse)".to_string()
}
