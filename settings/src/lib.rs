//! Configuration from the environment, read once: an [`Env`] snapshot taken at start, typed
//! readers whose errors name the variable and what it accepts, and `NAME_FILE` variants for
//! secrets. A set but unacceptable value is always an error, never silently the default: an
//! operator at 3 a.m. should learn at start that `BLOCKING_THREADS=abc` is wrong, not find out
//! later that it was ignored.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Display;
use std::ops::RangeInclusive;
use std::path::PathBuf;
use std::str::FromStr;

use zeroize::Zeroizing;

/// Why a configuration could not be built. Messages name the variable and never show a
/// secret's value.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name}={value:?} is not accepted: expected {expected}")]
    Invalid {
        name: String,
        value: String,
        expected: String,
    },
    #[error("{name} is not accepted: expected {expected} (the value is secret and not shown)")]
    InvalidSecret { name: String, expected: String },
    #[error("{name} is not valid UTF-8")]
    NotUnicode { name: String },
    #[error("{name} and {name}_FILE are both set: set one of them")]
    Both { name: String },
    #[error("{name}_FILE: cannot read {path}: {source}")]
    File {
        name: String,
        path: String,
        source: std::io::Error,
    },
    #[error("{name} is required: {why}")]
    Missing { name: String, why: String },
}

/// A snapshot of the environment. Values that are not UTF-8 are kept as such and refused only
/// when asked for, so an unrelated variable cannot stop a binary.
#[derive(Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, Result<String, OsString>>,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Names only: values may be secrets.
        f.debug_struct("Env")
            .field("names", &self.vars.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Env {
    /// The process environment as it is now.
    pub fn from_process() -> Self {
        let vars = std::env::vars_os()
            .filter_map(|(k, v)| {
                let k = k.into_string().ok()?;
                Some((k, v.into_string()))
            })
            .collect();
        Env { vars }
    }

    /// An environment made in code (tests, or a binary that sets up another's configuration).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), Ok(v.into())))
                .collect(),
        }
    }

    /// Sets (or replaces) one variable of the snapshot; the process environment is untouched.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.vars.insert(name.to_string(), Ok(value.into()));
    }

    /// The raw text of `name`; `None` when unset or empty (after trimming).
    pub fn text(&self, name: &str) -> Result<Option<String>, ConfigError> {
        match self.vars.get(name) {
            None => Ok(None),
            Some(Err(_)) => Err(ConfigError::NotUnicode {
                name: name.to_string(),
            }),
            Some(Ok(v)) if v.trim().is_empty() => Ok(None),
            Some(Ok(v)) => Ok(Some(v.trim().to_string())),
        }
    }

    /// `name`, or the content of the file `name_FILE` names (one trailing newline removed).
    /// For secrets: the value is zeroized when dropped.
    pub fn secret(&self, name: &str) -> Result<Option<Zeroizing<String>>, ConfigError> {
        let file_var = format!("{name}_FILE");
        let direct = self.text(name)?;
        let file = self.text(&file_var)?;
        match (direct, file) {
            (Some(_), Some(_)) => Err(ConfigError::Both {
                name: name.to_string(),
            }),
            (Some(v), None) => Ok(Some(Zeroizing::new(v))),
            (None, None) => Ok(None),
            (None, Some(path)) => {
                let content =
                    std::fs::read_to_string(&path).map_err(|source| ConfigError::File {
                        name: name.to_string(),
                        path: path.clone(),
                        source,
                    })?;
                let content = Zeroizing::new(content);
                let value = content
                    .strip_suffix("\r\n")
                    .or_else(|| content.strip_suffix('\n'))
                    .unwrap_or(&content);
                if value.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Zeroizing::new(value.to_string())))
            }
        }
    }

    /// `name` as a string, or `default`.
    pub fn string_or(&self, name: &str, default: &str) -> Result<String, ConfigError> {
        Ok(self.text(name)?.unwrap_or_else(|| default.to_string()))
    }

    /// `name` as a path, or `default`.
    pub fn path_or(&self, name: &str, default: &str) -> Result<PathBuf, ConfigError> {
        Ok(PathBuf::from(self.string_or(name, default)?))
    }

    /// `name` as a whole number within `range`; `None` when unset.
    pub fn number<T>(&self, name: &str, range: RangeInclusive<T>) -> Result<Option<T>, ConfigError>
    where
        T: FromStr + PartialOrd + Display + Copy,
    {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        match v.parse::<T>() {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(ConfigError::Invalid {
                name: name.to_string(),
                value: v,
                expected: format!("a whole number from {} to {}", range.start(), range.end()),
            }),
        }
    }

    /// `name` as a whole number within `range`, or `default`.
    pub fn number_or<T>(
        &self,
        name: &str,
        range: RangeInclusive<T>,
        default: T,
    ) -> Result<T, ConfigError>
    where
        T: FromStr + PartialOrd + Display + Copy,
    {
        Ok(self.number(name, range)?.unwrap_or(default))
    }

    /// `name` as one of `choices` (exact, case-insensitive); `None` when unset.
    pub fn choice(
        &self,
        name: &str,
        choices: &[&'static str],
    ) -> Result<Option<&'static str>, ConfigError> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        choices
            .iter()
            .find(|c| c.eq_ignore_ascii_case(&v))
            .copied()
            .map(Some)
            .ok_or_else(|| ConfigError::Invalid {
                name: name.to_string(),
                value: v,
                expected: format!("one of {}", choices.join(", ")),
            })
    }

    /// `name` as an `http://` or `https://` address without its trailing slash; `None` when
    /// unset.
    pub fn http_url(&self, name: &str) -> Result<Option<String>, ConfigError> {
        self.parsed(name, |v| {
            let v = v.trim_end_matches('/');
            let rest = v
                .strip_prefix("https://")
                .or_else(|| v.strip_prefix("http://"));
            match rest {
                Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
                    Ok(v.to_string())
                }
                _ => Err("an http:// or https:// address, e.g. https://report.example.eu".into()),
            }
        })
    }

    /// `name` checked by `parse`, whose error says what is accepted; `None` when unset.
    pub fn parsed<T>(
        &self,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        let Some(v) = self.text(name)? else {
            return Ok(None);
        };
        parse(&v)
            .map(Some)
            .map_err(|expected| ConfigError::Invalid {
                name: name.to_string(),
                value: v,
                expected,
            })
    }
}

