//! Spawning the server binary with a clean environment and reading what it prints; running
//! the `tsr-admin` and `anonymizer` command lines in-process.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const PASSPHRASE: &str = "correct horse battery staple";

pub fn server_bin() -> PathBuf {
    // `option_env!`: these helpers are also included by the client's tests (client/tests),
    // which have no server binary and run the server in-process only.
    match option_env!("CARGO_BIN_EXE_server") {
        Some(path) => PathBuf::from(path),
        None => panic!("the server binary is built for the server crate's tests only"),
    }
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

/// Something that runs to an [`Output`]: a real process, or a command line run in-process.
pub trait Runnable {
    fn run_to_output(&mut self) -> Output;
}

impl Runnable for Command {
    fn run_to_output(&mut self) -> Output {
        self.output().expect("the binary runs")
    }
}

pub fn run(cmd: &mut impl Runnable) -> Output {
    cmd.run_to_output()
}

/// Which command line an [`InProcess`] runs.
#[derive(Clone, Copy)]
enum Tool {
    Admin,
    Anonymizer,
}

/// A `tsr-admin` or `anonymizer` command line run in this process, through the same library
/// function the binary's `main` calls, with only the environment the test gives it. Its
/// builder methods mirror `std::process::Command`'s so tests read the same either way.
pub struct InProcess {
    tool: Tool,
    args: Vec<std::ffi::OsString>,
    env: Vec<(String, String)>,
}

impl InProcess {
    pub fn arg(&mut self, a: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.args.push(a.as_ref().to_owned());
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        for a in args {
            self.arg(a);
        }
        self
    }

    pub fn env(&mut self, k: &str, v: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.env
            .push((k.to_string(), v.as_ref().to_string_lossy().into_owned()));
        self
    }
}

impl Runnable for InProcess {
    fn run_to_output(&mut self) -> Output {
        use std::os::unix::process::ExitStatusExt;
        let env = settings::Env::from_pairs(self.env.clone());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code: i32 = match self.tool {
            Tool::Admin => {
                let args = std::iter::once("tsr-admin".into()).chain(self.args.clone());
                match admin::cli::run(args, &env, &mut out) {
                    Ok(()) => 0,
                    Err(msg) => {
                        err.extend_from_slice(format!("error: {msg}\n").as_bytes());
                        1
                    }
                }
            }
            Tool::Anonymizer => {
                let args = std::iter::once("anonymizer".into()).chain(self.args.clone());
                // As a deployment does (and as test servers do): the keyring's own signer is
                // pinned when the test pins nothing and names a key directory with a keyring.
                let mut pairs = self.env.clone();
                let pinned = pairs.iter().any(|(k, _)| k == "KEYRING_FINGERPRINT");
                let keys = pairs
                    .iter()
                    .find(|(k, _)| k == "KEYS_DIR")
                    .map(|(_, v)| PathBuf::from(v));
                if let Some(dir) =
                    keys.filter(|d| !pinned && d.join(envelope::keyring::SIGNATURE_FILE).exists())
                {
                    pairs.push(("KEYRING_FINGERPRINT".into(), keyring_signer(&dir)));
                }
                let env = settings::Env::from_pairs(pairs);
                i32::from(anonymizer::cli::run(args, &env, &mut out, &mut err))
            }
        };
        Output {
            status: std::process::ExitStatus::from_raw(code << 8),
            stdout: out,
            stderr: err,
        }
    }
}

/// `tsr-admin`, in-process, with no configuration but what the test sets.
pub fn admin() -> InProcess {
    InProcess {
        tool: Tool::Admin,
        args: Vec::new(),
        env: Vec::new(),
    }
}

/// `anonymizer`, in-process, with no configuration but what the test sets.
pub fn anonymizer() -> InProcess {
    InProcess {
        tool: Tool::Anonymizer,
        args: Vec::new(),
        env: Vec::new(),
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Creates a development keyring in `dir` through the CLI.
pub fn init_keys(dir: &Path) -> String {
    let out = run(admin()
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

/// A server in this process: the application `server serve` runs, on its own thread and
/// actix system, stopped on drop.
pub struct InProcessServer {
    handle: actix_web::dev::ServerHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// A running server, either `server serve` as a child process (killed on drop; everything it
/// logged is kept in `log`) or the same application in this process (nothing logged).
pub struct RunningServer {
    pub child: Option<Child>,
    pub in_process: Option<InProcessServer>,
    pub base: String,
    pub log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl RunningServer {
    /// Stops the server and waits for it to be gone.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(mut s) = self.in_process.take() {
            // The stop command is sent at once; the server's own thread then ends.
            drop(s.handle.stop(false));
            if let Some(t) = s.thread.take() {
                let _ = t.join();
            }
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The fingerprint of the key that signed the keyring in `keys_dir` (what a test server pins
/// as `KEYRING_FINGERPRINT` unless the test gives another).
pub fn keyring_signer(keys_dir: &Path) -> String {
    let sig = std::fs::read(keys_dir.join(envelope::keyring::SIGNATURE_FILE))
        .expect("the key directory has a keyring.sig");
    let json = std::fs::read(keys_dir.join(envelope::keyring::KEYRING_FILE))
        .expect("the key directory has a keyring.json");
    envelope::SignedKeyring::from_files(&json, &sig)
        .expect("a keyring.sig")
        .signer
        .fingerprint()
}

/// The configuration a test server gets: the given environment over a clean one, with the
/// keyring's own signer pinned when the test pins nothing (and the keys exist).
fn test_env(database_url: &str, keys_dir: &Path, env: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut pairs = vec![
        ("DATABASE_URL".to_string(), database_url.to_string()),
        ("KEYS_DIR".to_string(), keys_dir.display().to_string()),
        ("BIND".to_string(), "127.0.0.1:0".to_string()),
    ];
    let pinned = env.iter().any(|(k, _)| *k == "KEYRING_FINGERPRINT");
    if !pinned && keys_dir.join(envelope::keyring::SIGNATURE_FILE).exists() {
        pairs.push(("KEYRING_FINGERPRINT".into(), keyring_signer(keys_dir)));
    }
    pairs.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    pairs
}

/// Starts the web application in this process (zero-to-production's `spawn_app`): the
/// configuration is built from `env` exactly as `server serve` builds it from its environment,
/// on port 0, with a thread and actix system of its own.
pub fn spawn_app(database_url: &str, keys_dir: &Path, env: &[(&str, &str)]) -> RunningServer {
    try_spawn_app(database_url, keys_dir, env)
        .unwrap_or_else(|e| panic!("the application failed to start: {e}"))
}

/// As [`spawn_app`], returning the start error (configuration or `Application::build`).
pub fn try_spawn_app(
    database_url: &str,
    keys_dir: &Path,
    env: &[(&str, &str)],
) -> Result<RunningServer, String> {
    let pairs = test_env(database_url, keys_dir, env);
    let config = server::config::Config::from_env(&settings::Env::from_pairs(pairs))
        .map_err(|e| e.to_string())?;
    try_spawn_config(config)
}

/// Starts the web application in this process with `config`.
pub fn spawn_config(config: server::config::Config) -> RunningServer {
    try_spawn_config(config).unwrap_or_else(|e| panic!("the application failed to start: {e}"))
}

/// As [`spawn_config`], returning the start error.
pub fn try_spawn_config(config: server::config::Config) -> Result<RunningServer, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let system = actix_web::rt::System::new();
        system.block_on(async move {
            match server::app::Application::build(&config) {
                Ok(app) => {
                    let _ = tx.send(Ok((app.address(), app.handle())));
                    let _ = app.run_until_stopped().await;
                }
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                }
            }
        });
    });
    let (addr, handle) = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(Ok(started)) => started,
        Ok(Err(e)) => {
            let _ = thread.join();
            return Err(e);
        }
        Err(_) => panic!("the application did not start within 60 s"),
    };
    Ok(RunningServer {
        child: None,
        in_process: Some(InProcessServer {
            handle,
            thread: Some(thread),
        }),
        base: format!("http://{addr}"),
        log: Default::default(),
    })
}

pub fn spawn_server(database_url: &str, keys_dir: &Path) -> RunningServer {
    spawn_server_with(database_url, keys_dir, &[])
}

/// As [`spawn_server`], with extra environment variables: `server serve` as a child process.
pub fn spawn_server_with(
    database_url: &str,
    keys_dir: &Path,
    env: &[(&str, &str)],
) -> RunningServer {
    let mut cmd = server();
    cmd.arg("serve").env("LOG", "debug");
    for (k, v) in test_env(database_url, keys_dir, env) {
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
    RunningServer {
        child: Some(child),
        in_process: None,
        base,
        log,
    }
}

/// The fingerprints of every enrolled reviewer key in the instance's database (what the
/// reviewers would read out to the operator).
pub fn enrolled_fingerprints(inst: &crate::instance::Instance) -> Vec<String> {
    use storage::accounts::{list_accounts, ReviewerProfile};
    let db = inst.db();
    let mut c = db.conn().unwrap();
    list_accounts::<ReviewerProfile>(&mut c)
        .unwrap()
        .iter()
        .filter_map(|r| envelope::PublicKey::from_slice(r.profile.public_key.as_deref()?).ok())
        .map(|pk| pk.fingerprint())
        .collect()
}

/// `tsr-admin keys sign-keyring` on `keys` for the instance's database, approving every
/// enrolled reviewer key by its fingerprint (the server reads the keyring at start).
pub fn sign_keyring(inst: &crate::instance::Instance, keys: &Path) -> Output {
    let approve: Vec<String> = enrolled_fingerprints(inst)
        .into_iter()
        .flat_map(|fp| ["--approve".to_string(), fp])
        .collect();
    sign_keyring_with(inst, keys, &approve)
}

/// `tsr-admin keys sign-keyring` on `keys` with the extra arguments `args`.
pub fn sign_keyring_with(inst: &crate::instance::Instance, keys: &Path, args: &[String]) -> Output {
    run(admin()
        .args(["keys", "sign-keyring", "--dir"])
        .arg(keys)
        .args(args)
        .env("DATABASE_URL", &inst.db_url)
        .env("KEYS_PASSPHRASE", PASSPHRASE))
}

/// The venv's Python with the packages of `tests/python/requirements.txt` (installed by
/// `.ci/run`), or `None` when it is absent and `CI` is not set: the caller then says SKIPPED.
/// Under `CI=true` a missing venv fails the test instead of skipping it.
pub fn test_python() -> Option<PathBuf> {
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/python/.venv/bin/python");
    if python.exists() {
        return Some(python);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but {} is missing: run .ci/run (python3 -m venv + pip install -r tests/python/requirements.txt)",
        python.display()
    );
    eprintln!("SKIPPED: no tests/python/.venv (run .ci/run or pip install -r tests/python/requirements.txt)");
    None
}

/// Seals both bodies' correlation keys (made by `keys init` in `keys`) to every key of the
/// current keyring in `keys` (`tsr-admin keys wrap-correlation`) and imports the copies into
/// the instance's database (`keys import-correlation`): what the operator does after each
/// keyring that adds reviewers. Panics when either command fails.
pub fn import_correlation_keys(inst: &crate::instance::Instance, keys: &Path) {
    let fp = keyring_signer(keys);
    for body in ["euipo", "ec3"] {
        let file = inst.tmpdir.join(format!("{body}-correlation-copies.json"));
        let _ = std::fs::remove_file(&file);
        let out = run(admin()
            .args(["keys", "wrap-correlation", "--key"])
            .arg(keys.join(format!("{body}-correlation.key")))
            .arg("--keyring")
            .arg(keys)
            .args(["--expect", &fp, "--out"])
            .arg(&file)
            .env("KEYS_PASSPHRASE", PASSPHRASE));
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = run(admin()
            .args(["keys", "import-correlation", "--from"])
            .arg(&file)
            .arg("--dir")
            .arg(keys)
            .args(["--expect", &fp])
            .env("DATABASE_URL", &inst.db_url));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
}

/// The text of `html` between the first `start` and the next `end` (panics without `start`).
pub(crate) fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let i = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} in page"))
        + start.len();
    html[i..].split(end).next().unwrap()
}
