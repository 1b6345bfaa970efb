//! The data API's time series (`/api/v1/series/{table}.json` and `.csv`), checked against the
//! releases' own tables (called from `portal_api::api_tokens_and_openapi`, which makes the two
//! releases and the token).

use reqwest::StatusCode;

use crate::instance::Instance;
use crate::intake::client;
use crate::portal_api::{api, with_token};

/// `cells`: `count_member_state` of the newer release `id` (2026Q2) as the table API gives it;
/// `older_period`: the other release's quarter.
pub(crate) async fn check(
    inst: &Instance,
    token: &str,
    id: &str,
    cells: &[serde_json::Value],
    older_period: &serde_json::Value,
) {
    // A table across quarters: every member state in each quarter, oldest quarter first, with
    // the values and intervals of that quarter's release.
    let (status, series) = api(
        inst,
        "/api/v1/series/count_member_state.json",
        Some(&format!("Bearer {token}")),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(series["dimensions"], serde_json::json!(["member_state"]));
    let points = series["points"].as_array().unwrap();
    assert_eq!(points.len(), 2 * 27);
    assert_eq!(&points[0]["period"], older_period);
    assert_eq!(points[27]["period"], "2026Q2");
    let dk = cells
        .iter()
        .find(|c| c["key"]["member_state"] == "DK")
        .unwrap();
    let dk_point = points
        .iter()
        .find(|p| p["period"] == "2026Q2" && p["key"]["member_state"] == "DK")
        .unwrap();
    assert_eq!(dk_point["release"], id);
    assert_eq!(dk_point["value"], dk["value"]);
    assert_eq!(dk_point["ci_high"], dk["ci_high"]);
    let csv = with_token(
        client().get(inst.url("/api/v1/series/count_member_state.csv")),
        token,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    let csv = csv.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("period,release,member_state,value,ci_low,ci_high")
    );
    assert_eq!(lines.count(), 2 * 27);
    assert!(csv.contains(&format!("2026Q2,{id},DK,{},", dk["value"])));
}
