//! One view over the two kinds of account that log in (reviewers, member-state users), so the
//! login and session code is written once.

use storage::accounts::{self as acc, MemberStateUserUpdate, ReviewerUpdate};
use storage::{DbConn, PrincipalKind, StorageError};

/// What login needs of an account.
#[derive(Clone, PartialEq, Eq)]
pub struct Account {
    pub kind: PrincipalKind,
    pub id: i64,
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
    pub locked_until: Option<i64>,
    pub active: bool,
    /// Still holds an unused enrolment token.
    pub enrolment_pending: bool,
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
        self.active
            && !self.enrolment_pending
            && self.password_hash.is_some()
            && self.totp_secret.is_some()
    }
}

pub fn find_by_name(
    conn: &mut DbConn,
    kind: PrincipalKind,
    name: &str,
) -> Result<Option<Account>, StorageError> {
    Ok(match kind {
        PrincipalKind::Reviewer => acc::find_reviewer_by_name(conn, name)?.map(|r| Account {
            kind,
            id: r.id,
            password_hash: r.password_hash,
            totp_secret: r.totp_secret,
            locked_until: r.locked_until,
            active: r.active,
            enrolment_pending: r.enrolment_token_hash.is_some(),
        }),
        PrincipalKind::MemberState => {
            acc::find_member_state_user_by_name(conn, name)?.map(|u| Account {
                kind,
                id: u.id,
                password_hash: u.password_hash,
                totp_secret: u.totp_secret,
                locked_until: u.locked_until,
                active: u.active,
                enrolment_pending: u.enrolment_token_hash.is_some(),
            })
        }
    })
}

/// Records the TOTP step as used; `false` if it (or a later one) was used already.
pub fn advance_totp_step(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    step: i64,
) -> Result<bool, StorageError> {
    match kind {
        PrincipalKind::Reviewer => acc::advance_reviewer_totp_step(conn, id, step),
        PrincipalKind::MemberState => acc::advance_member_state_user_totp_step(conn, id, step),
    }
}

/// Counts a failed login; at [`super::MAX_FAILED_LOGINS`] locks the account for
/// [`super::LOCK_SECS`] and resets the count. Returns whether the account is now locked.
pub fn record_failure(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    now: i64,
) -> Result<bool, StorageError> {
    let count = match kind {
        PrincipalKind::Reviewer => acc::increment_reviewer_failed_logins(conn, id)?,
        PrincipalKind::MemberState => acc::increment_member_state_user_failed_logins(conn, id)?,
    };
    if count < super::MAX_FAILED_LOGINS {
        return Ok(false);
    }
    set_lock(conn, kind, id, Some(now + super::LOCK_SECS))?;
    Ok(true)
}

/// After a successful login: no failures counted, no lock.
pub fn clear_failures(conn: &mut DbConn, kind: PrincipalKind, id: i64) -> Result<(), StorageError> {
    set_lock(conn, kind, id, None)
}

fn set_lock(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    until: Option<i64>,
) -> Result<(), StorageError> {
    match kind {
        PrincipalKind::Reviewer => acc::update_reviewer(
            conn,
            id,
            &ReviewerUpdate {
                failed_logins: Some(0),
                locked_until: Some(until),
                ..Default::default()
            },
        ),
        PrincipalKind::MemberState => acc::update_member_state_user(
            conn,
            id,
            &MemberStateUserUpdate {
                failed_logins: Some(0),
                locked_until: Some(until),
                ..Default::default()
            },
        ),
    }
}
