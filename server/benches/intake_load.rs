//! Load test of the server-sealed intake: real `server` binary, 64 concurrent clients posting
//! a 4 KB report to 3 recipient keys, for a fixed time, on loopback only.
//!
//! ```sh
//! cargo bench -p server --bench intake_load -- --backend sqlite
//! cargo bench -p server --bench intake_load -- --backend postgres
//! ```
//! Options: `--clients N` (64), `--seconds S` (15), `--url http://127.0.0.1:PORT` to load a
//! server that is already running (e.g. under a profiler). Figures go in docs/BENCHMARKS.md.
//!
//! Each submission is a fresh form (`GET /report`, then the `POST`): a form is accepted once.
//! `--flood N` adds N clients that send invalid submissions as fast as the server refuses them
//! (no token, a forged token, alternately on `/report` and `/api/v1/reports`), and reports
//! their rate: valid submissions per second with and without a flood.
//!
//! Soak mode (`bench/soak.sh`): `--rate R` paces submissions at R per second instead of as
//! fast as possible, and `--sample S` reads the server's resident memory (`VmRSS`) every S
//! seconds and prints, per minute, submissions, throughput, p50, p99 and RSS. With `--url`,
//! `--pid PID` names the server process to sample.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{Body, KeyPair, Keyring, SigningKey};

fn arg(name: &str, default: &str) -> String {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .find(|w| w[0] == name)
        .map(|w| w[1].clone())
        .unwrap_or_else(|| default.to_string())
}

/// A keyring whose EUIPO entry has exactly 3 keys (2 reviewers + recovery).
fn write_keyring(dir: &std::path::Path) -> String {
    let mut bodies = BTreeMap::new();
    bodies.insert(
        Body::Euipo,
        BodyKeys {
            correlation: None,
            reviewers: vec![
                KeyEntry::new("euipo-1", "EUIPO 1", &KeyPair::generate().public),
                KeyEntry::new("euipo-2", "EUIPO 2", &KeyPair::generate().public),
            ],
            recovery: KeyEntry::new(
                "euipo-recovery",
                "EUIPO recovery",
                &KeyPair::generate().public,
            ),
        },
    );
    bodies.insert(
        Body::Ec3,
        BodyKeys {
            correlation: None,
            reviewers: vec![KeyEntry::new("ec3-1", "EC3 1", &KeyPair::generate().public)],
            recovery: KeyEntry::new("ec3-recovery", "EC3 recovery", &KeyPair::generate().public),
        },
    );
    let kr = Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: "2026-11-28".into(),
        bodies,
        anonymizer: KeyEntry::new("anonymizer", "Anonymizer", &KeyPair::generate().public),
        release: None,
    };
    let signed = kr.sign(&SigningKey::generate()).expect("sign");
    keystore::write_new_files(
        dir,
        &[
            ("keyring.json".into(), signed.bytes.clone(), false),
            (
                "keyring.sig".into(),
                signed.signature_file().expect("sig"),
                false,
            ),
        ],
    )
    .expect("write keyring");
    // The server pins its keyring's signer (KEYRING_FINGERPRINT is required).
    signed.signer.fingerprint()
}

const BOUNDARY: &str = "----intake-load-7b1f";
const CONTENT_TYPE: &str = "multipart/form-data; boundary=----intake-load-7b1f";

