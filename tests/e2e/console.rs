//! The reviewer console's foundations over HTTP: `tsr-admin reviewer add`, enrolment (password
//! and TOTP computed here from the shown secret), login with the uniform failure message and
//! replay (throttling: `login_throttle.rs`), session cookie and expiry, CSRF on console POSTs,
//! logout everywhere, the per-body inbox, and `tsr-admin audit verify` before and after
//! tampering.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::StatusCode;

use crate::helpers::*;
use crate::instance::*;
use crate::intake::{client, csrf_in, good_fields, submit_ok, with};

pub(crate) const UNIFORM: &str = "Wrong name, password or code.";
pub(crate) const PASSWORD: &str = "a long enough login passphrase";

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// An enrolled reviewer as the test knows it.
pub(crate) struct Rev {
    pub(crate) name: String,
    pub(crate) secret: Vec<u8>,
    pub(crate) last_step: i64,
}

impl Rev {
    /// A code the server has not accepted yet and accepts now (its window is the current step
    /// and the next); waits for the clock when the unused steps are further ahead.
    pub(crate) fn fresh_code(&mut self) -> String {
        loop {
            let now = unix_now();
            let current = now / 30;
            let step = (self.last_step + 1).max(current);
            if step <= current + 1 {
                self.last_step = step;
                return server::auth::totp::code_at(&self.secret, step * 30).unwrap();
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }
}

/// The enrolment page at `path` (a reviewer's or a member-state user's) and the account it
/// enrols, with the TOTP secret read from the page.
pub(crate) async fn enrolment_page(inst: &Instance, path: &str, name: &str) -> (String, Rev) {
    let html = client()
        .get(inst.url(path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let secret_text = between(&html, "id=\"totp-secret\" class=\"fingerprint\">", "<");
    let rev = Rev {
        name: name.to_string(),
        secret: server::auth::totp::secret_from_base32(secret_text).unwrap(),
        last_step: 0,
    };
    (html, rev)
}

fn reviewer_add(inst: &Instance, body: &str, name: &str) -> std::process::Output {
    run(admin()
        .args(["reviewer", "add", "--body", body, "--name", name])
        .env("DATABASE_URL", &inst.db_url)
        .env("BASE_URL", &inst.srv.base))
}

/// `tsr-admin reviewer add`, returning the enrolment path from the printed link.
pub(crate) fn add(inst: &Instance, body: &str, name: &str) -> String {
    let out = reviewer_add(inst, body, name);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let link = stdout
        .lines()
        .find(|l| l.contains("/console/enrol/"))
        .unwrap_or_else(|| panic!("no link in: {stdout}"));
    link.strip_prefix(&inst.srv.base)
        .expect("link uses BASE_URL")
        .trim()
        .to_string()
}

/// What the reviewer's browser would post with the enrolment form: a fresh public key and the
/// private key wrapped under [`UNLOCK`] (made here with the Rust side of the same format).
pub(crate) fn browser_key_pair() -> (String, String) {
    let kp = envelope::KeyPair::generate();
    let wrapped = envelope::WrappedKey::wrap_x25519(
        &kp,
        "test-reviewer",
        UNLOCK.as_bytes(),
        envelope::KdfLimits::MINIMUM,
    )
    .unwrap();
    (kp.public.to_b64(), wrapped.to_json().unwrap())
}

/// The unlock passphrase of the reviewers' keys in these tests.
pub(crate) const UNLOCK: &str = "the separate unlock passphrase";

pub(crate) async fn post_enrol_with(
    inst: &Instance,
    path: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let page = client().get(inst.url(path)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    let csrf = csrf_in(&html);
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    let resp = client()
        .post(inst.url(path))
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    (status, resp.text().await.unwrap())
}

async fn post_enrol(
    inst: &Instance,
    path: &str,
    password: &str,
    confirm: &str,
    code: &str,
) -> (StatusCode, String) {
    let (pk, wrapped) = browser_key_pair();
    post_enrol_with(
        inst,
        path,
        &[
            ("password", password),
            ("password_confirm", confirm),
            ("code", code),
            ("public_key", &pk),
            ("wrapped_key", &wrapped),
        ],
    )
    .await
}

/// Adds and enrols a reviewer, checking the refusals of weak passwords on the way.
pub(crate) async fn enrolled(inst: &Instance, body: &str, name: &str) -> Rev {
    let path = add(inst, body, name);
    let (html, mut rev) = enrolment_page(inst, &path, name).await;
    assert!(html.contains("<svg"), "QR code inline as SVG");
    assert!(!html.contains("src=\"http"), "nothing from another origin");
    assert!(
        html.contains("id=\"enrol-key-pair\""),
        "place for the key pair"
    );
    // Without JavaScript there is no key pair: refused, saying what is needed.
    assert!(html.contains("id=\"enrol-needs-js\""));
    assert!(html.contains("A browser with JavaScript is required for reading reports"));
    let (pk, wrapped) = browser_key_pair();
    let (status, page) = post_enrol_with(
        inst,
        &path,
        &[
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("code", "000000"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("A browser with JavaScript is required for reading reports"),
        "{page}"
    );
    // A wrapped key that is not for the posted public key: refused the same way.
    let (other_pk, _) = browser_key_pair();
    let (status, _) = post_enrol_with(
        inst,
        &path,
        &[
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("code", "000000"),
            ("public_key", &other_pk),
            ("wrapped_key", &wrapped),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(!pk.is_empty());
    let (status, page) = post_enrol(inst, &path, "short", "short", "000000").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("The password is too short"), "{page}");
    let (status, page) = post_enrol(inst, &path, PASSWORD, "another long passphrase", "0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("are not the same"), "{page}");
    let (status, page) = post_enrol(inst, &path, PASSWORD, PASSWORD, "000000x").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(page.contains("The code is not right"), "{page}");
    let code = rev.fresh_code();
    let (pk, wrapped) = browser_key_pair();
    let (status, page) = post_enrol_with(
        inst,
        &path,
        &[
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("code", &code),
            ("public_key", &pk),
            ("wrapped_key", &wrapped),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Your account is ready"), "{page}");
    // The reviewer is shown the key's fingerprint, to read out to the operator.
    let fingerprint = envelope::PublicKey::from_b64(&pk).unwrap().fingerprint();
    assert!(
        page.contains(&format!("fingerprint is {fingerprint}.")),
        "{page}"
    );
    // Single use.
    let again = client().get(inst.url(&path)).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    assert!(again.text().await.unwrap().contains("not valid"));
    rev
}

/// A realm's login page (`/console/login`, `/portal/login`) as a browser gets it: the login
/// cookie it hands out (the `Cookie` header value) and the form's CSRF token bound to it.
pub(crate) async fn login_form(inst: &Instance, path: &str) -> (String, String) {
    let resp = client().get(inst.url(path)).send().await.unwrap();
    let set = resp.headers()[SET_COOKIE].to_str().unwrap().to_string();
    let pair = set.split(';').next().unwrap().to_string();
    assert!(pair.starts_with("__Host-login="), "{set}");
    (pair, csrf_in(&resp.text().await.unwrap()))
}

/// Posts the console's login form from a browser that got the login page first.
pub(crate) async fn post_login(
    inst: &Instance,
    name: &str,
    password: &str,
    code: &str,
) -> reqwest::Response {
    post_login_with(inst, "/console/login", "", name, password, code).await
}

/// Posts a realm's login form with extra cookies (`extra`: `name=value; …` or empty).
pub(crate) async fn post_login_with(
    inst: &Instance,
    path: &str,
    extra: &str,
    name: &str,
    password: &str,
    code: &str,
) -> reqwest::Response {
    let (cookie, csrf) = login_form(inst, path).await;
    let cookie = if extra.is_empty() {
        cookie
    } else {
        format!("{cookie}; {extra}")
    };
    client()
        .post(inst.url(&format!("{path}?lang=en")))
        .header(COOKIE, cookie)
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", name),
            ("password", password),
            ("code", code),
        ])
        .send()
        .await
        .unwrap()
}

/// A successful login: the `Cookie` header value for the new session.
pub(crate) async fn login(inst: &Instance, rev: &mut Rev) -> String {
    let code = rev.fresh_code();
    let resp = post_login(inst, &rev.name, PASSWORD, &code).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let set = resp.headers()[SET_COOKIE].to_str().unwrap().to_string();
    let pair = set.split(';').next().unwrap().to_string();
    assert!(pair.starts_with("__Host-session="), "{set}");
    pair
}

pub(crate) async fn get_with(inst: &Instance, path: &str, cookie: &str) -> reqwest::Response {
    client()
        .get(inst.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
}

async fn post_with(
    inst: &Instance,
    path: &str,
    cookie: &str,
    csrf: Option<&str>,
) -> reqwest::Response {
    let mut form = vec![];
    if let Some(c) = csrf {
        form.push(("csrf", c));
    }
    client()
        .post(inst.url(path))
        .header(COOKIE, cookie)
        .form(&form)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn assert_refused(resp: reqwest::Response, status: StatusCode, needle: &str) {
    assert_eq!(resp.status(), status);
    let body = resp.text().await.unwrap();
    assert!(body.contains(needle), "expected {needle:?} in {body}");
}

#[tokio::test]
async fn console_enrolment_login_csrf_and_logout_everywhere() {
    let inst = Instance::sqlite(&[]);
    let mut rev = enrolled(&inst, "EUIPO", "ana").await;

    // A duplicate name is refused clearly.
    let dup = reviewer_add(&inst, "EC3", "ana");
    assert!(!dup.status.success());
    assert!(
        text(&dup.stderr).contains("already exists"),
        "{}",
        text(&dup.stderr)
    );

    // Login: password + code, cookie with the right attributes.
    let code = rev.fresh_code();
    let resp = post_login(&inst, "ana", PASSWORD, &code).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert!(resp.headers()[LOCATION]
        .to_str()
        .unwrap()
        .starts_with("/console/"));
    let set = resp.headers()[SET_COOKIE].to_str().unwrap().to_string();
    for attr in [
        "__Host-session=",
        "; Secure",
        "; HttpOnly",
        "; SameSite=Strict",
        "; Path=/",
    ] {
        assert!(set.contains(attr), "{attr} in {set}");
    }
    assert!(!set.contains("Domain"), "{set}");
    let cookie_a = set.split(';').next().unwrap().to_string();

    // A replayed code, a wrong password and a wrong code: the same message.
    assert_refused(
        post_login(&inst, "ana", PASSWORD, &code).await,
        StatusCode::UNAUTHORIZED,
        UNIFORM,
    )
    .await;
    let fresh = rev.fresh_code();
    // Refused for the password: the server did not use up this step, so the next login may.
    rev.last_step -= 1;
    assert_refused(
        post_login(&inst, "ana", "wrong password!!", &fresh).await,
        StatusCode::UNAUTHORIZED,
        UNIFORM,
    )
    .await;
    let wrong = if fresh == "123456" {
        "654321"
    } else {
        "123456"
    };
    assert_refused(
        post_login(&inst, "ana", PASSWORD, wrong).await,
        StatusCode::UNAUTHORIZED,
        UNIFORM,
    )
    .await;
    assert_refused(
        post_login(&inst, "nobody", PASSWORD, &fresh).await,
        StatusCode::UNAUTHORIZED,
        UNIFORM,
    )
    .await;

    // The inbox with the session; no-store; the session's CSRF token in the logout forms.
    let resp = get_with(&inst, "/console/?lang=en", &cookie_a).await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["cache-control"], "no-store");
    assert!(resp.headers().contains_key("content-security-policy"));
    let html = resp.text().await.unwrap();
    assert!(html.contains("No reports have been addressed"), "{html}");
    let csrf_a = csrf_in(&html);

    // Console POSTs without or with a wrong CSRF token are refused and change nothing.
    assert_refused(
        post_with(&inst, "/console/logout", &cookie_a, None).await,
        StatusCode::FORBIDDEN,
        "security token",
    )
    .await;
    assert_refused(
        post_with(
            &inst,
            "/console/logout-everywhere",
            &cookie_a,
            Some("wrong"),
        )
        .await,
        StatusCode::FORBIDDEN,
        "security token",
    )
    .await;
    assert_eq!(
        get_with(&inst, "/console/", &cookie_a).await.status(),
        StatusCode::OK
    );

    // A second session; logging out everywhere from the first ends both.
    let cookie_b = login(&inst, &mut rev).await;
    assert_ne!(cookie_a, cookie_b);
    assert_eq!(
        get_with(&inst, "/console/", &cookie_b).await.status(),
        StatusCode::OK
    );
    let resp = post_with(
        &inst,
        "/console/logout-everywhere",
        &cookie_a,
        Some(&csrf_a),
    )
    .await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert!(resp.headers()[SET_COOKIE]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    for cookie in [&cookie_a, &cookie_b] {
        let resp = get_with(&inst, "/console/", cookie).await;
        assert_eq!(resp.status(), StatusCode::SEE_OTHER);
        assert!(resp.headers()[LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/console/login"));
    }
    // Without a session a console page sends the user to the login page.
    let resp = client().get(inst.url("/console/")).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);

    // The audit log holds the actions, never the password or a code.
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let rows = storage::audit::audit_entries(&mut conn, 0, 1000).unwrap();
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    for a in [
        "reviewer.created",
        "console.enrolled",
        "console.login_succeeded",
        "console.login_failed",
        "console.inbox_viewed",
        "console.logout_everywhere",
    ] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    for r in &rows {
        assert!(
            !r.detail.contains(PASSWORD)
                && !r.detail.contains(&code)
                && !r.detail.contains("nobody")
        );
    }
}

#[tokio::test]
async fn console_idle_session_expires() {
    let inst = Instance::sqlite(&[("SESSION_IDLE_SECS", "2")]);
    let mut rev = enrolled(&inst, "EUIPO", "cy").await;
    let cookie = login(&inst, &mut rev).await;
    assert_eq!(
        get_with(&inst, "/console/", &cookie).await.status(),
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    let resp = get_with(&inst, "/console/", &cookie).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let location = resp.headers()[LOCATION].to_str().unwrap().to_string();
    assert!(
        location.starts_with("/console/login") && location.contains("expired"),
        "{location}"
    );
    let page = client()
        .get(inst.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Your session has ended"), "{page}");
}

#[tokio::test]
async fn console_inbox_shows_only_the_bodys_reports_and_audit_verify_detects_tampering() {
    let inst = Instance::sqlite(&[]);
    submit_ok(&inst, &with(&good_fields(), "recipients", "EUIPO"), &[]).await;
    submit_ok(&inst, &good_fields(), &[]).await;
    let (euipo_only, both) = {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut conn, storage::Body::Euipo).unwrap();
        assert_eq!(all.len(), 2);
        let e = all.iter().find(|r| !r.to_ec3).unwrap().id.clone();
        let b = all.iter().find(|r| r.to_ec3).unwrap().id.clone();
        (e, b)
    };

    let mut euipo = enrolled(&inst, "EUIPO", "dora").await;
    let mut ec3 = enrolled(&inst, "EC3", "emil").await;
    let ce = login(&inst, &mut euipo).await;
    let cc = login(&inst, &mut ec3).await;
    let html = get_with(&inst, "/console/?lang=en", &ce)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&euipo_only) && html.contains(&both), "{html}");
    assert!(html.contains("2 reports are addressed"), "{html}");
    assert!(
        html.contains("The server (sent without JavaScript"),
        "{html}"
    );
    let html = get_with(&inst, "/console/?lang=en", &cc)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&both), "{html}");
    assert!(
        !html.contains(&euipo_only),
        "EC3 must not see an EUIPO-only report"
    );
    assert!(html.contains("one report is addressed"), "{html}");
    // Danish works too.
    let html = get_with(&inst, "/console/?lang=da", &cc)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Indbakke"), "{html}");

    // The audit chain verifies...
    let out = run(admin()
        .args(["audit", "verify"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("rows verified"),
        "{}",
        text(&out.stdout)
    );
    // ...until one row's detail is altered in the database.
    {
        use diesel::prelude::*;
        use storage::schema::audit_log::dsl::*;
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let n = diesel::update(audit_log.filter(seq.eq(3)))
            .set(detail.eq("{\"tampered\":true}"))
            .execute(&mut *conn)
            .unwrap();
        assert_eq!(n, 1);
    }
    let out = run(admin()
        .args(["audit", "verify"])
        .env("DATABASE_URL", &inst.db_url));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("broken at seq 3"),
        "{}",
        text(&out.stderr)
    );
}
