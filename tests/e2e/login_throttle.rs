//! Guessing slows an account down but never locks its owner out, and never tells which names
//! exist: after five failures the account's credentials are checked at most once per back-off
//! period for browsers that are not the owner's (parallel guesses included); the owner's
//! browser (its device cookie from an earlier sign-in) still signs in with the right password
//! and code; unknown names, wrong passwords and throttled attempts get the same status and
//! message; the audit log records the throttled attempts.

use reqwest::header::SET_COOKIE;
use reqwest::StatusCode;

use crate::console::{assert_refused, enrolled, post_login_with, Rev, PASSWORD, UNIFORM};
use crate::instance::*;
use crate::portal::member_enrolled;

fn audits(inst: &Instance, action: &str) -> Vec<storage::audit::AuditRecord> {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::audit::audit_entries(&mut conn, 0, 100_000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == action)
        .collect()
}

/// A successful sign-in from a fresh browser: that browser's device cookie (`name=value`).
async fn owners_browser(inst: &Instance, realm: &str, rev: &mut Rev) -> String {
    let code = rev.fresh_code();
    let path = format!("/{realm}/login");
    let resp = post_login_with(inst, &path, "", &rev.name, PASSWORD, &code).await;
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let device = format!("__Host-{realm}-device=");
    let set: Vec<String> = resp
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let cookie = set
        .iter()
        .find(|c| c.starts_with(&device))
        .expect("device cookie");
    for attr in ["; Secure", "; HttpOnly", "; SameSite=Strict", "; Path=/"] {
        assert!(cookie.contains(attr), "{attr} in {cookie}");
    }
    cookie.split(';').next().unwrap().to_string()
}

/// Pushes the account's back-off far ahead, as a long guessing campaign would have: twelve
/// failures in a row, the next check in ten minutes.
fn long_campaign(inst: &Instance, kind: storage::PrincipalKind, name: &str) {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let acct =
        storage::accounts::find_any_account(&mut conn, kind, storage::accounts::Lookup::Name(name))
            .unwrap()
            .unwrap();
    let update = storage::accounts::AccountUpdate {
        failed_logins: Some(12),
        locked_until: Some(Some(server::auth::now() + 600)),
        ..Default::default()
    };
    storage::accounts::update_account(&mut conn, kind, acct.id, &update).unwrap();
}

fn failures(inst: &Instance, kind: storage::PrincipalKind, name: &str) -> i32 {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::accounts::find_any_account(&mut conn, kind, storage::accounts::Lookup::Name(name))
        .unwrap()
        .unwrap()
        .credentials
        .failed_logins
}

#[tokio::test]
async fn a_guessed_account_still_opens_for_its_owner_and_refusals_look_alike() {
    let inst = Instance::sqlite(&[]);
    let mut rev = enrolled(&inst, "EC3", "bo").await;
    let device = owners_browser(&inst, "console", &mut rev).await;
    let path = "/console/login";

    // A stranger guesses: five failures are checked and refused alike …
    for i in 1..=5 {
        let resp = post_login_with(&inst, path, "", "bo", &format!("guess {i}"), "000000").await;
        assert_refused(resp, StatusCode::UNAUTHORIZED, UNIFORM).await;
    }
    assert_eq!(audits(&inst, "console.login_failed").len(), 5);
    // … then guesses sent at once share one checked attempt per back-off period: the others
    // are refused unchecked, with the same status and message.
    let burst = (0..6).map(|i| {
        let inst = &inst;
        async move {
            let pass = format!("parallel guess {i}");
            post_login_with(inst, path, "", "bo", &pass, "000000").await
        }
    });
    for resp in futures_util::future::join_all(burst).await {
        assert_refused(resp, StatusCode::UNAUTHORIZED, UNIFORM).await;
    }
    let throttled = audits(&inst, "console.login_throttled");
    assert!(!throttled.is_empty(), "no throttled attempt audited");
    assert!(
        throttled[0].detail.contains("throttled_until"),
        "{}",
        throttled[0].detail
    );
    assert!(throttled[0].actor_id.is_some(), "the account is named");
    assert!(failures(&inst, storage::PrincipalKind::Reviewer, "bo") < 11);

    // A long campaign later, even the right password and code from a stranger's browser are
    // not checked: the same refusal as an unknown name and a wrong password.
    long_campaign(&inst, storage::PrincipalKind::Reviewer, "bo");
    let before = audits(&inst, "console.login_throttled").len();
    let code = rev.fresh_code();
    let stranger = post_login_with(&inst, path, "", "bo", PASSWORD, &code).await;
    let unknown = post_login_with(&inst, path, "", "nobody-here", PASSWORD, &code).await;
    let wrong = post_login_with(&inst, path, &device, "bo", "not it at all", &code).await;
    let mut statuses = vec![];
    for resp in [stranger, unknown, wrong] {
        statuses.push(resp.status());
        assert_refused(resp, StatusCode::UNAUTHORIZED, UNIFORM).await;
    }
    assert_eq!(statuses, [StatusCode::UNAUTHORIZED; 3]);
    assert_eq!(audits(&inst, "console.login_throttled").len(), before + 1);
    // The stranger's attempt did not use up the code: the owner's browser signs in with it.
    rev.last_step -= 1;
    let code = rev.fresh_code();
    let owner = post_login_with(&inst, path, &device, "bo", PASSWORD, &code).await;
    assert_eq!(owner.status(), StatusCode::SEE_OTHER);
    assert_eq!(failures(&inst, storage::PrincipalKind::Reviewer, "bo"), 0);
    // A device cookie of another account does not help.
    let mut other = enrolled(&inst, "EC3", "cy").await;
    long_campaign(&inst, storage::PrincipalKind::Reviewer, "cy");
    let code = other.fresh_code();
    let resp = post_login_with(&inst, path, &device, "cy", PASSWORD, &code).await;
    assert_refused(resp, StatusCode::UNAUTHORIZED, UNIFORM).await;
}

#[tokio::test]
async fn the_portal_throttles_strangers_but_not_the_owner() {
    let inst = Instance::sqlite(&[]);
    let mut dk = member_enrolled(&inst, "DK", "dk-owner").await;
    let device = owners_browser(&inst, "portal", &mut dk).await;
    long_campaign(&inst, storage::PrincipalKind::MemberState, "dk-owner");
    let path = "/portal/login";
    let code = dk.fresh_code();
    let stranger = post_login_with(&inst, path, "", "dk-owner", PASSWORD, &code).await;
    assert_refused(stranger, StatusCode::UNAUTHORIZED, UNIFORM).await;
    assert_eq!(audits(&inst, "portal.login_throttled").len(), 1);
    dk.last_step -= 1;
    let code = dk.fresh_code();
    let owner = post_login_with(&inst, path, &device, "dk-owner", PASSWORD, &code).await;
    assert_eq!(owner.status(), StatusCode::SEE_OTHER);
}
