//! Reporting stays open under attack: a flood of invalid requests on every reporter path never
//! takes the budget valid reporters need (checks in cost order, a budget per path); each
//! no-JavaScript form is accepted once; the no-JavaScript path's own costs (minimum form age,
//! its budget) slow a submission down instead of turning it away.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::multipart::Form;
use reqwest::StatusCode;

use crate::helpers::spawn_app;
use crate::instance::*;
use crate::intake::*;
use crate::resilience::outage::{api_submission, post_api, post_api_at};

/// How long the flood runs at most (it stops earlier once the real reporters are done).
const FLOOD_MAX: Duration = Duration::from_secs(20);

/// What one flooding client sends, in turn: every kind of invalid request a reporter route can
/// get cheaply. Returns the status.
async fn invalid_post(inst: &Instance, n: u64, report_token: &str, followup: &str) -> StatusCode {
    let c = client();
    let req = match n % 6 {
        // No token, no proof of work.
        0 => c
            .post(inst.url("/api/v1/reports"))
            .multipart(Form::new().text("recipients", "EUIPO")),
        // A valid token and a made-up proof of work.
        1 => c.post(inst.url("/api/v1/reports")).multipart(
            Form::new()
                .text("csrf", report_token.to_string())
                .text("pow", "{\"challenge\":\"x\"}")
                .text("envelope", "x"),
        ),
        // The no-JavaScript form without a token.
        2 => c
            .post(inst.url("/report"))
            .multipart(Form::new().text("narrative", "spam")),
        // A valid token and invalid fields.
        3 => c.post(inst.url("/report")).multipart(
            Form::new()
                .text("csrf", report_token.to_string())
                .text("narrative", "spam"),
        ),
        // Follow-up sign-in with a forged token.
        4 => c
            .post(inst.url("/followup"))
            .form(&[("csrf", "1.AAAA"), ("receipt", "x")]),
        // Follow-up sign-in with a valid token and no receipt worth looking up.
        _ => c
            .post(inst.url("/followup"))
            .form(&[("csrf", followup), ("receipt", "not a receipt")]),
    };
    match req.send().await {
        Ok(r) => r.status(),
        // A connection the server cut (it answered before reading the body) is a refusal too.
        Err(_) => StatusCode::BAD_REQUEST,
    }
}

async fn flood_while_reporting(inst: Instance) {
    let report_token = csrf_in(&page(&inst, "/report").await);
    let followup_token = csrf_in(&page(&inst, "/followup").await);
    // Receipts to sign in with during the flood.
    let mut receipts = Vec::new();
    for _ in 0..5 {
        receipts.push(submit_ok(&inst, &good_fields(), &[]).await);
    }
    let inst = Arc::new(inst);
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut flooders = Vec::new();
    for thread in 0..6u64 {
        let (inst, stop, sent) = (inst.clone(), stop.clone(), sent.clone());
        let (rt, ft) = (report_token.clone(), followup_token.clone());
        flooders.push(tokio::spawn(async move {
            let mut limited = 0u64;
            // Each client sends one kind of invalid request.
            let n = thread;
            while !stop.load(Ordering::Relaxed) && started.elapsed() < FLOOD_MAX {
                let status = invalid_post(&inst, n, &rt, &ft).await;
                assert!(
                    status.is_client_error(),
                    "an invalid request got {status} (kind {})",
                    n % 6
                );
                if status == StatusCode::TOO_MANY_REQUESTS {
                    limited += 1;
                }
                sent.fetch_add(1, Ordering::Relaxed);
            }
            limited
        }));
    }
    // Let the flood get going first.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let flooded_before = sent.load(Ordering::Relaxed);

    let mut real = Vec::new();
    for i in 0..6u64 {
        // Spread over about a second and a half, all inside the flood.
        let browser = inst.clone();
        real.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(250 * i)).await;
            let csrf = csrf_in(&page(&browser, "/report").await);
            let s = api_submission(&browser, &format!("Real browser-sealed report {i}"));
            let resp = post_api(&browser, &csrf, &s).await;
            let status = resp.status();
            assert_eq!(
                status,
                StatusCode::CREATED,
                "{}",
                resp.text().await.unwrap()
            );
        }));
        let no_js = inst.clone();
        real.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(250 * i + 125)).await;
            submit_ok(&no_js, &good_fields(), &[]).await;
        }));
    }
    for receipt in receipts {
        let inst = inst.clone();
        real.push(tokio::spawn(async move {
            let (status, html) = follow_up(&inst, &receipt).await;
            assert_eq!(status, StatusCode::OK, "{html}");
        }));
    }
    for r in real {
        r.await.unwrap();
    }
    let flooded_during = sent.load(Ordering::Relaxed) - flooded_before;
    stop.store(true, Ordering::Relaxed);
    let mut limited = 0;
    for f in flooders {
        limited += f.await.unwrap();
    }
    let rate = flooded_during as f64 / (started.elapsed().as_secs_f64() - 0.5);
    eprintln!("{flooded_during} invalid requests while the real ones ran, about {rate:.0}/s");
    assert!(
        flooded_during >= 100,
        "only {flooded_during} invalid requests while the real ones ran: no flood"
    );
    assert_eq!(limited, 0, "invalid requests reached a rate budget");
    // 5 + 6 no-JavaScript reports and 6 browser-sealed ones: nothing of the flood.
    assert_eq!(inst.counts()[0], 17);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_flood_of_invalid_requests_leaves_valid_reporters_their_budget_sqlite() {
    // Budgets far below the flood's rate: had the flood taken from them, reporters got 429.
    let env = [
        ("POW_BITS", "8"),
        ("INTAKE_RATE_PER_SEC", "20"),
        ("FORM_RATE_PER_SEC", "20"),
        ("FOLLOWUP_RATE_PER_MIN", "60"),
    ];
    flood_while_reporting(Instance::sqlite(&env)).await;
}

