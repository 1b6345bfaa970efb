//! The queries over both account tables (`reviewers`, `member_state_users`), each written once.
//!
//! The two tables share their credential columns and differ only in the profile columns
//! (a reviewer's body and key pair, a member-state user's country). Diesel's tables are
//! distinct types, so each query is written once inside [`per_table!`], which expands it for
//! the table of the kind asked for, with `x` naming that table's profile columns.

use diesel::prelude::*;

use super::types::{
    Account, AccountUpdate, AnyProfile, Credentials, Lookup, MemberStateProfile, NewAccount,
    Profile, ReviewerProfile,
};
use super::{no_changes, one_row};
use crate::db::DbConn;
use crate::error::StorageError;
use crate::types::{parse_body, PrincipalKind};

/// Runs `$body` with `$t` naming the table of `$kind` and `$x` its profile-column module.
macro_rules! per_table {
    ($kind:expr, |$t:ident, $x:ident| $body:expr) => {
        match $kind {
            PrincipalKind::Reviewer => {
                #[allow(unused_imports)]
                use self::reviewer_columns as $x;
                use crate::schema::reviewers as $t;
                $body
            }
            PrincipalKind::MemberState => {
                #[allow(unused_imports)]
                use self::member_state_columns as $x;
                use crate::schema::member_state_users as $t;
                $body
            }
        }
    };
}

/// The credential columns of table `$t`, in the order of [`Credentials`]' fields.
macro_rules! credential_columns {
    ($t:ident) => {
        (
            $t::password_hash,
            $t::totp_secret,
            $t::last_totp_step,
            $t::enrolment_token_hash,
            $t::enrolment_expires,
            $t::failed_logins,
            $t::locked_until,
            $t::active,
            $t::created_at,
        )
    };
}

type Assign<C, V> = diesel::dsl::Eq<C, V>;

mod reviewer_columns {
    use super::*;
    use crate::schema::reviewers as t;

    pub type Row = (
        String,
        Option<Vec<u8>>,
        Option<String>,
        Option<Vec<u8>>,
        Option<String>,
    );

    pub fn select() -> (
        t::body,
        t::public_key,
        t::wrapped_private_key,
        t::signing_public_key,
        t::wrapped_signing_key,
    ) {
        (
            t::body,
            t::public_key,
            t::wrapped_private_key,
            t::signing_public_key,
            t::wrapped_signing_key,
        )
    }

    pub fn profile(
        (body, public_key, wrapped_private_key, signing_public_key, wrapped_signing_key): Row,
    ) -> Result<AnyProfile, StorageError> {
        Ok(AnyProfile::Reviewer(ReviewerProfile {
            body: parse_body(&body)?,
            public_key,
            wrapped_private_key,
            signing_public_key,
            wrapped_signing_key,
        }))
    }

    #[allow(clippy::type_complexity)]
    pub fn values(
        p: &AnyProfile,
    ) -> Result<
        (
            Assign<t::body, &'static str>,
            Assign<t::public_key, Option<&[u8]>>,
            Assign<t::wrapped_private_key, Option<&str>>,
            Assign<t::signing_public_key, Option<&[u8]>>,
            Assign<t::wrapped_signing_key, Option<&str>>,
        ),
        StorageError,
    > {
        let AnyProfile::Reviewer(p) = p else {
            return Err(StorageError::Invalid("not a reviewer profile".into()));
        };
        Ok((
            t::body.eq(p.body.as_str()),
            t::public_key.eq(p.public_key.as_deref()),
            t::wrapped_private_key.eq(p.wrapped_private_key.as_deref()),
            t::signing_public_key.eq(p.signing_public_key.as_deref()),
            t::wrapped_signing_key.eq(p.wrapped_signing_key.as_deref()),
        ))
    }
}

mod member_state_columns {
    use super::*;
    use crate::schema::member_state_users as t;

    pub type Row = (String,);

    pub fn select() -> (t::country,) {
        (t::country,)
    }

    pub fn profile((country,): Row) -> Result<AnyProfile, StorageError> {
        Ok(AnyProfile::MemberState(MemberStateProfile { country }))
    }

