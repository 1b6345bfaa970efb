//! The web server's configuration: built once at start from an environment snapshot
//! ([`settings::Env`]), validated whole, then handed to the application. Nothing reads the
//! environment after this. A set but unacceptable value stops the start with a message that
//! names the variable and what it accepts (the operator learns at once, not from a warning
//! scrolled away). This module imports nothing from the areas: they build their own settings
//! from the plain values here.

use std::path::PathBuf;
use std::time::Duration;

use settings::{ConfigError, Env};
use zeroize::Zeroizing;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// How long a request waits for the database (a free connection, or opening one) before it
/// gets a 503: short, so an outage answers fast instead of piling up hung requests.
pub const DEFAULT_DATABASE_TIMEOUT_SECS: u64 = 5;

/// Every variable [`Config::from_env`] reads (a test checks the README lists the same).
pub const VARIABLES: &[&str] = &[
    "DATABASE_URL",
    "KEYS_DIR",
    "KEYRING_FINGERPRINT",
    "BIND",
    "BASE_URL",
    "LOG",
    "LOG_FORMAT",
    "MAX_FILE_MB",
    "MAX_FILES",
    "INTAKE_RATE_PER_SEC",
    "FORM_RATE_PER_SEC",
    "FORM_MIN_AGE_SECS",
    "UPLOAD_BUFFER_MB",
    "FOLLOWUP_RATE_PER_MIN",
    "POW_BITS",
    "SESSION_IDLE_SECS",
    "SESSION_ABSOLUTE_SECS",
    "BLOCKING_THREADS",
    "BODY_TIMEOUT_SECS",
    "BODY_MIN_BYTES_PER_SEC",
    "DATABASE_POOL_SIZE",
    "DATABASE_TIMEOUT_SECS",
    "METRICS_TOKEN",
    "TAXII_ORIGINS",
];

/// Why `KEYRING_FINGERPRINT` is required (the start error says it).
pub const UNPINNED: &str = "set it to the fingerprint of the keyring signing key from the key \
     ceremony minutes (the one EUIPO and Europol publish; `tsr-admin keys show` prints it). \
     Without it the server would trust whichever key signed the keyring on disk";

/// Variables that may instead be given as `NAME_FILE` (a file holding the value).
pub const FILE_VARIABLES: &[&str] = &["DATABASE_URL", "METRICS_TOKEN"];

/// Intake limits and rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntakeConfig {
    /// `MAX_FILE_MB` in bytes.
    pub max_file_bytes: u64,
    /// `MAX_FILES`.
    pub max_files: usize,
    /// `INTAKE_RATE_PER_SEC`: browser-sealed submissions (with a solved proof of work)
    /// accepted per second, across all reporters.
    pub submissions_per_sec: u32,
    /// `FORM_RATE_PER_SEC`: valid no-JavaScript submissions accepted per second.
    pub forms_per_sec: u32,
    /// `FORM_MIN_AGE_SECS`: a no-JavaScript form is accepted this long after it was served at
    /// the earliest (an earlier submission waits).
    pub form_min_age_secs: u32,
    /// `UPLOAD_BUFFER_MB`: memory for attachments being read, across all requests.
    pub upload_buffer_mb: u32,
    /// `FOLLOWUP_RATE_PER_MIN`: receipt sign-ins and replies per minute, across all reporters.
    pub followups_per_min: u32,
    /// `POW_BITS`: proof-of-work difficulty of the JavaScript path.
    pub pow_bits: u8,
}

impl Default for IntakeConfig {
    fn default() -> Self {
        IntakeConfig {
            max_file_bytes: 100 * 1024 * 1024,
            max_files: 10,
            submissions_per_sec: 50,
            forms_per_sec: 10,
            form_min_age_secs: 3,
            upload_buffer_mb: 64,
            followups_per_min: 120,
            pow_bits: 18,
        }
    }
}

