//! `demo`: a throw-away instance under `data/demo/` on SQLite — a development keyring,
//! one reviewer per body and one member-state user (all enrolled; their credentials printed),
//! thousands of synthetic reports sealed by the real intake code, some with reviewer
//! messages, an anonymizer release per quarter — then the web server, with the three URLs
//! printed.
//!
//! Everything the demo stores is what the real intake stores: ciphertext. The credentials are
//! kept in `DIR/credentials.txt` (mode 0600) so that a second run can reuse the instance and
//! print them again; this is a demonstration instance, never a deployment.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use envelope::{KdfLimits, KeyPair, SigningKey, WrappedKey};
use storage::accounts::{
    self, AccountUpdate, MemberStateProfile, NewAccount, Profile, ReviewerProfile, SigningKeyUpload,
};
use storage::{Body, Database, StorageError};
use zeroize::Zeroizing;

use server::auth::{password, totp};

use crate::data::DataError;

const CREDENTIALS_FILE: &str = "credentials.txt";
const DB_FILE: &str = "server.db";
const KEYS_SUBDIR: &str = "keys";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("keys: {0}")]
    Keys(#[from] admin::keys::KeysError),
    #[error("keyring: {0}")]
    Keyring(#[from] admin::keyring::SignError),
    #[error("correlation keys: {0}")]
    Correlation(#[from] admin::ceremony::CeremonyError),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("cryptography: {0}")]
    Crypto(#[from] envelope::EnvelopeError),
    #[error("password hashing failed")]
    Hash,
    #[error(transparent)]
    Data(#[from] DataError),
    #[error("{0} exists but is not a demo instance (no {CREDENTIALS_FILE}); choose another --dir")]
    NotDemo(String),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> DemoError + '_ {
    move |source| DemoError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// What `demo` was asked for.
pub struct DemoOptions {
    pub dir: PathBuf,
    pub fresh: bool,
    pub reports: usize,
    /// Wraps the instance's key files (printed with the credentials).
    pub passphrase: Zeroizing<String>,
}

impl std::fmt::Debug for DemoOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoOptions")
            .field("dir", &self.dir)
            .field("fresh", &self.fresh)
            .field("reports", &self.reports)
            .finish_non_exhaustive()
    }
}

/// The prepared instance: where it lives and the text to print (credentials included).
pub struct Prepared {
    pub database_url: String,
    pub keys_dir: PathBuf,
    pub credentials: Zeroizing<String>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("database_url", &self.database_url)
            .finish_non_exhaustive()
    }
}

/// A random secret as base64url text (`bytes` random bytes).
fn random_text(bytes: usize) -> Zeroizing<String> {
    use base64::Engine;
    let mut raw = Zeroizing::new(vec![0u8; bytes]);
    envelope::fill_random(&mut raw);
    Zeroizing::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&*raw))
}

/// Sets up the instance (or finds the existing one) and returns what to print.
pub fn prepare(opts: &DemoOptions, out: &mut dyn Write) -> Result<Prepared, DemoError> {
    let dir = &opts.dir;
    let creds_path = dir.join(CREDENTIALS_FILE);
    let database_url = format!("sqlite://{}", dir.join(DB_FILE).display());
    let keys_dir = dir.join(KEYS_SUBDIR);
    if opts.fresh && dir.exists() {
        if !creds_path.exists() {
            return Err(DemoError::NotDemo(dir.display().to_string()));
        }
        fs::remove_dir_all(dir).map_err(io_err(dir))?;
        writeln!(
            out,
            "--fresh: removed the previous demo instance in {}.",
            dir.display()
        )?;
    }
    if creds_path.exists() {
        let credentials =
            Zeroizing::new(fs::read_to_string(&creds_path).map_err(io_err(&creds_path))?);
        writeln!(
            out,
            "Reusing the demo instance in {} (run with --fresh to start clean).",
            dir.display()
        )?;
        return Ok(Prepared {
            database_url,
            keys_dir,
            credentials,
        });
    }
    if dir.exists() && fs::read_dir(dir).map_err(io_err(dir))?.next().is_some() {
        return Err(DemoError::NotDemo(dir.display().to_string()));
    }
    // A half-made instance is removed, so the next run starts clean.
    let made = build(opts, &database_url, &keys_dir, out);
    if made.is_err() {
        let _ = fs::remove_dir_all(dir);
    }
    let credentials = made?;
    write_private(&creds_path, credentials.as_bytes())?;
    Ok(Prepared {
        database_url,
        keys_dir,
        credentials,
    })
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<(), DemoError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path).map_err(io_err(path))?;
    f.write_all(bytes).map_err(io_err(path))?;
    f.sync_all().map_err(io_err(path))
}

