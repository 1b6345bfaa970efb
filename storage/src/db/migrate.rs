//! Migrations: the embedded SQL of both backends, applied at start-up (under an advisory lock
//! on PostgreSQL so that servers starting together do not race) and listed for health checks.

use std::fmt;

#[cfg(feature = "postgres")]
use diesel::connection::SimpleConnection;

use super::DbConn;
use crate::error::StorageError;

#[cfg(feature = "sqlite")]
/// The SQLite migrations (`migrations/sqlite`), embedded at build time.
pub const SQLITE_MIGRATIONS: diesel_migrations::EmbeddedMigrations =
    diesel_migrations::embed_migrations!("../migrations/sqlite");

#[cfg(feature = "postgres")]
/// The PostgreSQL migrations (`migrations/postgres`), embedded at build time.
pub const POSTGRES_MIGRATIONS: diesel_migrations::EmbeddedMigrations =
    diesel_migrations::embed_migrations!("../migrations/postgres");

#[cfg(feature = "postgres")]
/// Advisory lock key taken while migrating PostgreSQL, so that several servers starting
/// together do not race.
const PG_MIGRATION_LOCK: i64 = 0x7472_6164_6573_6563; // "tradesec"

fn migration_err(e: impl fmt::Display) -> StorageError {
    StorageError::Migration(e.to_string())
}

#[allow(unused_variables, unreachable_code)]
pub(super) fn migrate_conn(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
    use diesel_migrations::MigrationHarness;
    match conn {
        DbConn::Sqlite(c) => {
            #[cfg(feature = "sqlite")]
            {
                let done = c
                    .run_pending_migrations(SQLITE_MIGRATIONS)
                    .map_err(migration_err)?;
                return Ok(done.iter().map(|v| v.to_string()).collect());
            }
            Err(StorageError::BackendNotCompiled {
                backend: "sqlite",
                feature: "sqlite",
            })
        }
        DbConn::Pg(c) => {
            #[cfg(feature = "postgres")]
            {
                c.batch_execute(&format!("SELECT pg_advisory_lock({PG_MIGRATION_LOCK})"))?;
                let result = c
                    .run_pending_migrations(POSTGRES_MIGRATIONS)
                    .map(|done| done.iter().map(|v| v.to_string()).collect())
                    .map_err(migration_err);
                let unlock =
                    c.batch_execute(&format!("SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})"));
                let applied = result?;
                unlock?;
                return Ok(applied);
            }
            Err(StorageError::BackendNotCompiled {
                backend: "postgres",
                feature: "postgres",
            })
        }
    }
}

#[allow(unused_variables, unreachable_code)]
pub(super) fn pending_conn(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
    use diesel_migrations::MigrationHarness;
    match conn {
        DbConn::Sqlite(c) => {
            #[cfg(feature = "sqlite")]
            {
                let pending = c
                    .pending_migrations(SQLITE_MIGRATIONS)
                    .map_err(migration_err)?;
                return Ok(pending.iter().map(|m| m.name().to_string()).collect());
            }
            Err(StorageError::BackendNotCompiled {
                backend: "sqlite",
                feature: "sqlite",
            })
        }
        DbConn::Pg(c) => {
            #[cfg(feature = "postgres")]
            {
                let pending = c
                    .pending_migrations(POSTGRES_MIGRATIONS)
                    .map_err(migration_err)?;
                return Ok(pending.iter().map(|m| m.name().to_string()).collect());
            }
            Err(StorageError::BackendNotCompiled {
                backend: "postgres",
                feature: "postgres",
            })
        }
    }
}
