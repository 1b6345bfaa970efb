//! `DATABASE_URL` parsing: which backend and where, refusing typos and URL forms that would
//! silently open the wrong database; and libpq timeouts added to PostgreSQL URLs so that an
//! unreachable database fails requests instead of hanging them.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use super::Backend;
use crate::error::StorageError;

/// Where a database URL points. `Debug` never shows a PostgreSQL URL (it may hold a password).
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    /// An SQLite file, as given after `sqlite://` (relative to the working directory unless
    /// it starts with `/`).
    Sqlite(PathBuf),
    /// A PostgreSQL connection URL, passed to libpq unchanged.
    Postgres(String),
}

impl fmt::Debug for DatabaseTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseTarget::Sqlite(p) => f.debug_tuple("Sqlite").field(p).finish(),
            DatabaseTarget::Postgres(_) => f.write_str("Postgres(<url hidden>)"),
        }
    }
}

impl DatabaseTarget {
    /// The backend this target needs.
    pub fn backend(&self) -> Backend {
        match self {
            DatabaseTarget::Sqlite(_) => Backend::Sqlite,
            DatabaseTarget::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Parses a `DATABASE_URL`: `sqlite://PATH` (`sqlite://data/x.db` is relative,
/// `sqlite:///abs/x.db` absolute), `postgres://...` or `postgresql://...`.
///
/// Anything else (a typo such as `postgress://`, `mysql://`, a bare path) is
/// [`StorageError::UnknownScheme`]; a scheme whose backend feature is not compiled in is
/// [`StorageError::BackendNotCompiled`].
pub fn parse_database_url(url: &str) -> Result<DatabaseTarget, StorageError> {
    let url = url.trim();
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(StorageError::UnknownScheme {
            found: "(none)".into(),
        });
    };
    let scheme_ok = !scheme.is_empty()
        && scheme
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
    if !scheme_ok {
        return Err(StorageError::UnknownScheme {
            found: "(none)".into(),
        });
    }
    let scheme = scheme.to_ascii_lowercase();
    match scheme.as_str() {
        "sqlite" => {
            if !cfg!(feature = "sqlite") {
                return Err(StorageError::BackendNotCompiled {
                    backend: "sqlite",
                    feature: "sqlite",
                });
            }
            if rest.is_empty() {
                return Err(StorageError::Invalid(
                    "sqlite URL has no path (use sqlite://data/x.db or sqlite:///abs/x.db)".into(),
                ));
            }
            if rest.starts_with(":memory:") || rest.starts_with("file:") || rest.contains('?') {
                return Err(StorageError::Invalid(
                    "sqlite URL must name a plain file path (no :memory:, file: URIs or query)"
                        .into(),
                ));
            }
            Ok(DatabaseTarget::Sqlite(PathBuf::from(rest)))
        }
        "postgres" | "postgresql" => {
            if !cfg!(feature = "postgres") {
                return Err(StorageError::BackendNotCompiled {
                    backend: "postgres",
                    feature: "postgres",
                });
            }
            Ok(DatabaseTarget::Postgres(url.to_string()))
        }
        _ => Err(StorageError::UnknownScheme { found: scheme }),
    }
}

/// Adds libpq's `connect_timeout` and `tcp_user_timeout` to a PostgreSQL URL that does not set
/// them, so neither opening a connection nor a query on a dead link waits longer than `timeout`.
pub(super) fn with_libpq_timeouts(url: &str, timeout: Duration) -> String {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    let has = |key: &str| query.split('&').any(|kv| kv.split('=').next() == Some(key));
    // libpq treats anything below 2 s as 2 s.
    let secs = timeout.as_secs_f64().ceil().max(2.0) as u64;
    let mut params = Vec::new();
    if !has("connect_timeout") {
        params.push(format!("connect_timeout={secs}"));
    }
    if !has("tcp_user_timeout") {
        params.push(format!("tcp_user_timeout={}", secs * 1000));
    }
    if params.is_empty() {
        return url.to_string();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{}", params.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libpq_timeouts_are_added_unless_set() {
        let t = Duration::from_millis(1500);
        assert_eq!(
            with_libpq_timeouts("postgres://h/db", t),
            "postgres://h/db?connect_timeout=2&tcp_user_timeout=2000"
        );
        assert_eq!(
            with_libpq_timeouts("postgres://h/db?sslmode=require", Duration::from_secs(5)),
            "postgres://h/db?sslmode=require&connect_timeout=5&tcp_user_timeout=5000"
        );
        assert_eq!(
            with_libpq_timeouts("postgres://h/db?connect_timeout=9&tcp_user_timeout=100", t),
            "postgres://h/db?connect_timeout=9&tcp_user_timeout=100"
        );
    }

    #[test]
    fn debug_hides_postgres_url() {
        let t = DatabaseTarget::Postgres("postgres://u:secret@h/db".into());
        assert!(!format!("{t:?}").contains("secret"));
    }
}
