//! The plain HTTP routes beside the app: health, sitemap, robots, manifest, service worker.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use app::server::AppState;

/// `/healthz`: 200 while the database answers, 503 otherwise.
pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(err) => {
            tracing::error!(error = %err, "Health check: the database does not answer.");
            (StatusCode::SERVICE_UNAVAILABLE, "Datenbank nicht erreichbar").into_response()
        }
    }
}

/// `/robots.txt`: everything may be indexed; the sitemap says what exists.
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!("User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n", state.base_url);
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// `/sitemap.xml`: the fixed pages and every published project with its last update.
pub async fn sitemap(State(state): State<AppState>) -> Response {
    let projects = match db::project::published_slugs(&state.db).await {
        Ok(list) => list,
        Err(err) => {
            tracing::error!(error = %err, "Sitemap: projects could not be read.");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let base = xml_escape(&state.base_url);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in ["/", "/projekte", "/ueber", "/impressum", "/datenschutz", "/barrierefreiheit"] {
        xml.push_str(&format!("  <url><loc>{base}{page}</loc></url>\n"));
    }
    for (slug, updated) in projects {
        let day = domain::time::iso_day_berlin(updated);
        let slug = xml_escape(&slug);
        xml.push_str(&format!(
            "  <url><loc>{base}/projekte/{slug}</loc><lastmod>{day}</lastmod></url>\n"
        ));
    }
    xml.push_str("</urlset>\n");
    ([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], xml).into_response()
}

/// `/manifest.webmanifest`: makes the site installable, named after the instance.
pub async fn manifest(State(state): State<AppState>) -> Response {
    let i = &state.instance;
    let body = serde_json::json!({
        "name": i.name,
        "short_name": i.short_name,
        "description": i.description,
        "lang": "de",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": i.theme_color,
        "background_color": i.background_color,
        "icons": [
            { "src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png" },
            { "src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png" },
            {
                "src": "/icons/icon-maskable-512.png",
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable"
            }
        ]
    });
    ([(header::CONTENT_TYPE, "application/manifest+json")], body.to_string()).into_response()
}

/// `/sw.js`: the service worker, never cached by the browser, so a new release reaches
/// installed clients at their next visit.
pub async fn service_worker(State(options): State<leptos::config::LeptosOptions>) -> Response {
    let path = std::path::Path::new(options.site_root.as_ref()).join("sw.js");
    match tokio::fs::read(&path).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            body,
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "The service worker file is missing from the site.");
            StatusCode::NOT_FOUND.into_response()
        }
    }
}

/// Makes browsers revalidate the app's script, WASM and CSS on each load (B21): their names do
/// not change between releases, so a cached copy could meet the HTML of a newer release and
/// break hydration. Revalidation costs a 304 when nothing changed.
pub async fn revalidate_assets(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let is_asset = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    if is_asset && !response.headers().contains_key(header::CACHE_CONTROL) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-cache"));
    }
    response
}

/// Sends `GET /projekte/` and the like to the address without the slash, so every page has
/// one address.
pub async fn drop_trailing_slash(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path();
    if request.method() == axum::http::Method::GET && path.len() > 1 && path.ends_with('/') {
        let mut target = without_trailing_slash(path);
        if let Some(query) = request.uri().query() {
            target = format!("{target}?{query}");
        }
        return axum::response::Redirect::permanent(&target).into_response();
    }
    next.run(request).await
}

/// Sends a catalogue address with empty parameters (`q=&bedarf=technik`, as a plain form
/// without JavaScript sends it) to the same list without them, so each list has one address.
pub async fn tidy_catalogue_query(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let is_catalogue =
        request.method() == axum::http::Method::GET && request.uri().path() == "/projekte";
    if let (true, Some(query)) = (is_catalogue, request.uri().query()) {
        if let Some(tidy) = tidy_query(query) {
            let target =
                if tidy.is_empty() { "/projekte".into() } else { format!("/projekte?{tidy}") };
            return axum::response::Redirect::to(&target).into_response();
        }
    }
    next.run(request).await
}