/// Bounded time per request body (`web::body_deadline`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyConfig {
    /// `BODY_TIMEOUT_SECS`: a request's whole body must arrive within this.
    pub timeout_secs: u64,
    /// `BODY_MIN_BYTES_PER_SEC`: after a 5 s grace, the body's average rate must stay above.
    pub min_bytes_per_sec: u64,
}

impl Default for BodyConfig {
    fn default() -> Self {
        BodyConfig {
            timeout_secs: 3600,
            min_bytes_per_sec: 1024,
        }
    }
}

/// Console and portal session lifetimes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionConfig {
    /// `SESSION_IDLE_SECS`.
    pub idle_secs: i64,
    /// `SESSION_ABSOLUTE_SECS`.
    pub absolute_secs: i64,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_secs: 30 * 60,
            absolute_secs: 12 * 60 * 60,
        }
    }
}

/// Logging: `LOG` (a `tracing` filter) and `LOG_FORMAT` (`text` or `json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogConfig {
    pub filter: String,
    pub json: bool,
}

#[derive(Clone)]
pub struct Config {
    /// `DATABASE_URL` (or `DATABASE_URL_FILE`): may hold a password, never printed.
    pub database_url: Zeroizing<String>,
    pub keys_dir: PathBuf,
    /// `KEYRING_FINGERPRINT` (normalized, `XXXX-XXXX-XXXX-XXXX`): the keyring's signer must be
    /// this key, and this is the fingerprint the pages show. Required by [`Config::from_env`];
    /// [`crate::app::Application::build`] refuses to start without it.
    pub keyring_fingerprint: Option<String>,
    pub bind: String,
    /// `BASE_URL`, without a trailing slash.
    pub base_url: String,
    pub log: LogConfig,
    pub intake: IntakeConfig,
    pub body: BodyConfig,
    pub sessions: SessionConfig,
    /// `BLOCKING_THREADS`; `None`: 2 on SQLite, actix's default on PostgreSQL.
    pub blocking_threads: Option<usize>,
    pub pool: storage::PoolOptions,
    /// `METRICS_TOKEN` (or `METRICS_TOKEN_FILE`): `/metrics` is served only with it.
    pub metrics_token: Option<Zeroizing<String>>,
    /// `TAXII_ORIGINS`: origins (`https://host[:port]`, space-separated) of the bodies' TAXII
    /// 2.1 servers, which the console's browser may push exports to (CSP `connect-src`).
    pub taxii_origins: Vec<String>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("keys_dir", &self.keys_dir)
            .field("keyring_fingerprint", &self.keyring_fingerprint)
            .field("bind", &self.bind)
            .field("base_url", &self.base_url)
            .field("log", &self.log)
            .field("intake", &self.intake)
            .field("body", &self.body)
            .field("sessions", &self.sessions)
            .field("blocking_threads", &self.blocking_threads)
            .field("pool", &self.pool)
            .field("metrics", &self.metrics_token.as_ref().map(|_| "set"))
            .field("taxii_origins", &self.taxii_origins)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// The configuration for a database and key directory, everything else at its default
    /// (tests, the demo).
    pub fn new(database_url: &str, keys_dir: PathBuf) -> Self {
        Config {
            database_url: Zeroizing::new(database_url.to_string()),
            keys_dir,
            keyring_fingerprint: None,
            bind: DEFAULT_BIND.to_string(),
            base_url: format!("http://{DEFAULT_BIND}"),
            log: LogConfig {
                filter: "info".into(),
                json: false,
            },
            intake: IntakeConfig::default(),
            body: BodyConfig::default(),
            sessions: SessionConfig::default(),
            blocking_threads: None,
            pool: default_pool(),
            metrics_token: None,
            taxii_origins: Vec::new(),
        }
    }

    /// Reads and checks every variable in [`VARIABLES`]; `KEYRING_FINGERPRINT` is required.
    pub fn from_env(env: &Env) -> Result<Self, ConfigError> {
        let config = Config::from_env_unpinned(env)?;
        if config.keyring_fingerprint.is_none() {
            return Err(ConfigError::Missing {
                name: "KEYRING_FINGERPRINT".into(),
                why: UNPINNED.into(),
            });
        }
        Ok(config)
    }

