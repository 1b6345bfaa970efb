//! Single-use reporter tokens: a no-JavaScript form's CSRF token and a solved proof-of-work
//! challenge may each be used once. The set lives in the database, not in a process, so that
//! every web server on the same database refuses a token spent on any other. Only a 32-byte
//! digest and the token's own expiry are kept, until the expiry passes.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::spent_tokens;

/// Marks `digest` as spent until `expires_at` (Unix seconds). `Ok(false)` if it was already
/// spent (by this or any other server); inside a transaction, the caller's rollback unspends it.
///
/// `ON CONFLICT DO NOTHING` rather than a caught unique violation: on PostgreSQL a failed
/// statement would abort the caller's whole transaction.
pub fn spend(conn: &mut DbConn, digest: &[u8; 32], expires_at: i64) -> Result<bool, StorageError> {
    let row = (
        spent_tokens::digest.eq(&digest[..]),
        spent_tokens::expires_at.eq(expires_at),
    );
    let inserted = match conn {
        DbConn::Sqlite(c) => diesel::insert_into(spent_tokens::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConn::Pg(c) => diesel::insert_into(spent_tokens::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(inserted == 1)
}

/// Whether `digest` is spent (a read, for refusing a reused token before its body is read).
pub fn is_spent(conn: &mut DbConn, digest: &[u8; 32]) -> Result<bool, StorageError> {
    let found = spent_tokens::table
        .filter(spent_tokens::digest.eq(&digest[..]))
        .select(spent_tokens::expires_at)
        .first::<i64>(conn)
        .optional()?;
    Ok(found.is_some())
}

/// Forgets tokens that expired before `now`: an expired token is refused for its expiry alone.
pub fn purge_expired(conn: &mut DbConn, now: i64) -> Result<usize, StorageError> {
    Ok(
        diesel::delete(spent_tokens::table.filter(spent_tokens::expires_at.lt(now)))
            .execute(conn)?,
    )
}
