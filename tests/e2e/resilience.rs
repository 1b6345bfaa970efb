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
use envelope::{stats, Body, Envelope, Keyring, Receipt, SymmetricKey};
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::Value;
use storage::schema::{attachments, recipient_slots, reports, stats_records};

use crate::browser::this_month;
use crate::instance::*;
use crate::pg::PgDatabase;

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
    csrf: String,
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
    pub(crate) fn new(run: String, base: String, csrf: String, target: usize) -> Arc<Self> {
        Arc::new(Load {
            run,
            base: RwLock::new(base),
            csrf,
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
            let body = form_body(&self.csrf, &planned(&self.run, i));
            loop {
                assert!(
                    started.elapsed() < DEADLINE,
                    "the load did not finish in time"
                );
                if self.stop.load(Ordering::Relaxed) {
                    return;
                }
                let base = self.base.read().unwrap().clone();
                let t = Instant::now();
                let sent = client
                    .post(format!("{base}/report?lang=en"))
                    .header("content-type", MULTIPART)
                    .body(body.clone())
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
    let plain = env.open(reviewer_key(bodies[0])).unwrap();
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
            .open(reviewer_key(body))
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
    let html = http()
        .get(format!("{base}/report"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    csrf_in(&html)
}

const LOAD_ENV: [(&str, &str); 2] = [
    ("INTAKE_RATE_PER_SEC", "1000000"),
    ("FOLLOWUP_RATE_PER_MIN", "1000000"),
];

async fn killed_and_restarted_mid_load(mut inst: Instance) {
    let started = Instant::now();
    let mut rng = Rng(seed());
    let run = format!("{:08x}", rng.next_u64() as u32);
    // Somewhere in the middle of the run, then a little later still.
    let kill_at = 100 + rng.below(800) as usize;
    let jitter = Duration::from_micros(rng.below(30_000));

    let load = Load::new(
        run.clone(),
        inst.srv.base.clone(),
        csrf_of(&inst.srv.base).await,
        REPORTS,
    );
    let tasks = load.spawn(CLIENTS);
    while load.receipts() < kill_at {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    tokio::time::sleep(jitter).await;
    let receipts_at_kill = load.receipts();
    // `restart` kills the process with SIGKILL (no shutdown of any kind) and starts it again
    // on the same database; the clients keep retrying meanwhile.
    let down = Instant::now();
    let killed_log = inst.srv.log.clone();
    tokio::task::block_in_place(|| inst.restart());
    *load.base.write().unwrap() = inst.srv.base.clone();
    eprintln!(
        "killed after {receipts_at_kill} receipts (aimed at {kill_at} + {jitter:?}); \
         restarted in {:.1?}",
        down.elapsed()
    );
    for t in tasks {
        t.await.unwrap();
    }
    let receipts = load.receipts.lock().unwrap().clone();
    assert_eq!(receipts.len(), REPORTS);
    let refused = load.refused.lock().unwrap().clone();
    assert!(
        refused.is_empty(),
        "answers other than 200 (a crash is no excuse for an error page): {refused:?}"
    );
    let lost = load.transport_errors.load(Ordering::Relaxed);
    assert!(
        lost > 0,
        "the kill interrupted no request: it proves nothing"
    );

    follow_up_all(&inst, &receipts).await;
    let stored = check_database(&inst, &run, &receipts, &[]);
    eprintln!(
        "{REPORTS} receipts, all open; {} reports stored, {} of them complete without a \
         receipt (committed, answer lost); {lost} requests interrupted; {:.1?} in all",
        stored.reports,
        stored.orphans,
        started.elapsed()
    );
    // At most the requests in flight at the kill were committed without an answer.
    assert!(stored.orphans <= CLIENTS, "{} orphans", stored.orphans);
    assert!(stored.per_index.values().all(|n| *n <= 2));
    for log in [killed_log.lock().unwrap().clone(), inst.log()] {
        assert!(!log.is_empty());
        assert!(!log.contains("Resilience report"), "report text in the log");
        assert!(!log.contains("panicked"), "the server panicked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_receipted_report_sqlite() {
    killed_and_restarted_mid_load(Instance::sqlite(&LOAD_ENV)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_load_loses_no_receipted_report_postgres() {
    if let Some(inst) = Instance::postgres(&LOAD_ENV) {
        killed_and_restarted_mid_load(inst).await;
    }
}

/// A TCP proxy in front of PostgreSQL that the test can cut (open connections are shut down,
/// new ones closed at once, as when the database host goes away) and restore.
struct Proxy {
    port: u16,
    state: Arc<ProxyState>,
}

#[derive(Default)]
struct ProxyState {
    /// Whether connections are forwarded; changed only with `conns` locked.
    up: AtomicBool,
    conns: Mutex<Vec<TcpStream>>,
    stopped: AtomicBool,
}

fn pipe(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = [0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Both);
    let _ = from.shutdown(Shutdown::Both);
}

impl Proxy {
    fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(ProxyState::default());
        state.up.store(true, Ordering::SeqCst);
        let st = state.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if st.stopped.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                let mut conns = st.conns.lock().unwrap();
                if !st.up.load(Ordering::SeqCst) {
                    // Refused: closed before a byte of the PostgreSQL handshake is answered.
                    let _ = client.shutdown(Shutdown::Both);
                    let _ = server.shutdown(Shutdown::Both);
                    continue;
                }
                conns.push(client.try_clone().unwrap());
                conns.push(server.try_clone().unwrap());
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || pipe(client, server));
                std::thread::spawn(move || pipe(s2, c2));
            }
        });
        Proxy { port, state }
    }

    fn cut(&self) {
        let mut conns = self.state.conns.lock().unwrap();
        self.state.up.store(false, Ordering::SeqCst);
        for s in conns.drain(..) {
            let _ = s.shutdown(Shutdown::Both);
        }
    }

    fn restore(&self) {
        let _conns = self.state.conns.lock().unwrap();
        self.state.up.store(true, Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.state.stopped.store(true, Ordering::SeqCst);
        self.cut();
        // Wakes the accepting thread so it sees `stopped`.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// `postgres://user[:password]@host:port/db?...` → (host:port, the same URL through the proxy
/// on `port`, with a password added when there is none, to show that it never reaches a log).
fn through_proxy(url: &str, port: u16, password: &str) -> (String, String) {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (userinfo, hostpath) = rest.rsplit_once('@').unwrap_or(("", rest));
    let (hostport, path) = hostpath.split_once('/').unwrap();
    let upstream = if hostport.contains(':') {
        hostport.to_string()
    } else {
        format!("{hostport}:5432")
    };
    let userinfo = if userinfo.contains(':') {
        userinfo.to_string()
    } else {
        format!("{userinfo}:{password}")
    };
    (
        upstream,
        format!("{scheme}://{userinfo}@127.0.0.1:{port}/{path}"),
    )
}

/// A browser-sealed submission for `/api/v1/reports`, as the JavaScript path builds it.
struct ApiSubmission {
    id: String,
    envelope: Vec<u8>,
    stats: Vec<u8>,
    reporter_pk: String,
    receipt_lookup: String,
}

fn api_submission(inst: &Instance, narrative: &str) -> ApiSubmission {
    let (month, quarter) = this_month();
    let raw = RawReport {
        member_state: "DK".into(),
        sector: "C".into(),
        incident_class: "intrusions:system-compromise".into(),
        attack_vector: "hacking.vpn".into(),
        actor_type: "competitor".into(),
        incident_month: "2026-03".into(),
        detection_month: "2026-05".into(),
        loss_eur: "250000".into(),
        what_taken: "CAD drawings".into(),
        narrative: narrative.into(),
        recipients: vec!["EUIPO".into()],
        consent: "yes".into(),
        language: "en".into(),
        ..RawReport::default()
    };
    let fields = validate(&raw, month).unwrap();
    let keyring = keystore::load_keyring(&inst.keys, None).unwrap().0;
    let keys: Vec<_> = keyring
        .recipients(&[Body::Euipo])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    let id = envelope::random_id();
    let plaintext = serde_json::to_vec(&fields.report_json(&[])).unwrap();
    let env = Envelope::seal(envelope::Kind::Report, id, &plaintext, &keys).unwrap();
    let id = envelope::hex(&id);
    let record = serde_json::to_vec(&fields.stats_record(&id, quarter)).unwrap();
    let receipt = Receipt::generate();
    ApiSubmission {
        stats: stats::seal_record(&record, &keyring.anonymizer_key().unwrap()).unwrap(),
        envelope: env.to_bytes(),
        reporter_pk: receipt.reporter_keypair().unwrap().public.to_b64(),
        receipt_lookup: envelope::b64(&receipt.lookup_hash().unwrap()),
        id,
    }
}

/// Posts `s` with a fresh proof of work (a spent one is refused, as for any retry).
async fn post_api(inst: &Instance, csrf: &str, s: &ApiSubmission) -> reqwest::Response {
    let c: server::intake::pow::Challenge = http()
        .get(inst.url("/api/v1/pow"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let challenge = envelope::unb64(&c.challenge, "challenge").unwrap();
    let nonce = server::intake::pow::solve(&challenge, c.difficulty);
    let pow = serde_json::to_string(&server::intake::pow::Solution {
        challenge: c.challenge,
        difficulty: c.difficulty,
        expires: c.expires,
        token: c.token,
        nonce: envelope::b64(&nonce),
    })
    .unwrap();
    let form = Form::new()
        .text("csrf", csrf.to_string())
        .text("pow", pow)
        .text("recipients", "EUIPO")
        .text("reporter_pk", s.reporter_pk.clone())
        .text("receipt_lookup", s.receipt_lookup.clone())
        .part(
            "envelope",
            Part::bytes(s.envelope.clone()).file_name("envelope"),
        )
        .part("stats", Part::bytes(s.stats.clone()).file_name("stats"));
    http()
        .post(inst.url("/api/v1/reports?lang=en"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn assert_security_headers(what: &str, h: &reqwest::header::HeaderMap) {
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("default-src 'none'"), "{what}: {csp}");
    assert_eq!(h["x-frame-options"], "DENY", "{what}");
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
    assert_eq!(h["cache-control"], "no-store", "{what}");
}

/// A 503 that came fast (no hang), asked to retry, and carried the usual headers.
fn assert_unavailable(what: &str, resp: &reqwest::Response, took: Duration, ctype: &str) {
    assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE, "{what}");
    assert!(
        took < Duration::from_secs(DB_TIMEOUT_SECS + 8),
        "{what} took {took:?}: requests must fail fast, not hang"
    );
    let retry: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0, "{what}");
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with(ctype),
        "{what}"
    );
    assert_security_headers(what, resp.headers());
}

async fn health(inst: &Instance) -> (StatusCode, Value) {
    let resp = http().get(inst.url("/healthz")).send().await.unwrap();
    (resp.status(), resp.json().await.unwrap())
}

async fn timed(req: reqwest::RequestBuilder) -> (reqwest::Response, Duration) {
    let t = Instant::now();
    let resp = req.send().await.unwrap();
    (resp, t.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_outage_gets_a_503_and_recovers_without_restart() {
    let Some(pg) = PgDatabase::create() else {
        return;
    };
    const PASSWORD: &str = "pw-canary-91c4e7";
    let (upstream, _) = through_proxy(&pg.url, 0, PASSWORD);
    let proxy = Proxy::start(upstream);
    let (_, server_url) = through_proxy(&pg.url, proxy.port, PASSWORD);
    let timeout = DB_TIMEOUT_SECS.to_string();
    let mut env = LOAD_ENV.to_vec();
    env.extend([
        ("DATABASE_TIMEOUT_SECS", timeout.as_str()),
        ("POW_BITS", "1"),
        ("METRICS_TOKEN", "resilience-metrics-token"),
    ]);
    let mut inst = Instance::postgres_at(pg, server_url, &env);
    let c = http();
    assert_eq!(health(&inst).await.0, StatusCode::OK);

    let run = format!("{:08x}", Rng(seed()).next_u64() as u32);
    let csrf = csrf_of(&inst.srv.base).await;
    let load = Load::new(run.clone(), inst.srv.base.clone(), csrf.clone(), usize::MAX);
    let tasks = load.spawn(4);
    while load.receipts() < 30 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }

    // Mid-run, the database goes away.
    proxy.cut();
    let cut = Instant::now();
    while load.refused.lock().unwrap().len() < 4 && cut.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // A report sent now: a clear 503 page in the reporter's language, nothing stored.
    const HELD: usize = 1_000_000;
    let held = planned(&run, HELD);
    let held_body = form_body(&csrf, &held);
    for (lang, title, text) in [
        (
            "en",
            "Temporarily unavailable",
            "We cannot store or read reports at this moment, so nothing was saved.",
        ),
        (
            "da",
            "Midlertidigt utilgængelig",
            "Vi kan ikke gemme eller læse indberetninger lige nu, så intet er blevet gemt.",
        ),
    ] {
        let (resp, took) = timed(
            c.post(inst.url(&format!("/report?lang={lang}")))
                .header("content-type", MULTIPART)
                .body(held_body.clone()),
        )
        .await;
        assert_unavailable("POST /report", &resp, took, "text/html");
        let html = resp.text().await.unwrap();
        assert!(
            html.contains(title) && html.contains(text),
            "{lang}: {html}"
        );
    }
    // Following up, the same page.
    let first = load
        .receipts
        .lock()
        .unwrap()
        .values()
        .next()
        .cloned()
        .unwrap();
    let followup_csrf = csrf_in(
        &c.get(inst.url("/followup"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let (resp, took) = timed(c.post(inst.url("/followup?lang=en")).form(&[
        ("csrf", followup_csrf.as_str()),
        ("receipt", first.as_str()),
    ]))
    .await;
    assert_unavailable("POST /followup", &resp, took, "text/html");
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("We cannot store or read reports at this moment"));
    // The browser's API: the same in JSON.
    let api = api_submission(
        &inst,
        "Submitted through the API while the database was away.",
    );
    let t = Instant::now();
    let resp = post_api(&inst, &csrf, &api).await;
    let took = t.elapsed();
    assert_unavailable("POST /api/v1/reports", &resp, took, "application/json");
    let json: Value = resp.json().await.unwrap();
    assert_eq!(json["error"]["code"], "unavailable", "{json}");
    assert!(json["error"]["message"]
        .as_str()
        .unwrap()
        .contains("nothing was saved"));
    // Health says so; metrics still answer from memory.
    let (status, body) = health(&inst).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert_eq!(body["database"], "unreachable", "{body}");
    let metrics = c
        .get(inst.url("/metrics"))
        .bearer_auth("resilience-metrics-token")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("\ndatabase_up 0\n"), "{metrics}");
    let outage = cut.elapsed();

    // The load saw only receipts and 503s: no 500, no hang, no dropped connection.
    load.stop.store(true, Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    let refused = load.refused.lock().unwrap().clone();
    assert!(
        refused.len() >= 4,
        "the outage refused too little: {refused:?}"
    );
    for (status, took, body) in &refused {
        assert_eq!(*status, 503, "{body}");
        assert!(*took < Duration::from_secs(DB_TIMEOUT_SECS + 8), "{took:?}");
    }
    assert_eq!(load.transport_errors.load(Ordering::Relaxed), 0);
    assert!(
        matches!(inst.srv.child.try_wait(), Ok(None)),
        "the server died"
    );

    // The database comes back; the same server recovers by itself.
    proxy.restore();
    let back = Instant::now();
    loop {
        let (status, body) = health(&inst).await;
        if status == StatusCode::OK {
            break;
        }
        assert!(back.elapsed() < Duration::from_secs(30), "{body}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered = back.elapsed();
    // The very submission refused during the outage now succeeds, once.
    let resp = c
        .post(inst.url("/report?lang=en"))
        .header("content-type", MULTIPART)
        .body(held_body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let held_receipt = receipt_in(&resp.text().await.unwrap()).unwrap();
    let resp = post_api(&inst, &csrf, &api).await;
    assert_eq!(resp.status(), StatusCode::CREATED);
    let json: Value = resp.json().await.unwrap();
    assert_eq!(json["id"], api.id.as_str());
    eprintln!(
        "outage of {outage:.1?}: {} submissions refused with 503; healthy again {recovered:.1?} \
         after the database returned",
        refused.len()
    );

    // Nothing half-stored: every report complete, the held one stored exactly once.
    let mut receipts = load.receipts.lock().unwrap().clone();
    receipts.insert(HELD, held_receipt);
    follow_up_all(&inst, &receipts).await;
    let stored = check_database(&inst, &run, &receipts, &[api.id.as_str()]);
    assert_eq!(stored.per_index.get(&HELD), Some(&1));
    eprintln!(
        "{} reports stored, all complete; {} without a receipt",
        stored.reports, stored.orphans
    );
    let log = inst.log();
    assert!(
        !log.contains(PASSWORD),
        "the database password reached the log"
    );
    assert!(
        !log.contains("Resilience report"),
        "report text reached the log"
    );
    assert!(!log.contains("panicked"), "the server panicked");
}
