//! Connecting to the database: the multi-backend connection type and the backend names here;
//! URL parsing ([`url`]), the pool and [`Database`] ([`pool`]), migrations ([`migrate`]), the
//! write-transaction helper ([`transaction`]) and SQLite's pragmas ([`sqlite`]) each in their
//! own file, because each has its own reasons and pitfalls.

mod migrate;
mod pool;
mod sqlite;
mod transaction;
mod url;

use std::fmt;

use diesel::{PgConnection, SqliteConnection};

#[cfg(feature = "postgres")]
pub use migrate::POSTGRES_MIGRATIONS;
#[cfg(feature = "sqlite")]
pub use migrate::SQLITE_MIGRATIONS;
pub use pool::{Database, DbConnManager, PoolOptions, PoolStatus, PooledConn};
pub use sqlite::{sqlite_pragmas, SqlitePragmas, SQLITE_PRAGMAS};
pub use transaction::write_transaction;
pub use url::{parse_database_url, DatabaseTarget};

/// One connection to either backend. All query code is written once against this type
/// (diesel's `MultiConnection`); the few backend-specific statements match on the variant.
///
/// Both variants always exist: diesel's `MultiConnection` derive cannot take `cfg` attributes
/// on variants. The `sqlite` and `postgres` cargo features decide which URL schemes
/// [`Database::connect`] accepts and which migrations are embedded.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    /// An SQLite file database.
    Sqlite(SqliteConnection),
    /// A PostgreSQL database.
    Pg(PgConnection),
}

impl fmt::Debug for DbConn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbConn::Sqlite(_) => f.write_str("DbConn::Sqlite"),
            DbConn::Pg(_) => f.write_str("DbConn::Pg"),
        }
    }
}

impl DbConn {
    /// Which backend this connection talks to.
    pub fn backend(&self) -> Backend {
        match self {
            DbConn::Sqlite(_) => Backend::Sqlite,
            DbConn::Pg(_) => Backend::Postgres,
        }
    }
}

/// The database backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite (embedded default; one file in WAL mode).
    Sqlite,
    /// PostgreSQL (production; several stateless web servers may share it).
    Postgres,
}

impl Backend {
    /// `sqlite` or `postgres`.
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}
