//! `--proxy socks5h://…` (Tor): a small SOCKS5 server on loopback, in the test, records what
//! each connection asks for and relays it to the server. With `socks5h` the client sends the
//! host name unresolved (address type 3, the name as given), so a Tor proxy resolves it, and a
//! whole submission and follow-up work through it; with `socks5` it would resolve the name
//! itself (an address, type 1 or 4), which is what `socks5h` exists to avoid. No network.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use crate::common::*;
use crate::helpers::keyring_signer;
use crate::instance::{keys_dir, Instance};

/// What a connection asked the proxy for: address type, host, port.
type Asked = (u8, String, u16);

struct Socks5 {
    addr: SocketAddr,
    asked: Arc<Mutex<Vec<Asked>>>,
}

impl Socks5 {
    /// Relays every CONNECT to `upstream`, whatever host it names (after recording it).
    fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { return };
                let log = log.clone();
                std::thread::spawn(move || {
                    let _ = serve(conn, upstream, &log);
                });
            }
        });
        Socks5 { addr, asked }
    }

    fn asked(&self) -> Vec<Asked> {
        self.asked.lock().unwrap().clone()
    }
}

fn serve(mut c: TcpStream, upstream: SocketAddr, log: &Mutex<Vec<Asked>>) -> std::io::Result<()> {
    let mut b = [0u8; 2];
    c.read_exact(&mut b)?;
    assert_eq!(b[0], 5, "SOCKS version 5");
    let mut methods = vec![0u8; b[1] as usize];
    c.read_exact(&mut methods)?;
    assert!(methods.contains(&0), "no authentication offered");
    c.write_all(&[5, 0])?;
    let mut head = [0u8; 4];
    c.read_exact(&mut head)?;
    assert_eq!(&head[..3], &[5, 1, 0], "a CONNECT request");
    let host = match head[3] {
        1 => {
            let mut ip = [0u8; 4];
            c.read_exact(&mut ip)?;
            std::net::Ipv4Addr::from(ip).to_string()
        }
        3 => {
            let mut len = [0u8; 1];
            c.read_exact(&mut len)?;
            let mut name = vec![0u8; len[0] as usize];
            c.read_exact(&mut name)?;
            String::from_utf8(name).unwrap()
        }
        4 => {
            let mut ip = [0u8; 16];
            c.read_exact(&mut ip)?;
            std::net::Ipv6Addr::from(ip).to_string()
        }
        other => panic!("address type {other}"),
    };
    let mut port = [0u8; 2];
    c.read_exact(&mut port)?;
    log.lock()
        .unwrap()
        .push((head[3], host, u16::from_be_bytes(port)));
    let up = TcpStream::connect(upstream)?;
    c.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0])?;
    let (mut c2, mut up2) = (c.try_clone()?, up.try_clone()?);
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut up2, &mut c2);
        let _ = c2.shutdown(Shutdown::Write);
    });
    let mut up = up;
    let _ = std::io::copy(&mut c, &mut up);
    let _ = up.shutdown(Shutdown::Write);
    let _ = back.join();
    Ok(())
}

#[test]
fn socks5h_sends_the_host_name_unresolved_and_submission_works_through_it() {
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let upstream: SocketAddr = inst
        .srv
        .base
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let socks = Socks5::start(upstream);
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let pin = keyring_signer(keys_dir());
    let report = report_file(tmp.path(), &config);
    // A name only the proxy resolves (here: relays); loopback, so plain HTTP is allowed.
    let server = format!("http://localhost:{}", upstream.port());
    let proxy = format!("socks5h://{}", socks.addr);

    let out = run(client(&config)
        .args(["--json", "submit", "--server", &server, "--pin", &pin])
        .args(["--proxy", &proxy])
        .arg(&report));
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(inst.counts()[0], 1, "the report is stored");
    let receipt = json_of(&out)["receipt"].as_str().unwrap().to_string();
    let asked = socks.asked();
    assert!(!asked.is_empty(), "the client did not use the proxy");
    for a in &asked {
        assert_eq!(
            a,
            &(3, "localhost".to_string(), upstream.port()),
            "{asked:?}"
        );
    }

    // The proxy is remembered: the follow-up goes through it too.
    let before = asked.len();
    let out = run(client(&config)
        .args(["--json", "status"])
        .env("TSR_REPORT_RECEIPT", &receipt));
    assert!(out.status.success(), "{}", text(&out.stdout));
    let asked = socks.asked();
    assert!(asked.len() > before, "the follow-up did not use the proxy");
    assert!(
        asked.iter().all(|a| a.0 == 3 && a.1 == "localhost"),
        "{asked:?}"
    );

    // The contrast: `socks5` (without h) resolves the name here and sends an address.
    let before = asked.len();
    let out = run(client(&config)
        .args([
            "--json",
            "status",
            "--proxy",
            &format!("socks5://{}", socks.addr),
        ])
        .env("TSR_REPORT_RECEIPT", &receipt));
    assert!(out.status.success(), "{}", text(&out.stdout));
    let asked = socks.asked();
    assert!(asked.len() > before);
    assert!(asked[before..].iter().all(|a| a.0 != 3), "{asked:?}");
}
