//! The portal's API tokens and data API over HTTP: a token created on the portal's page and
//! shown once, the data API with it, revocation, and the OpenAPI document (the series API's
//! checks are in `portal_series.rs`, called from here on the same two releases).

use reqwest::header::AUTHORIZATION;
use reqwest::StatusCode;

use crate::console::get_with;
use crate::helpers::between;
use crate::instance::*;
use crate::intake::{client, csrf_in};
use crate::portal::{member_enrolled, member_login, two_releases};

pub(crate) fn with_token(req: reqwest::RequestBuilder, token: &str) -> reqwest::RequestBuilder {
    req.header(AUTHORIZATION, format!("Bearer {token}"))
}

pub(crate) async fn api(
    inst: &Instance,
    path: &str,
    auth: Option<&str>,
) -> (StatusCode, serde_json::Value) {
    let mut req = client().get(inst.url(path));
    if let Some(a) = auth {
        req = req.header(AUTHORIZATION, a);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    (status, resp.json().await.unwrap_or(serde_json::Value::Null))
}

/// Creates a token on the portal's page; returns it as shown once.
pub(crate) async fn create_token(inst: &Instance, cookie: &str, name: &str) -> String {
    let html = get_with(inst, "/portal/tokens?lang=en", cookie)
        .await
        .text()
        .await
        .unwrap();
    let resp = client()
        .post(inst.url("/portal/tokens?lang=en"))
        .header(reqwest::header::COOKIE, cookie)
        .form(&[("csrf", csrf_in(&html).as_str()), ("name", name)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let html = resp.text().await.unwrap();
    between(&html, "id=\"new-token\" class=\"fingerprint token\">", "<").to_string()
}

/// Posts the revoke form of token `id` with `cookie`'s session; returns the status.
pub(crate) async fn revoke(inst: &Instance, id: i64, cookie: &str) -> StatusCode {
    let html = get_with(inst, "/portal/tokens?lang=en", cookie)
        .await
        .text()
        .await
        .unwrap();
    client()
        .post(inst.url(&format!("/portal/tokens/{id}/revoke?lang=en")))
        .header(reqwest::header::COOKIE, cookie)
        .form(&[("csrf", csrf_in(&html))])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn api_tokens_and_openapi() {
    let inst = Instance::sqlite_process(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let (id, dir) = two_releases(&inst, &tmp.path().join("out"));
    let mut dk = member_enrolled(&inst, "DK", "dk-api").await;
    let cookie = member_login(&inst, &mut dk).await;
    let token = create_token(&inst, &cookie, "nightly import").await;
    assert!(
        token.starts_with("tsr_api_") && token.len() == 51,
        "{token}"
    );
    // Listed by name, never shown again; stored only as a hash.
    let listing = get_with(&inst, "/portal/tokens?lang=en", &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(listing.contains("nightly import") && !listing.contains(&token));
    {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let stored =
            storage::accounts::find_api_token_by_hash(&mut conn, &server::auth::token_hash(&token))
                .unwrap()
                .unwrap();
        assert_eq!(stored.name, "nightly import");
    }
    let bearer = format!("Bearer {token}");

    // Refusals: 401 with the stable JSON error shape.
    let session_token = cookie.trim_start_matches("__Host-session=").to_string();
    let refusals = [
        None,
        Some("Bearer".to_string()),
        Some("Bearer not-a-token".to_string()),
        Some(format!("Basic {token}")),
        Some(format!("Bearer {session_token}")),
        Some(format!("Bearer tsr_api_{session_token}")),
        Some(format!("Bearer {}x", token)),
    ];
    for auth in &refusals {
        let (status, json) = api(&inst, "/api/v1/releases", auth.as_deref()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{auth:?}");
        assert_eq!(json["error"]["code"], "unauthorized", "{auth:?}: {json}");
        assert!(json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("API token"));
    }
    let resp = client()
        .get(inst.url("/api/v1/releases"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["www-authenticate"], "Bearer realm=\"api\"");
    // A session cookie is not an API credential.
    let resp = get_with(&inst, "/api/v1/releases", &cookie).await;
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);

    // A valid token: the list, one release, a table as CSV (the --out bytes) and as JSON.
    let (status, list) = api(&inst, "/api/v1/releases", Some(&bearer)).await;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["period"], "2026Q2");
    let (status, rel) = api(&inst, &format!("/api/v1/releases/{id}"), Some(&bearer)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        rel["checksums"],
        std::fs::read_to_string(dir.join("SHA256SUMS"))
            .unwrap()
            .as_str()
    );
    assert_eq!(rel["methodology"]["k"], 1);
    let tables = rel["tables"].as_array().unwrap();
    assert!(tables.len() >= 12);
    let csv = with_token(
        client().get(inst.url(&format!("/api/v1/releases/{id}/tables/count_sector.csv"))),
        &token,
    )
    .send()
    .await
    .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(csv.bytes().await.unwrap() == std::fs::read(dir.join("count_sector.csv")).unwrap());
    let (status, table) = api(
        &inst,
        &format!("/api/v1/releases/{id}/tables/count_member_state.json"),
        Some(&bearer),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(table["dimensions"], serde_json::json!(["member_state"]));
    let cells = table["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 27);
    assert!(cells.iter().any(|c| c["key"]["member_state"] == "DK"));
    crate::portal_series::check(&inst, &token, &id, cells, &list[1]["period"]).await;
    for path in [
        "/api/v1/series/no_such_table.json".to_string(),
        "/api/v1/series/no_such_table.csv".to_string(),
        "/api/v1/releases/2026Q2-none".to_string(),
        format!("/api/v1/releases/{id}/tables/no_such_table.json"),
        format!("/api/v1/releases/{id}/tables/no_such_table.csv"),
    ] {
        let (status, json) = api(&inst, &path, Some(&bearer)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(json["error"]["code"], "not_found", "{path}");
    }
    let listing = get_with(&inst, "/portal/tokens?lang=en", &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !listing.contains("<td>–</td>"),
        "the day of use is recorded"
    );

    // Another user cannot revoke this token; its owner can, and then it is refused.
    let mut de = member_enrolled(&inst, "DE", "de-bsi").await;
    let de_cookie = member_login(&inst, &mut de).await;
    let token_id = {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        storage::accounts::find_api_token_by_hash(&mut conn, &server::auth::token_hash(&token))
            .unwrap()
            .unwrap()
            .id
    };
    assert_eq!(
        revoke(&inst, token_id, &de_cookie).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        api(&inst, "/api/v1/releases", Some(&bearer)).await.0,
        StatusCode::OK
    );
    assert_eq!(
        revoke(&inst, token_id, &cookie).await,
        StatusCode::SEE_OTHER
    );
    let (status, json) = api(&inst, "/api/v1/releases", Some(&bearer)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(json["error"]["code"], "unauthorized");
    let listing = get_with(&inst, "/portal/tokens?lang=en", &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(listing.contains("Revoked on"));
    assert!(!inst.log().contains(&token), "the token is never logged");

    // The OpenAPI document: parses, is OpenAPI 3, and lists every route of the API with its
    // bearer requirement; every listed data route exists (401 without a token).
    let (status, doc) = api(&inst, "/api/v1/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let mut paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/api/v1/openapi.json",
            "/api/v1/releases",
            "/api/v1/releases/{id}",
            "/api/v1/releases/{id}/tables/{table}.csv",
            "/api/v1/releases/{id}/tables/{table}.json",
            "/api/v1/series/{table}.csv",
            "/api/v1/series/{table}.json",
        ]
    );
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for p in &paths[1..] {
        assert!(doc["paths"][p]["get"]["security"].is_array(), "{p}");
        assert!(
            doc["paths"][p]["get"]["responses"]["401"].is_object(),
            "{p}"
        );
        let concrete = p.replace("{id}", &id).replace("{table}", "count_total");
        let (status, _) = api(&inst, &concrete, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{concrete}");
        let (status, _) = api(
            &inst,
            &concrete,
            Some(&format!(
                "Bearer {}",
                create_token(&inst, &cookie, "probe").await
            )),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{concrete}");
    }
}
