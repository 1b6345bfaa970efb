//! Accounts and sessions: reviewers, member-state users, their API tokens, and login sessions.
//!
//! Basic insert / find / update functions; login policy (lockout thresholds, TOTP windows,
//! session lifetimes) lives above this crate. Secrets are stored only as hashes (passwords,
//! enrolment tokens, API tokens, session tokens) or wrapped (the reviewer's private key).

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{api_tokens, member_state_users, reviewers, sessions};
use crate::types::{Body, Day, PrincipalKind};

fn no_changes(e: diesel::result::Error) -> StorageError {
    match e {
        diesel::result::Error::QueryBuilderError(_) => {
            StorageError::Invalid("update with no changes".into())
        }
        e => e.into(),
    }
}

fn one_row(n: usize, what: &'static str) -> Result<(), StorageError> {
    if n == 0 {
        Err(StorageError::NotFound(what))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Reviewers

/// A reviewer account to create (enrolment pending until password, TOTP and key are set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReviewer {
    pub body: Body,
    /// Login name, unique.
    pub name: String,
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

/// A stored reviewer account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewer {
    pub id: i64,
    pub body: Body,
    pub name: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
    pub last_totp_step: Option<i64>,
    pub public_key: Option<Vec<u8>>,
    pub wrapped_private_key: Option<String>,
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub failed_logins: i32,
    pub locked_until: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

/// Changes to a reviewer: `None` leaves a field alone, `Some(None)` clears a nullable one.
#[derive(Debug, Clone, Default, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = reviewers)]
pub struct ReviewerUpdate {
    pub name: Option<String>,
    pub password_hash: Option<Option<String>>,
    pub totp_secret: Option<Option<Vec<u8>>>,
    pub last_totp_step: Option<Option<i64>>,
    pub public_key: Option<Option<Vec<u8>>>,
    pub wrapped_private_key: Option<Option<String>>,
    pub enrolment_token_hash: Option<Option<Vec<u8>>>,
    pub enrolment_expires: Option<Option<i64>>,
    pub failed_logins: Option<i32>,
    pub locked_until: Option<Option<i64>>,
    pub active: Option<bool>,
}

#[derive(Insertable)]
#[diesel(table_name = reviewers)]
struct ReviewerRow<'a> {
    body: &'a str,
    name: &'a str,
    enrolment_token_hash: Option<&'a [u8]>,
    enrolment_expires: Option<i64>,
    failed_logins: i32,
    active: bool,
    created_at: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = reviewers)]
struct ReviewerQ {
    id: i64,
    body: String,
    name: String,
    password_hash: Option<String>,
    totp_secret: Option<Vec<u8>>,
    last_totp_step: Option<i64>,
    public_key: Option<Vec<u8>>,
    wrapped_private_key: Option<String>,
    enrolment_token_hash: Option<Vec<u8>>,
    enrolment_expires: Option<i64>,
    failed_logins: i32,
    locked_until: Option<i64>,
    active: bool,
    created_at: i64,
}

impl TryFrom<ReviewerQ> for Reviewer {
    type Error = StorageError;

    fn try_from(r: ReviewerQ) -> Result<Self, Self::Error> {
        Ok(Reviewer {
            id: r.id,
            body: r.body.parse()?,
            name: r.name,
            password_hash: r.password_hash,
            totp_secret: r.totp_secret,
            last_totp_step: r.last_totp_step,
            public_key: r.public_key,
            wrapped_private_key: r.wrapped_private_key,
            enrolment_token_hash: r.enrolment_token_hash,
            enrolment_expires: r.enrolment_expires,
            failed_logins: r.failed_logins,
            locked_until: r.locked_until,
            active: r.active,
            created_at: r.created_at,
        })
    }
}

