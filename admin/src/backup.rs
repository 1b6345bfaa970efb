//! `tsr-admin backup --to FILE` and `tsr-admin restore --from FILE` for the SQLite backend.
//!
//! A backup is a consistent copy of the live database (`VACUUM INTO`, safe while the server
//! runs), written next to FILE under a temporary name, checked, then renamed: FILE is whole or
//! absent. It holds what the database holds — report envelopes, messages, attachments and
//! statistics records as ciphertext, password and token hashes, ids — never a readable report.
//! A restore goes only into a database that does not exist yet or holds nothing (no report,
//! account, release or audit row); stop the server first. PostgreSQL: `pg_dump`/`pg_restore`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use storage::{DatabaseTarget, StorageError};

/// What the operator runs for PostgreSQL instead.
pub const PG_DUMP: &str = "pg_dump --format=custom --no-owner --file FILE \"$DATABASE_URL\"";
pub const PG_RESTORE: &str =
    "pg_restore --no-owner --exit-on-error --dbname \"$DATABASE_URL\" FILE   # into an empty database";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("DATABASE_URL is PostgreSQL: back it up with `{PG_DUMP}`")]
    PostgresBackup,
    #[error("DATABASE_URL is PostgreSQL: restore with `{PG_RESTORE}`")]
    PostgresRestore,
    #[error("{0} already exists; choose a new file (a backup never overwrites)")]
    Exists(String),
    #[error("the directory {0} does not exist")]
    NoDirectory(String),
    #[error("there is no database at {0}")]
    NoDatabase(String),
    #[error("{0} is not a backup of this server (not an intact SQLite database with its tables)")]
    NotBackup(String),
    #[error("the database at {0} is not empty (it holds reports, accounts, releases or audit rows); restore only into a new or empty database")]
    NotEmpty(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn sqlite_path(database_url: &str, pg: BackupError) -> Result<PathBuf, BackupError> {
    match storage::parse_database_url(database_url)? {
        DatabaseTarget::Sqlite(path) => Ok(path),
        DatabaseTarget::Postgres(_) => Err(pg),
    }
}

fn sqlite_url(path: &Path) -> String {
    if path.is_absolute() {
        format!("sqlite://{}", path.display())
    } else {
        format!("sqlite://./{}", path.display())
    }
}

/// `FILE.partial` in the same directory, so the final rename stays on one file system.
fn partial(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

fn remove_sqlite_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

fn restrict(path: &Path) -> Result<(), BackupError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(io_err(path))?;
    }
    Ok(())
}

/// Opens the SQLite file at `path` and checks it is intact and has this server's tables;
/// returns its report count.
fn check_copy(path: &Path) -> Result<i64, BackupError> {
    let not_backup = || BackupError::NotBackup(path.display().to_string());
    let db = storage::Database::connect(&sqlite_url(path)).map_err(|_| not_backup())?;
    let mut conn = db.conn()?;
    if !storage::backup::sqlite_integrity_ok(&mut conn).map_err(|_| not_backup())? {
        return Err(not_backup());
    }
    storage::reports::count_reports(&mut conn).map_err(|_| not_backup())
}

pub fn backup(database_url: &str, to: &Path, out: &mut dyn Write) -> Result<(), BackupError> {
    let source = sqlite_path(database_url, BackupError::PostgresBackup)?;
    if to.exists() {
        return Err(BackupError::Exists(to.display().to_string()));
    }
    if !source.is_file() {
        return Err(BackupError::NoDatabase(source.display().to_string()));
    }
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.is_dir() {
            return Err(BackupError::NoDirectory(parent.display().to_string()));
        }
    }
    let tmp = partial(to);
    remove_sqlite_files(&tmp);
    let made = (|| -> Result<i64, BackupError> {
        let db = storage::Database::connect(database_url)?;
        let mut conn = db.conn()?;
        storage::backup::sqlite_copy_to(&mut conn, &tmp)?;
        drop(conn);
        drop(db);
        let reports = check_copy(&tmp)?;
        restrict(&tmp)?;
        fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(io_err(&tmp))?;
        Ok(reports)
    })();
    let reports = match made {
        Ok(n) => n,
        Err(e) => {
            remove_sqlite_files(&tmp);
            return Err(e);
        }
    };
    if to.exists() {
        remove_sqlite_files(&tmp);
        return Err(BackupError::Exists(to.display().to_string()));
    }
    fs::rename(&tmp, to).map_err(io_err(to))?;
    remove_sqlite_files(&tmp);
    writeln!(
        out,
        "backup written to {} ({reports} reports; ciphertext only: report envelopes, messages, attachments and statistics records stay sealed)",
        to.display()
    )?;
    Ok(())
}

pub fn restore(database_url: &str, from: &Path, out: &mut dyn Write) -> Result<(), BackupError> {
    let target = sqlite_path(database_url, BackupError::PostgresRestore)?;
    if !from.is_file() {
        return Err(BackupError::NotBackup(from.display().to_string()));
    }
    if target.exists() {
        let db = storage::Database::connect(database_url)?;
        let mut conn = db.conn()?;
        if !storage::backup::is_empty(&mut conn)? {
            return Err(BackupError::NotEmpty(target.display().to_string()));
        }
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let tmp = partial(&target);
    remove_sqlite_files(&tmp);
    let made = (|| -> Result<i64, BackupError> {
        fs::copy(from, &tmp).map_err(io_err(&tmp))?;
        let reports = check_copy(&tmp)?;
        // A backup from an older version gets this version's migrations.
        storage::Database::connect(&sqlite_url(&tmp))?.migrate()?;
        restrict(&tmp)?;
        Ok(reports)
    })();
    let reports = match made {
        Ok(n) => n,
        Err(e) => {
            remove_sqlite_files(&tmp);
            return Err(e);
        }
    };
    remove_sqlite_files(&target);
    fs::rename(&tmp, &target).map_err(io_err(&target))?;
    remove_sqlite_files(&tmp);
    writeln!(
        out,
        "restored {} into {} ({reports} reports); start the server with the same keys",
        from.display(),
        target.display()
    )?;
    Ok(())
}
