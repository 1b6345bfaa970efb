//! What a group committer needs from the database: a savepoint per item of a batch, and on
//! SQLite control over when the WAL is checkpointed (see `server::intake::commit`).

use diesel::connection::{Connection, SimpleConnection, TransactionManager};

use crate::{Database, DbConn, StorageError};

/// Writes every item with `write` in ONE transaction, each in its own savepoint, and returns one
/// result per item: an item the database refuses (a key already taken) is rolled back alone and
/// the others are kept. If the transaction itself fails (the commit, the connection), every
/// item gets that error and nothing of the batch is stored.
pub fn write_each<T, F>(db: &Database, items: &[T], mut write: F) -> Vec<Result<(), StorageError>>
where
    F: FnMut(&mut DbConn, &T) -> Result<(), StorageError>,
{
    let mut results = Vec::with_capacity(items.len());
    let outcome = db.write(|conn| {
        for item in items {
            results.push(in_savepoint(conn, |c| write(c, item))?);
        }
        Ok(())
    });
    match outcome {
        Ok(()) => results,
        Err(e) => items.iter().map(|_| Err(e.clone())).collect(),
    }
}

/// Runs `f` in a savepoint of the open transaction: an error of `f` rolls back only its own
/// writes and comes back as the inner result, so the batch goes on; the outer error is a
/// failure of the savepoint itself, after which the transaction must be abandoned.
pub fn in_savepoint<T, F>(conn: &mut DbConn, f: F) -> Result<Result<T, StorageError>, StorageError>
where
    F: FnOnce(&mut DbConn) -> Result<T, StorageError>,
{
    type Tm = <DbConn as Connection>::TransactionManager;
    Tm::begin_transaction(conn)?;
    match f(conn) {
        Ok(value) => {
            Tm::commit_transaction(conn)?;
            Ok(Ok(value))
        }
        Err(e) => {
            Tm::rollback_transaction(conn)?;
            Ok(Err(e))
        }
    }
}

/// SQLite: this connection's commits no longer checkpoint the WAL themselves (someone must call
/// [`checkpoint_passive`] regularly). No-op on PostgreSQL.
pub fn leave_checkpoints_to_others(conn: &mut DbConn) -> Result<(), StorageError> {
    if let DbConn::Sqlite(c) = conn {
        c.batch_execute("PRAGMA wal_autocheckpoint = 0")?;
    }
    Ok(())
}

/// SQLite: copies what it can of the WAL into the database without waiting for or blocking any
/// reader or writer; returns the frames in the WAL and how many of them are now copied back
/// (`(0, 0)` on PostgreSQL).
pub fn checkpoint_passive(conn: &mut DbConn) -> Result<(i64, i64), StorageError> {
    use diesel::RunQueryDsl;

    #[derive(diesel::QueryableByName)]
    struct Checkpoint {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        log: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        checkpointed: i64,
    }
    if let DbConn::Sqlite(c) = conn {
        let row: Checkpoint = diesel::sql_query("PRAGMA wal_checkpoint(PASSIVE)").get_result(c)?;
        return Ok((row.log, row.checkpointed));
    }
    Ok((0, 0))
}
