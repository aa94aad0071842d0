//! Editing a published project on both engines: re-review of substantive changes (B24), no
//! silent overwrite (B16), who may edit, withdrawing, and every version kept.
#![cfg(feature = "ssr")]

mod support;

use app::error::AppError;
use app::server::{AppState, catalogue, editing, review};
use app::wire::CatalogueQuery;
use db::both_engines;
use domain::Role;
use support::{Browser, person, state, submitted};

const SLUG: &str = "maengelmelder-musterstadt";

/// Publishes the example project; returns its initiator's and a moderator's browsers.
async fn published(state: &AppState) -> (Browser, Browser) {
    let mut moderator = person(state, "mod@example.org", &[Role::Moderator]).await;
    let (id, initiator) = submitted(state).await;
    let accepted = moderator.call(state, || review::decide(state, id, "annehmen", "")).await;
    accepted.result.unwrap();
    (initiator, moderator)
}

/// The public page's teaser and status.
async fn public(state: &AppState) -> (String, domain::ProjectStatus) {
    let detail = app::server::project::load(state, SLUG).await.unwrap();
    (detail.teaser, detail.status)
}

both_engines!(b24_substantive_changes_wait_for_review_and_the_rest_applies, |db| async move {
    let state = state(db);
    let (mut initiator, mut moderator) = published(&state).await;
    let page = initiator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap();
    let mut form = page.form.form.clone();
    form.teaser = "Neuer Text, den noch niemand geprüft hat.".into();
    form.status = "pausiert".into();
    let saved =
        initiator.call(&state, || editing::save(&state, SLUG, form, &page.seen, None)).await;
    assert_eq!(saved.result.unwrap(), format!("/projekte/{SLUG}?hinweis=zur-pruefung"));
    let (teaser, status) = public(&state).await;
    assert_eq!(teaser, "Schäden im Stadtbild melden.", "the approved text stays public");
    assert_eq!(status, domain::ProjectStatus::Paused, "the status changed at once");
    let queue = moderator.call(&state, || review::queue(&state, "")).await.result.unwrap();
    let change = queue.items.iter().find(|i| i.name.starts_with("Änderung:")).expect("queued");
    let shown =
        moderator.call(&state, || review::review(&state, change.id, "")).await.result.unwrap();
    let diff = shown.changes.expect("a change shows its diff");
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert_eq!(diff[0].new, "Neuer Text, den noch niemand geprüft hat.");
    let id = change.id;
    moderator.call(&state, || review::decide(&state, id, "annehmen", "")).await.result.unwrap();
    let (teaser, status) = public(&state).await;
    assert_eq!(teaser, "Neuer Text, den noch niemand geprüft hat.");
    assert_eq!(status, domain::ProjectStatus::Paused, "accepting does not undo the status");
    let versions =
        moderator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap().versions;
    let notes: Vec<&str> = versions.iter().map(|v| v.note.as_str()).collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert_eq!(notes[0], "Änderung angenommen");
    assert_eq!(notes[2], "Veröffentlicht");
});

both_engines!(b24_a_licence_that_is_no_longer_open_source_is_refused, |db| async move {
    let state = state(db);
    let (mut initiator, _) = published(&state).await;
    let page = initiator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap();
    let mut form = page.form.form.clone();
    form.licence = "Proprietär".into();
    form.repository_url = "https://example.org/".into();
    let saved =
        initiator.call(&state, || editing::save(&state, SLUG, form, &page.seen, None)).await;
    let location = saved.result.unwrap();
    let draft = location.split("entwurf=").nth(1).expect("sent back").to_string();
    let again =
        initiator.call(&state, || editing::page(&state, SLUG, &draft)).await.result.unwrap();
    let fields: Vec<&str> = again.form.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["licence", "repository_url"]);
    assert_eq!(again.form.form.licence, "Proprietär", "kept as typed");
    let detail = app::server::project::load(&state, SLUG).await.unwrap();
    assert_eq!(detail.licence.as_deref(), Some("EUPL-1.2"));
});

