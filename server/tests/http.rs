//! The router as a browser meets it: rate limits shared through the database, the German
//! answers for oversized and non-multipart posts and the router's own refusals.

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
    let said = text(response).await;
    assert_eq!(said, "Die Anfrage ist zu groß. Ein Screenshot darf höchstens 5 MB haben.");
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
    assert!(text(response).await.contains("multipart/form-data"));
});

/// The body of a response as text.
async fn text(response: axum::response::Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1024 * 1024).await.unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

both_engines!(the_routers_own_refusals_are_explained_in_german, |db| async move {
    let server = app(db, 100);
    let put = Request::put("/healthz").body(Body::empty()).unwrap();
    let response = server.clone().oneshot(put).await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(text(response).await.starts_with("Diese Adresse nimmt solche Anfragen nicht an."));
    let image =
        Request::get(format!("/bilder/{}.jpg", "a".repeat(64))).body(Body::empty()).unwrap();
    let response = server.oneshot(image).await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(text(response).await, "Diese Seite gibt es nicht.");
});

both_engines!(the_offline_page_is_served_in_german, |db| async move {
    let request = Request::get("/offline.html").body(Body::empty()).unwrap();
    let response = app(db, 100).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/html; charset=utf-8");
    let page = text(response).await;
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(page.contains("<h1>Keine Verbindung</h1>"), "{page}");
});
