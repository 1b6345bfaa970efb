//! No plaintext left in the server's memory after a no-JavaScript submission (the process is
//! the point): one report with distinct canaries in its narrative, its contact field and an
//! 80 KB attachment, then a few ordinary requests on new connections, then — a few seconds
//! later — every readable mapping of the `server` process is read through `/proc/PID/mem` and
//! must hold none of the canaries, nor the receipt shown, nor the attachment's key (raw or in
//! Base64). What it guards: request buffers (actix-http, multipart), JSON values and `String`
//! temporaries, and freed heap blocks that still hold their bytes (the `server` binary zeroes
//! every block it frees). Linux only (`/proc`): elsewhere it fails rather than skip.

use std::io::{Read, Seek, SeekFrom};
use std::time::Duration;

use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::*;

/// Where a canary was found: the mapping's line in `/proc/PID/maps` and the offset in it.
#[derive(Debug)]
struct Found {
    canary: &'static str,
    region: String,
    offset: usize,
}

/// Reads every readable mapping of process `pid` and returns where any of `needles` occurs.
/// A mapping that cannot be read (e.g. `[vvar]`) is skipped; the number of bytes read is
/// returned too, so that a scan that read nothing cannot pass.
fn scan(pid: u32, needles: &[(&'static str, Vec<u8>)]) -> (Vec<Found>, usize) {
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap();
    let mut mem = std::fs::File::open(format!("/proc/{pid}/mem")).unwrap();
    let mut found = Vec::new();
    let mut total = 0;
    const CHUNK: usize = 4 << 20;
    let overlap = needles.iter().map(|(_, n)| n.len()).max().unwrap_or(0);
    let mut buf = vec![0u8; CHUNK + overlap];
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let (Some(range), Some(perms)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !perms.starts_with('r') {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let start = usize::from_str_radix(start, 16).unwrap();
        let end = usize::from_str_radix(end, 16).unwrap();
        let mut at = start;
        while at < end {
            let len = (end - at).min(CHUNK + overlap);
            if mem.seek(SeekFrom::Start(at as u64)).is_err() {
                break;
            }
            let Ok(n) = read_full(&mut mem, &mut buf[..len]) else {
                break;
            };
            total += n;
            for (canary, needle) in needles {
                for offset in positions(&buf[..n], needle) {
                    // Found again in the overlap of the next chunk: counted once.
                    if offset < CHUNK || at + len >= end {
                        found.push(Found {
                            canary,
                            region: line.to_string(),
                            offset: at - start + offset,
                        });
                    }
                }
            }
            if n < len {
                break;
            }
            at += CHUNK;
        }
    }
    (found, total)
}

fn read_full(f: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if n == 0 => return Err(e),
            Err(_) => break,
        }
    }
    Ok(n)
}

fn positions(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let first = needle[0];
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = hay[i..].iter().position(|&b| b == first) {
        let at = i + p;
        if hay[at..].starts_with(needle) {
            out.push(at);
        }
        i = at + 1;
    }
    out
}

/// The key of the report's first attachment, as its Base64 text and its bytes.
fn attachment_key(inst: &Instance, receipt: &str) -> (String, Vec<u8>) {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap();
    let plain = envelope::Envelope::parse(&report.envelope)
        .unwrap()
        .open(
            envelope::Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(envelope::Body::Ec3),
        )
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    let b64 = json["attachments"][0]["key"].as_str().unwrap().to_string();
    let raw = envelope::SymmetricKey::from_b64(&b64)
        .unwrap()
        .expose()
        .to_vec();
    (b64, raw)
}

#[tokio::test]
async fn no_canary_left_in_server_memory_after_a_no_js_submission() {
    let inst = Instance::sqlite_process(&[]);
    let pid = inst.srv.child.as_ref().unwrap().id();

    // Canaries made at run time (never in the binary): a fixed prefix and a tag from the clock and the pid.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let tag = format!("{nanos:x}-{:x}", std::process::id());
    let narrative = format!("ZqNARRATIVE-{tag}");
    let contact = format!("ZqCONTACT-{tag}");
    let file = format!("ZqATTACHMENT-{tag}");

    let mut fields = good_fields();
    for (k, v) in fields.iter_mut() {
        match *k {
            // Several copies each, so that a block partly reused still shows one.
            "narrative" => *v = format!("Phishing mail, then the VPN. {narrative} ").repeat(8),
            "contact" => *v = format!("Call {contact} ").repeat(3),
            _ => {}
        }
    }
    // 80 KB: the canary every 2,000 bytes among arbitrary bytes, and at the very end.
    let mut attachment: Vec<u8> = (0..80_000).map(|i| (i * 13 % 251) as u8).collect();
    let last = 80_000 - file.len();
    for at in (0..last).step_by(2_000).chain([last]) {
        attachment[at..at + file.len()].copy_from_slice(file.as_bytes());
    }
    let token = csrf_in(&page(&inst, "/report").await);
    // Its own client: the connection closes when the request is done.
    let (status, html) = post_report(
        &inst,
        Some(&token),
        &fields,
        &[("evidence.bin", attachment)],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let receipt = receipt_in(&html);
    assert!(receipt.len() > 20, "{receipt}");
    // One report, stored with its attachment.
    assert_eq!([inst.counts()[0], inst.counts()[2]], [1, 1]);

    // A few ordinary requests, each on a new connection, then a pause.
    for path in ["/", "/report", "/healthz", "/report", "/"] {
        let _ = client()
            .get(inst.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    // The attachment's key, raw and in Base64, from the report as a reviewer opens it (read
    // from the database by the test: the server's memory is untouched).
    let (key_b64, key_raw) = attachment_key(&inst, &receipt);

    let needles = [
        ("narrative", narrative.into_bytes()),
        ("contact", contact.into_bytes()),
        ("attachment", file.into_bytes()),
        // Not made by the test, but as secret: the receipt the confirmation page showed.
        ("receipt", receipt.into_bytes()),
        ("attachment key (Base64)", key_b64.into_bytes()),
        ("attachment key", key_raw),
    ];
    let (found, read) = tokio::task::spawn_blocking(move || scan(pid, &needles))
        .await
        .unwrap();
    eprintln!("read {} MiB of the server's memory", read >> 20);
    assert!(read > 1 << 20, "read only {read} bytes of /proc/{pid}/mem");
    for f in &found {
        eprintln!(
            "{} canary at offset {:#x} of {}",
            f.canary, f.offset, f.region
        );
    }
    assert!(found.is_empty(), "{} canaries left in memory", found.len());
}
