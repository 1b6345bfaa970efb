//! A running instance for intake tests: shared development keys (made once per test run), a
//! fresh database on either backend, the server with its own temp directory and captured log.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use envelope::{Body, KeyPair, SigningKey};

use crate::helpers::*;
use crate::pg::PgDatabase;

struct SharedKeys {
    dir: PathBuf,
    _tmp: tempfile::TempDir,
}

fn shared_keys() -> &'static SharedKeys {
    static KEYS: OnceLock<SharedKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("keys");
        init_keys(&dir);
        with_reviewer_signing_keys(&dir);
        SharedKeys { dir, _tmp: tmp }
    })
}

/// The development reviewer's message signing key of a body (what that reviewer's console
/// would hold): the shared keyring's entry names it, so what it signs is that reviewer's.
pub fn reviewer_signing_key(body: Body) -> SigningKey {
    SigningKey::from_seed(match body {
        Body::Euipo => [0x51; 32],
        Body::Ec3 => [0x52; 32],
    })
}

/// Re-signs the keyring `keys init` made with each development reviewer's signing key in its
/// entry (enrolment does this for real reviewers, through `sign-keyring`).
fn with_reviewer_signing_keys(dir: &Path) {
    let (mut keyring, _) = keystore::load_keyring(dir, None).unwrap();
    for (body, keys) in keyring.bodies.iter_mut() {
        let pk = reviewer_signing_key(*body).public_key().unwrap();
        for r in keys.reviewers.iter_mut() {
            *r = r.clone().with_signing_key(&pk);
        }
    }
    let signer = keystore::read_key_file(&dir.join(keystore::SIGNING_KEY_FILE))
        .unwrap()
        .unwrap_signing(PASSPHRASE.as_bytes())
        .unwrap();
    let signed = keyring.sign(&signer).unwrap();
    std::fs::write(dir.join(envelope::keyring::KEYRING_FILE), &signed.bytes).unwrap();
    std::fs::write(
        dir.join(envelope::keyring::SIGNATURE_FILE),
        signed.signature_file().unwrap(),
    )
    .unwrap();
}

/// Stores a reviewer message signed by the development reviewer of `body`, as the console
/// stores one it checked: the reporter's pages show it as that reviewer's.
pub fn insert_signed_message(
    conn: &mut storage::DbConn,
    message: &storage::messages::NewMessage,
    body: Body,
) -> i64 {
    let rid = envelope::unhex::<16>(&message.report_id).unwrap();
    let mid = envelope::unhex::<16>(&message.id).unwrap();
    let sig = envelope::signature::sign_message(
        &reviewer_signing_key(body),
        &rid,
        &mid,
        &message.envelope,
    )
    .unwrap();
    storage::messages::insert_message_from(conn, message, storage::messages::Origin::Signed(&sig))
        .unwrap()
}

fn unwrap_key(file: &str) -> KeyPair {
    let path = shared_keys().dir.join(file);
    let wrapped = keystore::read_key_file(&path).unwrap();
    wrapped.unwrap_x25519(PASSPHRASE.as_bytes()).unwrap()
}

/// The development reviewer key of a body (what a reviewer's browser would hold).
pub fn reviewer_key(body: Body) -> &'static KeyPair {
    static EUIPO: OnceLock<KeyPair> = OnceLock::new();
    static EC3: OnceLock<KeyPair> = OnceLock::new();
    let cell = match body {
        Body::Euipo => &EUIPO,
        Body::Ec3 => &EC3,
    };
    cell.get_or_init(|| unwrap_key(&keystore::reviewer_key_file(body, 1)))
}

pub fn anonymizer_key() -> &'static KeyPair {
    static KEY: OnceLock<KeyPair> = OnceLock::new();
    KEY.get_or_init(|| unwrap_key(keystore::ANONYMIZER_KEY_FILE))
}

/// How an instance runs its server.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The application in this process (most tests).
    InProcess,
    /// `server serve` as a child process: for tests where the process is the point (killing
    /// it, its log, its temporary directory).
    Process,
}

pub struct Instance {
    pub srv: RunningServer,
    mode: Mode,
    pub db_url: String,
    /// The key directory the server reads (the shared one unless given).
    pub keys: PathBuf,
    env: Vec<(String, String)>,
    pub sqlite_file: Option<PathBuf>,
    pub tmpdir: PathBuf,
    /// Held so the PostgreSQL database lives (and is dropped) with the instance.
    _pg: Option<PgDatabase>,
    _tmp: tempfile::TempDir,
}

impl Instance {
    pub fn sqlite(env: &[(&str, &str)]) -> Self {
        Self::sqlite_in(Mode::InProcess, env)
    }

    /// As [`Instance::sqlite`], with `server serve` as a child process.
    pub fn sqlite_process(env: &[(&str, &str)]) -> Self {
        Self::sqlite_in(Mode::Process, env)
    }

