//! `tsr-admin notify send-digests`: the reviewers' content-free digests, run by a timer
//! (`deploy/systemd/tsr-digest.timer`). For every active reviewer whose digest is due (see
//! [`storage::notifications::due_digests`]): claim it (so that a second host's timer skips it),
//! count, send the e-mail and/or the webhook, and only when every delivery succeeded record the
//! covered days. A failed delivery releases the claim, is audited and printed (reviewer id and
//! the cause, no address), and makes the command exit non-zero; the next run sends the same
//! days again. A digest with nothing to count is sent only to reviewers who asked for it.

pub mod config;
pub mod deliver;
pub mod digest;

use std::io::Write;

use storage::audit::{append_audit, AuditEntry};
use storage::notifications::{self as n, DueDigest};
use storage::{ActorKind, Day, StorageError};

pub use config::{SmtpConfig, SmtpTls};
use deliver::{DeliveryError, Mailer};
use digest::Period;

/// How long a claimed digest is left to the run that claimed it (longer than its deliveries
/// can take with their timeouts); a run that died releases it by expiry.
pub const CLAIM_SECS: i64 = 600;

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0} digest(s) could not be delivered; they are sent again by the next run")]
    Failed(usize),
}

/// What one run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub sent: usize,
    /// Nothing to count and the reviewer did not ask for empty digests.
    pub empty_skipped: usize,
    /// Claimed by another run.
    pub busy: usize,
    pub failed: usize,
}

fn audit(
    conn: &mut storage::DbConn,
    action: &str,
    reviewer_id: i64,
    detail: serde_json::Value,
) -> Result<(), StorageError> {
    append_audit(
        conn,
        &AuditEntry {
            at: storage::accounts::now(),
            actor_kind: ActorKind::System,
            actor_id: None,
            action: action.into(),
            object_kind: Some("reviewer".into()),
            object_id: Some(reviewer_id.to_string()),
            detail,
        },
    )
    .map(drop)
}

/// One digest: count, deliver, record.
fn one(
    conn: &mut storage::DbConn,
    mailer: Option<&Mailer>,
    due: &DueDigest,
    today: &Day,
    summary: &mut Summary,
    out: &mut dyn Write,
) -> Result<(), NotifyError> {
    let arrivals = n::arrivals(conn, due.body, due.after.as_ref(), &due.through)?;
    let cases = n::deadline_days(conn, due.body)?;
    let counts = digest::counts(arrivals, &cases, today);
    let period = Period {
        from: match &due.after {
            Some(a) => a.add_days(1)?,
            None => due.through.clone(),
        },
        through: due.through.clone(),
    };
    if counts.is_empty() && !due.settings.send_empty {
        n::mark_digest_sent(conn, due.reviewer_id, &due.through)?;
        summary.empty_skipped += 1;
        return Ok(());
    }
    let mut failures: Vec<(&str, DeliveryError)> = Vec::new();
    let mut channels = Vec::new();
    if let Some(to) = &due.settings.email {
        let (subject, text) = digest::mail_text(&due.settings.locale, due.body, &period, &counts);
        let sent = match mailer {
            Some(m) => m.send(to, &subject, text),
            None => Err(DeliveryError::NoSmtp),
        };
        match sent {
            Ok(()) => channels.push("email"),
            Err(e) => failures.push(("email", e)),
        }
    }
    if let Some(url) = &due.settings.webhook_url {
        match deliver::post_webhook(url, &digest::webhook_json(due.body, &period, &counts)) {
            Ok(()) => channels.push("webhook"),
            Err(e) => failures.push(("webhook", e)),
        }
    }
    if failures.is_empty() {
        n::mark_digest_sent(conn, due.reviewer_id, &due.through)?;
        audit(
            conn,
            "notify.digest_sent",
            due.reviewer_id,
            serde_json::json!({ "channels": channels, "through": due.through.as_str() }),
        )?;
        summary.sent += 1;
    } else {
        n::release_digest(conn, due.reviewer_id)?;
        let failed: Vec<&str> = failures.iter().map(|(c, _)| *c).collect();
        audit(
            conn,
            "notify.digest_failed",
            due.reviewer_id,
            serde_json::json!({ "failed": failed, "through": due.through.as_str() }),
        )?;
        for (channel, e) in &failures {
            writeln!(
                out,
                "reviewer {}: {channel} digest not delivered: {e}",
                due.reviewer_id
            )?;
            tracing::warn!(reviewer = due.reviewer_id, channel, error = %e, "digest not delivered");
        }
        summary.failed += 1;
    }
    Ok(())
}

/// Sends the digests due on `today`.
pub fn send_digests(
    database_url: &str,
    smtp: Option<&SmtpConfig>,
    today: &Day,
    out: &mut dyn Write,
) -> Result<Summary, NotifyError> {
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let mailer = smtp.map(Mailer::new).transpose();
    // A relay that cannot even be set up fails every e-mail digest, not the webhooks.
    let (mailer, setup_error) = match mailer {
        Ok(m) => (m, None),
        Err(e) => (None, Some(e)),
    };
    if let Some(e) = &setup_error {
        writeln!(out, "SMTP relay: {e}")?;
    }
    let mut summary = Summary::default();
    for due in n::due_digests(&mut conn, today)? {
        if !n::claim_digest(
            &mut conn,
            due.reviewer_id,
            storage::accounts::now(),
            CLAIM_SECS,
        )? {
            summary.busy += 1;
            continue;
        }
        if let Err(e) = one(&mut conn, mailer.as_ref(), &due, today, &mut summary, out) {
            // Leave the digest to the next run rather than to the claim's expiry.
            let _ = n::release_digest(&mut conn, due.reviewer_id);
            return Err(e);
        }
    }
    writeln!(
        out,
        "digests: {} sent, {} empty and not asked for, {} handled by another run, {} failed",
        summary.sent, summary.empty_skipped, summary.busy, summary.failed
    )?;
    if summary.failed > 0 {
        return Err(NotifyError::Failed(summary.failed));
    }
    Ok(summary)
}
