//! Cross-site requests cannot change anything in the console or the portal: a login form
//! posted by another site (login CSRF) is refused before the credentials are checked, with
//! `Sec-Fetch-Site`, with a foreign `Origin`, and without the browser's login cookie (an old
//! browser, whose `SameSite=Strict` cookie stays home); signed-in POSTs from another site are
//! refused and change nothing. The same requests from this site work (and the other tests,
//! which send neither header, keep working).

use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::StatusCode;

use crate::console::{enrolled, get_with, login, login_form, PASSWORD};
use crate::console_cases::{inbox_html, report, two_reports};
use crate::instance::*;
use crate::intake::{client, csrf_in};
use crate::portal::{member_enrolled, member_login};

const EVIL: &str = "https://evil.example";

/// Posts a realm's login form with the right credentials from a page of this server, with
/// `headers` added (what the browser says of where the post comes from).
async fn login_post(
    inst: &Instance,
    realm: &str,
    rev: &mut crate::console::Rev,
    cookie: Option<&str>,
    csrf: &str,
    headers: &[(&str, String)],
) -> reqwest::Response {
    let code = rev.fresh_code();
    let mut req = client()
        .post(inst.url(&format!("/{realm}/login?lang=en")))
        .form(&[
            ("csrf", csrf),
            ("name", rev.name.as_str()),
            ("password", PASSWORD),
            ("code", code.as_str()),
        ]);
    if let Some(c) = cookie {
        req = req.header(COOKIE, c);
    }
    for (k, v) in headers {
        req = req.header(*k, v);
    }
    req.send().await.unwrap()
}

fn opened_session(resp: &reqwest::Response) -> bool {
    resp.headers()
        .get_all(SET_COOKIE)
        .iter()
        .any(|v| v.to_str().unwrap().starts_with("__Host-session=") && !v.is_empty())
}

/// `rev` and `second` are two accounts of the realm: each successful sign-in uses up a TOTP
/// step, and a second account spares the test waiting 30 s for the next one.
async fn refuses_cross_site_login(
    inst: &Instance,
    realm: &str,
    rev: &mut crate::console::Rev,
    second: &mut crate::console::Rev,
) {
    let path = format!("/{realm}/login");
    let own = inst.url("");
    let own = own.trim_end_matches('/');
    let cross: [&[(&str, String)]; 4] = [
        &[("Sec-Fetch-Site", "cross-site".into())],
        &[("Sec-Fetch-Site", "same-site".into())],
        &[("Origin", EVIL.into())],
        &[
            ("Sec-Fetch-Site", "cross-site".into()),
            ("Origin", "null".into()),
        ],
    ];
    for headers in cross {
        let (cookie, csrf) = login_form(inst, &path).await;
        let resp = login_post(inst, realm, rev, Some(&cookie), &csrf, headers).await;
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{realm} {headers:?}");
        assert!(!opened_session(&resp));
        let page = resp.text().await.unwrap();
        assert!(page.contains("sent from another website"), "{page}");
        // Refused before the code was looked at: it is still unused.
        rev.last_step -= 1;
    }
    // An old browser posting from another site sends neither header, but its
    // `SameSite=Strict` login cookie stays home: the token alone is not enough, nor is a
    // token bound to another browser's cookie.
    let (_, csrf) = login_form(inst, &path).await;
    let (other_cookie, _) = login_form(inst, &path).await;
    for cookie in [None, Some(other_cookie.as_str())] {
        let resp = login_post(inst, realm, rev, cookie, &csrf, &[]).await;
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{realm} {cookie:?}");
        assert!(!opened_session(&resp));
        rev.last_step -= 1;
    }
    // From this site (what a current browser sends on its own form): signed in.
    let (cookie, csrf) = login_form(inst, &path).await;
    let same = [
        ("Sec-Fetch-Site", "same-origin".to_string()),
        ("Origin", own.to_string()),
    ];
    let resp = login_post(inst, realm, rev, Some(&cookie), &csrf, &same).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER, "{realm}");
    assert!(opened_session(&resp));
    // Same-origin with `Origin: null` (the referrer policy of this site hides it) works too.
    let (cookie, csrf) = login_form(inst, &path).await;
    let null = [
        ("Sec-Fetch-Site", "same-origin".to_string()),
        ("Origin", "null".to_string()),
    ];
    let resp = login_post(inst, realm, second, Some(&cookie), &csrf, &null).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER, "{realm}");
}

#[tokio::test]
async fn cross_site_logins_are_refused_in_console_and_portal() {
    let inst = Instance::sqlite(&[]);
    let mut rev = enrolled(&inst, "EUIPO", "xs-ana").await;
    let mut rev2 = enrolled(&inst, "EUIPO", "xs-bo").await;
    refuses_cross_site_login(&inst, "console", &mut rev, &mut rev2).await;
    let mut member = member_enrolled(&inst, "DK", "xs-dk").await;
    let mut member2 = member_enrolled(&inst, "DK", "xs-dk2").await;
    refuses_cross_site_login(&inst, "portal", &mut member, &mut member2).await;
    // Enrolment forms are covered by the same check.
    let resp = client()
        .post(inst.url("/portal/enrol/some-link"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn cross_site_console_and_portal_posts_change_nothing() {
    let inst = Instance::sqlite(&[]);
    let (euipo_only, _, _) = two_reports(&inst).await;
    let mut rev = enrolled(&inst, "EUIPO", "xs-ida").await;
    let cookie = login(&inst, &mut rev).await;
    let csrf = csrf_in(&inbox_html(&inst, &cookie, "en").await);
    let status = format!("/console/reports/{euipo_only}/status?lang=en");
    let post = |path: &str, form: Vec<(&'static str, String)>, site: Option<&str>| {
        let mut req = client()
            .post(inst.url(path))
            .header(COOKIE, &cookie)
            .form(&form);
        if let Some(s) = site {
            req = req.header("Sec-Fetch-Site", s);
        }
        req
    };
    let ack = || {
        vec![
            ("csrf", csrf.clone()),
            ("status", "acknowledged".to_string()),
        ]
    };
    for site in ["cross-site", "same-site"] {
        let resp = post(&status, ack(), Some(site)).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{site}");
        let resp = post("/console/logout", vec![("csrf", csrf.clone())], Some(site))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{site}");
    }
    let resp = post(&status, ack(), None)
        .header("Origin", EVIL)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    assert_eq!(report(&inst, &euipo_only).status, storage::Status::New);
    // The session survived the refused sign-outs; from this site the change is made.
    let resp = get_with(&inst, "/console/", &cookie).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let resp = post(&status, ack(), Some("same-origin"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        report(&inst, &euipo_only).status,
        storage::Status::Acknowledged
    );

    // The portal: no API token made from another site.
    let mut member = member_enrolled(&inst, "DK", "xs-dk").await;
    let cm = member_login(&inst, &mut member).await;
    let tokens = get_with(&inst, "/portal/tokens?lang=en", &cm).await;
    let csrf_m = csrf_in(&tokens.text().await.unwrap());
    let resp = client()
        .post(inst.url("/portal/tokens?lang=en"))
        .header(COOKIE, &cm)
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[("csrf", csrf_m.as_str()), ("name", "stolen")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let page = get_with(&inst, "/portal/tokens?lang=en", &cm)
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("stolen"), "{page}");
}