/// Creates a reviewer; returns the id. `Conflict` if the name or enrolment token is taken.
pub fn insert_reviewer(conn: &mut DbConn, new: &NewReviewer) -> Result<i64, StorageError> {
    if new.name.is_empty() {
        return Err(StorageError::Invalid("reviewer name is empty".into()));
    }
    Ok(diesel::insert_into(reviewers::table)
        .values(ReviewerRow {
            body: new.body.as_str(),
            name: &new.name,
            enrolment_token_hash: new.enrolment_token_hash.as_deref(),
            enrolment_expires: new.enrolment_expires,
            failed_logins: 0,
            active: new.active,
            created_at: new.created_at,
        })
        .returning(reviewers::id)
        .get_result(conn)?)
}

fn load_reviewer(
    conn: &mut DbConn,
    query: reviewers::BoxedQuery<'_, <DbConn as diesel::Connection>::Backend>,
) -> Result<Option<Reviewer>, StorageError> {
    query
        .select(ReviewerQ::as_select())
        .first(conn)
        .optional()?
        .map(Reviewer::try_from)
        .transpose()
}

/// The reviewer with this id, if any.
pub fn find_reviewer(conn: &mut DbConn, id: i64) -> Result<Option<Reviewer>, StorageError> {
    load_reviewer(
        conn,
        reviewers::table.filter(reviewers::id.eq(id)).into_boxed(),
    )
}

/// The reviewer with this login name, if any.
pub fn find_reviewer_by_name(
    conn: &mut DbConn,
    name: &str,
) -> Result<Option<Reviewer>, StorageError> {
    load_reviewer(
        conn,
        reviewers::table
            .filter(reviewers::name.eq(name))
            .into_boxed(),
    )
}

/// The reviewer holding this enrolment token hash, if any (expiry is the caller's check).
pub fn find_reviewer_by_enrolment_token(
    conn: &mut DbConn,
    token_hash: &[u8],
) -> Result<Option<Reviewer>, StorageError> {
    load_reviewer(
        conn,
        reviewers::table
            .filter(reviewers::enrolment_token_hash.eq(token_hash))
            .into_boxed(),
    )
}

/// All reviewers, by id.
pub fn list_reviewers(conn: &mut DbConn) -> Result<Vec<Reviewer>, StorageError> {
    reviewers::table
        .select(ReviewerQ::as_select())
        .order(reviewers::id.asc())
        .load(conn)?
        .into_iter()
        .map(Reviewer::try_from)
        .collect()
}

/// Applies `changes` to a reviewer. `NotFound` for an unknown id; `Invalid` for no changes.
pub fn update_reviewer(
    conn: &mut DbConn,
    id: i64,
    changes: &ReviewerUpdate,
) -> Result<(), StorageError> {
    let n = diesel::update(reviewers::table.find(id))
        .set(changes)
        .execute(conn)
        .map_err(no_changes)?;
    one_row(n, "reviewer")
}

/// Records a used TOTP step if it is newer than the last one (replay protection, atomic).
/// Returns `false` when the step was already used or is older.
pub fn advance_reviewer_totp_step(
    conn: &mut DbConn,
    id: i64,
    step: i64,
) -> Result<bool, StorageError> {
    let n = diesel::update(
        reviewers::table.filter(reviewers::id.eq(id)).filter(
            reviewers::last_totp_step
                .is_null()
                .or(reviewers::last_totp_step.lt(step)),
        ),
    )
    .set(reviewers::last_totp_step.eq(step))
    .execute(conn)?;
    Ok(n == 1)
}

/// Adds one failed login atomically and returns the new count.
pub fn increment_reviewer_failed_logins(conn: &mut DbConn, id: i64) -> Result<i32, StorageError> {
    let n = diesel::update(reviewers::table.find(id))
        .set(reviewers::failed_logins.eq(reviewers::failed_logins + 1))
        .execute(conn)?;
    one_row(n, "reviewer")?;
    Ok(reviewers::table
        .find(id)
        .select(reviewers::failed_logins)
        .first(conn)?)
}

// ---------------------------------------------------------------------------------------------
// Member-state users

/// A member-state authority user to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMemberStateUser {
    /// Two upper-case letters (ISO 3166-1 alpha-2, `EL` for Greece as in EU usage).
    pub country: String,
    /// Login name, unique.
    pub name: String,
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