/// The no-JavaScript form as a browser encodes it.
fn form_body(csrf: &str, narrative: &str) -> Vec<u8> {
    let fields: [(&str, &str); 14] = [
        ("csrf", csrf),
        ("recipients", "EUIPO"),
        ("member_state", "DK"),
        ("sector", "C"),
        ("incident_class", "intrusions:system-compromise"),
        ("attack_vector", "hacking.vpn"),
        ("actor_type", "competitor"),
        ("incident_month", "2026-03"),
        ("detection_month", "2026-05"),
        ("loss_eur", "250000"),
        ("what_taken", "CAD drawings"),
        ("narrative", narrative),
        ("consent", "yes"),
        ("language", "en"),
    ];
    let mut out = String::new();
    for (name, value) in fields {
        out.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    out.push_str(&format!("--{BOUNDARY}--\r\n"));
    out.into_bytes()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

/// How the load runs.
#[derive(Clone, Copy)]
struct Plan {
    clients: usize,
    seconds: u64,
    /// Submissions per second; 0: as fast as the server answers.
    rate: f64,
    /// Seconds between RSS samples; 0: none.
    sample: u64,
    /// Clients sending invalid submissions meanwhile; 0: none.
    flood: usize,
}

/// One finished submission: when it finished (since the start) and how long it took.
type Done = (Duration, Duration);

struct Outcome {
    done: Vec<Done>,
    errors: u64,
    elapsed: Duration,
    /// Memory samples since the start; the first is taken before the load starts.
    rss: Vec<(Duration, Mem)>,
    /// Invalid submissions sent by the flood, and how many of them got a 429 (none should:
    /// they are refused before any budget).
    flood_sent: u64,
    flood_limited: u64,
}

/// The server's resident memory in KiB: all of it, anonymous (heap, stacks) and file-backed
/// (the binary, and SQLite's WAL index, which is a shared mapping of the `-shm` file); and the
/// size of the SQLite WAL file when the bench made the database.
#[derive(Clone, Copy, Default)]
struct Mem {
    rss: u64,
    anon: u64,
    file: u64,
    wal_bytes: Option<u64>,
}

fn sample_mem(pid: u32, wal: Option<&std::path::Path>) -> Option<Mem> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> u64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    Some(Mem {
        rss: field("VmRSS:"),
        anon: field("RssAnon:"),
        file: field("RssFile:") + field("RssShmem:"),
        wal_bytes: wal.and_then(|w| std::fs::metadata(w).ok()).map(|m| m.len()),
    })
}

fn main() {
    let backend = arg("--backend", "sqlite");
    let plan = Plan {
        clients: arg("--clients", "64").parse().expect("--clients N"),
        seconds: arg("--seconds", "15").parse().expect("--seconds S"),
        rate: arg("--rate", "0").parse().expect("--rate R"),
        sample: arg("--sample", "0").parse().expect("--sample S"),
        flood: arg("--flood", "0").parse().expect("--flood N"),
    };
    let external = arg("--url", "");
    if !external.is_empty() {
        let pid = arg("--pid", "").parse::<u32>().ok();
        report(&backend, plan, load(external, plan, pid, None));
        return;
    }
    let tmp = std::env::temp_dir().join(format!("intake-load-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("tmp");
    let keys = tmp.join("keys");
    let fingerprint = write_keyring(&keys);

    let (db_url, pg_name) = match backend.as_str() {
        "sqlite" => (format!("sqlite://{}/db.sqlite", tmp.display()), None),
        "postgres" => {
            let name = format!("bench_{}", std::process::id());
            let ok = Command::new("psql")
                .args([
                    "-h",
                    "127.0.0.1",
                    "-U",
                    "postgres",
                    "-c",
                    &format!("CREATE DATABASE {name}"),
                ])
                .stdout(Stdio::null())
                .status()
                .expect("psql");
            assert!(ok.success(), "cannot create the PostgreSQL database");
            (
                format!("postgres://postgres@127.0.0.1:5432/{name}"),
                Some(name),
            )
        }
        other => panic!("--backend sqlite|postgres, not {other}"),
    };

    let mut server = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("serve")
        .env("DATABASE_URL", &db_url)
        .env("KEYS_DIR", &keys)
        .env("KEYRING_FINGERPRINT", &fingerprint)
        .env("BIND", "127.0.0.1:0")
        .env("LOG", "warn")
        .env("INTAKE_RATE_PER_SEC", "1000000")
        .env("FORM_RATE_PER_SEC", "1000000")
        .env("FORM_MIN_AGE_SECS", "0")
        .stderr(Stdio::piped())
        .spawn()
        .expect("server starts");
    let stderr = server.stderr.take().expect("stderr");
    let base = {
        use std::io::BufRead;
        let mut lines = std::io::BufReader::new(stderr).lines();
        loop {
            let line = lines.next().expect("server output").expect("line");
            if let Some(addr) = line.strip_prefix("listening on ") {
                std::thread::spawn(move || for _ in lines {});
                break addr.to_string();
            }
        }
    };

    let wal = db_url
        .strip_prefix("sqlite://")
        .map(|db| std::path::PathBuf::from(format!("{db}-wal")));
    let result = load(base, plan, Some(server.id()), wal);
    let _ = server.kill();
    let _ = server.wait();
    if let Some(name) = pg_name {
        let _ = Command::new("psql")
            .args([
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-c",
                &format!("DROP DATABASE {name} WITH (FORCE)"),
            ])
            .stdout(Stdio::null())
            .status();
    }
    let _ = std::fs::remove_dir_all(&tmp);
    report(&backend, plan, result);
}

/// Runs `plan.clients` concurrent submitters against `base` for `plan.seconds`, paced at
/// `plan.rate` if set, sampling the RSS of process `pid` every `plan.sample` seconds.
fn load(base: String, plan: Plan, pid: Option<u32>, wal: Option<std::path::PathBuf>) -> Outcome {
    let Plan {
        clients,
        seconds,
        rate,
        sample,
        flood,
    } = plan;
    let rss = Arc::new(Mutex::new(Vec::new()));
    let sampling = Arc::new(AtomicBool::new(sample > 0 && pid.is_some()));
    if let (true, Some(pid)) = (sampling.load(Ordering::Relaxed), pid) {
        if let Some(m) = sample_mem(pid, wal.as_deref()) {
            rss.lock().expect("rss").push((Duration::ZERO, m));
        }
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async move {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(clients)
            .build()
            .expect("client");
        let narrative: String = "The attackers used a stolen VPN password to copy drawings. "
            .repeat(70)
            .chars()
            .take(4000)
            .collect();
        let url = format!("{base}/report");
        let started = Instant::now();
        let deadline = started + Duration::from_secs(seconds);
        let sampler = if let (true, Some(pid)) = (sampling.load(Ordering::Relaxed), pid) {
            let (rss, sampling, wal) = (rss.clone(), sampling.clone(), wal.clone());
            Some(std::thread::spawn(move || {
                let every = Duration::from_secs(sample);
                let mut next = started + every;
                while sampling.load(Ordering::Relaxed) {
                    let now = Instant::now();
                    if now >= next {
                        if let Some(m) = sample_mem(pid, wal.as_deref()) {
                            rss.lock().expect("rss").push((now - started, m));
                        }
                        next += every;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
            }))
        } else {
            None
        };
        // With a rate, submission k is due at k / rate seconds; clients take the next one.
        let issued = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::new();
        let flooding = Arc::new(AtomicBool::new(true));
        let flood_sent = Arc::new(AtomicU64::new(0));
        let flood_limited = Arc::new(AtomicU64::new(0));
        let mut flooders = Vec::new();
        for n in 0..flood {
            let (client, base) = (client.clone(), base.clone());
            let (flooding, sent, limited) =
                (flooding.clone(), flood_sent.clone(), flood_limited.clone());
            flooders.push(tokio::spawn(async move {
                let path = if n % 2 == 0 {
                    "/report"
                } else {
                    "/api/v1/reports"
                };
                // Without a token on one client, with a forged one on the next.
                let body = form_body(if n % 4 < 2 { "" } else { "1.AAAA.AAAA" }, "spam");
                while flooding.load(Ordering::Relaxed) {
                    let sent_req = client
                        .post(format!("{base}{path}"))
                        .header("content-type", CONTENT_TYPE)
                        .body(body.clone())
                        .send()
                        .await;
                    if let Ok(r) = sent_req {
                        if r.status().as_u16() == 429 {
                            limited.fetch_add(1, Ordering::Relaxed);
                        }
                        let _ = r.bytes().await;
                    }
                    sent.fetch_add(1, Ordering::Relaxed);
                }
            }));
        }
        for _ in 0..clients {
            let client = client.clone();
            let url = url.clone();
            let narrative = narrative.clone();
            let issued = issued.clone();
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut errors = 0u64;
                while Instant::now() < deadline {
                    if rate > 0.0 {
                        let k = issued.fetch_add(1, Ordering::Relaxed);
                        let due = started + Duration::from_secs_f64(k as f64 / rate);
                        if due >= deadline {
                            break;
                        }
                        tokio::time::sleep_until(due.into()).await;
                    }
                    let t = Instant::now();
                    let Some(csrf) = fresh_token(&client, &url).await else {
                        errors += 1;
                        continue;
                    };
                    let body = form_body(&csrf, &narrative);
                    match client
                        .post(url.as_str())
                        .header("content-type", CONTENT_TYPE)
                        .body(body)
                        .send()
                        .await
                    {
                        Ok(r) if r.status().is_success() => {
                            let _ = r.bytes().await;
                            lat.push((started.elapsed(), t.elapsed()));
                        }
                        _ => errors += 1,
                    }
                }
                (lat, errors)
            }));
        }
        let mut all = Vec::new();
        let mut errors = 0;
        for t in tasks {
            let (l, e) = t.await.expect("task");
            all.extend(l);
            errors += e;
        }
        let elapsed = started.elapsed();
        flooding.store(false, Ordering::Relaxed);
        for f in flooders {
            let _ = f.await;
        }
        sampling.store(false, Ordering::Relaxed);
        if let Some(s) = sampler {
            let _ = s.join();
        }
        if let (Some(pid), true) = (pid, sample > 0) {
            if let Some(m) = sample_mem(pid, wal.as_deref()) {
                rss.lock().expect("rss").push((elapsed, m));
            }
        }
        let rss = std::mem::take(&mut *rss.lock().expect("rss"));
        Outcome {
            done: all,
            errors,
            elapsed,
            rss,
            flood_sent: flood_sent.load(Ordering::Relaxed),
            flood_limited: flood_limited.load(Ordering::Relaxed),
        }
    })
}

/// A fresh form's token (`GET /report`).
async fn fresh_token(client: &reqwest::Client, url: &str) -> Option<String> {
    let html = client.get(url).send().await.ok()?.text().await.ok()?;
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html[start..].split('"').next()?.to_string())
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// Per minute: submissions finished, their throughput, p50, p99, and the memory at the
/// minute's last sample.
fn per_minute(o: &Outcome) {
    println!("minute  submissions  throughput  p50(ms)  p99(ms)  RSS  anon  file (MiB)  WAL (MiB)");
    let minutes = o.elapsed.as_secs().div_ceil(60);
    for m in 0..minutes {
        let (from, to) = (
            Duration::from_secs(m * 60),
            Duration::from_secs((m + 1) * 60),
        );
        let mut lat: Vec<Duration> = o
            .done
            .iter()
            .filter(|(at, _)| *at >= from && *at < to)
            .map(|(_, l)| *l)
            .collect();
        lat.sort();
        let span = to.min(o.elapsed) - from;
        let mem = o
            .rss
            .iter()
            .rfind(|(at, _)| *at <= to)
            .map(|(_, m)| {
                format!(
                    "{:.1}  {:.1}  {:.1}  {}",
                    mib(m.rss),
                    mib(m.anon),
                    mib(m.file),
                    m.wal_bytes
                        .map(|b| format!("{:.0}", b as f64 / 1048576.0))
                        .unwrap_or_else(|| "-".into())
                )
            })
            .unwrap_or_default();
        println!(
            "{:>6}  {:>11}  {:>8.0}/s  {:>7.1}  {:>7.1}  {mem}",
            m + 1,
            lat.len(),
            lat.len() as f64 / span.as_secs_f64().max(1e-9),
            percentile(&lat, 0.50).as_secs_f64() * 1e3,
            percentile(&lat, 0.99).as_secs_f64() * 1e3,
        );
    }
    print!("RSS samples (s: total/anon MiB):");
    for (at, m) in &o.rss {
        print!(" {}: {:.1}/{:.1}", at.as_secs(), mib(m.rss), mib(m.anon));
    }
    println!();
}

fn report(backend: &str, plan: Plan, o: Outcome) {
    if !o.rss.is_empty() {
        per_minute(&o);
    }
    let clients = plan.clients;
    let (errors, elapsed) = (o.errors, o.elapsed);
    let mut lat: Vec<Duration> = o.done.iter().map(|(_, l)| *l).collect();
    lat.sort();
    let n = lat.len();
    let rate = if plan.rate > 0.0 {
        format!(" rate={:.0}/s", plan.rate)
    } else {
        String::new()
    };
    let flood = if plan.flood > 0 {
        format!(
            " flood={} invalid={} ({:.0}/s, {} got 429)",
            plan.flood,
            o.flood_sent,
            o.flood_sent as f64 / elapsed.as_secs_f64(),
            o.flood_limited
        )
    } else {
        String::new()
    };
    println!(
        "backend={backend} clients={clients}{rate}{flood} seconds={:.1} ok={n} errors={errors} throughput={:.0}/s p50={:.1}ms p99={:.1}ms max={:.1}ms",
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64(),
        percentile(&lat, 0.50).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3,
        lat.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}
