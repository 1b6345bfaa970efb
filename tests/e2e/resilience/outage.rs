//! PostgreSQL unreachable mid-run: a clear 503, nothing half-stored, recovery without restart.

use super::*;

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
pub(crate) struct ApiSubmission {
    id: String,
    envelope: Vec<u8>,
    stats: Vec<u8>,
    reporter_pk: String,
    receipt_lookup: String,
}

pub(crate) fn api_submission(inst: &Instance, narrative: &str) -> ApiSubmission {
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
pub(crate) async fn post_api(inst: &Instance, csrf: &str, s: &ApiSubmission) -> reqwest::Response {
    let pow = crate::intake_api::fresh_pow(inst).await;
    post_api_at(&inst.srv.base, csrf, &pow, s).await
}

/// Posts `s` with the proof of work `pow` to the server at `base`.
pub(crate) async fn post_api_at(
    base: &str,
    csrf: &str,
    pow: &str,
    s: &ApiSubmission,
) -> reqwest::Response {
    let form = Form::new()
        .text("csrf", csrf.to_string())
        .text("pow", pow.to_string())
        .text("recipients", "EUIPO")
        .text("reporter_pk", s.reporter_pk.clone())
        .text("receipt_lookup", s.receipt_lookup.clone())
        .part(
            "envelope",
            Part::bytes(s.envelope.clone()).file_name("envelope"),
        )
        .part("stats", Part::bytes(s.stats.clone()).file_name("stats"));
    http()
        .post(format!("{base}/api/v1/reports?lang=en"))
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
    let load = Load::new(run.clone(), inst.srv.base.clone(), usize::MAX);
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
        matches!(inst.srv.child.as_mut().unwrap().try_wait(), Ok(None)),
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