/// A stored member-state user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberStateUser {
    pub id: i64,
    pub country: String,
    pub name: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<Vec<u8>>,
    pub last_totp_step: Option<i64>,
    pub enrolment_token_hash: Option<Vec<u8>>,
    pub enrolment_expires: Option<i64>,
    pub failed_logins: i32,
    pub locked_until: Option<i64>,
    pub active: bool,
    pub created_at: i64,
}

/// Changes to a member-state user: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq, AsChangeset)]
#[diesel(table_name = member_state_users)]
pub struct MemberStateUserUpdate {
    pub name: Option<String>,
    pub password_hash: Option<Option<String>>,
    pub totp_secret: Option<Option<Vec<u8>>>,
    pub last_totp_step: Option<Option<i64>>,
    pub enrolment_token_hash: Option<Option<Vec<u8>>>,
    pub enrolment_expires: Option<Option<i64>>,
    pub failed_logins: Option<i32>,
    pub locked_until: Option<Option<i64>>,
    pub active: Option<bool>,
}

#[derive(Insertable)]
#[diesel(table_name = member_state_users)]
struct MemberStateUserRow<'a> {
    country: &'a str,
    name: &'a str,
    enrolment_token_hash: Option<&'a [u8]>,
    enrolment_expires: Option<i64>,
    failed_logins: i32,
    active: bool,
    created_at: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = member_state_users)]
struct MemberStateUserQ {
    id: i64,
    country: String,
    name: String,
    password_hash: Option<String>,
    totp_secret: Option<Vec<u8>>,
    last_totp_step: Option<i64>,
    enrolment_token_hash: Option<Vec<u8>>,
    enrolment_expires: Option<i64>,
    failed_logins: i32,
    locked_until: Option<i64>,
    active: bool,
    created_at: i64,
}

impl From<MemberStateUserQ> for MemberStateUser {
    fn from(u: MemberStateUserQ) -> Self {
        MemberStateUser {
            id: u.id,
            country: u.country,
            name: u.name,
            password_hash: u.password_hash,
            totp_secret: u.totp_secret,
            last_totp_step: u.last_totp_step,
            enrolment_token_hash: u.enrolment_token_hash,
            enrolment_expires: u.enrolment_expires,
            failed_logins: u.failed_logins,
            locked_until: u.locked_until,
            active: u.active,
            created_at: u.created_at,
        }
    }
}

/// Creates a member-state user; returns the id. `Conflict` if the name or token is taken.
pub fn insert_member_state_user(
    conn: &mut DbConn,
    new: &NewMemberStateUser,
) -> Result<i64, StorageError> {
    if new.country.len() != 2 || !new.country.bytes().all(|c| c.is_ascii_uppercase()) {
        return Err(StorageError::Invalid(
            "country must be two upper-case letters".into(),
        ));
    }
    if new.name.is_empty() {
        return Err(StorageError::Invalid("user name is empty".into()));
    }
    Ok(diesel::insert_into(member_state_users::table)
        .values(MemberStateUserRow {
            country: &new.country,
            name: &new.name,
            enrolment_token_hash: new.enrolment_token_hash.as_deref(),
            enrolment_expires: new.enrolment_expires,
            failed_logins: 0,
            active: new.active,
            created_at: new.created_at,
        })
        .returning(member_state_users::id)
        .get_result(conn)?)
}

/// The member-state user with this id, if any.
pub fn find_member_state_user(
    conn: &mut DbConn,
    id: i64,
) -> Result<Option<MemberStateUser>, StorageError> {
    Ok(member_state_users::table
        .find(id)
        .select(MemberStateUserQ::as_select())
        .first(conn)
        .optional()?
        .map(MemberStateUser::from))
}

/// The member-state user with this login name, if any.
pub fn find_member_state_user_by_name(
    conn: &mut DbConn,
    name: &str,
) -> Result<Option<MemberStateUser>, StorageError> {
    Ok(member_state_users::table
        .filter(member_state_users::name.eq(name))
        .select(MemberStateUserQ::as_select())
        .first(conn)
        .optional()?
        .map(MemberStateUser::from))
}

