//! The SMTP relay of the digests, read with the rest of `tsr-admin`'s configuration at start:
//! `SMTP_HOST`, `SMTP_PORT`, `SMTP_TLS` (`starttls`, the default, or `tls`; never plaintext),
//! `SMTP_USERNAME` with `SMTP_PASSWORD` (or `SMTP_PASSWORD_FILE`), `SMTP_FROM` and
//! `SMTP_CA_FILE` (a PEM certificate trusted in addition to the system's: a private CA, or a
//! test's). Unset `SMTP_HOST` means no e-mail: a due e-mail digest then fails (and says why).
//! The password is zeroized when dropped and never printed, not even by `Debug`.

use std::path::PathBuf;

use settings::{ConfigError, Env};
use zeroize::Zeroizing;

/// The variables [`SmtpConfig::from_env`] reads.
pub const VARIABLES: &[&str] = &[
    "SMTP_HOST",
    "SMTP_PORT",
    "SMTP_TLS",
    "SMTP_USERNAME",
    "SMTP_PASSWORD",
    "SMTP_FROM",
    "SMTP_CA_FILE",
];

/// How the connection to the relay is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connect, then STARTTLS, which must succeed (submission, port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Implicit,
}

/// The SMTP relay.
#[derive(Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<Zeroizing<String>>,
    /// The sender address (checked like a reviewer's address).
    pub from: String,
    /// `SMTP_CA_FILE` and its PEM content, checked at start.
    pub ca: Option<(PathBuf, Vec<u8>)>,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "(secret)"))
            .field("from", &self.from)
            .field("ca", &self.ca.as_ref().map(|(p, _)| p))
            .finish()
    }
}

fn invalid(name: &str, value: &str, expected: &str) -> ConfigError {
    ConfigError::Invalid {
        name: name.into(),
        value: value.into(),
        expected: expected.into(),
    }
}

fn missing(name: &str, why: &str) -> ConfigError {
    ConfigError::Missing {
        name: name.into(),
        why: why.into(),
    }
}

impl SmtpConfig {
    /// The relay, or `None` when `SMTP_HOST` is unset (then no other `SMTP_` variable may be).
    pub fn from_env(env: &Env) -> Result<Option<Self>, ConfigError> {
        let Some(host) = env.text("SMTP_HOST")? else {
            for name in VARIABLES {
                let set = if *name == "SMTP_PASSWORD" {
                    env.secret(name)?.is_some()
                } else {
                    env.text(name)?.is_some()
                };
                if set {
                    return Err(missing("SMTP_HOST", &format!("{name} is set")));
                }
            }
            return Ok(None);
        };
        let host_ok = host.len() <= 253
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        if !host_ok {
            return Err(invalid(
                "SMTP_HOST",
                &host,
                "a host name or IP address, e.g. smtp.example.eu",
            ));
        }
        let tls = match env.choice("SMTP_TLS", &["starttls", "tls"])? {
            None | Some("starttls") => SmtpTls::StartTls,
            Some(_) => SmtpTls::Implicit,
        };
        let default_port = match tls {
            SmtpTls::StartTls => 587,
            SmtpTls::Implicit => 465,
        };
        let port = env.number_or("SMTP_PORT", 1..=65_535, default_port)?;
        let username = env.text("SMTP_USERNAME")?;
        let password = env.secret("SMTP_PASSWORD")?;
        match (&username, &password) {
            (Some(_), None) => {
                return Err(missing("SMTP_PASSWORD", "SMTP_USERNAME is set"));
            }
            (None, Some(_)) => {
                return Err(missing("SMTP_USERNAME", "SMTP_PASSWORD is set"));
            }
            _ => {}
        }
        let from = env
            .text("SMTP_FROM")?
            .ok_or_else(|| missing("SMTP_FROM", "the digests' sender address"))?;
        let from = storage::notifications::check_email(&from).map_err(|_| {
            invalid(
                "SMTP_FROM",
                &from,
                "an e-mail address, e.g. noreply@example.eu",
            )
        })?;
        let ca = match env.text("SMTP_CA_FILE")? {
            None => None,
            Some(path) => {
                let pem = std::fs::read(&path).map_err(|source| ConfigError::File {
                    name: "SMTP_CA".into(),
                    path: path.clone(),
                    source,
                })?;
                if lettre::transport::smtp::client::Certificate::from_pem(&pem).is_err() {
                    return Err(invalid(
                        "SMTP_CA_FILE",
                        &path,
                        "a file with a PEM certificate (-----BEGIN CERTIFICATE-----)",
                    ));
                }
                Some((PathBuf::from(path), pem))
            }
        };
        Ok(Some(SmtpConfig {
            host,
            port,
            tls,
            username,
            password,
            from,
            ca,
        }))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env::from_pairs(pairs.iter().copied())
    }

