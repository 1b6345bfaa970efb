//! The highest keyring serial accepted so far, per keyring signing key (its fingerprint).
//!
//! A keyring's `serial` increases with every re-signing. A web server records the serial of the
//! keyring it starts with and refuses to start with a lower one: an attacker who can write the
//! key directory cannot put back an older keyring (one that still lists a removed reviewer's
//! key) signed by the same key. `tsr-admin keys show` compares with the same record.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::keyring_serials;

/// The highest serial recorded for the signer with fingerprint `signer`, if any.
pub fn highest_serial(conn: &mut DbConn, signer: &str) -> Result<Option<u64>, StorageError> {
    let stored: Option<i64> = keyring_serials::table
        .filter(keyring_serials::signer.eq(signer))
        .select(keyring_serials::serial)
        .first(conn)
        .optional()?;
    stored
        .map(|s| u64::try_from(s).map_err(|_| StorageError::Invalid("stored serial".into())))
        .transpose()
}

/// Records that a keyring of `signer` with `serial` was accepted at `now`, unless a higher
/// serial is recorded already: then nothing is written and `Err(highest)` tells the caller to
/// refuse. Call it inside a write transaction (`Database::write`): with the table lock taken
/// here (PostgreSQL) or the write lock (SQLite), two servers starting at once neither both
/// pass a stale check nor collide on the insert.
pub fn accept_serial(
    conn: &mut DbConn,
    signer: &str,
    serial: u64,
    now: i64,
) -> Result<Result<(), u64>, StorageError> {
    let serial_i64 =
        i64::try_from(serial).map_err(|_| StorageError::Invalid("keyring serial".into()))?;
    // Servers starting together on PostgreSQL: one at a time reads and writes the record (on
    // SQLite the write transaction already holds the database's write lock).
    if let DbConn::Pg(pg) = conn {
        use diesel::connection::SimpleConnection;
        pg.batch_execute("LOCK TABLE keyring_serials IN EXCLUSIVE MODE")?;
    }
    match highest_serial(conn, signer)? {
        Some(highest) if highest > serial => Ok(Err(highest)),
        Some(highest) if highest == serial => Ok(Ok(())),
        Some(_) => {
            diesel::update(keyring_serials::table.filter(keyring_serials::signer.eq(signer)))
                .set((
                    keyring_serials::serial.eq(serial_i64),
                    keyring_serials::accepted_at.eq(now),
                ))
                .execute(conn)?;
            Ok(Ok(()))
        }
        None => {
            diesel::insert_into(keyring_serials::table)
                .values((
                    keyring_serials::signer.eq(signer),
                    keyring_serials::serial.eq(serial_i64),
                    keyring_serials::accepted_at.eq(now),
                ))
                .execute(conn)?;
            Ok(Ok(()))
        }
    }
}
