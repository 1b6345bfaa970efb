//! The write-transaction helper: one place decides how a multi-row write starts (SQLite's
//! `BEGIN IMMEDIATE`) and how it ends, so that no repository function leaves half a write.

use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::Connection;

use super::DbConn;
use crate::error::StorageError;

/// Runs `f` in one write transaction: everything `f` wrote is committed together, or nothing
/// is if `f` (or the commit) fails.
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the database's write lock
/// up front (waiting up to `busy_timeout`), so a read-then-write inside `f` cannot fail with a
/// stale snapshot and concurrent writers are serialized. On PostgreSQL it is a plain `BEGIN`
/// (READ COMMITTED); take explicit locks inside `f` where a read decides a write. Nested
/// calls become savepoints.
pub fn write_transaction<T, F>(conn: &mut DbConn, f: F) -> Result<T, StorageError>
where
    F: FnOnce(&mut DbConn) -> Result<T, StorageError>,
{
    type Tm = <DbConn as Connection>::TransactionManager;
    let depth = Tm::transaction_manager_status_mut(conn)
        .transaction_depth()
        .map_err(StorageError::from)?;
    match conn {
        DbConn::Sqlite(c) if depth.is_none() => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?
        }
        _ => Tm::begin_transaction(conn)?,
    }
    match f(conn) {
        Ok(value) => match Tm::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(commit_error) => {
                let still_open = matches!(
                    Tm::transaction_manager_status_mut(conn).transaction_depth(),
                    Ok(Some(_))
                );
                if still_open {
                    // Best effort: the commit error is the one to report. A connection whose
                    // rollback failed is marked broken and dropped by the pool.
                    let _ = Tm::rollback_transaction(conn);
                }
                Err(commit_error.into())
            }
        },
        Err(e) => {
            // As above: report the original error.
            let _ = Tm::rollback_transaction(conn);
            Err(e)
        }
    }
}
