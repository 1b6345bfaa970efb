//! `tsr-admin audit verify`: walks the hash chain of the audit log.

use std::io::Write;

use storage::audit::{append_audit, verify_audit_chain, AuditEntry};
use storage::ActorKind;

/// `Ok` with the number of rows when the chain is intact; `Err` naming the first broken row.
pub fn verify(database_url: &str, out: &mut dyn Write) -> Result<(), String> {
    let db = storage::Database::connect(database_url).map_err(|e| e.to_string())?;
    db.migrate().map_err(|e| e.to_string())?;
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    match verify_audit_chain(&mut conn).map_err(|e| e.to_string())? {
        Ok(n) => {
            // The check itself is an operator action; appended after verifying, so a broken
            // chain is never extended.
            append_audit(
                &mut conn,
                &AuditEntry {
                    at: storage::accounts::now(),
                    actor_kind: ActorKind::Operator,
                    actor_id: None,
                    action: "audit.verified".into(),
                    object_kind: None,
                    object_id: None,
                    detail: serde_json::json!({ "rows": n }),
                },
            )
            .map_err(|e| e.to_string())?;
            writeln!(out, "audit log intact: {n} rows verified").map_err(|e| e.to_string())
        }
        Err(b) => Err(format!(
            "audit log broken at seq {} ({:?}): that row or the one before it was altered, \
             removed or reordered",
            b.seq, b.reason
        )),
    }
}

/// `tsr-admin audit list`: the rows after `after` (at most `limit`), one per line: sequence
/// number, time (UTC), actor, action, object and detail. The log holds ids and actions, never
/// report content, so this is safe to print.
pub fn list(database_url: &str, after: i64, limit: i64, out: &mut dyn Write) -> Result<(), String> {
    let db = storage::Database::connect(database_url).map_err(|e| e.to_string())?;
    db.migrate().map_err(|e| e.to_string())?;
    let mut conn = db.conn().map_err(|e| e.to_string())?;
    let rows = storage::audit::audit_entries(&mut conn, after.max(0), limit.clamp(1, 10_000))
        .map_err(|e| e.to_string())?;
    let io = |e: std::io::Error| e.to_string();
    for r in &rows {
        let at = time::OffsetDateTime::from_unix_timestamp(r.at)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_else(|| r.at.to_string());
        let actor = match &r.actor_id {
            Some(id) => format!("{}:{id}", r.actor_kind.as_str()),
            None => r.actor_kind.as_str().to_string(),
        };
        let object = match (&r.object_kind, &r.object_id) {
            (Some(k), Some(id)) => format!("{k}:{id}"),
            (Some(k), None) => k.clone(),
            _ => "-".to_string(),
        };
        writeln!(
            out,
            "{:>6}  {at}  {actor:<12} {:<26} {object}  {}",
            r.seq, r.action, r.detail
        )
        .map_err(io)?;
    }
    if rows.is_empty() {
        writeln!(out, "no audit rows after seq {after}").map_err(io)?;
    }
    Ok(())
}
