//! The `demo` binary itself: it prepares a small instance, prints the credentials and the
//! three URLs in one block (no log line in between), and serves them. (The full walk-through
//! — reuse, `--fresh`, a browser using the printed credentials — runs the same steps
//! in-process in the e2e tests.)
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn the_binary_prints_credentials_and_serves_the_instance() {
    let tmp = tempfile::tempdir().unwrap();
    // stdout and stderr (the log) in one pipe, as on a terminal.
    let mut child = Command::new("sh")
        .args(["-c", "exec \"$0\" \"$@\" 2>&1", env!("CARGO_BIN_EXE_demo")])
        .args(["--reports", "5", "--dir"])
        .arg(tmp.path().join("demo"))
        .env_clear()
        .env("BIND", "127.0.0.1:0")
        .env("LOG", "debug")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut out = String::new();
    let portal = loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no portal URL in 300 s:\n{out}"));
        out.push_str(&line);
        out.push('\n');
        if let Some(url) = line.strip_prefix("Portal (member-state users):") {
            break url.trim().to_string();
        }
    };
    assert!(
        out.contains("login name:") && out.contains("TOTP secret:"),
        "{out}"
    );
    // The credentials and the URLs are one block: no log line in between.
    let block: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.contains("login name:"))
        .collect();
    let is_log = |l: &&str| {
        let plain = without_ansi(l);
        ["TRACE ", "DEBUG ", "INFO ", "WARN ", "ERROR "]
            .iter()
            .any(|level| plain.contains(level))
    };
    assert!(!block.iter().any(is_log), "{out}");
    assert!(out.contains("5 synthetic reports submitted"), "{out}");
    let addr = portal
        .strip_prefix("http://")
        .and_then(|r| r.split('/').next())
        .unwrap()
        .to_string();
    let mut stream = TcpStream::connect(&addr).unwrap();
    write!(
        stream,
        "GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"keyring\":\"valid\""), "{response}");
}

/// A log line without its colour escapes (`ESC [ ... m`).
fn without_ansi(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for e in chars.by_ref() {
                if e == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
