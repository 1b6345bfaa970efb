//! `tsr-admin retention run --older-than DAYS`: deletes closed reports closed more than DAYS days
//! ago, with their attachments, messages and statistics records, in one transaction with the
//! audit row that records it (report ids and counts only). Released statistics are separate
//! rows and are not touched; a later release simply no longer counts the deleted reports.

use std::io::Write;

use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, Day, StorageError};

/// The longest retention period accepted (100 years), to keep the date arithmetic sane.
pub const MAX_DAYS: u32 = 36_500;

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error("--older-than must be a whole number of days from 1 to {MAX_DAYS}")]
    Days,
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

/// The first day that is kept: reports closed before it are deleted.
pub fn cutoff(now_unix: i64, older_than_days: u32) -> Result<Day, RetentionError> {
    if older_than_days == 0 || older_than_days > MAX_DAYS {
        return Err(RetentionError::Days);
    }
    let secs = now_unix - i64::from(older_than_days) * 86_400;
    Day::from_unix_seconds(secs).map_err(|_| RetentionError::Days)
}

pub fn run(
    database_url: &str,
    older_than_days: u32,
    out: &mut dyn Write,
) -> Result<(), RetentionError> {
    let now = storage::accounts::now();
    let cutoff = cutoff(now, older_than_days)?;
    let db = storage::Database::connect(database_url)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let deleted = storage::retention::delete_closed_before(&mut conn, &cutoff, |conn, d| {
        append_audit(
            conn,
            &AuditEntry {
                at: now,
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: "retention.deleted".into(),
                object_kind: Some("report".into()),
                object_id: None,
                detail: serde_json::json!({
                    "older_than_days": older_than_days,
                    "closed_before": cutoff.as_str(),
                    "reports": d.report_ids,
                    "messages": d.messages,
                    "attachments": d.attachments,
                    "records": d.records,
                }),
            },
        )
        .map(|_| ())
    })?;
    if deleted.report_ids.is_empty() {
        // Nothing deleted; the run itself is still on record.
        append_audit(
            &mut conn,
            &AuditEntry {
                at: now,
                actor_kind: ActorKind::Operator,
                actor_id: None,
                action: "retention.nothing".into(),
                object_kind: None,
                object_id: None,
                detail: serde_json::json!({
                    "older_than_days": older_than_days,
                    "closed_before": cutoff.as_str(),
                }),
            },
        )?;
    }
    writeln!(
        out,
        "retention: {} closed reports closed before {} deleted ({} messages, {} attachments, {} statistics records); released statistics unchanged",
        deleted.report_ids.len(),
        cutoff.as_str(),
        deleted.messages,
        deleted.attachments,
        deleted.records
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutoff_counts_whole_days_back_and_refuses_nonsense() {
        // 2026-11-28T12:00:00Z
        let now = 1_795_867_200;
        assert_eq!(
            cutoff(now, 1)
                .map(|d| d.as_str().to_string())
                .ok()
                .as_deref(),
            Some("2026-11-27")
        );
        assert_eq!(
            cutoff(now, 365)
                .map(|d| d.as_str().to_string())
                .ok()
                .as_deref(),
            Some("2025-11-28")
        );
        assert!(cutoff(now, 0).is_err());
        assert!(cutoff(now, MAX_DAYS + 1).is_err());
    }
}
