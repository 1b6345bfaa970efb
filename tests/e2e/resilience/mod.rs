//! Resilience, on loopback and bounded in time:
//!
//! - the server process is killed with SIGKILL at a seeded random moment while clients submit
//!   1,000 reports, and restarted on the same database: every receipt a client got opens its
//!   full report (follow-up sign-in, and the envelope with the reviewer's key), and every stored
//!   report is complete, with or without a receipt;
//! - PostgreSQL is made unreachable mid-run through a TCP proxy in this process (the real
//!   PostgreSQL keeps running for the other tests): reporters get a translated 503 page (JSON on
//!   `/api`), `/healthz` says unavailable, nothing is half-stored, and once the database is back
//!   the same server recovers by itself and the same submission succeeds.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use domain::report::{validate, RawReport};
use envelope::attachment::open_attachment;
use envelope::{stats, Body, Envelope, Keyring, Kind, Receipt, SymmetricKey};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::Value;
use storage::schema::{attachments, recipient_slots, reports, stats_records};

use crate::browser::this_month;
use crate::instance::*;
use crate::pg::PgDatabase;

mod kill;
pub(crate) mod outage;

/// Reports the kill test must end with a receipt for.
const REPORTS: usize = 1_000;
/// Concurrent submitting clients.
const CLIENTS: usize = 16;
/// Every client gives up (and the test fails) after this long.
const DEADLINE: Duration = Duration::from_secs(240);
/// The server's wait for the database in the outage test (`DATABASE_TIMEOUT_SECS`).
const DB_TIMEOUT_SECS: u64 = 2;

const BOUNDARY: &str = "----resilience-5d2e";
const MULTIPART: &str = "multipart/form-data; boundary=----resilience-5d2e";

/// SplitMix64: a seeded generator, so that a failing kill moment can be replayed.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// `RESILIENCE_SEED` replays a run; otherwise a fresh seed, printed.
fn seed() -> u64 {
    let seed = std::env::var("RESILIENCE_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or_else(|| {
            let id = envelope::random_id();
            u64::from_le_bytes(id[..8].try_into().unwrap())
        });
    eprintln!("resilience seed: {seed} (RESILIENCE_SEED={seed} replays the kill moment)");
    seed
}

/// What submission `i` says: its narrative, recipients and attachment, all derived from `i`.
struct Planned {
    narrative: String,
    bodies: Vec<Body>,
    attachment: Option<Vec<u8>>,
}

fn planned(run: &str, i: usize) -> Planned {
    let narrative = format!(
        "Resilience report {i} of run {run}: a stolen VPN password let them copy the drawings. {}",
        "The intruders stayed three weeks in the design network. ".repeat(12)
    )
    // As the server keeps it: trimmed.
    .trim_end()
    .to_string();
    let bodies = match i % 3 {
        0 => vec![Body::Euipo],
        1 => vec![Body::Ec3],
        _ => vec![Body::Euipo, Body::Ec3],
    };
    let attachment = i.is_multiple_of(10).then(|| {
        (0..2_000 + i % 5_000)
            .map(|k| (k * 31 + i * 7) as u8)
            .collect::<Vec<u8>>()
    });
    Planned {
        narrative,
        bodies,
        attachment,
    }
}

