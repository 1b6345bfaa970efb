//! Spawning the binaries with a clean environment and reading what they print.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const PASSPHRASE: &str = "correct horse battery staple";

pub fn server_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_server"))
}

/// A `server` command with no inherited configuration.
pub fn server() -> Command {
    let mut cmd = Command::new(server_bin());
    for var in [
        "DATABASE_URL",
        "KEYS_DIR",
        "KEYS_PASSPHRASE",
        "BIND",
        "KEYRING_FINGERPRINT",
    ] {
        cmd.env_remove(var);
    }
    cmd.stdin(Stdio::null());
    cmd
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the server binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Creates a development keyring in `dir` through the CLI.
pub fn init_keys(dir: &Path) -> String {
    let out = run(server()
        .args(["keys", "init", "--dir"])
        .arg(dir)
        .env("KEYS_PASSPHRASE", PASSPHRASE));
    assert!(
        out.status.success(),
        "keys init failed: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// The signing key fingerprint from `keys init`/`keys show` output.
pub fn signer_fingerprint(output: &str) -> String {
    output
        .lines()
        .find_map(|l| l.strip_prefix("Keyring signing key"))
        .map(|s| s.trim().to_string())
        .expect("output names the signing key fingerprint")
}

/// A running `server serve`; killed on drop. Everything it logged is kept in `log`.
pub struct RunningServer {
    pub child: Child,
    pub base: String,
    pub log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn spawn_server(database_url: &str, keys_dir: &Path) -> RunningServer {
    spawn_server_with(database_url, keys_dir, &[])
}

/// As [`spawn_server`], with extra environment variables.
pub fn spawn_server_with(
    database_url: &str,
    keys_dir: &Path,
    env: &[(&str, &str)],
) -> RunningServer {
    let mut cmd = server();
    cmd.arg("serve")
        .env("DATABASE_URL", database_url)
        .env("KEYS_DIR", keys_dir)
        .env("BIND", "127.0.0.1:0")
        .env("LOG", "debug");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("server starts");
    let stderr = child.stderr.take().expect("stderr piped");
    let (tx, rx) = std::sync::mpsc::channel();
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(mut l) = sink.lock() {
                l.push_str(&line);
                l.push('\n');
            }
            if let Some(addr) = line.strip_prefix("listening on ") {
                let _ = tx.send(Ok(addr.to_string()));
            } else if line.starts_with("error:") {
                let _ = tx.send(Err(line));
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let base = loop {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(Ok(addr)) => break addr,
            Ok(Err(line)) => panic!("server failed to start: {line}"),
            Err(_) if Instant::now() > deadline => panic!("server did not start within 60 s"),
            Err(_) => {
                if let Ok(Some(status)) = child.try_wait() {
                    panic!("server exited early: {status}");
                }
            }
        }
    };
    RunningServer { child, base, log }
}

/// The `anonymizer` binary of the same build. Cargo only hands a test the binaries of its own
/// package, so build the sibling once per test run (a no-op when it is up to date).
pub fn anonymizer_bin() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let profile_dir = server_bin()
                .parent()
                .expect("binary has a directory")
                .to_path_buf();
            let release = profile_dir.ends_with("release");
            let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
            cmd.args([
                "build",
                "--quiet",
                "-p",
                "anonymizer",
                "--bin",
                "anonymizer",
            ]);
            if release {
                cmd.arg("--release");
            }
            cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
            let status = cmd.status().expect("cargo runs");
            assert!(status.success(), "building the anonymizer failed");
            profile_dir.join("anonymizer")
        })
        .clone()
}

/// An `anonymizer` command with no inherited configuration.
pub fn anonymizer() -> Command {
    let mut cmd = Command::new(anonymizer_bin());
    for var in [
        "DATABASE_URL",
        "KEYS_DIR",
        "KEYS_PASSPHRASE",
        "KEYRING_FINGERPRINT",
    ] {
        cmd.env_remove(var);
    }
    cmd.stdin(Stdio::null());
    cmd
}

/// `server keys sign-keyring` on `keys` for the instance's database (adds enrolled reviewers'
/// public keys; the server reads the keyring at start).
pub fn sign_keyring(inst: &crate::instance::Instance, keys: &Path) -> Output {
    run(server()
        .args(["keys", "sign-keyring", "--dir"])
        .arg(keys)
        .env("DATABASE_URL", &inst.db_url)
        .env("KEYS_PASSPHRASE", PASSPHRASE))
}

/// Logs a reviewer in through the console's login form in the browser and waits for the inbox.
pub async fn login_in_browser(
    b: &crate::webdriver::Browser,
    inst: &crate::instance::Instance,
    rev: &mut crate::console::Rev,
) {
    b.goto(&inst.url("/console/login?lang=en")).await;
    b.type_into("#name", &rev.name).await;
    b.type_into("#password", crate::console::PASSWORD).await;
    b.type_into("#code", &rev.fresh_code()).await;
    b.click(&b.find("#content form button[type=submit]").await.unwrap())
        .await;
    b.wait_for("#inbox", Duration::from_secs(120)).await;
}
