//! The partner exchange on both engines: needs described by initiators, partner profiles and
//! their matches, offers by members and visitors, answers, invitations, co-initiators and the
//! reminders of unanswered offers.
#![cfg(feature = "ssr")]

mod support;

use app::error::AppError;
use app::server::{AppState, needs, offer_care, offers, partners, project, review};
use app::wire::exchange::JoinQuery;
use db::both_engines;
use db::entity::offer;
use domain::{NeedState, Role};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use support::{Browser, link_key, mails, person, state, submitted};

const SLUG: &str = "maengelmelder-musterstadt";

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Publishes the example project; returns its initiator and the id of its open Technik need.
async fn published(state: &AppState) -> (Browser, i32) {
    let mut moderator = person(state, "mod@example.org", &[Role::Moderator]).await;
    let (id, initiator) = submitted(state).await;
    moderator.call(state, || review::decide(state, id, "annehmen", "")).await.result.unwrap();
    let detail = project::load(state, SLUG).await.unwrap();
    let need = detail.pillars.iter().flat_map(|p| p.needs.iter()).next().unwrap().id;
    (initiator, need)
}

/// The initiator describes the need's skills and effort.
async fn described(state: &AppState, initiator: &mut Browser, need: i32) {
    let form = pairs(&[
        ("projekt", SLUG),
        ("bedarf", &need.to_string()),
        ("pillar", "technik"),
        ("title", "Server-Betrieb"),
        ("skills", "Rust, Server-Betrieb"),
        ("hours", "4"),
        ("newcomer", "ja"),
    ]);
    let saved = initiator.call(state, || needs::save_need(state, form)).await;
    assert_eq!(saved.result.unwrap(), format!("/projekte/{SLUG}/paten?hinweis=gespeichert"));
}

/// A logged-in partner with a listed Technik profile.
async fn partner(state: &AppState, email: &str) -> Browser {
    let mut browser = person(state, email, &[]).await;
    let form = pairs(&[
        ("kind", "person"),
        ("display_name", "Paula Pate"),
        ("pillar", "technik"),
        ("skills", "rust, server-betrieb, UX"),
        ("hours", "6"),
        ("listed", "ja"),
    ]);
    let saved = browser.call(state, || partners::save(state, form)).await;
    assert_eq!(saved.result.unwrap(), "/konto/pate?hinweis=gespeichert");
    browser
}

