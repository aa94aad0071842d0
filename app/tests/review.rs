//! The application form and the steering group's review, on both engines: one submission per
//! form, confirmation by mail, the authorisation matrix, and the whole path to the catalogue.
#![cfg(feature = "ssr")]

mod support;

use app::error::AppError;
use app::server::{accounts, catalogue, proposals, review};
use app::wire::CatalogueQuery;
use db::both_engines;
use domain::{Role, SubmissionState};
use support::{Browser, form, form_token, mails, person, sent, state, submitted};

both_engines!(b05_b26_one_form_token_one_submission_one_neutral_mail, |db| async move {
    let state = state(db);
    let mut visitor = Browser::default();
    let token = form_token(10);
    for _ in 0..3 {
        let sent = visitor
            .call(&state, || proposals::submit(&state, sent(form(), &token, "", None), None))
            .await;
        assert_eq!(sent.result.unwrap(), "/hinweis/bestaetigen");
    }
    let counts = db::submissions::counts(&state.db).await.unwrap();
    assert!(counts.contains(&(SubmissionState::EmailUnconfirmed, 1)), "{counts:?}");
    let sent = mails(&state).await;
    assert_eq!(sent.len(), 1, "one confirmation mail");
    let body = &sent[0].body;
    assert!(!body.contains("Mängelmelder") && !body.contains("Erika"), "no typed text: {body}");
    assert_eq!(body.matches("http://test/bestaetigen").count(), 1);
});

both_engines!(b26_honeypot_and_instant_posts_are_dropped_quietly, |db| async move {
    let state = state(db);
    let mut bot = Browser::default();
    let (slow, quick) = (form_token(10), form_token(0));
    let filled = bot
        .call(&state, || proposals::submit(&state, sent(form(), &slow, "http://spam", None), None))
        .await;
    assert_eq!(filled.result.unwrap(), "/hinweis/eingereicht", "looks like success");
    let fast =
        bot.call(&state, || proposals::submit(&state, sent(form(), &quick, "", None), None)).await;
    assert_eq!(fast.result.unwrap(), "/hinweis/eingereicht");
    let forged = bot
        .call(&state, || proposals::submit(&state, sent(form(), "123.abc", "", None), None))
        .await;
    assert!(matches!(forged.result, Err(AppError::BadRequest(_))));
    assert!(mails(&state).await.is_empty());
    let counts = db::submissions::counts(&state.db).await.unwrap();
    assert!(counts.iter().all(|(_, n)| *n == 0), "nothing stored");
});

both_engines!(an_invalid_form_comes_back_as_typed_with_its_errors, |db| async move {
    let state = state(db);
    let mut visitor = Browser::default();
    let mut bad = form();
    bad.licence = "CC-BY-4.0".into();
    bad.repository_url = "github.com/musterstadt/app".into();
    let token = form_token(10);
    let sent = visitor
        .call(&state, || proposals::submit(&state, sent(bad.clone(), &token, "", None), None))
        .await;
    let location = sent.result.unwrap();
    let draft = location.split("entwurf=").nth(1).expect("a draft").to_string();
    let page = visitor.call(&state, || proposals::page(&state, &draft, None)).await.result.unwrap();
    assert_eq!(page.form, bad, "everything typed is kept");
    assert_eq!(page.form_token, token, "the same one-time token");
    let fields: Vec<&str> = page.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["licence", "repository_url"]);
});

both_engines!(confirming_creates_the_account_and_queues_the_submission, |db| async move {
    let state = state(db);
    person(&state, "lenkung@example.org", &[Role::Moderator]).await;
    let (id, mut visitor) = submitted(&state).await;
    let mine = visitor.call(&state, || accounts::my_account(&state)).await.result.unwrap();
    assert_eq!(mine.email, "erika.beispiel@example.org");
    assert!(!mine.has_password);
    assert_eq!(mine.submissions[0].state, SubmissionState::Submitted);
    let to_moderator =
        mails(&state).await.into_iter().find(|m| m.recipient == "lenkung@example.org");
    assert!(to_moderator.unwrap().body.contains(&format!("/moderation/{id}")));
});

