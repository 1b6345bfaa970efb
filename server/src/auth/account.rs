//! The login policy over both kinds of account (reviewers, member-state users): what an account
//! must have to log in, and the back-off after repeated failures (`super::login`). The storage functions are
//! already written once for both kinds (`storage::accounts`); this adds the thresholds.

use storage::accounts::{self as acc, AccountUpdate, Lookup};
use storage::{DbConn, PrincipalKind, StorageError};

/// What login needs of an account.
#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub kind: PrincipalKind,
    pub id: i64,
    pub credentials: acc::Credentials,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl Account {
    /// Password and TOTP set, active, enrolment finished.
    pub fn can_log_in(&self) -> bool {
        self.credentials.can_log_in()
    }
}

pub fn find_by_name(
    conn: &mut DbConn,
    kind: PrincipalKind,
    name: &str,
) -> Result<Option<Account>, StorageError> {
    Ok(
        acc::find_any_account(conn, kind, Lookup::Name(name))?.map(|a| Account {
            kind,
            id: a.id,
            credentials: a.credentials,
        }),
    )
}

/// Records the TOTP step as used; `false` if it (or a later one) was used already.
pub fn advance_totp_step(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    step: i64,
) -> Result<bool, StorageError> {
    acc::advance_totp_step(conn, kind, id, step)
}

/// Counts a failed login; from [`super::FREE_FAILURES`] failures in a row on, holds the
/// account back for the back-off of the new count ([`super::login::backoff_secs`]) and returns
/// until when.
pub fn record_failure(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    now: i64,
) -> Result<Option<i64>, StorageError> {
    let count = acc::increment_failed_logins(conn, kind, id)?;
    let backoff = super::login::backoff_secs(count);
    if backoff == 0 {
        return Ok(None);
    }
    let until = now + backoff;
    acc::update_account(
        conn,
        kind,
        id,
        &AccountUpdate {
            locked_until: Some(Some(until)),
            ..Default::default()
        },
    )?;
    Ok(Some(until))
}

/// Claims the one checked attempt an account under back-off may have now (see
/// [`acc::claim_login_attempt`]); the next one waits until `until`.
pub fn claim_attempt(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    now: i64,
    until: i64,
) -> Result<bool, StorageError> {
    acc::claim_login_attempt(conn, kind, id, now, until)
}

/// After a successful login: no failures counted, no back-off.
pub fn clear_failures(conn: &mut DbConn, kind: PrincipalKind, id: i64) -> Result<(), StorageError> {
    set_lock(conn, kind, id, None)
}

fn set_lock(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    until: Option<i64>,
) -> Result<(), StorageError> {
    acc::update_account(
        conn,
        kind,
        id,
        &AccountUpdate {
            failed_logins: Some(0),
            locked_until: Some(until),
            ..Default::default()
        },
    )
}
