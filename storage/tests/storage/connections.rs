//! URLs and connections: parsing, backends compiled in or not, SQLite pragmas.

use super::*;

// ---------------------------------------------------------------------------------------------
// URLs and connections (no database needed, or SQLite only)

#[cfg(all(feature = "sqlite", feature = "postgres"))]
#[test]
fn url_parsing() {
    assert_eq!(
        parse_database_url("sqlite://data/x.db").unwrap(),
        storage::DatabaseTarget::Sqlite("data/x.db".into())
    );
    assert_eq!(
        parse_database_url("sqlite:///abs/x.db").unwrap(),
        storage::DatabaseTarget::Sqlite("/abs/x.db".into())
    );
    assert_eq!(
        parse_database_url("postgres://u:p@h:5432/db").unwrap(),
        storage::DatabaseTarget::Postgres("postgres://u:p@h:5432/db".into())
    );
    assert_eq!(
        parse_database_url("postgresql://h/db").unwrap().backend(),
        Backend::Postgres
    );
    for (url, found) in [
        ("postgress://u:secret@h/db", "postgress"),
        ("mysql://h/db", "mysql"),
        ("sqlite3://x.db", "sqlite3"),
        ("data/x.db", "(none)"),
        ("/abs/x.db", "(none)"),
        ("", "(none)"),
        ("sqlite:x.db", "(none)"),
    ] {
        match parse_database_url(url) {
            Err(StorageError::UnknownScheme { found: f }) => assert_eq!(f, found, "{url}"),
            other => panic!("{url}: expected UnknownScheme, got {other:?}"),
        }
    }
    let msg = parse_database_url("postgress://u:secret@h/db")
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("sqlite://PATH") && msg.contains("postgres://"),
        "{msg}"
    );
    assert!(!msg.contains("secret"), "{msg}");
    assert!(matches!(
        parse_database_url("sqlite://"),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        parse_database_url("sqlite://:memory:"),
        Err(StorageError::Invalid(_))
    ));
    assert!(matches!(
        Database::connect("mysql://localhost/x"),
        Err(StorageError::UnknownScheme { .. })
    ));
}

#[cfg(not(feature = "postgres"))]
#[test]
fn postgres_not_compiled() {
    assert!(matches!(
        parse_database_url("postgres://h/db"),
        Err(StorageError::BackendNotCompiled {
            backend: "postgres",
            ..
        })
    ));
}

#[cfg(not(feature = "sqlite"))]
#[test]
fn sqlite_not_compiled() {
    assert!(matches!(
        parse_database_url("sqlite://x.db"),
        Err(StorageError::BackendNotCompiled {
            backend: "sqlite",
            ..
        })
    ));
}

#[cfg(feature = "sqlite")]
#[test]
fn sqlite_connect_creates_parent_dirs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/c/x.db");
    let db = Database::connect(&format!("sqlite://{}", path.display())).unwrap();
    assert_eq!(db.backend(), Backend::Sqlite);
    db.migrate().unwrap();
    assert!(path.exists());
}

#[cfg(feature = "postgres")]
#[test]
fn postgres_unreachable_is_connect_error() {
    let started = std::time::Instant::now();
    match Database::connect("postgres://postgres@127.0.0.1:1/nothing") {
        Err(StorageError::Connect(_)) => {}
        other => panic!("expected Connect error, got {other:?}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn sqlite_pragmas_on_every_pooled_connection() {
    let Some(t) = common::sqlite_db(true) else {
        return;
    };
    // Hold several connections at once so that they are distinct pool members.
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut c = t.db.conn().unwrap();
        let p = storage::sqlite_pragmas(&mut c).unwrap().unwrap();
        assert_eq!(p.journal_mode, "wal");
        assert_eq!(p.busy_timeout_ms, 5000);
        assert!(p.foreign_keys);
        assert_eq!(p.synchronous, 1, "NORMAL");
        held.push(c);
    }
}

#[test]
fn with_database_rewrites_path() {
    assert_eq!(
        common::with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
        "postgres://postgres@127.0.0.1:5432/t1"
    );
    assert_eq!(
        common::with_database("postgres://h?sslmode=disable", "t1"),
        "postgres://h/t1?sslmode=disable"
    );
}
