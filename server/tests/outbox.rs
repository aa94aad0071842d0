//! The outbox against real databases: queued mails are delivered once, failed ones stay.

use db::both_engines;
use db::entity::outbox;
use db::outbox::{OutgoingMail, enqueue};
use sea_orm::EntityTrait;
use server::mail::{MailTarget, Mailer, deliver_due};

fn mail(n: u32) -> OutgoingMail {
    OutgoingMail {
        to: format!("empfaenger{n}@example.org"),
        subject: format!("Bestätigung Nr. {n}"),
        body: "Bitte bestätigen Sie Ihre Adresse.".into(),
    }
}

fn folder() -> std::path::PathBuf {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    std::env::temp_dir().join(format!("digifarm-mail-{}-{n}", std::process::id()))
}

both_engines!(queued_mails_are_written_once_as_files, |db| async move {
    enqueue(&db, &mail(1)).await.unwrap();
    enqueue(&db, &mail(2)).await.unwrap();
    let dir = folder();
    let mailer =
        Mailer::new(&MailTarget::Folder(dir.clone()), "DIGIFARM <noreply@example.org>").unwrap();
    let first = deliver_due(&db, &mailer, 10).await.unwrap();
    assert_eq!((first.sent, first.failed), (2, 0));
    let again = deliver_due(&db, &mailer, 10).await.unwrap();
    assert_eq!((again.sent, again.failed), (0, 0), "a sent mail is never sent twice");
    let files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(files.len(), 2);
    assert!(files.iter().any(|f| f.contains("empfaenger1@example.org")));
    assert!(files.iter().all(|f| f.contains("Subject: =?utf-8?") || f.contains("Subject: Best")));
    std::fs::remove_dir_all(dir).unwrap();
});

both_engines!(a_mail_that_cannot_be_sent_stays_queued_for_later, |db| async move {
    let id = enqueue(&db, &mail(3)).await.unwrap();
    // Nothing listens on port 1: the SMTP transport fails at once.
    let broken =
        Mailer::new(&MailTarget::Smtp("smtp://127.0.0.1:1".into()), "noreply@example.org").unwrap();
    let delivery = deliver_due(&db, &broken, 10).await.unwrap();
    assert_eq!((delivery.sent, delivery.failed), (0, 1));
    let row = outbox::Entity::find_by_id(id).one(&db).await.unwrap().unwrap();
    assert_eq!(row.attempts, 1);
    assert!(row.sent_at.is_none());
    assert!(row.last_error.is_some());
    assert!(row.next_attempt_at > chrono::Utc::now(), "the next attempt waits");
    let not_yet = deliver_due(&db, &broken, 10).await.unwrap();
    assert_eq!((not_yet.sent, not_yet.failed), (0, 0), "no retry before its time");
});
