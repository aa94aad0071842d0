//! Accounts, sessions, one-time links, rate limits and submissions on both engines.

use std::sync::Arc;

use chrono::{Duration, Utc};
use db::accounts::{self, TokenFor};
use db::submissions::{self, NewSubmission};
use db::{both_engines, rate_limit};
use domain::{Role, SubmissionState, TokenPurpose};

fn new_submission(token: &str) -> NewSubmission {
    NewSubmission {
        form_token: token.into(),
        state: SubmissionState::EmailUnconfirmed,
        account_id: None,
        contact_name: "Erika Beispiel".into(),
        contact_email: "erika.beispiel@example.org".into(),
        contact_organisation: None,
        form: "{}".into(),
        expires_at: Some(Utc::now() + Duration::days(14)),
    }
}

both_engines!(roles_accumulate_and_admins_moderate, |db| async move {
    let tx = db::begin_write(&db).await.unwrap();
    let a = accounts::create(&tx, "Erika", "erika@example.org", None, None).await.unwrap();
    accounts::grant(&tx, a.id, Role::Admin).await.unwrap();
    accounts::grant(&tx, a.id, Role::Initiator).await.unwrap();
    accounts::grant(&tx, a.id, Role::Admin).await.unwrap();
    tx.commit().await.unwrap();
    let person = accounts::person(&db, a.id).await.unwrap().unwrap();
    assert_eq!(person.roles, [Role::Initiator, Role::Admin]);
    assert!(person.may(Role::Moderator), "admins moderate too");
    assert!(!person.may(Role::Partner));
});

both_engines!(sessions_end_on_logout_and_on_a_new_password, |db| async move {
    let a = accounts::create(&db, "Erika", "erika@example.org", None, None).await.unwrap();
    accounts::start_session(&db, "hash-1", a.id, Duration::days(1)).await.unwrap();
    accounts::start_session(&db, "hash-2", a.id, Duration::days(1)).await.unwrap();
    accounts::start_session(&db, "old", a.id, Duration::seconds(-1)).await.unwrap();
    assert!(accounts::session_person(&db, "hash-1").await.unwrap().is_some());
    assert!(accounts::session_person(&db, "old").await.unwrap().is_none(), "expired");
    accounts::end_session(&db, "hash-1").await.unwrap();
    assert!(accounts::session_person(&db, "hash-1").await.unwrap().is_none());
    accounts::set_password(&db, a.id, "$argon2id$…").await.unwrap();
    assert!(accounts::session_person(&db, "hash-2").await.unwrap().is_none());
});

both_engines!(a_mailed_link_works_once_and_not_after_it_expires, |db| async move {
    let a = accounts::create(&db, "Erika", "erika@example.org", None, None).await.unwrap();
    let target = || TokenFor { account_id: Some(a.id), submission_id: None, offer_id: None };
    let purpose = TokenPurpose::ResetPassword;
    accounts::issue_token(&db, "t1", purpose, target(), Duration::hours(1)).await.unwrap();
    accounts::issue_token(&db, "t2", purpose, target(), Duration::seconds(-1)).await.unwrap();
    let wrong = TokenPurpose::ConfirmAccount;
    assert!(accounts::use_token(&db, "t1", wrong).await.unwrap().is_none(), "wrong purpose");
    assert!(accounts::token_usable(&db, "t1", purpose).await.unwrap());
    assert_eq!(
        accounts::use_token(&db, "t1", purpose).await.unwrap().unwrap().account_id,
        Some(a.id)
    );
    assert!(accounts::use_token(&db, "t1", purpose).await.unwrap().is_none(), "used once");
    assert!(accounts::use_token(&db, "t2", purpose).await.unwrap().is_none(), "expired");
});

both_engines!(rate_limit_counts_concurrent_requests_exactly, |db| async move {
    let db = Arc::new(db);
    let window = Utc::now();
    let mut tasks = Vec::new();
    for _ in 0..30 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move { rate_limit::hit(&db, "login:x", window).await }));
    }
    let mut counts = Vec::new();
    for task in tasks {
        counts.push(task.await.unwrap().unwrap());
    }
    counts.sort_unstable();
    assert_eq!(counts, (1..=30).collect::<Vec<_>>(), "every request counted once");
    assert_eq!(rate_limit::hit(&db, "login:y", window).await.unwrap(), 1, "own bucket");
    let swept = rate_limit::sweep(&db, window + Duration::seconds(1)).await.unwrap();
    assert_eq!(swept, 2);
});

both_engines!(b05_one_form_token_stores_one_submission_even_at_once, |db| async move {
    let db = Arc::new(db);
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let tx = db::begin_write(&db).await?;
            let id = submissions::insert_once(&tx, new_submission("form-1")).await?;
            tx.commit().await?;
            Ok::<_, db::DbErr>(id)
        }));
    }
    let mut stored = 0;
    for task in tasks {
        stored += usize::from(task.await.unwrap().unwrap().is_some());
    }
    assert_eq!(stored, 1, "exactly one of eight identical posts is stored");
    let counts = submissions::counts(&*db).await.unwrap();
    assert!(counts.contains(&(SubmissionState::EmailUnconfirmed, 1)));
});

both_engines!(a_decision_is_taken_once_and_kept_in_the_history, |db| async move {
    let id = submissions::insert_once(&db, new_submission("f")).await.unwrap().unwrap();
    let open = [SubmissionState::EmailUnconfirmed];
    assert!(
        submissions::change_state(&db, id, &open, SubmissionState::Submitted, None, "bestätigt")
            .await
            .unwrap()
    );
    assert!(
        !submissions::change_state(&db, id, &open, SubmissionState::Submitted, None, "nochmal")
            .await
            .unwrap(),
        "a second confirmation changes nothing"
    );
    let history = submissions::history(&db, id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].state.as_deref(), Some("eingereicht"));
});

both_engines!(unconfirmed_submissions_lapse_but_confirmed_ones_stay, |db| async move {
    let mut old = new_submission("old");
    old.expires_at = Some(Utc::now() - Duration::seconds(1));
    submissions::insert_once(&db, old).await.unwrap();
    let mut kept = new_submission("kept");
    kept.state = SubmissionState::Submitted;
    kept.expires_at = Some(Utc::now() - Duration::seconds(1));
    submissions::insert_once(&db, kept).await.unwrap();
    submissions::insert_once(&db, new_submission("fresh")).await.unwrap();
    assert_eq!(submissions::drop_expired(&db).await.unwrap(), 1);
    assert!(submissions::by_form_token(&db, "kept").await.unwrap().is_some());
});
