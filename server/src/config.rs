//! Configuration from the environment, the same names for every subcommand and for the
//! anonymizer: `DATABASE_URL`, `KEYS_DIR`, `KEYS_PASSPHRASE`, `BIND`.

use std::path::PathBuf;

use zeroize::Zeroizing;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/server.db";
pub const DEFAULT_KEYS_DIR: &str = "data/keys";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
/// Shortest passphrase accepted for key files.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub keys_dir: PathBuf,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env_or("DATABASE_URL", DEFAULT_DATABASE_URL),
            keys_dir: PathBuf::from(env_or("KEYS_DIR", DEFAULT_KEYS_DIR)),
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

#[derive(Debug, thiserror::Error)]
pub enum PassphraseError {
    #[error("the passphrase must be at least {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
    #[error("the two passphrases differ")]
    Mismatch,
    #[error("no passphrase: set KEYS_PASSPHRASE or run from a terminal to be prompted ({0})")]
    NoTerminal(std::io::Error),
}

/// The key-file passphrase: `KEYS_PASSPHRASE` when set (automation), otherwise prompted without
/// echo; `confirm` asks twice (when creating keys).
pub fn passphrase(prompt: &str, confirm: bool) -> Result<Zeroizing<String>, PassphraseError> {
    let pass = match std::env::var("KEYS_PASSPHRASE") {
        Ok(p) if !p.is_empty() => Zeroizing::new(p),
        _ => {
            let first = Zeroizing::new(
                rpassword::prompt_password(prompt).map_err(PassphraseError::NoTerminal)?,
            );
            if confirm {
                let second = Zeroizing::new(
                    rpassword::prompt_password("Repeat the passphrase: ")
                        .map_err(PassphraseError::NoTerminal)?,
                );
                if *first != *second {
                    return Err(PassphraseError::Mismatch);
                }
            }
            first
        }
    };
    if confirm && pass.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    Ok(pass)
}
