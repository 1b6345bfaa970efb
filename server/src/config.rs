//! Configuration from the environment, the same names for every subcommand and for the
//! anonymizer: `DATABASE_URL`, `KEYS_DIR`, `KEYS_PASSPHRASE`, `BIND`.

use std::path::PathBuf;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub keys_dir: PathBuf,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: storage::database_url_from_env(),
            keys_dir: keystore::keys_dir_from_env(),
            bind: env_or("BIND", DEFAULT_BIND),
        }
    }
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name)
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| default.to_string())
}