    fn sqlite_in(mode: Mode, env: &[(&str, &str)]) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("db.sqlite");
        let url = format!("sqlite://{}", file.display());
        Self::start(mode, tmp, url, Some(file), None, env)
    }

    /// As [`Instance::sqlite`], with its own copy of the shared development keys (for tests
    /// that re-sign the keyring): the copy lives in the instance's temp directory.
    pub fn sqlite_own_keys(env: &[(&str, &str)]) -> Self {
        Self::sqlite_own_keys_in(Mode::InProcess, env)
    }

    /// As [`Instance::sqlite_own_keys`], with `server serve` as a child process.
    pub fn sqlite_own_keys_process(env: &[(&str, &str)]) -> Self {
        Self::sqlite_own_keys_in(Mode::Process, env)
    }

    fn sqlite_own_keys_in(mode: Mode, env: &[(&str, &str)]) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let keys = tmp.path().join("keys");
        std::fs::create_dir_all(&keys).unwrap();
        for entry in std::fs::read_dir(keys_dir()).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), keys.join(entry.file_name())).unwrap();
        }
        let file = tmp.path().join("db.sqlite");
        let url = format!("sqlite://{}", file.display());
        Self::start_with(mode, tmp, url, Some(file), None, keys, env)
    }

    /// A SQLite instance in `tmp` (database `tmp/db.sqlite`, see [`Instance::sqlite_url_in`])
    /// serving the key directory `keys` as it is: for the key ceremony tests, whose server host
    /// holds only what the ceremony gave it.
    pub fn sqlite_with_keys(tmp: tempfile::TempDir, keys: PathBuf, env: &[(&str, &str)]) -> Self {
        let url = Self::sqlite_url_in(tmp.path());
        let file = tmp.path().join("db.sqlite");
        Self::start_with(Mode::InProcess, tmp, url, Some(file), None, keys, env)
    }

    /// The database URL [`Instance::sqlite_with_keys`] uses in `dir`.
    pub fn sqlite_url_in(dir: &Path) -> String {
        format!("sqlite://{}", dir.join("db.sqlite").display())
    }

    /// Stops the server and starts it again on the same database, keys and environment (it
    /// reads the keyring at start). The port changes.
    pub fn restart(&mut self) {
        self.srv.stop();
        let tmpdir = self.tmpdir.display().to_string();
        let mut all: Vec<(&str, &str)> = vec![("TMPDIR", tmpdir.as_str())];
        all.extend(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        self.srv = serve(self.mode, &self.db_url, &self.keys, &all);
    }

    /// `None` when PostgreSQL is unreachable outside CI.
    pub fn postgres(env: &[(&str, &str)]) -> Option<Self> {
        Self::postgres_in(Mode::InProcess, env)
    }

    /// As [`Instance::postgres`], with `server serve` as a child process.
    pub fn postgres_process(env: &[(&str, &str)]) -> Option<Self> {
        Self::postgres_in(Mode::Process, env)
    }

    fn postgres_in(mode: Mode, env: &[(&str, &str)]) -> Option<Self> {
        let pg = PgDatabase::create()?;
        let tmp = tempfile::tempdir().unwrap();
        let url = pg.url.clone();
        Some(Self::start(mode, tmp, url, None, Some(pg), env))
    }

    /// As [`Instance::postgres_process`] on the database `pg`, with the server given
    /// `server_url` instead of `pg.url` (e.g. the same database through a proxy the test can
    /// cut).
    pub fn postgres_at(pg: PgDatabase, server_url: String, env: &[(&str, &str)]) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        Self::start(Mode::Process, tmp, server_url, None, Some(pg), env)
    }

    fn start(
        mode: Mode,
        tmp: tempfile::TempDir,
        db_url: String,
        sqlite_file: Option<PathBuf>,
        pg: Option<PgDatabase>,
        env: &[(&str, &str)],
    ) -> Self {
        let keys = shared_keys().dir.clone();
        Self::start_with(mode, tmp, db_url, sqlite_file, pg, keys, env)
    }

    fn start_with(
        mode: Mode,
        tmp: tempfile::TempDir,
        db_url: String,
        sqlite_file: Option<PathBuf>,
        pg: Option<PgDatabase>,
        keys: PathBuf,
        env: &[(&str, &str)],
    ) -> Self {
        let tmpdir = tmp.path().join("server-tmp");
        std::fs::create_dir_all(&tmpdir).unwrap();
        let tmpdir_s = tmpdir.display().to_string();
        let mut all: Vec<(&str, &str)> = vec![("TMPDIR", tmpdir_s.as_str())];
        all.extend_from_slice(env);
        let srv = serve(mode, &db_url, &keys, &all);
        Instance {
            srv,
            mode,
            db_url,
            keys,
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            sqlite_file,
            tmpdir,
            _pg: pg,
            _tmp: tmp,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.srv.base)
    }

    pub fn db(&self) -> storage::Database {
        storage::Database::connect(&self.db_url).unwrap()
    }

    /// What the server logged: a process instance's only (an in-process one logs nothing).
    pub fn log(&self) -> String {
        assert!(
            self.mode == Mode::Process,
            "log() needs an instance made with *_process"
        );
        self.srv.log.lock().unwrap().clone()
    }

    /// Rows in every table that holds reporter data.
    pub fn counts(&self) -> [i64; 5] {
        use diesel::dsl::count_star;
        use diesel::prelude::*;
        use storage::schema::*;
        let db = self.db();
        let mut c = db.conn().unwrap();
        [
            reports::table.select(count_star()).first(&mut *c).unwrap(),
            recipient_slots::table
                .select(count_star())
                .first(&mut *c)
                .unwrap(),
            attachments::table
                .select(count_star())
                .first(&mut *c)
                .unwrap(),
            stats_records::table
                .select(count_star())
                .first(&mut *c)
                .unwrap(),
            messages::table.select(count_star()).first(&mut *c).unwrap(),
        ]
    }
}

/// Tests post a form right after fetching it: no minimum form age unless a test sets one (the
/// test's own value comes later and wins).
fn serve(mode: Mode, db_url: &str, keys: &Path, env: &[(&str, &str)]) -> RunningServer {
    let mut all: Vec<(&str, &str)> = vec![("FORM_MIN_AGE_SECS", "0")];
    all.extend_from_slice(env);
    match mode {
        Mode::InProcess => spawn_app(db_url, keys, &all),
        Mode::Process => spawn_server_with(db_url, keys, &all),
    }
}

pub fn keys_dir() -> &'static Path {
    &shared_keys().dir
}