    /// As [`Config::from_env`], with `KEYRING_FINGERPRINT` optional: for the demo, which makes
    /// its own keyring and then pins that keyring's fingerprint itself.
    pub fn from_env_unpinned(env: &Env) -> Result<Self, ConfigError> {
        let database_url = database_url(env)?;
        let mut config = Config::new(&database_url, keystore_dir(env)?);
        config.keyring_fingerprint = match env.text("KEYRING_FINGERPRINT")? {
            None => None,
            Some(text) => Some(envelope::keyring::normalize_fingerprint(&text).ok_or_else(
                || {
                    ConfigError::Invalid {
                        name: "KEYRING_FINGERPRINT".into(),
                        value: text,
                        expected: "a key fingerprint, XXXX-XXXX-XXXX-XXXX (16 Crockford Base32 \
                               symbols)"
                            .into(),
                    }
                },
            )?),
        };
        config.bind = env.string_or("BIND", DEFAULT_BIND)?;
        if config.bind.parse::<std::net::SocketAddr>().is_err() {
            return Err(ConfigError::Invalid {
                name: "BIND".into(),
                value: config.bind,
                expected: "an address and port, e.g. 127.0.0.1:8080 or [::1]:8080".into(),
            });
        }
        config.base_url = base_url(env)?;
        config.log = LogConfig {
            filter: env.string_or("LOG", "info")?,
            json: env.choice("LOG_FORMAT", &["text", "json"])? == Some("json"),
        };
        let d = IntakeConfig::default();
        config.intake = IntakeConfig {
            max_file_bytes: env.number_or("MAX_FILE_MB", 1..=4096u64, d.max_file_bytes >> 20)?
                << 20,
            max_files: env.number_or("MAX_FILES", 1..=100usize, d.max_files)?,
            submissions_per_sec: env.number_or(
                "INTAKE_RATE_PER_SEC",
                1..=1_000_000u32,
                d.submissions_per_sec,
            )?,
            forms_per_sec: env.number_or("FORM_RATE_PER_SEC", 1..=1_000_000u32, d.forms_per_sec)?,
            form_min_age_secs: env.number_or(
                "FORM_MIN_AGE_SECS",
                0..=600u32,
                d.form_min_age_secs,
            )?,
            upload_buffer_mb: env.number_or(
                "UPLOAD_BUFFER_MB",
                3..=65_536u32,
                d.upload_buffer_mb,
            )?,
            followups_per_min: env.number_or(
                "FOLLOWUP_RATE_PER_MIN",
                1..=1_000_000u32,
                d.followups_per_min,
            )?,
            pow_bits: env.number_or("POW_BITS", 0..=32u8, d.pow_bits)?,
        };
        let b = BodyConfig::default();
        config.body = BodyConfig {
            timeout_secs: env.number_or("BODY_TIMEOUT_SECS", 1..=86_400u64, b.timeout_secs)?,
            min_bytes_per_sec: env.number_or(
                "BODY_MIN_BYTES_PER_SEC",
                1..=1_000_000_000u64,
                b.min_bytes_per_sec,
            )?,
        };
        let s = SessionConfig::default();
        config.sessions = SessionConfig {
            idle_secs: env.number_or("SESSION_IDLE_SECS", 1..=86_400i64, s.idle_secs)?,
            absolute_secs: env.number_or(
                "SESSION_ABSOLUTE_SECS",
                1..=7 * 86_400i64,
                s.absolute_secs,
            )?,
        };
        config.blocking_threads = env.number("BLOCKING_THREADS", 1..=1024usize)?;
        config.pool.max_size = env.number_or("DATABASE_POOL_SIZE", 1..=1000u32, 10)?;
        config.pool.connection_timeout = Duration::from_secs(env.number_or(
            "DATABASE_TIMEOUT_SECS",
            1..=3600u64,
            DEFAULT_DATABASE_TIMEOUT_SECS,
        )?);
        config.metrics_token = env.secret("METRICS_TOKEN")?;
        config.taxii_origins = taxii_origins(&env.text("TAXII_ORIGINS")?.unwrap_or_default())?;
        Ok(config)
    }
}

