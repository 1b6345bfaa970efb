//! Load test of the server-sealed intake: real `server` binary, 64 concurrent clients posting
//! a 4 KB report to 3 recipient keys, for a fixed time, on loopback only.
//!
//! ```sh
//! cargo bench -p server --bench intake_load -- --backend sqlite
//! cargo bench -p server --bench intake_load -- --backend postgres
//! ```
//! Options: `--clients N` (64), `--seconds S` (15), `--url http://127.0.0.1:PORT` to load a
//! server that is already running (e.g. under a profiler). Figures go in docs/BENCHMARKS.md.

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
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
fn write_keyring(dir: &std::path::Path) {
    let mut bodies = BTreeMap::new();
    bodies.insert(
        Body::Euipo,
        BodyKeys {
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

fn main() {
    let backend = arg("--backend", "sqlite");
    let clients: usize = arg("--clients", "64").parse().expect("--clients N");
    let seconds: u64 = arg("--seconds", "15").parse().expect("--seconds S");
    let external = arg("--url", "");
    if !external.is_empty() {
        report(&backend, clients, load(external, clients, seconds));
        return;
    }
    let tmp = std::env::temp_dir().join(format!("intake-load-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("tmp");
    let keys = tmp.join("keys");
    write_keyring(&keys);

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
        .env("BIND", "127.0.0.1:0")
        .env("LOG", "warn")
        .env("INTAKE_RATE_PER_SEC", "1000000")
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

    let result = load(base, clients, seconds);
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
    report(&backend, clients, result);
}

/// Runs `clients` concurrent submitters against `base` for `seconds`; returns the latencies
/// of successful submissions, the number of failures and the elapsed time.
fn load(base: String, clients: usize, seconds: u64) -> (Vec<Duration>, u64, Duration) {
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
        let html = client
            .get(format!("{base}/report"))
            .send()
            .await
            .expect("GET /report")
            .text()
            .await
            .expect("html");
        let marker = "name=\"csrf\" value=\"";
        let start = html.find(marker).expect("csrf") + marker.len();
        let csrf = html[start..].split('"').next().expect("token").to_string();
        let narrative: String = "The attackers used a stolen VPN password to copy drawings. "
            .repeat(70)
            .chars()
            .take(4000)
            .collect();
        // The same form for every request, encoded once: the load generator shares the two cores
        // with the server, so it should spend as little as possible.
        let body = form_body(&csrf, &narrative);
        let url = format!("{base}/report");
        let started = Instant::now();
        let deadline = started + Duration::from_secs(seconds);
        let mut tasks = Vec::new();
        for _ in 0..clients {
            let client = client.clone();
            let url = url.clone();
            let body = body.clone();
            tasks.push(tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut errors = 0u64;
                while Instant::now() < deadline {
                    let t = Instant::now();
                    match client
                        .post(url.as_str())
                        .header("content-type", CONTENT_TYPE)
                        .body(body.clone())
                        .send()
                        .await
                    {
                        Ok(r) if r.status().is_success() => {
                            let _ = r.bytes().await;
                            lat.push(t.elapsed());
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
        (all, errors, started.elapsed())
    })
}

fn report(backend: &str, clients: usize, (lat, errors, elapsed): (Vec<Duration>, u64, Duration)) {
    let mut lat = lat;
    lat.sort();
    let n = lat.len();
    println!(
        "backend={backend} clients={clients} seconds={:.1} ok={n} errors={errors} throughput={:.0}/s p50={:.1}ms p99={:.1}ms max={:.1}ms",
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64(),
        percentile(&lat, 0.50).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3,
        lat.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}
