//! The authorization matrix of every portal and data-API route: anonymous, a reporter (no
//! session; the receipt in the query), a forged session, an EUIPO and an EC3 reviewer (console
//! sessions), and a member-state user. Only the member-state session opens portal pages; only
//! a bearer token opens the data API (a session never does).

use reqwest::StatusCode;

use crate::console::{enrolled, login};
use crate::console_matrix::{row, run_rows, Row};
use crate::instance::*;
use crate::intake::{good_fields, submit_ok};
use crate::portal::{member_enrolled, member_login, two_releases};
use crate::portal_api::create_token;

#[tokio::test]
async fn portal_authorization_matrix() {
    use StatusCode as S;
    let inst = Instance::sqlite(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let (id, _) = two_releases(&inst, &tmp.path().join("out"));
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let mut euipo = enrolled(&inst, "EUIPO", "ida").await;
    let mut ec3 = enrolled(&inst, "EC3", "jon").await;
    let ce = login(&inst, &mut euipo).await;
    let cc = login(&inst, &mut ec3).await;
    let mut dk = member_enrolled(&inst, "DK", "dk-matrix").await;
    let cm = member_login(&inst, &mut dk).await;
    let csrf_m = {
        let html = crate::console::get_with(&inst, "/portal/tokens?lang=en", &cm)
            .await
            .text()
            .await
            .unwrap();
        crate::intake::csrf_in(&html)
    };
    let token = create_token(&inst, &cm, "matrix").await;
    let token_id = {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let hash = server::auth::token_hash(&token);
        storage::accounts::find_api_token_by_hash(&mut conn, &hash)
            .unwrap()
            .unwrap()
            .id
    };
    let forged = "__Host-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    let release = format!("/portal/releases/{id}");
    let csv = format!("/portal/releases/{id}/files/count_total.csv");
    let zip = format!("/portal/releases/{id}/files/{id}.zip");
    let revoke = format!("/portal/tokens/{token_id}/revoke");
    let api_paths = [
        "/api/v1/releases".to_string(),
        format!("/api/v1/releases/{id}"),
        format!("/api/v1/releases/{id}/tables/count_sector.csv"),
        format!("/api/v1/releases/{id}/tables/count_sector.json"),
    ];
    let to_login = Some("/portal/login");
    let expired = Some("/portal/login?lang=en&expired");
    let reporter_q = |p: &str| format!("{p}?receipt={receipt}");

    let mut rows: Vec<Row> = Vec::new();
    // Everyone but the member-state user: sent to the login page (sessions of another kind
    // count as expired), the API refuses, the login page and the OpenAPI document answer.
    let others: [(&'static str, Option<&str>, Option<&'static str>); 5] = [
        ("anonymous", None, to_login),
        ("reporter", None, to_login),
        ("forged", Some(forged), expired),
        ("EUIPO", Some(ce.as_str()), expired),
        ("EC3", Some(cc.as_str()), expired),
    ];
    for (who, cookie, loc) in others {
        let path = |p: &str| {
            if who == "reporter" {
                reporter_q(p)
            } else {
                p.to_string()
            }
        };
        for p in ["/portal/", "/portal/tokens", &release, &csv, &zip] {
            rows.push(row(who, cookie, "GET", &path(p), &[], S::SEE_OTHER, loc));
        }
        rows.push(row(
            who,
            cookie,
            "GET",
            "/portal",
            &[],
            S::SEE_OTHER,
            Some("/portal/"),
        ));
        let form = [("csrf", csrf_m.as_str()), ("name", "stolen")];
        rows.push(row(
            who,
            cookie,
            "POST",
            "/portal/tokens",
            &form,
            S::SEE_OTHER,
            loc,
        ));
        rows.push(row(
            who,
            cookie,
            "POST",
            &revoke,
            &form[..1],
            S::SEE_OTHER,
            loc,
        ));
        rows.push(row(
            who,
            cookie,
            "POST",
            "/portal/logout",
            &form[..1],
            S::SEE_OTHER,
            loc,
        ));
        rows.push(row(who, cookie, "GET", "/portal/login", &[], S::OK, None));
        rows.push(row(
            who,
            cookie,
            "POST",
            "/portal/login",
            &[("name", "dk-matrix")],
            S::FORBIDDEN,
            None,
        ));
        rows.push(row(
            who,
            cookie,
            "GET",
            "/portal/enrol/not-a-link",
            &[],
            S::NOT_FOUND,
            None,
        ));
        for p in &api_paths {
            rows.push(row(
                who,
                cookie,
                "GET",
                &path(p),
                &[],
                S::UNAUTHORIZED,
                None,
            ));
        }
        rows.push(row(
            who,
            cookie,
            "GET",
            "/api/v1/openapi.json",
            &[],
            S::OK,
            None,
        ));
    }
    // Security keys (WebAuthn): only the member-state user's session; the key step of a
    // sign-in only with a login form's token bound to the browser.
    for (who, cookie, loc) in others {
        let form = [("csrf", csrf_m.as_str()), ("name", "stolen")];
        rows.push(row(
            who,
            cookie,
            "GET",
            "/portal/security-keys",
            &[],
            S::SEE_OTHER,
            loc,
        ));
        for p in [
            "/portal/security-keys",
            "/portal/security-keys/options",
            "/portal/security-keys/1/remove",
        ] {
            rows.push(row(who, cookie, "POST", p, &form, S::SEE_OTHER, loc));
        }
        rows.push(row(
            who,
            cookie,
            "POST",
            "/portal/login/key",
            &form,
            S::FORBIDDEN,
            None,
        ));
    }
    // The member-state user.
    let m = Some(cm.as_str());
    let who = "member";
    rows.extend([
        row(who, m, "GET", "/portal/security-keys", &[], S::OK, None),
        row(
            who,
            m,
            "POST",
            "/portal/security-keys/options",
            &[("csrf", "wrong")],
            S::FORBIDDEN,
            None,
        ),
        // This instance's BASE_URL is an IP address: no relying party, nothing to start.
        row(
            who,
            m,
            "POST",
            "/portal/security-keys/options",
            &[("csrf", &csrf_m)],
            S::CONFLICT,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/security-keys",
            &[("csrf", &csrf_m), ("name", "key"), ("credential", "")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/security-keys/999999/remove",
            &[("csrf", &csrf_m)],
            S::NOT_FOUND,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/login/key",
            &[("csrf", &csrf_m), ("token", "x"), ("credential", "{}")],
            S::FORBIDDEN,
            None,
        ),
    ]);
    for p in ["/portal/", "/portal/tokens", &release, &csv, &zip] {
        rows.push(row(who, m, "GET", p, &[], S::OK, None));
    }
    rows.extend([
        row(
            who,
            m,
            "GET",
            "/portal/releases/2026Q2-none",
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            who,
            m,
            "GET",
            &format!("{release}/files/other.txt"),
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(who, m, "GET", "/portal/login", &[], S::OK, None),
        row(
            who,
            m,
            "POST",
            "/portal/tokens",
            &[("csrf", "wrong"), ("name", "x")],
            S::FORBIDDEN,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/tokens",
            &[("csrf", &csrf_m), ("name", "")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/tokens",
            &[("csrf", &csrf_m), ("name", "second")],
            S::OK,
            None,
        ),
        row(
            who,
            m,
            "POST",
            &revoke,
            &[("csrf", "wrong")],
            S::FORBIDDEN,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/tokens/999999/revoke",
            &[("csrf", &csrf_m)],
            S::NOT_FOUND,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/tokens/x/revoke",
            &[("csrf", &csrf_m)],
            S::NOT_FOUND,
            None,
        ),
        row(
            who,
            m,
            "POST",
            "/portal/logout",
            &[("csrf", "wrong")],
            S::FORBIDDEN,
            None,
        ),
        // The console does not open for a member-state session.
        row(
            who,
            m,
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            Some("/console/login"),
        ),
    ]);
    for p in &api_paths {
        rows.push(row(who, m, "GET", p, &[], S::UNAUTHORIZED, None));
    }
    rows.extend([
        row(
            who,
            m,
            "POST",
            &revoke,
            &[("csrf", &csrf_m)],
            S::SEE_OTHER,
            Some("/portal/tokens"),
        ),
        row(
            who,
            m,
            "POST",
            "/portal/logout",
            &[("csrf", &csrf_m)],
            S::SEE_OTHER,
            Some("/portal/login?lang=en&out"),
        ),
        // Logged out: the old cookie opens nothing.
        row(who, m, "GET", "/portal/", &[], S::SEE_OTHER, expired),
    ]);
    let failures = run_rows(&inst, &rows).await;
    assert!(
        failures.is_empty(),
        "matrix rows failed:\n{}",
        failures.join("\n")
    );
}
