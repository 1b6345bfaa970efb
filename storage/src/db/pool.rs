//! The connection pool and [`Database`]: opening connections of the one backend the URL named,
//! pool sizing, queue counts for `/metrics`, SQLite's writer queue and WAL checkpoints.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use diesel::connection::{SimpleConnection, TransactionManager};
use diesel::r2d2::{CustomizeConnection, ManageConnection, Pool, PooledConnection};
use diesel::{Connection, PgConnection, SqliteConnection};

use super::migrate::{migrate_conn, pending_conn};
use super::sqlite::ConnectionSetup;
use super::url::{parse_database_url, with_libpq_timeouts, DatabaseTarget};
use super::{write_transaction, Backend, DbConn};
use crate::error::StorageError;

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