async fn accepted_once(inst: Instance) {
    let token = csrf_in(&page(&inst, "/report?lang=en").await);
    // A refused form does not spend its token: the reporter corrects it and sends it again.
    let (status, _) =
        post_report(&inst, Some(&token), &without(&good_fields(), "sector"), &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, html) = post_report(&inst, Some(&token), &good_fields(), &[]).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    // Sent again (the back button, or a script): refused, with a message that says why.
    for lang in ["en", "de"] {
        let resp = client()
            .post(inst.url(&format!("/report?lang={lang}")))
            .multipart(
                good_fields()
                    .into_iter()
                    .fold(Form::new().text("csrf", token.clone()), |f, (k, v)| {
                        f.text(k, v)
                    }),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::CONFLICT, "{lang}");
        let html = resp.text().await.unwrap();
        let expected = match lang {
            "en" => "This form has already been sent",
            _ => "Dieses Formular wurde bereits gesendet",
        };
        assert!(html.contains(expected), "{lang}: {html}");
    }
    assert_eq!(inst.counts()[0], 1, "one report per form");
    // Two posts of one fresh form at the same moment: exactly one is stored.
    let token = csrf_in(&page(&inst, "/report").await);
    let fields = good_fields();
    let (a, b) = tokio::join!(
        post_report(&inst, Some(&token), &fields, &[]),
        post_report(&inst, Some(&token), &fields, &[])
    );
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
    assert_eq!(inst.counts()[0], 2);
}

#[tokio::test]
async fn a_form_is_accepted_once_and_its_reuse_refused_clearly_sqlite() {
    accepted_once(Instance::sqlite(&[])).await;
}

#[tokio::test]
async fn a_form_is_accepted_once_and_its_reuse_refused_clearly_postgres() {
    if let Some(inst) = Instance::postgres(&[]) {
        accepted_once(inst).await;
    }
}

#[tokio::test]
async fn the_no_javascript_path_waits_for_its_minimum_age_and_budget_instead_of_refusing() {
    let inst = Instance::sqlite(&[("FORM_MIN_AGE_SECS", "2"), ("FORM_RATE_PER_SEC", "1")]);
    // Sent at once after it was served: held until the form is 2 s old, then accepted.
    let started = Instant::now();
    submit_ok(&inst, &good_fields(), &[]).await;
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "accepted after {:?}",
        started.elapsed()
    );
    // Three valid forms at once with a budget of one per second: all accepted, in turn.
    let mut tokens = Vec::new();
    for _ in 0..3 {
        tokens.push(csrf_in(&page(&inst, "/report").await));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let started = Instant::now();
    let fields = good_fields();
    let posts = tokens
        .iter()
        .map(|t| post_report(&inst, Some(t), &fields, &[]));
    for (status, html) in futures_util::future::join_all(posts).await {
        assert_eq!(status, StatusCode::OK, "{html}");
    }
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "three forms within {:?} with a budget of one per second",
        started.elapsed()
    );
    assert_eq!(inst.counts()[0], 4);
}

#[tokio::test]
async fn the_browser_path_budget_answers_429_in_json() {
    let inst = Instance::sqlite(&[("POW_BITS", "0"), ("INTAKE_RATE_PER_SEC", "1")]);
    let csrf = csrf_in(&page(&inst, "/report").await);
    let subs: Vec<_> = (0..4)
        .map(|i| api_submission(&inst, &format!("report {i}")))
        .collect();
    let posts = subs.iter().map(|s| post_api(&inst, &csrf, s));
    let (mut created, mut limited) = (0i64, 0);
    for resp in futures_util::future::join_all(posts).await {
        match resp.status() {
            StatusCode::CREATED => created += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                let body: serde_json::Value = resp.json().await.unwrap();
                assert_eq!(body["error"]["code"], "rate_limited");
                limited += 1;
            }
            other => panic!("{other}: {}", resp.text().await.unwrap()),
        }
    }
    assert!(
        created >= 1 && limited >= 1,
        "{created} created, {limited} limited"
    );
    assert_eq!(inst.counts()[0], created);
}