/// Makes a new instance; returns the credentials text.
fn build(
    opts: &DemoOptions,
    database_url: &str,
    keys_dir: &Path,
    out: &mut dyn Write,
) -> Result<Zeroizing<String>, DemoError> {
    fs::create_dir_all(&opts.dir).map_err(io_err(&opts.dir))?;
    writeln!(
        out,
        "Creating a demo instance in {} ...",
        opts.dir.display()
    )?;
    let mut sink = std::io::sink();
    admin::keys::init(keys_dir, Some(&opts.passphrase), &mut sink)?;
    let db = Database::connect(database_url)?;
    db.migrate()?;

    let mut text = Zeroizing::new(String::new());
    text.push_str("Demo credentials (a throw-away instance; never reuse these):\n\n");
    // The reviewers' message signing keys, to sign the synthetic reviewers' messages.
    let mut signing = std::collections::BTreeMap::new();
    for (body, name) in [(Body::Euipo, "euipo-demo"), (Body::Ec3, "ec3-demo")] {
        let (creds, id, key) = enrol_reviewer(&db, body, name)?;
        signing.insert(id, key);
        text.push_str(&format!(
            "  Reviewer {} ({})\n    login name:        {}\n    password:          {}\n    TOTP secret:       {}\n    unlock passphrase: {}\n\n",
            name,
            body.as_str(),
            name,
            creds.password.as_str(),
            creds.totp_base32.as_str(),
            creds.unlock.as_ref().map_or("", |u| u.as_str()),
        ));
    }
    let ms = enrol_member_state(&db, "DK", "dk-demo")?;
    text.push_str(&format!(
        "  Member-state user dk-demo (DK)\n    login name:        dk-demo\n    password:          {}\n    TOTP secret:       {}\n\n",
        ms.password.as_str(),
        ms.totp_base32.as_str(),
    ));
    text.push_str(&format!(
        "  Key files in {} (KEYS_PASSPHRASE, e.g. for `anonymizer release`): {}\n",
        keys_dir.display(),
        opts.passphrase.as_str()
    ));
    text.push_str(
        "  TOTP: add the secret to an authenticator app (RFC 6238, SHA-1, 30 s, 6 digits).\n",
    );
    db.write(|conn| {
        storage::audit::append_audit(
            conn,
            &storage::audit::AuditEntry {
                at: accounts::now(),
                actor_kind: storage::ActorKind::Operator,
                actor_id: None,
                action: "demo.accounts_enrolled".into(),
                object_kind: None,
                object_id: None,
                detail: serde_json::json!({ "reviewers": 2, "member_state_users": 1 }),
            },
        )
        .map(|_| ())
    })?;
    // The enrolled reviewers' keys join the keyring, so the reports are sealed to them.
    // The demo made these keys itself: it approves their fingerprints (a real operator has
    // each reviewer read theirs out first).
    let approvals = admin::keyring::Approvals {
        fingerprints: reviewer_fingerprints(&db)?,
        interactive: false,
        release_key: None,
    };
    admin::keyring::sign_keyring(
        keys_dir,
        database_url,
        Some(&opts.passphrase),
        None,
        &approvals,
        &mut sink,
    )?;
    // The correlation keys `keys init` made, sealed to the keyring that now holds the
    // reviewers' keys and imported, so that the demo's console shows related reports.
    let (_, signed) = keystore::load_keyring(keys_dir, None)
        .map_err(|e| DemoError::Data(DataError::Key(e.to_string())))?;
    let fingerprint = signed.signer.fingerprint();
    for body in ["euipo", "ec3"] {
        let copies = keys_dir.join(format!("{body}-correlation-keys.json"));
        let wrap = admin::correlation::Wrap {
            key: keys_dir.join(format!("{body}-correlation.key")),
            keyring: keys_dir.to_path_buf(),
            expect: Some(fingerprint.clone()),
            out: copies.clone(),
        };
        admin::correlation::wrap(&wrap, Some(&opts.passphrase), &mut sink)?;
        admin::correlation::import(
            database_url,
            &copies,
            keys_dir,
            Some(&fingerprint),
            &mut sink,
        )?;
    }
    writeln!(out, "Accounts enrolled; keyring re-signed with their keys.")?;
    let (keyring, _) = keystore::load_keyring(keys_dir, None)
        .map_err(|e| DemoError::Data(DataError::Key(e.to_string())))?;
    let summary = crate::data::populate(
        &db,
        &keyring,
        &signing,
        keys_dir,
        &opts.passphrase,
        opts.reports,
    )?;
    if !summary.receipt.is_empty() {
        text.push_str(&format!(
            "\n  A reporter's receipt (a report with a reviewer's question; open it at /followup):\n    {}\n",
            summary.receipt.as_str()
        ));
    }
    writeln!(
        out,
        "{} synthetic reports submitted ({} with reviewer messages, {} closed); release {} for {}.",
        summary.reports, summary.with_messages, summary.closed, summary.release_id, summary.period
    )?;
    Ok(text)
}