both_engines!(offer_accept_and_the_catalogue_shows_the_slot_filled, |db| async move {
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    described(&state, &mut initiator, need).await;
    let mut helper = partner(&state, "paula@example.org").await;

    let page = helper.call(&state, || partners::page(&state, "")).await.result.unwrap();
    let fit = page.matches.iter().find(|m| m.need_id == need).expect("Passt zu dir");
    assert!(fit.fit.reasons.contains(&"bietet Technik".to_string()), "{:?}", fit.fit.reasons);
    assert!(fit.fit.reasons.iter().any(|r| r.starts_with("2 von 2 gesuchten Fähigkeiten")));
    assert!(fit.fit.reasons.contains(&"gute Einstiegsaufgabe".to_string()));
    // The shared vocabulary: each skill once, whatever its spelling, the most used first.
    assert_eq!(page.known_skills[..2], ["Rust", "Server-Betrieb"], "{:?}", page.known_skills);
    assert_eq!(page.known_skills.iter().filter(|s| s.eq_ignore_ascii_case("rust")).count(), 1);

    let form =
        pairs(&[("bedarf", &need.to_string()), ("message", "Ich betreibe gern den Server.")]);
    let sent = helper.call(&state, || offers::offer(&state, form.clone())).await;
    assert_eq!(sent.result.unwrap(), format!("/projekte/{SLUG}?hinweis=angebot"));
    let again = helper.call(&state, || offers::offer(&state, form)).await;
    assert!(again.result.unwrap().ends_with("fehler=doppelt"), "one live offer per need");
    let mail = mails(&state).await.pop().unwrap();
    assert_eq!(mail.recipient, "erika.beispiel@example.org");
    assert!(!mail.body.contains("Ich betreibe"), "B26: no typed text in mails");

    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    let panel = board.needs.iter().find(|n| n.id == need).unwrap();
    assert_eq!(panel.offers.len(), 1);
    assert_eq!(panel.offers[0].contact, None, "no address before acceptance");
    let offer_id = panel.offers[0].id;

    let refused = helper.call(&state, || offers::answer(&state, offer_id, "annehmen", "")).await;
    assert_eq!(refused.result, Err(AppError::Forbidden), "a helper cannot accept their own offer");
    let mut stranger = person(&state, "fremd@example.org", &[Role::Moderator]).await;
    let refused = stranger.call(&state, || offers::answer(&state, offer_id, "annehmen", "")).await;
    assert_eq!(refused.result, Err(AppError::Forbidden), "nobody accepts on another's project");

    let done = initiator
        .call(&state, || offers::answer(&state, offer_id, "annehmen", "Willkommen!"))
        .await;
    assert_eq!(done.result.unwrap(), format!("/projekte/{SLUG}/paten?hinweis=angenommen"));
    let twice = initiator.call(&state, || offers::answer(&state, offer_id, "ablehnen", "")).await;
    assert!(twice.result.unwrap().ends_with("fehler=409"), "an answer counts once");

    let detail = project::load(&state, SLUG).await.unwrap();
    let shown = detail.pillars.iter().flat_map(|p| p.needs.iter()).find(|n| n.id == need).unwrap();
    assert_eq!(shown.state, NeedState::Filled);
    assert_eq!(shown.pate.as_deref(), Some("Mod"));
    let sent = mails(&state).await;
    let to_helper = sent.iter().find(|m| m.recipient == "paula@example.org").unwrap();
    assert!(to_helper.body.contains("erika.beispiel@example.org"), "{}", to_helper.body);
    assert!(to_helper.body.contains("Willkommen!"));
    let to_initiator =
        sent.iter().rev().find(|m| m.recipient == "erika.beispiel@example.org").unwrap();
    assert!(to_initiator.body.contains("paula@example.org"), "{}", to_initiator.body);
    let mine = helper.call(&state, || partners::page(&state, "")).await.result.unwrap();
    assert!(mine.offers[0].contacts[0].contains("erika.beispiel@example.org"));
    assert!(mine.matches.iter().all(|m| m.need_id != need), "a filled need no longer fits");
});

both_engines!(a_visitor_offers_by_confirmed_mail_and_stays_unnamed, |db| async move {
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    let mut visitor = Browser::default();
    let bad = pairs(&[("bedarf", &need.to_string()), ("name", "Kai"), ("email", "kai@")]);
    let gone = pairs(&[("bedarf", "999999"), ("message", "Ich helfe gern.")]);
    let told = visitor.call(&state, || offers::offer(&state, gone)).await.result.unwrap();
    assert_eq!(told, "/mitmachen?fehler=bedarf", "a need deleted meanwhile is named");
    let back = visitor.call(&state, || offers::offer(&state, bad)).await.result.unwrap();
    let key = back.rsplit("entwurf=").next().unwrap().to_string();
    let page = visitor.call(&state, || offers::help_page(&state, SLUG, need, &key)).await;
    let form = page.result.unwrap().form;
    assert_eq!(form.value("name"), "Kai", "nothing typed is lost");
    for field in ["message", "email", "consent"] {
        assert!(form.error(field).is_some(), "{field} has a German message");
    }
    assert!(form.error("consent").unwrap().contains("Datenschutz"));

    let trap = pairs(&[("bedarf", &need.to_string()), ("website", "http://spam.example")]);
    let before = mails(&state).await.len();
    visitor.call(&state, || offers::offer(&state, trap)).await.result.unwrap();
    assert_eq!(mails(&state).await.len(), before, "B26: the honeypot mails nothing");

    let good = pairs(&[
        ("bedarf", &need.to_string()),
        ("name", "Kai Helfer"),
        ("email", "Kai@Example.org"),
        ("message", "Ich kann helfen."),
        ("stay_unnamed", "ja"),
        ("consent", "ja"),
    ]);
    let sent = visitor.call(&state, || offers::offer(&state, good)).await;
    assert_eq!(sent.result.unwrap(), "/hinweis/postfach");
    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    assert!(board.needs[0].offers.is_empty(), "unconfirmed offers stay hidden");
    let link = mails(&state).await.pop().unwrap();
    assert_eq!(link.recipient, "kai@example.org");
    let key = link_key(&link.body);
    let confirmed = visitor.call(&state, || offers::confirm(&state, &key)).await;
    assert_eq!(confirmed.result.unwrap(), format!("/projekte/{SLUG}?hinweis=angebot"));
    let reuse = visitor.call(&state, || offers::confirm(&state, &key)).await;
    assert_eq!(reuse.result.unwrap(), "/bestaetigen?fehler=link");

    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    let offer_id = board.needs[0].offers[0].id;
    initiator
        .call(&state, || offers::answer(&state, offer_id, "annehmen", ""))
        .await
        .result
        .unwrap();
    let detail = project::load(&state, SLUG).await.unwrap();
    let shown = detail.pillars.iter().flat_map(|p| p.needs.iter()).find(|n| n.id == need).unwrap();
    assert_eq!(shown.pate, None, "an unnamed Pate is never sent to the page");
    assert!(shown.pate_unnamed);
});

