//! `tsr-admin`'s configuration, read once at start: the shared variables (`DATABASE_URL`,
//! `KEYS_DIR`, `KEYS_PASSPHRASE`, `KEYRING_FINGERPRINT`, with `_FILE` variants for the
//! secrets), `BASE_URL` for the enrolment links it prints, and the SMTP relay of the digests
//! (`SMTP_*`, see [`crate::notify::config`]).

use settings::{Common, ConfigError, Env};

/// The variables [`Config::from_env`] reads (a test checks the README lists the same).
pub const VARIABLES: &[&str] = &[
    "DATABASE_URL",
    "KEYS_DIR",
    "KEYS_PASSPHRASE",
    "KEYRING_FINGERPRINT",
    "BASE_URL",
    "SMTP_HOST",
    "SMTP_PORT",
    "SMTP_TLS",
    "SMTP_USERNAME",
    "SMTP_PASSWORD",
    "SMTP_FROM",
    "SMTP_CA_FILE",
];

/// Where the web server listens by default; links fall back to it.
const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080";

#[derive(Debug, Clone)]
pub struct Config {
    pub common: Common,
    /// `BASE_URL`, without a trailing slash.
    pub base_url: String,
    /// The digests' relay; `None` when `SMTP_HOST` is unset.
    pub smtp: Option<crate::notify::SmtpConfig>,
}

impl Config {
    pub fn from_env(env: &Env) -> Result<Self, ConfigError> {
        let common = Common::from_env(
            env,
            storage::DEFAULT_DATABASE_URL,
            keystore::DEFAULT_KEYS_DIR,
            storage::check_database_url,
        )?;
        let base_url = env
            .http_url("BASE_URL")?
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let smtp = crate::notify::SmtpConfig::from_env(env)?;
        Ok(Config {
            common,
            base_url,
            smtp,
        })
    }

    pub fn database_url(&self) -> &str {
        &self.common.database_url
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The README's configuration table for `tsr-admin` names exactly the variables read here.
    #[test]
    fn readme_lists_the_same_variables() {
        let readme = include_str!("../../README.md");
        let listed = settings::documented_variables(readme, "**`tsr-admin`**").unwrap();
        let mut ours: Vec<String> = VARIABLES.iter().map(|s| s.to_string()).collect();
        ours.sort();
        assert_eq!(listed, ours);
    }

    #[test]
    fn an_invalid_base_url_names_the_variable() {
        let env = Env::from_pairs([("BASE_URL", "report.example.eu")]);
        let err = Config::from_env(&env).unwrap_err().to_string();
        assert!(err.starts_with("BASE_URL"), "{err}");
        let ok = Config::from_env(&Env::from_pairs([("BASE_URL", "https://r.example.eu/")]));
        assert_eq!(ok.unwrap().base_url, "https://r.example.eu");
    }
}