both_engines!(authorisation_matrix_for_the_review, |db| async move {
    let state = state(db);
    let (id, mut proposer) = submitted(&state).await;
    let mut anonymous = Browser::default();
    let mut partner = person(&state, "partner@example.org", &[Role::Partner]).await;
    let mut initiator = person(&state, "ini@example.org", &[Role::Initiator]).await;
    let mut moderator = person(&state, "mod@example.org", &[Role::Moderator]).await;
    let mut admin = person(&state, "admin@example.org", &[Role::Admin]).await;
    for (who, browser, expected) in [
        ("anonymous", &mut anonymous, Some(AppError::Unauthorized)),
        ("proposer", &mut proposer, Some(AppError::Forbidden)),
        ("partner", &mut partner, Some(AppError::Forbidden)),
        ("initiator", &mut initiator, Some(AppError::Forbidden)),
        ("moderator", &mut moderator, None),
        ("admin", &mut admin, None),
    ] {
        let queue = browser.call(&state, || review::queue(&state, "")).await.result;
        assert_eq!(queue.err(), expected, "{who}: queue");
        let one = browser.call(&state, || review::review(&state, id, "")).await.result;
        assert_eq!(one.err(), expected, "{who}: review");
        let note = browser.call(&state, || review::comment(&state, id, "intern")).await.result;
        assert_eq!(note.err(), expected, "{who}: comment");
        if expected.is_some() {
            let decided =
                browser.call(&state, || review::decide(&state, id, "annehmen", "")).await.result;
            assert_eq!(decided.err(), expected, "{who}: decide");
        }
        let appoint = browser
            .call(&state, || review::make_moderator(&state, "partner@example.org"))
            .await
            .result;
        let may_appoint =
            if who == "admin" { None } else { expected.clone().or(Some(AppError::Forbidden)) };
        assert_eq!(appoint.err(), may_appoint, "{who}: appoint");
    }
    let state_now = db::submissions::by_id(&state.db, id).await.unwrap().unwrap().state;
    assert_eq!(state_now, SubmissionState::Submitted.key(), "nobody without the role decided");
    let mut other = person(&state, "other@example.org", &[Role::Initiator]).await;
    let revise = other.call(&state, || proposals::page(&state, "", Some(id))).await.result;
    assert_eq!(revise.err(), Some(AppError::Forbidden), "revising another's submission");
});

both_engines!(propose_query_resubmit_accept_and_find_it_in_the_catalogue, |db| async move {
    let state = state(db);
    let mut moderator = person(&state, "mod@example.org", &[Role::Moderator]).await;
    let (id, mut proposer) = submitted(&state).await;
    let no_reason = moderator.call(&state, || review::decide(&state, id, "rueckfrage", " ")).await;
    let back = no_reason.result.unwrap();
    assert!(back.starts_with(&format!("/moderation/{id}?entwurf=")), "a query needs a message");
    let key = back.rsplit("entwurf=").next().unwrap().to_string();
    let shown = moderator.call(&state, || review::review(&state, id, &key)).await.result.unwrap();
    assert_eq!(shown.draft.errors[0].field, "message");
    assert_eq!(shown.draft.errors[0].message, "Bitte schreiben Sie eine Nachricht dazu.");
    assert_eq!(shown.state, SubmissionState::Submitted, "nothing was decided");
    let asked = moderator
        .call(&state, || {
            review::decide(&state, id, "rueckfrage", "Bitte den Betrieb genauer beschreiben.")
        })
        .await;
    assert_eq!(asked.result.unwrap(), format!("/moderation/{id}"));
    let query_mail = mails(&state).await.pop().unwrap();
    assert_eq!(query_mail.recipient, "erika.beispiel@example.org");
    assert!(query_mail.body.contains("Bitte den Betrieb genauer beschreiben."));
    let page =
        proposer.call(&state, || proposals::page(&state, "", Some(id))).await.result.unwrap();
    assert_eq!(page.question.as_deref(), Some("Bitte den Betrieb genauer beschreiben."));
    let mut revised = page.form.clone();
    revised.description = "Bürger:innen melden Schlaglöcher; die Stadt repariert.".into();
    let token = form_token(10);
    let again = proposer
        .call(&state, || proposals::submit(&state, sent(revised, &token, "", Some(id)), None))
        .await;
    assert_eq!(again.result.unwrap(), "/konto?hinweis=erneut");
    let accepted =
        moderator.call(&state, || review::decide(&state, id, "annehmen", "Willkommen!")).await;
    assert_eq!(accepted.result.unwrap(), format!("/moderation/{id}"));
    let late = moderator.call(&state, || review::decide(&state, id, "ablehnen", "zu spät")).await;
    assert!(late.result.unwrap().ends_with("fehler=409"), "a decision is taken once");
    let q = CatalogueQuery { q: "mängelmelder".into(), ..Default::default() };
    let found = catalogue::load(&state, &q).await.unwrap();
    assert_eq!(found.cards.len(), 1);
    assert_eq!(found.cards[0].slug, "maengelmelder-musterstadt");
    let mine = proposer.call(&state, || accounts::my_account(&state)).await.result.unwrap();
    assert!(mine.roles.contains(&Role::Initiator), "the proposer became the initiator");
    assert_eq!(mine.submissions[0].state, SubmissionState::Accepted);
    assert_eq!(mine.submissions[0].slug.as_deref(), Some("maengelmelder-musterstadt"));
    let history =
        moderator.call(&state, || review::review(&state, id, "")).await.result.unwrap().history;
    let states: Vec<_> = history.iter().filter_map(|h| h.state).collect();
    use SubmissionState::*;
    assert_eq!(states, [Submitted, Query, Submitted, Accepted]);
});

