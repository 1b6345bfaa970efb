//! The indicator rules of the report form are the same in Rust (domain::report::indicators,
//! the no-JavaScript path) and in the browser (static/js/report/indicators.js): every case of
//! tests/data/indicator-cases.json, single values and whole textareas, gets the same answer
//! from both, canonical values or error and line.

use serde_json::{json, Value};

use domain::report::{indicator_list, ErrorCode, IndicatorKind};

fn rust_says(kind: &str, input: &str) -> Value {
    let kind = IndicatorKind::from_key(kind).unwrap();
    match indicator_list(kind, input) {
        Ok(v) => json!({ "ok": v }),
        Err(e) => {
            let args: serde_json::Map<String, Value> = e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            assert!(matches!(
                e,
                ErrorCode::Indicator { .. } | ErrorCode::TooManyIndicators { .. }
            ));
            json!({ "err": e.message_id().trim_start_matches("error-"), "args": args })
        }
    }
}

#[test]
fn browser_and_server_agree_on_every_indicator_case() {
    let root = crate::node::root();
    let data: Value = serde_json::from_slice(
        &std::fs::read(root.join("tests/data/indicator-cases.json")).unwrap(),
    )
    .unwrap();
    let mut cases: Vec<(String, String)> = Vec::new();
    for group in ["values", "lists"] {
        for c in data[group].as_array().unwrap() {
            cases.push((
                c[0].as_str().unwrap().to_string(),
                c[1].as_str().unwrap().to_string(),
            ));
        }
    }
    assert!(cases.len() > 100);
    let Some(out) = crate::node::run(
        "indicators-parity.mjs",
        &[(
            "TSR_INDICATORS_JS",
            root.join("server/static/js/report/indicators.js"),
        )],
        &serde_json::to_vec(&cases).unwrap(),
    ) else {
        return;
    };
    let browser: Vec<Value> = serde_json::from_slice(&out).unwrap();
    assert_eq!(browser.len(), cases.len());
    let mut differences = Vec::new();
    let (mut accepted, mut refused) = (0, 0);
    for ((kind, input), b) in cases.iter().zip(&browser) {
        let r = rust_says(kind, input);
        if r.get("ok").is_some() {
            accepted += 1;
        } else {
            refused += 1;
        }
        if &r != b {
            differences.push(format!("{kind} {input:?}: server {r}, browser {b}"));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
    // The table exercises both sides of every rule.
    assert!(
        accepted > 30 && refused > 30,
        "{accepted} accepted, {refused} refused"
    );
}
