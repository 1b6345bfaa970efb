//! Shared by the client's tests: the real `tsr-report` binary with its own configuration
//! directory, a recording relay between it and the server, report files, keyring re-signing.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use envelope::SigningKey;

use crate::helpers::PASSPHRASE;

pub const QUESTION: &str = "Which VPN gateway logged the first login? (signed question)";
pub const FORGED: &str = "FORGED: send the files again to evil.example";

/// `tsr-report` with nothing inherited from the environment that configures it.
pub fn client(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tsr-report"));
    for var in [
        "TSR_REPORT_SERVER",
        "TSR_REPORT_PROXY",
        "TSR_REPORT_RECEIPT",
        "TSR_REPORT_PASSPHRASE",
        "TSR_REPORT_CONFIG_DIR",
        "XDG_CONFIG_HOME",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        cmd.env_remove(var);
    }
    cmd.arg("--config-dir").arg(config).stdin(Stdio::null());
    cmd
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("tsr-report runs")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The JSON object a `--json` command printed.
pub fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "--json output does not parse ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// A TCP relay in front of the server that keeps every byte the client sends: what the
/// server received, for checking that the receipt never left the client.
pub struct Recorder {
    pub base: String,
    pub sent: Arc<Mutex<Vec<u8>>>,
}

impl Recorder {
    pub fn start(server_base: &str) -> Self {
        let upstream = server_base.trim_start_matches("http://").to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let sent = Arc::new(Mutex::new(Vec::new()));
        let log = sent.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(down) = conn else { continue };
                let Ok(up) = TcpStream::connect(&upstream) else {
                    continue;
                };
                let (mut d2, mut u2) = (down.try_clone().unwrap(), up.try_clone().unwrap());
                let log = log.clone();
                std::thread::spawn(move || {
                    let (mut down, mut up) = (down, up);
                    let mut buf = vec![0u8; 64 * 1024];
                    while let Ok(n) = down.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        log.lock().unwrap().extend_from_slice(&buf[..n]);
                        if up.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = up.shutdown(std::net::Shutdown::Write);
                });
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut u2, &mut d2);
                    let _ = d2.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        Recorder { base, sent }
    }

    pub fn contains(&self, needle: &[u8]) -> bool {
        let sent = self.sent.lock().unwrap();
        sent.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    }

    pub fn len(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
}

/// The template `init` wrote, filled in as a security team would.
pub fn fill(template: &str) -> String {
    let mut s = template.to_string();
    for (key, value) in [
        ("member_state", "\"DK\""),
        ("sector", "\"C\""),
        (
            "incident_class",
            "\"information-content-security:unauthorised-information-access\"",
        ),
        ("attack_vector", "\"social.email\""),
        ("actor_type", "\"competitor\""),
        ("incident_month", "\"2026-03\""),
        ("detection_month", "\"2026-05\""),
        ("loss_eur", "250000"),
        ("jobs_at_risk", "\"12\""),
        ("contact", "\"security@example.dk\""),
        ("organisation_id", "\"DK12345678\""),
    ] {
        let from = format!("\n{key} = \"\"\n");
        assert!(s.contains(&from), "the template has {from:?}");
        s = s.replace(&from, &format!("\n{key} = {value}\n"));
    }
    s = s.replace(
        "what_taken = \"\"\"\n\"\"\"",
        "what_taken = \"\"\"\nCAD drawings of the pump impeller\n\"\"\"",
    );
    s = s.replace(
        "narrative = \"\"\"\n\"\"\"",
        "narrative = \"\"\"\nA spear-phishing mail to our design office led to a stolen VPN password.\n\"\"\"",
    );
    s.replace("consent = false", "consent = true")
}

/// `init` then fill: a valid report file in `dir`.
pub fn report_file(dir: &Path, config: &Path) -> PathBuf {
    let path = dir.join("report.toml");
    let out = run(client(config).arg("init").arg(&path));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let filled = fill(&std::fs::read_to_string(&path).unwrap());
    std::fs::write(&path, filled).unwrap();
    path
}

/// Re-signs the keyring in `keys` with `serial`, by the key directory's own signing key or by
/// `other` (a key the pin does not name).
pub fn resign(keys: &Path, serial: u64, other: Option<&SigningKey>) {
    let (mut keyring, _) = keystore::load_keyring(keys, None).unwrap();
    keyring.serial = serial;
    let own = keystore::read_key_file(&keys.join(keystore::SIGNING_KEY_FILE))
        .unwrap()
        .unwrap_signing(PASSPHRASE.as_bytes())
        .unwrap();
    let signed = keyring.sign(other.unwrap_or(&own)).unwrap();
    std::fs::write(keys.join(envelope::keyring::KEYRING_FILE), &signed.bytes).unwrap();
    std::fs::write(
        keys.join(envelope::keyring::SIGNATURE_FILE),
        signed.signature_file().unwrap(),
    )
    .unwrap();
}

/// Runs `cmd` to its end, reading its peak resident memory (VmHWM) while it runs.
pub fn run_measured(cmd: &mut Command) -> (Output, u64) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        out.read_to_end(&mut b).unwrap();
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        err.read_to_end(&mut b).unwrap();
        b
    });
    let mut peak_kb = 0u64;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak_kb = peak_kb.max(kb);
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.wait().unwrap();
    let stdout = reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    (
        Output {
            status,
            stdout,
            stderr,
        },
        peak_kb * 1024,
    )
}
