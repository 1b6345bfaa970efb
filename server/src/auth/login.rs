//! Password + TOTP login with one answer for every refusal, and throttling that slows
//! guessing without letting strangers lock the owner out.
//!
//! **One answer.** A wrong name, a wrong password or code and a throttled attempt all get the
//! same refusal (the caller answers 401 with one message), and every attempt spends one
//! Argon2id verification: an unknown name verifies against a dummy hash, a throttled attempt
//! verifies the account's hash and ignores the result. Neither the status nor the time (to
//! within one database write) tells whether a name exists or is being throttled.
//!
//! **Throttling, not lock-out.** After [`FREE_FAILURES`](super::FREE_FAILURES) failures in a
//! row, an account's credentials are checked at most once per back-off period — 1 s after the
//! fifth failure, doubling with each further one up to
//! [`MAX_BACKOFF_SECS`](super::MAX_BACKOFF_SECS) — for browsers that are not the owner's;
//! attempts in between are refused without being checked (and audited as throttled). The slot
//! is claimed with one conditional update ([`storage::accounts::claim_login_attempt`]), so
//! parallel guesses do not share it. A browser where the account signed in before (its device
//! cookie, [`super::browser`]) is never held back: the owner signs in with the right password
//! and code during a guessing attack. A successful login ends the back-off.
//!
//! Checked always, when checked at all: password and code both; the code's step must also be
//! newer than the last accepted one (replay).
//!
//! **Security keys.** An account with security keys that gives the right password and no code
//! goes on to its key ([`Outcome::KeyNeeded`], `super::security_key`): this one answer does
//! tell that the password was right, as any second step does. A code is refused, with the
//! same answer as a wrong one, when the account's policy does not allow TOTP.

use storage::{Database, PrincipalKind};
use zeroize::Zeroizing;

use super::browser::DeviceCookie;
use super::{account, password, totp};
use crate::web::WebError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The account id.
    Success(i64),
    /// Wrong name, password or code (which one is never said). `account` is the id when the
    /// name exists, `throttled_until` the end of the back-off this failure started,
    /// `totp_refused` whether a code was given to an account whose policy forbids TOTP (all for
    /// the audit log only).
    Failed {
        account: Option<i64>,
        throttled_until: Option<i64>,
        totp_refused: bool,
    },
    /// Not checked: the account is under back-off until this unix time.
    Throttled { account: i64, until: i64 },
    /// The password was right, no code was given and the account has security keys: the
    /// sign-in goes on to a key (nothing cleared or counted yet).
    KeyNeeded(i64),
}

/// The back-off after `failures` failures in a row: none below [`super::FREE_FAILURES`],
/// then 1 s, 2 s, 4 s … up to [`super::MAX_BACKOFF_SECS`].
pub fn backoff_secs(failures: i32) -> i64 {
    let over = failures - super::FREE_FAILURES;
    if over < 0 {
        return 0;
    }
    1i64.checked_shl(over.unsigned_abs().min(62))
        .unwrap_or(i64::MAX)
        .min(super::MAX_BACKOFF_SECS)
}

pub async fn login(
    db: &Database,
    kind: PrincipalKind,
    name: String,
    pass: Zeroizing<String>,
    code: String,
    device: DeviceCookie,
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
                return Ok(Outcome::Failed {
                    account: None,
                    throttled_until: None,
                    totp_refused: false,
                });
            };
            let creds = &acct.credentials;
            let verify = |pass: &str| {
                creds
                    .password_hash
                    .as_deref()
                    .is_some_and(|h| password::verify(h, pass))
            };
            let held_back = backoff_secs(creds.failed_logins) > 0 && !device.is_owners(acct.id);
            if held_back {
                let until = now + backoff_secs(creds.failed_logins);
                if !account::claim_attempt(&mut conn, kind, acct.id, now, until)? {
                    // The same work as a checked attempt; the result is not looked at.
                    let _ = verify(pass.as_str());
                    return Ok(Outcome::Throttled {
                        account: acct.id,
                        until: creds.locked_until.unwrap_or(now).max(now),
                    });
                }
            }
            let pass_ok = verify(pass.as_str());
            let code_given = !code.trim().is_empty();
            if pass_ok
                && !code_given
                && !storage::accounts::security_keys_of(&mut conn, kind, acct.id)?.is_empty()
            {
                return Ok(Outcome::KeyNeeded(acct.id));
            }
            let totp_allowed = storage::accounts::totp_allowed(&mut conn, kind, acct.id)?;
            let step = creds
                .totp_secret
                .as_deref()
                .filter(|_| totp_allowed)
                .and_then(|s| totp::check(s, &code, now));
            let ok = match (pass_ok, step) {
                (true, Some(step)) => account::advance_totp_step(&mut conn, kind, acct.id, step)?,
                _ => false,
            };
            if ok {
                account::clear_failures(&mut conn, kind, acct.id)?;
                return Ok(Outcome::Success(acct.id));
            }
            let throttled_until = account::record_failure(&mut conn, kind, acct.id, now)?;
            Ok(Outcome::Failed {
                account: Some(acct.id),
                throttled_until,
                totp_refused: code_given && !totp_allowed,
            })
        },
    )
    .await??;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_after_the_free_failures_up_to_the_cap() {
        let free = crate::auth::FREE_FAILURES;
        assert_eq!(backoff_secs(0), 0);
        assert_eq!(backoff_secs(free - 1), 0);
        assert_eq!(backoff_secs(free), 1);
        assert_eq!(backoff_secs(free + 1), 2);
        assert_eq!(backoff_secs(free + 3), 8);
        assert_eq!(
            backoff_secs(free + 40),
            crate::auth::MAX_BACKOFF_SECS,
            "capped"
        );
        assert_eq!(backoff_secs(i32::MAX), crate::auth::MAX_BACKOFF_SECS);
    }
}
