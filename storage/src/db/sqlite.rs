//! SQLite's connection pragmas: set on every pooled connection (WAL, busy timeout, foreign
//! keys), and read back for health checks and tests.

use diesel::connection::SimpleConnection;
use diesel::r2d2::CustomizeConnection;
use diesel::SqliteConnection;

use super::DbConn;
use crate::error::StorageError;

/// The pragmas every pooled SQLite connection gets, in this order.
pub const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; \
     PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON;";

/// Applies [`SQLITE_PRAGMAS`] to each new SQLite connection of the pool.
#[derive(Debug, Clone, Copy)]
pub(super) struct ConnectionSetup;

impl CustomizeConnection<DbConn, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConn) -> Result<(), diesel::r2d2::Error> {
        match conn {
            DbConn::Sqlite(c) => c
                .batch_execute(SQLITE_PRAGMAS)
                .map_err(diesel::r2d2::Error::QueryError),
            DbConn::Pg(_) => Ok(()),
        }
    }
}

/// The SQLite pragmas in effect on a connection (for health checks and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlitePragmas {
    /// `wal` expected.
    pub journal_mode: String,
    /// Milliseconds; 5000 expected.
    pub busy_timeout_ms: i64,
    /// `true` expected.
    pub foreign_keys: bool,
    /// 0 OFF, 1 NORMAL (expected), 2 FULL, 3 EXTRA.
    pub synchronous: i64,
}

#[derive(diesel::QueryableByName)]
struct TextPragma {
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
}

#[derive(diesel::QueryableByName)]
struct IntPragma {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    value: i64,
}

/// Reads the pragmas of an SQLite connection; `None` on PostgreSQL.
pub fn sqlite_pragmas(conn: &mut DbConn) -> Result<Option<SqlitePragmas>, StorageError> {
    use diesel::RunQueryDsl;
    let DbConn::Sqlite(c) = conn else {
        return Ok(None);
    };
    let text = |c: &mut SqliteConnection, sql: &str| -> Result<String, StorageError> {
        Ok(diesel::sql_query(sql).get_result::<TextPragma>(c)?.value)
    };
    let int = |c: &mut SqliteConnection, sql: &str| -> Result<i64, StorageError> {
        Ok(diesel::sql_query(sql).get_result::<IntPragma>(c)?.value)
    };
    Ok(Some(SqlitePragmas {
        journal_mode: text(c, "SELECT journal_mode AS value FROM pragma_journal_mode")?,
        busy_timeout_ms: int(c, "SELECT timeout AS value FROM pragma_busy_timeout")?,
        foreign_keys: int(c, "SELECT foreign_keys AS value FROM pragma_foreign_keys")? == 1,
        synchronous: int(c, "SELECT synchronous AS value FROM pragma_synchronous")?,
    }))
}
