//! Configuration from the environment, the same names for every subcommand and for the
//! anonymizer: `DATABASE_URL`, `KEYS_DIR`, `KEYS_PASSPHRASE`, `BIND`.

use std::path::PathBuf;
use std::time::Duration;

use crate::state::IntakeSettings;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub keys_dir: PathBuf,
    pub bind: String,
    pub intake: IntakeSettings,
    pub pool: storage::PoolOptions,
}

/// How long a request waits for the database (a free connection, or opening one) before it
/// gets a 503: short, so an outage answers fast instead of piling up hung requests.
pub const DEFAULT_DATABASE_TIMEOUT_SECS: u64 = 5;

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: storage::database_url_from_env(),
            keys_dir: keystore::keys_dir_from_env(),
            bind: env_or("BIND", DEFAULT_BIND),
            intake: intake_from_env(),
            pool: pool_from_env(),
        }
    }
}

/// `DATABASE_TIMEOUT_SECS`, `DATABASE_POOL_SIZE`.
fn pool_from_env() -> storage::PoolOptions {
    let mut p = storage::PoolOptions {
        connection_timeout: Duration::from_secs(DEFAULT_DATABASE_TIMEOUT_SECS),
        ..storage::PoolOptions::default()
    };
    if let Some(s) = env_num("DATABASE_TIMEOUT_SECS") {
        p.connection_timeout = Duration::from_secs(s.min(3600));
    }
    if let Some(n) = env_num("DATABASE_POOL_SIZE") {
        p.max_size = n.min(1000) as u32;
    }
    p
}

/// `MAX_FILE_MB`, `MAX_FILES`, `INTAKE_RATE_PER_SEC`, `FOLLOWUP_RATE_PER_MIN`.
fn intake_from_env() -> IntakeSettings {
    let mut s = IntakeSettings::default();
    if let Some(mb) = env_num("MAX_FILE_MB") {
        s.limits.max_file_bytes = mb.saturating_mul(1024 * 1024);
    }
    if let Some(n) = env_num("MAX_FILES") {
        s.limits.max_files = n as usize;
    }
    if let Some(n) = env_num("INTAKE_RATE_PER_SEC") {
        s.submissions_per_sec = n.min(u64::from(u32::MAX)) as u32;
    }
    if let Some(n) = env_num("FOLLOWUP_RATE_PER_MIN") {
        s.followups_per_min = n.min(u64::from(u32::MAX)) as u32;
    }
    s
}

fn env_num(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    match v.trim().parse::<u64>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            tracing::warn!(
                variable = name,
                "ignoring a value that is not a positive whole number"
            );
            None
        }
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}
