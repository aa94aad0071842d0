//! Registering, confirming, logging in and out, and a new password by mailed link, on both
//! engines, called as a browser's form posts would call them.
#![cfg(feature = "ssr")]

mod support;

use app::server::{accounts, forms, session};
use app::wire::account::FormDraft;
use db::both_engines;
use support::{Browser, link_key, mails, state};

const GOOD: &str = "Baumkrone-im-Herbst";

/// Registers Erika and confirms her address; returns her browser, logged in.
async fn registered(state: &app::server::AppState) -> Browser {
    let mut browser = Browser::default();
    let answer = browser
        .call(state, || accounts::register(state, "Erika Beispiel", "Erika@Example.org", GOOD))
        .await;
    assert_eq!(answer.result.unwrap(), "/hinweis/postfach");
    let mail = mails(state).await.pop().unwrap();
    let confirm = link_key(&mail.body);
    let answer = browser.call(state, || accounts::confirm_account(state, &confirm)).await;
    assert_eq!(answer.result.unwrap(), "/konto?hinweis=bestaetigt");
    browser
}

both_engines!(registration_confirms_by_link_and_logs_in, |db| async move {
    let state = state(db);
    let mut browser = registered(&state).await;
    let mail = &mails(&state).await[0];
    assert_eq!(mail.recipient, "erika@example.org");
    assert!(!mail.body.contains("Erika Beispiel"), "no typed text in the mail (B26)");
    assert_eq!(mail.body.matches("http").count(), 2, "the link and the footer's site address");
    let me = browser.call(&state, || accounts::me(&state)).await.result.unwrap();
    assert_eq!(me.unwrap().name, "Erika Beispiel");
});

both_engines!(a_confirmation_link_works_once, |db| async move {
    let state = state(db);
    registered(&state).await;
    let key = link_key(&mails(&state).await[0].body);
    let mut other = Browser::default();
    let again = other.call(&state, || accounts::confirm_account(&state, &key)).await;
    assert_eq!(again.result.unwrap(), "/bestaetigen?fehler=link");
    assert!(other.session.is_none());
});

both_engines!(a_weak_password_comes_back_with_its_reason_and_the_rest_kept, |db| async move {
    let state = state(db);
    let mut browser = Browser::default();
    let answer = browser
        .call(&state, || accounts::register(&state, "Erika", "erika@example.org", "passwort123"))
        .await;
    let location = answer.result.unwrap();
    let id = location.split("entwurf=").nth(1).expect("a draft");
    let draft: FormDraft = forms::load(&state, "registrieren", id).await.unwrap().unwrap();
    assert_eq!(draft.value("name"), "Erika");
    assert_eq!(draft.value("email"), "erika@example.org");
    assert_eq!(draft.value("password"), "", "a password is never kept");
    assert!(draft.errors[0].message.contains("häufigsten"));
    assert!(mails(&state).await.is_empty(), "nothing registered, nothing mailed");
});

both_engines!(registering_a_known_address_reveals_nothing_on_the_page, |db| async move {
    let state = state(db);
    registered(&state).await;
    let mut stranger = Browser::default();
    let answer = stranger
        .call(&state, || accounts::register(&state, "Mallory", "erika@example.org", GOOD))
        .await;
    assert_eq!(answer.result.unwrap(), "/hinweis/postfach", "same answer as a new address");
    let mail = mails(&state).await.pop().unwrap();
    assert!(mail.body.contains("bereits ein Konto"));
    assert!(!mail.body.contains("schluessel="), "no link that would take the account over");
});

both_engines!(login_renews_the_session_and_wrong_passwords_get_one_message, |db| async move {
    let state = state(db);
    let mut browser = registered(&state).await;
    let first = browser.session.clone();
    let wrong =
        browser.call(&state, || accounts::login(&state, "erika@example.org", "falsch", "")).await;
    assert!(wrong.result.unwrap().starts_with("/anmelden?entwurf="));
    let unknown =
        browser.call(&state, || accounts::login(&state, "nie@example.org", GOOD, "")).await;
    assert!(unknown.result.unwrap().starts_with("/anmelden?entwurf="));
    let empty = browser.call(&state, || accounts::login(&state, "erika@example.org", "", "")).await;
    let location = empty.result.unwrap();
    let id = location.split("entwurf=").nth(1).expect("a draft");
    let draft: FormDraft = forms::load(&state, "anmelden", id).await.unwrap().unwrap();
    assert_eq!(draft.errors[0].message, "Bitte geben Sie Ihre E-Mail-Adresse und Ihr Passwort an.");
    assert_eq!(draft.value("email"), "erika@example.org", "the address is kept");
    let ok = browser
        .call(&state, || accounts::login(&state, "ERIKA@example.org", GOOD, "/einreichen"))
        .await;
    assert_eq!(ok.result.unwrap(), "/einreichen");
    assert_ne!(browser.session, first, "a new session id at log-in");
    let cookie = ok.parts.headers.get_all("set-cookie").iter().last().unwrap().to_str().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests");
    let offsite = browser
        .call(&state, || accounts::login(&state, "erika@example.org", GOOD, "//evil.example"))
        .await;
    assert_eq!(offsite.result.unwrap(), "/konto", "never sent off-site after log-in");
});