fn default_pool() -> storage::PoolOptions {
    storage::PoolOptions {
        connection_timeout: Duration::from_secs(DEFAULT_DATABASE_TIMEOUT_SECS),
        ..storage::PoolOptions::default()
    }
}

/// `DATABASE_URL` or `DATABASE_URL_FILE`, checked for a scheme the storage accepts.
pub fn database_url(env: &Env) -> Result<Zeroizing<String>, ConfigError> {
    settings::database_url(
        env,
        storage::DEFAULT_DATABASE_URL,
        storage::check_database_url,
    )
}

/// `KEYS_DIR`, or `data/keys`.
pub fn keystore_dir(env: &Env) -> Result<PathBuf, ConfigError> {
    env.path_or("KEYS_DIR", keystore::DEFAULT_KEYS_DIR)
}

/// `TAXII_ORIGINS`: space-separated origins, each `https://` (or `http://`, for a server on the
/// same machine in tests) and a host name or address with an optional port, nothing after it.
pub fn taxii_origins(value: &str) -> Result<Vec<String>, ConfigError> {
    value
        .split_whitespace()
        .map(|o| {
            let rest = o
                .strip_prefix("https://")
                .or_else(|| o.strip_prefix("http://"));
            let ok = rest.is_some_and(|r| {
                let (host, port) = r.split_once(':').unwrap_or((r, "0"));
                !host.is_empty()
                    && host
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                    && port.parse::<u16>().is_ok()
            });
            if ok {
                Ok(o.to_ascii_lowercase())
            } else {
                Err(ConfigError::Invalid {
                    name: "TAXII_ORIGINS".into(),
                    value: value.into(),
                    expected: "origins such as https://taxii.example.eu:8443, space-separated"
                        .into(),
                })
            }
        })
        .collect()
}

