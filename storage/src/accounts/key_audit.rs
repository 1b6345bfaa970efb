//! The fingerprint of each reviewer key as enrolled, kept in the hash-chained audit log.
//!
//! Enrolment appends a `reviewer.key_enrolled` row (the reviewer id and the fingerprint of the
//! public key the browser posted) in the same transaction that stores the key. `tsr-admin keys
//! sign-keyring` compares the key in `reviewers.public_key` with the latest such row and
//! refuses a key that differs: a key changed in the database after enrolment does not reach
//! the keyring unnoticed. (Someone able to rewrite the database can also rewrite the audit
//! chain, whose hashes are not keyed: the decisive check is the operator's, who approves each
//! new key by the fingerprint the reviewer reads out through another channel.)

use diesel::prelude::*;

use crate::audit::{append_audit_in, AuditEntry, AuditRecord};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::audit_log;
use crate::types::ActorKind;

/// The audit action of a reviewer key enrolment.
pub const KEY_ENROLLED: &str = "reviewer.key_enrolled";

/// Stores the reviewer's public key and wrapped private key and appends the enrolment's audit
/// row (with the key's fingerprint) inside the caller's open write transaction.
pub fn enrol_reviewer_key(
    conn: &mut DbConn,
    reviewer_id: i64,
    public_key: &envelope::PublicKey,
    wrapped_private_key: &str,
    actor: ActorKind,
    at: i64,
) -> Result<AuditRecord, StorageError> {
    super::set_reviewer_key(conn, reviewer_id, &public_key.0, wrapped_private_key)?;
    append_audit_in(
        conn,
        &AuditEntry {
            at,
            actor_kind: actor,
            actor_id: (actor != ActorKind::Operator).then(|| reviewer_id.to_string()),
            action: KEY_ENROLLED.into(),
            object_kind: Some("reviewer".into()),
            object_id: Some(reviewer_id.to_string()),
            detail: serde_json::json!({ "fingerprint": public_key.fingerprint() }),
        },
    )
}

/// The fingerprint recorded at the reviewer's latest key enrolment, if any.
pub fn enrolled_fingerprint(
    conn: &mut DbConn,
    reviewer_id: i64,
) -> Result<Option<String>, StorageError> {
    let detail: Option<String> = audit_log::table
        .filter(audit_log::action.eq(KEY_ENROLLED))
        .filter(audit_log::object_kind.eq("reviewer"))
        .filter(audit_log::object_id.eq(reviewer_id.to_string()))
        .order(audit_log::seq.desc())
        .select(audit_log::detail)
        .first(conn)
        .optional()?;
    let Some(detail) = detail else {
        return Ok(None);
    };
    let value: serde_json::Value = serde_json::from_str(&detail)
        .map_err(|_| StorageError::Invalid("audit detail of a key enrolment".into()))?;
    Ok(value["fingerprint"].as_str().map(str::to_string))
}