/// The member-state user holding this enrolment token hash, if any.
pub fn find_member_state_user_by_enrolment_token(
    conn: &mut DbConn,
    token_hash: &[u8],
) -> Result<Option<MemberStateUser>, StorageError> {
    Ok(member_state_users::table
        .filter(member_state_users::enrolment_token_hash.eq(token_hash))
        .select(MemberStateUserQ::as_select())
        .first(conn)
        .optional()?
        .map(MemberStateUser::from))
}

/// All member-state users, by id.
pub fn list_member_state_users(conn: &mut DbConn) -> Result<Vec<MemberStateUser>, StorageError> {
    Ok(member_state_users::table
        .select(MemberStateUserQ::as_select())
        .order(member_state_users::id.asc())
        .load(conn)?
        .into_iter()
        .map(MemberStateUser::from)
        .collect())
}

/// Applies `changes` to a member-state user. `NotFound` for an unknown id.
pub fn update_member_state_user(
    conn: &mut DbConn,
    id: i64,
    changes: &MemberStateUserUpdate,
) -> Result<(), StorageError> {
    let n = diesel::update(member_state_users::table.find(id))
        .set(changes)
        .execute(conn)
        .map_err(no_changes)?;
    one_row(n, "member-state user")
}

/// Records a used TOTP step if newer than the last one; `false` on replay.
pub fn advance_member_state_user_totp_step(
    conn: &mut DbConn,
    id: i64,
    step: i64,
) -> Result<bool, StorageError> {
    let n = diesel::update(
        member_state_users::table
            .filter(member_state_users::id.eq(id))
            .filter(
                member_state_users::last_totp_step
                    .is_null()
                    .or(member_state_users::last_totp_step.lt(step)),
            ),
    )
    .set(member_state_users::last_totp_step.eq(step))
    .execute(conn)?;
    Ok(n == 1)
}

/// Adds one failed login atomically and returns the new count.
pub fn increment_member_state_user_failed_logins(
    conn: &mut DbConn,
    id: i64,
) -> Result<i32, StorageError> {
    let n = diesel::update(member_state_users::table.find(id))
        .set(member_state_users::failed_logins.eq(member_state_users::failed_logins + 1))
        .execute(conn)?;
    one_row(n, "member-state user")?;
    Ok(member_state_users::table
        .find(id)
        .select(member_state_users::failed_logins)
        .first(conn)?)
}

// ---------------------------------------------------------------------------------------------
// API tokens

/// An API token to store (the token itself is shown once and never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    pub user_id: i64,
    pub name: String,
    pub token_hash: Vec<u8>,
    pub created_at: i64,
}

/// A stored API token.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub token_hash: Vec<u8>,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// Day granularity only.
    pub last_used_day: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = api_tokens)]
struct ApiTokenRow<'a> {
    user_id: i64,
    name: &'a str,
    token_hash: &'a [u8],
    created_at: i64,
}

/// Stores an API token; returns its id. `Conflict` for an unknown user or a taken hash.
pub fn insert_api_token(conn: &mut DbConn, new: &NewApiToken) -> Result<i64, StorageError> {
    Ok(diesel::insert_into(api_tokens::table)
        .values(ApiTokenRow {
            user_id: new.user_id,
            name: &new.name,
            token_hash: &new.token_hash,
            created_at: new.created_at,
        })
        .returning(api_tokens::id)
        .get_result(conn)?)
}

/// The token with this hash, if any (revoked ones too: check `revoked_at`).
pub fn find_api_token_by_hash(
    conn: &mut DbConn,
    token_hash: &[u8],
) -> Result<Option<ApiToken>, StorageError> {
    Ok(api_tokens::table
        .filter(api_tokens::token_hash.eq(token_hash))
        .select(ApiToken::as_select())
        .first(conn)
        .optional()?)
}

/// A user's tokens, by id.
pub fn list_api_tokens_for_user(
    conn: &mut DbConn,
    user_id: i64,
) -> Result<Vec<ApiToken>, StorageError> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .select(ApiToken::as_select())
        .order(api_tokens::id.asc())
        .load(conn)?)
}