    fn err(pairs: &[(&str, &str)]) -> String {
        SmtpConfig::from_env(&env(pairs)).unwrap_err().to_string()
    }

    #[test]
    fn unset_means_no_mail_but_a_stray_variable_is_an_error() {
        assert!(SmtpConfig::from_env(&env(&[])).unwrap().is_none());
        let e = err(&[("SMTP_FROM", "noreply@example.eu")]);
        assert!(
            e.starts_with("SMTP_HOST is required") && e.contains("SMTP_FROM"),
            "{e}"
        );
    }

    #[test]
    fn defaults_are_starttls_on_587() {
        let c = SmtpConfig::from_env(&env(&[
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!((c.tls, c.port), (SmtpTls::StartTls, 587));
        assert!(c.username.is_none() && c.password.is_none() && c.ca.is_none());
        let c = SmtpConfig::from_env(&env(&[
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
            ("SMTP_TLS", "TLS"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!((c.tls, c.port), (SmtpTls::Implicit, 465));
    }

    #[test]
    fn bad_values_name_their_variable() {
        let base = [
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
        ];
        let with = |extra: (&'static str, &'static str)| {
            let mut v: Vec<(&str, &str)> = base.to_vec();
            v.retain(|(k, _)| *k != extra.0);
            v.push(extra);
            err(&v)
        };
        assert!(with(("SMTP_TLS", "none")).starts_with("SMTP_TLS="));
        assert!(with(("SMTP_PORT", "0")).starts_with("SMTP_PORT="));
        assert!(with(("SMTP_PORT", "70000")).starts_with("SMTP_PORT="));
        assert!(with(("SMTP_HOST", "smtp example")).starts_with("SMTP_HOST="));
        assert!(with(("SMTP_FROM", "noreply")).starts_with("SMTP_FROM="));
        assert!(err(&[("SMTP_HOST", "smtp.example.eu")]).starts_with("SMTP_FROM is required"));
        assert!(with(("SMTP_USERNAME", "u")).starts_with("SMTP_PASSWORD is required"));
        assert!(with(("SMTP_PASSWORD", "p")).starts_with("SMTP_USERNAME is required"));
        let e = with(("SMTP_CA_FILE", "/nonexistent/ca.pem"));
        assert!(e.starts_with("SMTP_CA_FILE: cannot read"), "{e}");
    }

    #[test]
    fn the_ca_file_must_hold_a_certificate() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.pem");
        std::fs::write(&bad, "not a certificate").unwrap();
        let e = err(&[
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
            ("SMTP_CA_FILE", bad.to_str().unwrap()),
        ]);
        assert!(e.starts_with("SMTP_CA_FILE="), "{e}");
    }

    #[test]
    fn the_password_never_prints() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "hunter2-secret\n").unwrap();
        let c = SmtpConfig::from_env(&env(&[
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
            ("SMTP_USERNAME", "relay"),
            ("SMTP_PASSWORD_FILE", file.to_str().unwrap()),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            c.password.as_deref().map(String::as_str),
            Some("hunter2-secret")
        );
        let shown = format!("{c:?}");
        assert!(
            !shown.contains("hunter2") && shown.contains("(secret)"),
            "{shown}"
        );
        let e = err(&[
            ("SMTP_HOST", "smtp.example.eu"),
            ("SMTP_FROM", "noreply@example.eu"),
            ("SMTP_USERNAME", "relay"),
            ("SMTP_PASSWORD", "hunter2-secret"),
            ("SMTP_PASSWORD_FILE", file.to_str().unwrap()),
        ]);
        assert!(!e.contains("hunter2"), "{e}");
    }
}