/// Two servers on one database (as behind a load balancer): a form or a proof of work spent on
/// one is refused by the other (`spent_tokens`), with the same answers as on one server.
#[tokio::test]
async fn a_form_or_proof_of_work_spent_on_one_server_is_refused_by_another() {
    let inst = Instance::sqlite(&[("POW_BITS", "4")]);
    let other = spawn_app(
        &inst.db_url,
        &inst.keys,
        &[("POW_BITS", "4"), ("FORM_MIN_AGE_SECS", "0")],
    );
    let token = csrf_in(&page(&inst, "/report").await);
    let (status, html) = post_report(&inst, Some(&token), &good_fields(), &[]).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let mut form = Form::new().text("csrf", token.clone());
    for (k, v) in good_fields() {
        form = form.text(k, v);
    }
    let resp = client()
        .post(format!("{}/report?lang=en", other.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("This form has already been sent"));

    let pow = crate::intake_api::fresh_pow(&inst).await;
    let resp = post_api_at(
        &inst.srv.base,
        &token,
        &pow,
        &api_submission(&inst, "first"),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::CREATED);
    let resp = post_api_at(&other.base, &token, &pow, &api_submission(&inst, "second")).await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert_eq!(inst.counts()[0], 2);
}

/// Sends the head of a `POST` promising `len` bytes, then the body at `bytes_per_sec`, and
/// returns how long until the server answered or closed the connection (`None`: still open
/// after `wait`), with what it answered.
fn trickle(
    base: &str,
    path: &str,
    bytes_per_sec: u32,
    wait: Duration,
) -> Option<(Duration, String)> {
    use std::io::{Read, Write};
    let addr = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: multipart/form-data; \
         boundary=XYZ\r\nContent-Length: 100000\r\n\r\n--XYZ\r\n"
    );
    stream.write_all(head.as_bytes()).unwrap();
    let started = Instant::now();
    let mut writer = stream.try_clone().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = stop.clone();
    let feeder = std::thread::spawn(move || {
        let pause = Duration::from_secs_f64(1.0 / f64::from(bytes_per_sec));
        while !stopping.load(Ordering::Relaxed) {
            if writer.write_all(b"x").is_err() {
                return;
            }
            std::thread::sleep(pause);
        }
    });
    stream.set_read_timeout(Some(wait)).unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let outcome = match stream.read(&mut buf) {
        Ok(n) => {
            answer.extend_from_slice(&buf[..n]);
            Some((
                started.elapsed(),
                String::from_utf8_lossy(&answer).into_owned(),
            ))
        }
        // Reset by the server: cut off too.
        Err(e)
            if e.kind() != std::io::ErrorKind::WouldBlock
                && e.kind() != std::io::ErrorKind::TimedOut =>
        {
            Some((started.elapsed(), String::new()))
        }
        Err(_) => None,
    };
    stop.store(true, Ordering::Relaxed);
    let _ = stream.shutdown(std::net::Shutdown::Both);
    let _ = feeder.join();
    outcome
}

#[tokio::test]
async fn slow_bodies_are_cut_off() {
    let inst = Instance::sqlite(&[
        ("BODY_MIN_BYTES_PER_SEC", "100"),
        ("BODY_TIMEOUT_SECS", "8"),
    ]);
    let base = inst.srv.base.clone();
    // One byte a second, far under the minimum rate: cut off once the 5 s grace is over.
    for path in ["/report", "/api/v1/reports"] {
        let (b, p) = (base.clone(), path.to_string());
        let cut = tokio::task::spawn_blocking(move || trickle(&b, &p, 1, Duration::from_secs(20)))
            .await
            .unwrap();
        let (after, answer) = cut.unwrap_or_else(|| panic!("{path}: a 1 byte/s body still open"));
        assert!(
            after >= Duration::from_secs(4) && after < Duration::from_secs(12),
            "{path}: cut off after {after:?}"
        );
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 4"),
            "{path}: {answer}"
        );
    }
    // Fast enough for the rate, but not done by the deadline: cut off at the deadline.
    let cut = tokio::task::spawn_blocking(move || {
        trickle(&base, "/report", 200, Duration::from_secs(20))
    })
    .await
    .unwrap();
    let (after, _) = cut.expect("a body past its deadline still open");
    assert!(
        after >= Duration::from_secs(7) && after < Duration::from_secs(14),
        "cut off after {after:?}"
    );
    assert_eq!(inst.counts(), [0; 5]);
}
