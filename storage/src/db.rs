//! Connecting: URL parsing, the connection pool, the multi-backend connection type, migrations
//! and the write-transaction helper.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::r2d2::{CustomizeConnection, ManageConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, SqliteConnection};

use crate::error::StorageError;

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

/// The r2d2 connection manager: opens a connection of the one backend the URL named.
///
/// (diesel's own `ConnectionManager<DbConn>` would try every backend in turn and hide the
/// real connection error.)
pub struct DbConnManager {
    target: DatabaseTarget,
}

impl fmt::Debug for DbConnManager {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DbConnManager")
            .field("target", &self.target)
            .finish()
    }
}

impl ManageConnection for DbConnManager {
    type Connection = DbConn;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConn, Self::Error> {
        match &self.target {
            DatabaseTarget::Sqlite(path) => {
                let path = path.to_str().ok_or_else(|| {
                    diesel::r2d2::Error::ConnectionError(
                        diesel::ConnectionError::InvalidConnectionUrl(
                            "sqlite path is not valid UTF-8".into(),
                        ),
                    )
                })?;
                SqliteConnection::establish(path)
                    .map(DbConn::Sqlite)
                    .map_err(diesel::r2d2::Error::ConnectionError)
            }
            DatabaseTarget::Postgres(url) => PgConnection::establish(url)
                .map(DbConn::Pg)
                .map_err(diesel::r2d2::Error::ConnectionError),
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        <DbConn as Connection>::TransactionManager::is_broken_transaction_manager(conn)
    }
}

/// The pragmas every pooled SQLite connection gets, in this order.
pub const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; \
     PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON;";

/// Applies [`SQLITE_PRAGMAS`] to each new SQLite connection of the pool.
#[derive(Debug, Clone, Copy)]
struct ConnectionSetup;

impl CustomizeConnection<DbConn, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConn) -> Result<(), diesel::r2d2::Error> {
        match conn {
            DbConn::Sqlite(c) => c
                .batch_execute(SQLITE_PRAGMAS)
                .map_err(diesel::r2d2::Error::QueryError),
            DbConn::Pg(_) => Ok(()),
        }
    }
}

/// Pool sizing and timeouts. The defaults suit both backends.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    /// Most connections open at once (default 10).
    pub max_size: u32,
    /// Idle connections the pool keeps open by itself (default 0: connections are opened on
    /// demand and kept while in use). Above zero, r2d2 reopens connections on a background
    /// thread; a command-line tool that exits while that thread is inside libpq crashes at exit
    /// (seen as intermittent SIGSEGV/SIGABRT of short PostgreSQL commands).
    pub min_idle: Option<u32>,
    /// How long `Database::conn` waits for a free connection (default 30 s). For PostgreSQL it
    /// also bounds opening a connection and an unanswered send (libpq `connect_timeout`, at
    /// least 2 s, and `tcp_user_timeout`) unless the URL sets them, so that an unreachable
    /// database fails requests in about this time instead of hanging them.
    pub connection_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        PoolOptions {
            max_size: 10,
            min_idle: Some(0),
            connection_timeout: Duration::from_secs(30),
        }
    }
}

/// A pooled connection; derefs to [`DbConn`].
pub type PooledConn = PooledConnection<DbConnManager>;

/// The pool's queues at one moment (for `/metrics`): counts only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStatus {
    /// Most connections the pool opens.
    pub max_size: u32,
    /// Connections open now, in use or idle.
    pub connections: u32,
    /// Open connections not in use.
    pub idle: u32,
    /// Callers waiting for a connection.
    pub waiting: usize,
    /// SQLite: writers of this process waiting for their turn ([`Database::write`]).
    pub write_waiting: usize,
}

#[derive(Debug, Default)]
struct Queues {
    waiting: AtomicUsize,
    write_waiting: AtomicUsize,
}

/// Counts a caller in a queue until dropped (also on early return).
struct InQueue<'a>(&'a AtomicUsize);

impl<'a> InQueue<'a> {
    fn enter(counter: &'a AtomicUsize) -> Self {
        counter.fetch_add(1, Ordering::Relaxed);
        InQueue(counter)
    }
}