/// A small PNG, as a browser would upload it.
fn png() -> Vec<u8> {
    let image = image::RgbImage::from_pixel(1200, 800, image::Rgb([11, 93, 59]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

both_engines!(b14_a_screenshot_travels_with_the_form_and_a_pdf_is_refused, |db| async move {
    use app::server::upload::Upload;
    let state = state(db);
    let mut visitor = Browser::default();
    let pdf = Upload { field: "screenshot".into(), bytes: b"%PDF-1.7 not an image".to_vec() };
    let token = form_token(10);
    let sent_pdf = visitor
        .call(&state, || proposals::submit(&state, sent(form(), &token, "", None), Some(&pdf)))
        .await;
    let location = sent_pdf.result.unwrap();
    let draft = location.split("entwurf=").nth(1).expect("sent back").to_string();
    let page = visitor.call(&state, || proposals::page(&state, &draft, None)).await.result.unwrap();
    assert_eq!(page.errors.len(), 1);
    assert!(page.errors[0].message.contains("PNG, JPEG oder WebP"));
    assert_eq!(page.form.name, form().name, "everything else is kept");
    let picture = Upload { field: "screenshot".into(), bytes: png() };
    let mut with_error = form();
    with_error.licence = "CC-BY-4.0".into();
    let sent_png = visitor
        .call(&state, || {
            proposals::submit(&state, sent(with_error, &token, "", None), Some(&picture))
        })
        .await;
    let draft = sent_png.result.unwrap().split("entwurf=").nth(1).unwrap().to_string();
    let page = visitor.call(&state, || proposals::page(&state, &draft, None)).await.result.unwrap();
    let key = page.form.screenshot.clone();
    assert_eq!(key.len(), 64, "a good screenshot is kept while the licence is fixed");
    let stored = db::images::load(&state.db, &key).await.unwrap().unwrap();
    assert_eq!(image::guess_format(&stored).unwrap(), image::ImageFormat::Jpeg);
});

both_engines!(a_refused_comment_or_decision_comes_back_with_its_text_and_reason, |db| async move {
    let state = state(db);
    let mut moderator = person(&state, "mod@example.org", &[Role::Moderator]).await;
    let (id, _) = submitted(&state).await;
    let long = "Rückfrage zum Betrieb. ".repeat(300);
    let refused =
        moderator.call(&state, || review::decide(&state, id, "rueckfrage", &long)).await.result;
    let key = refused.unwrap().rsplit("entwurf=").next().unwrap().to_string();
    let shown = moderator.call(&state, || review::review(&state, id, &key)).await.result.unwrap();
    assert_eq!(shown.draft.value("message"), long, "the typed message is kept");
    let preview = shown.preview.clone().expect("the form passes the checks");
    assert_eq!(preview.districts, ["gesamtstädtisch"], "no district chosen: the whole city");
    let said = &shown.draft.errors[0].message;
    assert_eq!(said, "Die Nachricht darf höchstens 5.000 Zeichen lang sein (jetzt 6.899).");
    let before = shown.history.len();
    let empty = moderator.call(&state, || review::comment(&state, id, "  ")).await.result;
    let key = empty.unwrap().rsplit("entwurf=").next().unwrap().to_string();
    let shown = moderator.call(&state, || review::review(&state, id, &key)).await.result.unwrap();
    assert_eq!(shown.draft.errors[0].field, "comment");
    assert_eq!(shown.history.len(), before, "no empty comment is stored");
});