both_engines!(b16_a_save_over_a_newer_version_is_refused_not_lost, |db| async move {
    let state = state(db);
    let (mut initiator, mut moderator) = published(&state).await;
    let a = moderator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap();
    let b = initiator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap();
    let mut first = a.form.form.clone();
    first.yearly_costs = "2000".into();
    moderator
        .call(&state, || editing::save(&state, SLUG, first, &a.seen, None))
        .await
        .result
        .unwrap();
    let mut second = b.form.form.clone();
    second.project_url = "https://maengel.example.org".into();
    let saved = initiator.call(&state, || editing::save(&state, SLUG, second, &b.seen, None)).await;
    let location = saved.result.unwrap();
    assert!(location.contains("entwurf="), "{location}");
    let detail = app::server::project::load(&state, SLUG).await.unwrap();
    assert_eq!(detail.yearly_costs.as_deref(), Some("2.000 €"), "the first save stays");
    assert_eq!(detail.project_url, None, "the stale save wrote nothing");
    let draft = location.split("entwurf=").nth(1).unwrap().to_string();
    let again =
        initiator.call(&state, || editing::page(&state, SLUG, &draft)).await.result.unwrap();
    assert!(again.form.errors[0].message.contains("zwischenzeitlich geändert"));
    assert_eq!(again.form.form.project_url, "https://maengel.example.org", "input kept");
});

both_engines!(only_initiators_and_moderators_edit_and_only_moderators_withdraw, |db| async move {
    let state = state(db);
    let (mut initiator, mut moderator) = published(&state).await;
    let mut anonymous = Browser::default();
    let mut stranger = person(&state, "fremd@example.org", &[Role::Initiator, Role::Partner]).await;
    let page = |b: &mut Browser| {
        let state = state.clone();
        let mut b = b.clone();
        async move { b.call(&state, || editing::page(&state, SLUG, "")).await.result.err() }
    };
    assert_eq!(page(&mut anonymous).await, Some(AppError::Unauthorized));
    assert_eq!(page(&mut stranger).await, Some(AppError::Forbidden));
    assert_eq!(page(&mut initiator).await, None);
    let seen =
        moderator.call(&state, || editing::page(&state, SLUG, "")).await.result.unwrap().seen;
    let form = support::form();
    let forged = stranger.call(&state, || editing::save(&state, SLUG, form, &seen, None)).await;
    assert_eq!(forged.result.err(), Some(AppError::Forbidden));
    let withdraw = initiator.call(&state, || editing::set_published(&state, SLUG, false)).await;
    assert_eq!(withdraw.result.err(), Some(AppError::Forbidden));
    moderator.call(&state, || editing::set_published(&state, SLUG, false)).await.result.unwrap();
    let q = CatalogueQuery { q: "Mängelmelder".into(), ..Default::default() };
    assert_eq!(catalogue::load(&state, &q).await.unwrap().total, 0, "withdrawn");
    assert_eq!(app::server::project::load(&state, SLUG).await.err(), Some(AppError::NotFound));
});

both_engines!(a_deleted_initiators_project_stays_with_the_steering_group, |db| async move {
    let state = state(db);
    let (mut initiator, mut moderator) = published(&state).await;
    let me =
        initiator.call(&state, || app::server::accounts::my_account(&state)).await.result.unwrap();
    let confirmation = me.email.clone();
    let done =
        initiator.call(&state, || app::server::self_service::delete(&state, &confirmation)).await;
    assert_eq!(done.result.unwrap(), "/hinweis/geloescht");
    assert!(app::server::project::load(&state, SLUG).await.is_ok(), "the project stays public");
    let page = moderator.call(&state, || editing::page(&state, SLUG, "")).await.result;
    assert!(page.is_ok(), "the steering group still edits it");
    let queue =
        moderator.call(&state, || review::queue(&state, "angenommen")).await.result.unwrap();
    assert_eq!(queue.items[0].proposer, "Gelöschtes Konto", "no name or address is left");
});
