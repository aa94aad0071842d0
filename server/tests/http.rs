//! The router as a browser meets it: rate limits shared through the database, the German
//! answers for oversized and non-multipart posts.

use std::sync::Arc;

use app::server::AppState;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use db::both_engines;
use domain::instance::Instance;
use leptos::config::LeptosOptions;
use server::{ServerState, router};
use tower::ServiceExt;

/// A server over `db` allowing `per_hour` limited posts per client.
fn app(db: db::DatabaseConnection, per_hour: u32) -> axum::Router {
    let instance = Instance::parse(include_str!("../../instance/muenster.toml")).unwrap();
    let leptos = LeptosOptions::builder().output_name("digifarm").build();
    let app = AppState { db, instance: Arc::new(instance), base_url: "http://test".into() };
    router(ServerState { leptos, app, rate_per_hour: per_hour, trust_forwarded: true })
}

/// A log-in post from `client` (named by the proxy header the test trusts).
fn login(client: &str) -> Request<Body> {
    Request::post("/api/anmelden")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("x-forwarded-for", client)
        .body(Body::from("email=a%40example.org&password=x&weiter="))
        .unwrap()
}

both_engines!(log_in_is_limited_per_client_with_retry_after, |db| async move {
    // Two routers on one database: like two app servers behind one proxy.
    let (one, two) = (app(db.clone(), 3), app(db, 3));
    for server in [&one, &two, &one] {
        let response = server.clone().oneshot(login("203.0.113.7")).await.unwrap();
        assert_ne!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    }
    let refused = two.clone().oneshot(login("203.0.113.7")).await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS, "both servers counted");
    let retry: i64 = refused.headers()[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&retry), "{retry}");
    let other = one.oneshot(login("198.51.100.1")).await.unwrap();
    assert_ne!(other.status(), StatusCode::TOO_MANY_REQUESTS, "another client is not affected");
});

both_engines!(b14_oversized_and_malformed_posts_get_german_answers, |db| async move {
    let server = app(db, 100);
    let huge = Request::post("/api/einreichen")
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
        .header(header::CONTENT_LENGTH, (30 * 1024 * 1024).to_string())
        .body(Body::empty())
        .unwrap();
    let response = server.clone().oneshot(huge).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let plain = Request::post("/api/einreichen")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("name=x"))
        .unwrap();
    let response = server.oneshot(plain).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "no panic on a missing boundary"
    );
});
