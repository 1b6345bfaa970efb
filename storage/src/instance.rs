//! Per-deployment values that every web server on the same database must share (stateless
//! servers behind a load balancer), created by whichever server starts first.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::instance_secrets;

/// Returns the secret called `name`, storing `fresh` first if there is none yet. When two
/// servers race, both end up with the one that was stored first.
pub fn get_or_create(conn: &mut DbConn, name: &str, fresh: &[u8]) -> Result<Vec<u8>, StorageError> {
    if fresh.len() < 32 {
        return Err(StorageError::Invalid(
            "a secret must have at least 32 bytes".into(),
        ));
    }
    if let Some(v) = find(conn, name)? {
        return Ok(v);
    }
    let inserted = diesel::insert_into(instance_secrets::table)
        .values((
            instance_secrets::name.eq(name),
            instance_secrets::value.eq(fresh),
        ))
        .execute(conn)
        .map_err(StorageError::from);
    match inserted {
        Ok(_) | Err(StorageError::Conflict(_)) => {}
        Err(e) => return Err(e),
    }
    find(conn, name)?.ok_or(StorageError::NotFound("instance secret"))
}

fn find(conn: &mut DbConn, name: &str) -> Result<Option<Vec<u8>>, StorageError> {
    Ok(instance_secrets::table
        .filter(instance_secrets::name.eq(name))
        .select(instance_secrets::value)
        .first::<Vec<u8>>(conn)
        .optional()?)
}
