//! The intake OpenAPI document (`/api/v1/intake/openapi.json`) lists exactly the intake's JSON
//! routes (`server::intake::JSON_ROUTES`) with their methods, every one of them is routed by
//! the app (asked with its method it never gets the fallback's 404/405), every intake route
//! under `/api/` (`API_ROUTES`, the fallback's table) is in it, and it references FORMAT.md.

use std::collections::BTreeSet;

use reqwest::{Method, StatusCode};
use server::api::fallback::API_ROUTES;
use server::intake::JSON_ROUTES;

use crate::instance::*;
use crate::intake::client;

#[tokio::test]
async fn intake_openapi_lists_every_intake_route() {
    let inst = Instance::sqlite(&[]);
    let resp = client()
        .get(inst.url("/api/v1/intake/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let doc: serde_json::Value = resp.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["info"]["description"]
        .as_str()
        .unwrap()
        .contains("keys/FORMAT.md"));

    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| (path.clone(), m.to_ascii_uppercase()))
        })
        .collect();
    let listed: BTreeSet<(String, String)> = JSON_ROUTES
        .iter()
        .map(|(p, m)| (p.to_string(), m.to_string()))
        .collect();
    assert_eq!(documented, listed);

    // The intake's routes under /api/ (all but the data API's) are all documented.
    for (path, method) in API_ROUTES {
        let data_api = path.starts_with("/api/v1/releases")
            || path.starts_with("/api/v1/series")
            || *path == "/api/v1/openapi.json";
        if !data_api {
            assert!(
                listed.contains(&(path.to_string(), method.to_string())),
                "{method} {path} is not in the intake OpenAPI document"
            );
        }
    }

    // Each listed route is one the app registers with that method: never the fallback's
    // 404 or 405 (an empty POST gets the handler's own refusal).
    for (path, method) in JSON_ROUTES {
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let resp = client()
            .request(method.clone(), inst.url(path))
            .send()
            .await
            .unwrap();
        assert!(
            ![StatusCode::NOT_FOUND, StatusCode::METHOD_NOT_ALLOWED].contains(&resp.status()),
            "{method} {path}: {}",
            resp.status()
        );
    }
}
