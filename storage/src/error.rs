//! The crate's one error type. See the crate documentation for the policy.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// URL schemes accepted by [`crate::Database::connect`], for error messages.
pub const ACCEPTED_SCHEMES: &str = "sqlite://PATH, postgres://..., postgresql://...";

/// Every error this crate returns.
///
/// Messages name tables, constraints and kinds of object, never row contents: they are safe to
/// log and to show to an operator. Database URLs are never echoed (they may hold a password).
/// Cloneable, so one failed group commit can answer every caller in it.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum StorageError {
    /// The database URL's scheme is not one of [`ACCEPTED_SCHEMES`].
    #[error("unsupported database URL scheme `{found}`; accepted schemes: {ACCEPTED_SCHEMES}")]
    UnknownScheme {
        /// The scheme found (`(none)` for a URL without one, e.g. a bare path).
        found: String,
    },

    /// The URL names a backend whose cargo feature was not enabled in this build.
    #[error("database backend `{backend}` is not compiled into this build (cargo feature `{feature}` of crate `storage`)")]
    BackendNotCompiled {
        /// `sqlite` or `postgres`.
        backend: &'static str,
        /// The cargo feature that enables it.
        feature: &'static str,
    },

    /// The database could not be opened or reached.
    #[error("cannot connect to the database: {0}")]
    Connect(String),

    /// SQLite: another process held the database's write lock longer than the busy timeout
    /// (5 s). Nothing was written; trying again later is the answer.
    #[error("the database is busy: {0}")]
    Busy(String),

    /// No pooled connection could be had in time.
    #[error("database connection pool: {0}")]
    Pool(String),

    /// Applying or listing migrations failed.
    #[error("database migration failed: {0}")]
    Migration(String),

    /// The object asked for does not exist. The payload names the kind of object.
    #[error("{0} not found")]
    NotFound(&'static str),

    /// The write conflicts with existing data: a unique or primary key is already taken, or a
    /// reference does not hold. Nothing was written. The payload names the constraint or table.
    #[error("conflict with existing data: {0}")]
    Conflict(String),

    /// A value was rejected (unknown enum spelling, malformed id or day, failed CHECK).
    #[error("invalid value: {0}")]
    Invalid(String),

    /// Any other database error.
    #[error("database query failed: {0}")]
    Query(String),
}

impl From<DieselError> for StorageError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => StorageError::NotFound("row"),
            // The link to the database went away mid-use: the same for callers as not reaching
            // it (and the pool drops the broken connection).
            DieselError::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                info,
            ) => StorageError::Connect(format!("connection lost: {}", info.message())),
            DieselError::RollbackErrorOnCommit { commit_error, .. }
                if is_connection_lost(&commit_error) =>
            {
                StorageError::Connect(format!("connection lost: {commit_error}"))
            }
            DieselError::BrokenTransactionManager => {
                StorageError::Connect("connection lost: transaction state unknown".into())
            }
            DieselError::DatabaseError(kind, info) => {
                // Only the primary message and the constraint name: PostgreSQL's `details()`
                // would quote the offending key value, which is row content.
                let what = match (info.constraint_name(), info.table_name()) {
                    (Some(c), _) => c.to_string(),
                    (None, Some(t)) => format!("{t}: {}", info.message()),
                    (None, None) => info.message().to_string(),
                };
                match kind {
                    DatabaseErrorKind::UniqueViolation | DatabaseErrorKind::ForeignKeyViolation => {
                        StorageError::Conflict(what)
                    }
                    DatabaseErrorKind::CheckViolation | DatabaseErrorKind::NotNullViolation => {
                        StorageError::Invalid(what)
                    }
                    // SQLITE_BUSY / SQLITE_LOCKED, which diesel does not classify.
                    _ if is_sqlite_busy(info.message()) => {
                        StorageError::Busy(info.message().to_string())
                    }
                    _ => StorageError::Query(info.message().to_string()),
                }
            }
            DieselError::RollbackErrorOnCommit {
                rollback_error,
                commit_error,
            } => StorageError::Query(format!(
                "commit failed ({commit_error}) and rollback failed ({rollback_error})"
            )),
            other => StorageError::Query(other.to_string()),
        }
    }
}

/// SQLite's messages for SQLITE_BUSY and SQLITE_LOCKED.
fn is_sqlite_busy(message: &str) -> bool {
    message.starts_with("database is locked") || message.starts_with("database table is locked")
}

fn is_connection_lost(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _
        )
    )
}

impl From<diesel::r2d2::PoolError> for StorageError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        StorageError::Pool(e.to_string())
    }
}
