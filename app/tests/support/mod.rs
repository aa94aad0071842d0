//! Running the server-side functions as a browser would call them: with a request carrying a
//! session cookie, and reading the cookie and redirect the response would carry.
#![allow(dead_code)]

use std::future::Future;
use std::sync::Arc;

use app::server::{AppState, accounts, proposals};
use db::entity::outbox;
use domain::instance::Instance;
use domain::proposal::{CRITERIA, NeedInput, ProposalForm};
use domain::{Role, SubmissionState};
use leptos::prelude::provide_context;
use leptos::reactive::computed::ScopedFuture;
use leptos::reactive::owner::Owner;
use leptos_axum::{ResponseOptions, ResponseParts};
use sea_orm::{EntityTrait, QueryOrder};

/// A state over `db` with the Münster instance.
pub fn state(db: db::DatabaseConnection) -> AppState {
    let instance = Instance::parse(include_str!("../../../instance/muenster.toml")).unwrap();
    AppState { db, instance: Arc::new(instance), base_url: "http://test".into() }
}

/// A browser: the session cookie it holds.
#[derive(Clone, Debug, Default)]
pub struct Browser {
    /// The value of `digifarm_sitzung`, if set.
    pub session: Option<String>,
}

/// What a call answered: its result, where the browser is sent, and the response headers.
pub struct Answer<T> {
    /// The function's result.
    pub result: T,
    /// The `Location` the form post redirects to.
    pub location: Option<String>,
    /// The response's headers and status.
    pub parts: ResponseParts,
}

impl Browser {
    /// Runs `f` as a request from this browser and takes any new session cookie.
    pub async fn call<T, F: Future<Output = T>>(
        &mut self,
        state: &AppState,
        f: impl FnOnce() -> F,
    ) -> Answer<T> {
        let mut request = http::Request::builder().uri("/api/x").header("accept", "text/html");
        if let Some(session) = &self.session {
            request = request.header("cookie", format!("digifarm_sitzung={session}"));
        }
        let (parts, ()) = request.body(()).unwrap().into_parts();
        let response = ResponseOptions::default();
        let owner = Owner::new();
        let result = owner
            .with(|| {
                provide_context(parts);
                provide_context(response.clone());
                provide_context(state.clone());
                ScopedFuture::new(f())
            })
            .await;
        let parts = response.0.read().unwrap().clone();
        for cookie in parts.headers.get_all("set-cookie") {
            let text = cookie.to_str().unwrap();
            let value = text.split(';').next().unwrap().trim_start_matches("digifarm_sitzung=");
            self.session = (!value.is_empty()).then(|| value.to_string());
        }
        let location = parts.headers.get("location").map(|v| v.to_str().unwrap().to_string());
        Answer { result, location, parts }
    }
}

/// Every mail queued so far, oldest first.
pub async fn mails(state: &AppState) -> Vec<outbox::Model> {
    outbox::Entity::find().order_by_asc(outbox::Column::Id).all(&state.db).await.unwrap()
}

/// The 64-hex-digit key after `schluessel=` in a mail.
pub fn link_key(body: &str) -> String {
    let start = body.find("schluessel=").expect("mail has a link") + "schluessel=".len();
    body[start..start + 64].to_string()
}

/// A form token as the form page makes it, shown `seconds` ago.
pub fn form_token(seconds: i64) -> String {
    let shown = chrono::Utc::now().timestamp() - seconds;
    format!("{shown}.{}", domain::secret::new_token())
}

/// The B05 example project, as a visitor types it.
pub fn form() -> ProposalForm {
    ProposalForm {
        name: "Mängelmelder Musterstadt".into(),
        teaser: "Schäden im Stadtbild melden.".into(),
        description: "Bürger:innen melden <b>Schlaglöcher</b>.".into(),
        category: "buergerservice".into(),
        kind: "app".into(),
        status: "live".into(),
        origin: "Münster".into(),
        licence: "EUPL-1.2".into(),
        repository_url: "https://codeberg.org/musterstadt/maengelmelder".into(),
        need_technik: NeedInput {
            choice: "offen".into(),
            title: "Server-Betrieb".into(),
            text: "Updates einspielen.".into(),
        },
        contact_name: "Erika Beispiel".into(),
        contact_email: "erika.beispiel@example.org".into(),
        privacy_consent: true,
        criteria: CRITERIA.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    }
}

/// Makes an account with `roles` and returns its browser, logged in.
pub async fn person(state: &AppState, email: &str, roles: &[Role]) -> Browser {
    let hash = domain::secret::hash_password("Baumkrone-im-Herbst").unwrap();
    let now = Some(chrono::Utc::now());
    let account = db::accounts::create(&state.db, "Mod", email, Some(hash), now).await.unwrap();
    for role in roles {
        db::accounts::grant(&state.db, account.id, *role).await.unwrap();
    }
    let mut browser = Browser::default();
    let login =
        browser.call(state, || accounts::login(state, email, "Baumkrone-im-Herbst", "")).await;
    assert_eq!(login.result.unwrap(), "/konto");
    browser
}

/// A visitor submits and confirms by mail; returns the submission's id and their browser.
pub async fn submitted(state: &AppState) -> (i32, Browser) {
    let mut visitor = Browser::default();
    let token = form_token(10);
    let sent = visitor
        .call(state, || proposals::submit(state, sent(form(), &token, "", None), None))
        .await;
    assert_eq!(sent.result.unwrap(), "/hinweis/bestaetigen");
    let row = db::submissions::by_form_token(&state.db, &token).await.unwrap().unwrap();
    assert_eq!(row.state, SubmissionState::EmailUnconfirmed.key());
    let key = link_key(&mails(state).await.last().unwrap().body);
    let confirmed = visitor.call(state, || proposals::confirm(state, &key)).await;
    assert_eq!(confirmed.result.unwrap(), "/konto?hinweis=eingereicht");
    (row.id, visitor)
}

/// What the form sends, without a file.
pub fn sent(
    form: ProposalForm,
    token: &str,
    honeypot: &str,
    revise: Option<i32>,
) -> proposals::Sent {
    proposals::Sent { form, form_token: token.into(), honeypot: honeypot.into(), revise }
}