both_engines!(logout_ends_the_session_everywhere_it_is_used, |db| async move {
    let state = state(db);
    let mut browser = registered(&state).await;
    let copy = browser.clone();
    browser.call(&state, || accounts::logout(&state)).await.result.unwrap();
    let mut stolen = copy;
    let me = stolen.call(&state, || session::current(&state)).await.result.unwrap();
    assert!(me.is_none(), "the old cookie no longer logs anyone in");
});

both_engines!(a_new_password_by_link_works_once_and_ends_other_sessions, |db| async move {
    let state = state(db);
    let mut old_device = registered(&state).await;
    let mut browser = Browser::default();
    let answer = browser.call(&state, || accounts::forgot(&state, "erika@example.org")).await;
    assert_eq!(answer.result.unwrap(), "/hinweis/postfach");
    let unknown = browser.call(&state, || accounts::forgot(&state, "nie@example.org")).await;
    assert_eq!(unknown.result.unwrap(), "/hinweis/postfach", "same answer for unknown addresses");
    let key = link_key(&mails(&state).await.pop().unwrap().body);
    let weak = browser.call(&state, || accounts::reset(&state, &key, "12345678")).await;
    assert!(weak.result.unwrap().contains("entwurf="), "a weak password keeps the link usable");
    let done = browser.call(&state, || accounts::reset(&state, &key, "Neues-Passwort-2026")).await;
    assert_eq!(done.result.unwrap(), "/konto?hinweis=passwort");
    let again = browser.call(&state, || accounts::reset(&state, &key, "Noch-eins-2026")).await;
    assert_eq!(again.result.unwrap(), "/passwort-neu?fehler=link");
    let old = old_device.call(&state, || session::current(&state)).await.result.unwrap();
    assert!(old.is_none(), "sessions from before the new password end");
    let login = browser
        .call(&state, || accounts::login(&state, "erika@example.org", "Neues-Passwort-2026", ""))
        .await;
    assert_eq!(login.result.unwrap(), "/konto");
});

both_engines!(name_password_and_address_change_the_address_only_by_link, |db| async move {
    use app::server::self_service;
    let state = state(db);
    let mut browser = registered(&state).await;
    browser.call(&state, || self_service::rename(&state, "Erika B.")).await.result.unwrap();
    let wrong = browser
        .call(&state, || self_service::change_password(&state, "falsch", "Neu-und-lang-2026"))
        .await;
    assert!(wrong.result.unwrap().contains("entwurf="), "the current password is needed");
    let ok = browser
        .call(&state, || self_service::change_password(&state, GOOD, "Neu-und-lang-2026"))
        .await;
    assert_eq!(ok.result.unwrap(), "/konto?hinweis=passwort");
    let own =
        browser.call(&state, || self_service::change_email(&state, "Erika@Example.org")).await;
    let id = own.result.unwrap().split("entwurf=").nth(1).expect("sent back").to_string();
    let draft: FormDraft = forms::load(&state, "konto", &id).await.unwrap().unwrap();
    assert_eq!(draft.errors[0].message, "Das ist schon die E-Mail-Adresse Ihres Kontos.");
    let mails_before = mails(&state).await.len();
    let asked =
        browser.call(&state, || self_service::change_email(&state, "neu@example.org")).await;
    assert_eq!(asked.result.unwrap(), "/hinweis/postfach");
    let me = browser.call(&state, || accounts::my_account(&state)).await.result.unwrap();
    assert_eq!(
        (me.name.as_str(), me.email.as_str()),
        ("Erika B.", "erika@example.org"),
        "unchanged until confirmed"
    );
    let sent = mails(&state).await;
    assert_eq!(sent.len(), mails_before + 1, "one link mail, none for the own address");
    let mail = sent.last().unwrap().clone();
    assert_eq!(mail.recipient, "neu@example.org");
    let key = link_key(&mail.body);
    browser.call(&state, || self_service::confirm_email(&state, &key)).await.result.unwrap();
    let me = browser.call(&state, || accounts::my_account(&state)).await.result.unwrap();
    assert_eq!(me.email, "neu@example.org");
    let login = browser
        .call(&state, || accounts::login(&state, "neu@example.org", "Neu-und-lang-2026", ""))
        .await;
    assert_eq!(login.result.unwrap(), "/konto");
});

both_engines!(the_own_data_downloads_and_deleting_leaves_no_address, |db| async move {
    use app::server::self_service;
    let state = state(db);
    let mut browser = registered(&state).await;
    let data = browser.call(&state, || self_service::export(&state)).await;
    let json = data.result.unwrap();
    assert_eq!(json["email"], "erika@example.org");
    assert!(data.parts.headers["content-disposition"].to_str().unwrap().contains("attachment"));
    let wrong = browser.call(&state, || self_service::delete(&state, "falsch")).await;
    assert!(wrong.result.unwrap().contains("entwurf="));
    let done = browser.call(&state, || self_service::delete(&state, GOOD)).await;
    assert_eq!(done.result.unwrap(), "/hinweis/geloescht");
    assert!(db::accounts::by_email(&state.db, "erika@example.org").await.unwrap().is_none());
    let me = browser.call(&state, || session::current(&state)).await.result.unwrap();
    assert!(me.is_none(), "logged out");
});
