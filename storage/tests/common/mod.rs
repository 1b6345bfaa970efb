//! Test databases: each test gets a fresh one, on SQLite (a file in a temp dir) and on
//! PostgreSQL (`CREATE DATABASE test_<random>` on the server at `TEST_POSTGRES_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`, dropped `WITH (FORCE)` when the test ends).
//!
//! When PostgreSQL cannot be reached: with `CI=true` the test fails; otherwise it prints a
//! skip notice and passes without running.
#![allow(dead_code, clippy::unwrap_used)]

use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use storage::Database;

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A fresh database; dropping it removes the database.
pub struct TestDb {
    /// Declared first so that the pool is closed before the guards below run.
    pub db: Database,
    _dir: Option<tempfile::TempDir>,
    _pg: Option<PgDropGuard>,
}

/// Drops a PostgreSQL test database (terminating its connections) on drop.
pub struct PgDropGuard {
    admin_url: String,
    name: String,
}

impl Drop for PgDropGuard {
    fn drop(&mut self) {
        match PgConnection::establish(&self.admin_url) {
            Ok(mut c) => {
                if let Err(e) = c.batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                )) {
                    eprintln!("warning: could not drop test database {}: {e}", self.name);
                }
            }
            Err(e) => eprintln!("warning: could not drop test database {}: {e}", self.name),
        }
    }
}

pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_string())
}

fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true").unwrap_or(false)
}

/// Replaces the database name (the URL path) of a PostgreSQL URL.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[after_scheme..].find('/') {
        Some(i) => &base[..after_scheme + i],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// A fresh SQLite database in a temp dir (migrated if `migrate`); `None` (skip) when the
/// `sqlite` feature is off.
pub fn sqlite_db(migrate: bool) -> Option<TestDb> {
    if !cfg!(feature = "sqlite") {
        eprintln!("SKIPPED: storage built without the `sqlite` feature");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let db = Database::connect(&url).unwrap();
    if migrate {
        db.migrate().unwrap();
    }
    Some(TestDb {
        db,
        _dir: Some(dir),
        _pg: None,
    })
}

/// A fresh PostgreSQL database (migrated if `migrate`), or `None` (skip) when the server
/// cannot be reached outside CI, or when the `postgres` feature is off.
pub fn postgres_db(migrate: bool) -> Option<TestDb> {
    if !cfg!(feature = "postgres") {
        eprintln!("SKIPPED: storage built without the `postgres` feature");
        return None;
    }
    let admin_url = postgres_admin_url();
    let mut admin = match PgConnection::establish(&admin_url) {
        Ok(c) => c,
        Err(e) => {
            if in_ci() {
                panic!(
                    "PostgreSQL is not reachable at TEST_POSTGRES_URL (default {DEFAULT_POSTGRES_URL}) \
                     and CI=true, so PostgreSQL tests must run: {e}"
                );
            }
            eprintln!("SKIPPED: PostgreSQL not reachable ({e}); set CI=true to make this fail");
            return None;
        }
    };
    let name = format!("test_{}", uuid::Uuid::new_v4().simple());
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    drop(admin);
    let guard = PgDropGuard {
        admin_url: admin_url.clone(),
        name: name.clone(),
    };
    let db = Database::connect(&with_database(&admin_url, &name)).unwrap();
    if migrate {
        db.migrate().unwrap();
    }
    Some(TestDb {
        db,
        _dir: None,
        _pg: Some(guard),
    })
}

/// Generates `NAME::sqlite` and `NAME::postgres` tests running `fn NAME(&Database)` on a
/// fresh, migrated database of each backend.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn sqlite() {
                if let Some(t) = $crate::common::sqlite_db(true) {
                    super::$name(&t.db);
                }
            }

            #[test]
            fn postgres() {
                if let Some(t) = $crate::common::postgres_db(true) {
                    super::$name(&t.db);
                }
            }
        }
    )*};
}

/// As [`on_both_backends`], on a fresh database without migrations applied.
#[macro_export]
macro_rules! on_both_backends_unmigrated {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn sqlite() {
                if let Some(t) = $crate::common::sqlite_db(false) {
                    super::$name(&t.db);
                }
            }

            #[test]
            fn postgres() {
                if let Some(t) = $crate::common::postgres_db(false) {
                    super::$name(&t.db);
                }
            }
        }
    )*};
}