/// The no-JavaScript form as a browser encodes it (multipart), as in `benches/intake_load.rs`.
fn form_body(csrf: &str, p: &Planned) -> Vec<u8> {
    let mut fields: Vec<(&str, &str)> = vec![("csrf", csrf)];
    for b in &p.bodies {
        fields.push(("recipients", b.as_str()));
    }
    fields.extend([
        ("member_state", "DK"),
        ("sector", "C"),
        ("incident_class", "intrusions:system-compromise"),
        ("attack_vector", "hacking.vpn"),
        ("actor_type", "competitor"),
        ("incident_month", "2026-03"),
        ("detection_month", "2026-05"),
        ("loss_eur", "250000"),
        ("what_taken", "CAD drawings"),
        ("narrative", p.narrative.as_str()),
        ("consent", "yes"),
        ("language", "en"),
    ]);
    let mut out = Vec::new();
    for (name, value) in fields {
        out.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some(bytes) = &p.attachment {
        out.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"attachment\"; \
                 filename=\"drawing.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        out.extend_from_slice(bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    out
}

fn receipt_in(html: &str) -> Option<String> {
    let marker = "id=\"receipt\">";
    let start = html.find(marker)? + marker.len();
    Some(html[start..].split('<').next()?.trim().to_string())
}

fn csrf_in(html: &str) -> String {
    crate::intake::csrf_in(html)
}

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(64)
        .build()
        .unwrap()
}

/// Submitting clients: each takes the next index and retries it until it has a receipt. The
/// server's address can change under them (a restart binds a new port).
pub(crate) struct Load {
    run: String,
    base: RwLock<String>,
    /// Submissions wanted (`usize::MAX`: until `stop`).
    target: usize,
    next: AtomicUsize,
    pub(crate) stop: AtomicBool,
    pub(crate) receipts: Mutex<BTreeMap<usize, String>>,
    /// Attempts that got no HTTP answer (connection refused or cut).
    transport_errors: AtomicUsize,
    /// HTTP answers other than 200, with how long they took.
    refused: Mutex<Vec<(u16, Duration, String)>>,
}

impl Load {
    pub(crate) fn new(run: String, base: String, target: usize) -> Arc<Self> {
        Arc::new(Load {
            run,
            base: RwLock::new(base),
            target,
            next: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
            receipts: Mutex::new(BTreeMap::new()),
            transport_errors: AtomicUsize::new(0),
            refused: Mutex::new(Vec::new()),
        })
    }

    pub(crate) fn receipts(&self) -> usize {
        self.receipts.lock().unwrap().len()
    }

    pub(crate) fn spawn(self: &Arc<Self>, clients: usize) -> Vec<tokio::task::JoinHandle<()>> {
        let client = http();
        (0..clients)
            .map(|_| {
                let load = self.clone();
                let client = client.clone();
                tokio::spawn(async move { load.client(client).await })
            })
            .collect()
    }

    async fn client(&self, client: reqwest::Client) {
        let started = Instant::now();
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.target || self.stop.load(Ordering::Relaxed) {
                return;
            }
            let plan = planned(&self.run, i);
            loop {
                assert!(
                    started.elapsed() < DEADLINE,
                    "the load did not finish in time"
                );
                if self.stop.load(Ordering::Relaxed) {
                    return;
                }
                let base = self.base.read().unwrap().clone();
                // Each attempt is a fresh form: a form is accepted once.
                let Some(csrf) = try_csrf(&client, &base).await else {
                    self.transport_errors.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                };
                let body = form_body(&csrf, &plan);
                let t = Instant::now();
                let sent = client
                    .post(format!("{base}/report?lang=en"))
                    .header("content-type", MULTIPART)
                    .body(body)
                    .send()
                    .await;
                let resp = match sent {
                    Ok(r) => r,
                    Err(_) => {
                        self.transport_errors.fetch_add(1, Ordering::Relaxed);
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        continue;
                    }
                };
                let status = resp.status();
                let Ok(html) = resp.text().await else {
                    self.transport_errors.fetch_add(1, Ordering::Relaxed);
                    continue;
                };
                if status == StatusCode::OK {
                    let receipt = receipt_in(&html).expect("a 200 answer shows the receipt");
                    self.receipts.lock().unwrap().insert(i, receipt);
                    break;
                }
                let snippet: String = html.chars().take(300).collect();
                self.refused
                    .lock()
                    .unwrap()
                    .push((status.as_u16(), t.elapsed(), snippet));
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// The index of the planned submission a stored narrative belongs to.
fn index_of(run: &str, narrative: &str) -> Option<usize> {
    let rest = narrative.strip_prefix("Resilience report ")?;
    let (i, rest) = rest.split_once(' ')?;
    rest.strip_prefix(&format!("of run {run}:"))?;
    i.parse().ok()
}

/// One stored report, checked complete: its slots are exactly the chosen bodies' current
/// keys, its envelope opens with a reviewer's key, each attachment it lists is stored whole
/// and opens, and it has exactly one statistics record, which opens with the anonymizer key.
/// Returns the opened report JSON.
fn check_complete(
    conn: &mut storage::DbConn,
    keyring: &Keyring,
    row: &ReportRow,
    slots: &BTreeMap<String, Vec<(String, Vec<u8>)>>,
    records: &BTreeMap<String, Vec<(String, Vec<u8>)>>,
) -> Value {
    let id = &row.0;
    let mut bodies = Vec::new();
    if row.1 {
        bodies.push(Body::Euipo);
    }
    if row.2 {
        bodies.push(Body::Ec3);
    }
    assert!(!bodies.is_empty(), "report {id} has no recipient");
    let expected: BTreeSet<(String, Vec<u8>)> = keyring
        .recipients(&bodies)
        .unwrap()
        .into_iter()
        .map(|(b, pk)| (storage_body(b).to_string(), pk.0.to_vec()))
        .collect();
    let got: BTreeSet<(String, Vec<u8>)> = slots
        .get(id)
        .map(|s| s.iter().cloned().collect())
        .unwrap_or_default();
    assert_eq!(got, expected, "report {id}: recipient slots incomplete");

    let env = Envelope::parse(&row.3).unwrap();
    let plain = env
        .open(
            Kind::Report,
            &envelope::unhex::<16>(id).unwrap(),
            reviewer_key(bodies[0]),
        )
        .unwrap();
    let json: Value = serde_json::from_slice(&plain).unwrap();
    for att in json["attachments"].as_array().unwrap() {
        let key = SymmetricKey::from_b64(att["key"].as_str().unwrap()).unwrap();
        let stream = storage::reports::attachment_chunks(conn, att["id"].as_str().unwrap())
            .unwrap_or_else(|e| panic!("report {id}: attachment missing: {e}"))
            .concat();
        let bytes = open_attachment(&key, &stream)
            .unwrap_or_else(|e| panic!("report {id}: attachment does not open: {e}"));
        assert_eq!(bytes.len() as u64, att["size"].as_u64().unwrap());
    }

    let recs = records.get(id).cloned().unwrap_or_default();
    assert_eq!(recs.len(), 1, "report {id}: statistics records {recs:?}");
    assert_eq!(recs[0].0, storage::Source::Reporter.as_str());
    let rec = stats::open_record(&recs[0].1, anonymizer_key()).unwrap();
    let rec: Value = serde_json::from_slice(&rec).unwrap();
    assert_eq!(rec["member_state"], "DK");
    json
}

fn storage_body(b: Body) -> &'static str {
    match b {
        Body::Euipo => storage::Body::Euipo.as_str(),
        Body::Ec3 => storage::Body::Ec3.as_str(),
    }
}

type ReportRow = (String, bool, bool, Vec<u8>, Vec<u8>);

/// What the database holds after a run.
struct Stored {
    /// Reports, all complete.
    reports: usize,
    /// Complete reports no client got a receipt for (committed, then the answer was lost).
    orphans: usize,
    /// Reports stored per planned submission.
    per_index: BTreeMap<usize, usize>,
}

/// Every stored report checked complete; every receipt the clients got opens the report they
/// sent, exactly. Reports in `others` (not sent by [`Load`]) are checked complete only.
fn check_database(
    inst: &Instance,
    run: &str,
    receipts: &BTreeMap<usize, String>,
    others: &[&str],
) -> Stored {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let rows: Vec<ReportRow> = reports::table
        .select((
            reports::id,
            reports::to_euipo,
            reports::to_ec3,
            reports::envelope,
            reports::receipt_lookup,
        ))
        .load(&mut *c)
        .unwrap();
    let mut slots: BTreeMap<String, Vec<(String, Vec<u8>)>> = BTreeMap::new();
    for (report, body, pk) in recipient_slots::table
        .select((
            recipient_slots::report_id,
            recipient_slots::body,
            recipient_slots::recipient_pk,
        ))
        .load::<(String, String, Vec<u8>)>(&mut *c)
        .unwrap()
    {
        slots.entry(report).or_default().push((body, pk));
    }
    let mut records: BTreeMap<String, Vec<(String, Vec<u8>)>> = BTreeMap::new();
    for (report, source, sealed) in stats_records::table
        .select((
            stats_records::report_id,
            stats_records::source,
            stats_records::sealed,
        ))
        .load::<(String, String, Vec<u8>)>(&mut *c)
        .unwrap()
    {
        records.entry(report).or_default().push((source, sealed));
    }
    let keyring = keystore::load_keyring(&inst.keys, None).unwrap().0;

    let by_lookup: BTreeMap<Vec<u8>, usize> = rows
        .iter()
        .enumerate()
        .map(|(n, r)| (r.4.clone(), n))
        .collect();
    assert_eq!(by_lookup.len(), rows.len(), "receipt lookups are unique");
    let mut with_receipt = BTreeSet::new();
    let mut listed_attachments = 0;
    let mut per_index: BTreeMap<usize, usize> = BTreeMap::new();
    for (n, row) in rows.iter().enumerate() {
        let json = check_complete(&mut c, &keyring, row, &slots, &records);
        listed_attachments += json["attachments"].as_array().unwrap().len();
        if others.contains(&row.0.as_str()) {
            continue;
        }
        // Whoever sent it, it is one of the submissions the clients made, whole.
        let narrative = json["fields"]["narrative"].as_str().unwrap();
        let i = index_of(run, narrative).expect("a stored narrative the clients sent");
        *per_index.entry(i).or_default() += 1;
        let p = planned(run, i);
        assert_eq!(narrative, p.narrative, "report {}", row.0);
        let want: BTreeSet<Body> = p.bodies.iter().copied().collect();
        let got: BTreeSet<Body> = [(row.1, Body::Euipo), (row.2, Body::Ec3)]
            .into_iter()
            .filter_map(|(on, b)| on.then_some(b))
            .collect();
        assert_eq!(got, want, "report {}: recipients", row.0);
        assert_eq!(
            json["attachments"].as_array().unwrap().len(),
            usize::from(p.attachment.is_some())
        );
        if let Some(receipt) = receipts.get(&i) {
            let lookup = Receipt::parse(receipt).unwrap().lookup_hash().unwrap();
            if by_lookup.get(lookup.as_slice()) == Some(&n) {
                with_receipt.insert(i);
            }
        }
    }
    // Every receipt opens the report with the client's exact text and attachment.
    for (i, receipt) in receipts {
        let lookup = Receipt::parse(receipt).unwrap().lookup_hash().unwrap();
        let n = *by_lookup
            .get(lookup.as_slice())
            .unwrap_or_else(|| panic!("receipt of submission {i} opens no stored report"));
        assert!(with_receipt.contains(i));
        let row = &rows[n];
        let body = if row.1 { Body::Euipo } else { Body::Ec3 };
        let plain = Envelope::parse(&row.3)
            .unwrap()
            .open(
                Kind::Report,
                &envelope::unhex::<16>(&row.0).unwrap(),
                reviewer_key(body),
            )
            .unwrap();
        let json: Value = serde_json::from_slice(&plain).unwrap();
        let p = planned(run, *i);
        assert_eq!(json["fields"]["narrative"], p.narrative.as_str());
        if let Some(sent) = &p.attachment {
            let att = &json["attachments"][0];
            let key = SymmetricKey::from_b64(att["key"].as_str().unwrap()).unwrap();
            let stream = storage::reports::attachment_chunks(&mut c, att["id"].as_str().unwrap())
                .unwrap()
                .concat();
            assert_eq!(&open_attachment(&key, &stream).unwrap()[..], &sent[..]);
        }
    }
    // No row outside a complete report (slots, records and attachments of nothing).
    let slot_rows: usize = slots.values().map(Vec::len).sum();
    let expected_slots: usize = rows
        .iter()
        .map(|r| slots.get(&r.0).map_or(0, Vec::len))
        .sum();
    assert_eq!(slot_rows, expected_slots, "slots of no report");
    let record_rows: usize = records.values().map(Vec::len).sum();
    assert_eq!(record_rows, rows.len(), "statistics records of no report");
    let attachment_rows: i64 = attachments::table
        .select(diesel::dsl::count_star())
        .first(&mut *c)
        .unwrap();
    assert_eq!(
        attachment_rows as usize, listed_attachments,
        "unlisted attachments"
    );
    for id in others {
        assert!(rows.iter().any(|r| r.0 == *id), "report {id} not stored");
    }
    Stored {
        reports: rows.len(),
        orphans: rows.len() - receipts.len() - others.len(),
        per_index,
    }
}

/// Signs in to the follow-up page with every receipt: each shows its conversation.
async fn follow_up_all(inst: &Instance, receipts: &BTreeMap<usize, String>) {
    let client = http();
    let html = client
        .get(inst.url("/followup"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = Arc::new(csrf_in(&html));
    let queue = Arc::new(Mutex::new(receipts.values().cloned().collect::<Vec<_>>()));
    let url = inst.url("/followup?lang=en");
    let mut tasks = Vec::new();
    // Each answer takes at least 400 ms by design; many at once keep this to seconds.
    for _ in 0..100 {
        let (client, csrf, queue, url) = (client.clone(), csrf.clone(), queue.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let Some(receipt) = queue.lock().unwrap().pop() else {
                    return;
                };
                let resp = client
                    .post(url.as_str())
                    .form(&[("csrf", csrf.as_str()), ("receipt", receipt.as_str())])
                    .send()
                    .await
                    .unwrap();
                let status = resp.status();
                let html = resp.text().await.unwrap();
                assert_eq!(status, StatusCode::OK, "follow-up with a receipt: {html}");
                assert!(html.contains("No messages yet"), "{html}");
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
}

pub(crate) async fn csrf_of(base: &str) -> String {
    try_csrf(&http(), base).await.expect("the report form")
}

/// A fresh report form's token, or `None` if the server did not answer (it may be restarting).
async fn try_csrf(client: &reqwest::Client, base: &str) -> Option<String> {
    let resp = client.get(format!("{base}/report")).send().await.ok()?;
    if resp.status() != StatusCode::OK {
        return None;
    }
    Some(csrf_in(&resp.text().await.ok()?))
}

const LOAD_ENV: [(&str, &str); 3] = [
    ("INTAKE_RATE_PER_SEC", "1000000"),
    ("FORM_RATE_PER_SEC", "1000000"),
    ("FOLLOWUP_RATE_PER_MIN", "1000000"),
];