/// `DATABASE_URL` or `DATABASE_URL_FILE`, or `default`, checked by `check` (which says what is
/// accepted). The value may hold a password, so an error never repeats it.
pub fn database_url(
    env: &Env,
    default: &str,
    check: impl FnOnce(&str) -> Result<(), String>,
) -> Result<Zeroizing<String>, ConfigError> {
    let url = env
        .secret("DATABASE_URL")?
        .unwrap_or_else(|| Zeroizing::new(default.to_string()));
    check(&url).map_err(|expected| ConfigError::InvalidSecret {
        name: "DATABASE_URL".into(),
        expected,
    })?;
    Ok(url)
}

/// What the operator tools and jobs share: the database, the key directory, the passphrase of
/// the key files and the pinned keyring signer.
#[derive(Clone)]
pub struct Common {
    /// `DATABASE_URL` (or `_FILE`).
    pub database_url: Zeroizing<String>,
    /// `KEYS_DIR`.
    pub keys_dir: PathBuf,
    /// `KEYS_PASSPHRASE` (or `_FILE`); prompted for when absent.
    pub keys_passphrase: Option<Zeroizing<String>>,
    /// `KEYRING_FINGERPRINT`.
    pub keyring_fingerprint: Option<String>,
}

/// The variables [`Common::from_env`] reads.
pub const COMMON_VARIABLES: &[&str] = &[
    "DATABASE_URL",
    "KEYS_DIR",
    "KEYS_PASSPHRASE",
    "KEYRING_FINGERPRINT",
];

impl std::fmt::Debug for Common {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Common")
            .field("keys_dir", &self.keys_dir)
            .field("keyring_fingerprint", &self.keyring_fingerprint)
            .finish_non_exhaustive()
    }
}

impl Common {
    pub fn from_env(
        env: &Env,
        default_database_url: &str,
        default_keys_dir: &str,
        check_url: impl FnOnce(&str) -> Result<(), String>,
    ) -> Result<Self, ConfigError> {
        Ok(Common {
            database_url: database_url(env, default_database_url, check_url)?,
            keys_dir: env.path_or("KEYS_DIR", default_keys_dir)?,
            keys_passphrase: env.secret("KEYS_PASSPHRASE")?,
            keyring_fingerprint: env.text("KEYRING_FINGERPRINT")?,
        })
    }

