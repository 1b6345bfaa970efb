//! The client's configuration directory: `config.toml` (server URL, pinned keyring
//! fingerprint, proxy) and `keyring-serials.json` (the highest keyring serial accepted from
//! each signer, for the serial rule of keys/FORMAT.md). Written whole through a temporary file
//! and a rename, so a crash never leaves half a file.
//!
//! The directory is `--config-dir`, else `$TSR_REPORT_CONFIG_DIR`, else
//! `$XDG_CONFIG_HOME/tsr-report`, else `~/.config/tsr-report`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{other, CliError, Result};

pub const CONFIG_FILE: &str = "config.toml";
pub const SERIALS_FILE: &str = "keyring-serials.json";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The channel's address, e.g. `https://report.example.eu`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The keyring signer's fingerprint, `XXXX-XXXX-XXXX-XXXX`, pinned once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// A proxy for every request, e.g. `socks5h://127.0.0.1:9050` for Tor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy: Option<String>,
}

pub struct ConfigDir {
    pub dir: PathBuf,
}

impl ConfigDir {
    pub fn locate(given: Option<PathBuf>) -> Result<Self> {
        let dir = given
            .or_else(|| std::env::var_os("TSR_REPORT_CONFIG_DIR").map(PathBuf::from))
            .or_else(|| {
                std::env::var_os("XDG_CONFIG_HOME")
                    .filter(|v| !v.is_empty())
                    .map(|x| PathBuf::from(x).join("tsr-report"))
            })
            .or_else(|| {
                std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config/tsr-report"))
            })
            .ok_or_else(|| {
                CliError::Usage("no configuration directory: set --config-dir or HOME".into())
            })?;
        Ok(ConfigDir { dir })
    }

    pub fn load(&self) -> Result<Config> {
        let path = self.dir.join(CONFIG_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| CliError::Usage(format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(other(&path.display().to_string(), e)),
        }
    }

    pub fn save(&self, config: &Config) -> Result<()> {
        let text = toml::to_string(config).map_err(|e| other("config", e))?;
        let header =
            "# tsr-report configuration (written by tsr-report; keys: server, pin, proxy)\n";
        self.write(CONFIG_FILE, format!("{header}{text}").as_bytes())
    }

    /// The highest serial accepted from each signer (by fingerprint).
    pub fn serials(&self) -> Result<BTreeMap<String, u64>> {
        let path = self.dir.join(SERIALS_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|e| other(&path.display().to_string(), e))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(other(&path.display().to_string(), e)),
        }
    }

    pub fn save_serials(&self, serials: &BTreeMap<String, u64>) -> Result<()> {
        let mut text = serde_json::to_string_pretty(serials).map_err(|e| other("serials", e))?;
        text.push('\n');
        self.write(SERIALS_FILE, text.as_bytes())
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<()> {
        create_private_dir(&self.dir)?;
        write_atomically(&self.dir.join(name), bytes, false)
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| other(&dir.display().to_string(), e))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it into place (refusing to
/// replace an existing file when `new_only`). Owner-only permissions.
pub fn write_atomically(path: &Path, bytes: &[u8], new_only: bool) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let name = path
        .file_name()
        .ok_or_else(|| CliError::Usage(format!("{}: not a file name", path.display())))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if new_only {
            // A hard link fails if the target exists: no race with another writer.
            std::fs::hard_link(&tmp, path)?;
            std::fs::remove_file(&tmp)
        } else {
            std::fs::rename(&tmp, path)
        }
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| other(&path.display().to_string(), e))
}
