//! Cross-site request protection for every state-changing request (B28).
//!
//! Browsers say where a request comes from: `Sec-Fetch-Site` in current ones, `Origin` on every
//! cross-origin POST in all of them. A request that changes state is refused when either names
//! another site. Requests with neither header do not come from a browser page (curl, scripts)
//! and cannot carry a victim's cookies, so they pass. This also covers plain HTML forms without
//! JavaScript, with no token to forget.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The public origin (`scheme://host[:port]`) that state-changing requests must come from.
#[derive(Clone, Debug)]
pub struct TrustedOrigin(pub String);

impl TrustedOrigin {
    /// The origin part of the public base URL.
    pub fn of_base_url(base_url: &str) -> Self {
        let (scheme, rest) = base_url.split_once("://").unwrap_or(("http", base_url));
        let host = rest.split('/').next().unwrap_or_default();
        TrustedOrigin(format!("{scheme}://{host}").to_ascii_lowercase())
    }
}

/// Refuses state-changing requests from other sites with 403 and a German message.
pub async fn same_site_only(
    State(trusted): State<TrustedOrigin>,
    request: Request,
    next: Next,
) -> Response {
    if is_safe(request.method()) || comes_from_here(request.headers(), &trusted) {
        return next.run(request).await;
    }
    let path = crate::telemetry::loggable_path(&request);
    tracing::warn!(%path, "Refused a cross-site request.");
    let message = app::server::site::cross_site_refused();
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        Body::from(message),
    )
        .into_response()
}

/// Methods that never change state.
fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether the headers show the request comes from this site (or from no browser page).
pub fn comes_from_here(headers: &HeaderMap, trusted: &TrustedOrigin) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin";
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let origin = origin.to_ascii_lowercase();
            origin == trusted.0 || host_of(&origin) == host_header(headers)
        }
    }
}

/// `host[:port]` of an origin.
fn host_of(origin: &str) -> Option<String> {
    origin.split_once("://").map(|(_, host)| host.to_string())
}

/// The request's own `Host`, which the browser sets to the address it is talking to.
fn host_header(headers: &HeaderMap) -> Option<String> {
    headers.get(header::HOST).and_then(|v| v.to_str().ok()).map(str::to_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    fn trusted() -> TrustedOrigin {
        TrustedOrigin::of_base_url("https://digifarm.muenster.de/")
    }

    #[test]
    fn the_origin_of_the_base_url_is_scheme_and_host() {
        assert_eq!(trusted().0, "https://digifarm.muenster.de");
        assert_eq!(TrustedOrigin::of_base_url("http://127.0.0.1:3000").0, "http://127.0.0.1:3000");
    }

    #[test]
    fn b28_cross_site_fetch_metadata_is_refused() {
        for site in ["cross-site", "same-site", "none"] {
            assert!(!comes_from_here(&headers(&[("sec-fetch-site", site)]), &trusted()), "{site}");
        }
        assert!(comes_from_here(&headers(&[("sec-fetch-site", "same-origin")]), &trusted()));
    }

    #[test]
    fn b28_a_foreign_origin_is_refused_and_ours_accepted() {
        let evil = headers(&[("origin", "https://evil.example"), ("host", "digifarm.muenster.de")]);
        assert!(!comes_from_here(&evil, &trusted()));
        let ours = headers(&[("origin", "https://digifarm.muenster.de")]);
        assert!(comes_from_here(&ours, &trusted()));
        let behind_proxy =
            headers(&[("origin", "http://10.0.0.5:3000"), ("host", "10.0.0.5:3000")]);
        assert!(comes_from_here(&behind_proxy, &trusted()));
    }

    #[test]
    fn requests_without_browser_headers_pass() {
        assert!(comes_from_here(&HeaderMap::new(), &trusted()));
    }
}