/// `BASE_URL`, or `http://` + the default bind address.
pub fn base_url(env: &Env) -> Result<String, ConfigError> {
    Ok(env
        .http_url("BASE_URL")?
        .unwrap_or_else(|| format!("http://{DEFAULT_BIND}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn taxii_origins_are_checked() {
        assert_eq!(
            taxii_origins(" https://TAXII.example.eu:8443  http://127.0.0.1:9000 ").unwrap(),
            vec!["https://taxii.example.eu:8443", "http://127.0.0.1:9000"]
        );
        assert!(taxii_origins("").unwrap().is_empty());
        for bad in [
            "taxii.example.eu",
            "https://taxii.example.eu/collections/x",
            "https://taxii.example.eu:99999",
            "ftp://taxii.example.eu",
            "https://",
            "https://a.eu; script-src *",
        ] {
            assert!(taxii_origins(bad).is_err(), "{bad}");
        }
    }

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env::from_pairs(pairs.iter().copied())
    }

    const PINNED: (&str, &str) = ("KEYRING_FINGERPRINT", "ABCD-EFGH-JKMN-PQRS");

    /// `server serve` has no default trust root: without `KEYRING_FINGERPRINT` it would trust
    /// whichever key signed the keyring on disk.
    #[test]
    fn the_keyring_fingerprint_is_required_and_checked() {
        let err = Config::from_env(&env(&[])).unwrap_err().to_string();
        assert!(err.starts_with("KEYRING_FINGERPRINT is required"), "{err}");
        assert!(err.contains("key ceremony"), "{err}");
        for bad in ["ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN-PQRI", "ABCDEFGHJKMNPQRS"] {
            let err = Config::from_env(&env(&[("KEYRING_FINGERPRINT", bad)]))
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("KEYRING_FINGERPRINT="), "{bad}: {err}");
        }
        let c = Config::from_env(&env(&[PINNED])).unwrap();
        assert_eq!(c.keyring_fingerprint.as_deref(), Some(PINNED.1));
    }

    #[test]
    fn defaults_when_nothing_is_set() {
        let c = Config::from_env_unpinned(&env(&[])).unwrap();
        assert_eq!(c.database_url.as_str(), storage::DEFAULT_DATABASE_URL);
        assert_eq!(c.bind, DEFAULT_BIND);
        assert_eq!(c.intake, IntakeConfig::default());
        assert_eq!(c.sessions, SessionConfig::default());
        assert_eq!(c.blocking_threads, None);
        assert!(c.metrics_token.is_none());
    }

    #[test]
    fn every_invalid_value_is_an_error_naming_its_variable() {
        for (name, value) in [
            ("BLOCKING_THREADS", "abc"),
            ("BLOCKING_THREADS", "0"),
            ("MAX_FILE_MB", "-1"),
            ("MAX_FILES", "1e3"),
            ("INTAKE_RATE_PER_SEC", "fast"),
            ("FORM_RATE_PER_SEC", "0"),
            ("FORM_MIN_AGE_SECS", "601"),
            ("UPLOAD_BUFFER_MB", "2"),
            ("BODY_TIMEOUT_SECS", "0"),
            ("BODY_MIN_BYTES_PER_SEC", "slow"),
            ("FOLLOWUP_RATE_PER_MIN", "0"),
            ("POW_BITS", "33"),
            ("SESSION_IDLE_SECS", "0"),
            ("SESSION_ABSOLUTE_SECS", "x"),
            ("DATABASE_POOL_SIZE", "0"),
            ("DATABASE_TIMEOUT_SECS", "never"),
            ("LOG_FORMAT", "xml"),
            ("BIND", "localhost"),
            ("BASE_URL", "example.eu"),
            ("DATABASE_URL", "mysql://u:hunter2@h/db"),
        ] {
            let err = Config::from_env(&env(&[(name, value), PINNED]))
                .expect_err(name)
                .to_string();
            assert!(err.starts_with(name), "{name}={value}: {err}");
            assert!(!err.contains("hunter2"), "a secret leaked: {err}");
        }
    }

    #[test]
    fn values_are_read() {
        let c = Config::from_env(&env(&[
            ("BLOCKING_THREADS", "4"),
            ("MAX_FILE_MB", "5"),
            ("POW_BITS", "0"),
            ("BASE_URL", "https://report.example.eu/"),
            ("METRICS_TOKEN", "t0ken"),
            ("DATABASE_URL", "postgres://u@h/db"),
            ("KEYRING_FINGERPRINT", " abcd-efgh-jkmn-pqrs "),
        ]))
        .unwrap();
        assert_eq!(
            c.keyring_fingerprint.as_deref(),
            Some("ABCD-EFGH-JKMN-PQRS")
        );
        assert_eq!(c.blocking_threads, Some(4));
        assert_eq!(c.intake.max_file_bytes, 5 << 20);
        assert_eq!(c.intake.pow_bits, 0);
        assert_eq!(c.base_url, "https://report.example.eu");
        assert_eq!(
            c.metrics_token.as_deref().map(|s| s.as_str()),
            Some("t0ken")
        );
        assert!(!format!("{c:?}").contains("t0ken"));
    }

    /// The README's configuration table for `server` names exactly the variables read here.
    #[test]
    fn readme_lists_the_same_variables() {
        let readme = include_str!("../../README.md");
        let listed = settings::documented_variables(readme, "**`server`**").unwrap();
        let mut ours: Vec<String> = VARIABLES.iter().map(|s| s.to_string()).collect();
        ours.sort();
        assert_eq!(listed, ours, "README's server table vs config::VARIABLES");
        for name in FILE_VARIABLES {
            assert!(
                readme.contains(&format!("`{name}_FILE`")),
                "README does not mention {name}_FILE"
            );
        }
    }
}
