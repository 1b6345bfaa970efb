//! `/metrics`: off without `METRICS_TOKEN`, the token required when on; requests counted by
//! route pattern and status, reports per day and per status; no id, receipt or address.

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::*;
use crate::resilience::Load;

const TOKEN: &str = "metrics-test-token-0123456789";

async fn scrape(inst: &Instance, auth: Option<&str>) -> (StatusCode, String, String) {
    let mut req = client().get(inst.url("/metrics"));
    if let Some(a) = auth {
        req = req.header("Authorization", a);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    let ctype = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, ctype, resp.text().await.unwrap())
}

#[tokio::test]
async fn metrics_need_the_token_and_name_no_report() {
    let off = Instance::sqlite(&[]);
    let (status, _, _) = scrape(&off, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "off without METRICS_TOKEN");
    drop(off);

    let inst = Instance::sqlite(&[("METRICS_TOKEN", TOKEN)]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let (status, _) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK);
    let _ = client()
        .get(inst.url("/no/such/page"))
        .send()
        .await
        .unwrap();
    for auth in [None, Some("Bearer wrong"), Some(TOKEN), Some("Basic abc")] {
        let (status, _, _) = scrape(&inst, auth).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{auth:?}");
    }
    let (status, ctype, body) = scrape(&inst, Some(&format!("Bearer {TOKEN}"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(ctype.starts_with("text/plain; version=0.0.4"), "{ctype}");
    assert!(
        body.contains(r#"http_requests_total{method="POST",route="/report",status="200"} 1"#),
        "{body}"
    );
    assert!(
        body.contains(r#"http_requests_total{method="GET",route="unmatched",status="404"}"#),
        "{body}"
    );
    let today = storage::Day::today();
    assert!(
        body.contains(&format!("reports_received{{day=\"{today}\"}} 1")),
        "{body}"
    );
    assert!(
        body.contains(r#"reports_by_status{status="new"} 1"#),
        "{body}"
    );
    assert!(!body.contains("/metrics"), "scrapes are not counted");
    // Nothing that identifies a report or a reporter.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let r = envelope::Receipt::parse(&receipt).unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &r.lookup_hash().unwrap())
        .unwrap()
        .unwrap();
    assert!(!body.contains(&report.id));
    assert!(!body.contains(&receipt));
    assert!(!body.contains("127.0.0.1"));
    assert!(!body.contains("no/such/page"));
}

/// A series' value in a scrape (`None` when the series is absent).
fn gauge(body: &str, series: &str) -> Option<i64> {
    body.lines().find_map(|l| {
        l.strip_prefix(series)?
            .strip_prefix(' ')?
            .trim()
            .parse()
            .ok()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_depths_are_exposed_and_move_under_load() {
    let inst = Instance::sqlite(&[("METRICS_TOKEN", TOKEN), ("FORM_RATE_PER_SEC", "1000000")]);
    let auth = format!("Bearer {TOKEN}");
    let in_flight = r#"http_requests_in_flight{method="POST",route="/report"}"#;
    let in_use = r#"db_pool_connections{state="in_use"}"#;
    let (_, _, quiet) = scrape(&inst, Some(&auth)).await;
    for series in [
        in_use,
        "db_pool_waiting",
        "db_write_waiting",
        "intake_commit_queue",
    ] {
        assert_eq!(gauge(&quiet, series), Some(0), "{series}: {quiet}");
    }
    assert!(gauge(&quiet, r#"db_pool_connections{state="idle"}"#).is_some());
    assert_eq!(gauge(&quiet, "db_pool_max_connections"), Some(10));
    assert_eq!(gauge(&quiet, "database_up"), Some(1));
    assert!(quiet.contains("# TYPE http_requests_in_flight gauge"));

    // 32 clients submitting: the sealing requests and the database queues fill up.
    let load = Load::new("metrics".into(), inst.srv.base.clone(), usize::MAX);
    let tasks = load.spawn(32);
    let (mut max_in_flight, mut max_db, mut max_seal) = (0, 0, 0);
    let sealing = |body: &str| -> i64 {
        ["queued", "running"]
            .iter()
            .map(|st| {
                gauge(
                    body,
                    &format!(r#"blocking_tasks{{kind="seal",state="{st}"}}"#),
                )
                .unwrap_or(0)
            })
            .sum()
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while (max_in_flight < 8 || max_db < 1 || max_seal < 1) && Instant::now() < deadline {
        let (_, _, body) = scrape(&inst, Some(&auth)).await;
        max_in_flight = max_in_flight.max(gauge(&body, in_flight).unwrap_or(0));
        let db = [
            in_use,
            "db_pool_waiting",
            "db_write_waiting",
            "intake_commit_queue",
        ]
        .iter()
        .map(|s| gauge(&body, s).unwrap())
        .sum();
        max_db = max_db.max(db);
        max_seal = max_seal.max(sealing(&body));
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    load.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    assert!(load.receipts() > 0);
    assert!(
        max_in_flight >= 8,
        "POST /report in flight peaked at {max_in_flight}"
    );
    assert!(max_db >= 1, "the database queues never moved");
    assert!(max_seal >= 1, "no sealing ever showed on the blocking pool");

    // Once the load is over, every queue drains; a health check shows on the blocking pool.
    // Work that outlives its response (discarding a refused upload's staged chunks) may hold a
    // connection for a moment: wait, boundedly, for the queues to drain.
    let _ = client().get(inst.url("/healthz")).send().await.unwrap();
    let drained = |body: &str| {
        [
            in_flight,
            in_use,
            "db_pool_waiting",
            "db_write_waiting",
            "intake_commit_queue",
        ]
        .iter()
        .all(|s| gauge(body, s) == Some(0))
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut after = scrape(&inst, Some(&auth)).await.2;
    while !drained(&after) && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
        after = scrape(&inst, Some(&auth)).await.2;
    }
    assert_eq!(gauge(&after, in_flight), Some(0), "{after}");
    for series in [
        in_use,
        "db_pool_waiting",
        "db_write_waiting",
        "intake_commit_queue",
    ] {
        assert_eq!(gauge(&after, series), Some(0), "{series}: {after}");
    }
    assert!(gauge(&after, r#"db_pool_connections{state="idle"}"#).unwrap() >= 1);
    for kind in ["health", "seal"] {
        for state in ["queued", "running"] {
            let series = format!(r#"blocking_tasks{{kind="{kind}",state="{state}"}}"#);
            assert_eq!(gauge(&after, &series), Some(0), "{series}: {after}");
        }
    }
    let receipts = load.receipts.lock().unwrap().clone();
    for receipt in receipts.values().take(20) {
        assert!(!after.contains(receipt.as_str()));
    }
}
