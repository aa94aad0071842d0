//! Sending the outbox with lettre: SMTP in production, files in development and tests.
//!
//! Mails are queued in the database by the action that causes them (`db::outbox::enqueue`);
//! the sender here delivers what is due and reschedules what fails, so nothing is lost.

use std::path::PathBuf;
use std::time::Duration;

use chrono::Utc;
use db::entity::outbox;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Where mails go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailTarget {
    /// An SMTP server, given as URL (`smtps://user:pass@host:465`, `smtp://host:587?tls=required`).
    Smtp(String),
    /// A folder that receives one `.eml` file per mail.
    Folder(PathBuf),
}

/// A configured transport and the sender address.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// How one round of delivery went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Mails the transport took.
    pub sent: usize,
    /// Mails that failed and wait for their next attempt.
    pub failed: usize,
}

impl Mailer {
    /// Builds the transport; the error says in German what is wrong with the settings.
    pub fn new(target: &MailTarget, from: &str) -> Result<Self, String> {
        let from: Mailbox =
            from.parse().map_err(|e| format!("Absenderadresse „{from}“ ist ungültig: {e}"))?;
        let transport = match target {
            MailTarget::Smtp(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("SMTP-Adresse ist ungültig: {e}"))?
                    .build(),
            ),
            MailTarget::Folder(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| {
                    format!("Mail-Ordner {} kann nicht angelegt werden: {e}", dir.display())
                })?;
                Transport::Folder(AsyncFileTransport::<Tokio1Executor>::new(dir))
            }
        };
        Ok(Mailer { transport, from })
    }

    /// Hands one queued mail to the transport.
    async fn send(&self, mail: &outbox::Model) -> Result<(), String> {
        let to: Mailbox = mail.recipient.parse().map_err(|e| format!("Empfänger ungültig: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| e.to_string())?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await.map(|_| ()).map_err(|e| e.to_string())
            }
            Transport::Folder(files) => {
                files.send(message).await.map(|_| ()).map_err(|e| e.to_string())
            }
        }
    }
}

/// Sends every mail that is due, at most `batch` of them, and records each outcome.
pub async fn deliver_due(
    db: &db::DatabaseConnection,
    mailer: &Mailer,
    batch: u64,
) -> Result<Delivery, db::DbErr> {
    let mut delivery = Delivery::default();
    for mail in db::outbox::due(db, Utc::now(), batch).await? {
        match mailer.send(&mail).await {
            Ok(()) => {
                db::outbox::mark_sent(db, mail.id, Utc::now()).await?;
                tracing::info!(mail.id = mail.id, "Mail sent.");
                delivery.sent += 1;
            }
            Err(error) => {
                db::outbox::mark_failed(db, &mail, &error, Utc::now()).await?;
                let attempt = mail.attempts + 1;
                let id = mail.id;
                tracing::warn!(mail.id = id, attempt, %error, "Mail not sent; it stays queued.");
                delivery.failed += 1;
            }
        }
    }
    Ok(delivery)
}

/// Runs the sender in the background: every `every`, deliver what is due.
pub fn spawn_sender(db: db::DatabaseConnection, mailer: Mailer, every: Duration) {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        loop {
            ticks.tick().await;
            if let Err(err) = deliver_due(&db, &mailer, 50).await {
                tracing::error!(error = %err, "The outbox could not be read.");
            }
        }
    });
}
