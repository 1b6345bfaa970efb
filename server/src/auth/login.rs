//! Password + TOTP login with a uniform failure answer and a lock-out.
//!
//! Order: an account locked now gets the lock-out answer without its credentials being
//! checked. Otherwise the password (Argon2id, on the blocking pool) and the code are both
//! checked, always; the code's step must also be newer than the last accepted one (replay).
//! Any failure counts towards the lock-out and gets the same answer, whichever part was wrong
//! and whether or not the name exists.

use storage::{Database, PrincipalKind};
use zeroize::Zeroizing;

use super::{account, password, totp};
use crate::web::WebError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The account id.
    Success(i64),
    /// Wrong name, password or code (which one is never said). `account` is the id when the
    /// name exists (for the audit log only).
    Failed { account: Option<i64> },
    /// Locked until this unix time.
    Locked { account: i64, until: i64 },
}

pub async fn login(
    db: &Database,
    kind: PrincipalKind,
    name: String,
    pass: Zeroizing<String>,
    code: String,
    now: i64,
) -> Result<Outcome, WebError> {
    let db = db.clone();
    let outcome = crate::blocking::block(
        "argon2",
        move || -> Result<Outcome, storage::StorageError> {
            let mut conn = db.conn()?;
            let found = account::find_by_name(&mut conn, kind, name.trim())?;
            let Some(acct) = found.filter(account::Account::can_log_in) else {
                password::verify_dummy(&pass);
                return Ok(Outcome::Failed { account: None });
            };
            let creds = &acct.credentials;
            if let Some(until) = creds.locked_until.filter(|u| *u > now) {
                return Ok(Outcome::Locked {
                    account: acct.id,
                    until,
                });
            }
            let pass_ok = creds
                .password_hash
                .as_deref()
                .is_some_and(|h| password::verify(h, &pass));
            let step = creds
                .totp_secret
                .as_deref()
                .and_then(|s| totp::check(s, &code, now));
            let ok = match (pass_ok, step) {
                (true, Some(step)) => account::advance_totp_step(&mut conn, kind, acct.id, step)?,
                _ => false,
            };
            if ok {
                account::clear_failures(&mut conn, kind, acct.id)?;
                return Ok(Outcome::Success(acct.id));
            }
            if account::record_failure(&mut conn, kind, acct.id, now)? {
                return Ok(Outcome::Locked {
                    account: acct.id,
                    until: now + super::LOCK_SECS,
                });
            }
            Ok(Outcome::Failed {
                account: Some(acct.id),
            })
        },
    )
    .await??;
    Ok(outcome)
}
