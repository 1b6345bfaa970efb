//! Under `/api/`, a path no route takes answers JSON 404 and a known path asked with another
//! method JSON 405 with `Allow` (elsewhere the HTML 404 page stays); every request's header
//! fields are bounded (`web::limits::MAX_HEADER_BYTES`): a 100 KB header gets 431.

use reqwest::header::{ALLOW, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use server::api::fallback::API_ROUTES;

use crate::instance::*;
use crate::intake::client;

async fn json_error(resp: reqwest::Response, status: StatusCode, code: &str) {
    assert_eq!(resp.status(), status);
    let ct = resp.headers()[CONTENT_TYPE].to_str().unwrap().to_string();
    assert!(ct.starts_with("application/json"), "{ct}");
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(body["error"]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
}

#[tokio::test]
async fn api_unknown_routes_and_methods_answer_json() {
    let inst = Instance::sqlite(&[]);
    for path in [
        "/api/v1/nothing",
        "/api/v2/releases",
        "/api/v1/releases/a/b/c",
    ] {
        let resp = client().get(inst.url(path)).send().await.unwrap();
        json_error(resp, StatusCode::NOT_FOUND, "not_found").await;
    }
    // The table cannot drift from the data API: every path of the OpenAPI document is in it.
    let doc: serde_json::Value = client()
        .get(inst.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = doc["paths"].as_object().expect("paths");
    assert!(!paths.is_empty());
    for path in paths.keys() {
        assert!(
            API_ROUTES.iter().any(|(p, _)| p == path),
            "{path} is missing from API_ROUTES"
        );
    }
    // Every route under /api/: its own method is routed (never the fallback), any other one
    // gets 405 with the route's methods in `Allow`.
    for (pattern, method) in API_ROUTES {
        let path = pattern
            .replace("{id}", "2026Q1-none")
            .replace("{table}", "count_total");
        let own = Method::from_bytes(method.as_bytes()).unwrap();
        let resp = client()
            .request(own.clone(), inst.url(&path))
            .send()
            .await
            .unwrap();
        assert!(
            ![StatusCode::METHOD_NOT_ALLOWED].contains(&resp.status()),
            "{own} {path}: {}",
            resp.status()
        );
        if resp.status() == StatusCode::NOT_FOUND {
            // A release that does not exist: the handler's JSON, not the fallback's.
            let body: serde_json::Value = resp.json().await.unwrap();
            assert_eq!(body["error"]["code"], "not_found", "{path}");
        }
        for other in [Method::GET, Method::POST, Method::PUT, Method::DELETE] {
            if other == own {
                continue;
            }
            let resp = client()
                .request(other.clone(), inst.url(&path))
                .send()
                .await
                .unwrap();
            assert_eq!(resp.headers()[ALLOW], *method, "{other} {path}");
            json_error(resp, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed").await;
        }
    }
    // Outside /api/ the translated HTML page stays.
    let resp = client()
        .get(inst.url("/nothing?lang=en"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let ct = resp.headers()[CONTENT_TYPE].to_str().unwrap().to_string();
    assert!(ct.starts_with("text/html"), "{ct}");
}

#[tokio::test]
async fn oversized_request_headers_get_431() {
    let inst = Instance::sqlite(&[]);
    let big = "x".repeat(100 * 1024);
    let resp = client()
        .get(inst.url("/?lang=en"))
        .header("X-Padding", &big)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert!(resp.text().await.unwrap().contains("too much header data"));
    // Many small fields add up the same way.
    let mut req = client().get(inst.url("/api/v1/intake"));
    for i in 0..40 {
        req = req.header(format!("X-Pad-{i}"), "y".repeat(500));
    }
    let resp = req.send().await.unwrap();
    json_error(
        resp,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        "headers_too_large",
    )
    .await;
    // What a browser sends passes.
    let resp = client()
        .get(inst.url("/?lang=en"))
        .header("X-Padding", "z".repeat(8 * 1024))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}