struct Credentials {
    password: Zeroizing<String>,
    totp_base32: Zeroizing<String>,
    unlock: Option<Zeroizing<String>>,
}

fn login_credentials() -> Result<(Credentials, String, Vec<u8>), DemoError> {
    let pw = random_text(15);
    let hashed = password::hash(&pw).map_err(|_| DemoError::Hash)?;
    let secret = totp::new_secret();
    let creds = Credentials {
        password: pw,
        totp_base32: Zeroizing::new(totp::secret_base32(&secret)),
        unlock: None,
    };
    Ok((creds, hashed, secret))
}

/// An account of any kind as enrolment leaves one, with this password hash and TOTP secret;
/// returns its id.
fn enrol_account<P: Profile>(
    db: &Database,
    profile: P,
    name: &str,
    hashed: String,
    secret: Vec<u8>,
) -> Result<i64, DemoError> {
    let now = accounts::now();
    Ok(db.write(|conn| {
        let id = accounts::insert_account(
            conn,
            &NewAccount {
                profile,
                name: name.to_string(),
                enrolment_token_hash: None,
                enrolment_expires: None,
                active: true,
                created_at: now,
            },
        )?;
        let changes = AccountUpdate {
            password_hash: Some(Some(hashed)),
            totp_secret: Some(Some(secret)),
            ..Default::default()
        };
        accounts::update_account(conn, P::KIND, id, &changes)?;
        Ok(id)
    })?)
}

/// The fingerprints of the enrolled reviewers' keys.
fn reviewer_fingerprints(db: &Database) -> Result<Vec<String>, DemoError> {
    let mut conn = db.conn()?;
    Ok(accounts::list_accounts::<ReviewerProfile>(&mut conn)?
        .iter()
        .filter_map(|r| envelope::PublicKey::from_slice(r.profile.public_key.as_deref()?).ok())
        .map(|pk| pk.fingerprint())
        .collect())
}

/// A reviewer as enrolment leaves one: password, TOTP, and an X25519 key pair wrapped under
/// an unlock passphrase in the `tsr-wrapped-key/1` format the console's browser code makes.
/// Enrols a reviewer as the browser would, with a key pair and a message signing key wrapped
/// under a random unlock passphrase; returns the credentials, the account id and the signing
/// key.
fn enrol_reviewer(
    db: &Database,
    body: Body,
    name: &str,
) -> Result<(Credentials, i64, SigningKey), DemoError> {
    let (mut creds, hashed, secret) = login_credentials()?;
    let unlock = random_text(15);
    let kp = KeyPair::generate();
    let sk = SigningKey::generate();
    let id = enrol_account(db, ReviewerProfile::new(body), name, hashed, secret)?;
    let label = accounts::keyring_entry_id(body, id);
    let wrapped =
        WrappedKey::wrap_x25519(&kp, &label, unlock.as_bytes(), KdfLimits::DEFAULT)?.to_json()?;
    let upload = SigningKeyUpload {
        public_key: sk.public_key()?,
        wrapped_json: WrappedKey::wrap_signing(&sk, &label, unlock.as_bytes(), KdfLimits::DEFAULT)?
            .to_json()?,
    };
    db.write(|conn| {
        accounts::enrol_reviewer_key(
            conn,
            id,
            &kp.public,
            &wrapped,
            Some(&upload),
            storage::ActorKind::Operator,
            accounts::now(),
        )
    })?;
    creds.unlock = Some(unlock);
    Ok((creds, id, sk))
}

fn enrol_member_state(db: &Database, country: &str, name: &str) -> Result<Credentials, DemoError> {
    let (creds, hashed, secret) = login_credentials()?;
    let profile = MemberStateProfile {
        country: country.to_string(),
    };
    enrol_account(db, profile, name, hashed, secret)?;
    Ok(creds)
}
