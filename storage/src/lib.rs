//! Persistence for the reporting channel: one diesel code path over SQLite (embedded default)
//! and PostgreSQL (production), chosen by the `DATABASE_URL` scheme.
//!
//! The crate stores ciphertext and metadata only: report and message envelopes, sealed keys,
//! attachment chunks and sealed statistics records are opaque bytes here. It never stores an
//! IP address, a user agent or an exact reporter submission time (days only).
//!
//! # Use
//!
//! [`Database::connect`] parses the URL and opens a pool; [`Database::migrate`] applies the
//! embedded migrations. The repository functions in [`reports`], [`messages`], [`stats`],
//! [`audit`], [`accounts`] and [`releases`] are plain synchronous functions over `&mut DbConn`; take one from
//! [`Database::conn`] (the web server calls them on its blocking pool). Every function that
//! writes more than one row does so in one transaction ([`write_transaction`]): when it fails,
//! nothing it wrote remains.
//!
//! # Error policy
//!
//! Every function returns [`StorageError`]:
//!
//! - `UnknownScheme`, `BackendNotCompiled`, `Connect`: configuration problems at start-up.
//! - `Pool`: no connection could be had in time (overload or an unreachable database).
//! - `Migration`: the schema could not be brought up to date.
//! - `NotFound(kind)`: the object named by the call does not exist. Look-ups that may
//!   legitimately miss (`find_*`) return `Ok(None)` instead.
//! - `Conflict(constraint)`: a unique key is taken (duplicate receipt lookup, id, token hash,
//!   name) or a reference does not hold; nothing was written.
//! - `Invalid(reason)`: a value was refused before or by the database (unknown enum spelling,
//!   malformed id or day, a CHECK constraint); nothing was written.
//! - `Query`: anything else from the database.
//!
//! Error messages name tables, constraints and kinds of object, never row contents, values or
//! database URLs; PostgreSQL's error details (which quote key values) are dropped. They are safe
//! to log. Callers must not log the rows themselves either: ids and counts only.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod batch;
pub mod correlation;
pub mod counts;
mod db;
pub mod deadlines;
mod error;
pub mod instance;
pub mod keyring_serials;
pub mod messages;
pub mod notifications;
pub mod rate;
pub mod releases;
pub mod reports;
pub mod retention;
pub mod schema;
pub mod spent;
pub mod stats;
mod types;
pub mod uploads;

#[cfg(not(any(feature = "sqlite", feature = "postgres")))]
compile_error!("enable at least one of the cargo features `sqlite` and `postgres`");

#[cfg(feature = "postgres")]
pub use db::POSTGRES_MIGRATIONS;
#[cfg(feature = "sqlite")]
pub use db::SQLITE_MIGRATIONS;
pub use db::{
    parse_database_url, sqlite_pragmas, write_transaction, Backend, Database, DatabaseTarget,
    DbConn, DbConnManager, PoolOptions, PoolStatus, PooledConn, SqlitePragmas, SQLITE_PRAGMAS,
};
pub use error::{StorageError, ACCEPTED_SCHEMES};
pub use types::{ActorKind, Author, Body, Day, PrincipalKind, SealedBy, Source, Status};

/// The embedded default: an SQLite file under `data/`.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/server.db";

/// Whether `url` is a database URL this crate accepts; the error says what is accepted (and
/// never repeats the URL, which may hold a password).
pub fn check_database_url(url: &str) -> Result<(), String> {
    parse_database_url(url)
        .map(|_| ())
        .map_err(|_| format!("a URL with an accepted scheme ({ACCEPTED_SCHEMES})"))
}
