//! Recipient slots: a report's data key sealed to one recipient key each, the ones sealed at
//! submission and the ones a reviewer grants later to a colleague's key.

use diesel::prelude::*;

use super::body_chosen;
use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{recipient_slots, reports};
use crate::types::{parse_body, to_array32, Body};

/// A recipient slot to store: the report's data key sealed to one recipient public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSlot {
    /// The recipient's X25519 public key.
    pub recipient_pk: [u8; 32],
    /// The body the recipient key belongs to.
    pub body: Body,
    /// `crypto_box_seal` of the data key to `recipient_pk`.
    pub sealed_key: Vec<u8>,
}

/// A stored recipient slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub report_id: String,
    pub recipient_pk: [u8; 32],
    pub body: Body,
    pub sealed_key: Vec<u8>,
    /// The reviewer who granted access later; `None` for slots sealed at submission.
    pub granted_by: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = recipient_slots)]
struct SlotRow<'a> {
    report_id: &'a str,
    recipient_pk: &'a [u8],
    body: &'a str,
    sealed_key: &'a [u8],
    granted_by: Option<i64>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = recipient_slots)]
struct SlotQ {
    report_id: String,
    recipient_pk: Vec<u8>,
    body: String,
    sealed_key: Vec<u8>,
    granted_by: Option<i64>,
}

impl TryFrom<SlotQ> for Slot {
    type Error = StorageError;

    fn try_from(s: SlotQ) -> Result<Self, Self::Error> {
        Ok(Slot {
            report_id: s.report_id,
            recipient_pk: to_array32("recipient_pk", s.recipient_pk)?,
            body: parse_body(&s.body)?,
            sealed_key: s.sealed_key,
            granted_by: s.granted_by,
        })
    }
}

/// Inserts one slot (inside the caller's transaction).
pub(super) fn insert_slot(
    conn: &mut DbConn,
    report_id: &str,
    slot: &NewSlot,
    granted_by: Option<i64>,
) -> Result<(), StorageError> {
    diesel::insert_into(recipient_slots::table)
        .values(SlotRow {
            report_id,
            recipient_pk: &slot.recipient_pk,
            body: slot.body.as_str(),
            sealed_key: &slot.sealed_key,
            granted_by,
        })
        .execute(conn)?;
    Ok(())
}

/// Adds a recipient slot granted later by reviewer `granted_by` (e.g. a new colleague's key).
/// The slot's body must be one the report is addressed to. `NotFound` for an unknown report,
/// `Conflict` if the key already has a slot.
pub fn add_grant_slot(
    conn: &mut DbConn,
    report_id: &str,
    slot: &NewSlot,
    granted_by: i64,
) -> Result<(), StorageError> {
    write_transaction(conn, |conn| {
        let bodies: Option<(bool, bool)> = reports::table
            .find(report_id)
            .select((reports::to_euipo, reports::to_ec3))
            .first(conn)
            .optional()?;
        let Some((to_euipo, to_ec3)) = bodies else {
            return Err(StorageError::NotFound("report"));
        };
        if !body_chosen(to_euipo, to_ec3, slot.body) {
            return Err(StorageError::Invalid(format!(
                "the report is not addressed to {}",
                slot.body
            )));
        }
        insert_slot(conn, report_id, slot, Some(granted_by))
    })
}

/// `granted_by` of a slot the operator granted with a body's recovery key (`tsr-admin recovery
/// import`): no reviewer granted it, and reviewer ids start at 1. The console treats it as any
/// other grant; the audit log names the operator's action.
pub const RECOVERY_GRANT: i64 = 0;

/// The ids of the reports that have a slot (sealed at submission or granted) for the key
/// `recipient_pk`, oldest id order.
pub fn reports_with_slot_for(
    conn: &mut DbConn,
    recipient_pk: &[u8; 32],
) -> Result<Vec<String>, StorageError> {
    Ok(recipient_slots::table
        .filter(recipient_slots::recipient_pk.eq(&recipient_pk[..]))
        .select(recipient_slots::report_id)
        .order(recipient_slots::report_id.asc())
        .load(conn)?)
}

/// Every distinct recipient key that has a slot of some report (to find a key by its
/// fingerprint, also one no longer in the keyring).
pub fn slot_recipient_keys(conn: &mut DbConn) -> Result<Vec<[u8; 32]>, StorageError> {
    recipient_slots::table
        .select(recipient_slots::recipient_pk)
        .distinct()
        .load::<Vec<u8>>(conn)?
        .into_iter()
        .map(|k| to_array32("recipient_pk", k))
        .collect()
}

/// The recipient slots of a report, ordered by body then key.
pub fn slots_for_report(conn: &mut DbConn, report_id: &str) -> Result<Vec<Slot>, StorageError> {
    recipient_slots::table
        .filter(recipient_slots::report_id.eq(report_id))
        .select(SlotQ::as_select())
        .order((
            recipient_slots::body.asc(),
            recipient_slots::recipient_pk.asc(),
        ))
        .load(conn)?
        .into_iter()
        .map(Slot::try_from)
        .collect()
}