impl Drop for InQueue<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Adds libpq's `connect_timeout` and `tcp_user_timeout` to a PostgreSQL URL that does not set
/// them, so neither opening a connection nor a query on a dead link waits longer than `timeout`.
fn with_libpq_timeouts(url: &str, timeout: Duration) -> String {
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

/// [`Database::checkpoint`]: passive passes at most, before holding writers back regardless.
const MAX_CATCH_UP_PASSES: usize = 8;
/// [`Database::checkpoint`]: WAL frames (4 KiB) left to copy under the lock at most, if the
/// passive passes get there: about 4 MiB.
const LEFT_FOR_LOCKED_PASS: i64 = 1_024;

/// The database: a connection pool for the backend the URL named. Cheap to clone.
#[derive(Clone)]
pub struct Database {
    pool: Pool<DbConnManager>,
    backend: Backend,
    /// SQLite allows one writer at a time; queueing writers here is fairer and faster than
    /// letting them collide and sleep in SQLite's busy handler. Unused for PostgreSQL.
    writer: std::sync::Arc<std::sync::Mutex<()>>,
    queues: std::sync::Arc<Queues>,
}

impl fmt::Debug for Database {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Database")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

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

impl Database {
    /// Connects with default pool options. See [`parse_database_url`] for the URL forms.
    /// For SQLite, the file's parent directories are created.
    pub fn connect(url: &str) -> Result<Database, StorageError> {
        Database::connect_with(url, PoolOptions::default())
    }

    /// Connects with the given pool options.
    pub fn connect_with(url: &str, options: PoolOptions) -> Result<Database, StorageError> {
        let target = parse_database_url(url)?;
        if let DatabaseTarget::Sqlite(path) = &target {
            create_parent_dirs(path)?;
        }
        let target = match target {
            DatabaseTarget::Postgres(url) => {
                DatabaseTarget::Postgres(with_libpq_timeouts(&url, options.connection_timeout))
            }
            sqlite => sqlite,
        };
        let backend = target.backend();
        let manager = DbConnManager { target };
        // Open one connection first, so that a bad URL or an unreachable server fails now
        // with the real reason instead of after the pool's retry timeout.
        let mut probe = manager
            .connect()
            .map_err(|e| StorageError::Connect(e.to_string()))?;
        ConnectionSetup
            .on_acquire(&mut probe)
            .map_err(|e| StorageError::Connect(e.to_string()))?;
        drop(probe);
        let pool = Pool::builder()
            .max_size(options.max_size)
            .min_idle(options.min_idle)
            .connection_timeout(options.connection_timeout)
            .connection_customizer(Box::new(ConnectionSetup))
            .build(manager)
            .map_err(|e| StorageError::Connect(e.to_string()))?;
        Ok(Database {
            pool,
            backend,
            writer: std::sync::Arc::new(std::sync::Mutex::new(())),
            queues: std::sync::Arc::default(),
        })
    }

    /// Runs `f` in one write transaction ([`write_transaction`]) on a pooled connection; on
    /// SQLite, writers from this process take turns first.
    pub fn write<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, StorageError>,
    {
        let mut conn = self.conn()?;
        if self.backend == Backend::Sqlite {
            let queued = InQueue::enter(&self.queues.write_waiting);
            // A poisoned lock only means another writer panicked; its transaction rolled back.
            let _turn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            drop(queued);
            write_transaction(&mut conn, f)
        } else {
            write_transaction(&mut conn, f)
        }
    }

    /// SQLite: checkpoints the WAL so that it neither grows without bound nor stalls writers
    /// for long, and returns whether the WAL will start over. A passive checkpoint copies what
    /// it can (and syncs the database file) while writers go on. Passive checkpoints alone, with
    /// commits arriving all the time, never finish, and the WAL grew by gigabytes a minute; so
    /// once the WAL holds `restart_after` frames or more, a second one runs with this process's
    /// writers held back ([`Database::write`]) and copies only what was committed meanwhile: the
    /// WAL is then fully copied back and the next write starts it over from the beginning.
    /// No-op on PostgreSQL.
    pub fn checkpoint(&self, restart_after: i64) -> Result<bool, StorageError> {
        if self.backend != Backend::Sqlite {
            return Ok(false);
        }
        let mut conn = self.conn()?;
        let (mut frames, mut copied) = crate::batch::checkpoint_passive(&mut conn)?;
        if frames < restart_after {
            return Ok(false);
        }
        // Each pass copies and syncs what was committed during the previous one, so what is
        // left for writers to wait on shrinks: writers are held back only once it is small
        // (the disk writes it under the lock; 60 MB left there meant 200 ms stalls).
        for _ in 0..MAX_CATCH_UP_PASSES {
            if frames - copied <= LEFT_FOR_LOCKED_PASS {
                break;
            }
            (frames, copied) = crate::batch::checkpoint_passive(&mut conn)?;
        }
        let _turn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let (frames, copied) = crate::batch::checkpoint_passive(&mut conn)?;
        Ok(frames == copied)
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection from the pool, for the repository functions.
    pub fn conn(&self) -> Result<PooledConn, StorageError> {
        let _queued = InQueue::enter(&self.queues.waiting);
        Ok(self.pool.get()?)
    }

    /// Connections in use and idle, and callers waiting, now.
    pub fn pool_status(&self) -> PoolStatus {
        let state = self.pool.state();
        PoolStatus {
            max_size: self.pool.max_size(),
            connections: state.connections,
            idle: state.idle_connections,
            waiting: self.queues.waiting.load(Ordering::Relaxed),
            write_waiting: self.queues.write_waiting.load(Ordering::Relaxed),
        }
    }

    /// Applies all pending migrations of this backend; returns the versions applied (empty
    /// when the schema is current, so calling it at every start is fine).
    pub fn migrate(&self) -> Result<Vec<String>, StorageError> {
        let mut conn = self.conn()?;
        migrate_conn(&mut conn)
    }

    /// The versions of migrations not yet applied (for health checks; empty when current).
    pub fn pending_migrations(&self) -> Result<Vec<String>, StorageError> {
        let mut conn = self.conn()?;
        pending_conn(&mut conn)
    }
}

fn create_parent_dirs(path: &Path) -> Result<(), StorageError> {
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(|e| {
                StorageError::Connect(format!(
                    "cannot create directory {} for the SQLite database: {e}",
                    parent.display()
                ))
            })?;
        }
    }
    Ok(())
}

fn migration_err(e: impl fmt::Display) -> StorageError {
    StorageError::Migration(e.to_string())
}

#[allow(unused_variables, unreachable_code)]
fn migrate_conn(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
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
fn pending_conn(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
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

/// Runs `f` in one write transaction: everything `f` wrote is committed together, or nothing
/// is if `f` (or the commit) fails.
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the database's write lock
/// up front (waiting up to `busy_timeout`), so a read-then-write inside `f` cannot fail with a
/// stale snapshot and concurrent writers are serialized. On PostgreSQL it is a plain `BEGIN`
/// (READ COMMITTED); take explicit locks inside `f` where a read decides a write. Nested
/// calls become savepoints.
pub fn write_transaction<T, F>(conn: &mut DbConn, f: F) -> Result<T, StorageError>
where
    F: FnOnce(&mut DbConn) -> Result<T, StorageError>,
{
    type Tm = <DbConn as Connection>::TransactionManager;
    let depth = Tm::transaction_manager_status_mut(conn)
        .transaction_depth()
        .map_err(StorageError::from)?;
    match conn {
        DbConn::Sqlite(c) if depth.is_none() => {
            AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?
        }
        _ => Tm::begin_transaction(conn)?,
    }
    match f(conn) {
        Ok(value) => match Tm::commit_transaction(conn) {
            Ok(()) => Ok(value),
            Err(commit_error) => {
                let still_open = matches!(
                    Tm::transaction_manager_status_mut(conn).transaction_depth(),
                    Ok(Some(_))
                );
                if still_open {
                    // Best effort: the commit error is the one to report. A connection whose
                    // rollback failed is marked broken and dropped by the pool.
                    let _ = Tm::rollback_transaction(conn);
                }
                Err(commit_error.into())
            }
        },
        Err(e) => {
            // As above: report the original error.
            let _ = Tm::rollback_transaction(conn);
            Err(e)
        }
    }
}

/// The SQLite pragmas in effect on a connection (for health checks and tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlitePragmas {
    /// `wal` expected.
    pub journal_mode: String,
    /// Milliseconds; 5000 expected.
    pub busy_timeout_ms: i64,
    /// `true` expected.
    pub foreign_keys: bool,
    /// 0 OFF, 1 NORMAL (expected), 2 FULL, 3 EXTRA.
    pub synchronous: i64,
}

#[derive(diesel::QueryableByName)]
struct TextPragma {
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
}

#[derive(diesel::QueryableByName)]
struct IntPragma {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    value: i64,
}

/// Reads the pragmas of an SQLite connection; `None` on PostgreSQL.
pub fn sqlite_pragmas(conn: &mut DbConn) -> Result<Option<SqlitePragmas>, StorageError> {
    use diesel::RunQueryDsl;
    let DbConn::Sqlite(c) = conn else {
        return Ok(None);
    };
    let text = |c: &mut SqliteConnection, sql: &str| -> Result<String, StorageError> {
        Ok(diesel::sql_query(sql).get_result::<TextPragma>(c)?.value)
    };
    let int = |c: &mut SqliteConnection, sql: &str| -> Result<i64, StorageError> {
        Ok(diesel::sql_query(sql).get_result::<IntPragma>(c)?.value)
    };
    Ok(Some(SqlitePragmas {
        journal_mode: text(c, "SELECT journal_mode AS value FROM pragma_journal_mode")?,
        busy_timeout_ms: int(c, "SELECT timeout AS value FROM pragma_busy_timeout")?,
        foreign_keys: int(c, "SELECT foreign_keys AS value FROM pragma_foreign_keys")? == 1,
        synchronous: int(c, "SELECT synchronous AS value FROM pragma_synchronous")?,
    }))
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
