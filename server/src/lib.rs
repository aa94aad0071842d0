//! The DIGIFARM server: configuration, start-up, the HTTP router.

pub mod admin;
pub mod config;
pub mod guard;
pub mod limits;
pub mod mail;
pub mod routes;
pub mod startup;
pub mod telemetry;

use axum::Router;
use axum::extract::FromRef;
use axum::http::{HeaderValue, header};
use axum::routing::get;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use app::server::AppState;
use app::{App, shell};

/// The router's state: Leptos' options beside the app's own.
#[derive(Clone, Debug)]
pub struct ServerState {
    /// Where the site's files are and how it is served.
    pub leptos: LeptosOptions,
    /// Database and instance.
    pub app: AppState,
    /// Requests per client, action and hour for the rate-limited forms.
    pub rate_per_hour: u32,
    /// Whether a reverse proxy's `X-Forwarded-For` names the client.
    pub trust_forwarded: bool,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

impl FromRef<ServerState> for AppState {
    fn from_ref(state: &ServerState) -> Self {
        state.app.clone()
    }
}

/// Every route: the pages, the server functions, the plain routes and the static files.
pub fn router(state: ServerState) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let app_state = state.app.clone();
        move || provide_context(app_state.clone())
    };
    let page_shell = {
        let options = state.leptos.clone();
        move || shell(options.clone())
    };
    let limiter = limits::Limiter {
        db: state.app.db.clone(),
        per_hour: state.rate_per_hour,
        trust_forwarded: state.trust_forwarded,
    };
    Router::new()
        .route("/healthz", get(routes::healthz))
        .route("/robots.txt", get(routes::robots))
        .route("/sitemap.xml", get(routes::sitemap))
        .route("/manifest.webmanifest", get(routes::manifest))
        .route("/sw.js", get(routes::service_worker))
        .route("/offline.html", get(routes::offline))
        .route("/bilder/{file}", get(routes::image))
        .leptos_routes_with_context(&state, routes, context.clone(), page_shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<ServerState, _>(
            context, shell,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        // No framing, no plug-ins, forms and <base> only to this site. Scripts are not yet
        // restricted: the hydration script is inline and would need a nonce per response.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(axum::middleware::from_fn(routes::revalidate_assets))
        .layer(axum::middleware::from_fn(routes::require_multipart))
        .layer(axum::middleware::from_fn_with_state(limiter, limits::limit))
        .layer(RequestBodyLimitLayer::new(routes::BODY_MAX as usize))
        .layer(axum::middleware::from_fn(routes::refuse_huge_bodies))
        .layer(axum::middleware::from_fn(routes::explain_empty_refusals))
        .layer(axum::middleware::from_fn(routes::drop_trailing_slash))
        .layer(axum::middleware::from_fn(routes::tidy_catalogue_query))
        .layer(axum::middleware::from_fn_with_state(
            guard::TrustedOrigin::of_base_url(&state.app.base_url),
            guard::same_site_only,
        ))
        .layer(telemetry::request_log())
        .with_state(state)
}