    pub fn values(p: &AnyProfile) -> Result<(Assign<t::country, &str>,), StorageError> {
        let AnyProfile::MemberState(p) = p else {
            return Err(StorageError::Invalid("not a member-state profile".into()));
        };
        if p.country.len() != 2 || !p.country.bytes().all(|c| c.is_ascii_uppercase()) {
            return Err(StorageError::Invalid(
                "country must be two upper-case letters".into(),
            ));
        }
        Ok((t::country.eq(p.country.as_str()),))
    }
}

/// The name of the kind in `NotFound` and `Invalid` errors.
fn what(kind: PrincipalKind) -> &'static str {
    match kind {
        PrincipalKind::Reviewer => "reviewer",
        PrincipalKind::MemberState => "member-state user",
    }
}

/// Creates an account; returns the id. `Conflict` if the name or enrolment token is taken;
/// `Invalid` for an empty name or (member-state users) a country that is not two upper-case
/// letters.
pub fn insert_account<P: Profile>(
    conn: &mut DbConn,
    new: &NewAccount<P>,
) -> Result<i64, StorageError> {
    let profile = new.profile.to_any();
    per_table!(P::KIND, |t, x| {
        let extra = x::values(&profile)?;
        if new.name.is_empty() {
            let who = match P::KIND {
                PrincipalKind::Reviewer => "reviewer",
                PrincipalKind::MemberState => "user",
            };
            return Err(StorageError::Invalid(format!("{who} name is empty")));
        }
        Ok(diesel::insert_into(t::table)
            .values((
                extra,
                t::name.eq(&new.name),
                t::enrolment_token_hash.eq(new.enrolment_token_hash.as_deref()),
                t::enrolment_expires.eq(new.enrolment_expires),
                t::failed_logins.eq(0),
                t::active.eq(new.active),
                t::created_at.eq(new.created_at),
            ))
            .returning(t::id)
            .get_result(conn)?)
    })
}

/// Loads the accounts of `kind` matching `lookup` (all of them for `None`), by id.
fn load(
    conn: &mut DbConn,
    kind: PrincipalKind,
    lookup: Option<Lookup<'_>>,
) -> Result<Vec<Account<AnyProfile>>, StorageError> {
    per_table!(kind, |t, x| {
        let mut query = t::table
            .select((t::id, t::name, credential_columns!(t), x::select()))
            .order(t::id.asc())
            .into_boxed();
        query = match lookup {
            None => query,
            Some(Lookup::Id(id)) => query.filter(t::id.eq(id)),
            Some(Lookup::Name(name)) => query.filter(t::name.eq(name)),
            Some(Lookup::EnrolmentToken(hash)) => query.filter(t::enrolment_token_hash.eq(hash)),
        };
        let rows: Vec<(i64, String, Credentials, x::Row)> = query.load(conn)?;
        rows.into_iter()
            .map(|(id, name, credentials, extra)| {
                Ok(Account {
                    id,
                    name,
                    profile: x::profile(extra)?,
                    credentials,
                })
            })
            .collect()
    })
}

/// The account of `kind` found by `lookup`, if any (for code that handles both kinds).
pub fn find_any_account(
    conn: &mut DbConn,
    kind: PrincipalKind,
    lookup: Lookup<'_>,
) -> Result<Option<Account<AnyProfile>>, StorageError> {
    Ok(load(conn, kind, Some(lookup))?.into_iter().next())
}

/// The account of kind `P` found by `lookup`, if any.
pub fn find_account<P: Profile>(
    conn: &mut DbConn,
    lookup: Lookup<'_>,
) -> Result<Option<Account<P>>, StorageError> {
    find_any_account(conn, P::KIND, lookup)?
        .map(Account::typed)
        .transpose()
}

/// All accounts of kind `P`, by id.
pub fn list_accounts<P: Profile>(conn: &mut DbConn) -> Result<Vec<Account<P>>, StorageError> {
    load(conn, P::KIND, None)?
        .into_iter()
        .map(Account::typed)
        .collect()
}