both_engines!(an_invited_partner_declines_and_the_initiators_hear_of_it, |db| async move {
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    described(&state, &mut initiator, need).await;
    let mut helper = partner(&state, "paula@example.org").await;
    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    let suggested = &board.needs[0].matches[0];
    assert_eq!(suggested.partner.name, "Paula Pate");
    assert!(!suggested.asked);
    let partner_id = suggested.partner.id;

    let mut outsider = person(&state, "x@example.org", &[]).await;
    let refused = outsider.call(&state, || offers::invite(&state, need, partner_id, "")).await;
    assert_eq!(refused.result, Err(AppError::Forbidden));
    let invited = initiator.call(&state, || offers::invite(&state, need, partner_id, "")).await;
    assert!(invited.result.unwrap().ends_with("hinweis=eingeladen"));
    assert_eq!(mails(&state).await.pop().unwrap().recipient, "paula@example.org");
    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    assert!(board.needs[0].matches[0].asked);

    let page = helper.call(&state, || partners::page(&state, "")).await.result.unwrap();
    let invitation = page.offers[0].id;
    let refused =
        initiator.call(&state, || offers::answer(&state, invitation, "annehmen", "")).await;
    assert_eq!(refused.result, Err(AppError::Forbidden), "only the invited partner answers");
    let answer = helper.call(&state, || offers::answer(&state, invitation, "ablehnen", "")).await;
    assert_eq!(answer.result.unwrap(), "/konto/pate?hinweis=abgelehnt");
    let told = mails(&state).await.pop().unwrap();
    assert_eq!(told.recipient, "erika.beispiel@example.org");
    assert!(told.subject.contains("abgelehnt"));
});

both_engines!(a_co_initiator_shares_the_dashboard, |db| async move {
    let state = state(db);
    let (mut initiator, _) = published(&state).await;
    let mut co = person(&state, "co@example.org", &[]).await;
    let refused = co.call(&state, || needs::dashboard(&state, SLUG, "")).await;
    assert_eq!(refused.result, Err(AppError::Forbidden));
    let unknown =
        initiator.call(&state, || needs::add_co_initiator(&state, SLUG, "nie@example.org"));
    let back = unknown.await.result.unwrap();
    assert!(back.contains("entwurf="), "an unknown address comes back with a message");
    let added = initiator.call(&state, || needs::add_co_initiator(&state, SLUG, "CO@example.org"));
    assert!(added.await.result.unwrap().ends_with("hinweis=mitinitiator"));
    let board = co.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    assert_eq!(board.initiators.len(), 2);
});

