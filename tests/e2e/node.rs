//! Running the browser's ES modules under node (the parity and export tests): `run` feeds a
//! script JSON on stdin with `env` set and returns its stdout. Without node the tests say
//! SKIPPED, unless CI=true, where they fail.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `node tests/e2e/js/<script>` with `input` on stdin; `None` (SKIPPED) without node.
pub fn run(script: &str, env: &[(&str, PathBuf)], input: &[u8]) -> Option<Vec<u8>> {
    let mut cmd = Command::new("node");
    cmd.arg(root().join("tests/e2e/js").join(script))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "node is not on PATH, and CI=true requires the JavaScript tests"
            );
            eprintln!("SKIPPED: node is not on PATH");
            return None;
        }
        Err(e) => panic!("cannot run node: {e}"),
    };
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out.stdout)
}
