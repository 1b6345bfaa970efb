//! API tokens of member-state users, for the data API: stored as hashes only (the token is
//! shown once), revocable, with the day of last use and nothing finer.

use diesel::prelude::*;

use super::one_row;
use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::api_tokens;
use crate::types::Day;

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

/// Up to `limit` of a user's tokens from `offset` on, newest first (the portal's pages), and
/// how many the user has.
pub fn list_api_tokens_for_user_page(
    conn: &mut DbConn,
    user_id: i64,
    offset: i64,
    limit: i64,
) -> Result<Vec<ApiToken>, StorageError> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .select(ApiToken::as_select())
        .order(api_tokens::id.desc())
        .offset(offset.max(0))
        .limit(limit.max(0))
        .load(conn)?)
}

/// How many tokens a user has (revoked ones included).
pub fn count_api_tokens_for_user(conn: &mut DbConn, user_id: i64) -> Result<i64, StorageError> {
    Ok(api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .count()
        .get_result(conn)?)
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