/// The query without pairs whose key or value is empty; `None` when there were none.
fn tidy_query(query: &str) -> Option<String> {
    let pairs: Vec<&str> = query.split('&').collect();
    let kept: Vec<&str> = pairs
        .iter()
        .copied()
        .filter(|pair| pair.split_once('=').is_some_and(|(k, v)| !k.is_empty() && !v.is_empty()))
        .collect();
    (kept.len() != pairs.len()).then(|| kept.join("&"))
}

/// The path without trailing slashes and with a single leading one: `//evil.example/` must
/// become `/evil.example`, never the protocol-relative `//evil.example` (an open redirect).
fn without_trailing_slash(path: &str) -> String {
    format!("/{}", path.trim_matches(|c| c == '/' || c == '\\'))
}

/// Escapes the five XML special characters.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Refuses a post to the application or edit form that is no multipart form with 415 and a German
/// message, before the multipart reader (which expects a boundary) sees it.
pub async fn require_multipart(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let multipart_paths = ["/api/einreichen", "/api/projekt-bearbeiten"];
    let is_form_post = request.method() == axum::http::Method::POST
        && multipart_paths.contains(&request.uri().path());
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data") && v.contains("boundary="));
    if !is_form_post || multipart {
        return next.run(request).await;
    }
    (
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        app::server::site::needs_multipart(),
    )
        .into_response()
}

/// Largest request body, in bytes: the application form with a screenshot over its 5 MB limit
/// still arrives whole, so the form can say what is wrong and keep everything else typed.
pub const BODY_MAX: u64 = 20 * 1024 * 1024;

/// Refuses a body announced larger than [`BODY_MAX`] with 413 and a German message, before
/// reading it (B14). A body without a length is cut off at the same size by the body limit.
pub async fn refuse_huge_bodies(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_none_or(|length| length <= BODY_MAX) {
        return next.run(request).await;
    }
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        app::server::site::body_too_big(domain::screenshot::MAX_BYTES / (1024 * 1024)),
    )
        .into_response()
}

/// Gives the router's own empty refusals a German sentence: 405 for a method a route does not
/// take, 404 for a missing image or file. Pages answer 404 with their own HTML and keep it.
pub async fn explain_empty_refusals(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let said = response.headers().contains_key(header::CONTENT_TYPE);
    let message = match status {
        _ if said => return response,
        StatusCode::METHOD_NOT_ALLOWED => app::server::site::method_not_allowed(),
        StatusCode::NOT_FOUND => app::server::site::not_found(),
        _ => return response,
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    Response::from_parts(parts, axum::body::Body::from(message))
}

/// `/offline.html`: what the service worker shows for a page it cannot fetch or find cached.
pub async fn offline() -> Response {
    let page = app::server::site::offline_page();
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

/// An uploaded image from the database: `/bilder/{key}.jpg`, cached for good (a new upload
/// gets a new key).
pub async fn image(
    State(state): State<AppState>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    let key = file.strip_suffix(".jpg").unwrap_or_default();
    if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match db::images::load(&state.db, key).await {
        Ok(Some(bytes)) => (
            [
                (header::CONTENT_TYPE, "image/jpeg"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "An image could not be read.");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_catalogue_parameters_are_dropped() {
        assert_eq!(tidy_query("q=&bedarf=technik").as_deref(), Some("bedarf=technik"));
        assert_eq!(tidy_query("q=&=").as_deref(), Some(""));
        assert_eq!(tidy_query("q=B%C3%A4ume&bedarf=technik"), None);
    }

    #[test]
    fn trailing_slashes_never_lead_off_site() {
        assert_eq!(without_trailing_slash("/projekte/"), "/projekte");
        assert_eq!(without_trailing_slash("//evil.example/"), "/evil.example");
        assert_eq!(without_trailing_slash("/\\evil.example/"), "/evil.example");
        assert_eq!(without_trailing_slash("///"), "/");
    }

    #[test]
    fn xml_special_characters_are_escaped() {
        assert_eq!(xml_escape("a&b<c>\"'"), "a&amp;b&lt;c&gt;&quot;&apos;");
    }
}
