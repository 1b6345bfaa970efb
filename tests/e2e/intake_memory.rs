//! Bounded memory per upload, measured on the `server` process itself (the process is the
//! point): three concurrent no-JavaScript posts of 4 × 95 MiB keep the server's peak resident
//! memory (`VmHWM`) under 320 MiB, because each file's ciphertext goes to the database batch
//! by batch instead of waiting in memory for the whole form. One of the three is valid and
//! stored whole; the two others are refused at the end for their fields, and their staged
//! chunks are deleted. And the global budget of upload memory: an upload beyond it waits, then
//! gets a 503 with `Retry-After`.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::instance::*;
use crate::intake::*;

const BOUNDARY: &str = "memory-test-5d0c";
const FILE_BYTES: usize = 95 * 1024 * 1024;
const FILES: usize = 4;
const LIMIT_KIB: u64 = 320 * 1024;

fn text_part(name: &str, value: &str) -> String {
    format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
}

fn file_head(i: usize) -> String {
    format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"attachment\"; \
         filename=\"part{i}.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
}

/// Posts the form `fields` with 4 files of 95 MiB, generated as they are sent (the test holds
/// none of them), and returns the answer's status line and body.
fn post_big(base: &str, fields: &[(&'static str, String)]) -> (String, String) {
    let addr = base.trim_start_matches("http://").to_string();
    let mut before = String::new();
    for (k, v) in fields {
        before.push_str(&text_part(k, v));
    }
    let tail = format!("--{BOUNDARY}--\r\n");
    let file_parts: usize = (0..FILES)
        .map(|i| file_head(i).len() + FILE_BYTES + 2)
        .sum();
    let length = before.len() + file_parts + tail.len();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(300))).unwrap();
    let head = format!(
        "POST /report?lang=en HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; \
         boundary={BOUNDARY}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(before.as_bytes()).unwrap();
    let block: Vec<u8> = (0..1024 * 1024).map(|i| (i * 31 % 251) as u8).collect();
    for i in 0..FILES {
        s.write_all(file_head(i).as_bytes()).unwrap();
        for _ in 0..FILE_BYTES / block.len() {
            s.write_all(&block).unwrap();
        }
        s.write_all(b"\r\n").unwrap();
    }
    s.write_all(tail.as_bytes()).unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    (
        head.lines().next().unwrap_or("").to_string(),
        body.to_string(),
    )
}

fn kib(status: &str, field: &str) -> u64 {
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[tokio::test]
async fn three_concurrent_uploads_of_4_x_95_mib_stay_under_320_mib() {
    let inst = Instance::sqlite_process(&[]);
    let pid = inst.srv.child.as_ref().unwrap().id();
    let status = || std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let at_start = kib(&status(), "VmRSS:");

    let started = Instant::now();
    let mut uploads = Vec::new();
    for n in 0..3 {
        let token = csrf_in(&page(&inst, "/report").await);
        let mut fields = vec![("csrf", token)];
        // The first is valid; the two others lack the consent, like the (refused at
        // the end, after every file was read).
        let good = if n == 0 {
            good_fields()
        } else {
            without(&good_fields(), "consent")
        };
        fields.extend(good);
        let base = inst.srv.base.clone();
        uploads.push(tokio::task::spawn_blocking(move || {
            post_big(&base, &fields)
        }));
    }
    let mut answers = Vec::new();
    for u in uploads {
        answers.push(u.await.unwrap());
    }
    let took = started.elapsed();
    let peak = kib(&status(), "VmHWM:");
    eprintln!(
        "RSS at start {} MiB, peak {} MiB, {took:?} for 3 × 4 × 95 MiB",
        at_start / 1024,
        peak / 1024
    );
    assert!(answers[0].0.contains(" 200 "), "{}", answers[0].0);
    assert!(answers[0].1.contains("id=\"receipt\""));
    for (line, _) in &answers[1..] {
        assert!(line.contains(" 422 "), "{line}");
    }
    assert!(
        peak < LIMIT_KIB,
        "peak resident memory {} MiB, over {} MiB",
        peak / 1024,
        LIMIT_KIB / 1024
    );

    // The valid report has its four attachments, whole; the refused uploads are gone.
    assert_eq!(inst.counts()[..3], [1, 4, 4]);
    let db = inst.db();
    let mut c = db.conn().unwrap();
    // Stored whole: the stream of a file of this size, padded to its bucket.
    let expected = envelope::attachment::stream_len(FILE_BYTES as u64) as i64;
    let sizes: Vec<i64> = storage::schema::attachments::table
        .select(storage::schema::attachments::ciphertext_bytes)
        .load(&mut *c)
        .unwrap();
    for size in sizes {
        assert_eq!(size, expected);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let staged: i64 = storage::schema::upload_chunks::table
            .select(count_star())
            .first(&mut *c)
            .unwrap();
        if staged == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{staged} staged chunks left");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The budget of upload memory, taken: a further upload waits for a share, then gets a 503
/// with `Retry-After` (nothing stored); once the share is free, uploads go through again.
#[tokio::test]
async fn an_upload_over_the_memory_budget_waits_then_gets_503() {
    let inst = Instance::sqlite(&[("UPLOAD_BUFFER_MB", "3"), ("BODY_MIN_BYTES_PER_SEC", "1")]);
    let token = csrf_in(&page(&inst, "/report").await);
    // A first upload takes the only share: its form, the start of a file, then it stalls.
    let addr = inst.srv.base.trim_start_matches("http://").to_string();
    let mut stalled = std::net::TcpStream::connect(&addr).unwrap();
    let mut body = text_part("csrf", &token);
    for (k, v) in good_fields() {
        body.push_str(&text_part(k, &v));
    }
    body.push_str(&file_head(0));
    body.push_str(&"x".repeat(4096));
    let head = format!(
        "POST /report HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; \
         boundary={BOUNDARY}\r\nContent-Length: 10000000\r\n\r\n"
    );
    stalled.write_all(head.as_bytes()).unwrap();
    stalled.write_all(body.as_bytes()).unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;

    let second = csrf_in(&page(&inst, "/report").await);
    let started = Instant::now();
    let (status, html) = post_report(
        &inst,
        Some(&second),
        &good_fields(),
        &[("a.txt", vec![1; 100])],
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::SERVICE_UNAVAILABLE, "{html}");
    assert!(
        started.elapsed() >= Duration::from_secs(9),
        "{:?}",
        started.elapsed()
    );
    let resp = client()
        .post(inst.url("/report"))
        .multipart(
            good_fields()
                .into_iter()
                .fold(
                    reqwest::multipart::Form::new().text("csrf", second.clone()),
                    |f, (k, v)| f.text(k, v),
                )
                .part(
                    "attachment",
                    reqwest::multipart::Part::bytes(vec![1; 100]).file_name("b.txt"),
                ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), reqwest::StatusCode::SERVICE_UNAVAILABLE);
    assert!(resp.headers().contains_key("retry-after"));
    assert_eq!(inst.counts()[0], 0);

    // The first upload goes away: its share is free again.
    drop(stalled);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (status, html) = post_report(
        &inst,
        Some(&second),
        &good_fields(),
        &[("a.txt", vec![1; 100])],
    )
    .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{html}");
    assert_eq!(inst.counts()[..3], [1, 4, 1]);
}
