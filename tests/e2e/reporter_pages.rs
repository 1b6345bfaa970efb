//! Every reporter route: security headers, no cookie, nothing from another origin, and every
//! page complete in every language.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::*;

fn assert_security_headers(what: &str, h: &HeaderMap) {
    let csp = h
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP"))
        .to_str()
        .unwrap();
    for d in [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(d), "{what}: CSP lacks {d}");
    }
    assert!(!csp.contains("unsafe-inline"), "{what}: inline allowed");
    assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
    assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{what}");
    assert_eq!(h["cross-origin-resource-policy"], "same-origin", "{what}");
    assert!(h.get("set-cookie").is_none(), "{what}: sets a cookie");
}

const PAGES: &[&str] = &["/", "/report", "/followup", "/privacy"];

#[tokio::test]
async fn every_reporter_route_sends_the_security_headers_and_no_cookie() {
    let inst = Instance::sqlite(&[]);
    let c = client();
    for path in PAGES {
        let resp = c.get(inst.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        assert_security_headers(path, resp.headers());
        assert_eq!(resp.headers()["cache-control"], "no-store", "{path}");
        let html = resp.text().await.unwrap();
        // Nothing is loaded from another origin.
        for attr in [
            "src=\"http",
            "href=\"http",
            "src=\"//",
            "href=\"//",
            "action=\"http",
        ] {
            assert!(!html.contains(attr), "{path}: {attr}");
        }
        // Every form carries a CSRF token; the only GET form is the language switch.
        assert_eq!(
            html.matches("method=\"post\"").count(),
            html.matches("name=\"csrf\"").count(),
            "{path}"
        );
    }
    for path in [
        "/keyring.json",
        "/keyring.sig",
        "/static/css/site.css",
        "/does-not-exist",
    ] {
        let resp = c.get(inst.url(path)).send().await.unwrap();
        assert_security_headers(path, resp.headers());
    }
    let resp = c.get(inst.url("/does-not-exist")).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("This page does not exist"));
    for (path, multipart) in [
        ("/report", true),
        ("/followup", false),
        ("/receipt.txt", false),
        ("/followup/reply", true),
        ("/api/v1/reports", true),
    ] {
        let req = c.post(inst.url(path));
        let resp = if multipart {
            req.multipart(reqwest::multipart::Form::new().text("x", "y"))
                .send()
                .await
                .unwrap()
        } else {
            req.form(&[("x", "y")]).send().await.unwrap()
        };
        assert_eq!(
            resp.status(),
            StatusCode::BAD_REQUEST,
            "POST {path} without CSRF"
        );
        assert_security_headers(path, resp.headers());
    }
}

fn assert_complete(html: &str, what: &str, lang: &str) {
    assert!(
        html.contains(&format!("<html lang=\"{lang}\"")),
        "{what} in {lang}: lang attribute"
    );
    assert!(
        !html.contains('⟦'),
        "{what} in {lang} has an untranslated message"
    );
}

/// Every page a reporter can see — landing, form, form with errors, confirmation, follow-up,
/// conversation, privacy notice, error page — in every language.
#[tokio::test]
async fn every_reporter_page_is_complete_in_every_language() {
    let inst = Instance::sqlite(&[("INTAKE_RATE_PER_SEC", "1000")]);
    let c = client();
    for lang in i18n::Catalog::embedded().languages() {
        let code = lang.code();
        for path in PAGES {
            let html = page(&inst, &format!("{path}?lang={code}")).await;
            assert_complete(&html, path, code);
        }
        let token = csrf_in(&page(&inst, "/report").await);
        let post = |fields: Vec<(&'static str, String)>| {
            let mut form = reqwest::multipart::Form::new().text("csrf", token.clone());
            for (k, v) in fields {
                form = form.text(k, v);
            }
            c.post(inst.url(&format!("/report?lang={code}")))
                .multipart(form)
                .send()
        };
        // The form with an error at several fields.
        let bad = with(
            &without(&good_fields(), "narrative"),
            "incident_month",
            "2026-13",
        );
        let resp = post(bad).await.unwrap();
        assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY, "{code}");
        assert_complete(&resp.text().await.unwrap(), "form with errors", code);
        // The confirmation, then the conversation it leads to.
        let resp = post(good_fields()).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{code}");
        let html = resp.text().await.unwrap();
        assert_complete(&html, "confirmation", code);
        let receipt = receipt_in(&html);
        let token = csrf_in(&page(&inst, "/followup").await);
        let resp = c
            .post(inst.url(&format!("/followup?lang={code}")))
            .form(&[("csrf", token.as_str()), ("receipt", receipt.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{code}");
        assert_complete(&resp.text().await.unwrap(), "conversation", code);
        let resp = c
            .get(inst.url(&format!("/does-not-exist?lang={code}")))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{code}");
        assert_complete(&resp.text().await.unwrap(), "error page", code);
    }
    // Accept-Language picks the language when there is no explicit choice: the first
    // supported one by preference (Russian is not an EU language).
    let resp = client()
        .get(inst.url("/report"))
        .header("accept-language", "ru;q=0.9, da;q=0.8, fr;q=0.7")
        .send()
        .await
        .unwrap();
    assert!(resp.text().await.unwrap().contains("<html lang=\"da\""));
}