both_engines!(bad_need_and_profile_values_come_back_in_german_as_typed, |db| async move {
    let state = state(db);
    let (mut initiator, _) = published(&state).await;
    let form = pairs(&[("projekt", SLUG), ("pillar", "finanzen"), ("title", ""), ("hours", "2,5")]);
    let back = initiator.call(&state, || needs::save_need(&state, form)).await.result.unwrap();
    let key = back.rsplit("entwurf=").next().unwrap().to_string();
    let board =
        initiator.call(&state, || needs::dashboard(&state, SLUG, &key)).await.result.unwrap();
    assert_eq!(board.new_need.value("hours"), "2,5");
    assert!(board.new_need.error("title").unwrap().contains("nicht leer"));
    assert!(board.new_need.error("hours").unwrap().contains("ganze Zahl"));
    assert!(board.new_need.error("amount").unwrap().contains("Betrag"));

    let mut someone = person(&state, "p@example.org", &[]).await;
    let form = pairs(&[("display_name", "Paula"), ("pillar", "garten"), ("description", "Hallo")]);
    let back = someone.call(&state, || partners::save(&state, form)).await.result.unwrap();
    let key = back.rsplit("entwurf=").next().unwrap().to_string();
    let page = someone.call(&state, || partners::page(&state, &key)).await.result.unwrap();
    assert_eq!(page.form.value("description"), "Hallo");
    assert!(page.form.error("kind").is_some());
    assert!(page.form.error("pillars").is_some());
    assert!(!page.has_profile);
});

both_engines!(visitors_find_fitting_needs_without_an_account, |db| async move {
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    described(&state, &mut initiator, need).await;
    let ask = |saeule: &[&str], skills: &str, hours: &str| JoinQuery {
        saeule: saeule.iter().map(|s| s.to_string()).collect(),
        faehigkeiten: skills.into(),
        stunden: hours.into(),
    };
    let none = partners::join(&state, &ask(&[], "", "")).await.unwrap();
    assert!(!none.asked && none.matches.is_empty());
    let found = partners::join(&state, &ask(&["technik"], "RUST", "4")).await.unwrap();
    assert_eq!(found.matches[0].need_id, need, "the need wanting Rust ranks first");
    assert!(found.matches.iter().all(|m| m.pillar == domain::Pillar::Technical));
    let wrong = partners::join(&state, &ask(&["technik"], "", "viele")).await.unwrap();
    assert!(wrong.error.unwrap().contains("ganze Zahl"));
});

both_engines!(unanswered_offers_remind_after_14_days_and_lapse_after_30, |db| async move {
    let state = state(db);
    let (_, need) = published(&state).await;
    let mut helper = partner(&state, "paula@example.org").await;
    let form = pairs(&[("bedarf", &need.to_string()), ("message", "Gern!")]);
    helper.call(&state, || offers::offer(&state, form)).await.result.unwrap();
    let row = offer::Entity::find().one(&state.db).await.unwrap().unwrap();
    let mut old: offer::ActiveModel = row.into();
    old.created_at = Set(chrono::Utc::now() - chrono::Duration::days(15));
    old.update(&state.db).await.unwrap();

    let now = chrono::Utc::now();
    offer_care::housekeeping(&state, now).await.unwrap();
    offer_care::housekeeping(&state, now).await.unwrap();
    let reminders =
        mails(&state).await.into_iter().filter(|m| m.subject.starts_with("Erinnerung")).count();
    assert_eq!(reminders, 1, "one reminder, however often the job runs");

    offer_care::housekeeping(&state, now + chrono::Duration::days(16)).await.unwrap();
    let lapse = mails(&state).await.pop().unwrap();
    assert_eq!(lapse.recipient, "paula@example.org");
    assert!(lapse.subject.starts_with("Angebot verfallen"));
    let row = offer::Entity::find().one(&state.db).await.unwrap().unwrap();
    assert_eq!(row.state, "verfallen");

    let mut visitor = Browser::default();
    let form = pairs(&[
        ("bedarf", &need.to_string()),
        ("name", "Kai Helfer"),
        ("email", "kai@example.org"),
        ("message", "Ich kann helfen."),
        ("consent", "ja"),
    ]);
    visitor.call(&state, || offers::offer(&state, form)).await.result.unwrap();
    offer_care::housekeeping(&state, now + chrono::Duration::days(13)).await.unwrap();
    assert_eq!(offer::Entity::find().all(&state.db).await.unwrap().len(), 2);
    offer_care::housekeeping(&state, now + chrono::Duration::days(15)).await.unwrap();
    let left = offer::Entity::find().all(&state.db).await.unwrap();
    assert_eq!(left.len(), 1, "an offer never confirmed is deleted with its address");
});