/// Revokes a token (keeps the first revocation time). `NotFound` for an unknown id.
pub fn revoke_api_token(conn: &mut DbConn, id: i64, at: i64) -> Result<(), StorageError> {
    let exists =
        diesel::select(diesel::dsl::exists(api_tokens::table.find(id))).get_result::<bool>(conn)?;
    if !exists {
        return Err(StorageError::NotFound("API token"));
    }
    diesel::update(
        api_tokens::table
            .find(id)
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(at))
    .execute(conn)?;
    Ok(())
}

/// Records the day a token was last used.
pub fn touch_api_token(conn: &mut DbConn, id: i64, day: &Day) -> Result<(), StorageError> {
    let n = diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_day.eq(day.as_str()))
        .execute(conn)?;
    one_row(n, "API token")
}

// ---------------------------------------------------------------------------------------------
// Sessions

/// A login session to store (reviewers and member-state users only; reporters have none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub token_hash: Vec<u8>,
    pub principal_kind: PrincipalKind,
    pub principal_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token_hash: Vec<u8>,
    pub principal_kind: PrincipalKind,
    pub principal_id: i64,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

#[derive(Insertable, Queryable, Selectable)]
#[diesel(table_name = sessions)]
struct SessionRow {
    token_hash: Vec<u8>,
    principal_kind: String,
    principal_id: i64,
    csrf_token: String,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
}

/// Stores a session (`last_seen_at` = `created_at`). `Conflict` for a taken token hash.
pub fn insert_session(conn: &mut DbConn, new: &NewSession) -> Result<(), StorageError> {
    diesel::insert_into(sessions::table)
        .values(SessionRow {
            token_hash: new.token_hash.clone(),
            principal_kind: new.principal_kind.as_str().to_string(),
            principal_id: new.principal_id,
            csrf_token: new.csrf_token.clone(),
            created_at: new.created_at,
            last_seen_at: new.created_at,
            expires_at: new.expires_at,
        })
        .execute(conn)?;
    Ok(())
}

/// The session with this token hash if it has not expired at `now`.
pub fn find_session(
    conn: &mut DbConn,
    token_hash: &[u8],
    now: i64,
) -> Result<Option<Session>, StorageError> {
    sessions::table
        .find(token_hash)
        .filter(sessions::expires_at.gt(now))
        .select(SessionRow::as_select())
        .first(conn)
        .optional()?
        .map(|s| {
            Ok(Session {
                token_hash: s.token_hash,
                principal_kind: s.principal_kind.parse()?,
                principal_id: s.principal_id,
                csrf_token: s.csrf_token,
                created_at: s.created_at,
                last_seen_at: s.last_seen_at,
                expires_at: s.expires_at,
            })
        })
        .transpose()
}

/// Marks a session as seen at `now` and moves its expiry. `NotFound` if it is gone.
pub fn touch_session(
    conn: &mut DbConn,
    token_hash: &[u8],
    now: i64,
    expires_at: i64,
) -> Result<(), StorageError> {
    let n = diesel::update(sessions::table.find(token_hash))
        .set((
            sessions::last_seen_at.eq(now),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    one_row(n, "session")
}

/// Deletes a session (logout). Deleting a missing session is not an error.
pub fn delete_session(conn: &mut DbConn, token_hash: &[u8]) -> Result<(), StorageError> {
    diesel::delete(sessions::table.find(token_hash)).execute(conn)?;
    Ok(())
}

/// Deletes every session of one account (password change, deactivation); returns how many.
pub fn delete_sessions_for_principal(
    conn: &mut DbConn,
    kind: PrincipalKind,
    principal_id: i64,
) -> Result<usize, StorageError> {
    Ok(diesel::delete(
        sessions::table
            .filter(sessions::principal_kind.eq(kind.as_str()))
            .filter(sessions::principal_id.eq(principal_id)),
    )
    .execute(conn)?)
}

/// Deletes sessions expired at `now`; returns how many.
pub fn purge_expired_sessions(conn: &mut DbConn, now: i64) -> Result<usize, StorageError> {
    Ok(diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)?)
}
