//! `/metrics`: off without `METRICS_TOKEN`, the token required when on; requests counted by
//! route pattern and status, reports per day and per status; no id, receipt or address.

use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::*;

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