both_engines!(a_pate_exports_their_exchange_data_and_deleting_leaves_no_trace, |db| async move {
    use app::server::self_service;
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    let mut helper = partner(&state, "paula@example.org").await;
    let form = pairs(&[("bedarf", &need.to_string()), ("message", "Gern!")]);
    helper.call(&state, || offers::offer(&state, form)).await.result.unwrap();
    let board = initiator.call(&state, || needs::dashboard(&state, SLUG, "")).await.result.unwrap();
    let offer_id = board.needs[0].offers[0].id;
    initiator
        .call(&state, || offers::answer(&state, offer_id, "annehmen", ""))
        .await
        .result
        .unwrap();

    let json = helper.call(&state, || self_service::export(&state)).await.result.unwrap();
    assert_eq!(json["partner_profile"]["name"], "Paula Pate");
    assert_eq!(json["offers"][0]["nachricht"], "Gern!");

    // `person` logs in with this password; deleting asks for it again.
    let gone = helper.call(&state, || self_service::delete(&state, "Baumkrone-im-Herbst")).await;
    assert_eq!(gone.result.unwrap(), "/hinweis/geloescht");
    let row = offer::Entity::find().one(&state.db).await.unwrap().unwrap();
    assert_eq!(row.helper_email, "", "no address is left behind");
    let detail = project::load(&state, SLUG).await.unwrap();
    let shown = detail.pillars.iter().flat_map(|p| p.needs.iter()).find(|n| n.id == need).unwrap();
    assert_eq!(shown.state, NeedState::Filled, "the slot stays filled");
    assert_eq!(shown.pate, None, "but no longer names the deleted account");
    assert!(
        app::server::partners::list(&state, &Default::default()).await.unwrap().partners.is_empty()
    );
});

both_engines!(a_need_filled_outside_the_platform_closes_its_waiting_offers, |db| async move {
    let state = state(db);
    let (mut initiator, need) = published(&state).await;
    let mut helper = partner(&state, "paula@example.org").await;
    let form = pairs(&[("bedarf", &need.to_string()), ("message", "Gern!")]);
    helper.call(&state, || offers::offer(&state, form)).await.result.unwrap();
    let id = need.to_string();
    let filled = [("projekt", SLUG), ("bedarf", &id), ("pillar", "technik"), ("title", "Server")];
    let mut form = pairs(&filled);
    form.push(("state".into(), "besetzt".into()));
    let back = initiator.call(&state, || needs::save_need(&state, form.clone())).await;
    assert!(back.result.unwrap().contains("entwurf="), "a filled need names its Pate");
    form.push(("pate".into(), "Stadtwerke Münster".into()));
    initiator.call(&state, || needs::save_need(&state, form)).await.result.unwrap();
    let detail = project::load(&state, SLUG).await.unwrap();
    let shown = detail.pillars.iter().flat_map(|p| p.needs.iter()).find(|n| n.id == need).unwrap();
    assert_eq!(shown.pate.as_deref(), Some("Stadtwerke Münster"));
    let row = offer::Entity::find().one(&state.db).await.unwrap().unwrap();
    assert_eq!(row.state, "verfallen");
    assert_eq!(mails(&state).await.pop().unwrap().recipient, "paula@example.org");
});

both_engines!(partners_are_searched_like_projects, |db| async move {
    let state = state(db);
    let mut someone = person(&state, "juergen@example.org", &[]).await;
    let form = pairs(&[
        ("kind", "verein"),
        ("display_name", "Jürgen Straßburger"),
        ("pillar", "inhalt"),
        ("skills", "Barrierefreiheit, Öffentlichkeitsarbeit"),
        ("listed", "ja"),
    ]);
    someone.call(&state, || partners::save(&state, form)).await.result.unwrap();
    let find = |q: &str| app::wire::exchange::PartnerQuery { q: q.into(), ..Default::default() };
    for q in ["barriere", "STRASS", "juergen", "Öffentlich", "oeffentlichkeitsarbeit verein"] {
        let list = partners::list(&state, &find(q)).await.unwrap();
        let expected = if q.ends_with("verein") { 0 } else { 1 };
        assert_eq!(list.partners.len(), expected, "{q}");
    }
    let short = partners::list(&state, &find("x")).await;
    assert!(matches!(short, Err(AppError::BadRequest(m)) if m.contains("mindestens zwei")));
});
