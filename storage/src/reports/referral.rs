//! Referrals: a reviewer of one body passes a report to the other body. The referring browser
//! re-seals the report's data key to the receiving body's keyring keys; those slots are stored
//! like grants (`granted_by` = the referring reviewer), the report becomes addressed to the
//! receiving body too (so its inbox, its access checks and the conversation include it), and a
//! `referrals` row records who referred it, when, and the day the receiving body first wrote
//! to the reporter (its own acknowledgement). All in one transaction.
//!
//! Checked here: the report is addressed to the referring body and not yet to the receiving
//! one (a second referral to the same body is a `Conflict`), the bodies differ, and every slot
//! is for the receiving body. That the slots' keys are that body's keyring keys is the
//! server's check (storage does not know the keyring).

use std::collections::HashMap;

use diesel::prelude::*;

use super::body_chosen;
use super::slots::{insert_slot, NewSlot};
use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{referrals, reports};
use crate::types::{parse_body, Body, Day};

/// A referral to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReferral {
    pub report_id: String,
    pub from: Body,
    pub to: Body,
    /// The referring reviewer's account id.
    pub referred_by: i64,
    pub day: Day,
    /// The data key sealed to each keyring key of `to` (reviewers and recovery).
    pub slots: Vec<NewSlot>,
    /// An internal note (envelope kind 3) sealed to both bodies, if the reviewer wrote one.
    pub note: Option<Vec<u8>>,
}

/// A stored referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub report_id: String,
    pub from: Body,
    pub to: Body,
    pub referred_by: i64,
    pub day: Day,
    /// The day a reviewer of `to` first wrote to the reporter after the referral.
    pub acknowledged_day: Option<Day>,
    pub note: Option<Vec<u8>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = referrals)]
struct ReferralQ {
    report_id: String,
    from_body: String,
    to_body: String,
    referred_by: i64,
    referred_day: String,
    acknowledged_day: Option<String>,
    note: Option<Vec<u8>>,
}

impl TryFrom<ReferralQ> for Referral {
    type Error = StorageError;

    fn try_from(r: ReferralQ) -> Result<Self, Self::Error> {
        Ok(Referral {
            report_id: r.report_id,
            from: parse_body(&r.from_body)?,
            to: parse_body(&r.to_body)?,
            referred_by: r.referred_by,
            day: r.referred_day.parse()?,
            acknowledged_day: r.acknowledged_day.map(|d| d.parse()).transpose()?,
            note: r.note,
        })
    }
}

/// Stores a referral with its slots and addresses the report to the receiving body.
/// `NotFound` for an unknown report; `Invalid` for the same body twice, a report not addressed
/// to `from`, no slot or a slot of another body; `Conflict` when the report is already
/// addressed to `to` (sent there by the reporter or referred before). Nothing is written then.
pub fn refer_report(conn: &mut DbConn, r: &NewReferral) -> Result<(), StorageError> {
    if r.from == r.to {
        return Err(StorageError::Invalid(
            "a report is referred to another body".into(),
        ));
    }
    if r.slots.is_empty() || r.slots.iter().any(|s| s.body != r.to) {
        return Err(StorageError::Invalid(format!(
            "every slot of a referral is for {}",
            r.to
        )));
    }
    write_transaction(conn, |conn| {
        let bodies: Option<(bool, bool)> = reports::table
            .find(r.report_id.as_str())
            .select((reports::to_euipo, reports::to_ec3))
            .first(conn)
            .optional()?;
        let Some((to_euipo, to_ec3)) = bodies else {
            return Err(StorageError::NotFound("report"));
        };
        if !body_chosen(to_euipo, to_ec3, r.from) {
            return Err(StorageError::Invalid(format!(
                "the report is not addressed to {}",
                r.from
            )));
        }
        if body_chosen(to_euipo, to_ec3, r.to) {
            return Err(StorageError::Conflict("referrals".into()));
        }
        for slot in &r.slots {
            insert_slot(conn, &r.report_id, slot, Some(r.referred_by))?;
        }
        let target = reports::table.find(r.report_id.as_str());
        match r.to {
            Body::Euipo => diesel::update(target)
                .set(reports::to_euipo.eq(true))
                .execute(conn)?,
            Body::Ec3 => diesel::update(target)
                .set(reports::to_ec3.eq(true))
                .execute(conn)?,
        };
        diesel::insert_into(referrals::table)
            .values((
                referrals::report_id.eq(r.report_id.as_str()),
                referrals::from_body.eq(r.from.as_str()),
                referrals::to_body.eq(r.to.as_str()),
                referrals::referred_by.eq(r.referred_by),
                referrals::referred_day.eq(r.day.as_str()),
                referrals::note.eq(r.note.as_deref()),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// The referrals of one report, oldest first.
pub fn referrals_of_report(
    conn: &mut DbConn,
    report_id: &str,
) -> Result<Vec<Referral>, StorageError> {
    referrals::table
        .filter(referrals::report_id.eq(report_id))
        .select(ReferralQ::as_select())
        .order((referrals::referred_day.asc(), referrals::to_body.asc()))
        .load(conn)?
        .into_iter()
        .map(Referral::try_from)
        .collect()
}

/// The referrals to `body`, by report id (for the inbox's deadlines).
pub fn referrals_to_body(
    conn: &mut DbConn,
    body: Body,
) -> Result<HashMap<String, Referral>, StorageError> {
    referrals::table
        .filter(referrals::to_body.eq(body.as_str()))
        .select(ReferralQ::as_select())
        .load(conn)?
        .into_iter()
        .map(|q| Referral::try_from(q).map(|r| (r.report_id.clone(), r)))
        .collect()
}

/// Records that a reviewer of `body` wrote to the reporter on `day`: the receiving body's
/// acknowledgement of a report referred to it (the first day only). Nothing for a report
/// not referred to `body`.
pub fn acknowledge_referral(
    conn: &mut DbConn,
    report_id: &str,
    body: Body,
    day: &Day,
) -> Result<(), StorageError> {
    diesel::update(
        referrals::table
            .filter(referrals::report_id.eq(report_id))
            .filter(referrals::to_body.eq(body.as_str()))
            .filter(referrals::acknowledged_day.is_null()),
    )
    .set(referrals::acknowledged_day.eq(day.as_str()))
    .execute(conn)?;
    Ok(())
}
