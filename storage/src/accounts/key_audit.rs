//! The fingerprint of each reviewer key as enrolled, kept in the hash-chained audit log.
//!
//! Enrolment appends a `reviewer.key_enrolled` row (the reviewer id and the fingerprint of the
//! public key the browser posted) in the same transaction that stores the key. `tsr-admin keys
//! sign-keyring` compares the key in `reviewers.public_key` with the latest such row and
//! refuses a key that differs: a key changed in the database after enrolment does not reach
//! the keyring unnoticed. (Someone able to rewrite the database can also rewrite the audit
//! chain, whose hashes are not keyed: the decisive check is the operator's, who approves each
//! new key by the fingerprint the reviewer reads out through another channel.)
//!
//! The reviewer's Ed25519 message signing key, made at the same enrolment, is stored with it
//! and its fingerprint recorded in the same row (`signing_fingerprint`); `sign-keyring` puts it
//! into the keyring entry only when it matches that record.

use diesel::prelude::*;

use crate::audit::{append_audit_in, AuditEntry, AuditRecord};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::audit_log;
use crate::types::ActorKind;

/// The audit action of a reviewer key enrolment.
pub const KEY_ENROLLED: &str = "reviewer.key_enrolled";

/// A message signing key posted at enrolment: the Ed25519 public key and its wrapped seed.
#[derive(Debug, Clone)]
pub struct SigningKeyUpload {
    pub public_key: envelope::SigningPublicKey,
    pub wrapped_json: String,
}

/// Stores the reviewer's public key and wrapped private key (and signing key, when the browser
/// made one) and appends the enrolment's audit row (with the keys' fingerprints) inside the
/// caller's open write transaction.
pub fn enrol_reviewer_key(
    conn: &mut DbConn,
    reviewer_id: i64,
    public_key: &envelope::PublicKey,
    wrapped_private_key: &str,
    signing: Option<&SigningKeyUpload>,
    actor: ActorKind,
    at: i64,
) -> Result<AuditRecord, StorageError> {
    super::set_reviewer_key(conn, reviewer_id, &public_key.0, wrapped_private_key)?;
    super::set_reviewer_signing_key(
        conn,
        reviewer_id,
        signing.map(|s| (&s.public_key.0[..], s.wrapped_json.as_str())),
    )?;
    let mut detail = serde_json::json!({ "fingerprint": public_key.fingerprint() });
    if let Some(s) = signing {
        detail["signing_fingerprint"] = serde_json::Value::from(s.public_key.fingerprint());
    }
    append_audit_in(
        conn,
        &AuditEntry {
            at,
            actor_kind: actor,
            actor_id: (actor != ActorKind::Operator).then(|| reviewer_id.to_string()),
            action: KEY_ENROLLED.into(),
            object_kind: Some("reviewer".into()),
            object_id: Some(reviewer_id.to_string()),
            detail,
        },
    )
}

/// The fingerprint recorded at the reviewer's latest key enrolment, if any.
pub fn enrolled_fingerprint(
    conn: &mut DbConn,
    reviewer_id: i64,
) -> Result<Option<String>, StorageError> {
    enrolled_field(conn, reviewer_id, "fingerprint")
}

/// The signing key fingerprint recorded at the reviewer's latest key enrolment, if any (none
/// for enrolments before message signatures).
pub fn enrolled_signing_fingerprint(
    conn: &mut DbConn,
    reviewer_id: i64,
) -> Result<Option<String>, StorageError> {
    enrolled_field(conn, reviewer_id, "signing_fingerprint")
}

fn enrolled_field(
    conn: &mut DbConn,
    reviewer_id: i64,
    field: &str,
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
    Ok(value[field].as_str().map(str::to_string))
}