/// Applies `changes` to an account. `NotFound` for an unknown id; `Invalid` for no changes.
pub fn update_account(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    changes: &AccountUpdate,
) -> Result<(), StorageError> {
    let c = changes;
    let n = per_table!(kind, |t, x| diesel::update(t::table.find(id))
        .set((
            c.name.as_deref().map(|v| t::name.eq(v)),
            c.password_hash
                .as_ref()
                .map(|v| t::password_hash.eq(v.as_deref())),
            c.totp_secret
                .as_ref()
                .map(|v| t::totp_secret.eq(v.as_deref())),
            c.last_totp_step.map(|v| t::last_totp_step.eq(v)),
            c.enrolment_token_hash
                .as_ref()
                .map(|v| t::enrolment_token_hash.eq(v.as_deref())),
            c.enrolment_expires.map(|v| t::enrolment_expires.eq(v)),
            c.failed_logins.map(|v| t::failed_logins.eq(v)),
            c.locked_until.map(|v| t::locked_until.eq(v)),
            c.active.map(|v| t::active.eq(v)),
        ))
        .execute(conn))
    .map_err(no_changes)?;
    one_row(n, what(kind))
}

/// Stores a reviewer's key pair (public key and wrapped private key). `NotFound` for an
/// unknown id.
pub fn set_reviewer_key(
    conn: &mut DbConn,
    id: i64,
    public_key: &[u8],
    wrapped_private_key: &str,
) -> Result<(), StorageError> {
    use crate::schema::reviewers as t;
    let n = diesel::update(t::table.find(id))
        .set((
            t::public_key.eq(public_key),
            t::wrapped_private_key.eq(wrapped_private_key),
        ))
        .execute(conn)?;
    one_row(n, what(PrincipalKind::Reviewer))
}

/// Sets a reviewer's message signing key (Ed25519 public key and wrapped seed), or clears it.
pub fn set_reviewer_signing_key(
    conn: &mut DbConn,
    id: i64,
    key: Option<(&[u8], &str)>,
) -> Result<(), StorageError> {
    use crate::schema::reviewers as t;
    let n = diesel::update(t::table.find(id))
        .set((
            t::signing_public_key.eq(key.map(|k| k.0)),
            t::wrapped_signing_key.eq(key.map(|k| k.1)),
        ))
        .execute(conn)?;
    one_row(n, what(PrincipalKind::Reviewer))
}

/// Records a used TOTP step if it is newer than the last one (replay protection, atomic).
/// Returns `false` when the step was already used or is older.
pub fn advance_totp_step(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    step: i64,
) -> Result<bool, StorageError> {
    let n = per_table!(kind, |t, x| diesel::update(
        t::table
            .filter(t::id.eq(id))
            .filter(t::last_totp_step.is_null().or(t::last_totp_step.lt(step))),
    )
    .set(t::last_totp_step.eq(step))
    .execute(conn))?;
    Ok(n == 1)
}

/// Adds one failed login atomically and returns the new count.
pub fn increment_failed_logins(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
) -> Result<i32, StorageError> {
    per_table!(kind, |t, x| {
        let n = diesel::update(t::table.find(id))
            .set(t::failed_logins.eq(t::failed_logins + 1))
            .execute(conn)?;
        one_row(n, what(kind))?;
        Ok(t::table.find(id).select(t::failed_logins).first(conn)?)
    })
}

/// Claims the one login attempt an account under back-off may have now: sets `locked_until`
/// to `until` if it is empty or has passed at `now`, in one conditional update, so that of
/// several attempts at once only one is let through. Returns whether this one was.
pub fn claim_login_attempt(
    conn: &mut DbConn,
    kind: PrincipalKind,
    id: i64,
    now: i64,
    until: i64,
) -> Result<bool, StorageError> {
    let n = per_table!(kind, |t, x| diesel::update(
        t::table
            .filter(t::id.eq(id))
            .filter(t::locked_until.is_null().or(t::locked_until.le(now))),
    )
    .set(t::locked_until.eq(until))
    .execute(conn))?;
    Ok(n == 1)
}
