//! Backups of the SQLite backend: a consistent copy of a live database (`VACUUM INTO`, which
//! reads inside one transaction while the server keeps writing) and the emptiness check that
//! a restore needs. Everything copied is what the database holds: ciphertext, hashes and ids.
//! PostgreSQL is backed up with `pg_dump` (see the README).

use std::path::Path;

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{audit_log, member_state_users, releases, reports, reviewers};

/// Writes a consistent copy of the SQLite database behind `conn` to `path`, which must not
/// exist. `Invalid` on PostgreSQL.
pub fn sqlite_copy_to(conn: &mut DbConn, path: &Path) -> Result<(), StorageError> {
    let DbConn::Sqlite(c) = conn else {
        return Err(StorageError::Invalid(
            "online copies are for SQLite; back up PostgreSQL with pg_dump".into(),
        ));
    };
    let target = path
        .to_str()
        .ok_or_else(|| StorageError::Invalid("the backup path is not valid UTF-8".into()))?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<Text, _>(target)
        .execute(c)?;
    Ok(())
}

/// `Ok(())` when SQLite's own check finds the database intact.
pub fn sqlite_integrity_ok(conn: &mut DbConn) -> Result<bool, StorageError> {
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = Text)]
        integrity_check: String,
    }
    let DbConn::Sqlite(c) = conn else {
        return Ok(true);
    };
    let rows: Vec<Row> = diesel::sql_query("PRAGMA integrity_check").load(c)?;
    Ok(rows.len() == 1 && rows.iter().all(|r| r.integrity_check == "ok"))
}

/// True when the database holds no report, account, release or audit row (a fresh, migrated
/// database): the only kind a restore may replace.
pub fn is_empty(conn: &mut DbConn) -> Result<bool, StorageError> {
    let n: i64 = reports::table.count().get_result(conn)?;
    let r: i64 = reviewers::table.count().get_result(conn)?;
    let m: i64 = member_state_users::table.count().get_result(conn)?;
    let rel: i64 = releases::table.count().get_result(conn)?;
    let a: i64 = audit_log::table.count().get_result(conn)?;
    Ok(n + r + m + rel + a == 0)
}