    /// The passphrase as the key store takes it.
    pub fn passphrase(&self) -> Option<&str> {
        self.keys_passphrase.as_ref().map(|p| p.as_str())
    }
}

/// The variable names (backticked, upper case) in the first column of the first Markdown
/// table after `heading` in `doc`, sorted: what the binaries' tests compare with the variables
/// their configuration reads, so the README and the code cannot drift apart.
pub fn documented_variables(doc: &str, heading: &str) -> Option<Vec<String>> {
    let start = doc.find(heading)?;
    let mut names: Vec<String> = doc[start..]
        .lines()
        .skip(1)
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split('|').nth(1))
        .flat_map(|cell| cell.split('`').skip(1).step_by(2))
        .filter(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        })
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    Some(names)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_strict_and_name_the_variable() {
        let env = Env::from_pairs([("N", "abc"), ("M", " 7 "), ("Z", "0"), ("E", "")]);
        let err = env.number::<usize>("N", 1..=64).unwrap_err().to_string();
        assert!(
            err.contains("N=\"abc\"") && err.contains("1 to 64"),
            "{err}"
        );
        assert_eq!(env.number::<usize>("M", 1..=64).unwrap(), Some(7));
        assert!(env.number::<usize>("Z", 1..=64).is_err());
        assert_eq!(env.number_or::<usize>("E", 1..=64, 3).unwrap(), 3);
        assert_eq!(env.number_or::<usize>("UNSET", 1..=64, 3).unwrap(), 3);
    }

    #[test]
    fn choices_and_parsers() {
        let env = Env::from_pairs([("F", "JSON"), ("G", "xml")]);
        assert_eq!(env.choice("F", &["text", "json"]).unwrap(), Some("json"));
        let err = env.choice("G", &["text", "json"]).unwrap_err().to_string();
        assert!(err.contains("G=") && err.contains("text, json"), "{err}");
        let p = env.parsed("G", |v| {
            if v == "ok" {
                Ok(1)
            } else {
                Err("ok".to_string())
            }
        });
        assert!(p.unwrap_err().to_string().contains("expected ok"));
    }

    #[test]
    fn secrets_come_from_the_variable_or_a_file_never_both() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s");
        std::fs::write(&file, "s3cret\n").unwrap();
        let path = file.display().to_string();
        let env = Env::from_pairs([("A_FILE", path.as_str())]);
        assert_eq!(env.secret("A").unwrap().unwrap().as_str(), "s3cret");
        let both = Env::from_pairs([("A", "x"), ("A_FILE", path.as_str())]);
        assert!(matches!(both.secret("A"), Err(ConfigError::Both { .. })));
        let missing = Env::from_pairs([("A_FILE", "/nonexistent/x")]);
        let err = missing.secret("A").unwrap_err().to_string();
        assert!(err.starts_with("A_FILE"), "{err}");
        assert!(Env::default().secret("A").unwrap().is_none());
    }

    #[test]
    fn a_database_url_error_does_not_repeat_the_url() {
        let env = Env::from_pairs([("DATABASE_URL", "mysql://u:hunter2@h/db")]);
        let err = database_url(&env, "sqlite://x", |u| {
            if u.starts_with("sqlite://") {
                Ok(())
            } else {
                Err("sqlite://PATH".into())
            }
        })
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("DATABASE_URL") && !err.contains("hunter2"),
            "{err}"
        );
    }

    #[test]
    fn documented_variables_come_from_the_first_column_of_the_table() {
        let doc = "# x\n**`a`**\n\n| variable | default |\n|---|---|\n| `B_C`, `D` | `E` |\n| `F` | x |\n\nafter `G`\n";
        assert_eq!(
            documented_variables(doc, "**`a`**").unwrap(),
            vec!["B_C", "D", "F"]
        );
        assert!(documented_variables(doc, "**`z`**").is_none());
    }

    #[test]
    fn debug_shows_names_not_values() {
        let env = Env::from_pairs([("TOKEN", "hunter2")]);
        let shown = format!("{env:?}");
        assert!(shown.contains("TOKEN") && !shown.contains("hunter2"));
    }
}
