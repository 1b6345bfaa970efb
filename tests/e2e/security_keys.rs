//! Security keys (WebAuthn) as the second factor, end to end in headless Chromium with a
//! WebDriver virtual authenticator (CTAP2, user verification): a member-state user signs in
//! with password + TOTP, adds a key on the security keys page (audited), signs out and signs in
//! with password + key; a tampered assertion is refused (and audited); once the operator
//! forbids TOTP for the account (`tsr-admin member-state second-factor --totp forbid`), a
//! sign-in with password + a valid code is refused; the last key cannot be removed while TOTP
//! is forbidden, and its removal (once allowed again) is audited. keys/README.md, "Security
//! keys", describes these steps.

use std::time::Duration;

use reqwest::StatusCode;

use crate::browser::wait_text;
use crate::console::{post_login_with, PASSWORD};
use crate::helpers::*;
use crate::instance::Instance;
use crate::portal::member_enrolled;
use crate::webdriver::{self, Browser};

const LONG: Duration = Duration::from_secs(60);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

/// The audit actions recorded so far, in order.
fn actions(inst: &Instance) -> Vec<(String, String)> {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    storage::audit::audit_entries(&mut c, 0, 10_000)
        .unwrap()
        .into_iter()
        .map(|e| (e.action, e.detail))
        .collect()
}

fn policy(inst: &Instance, name: &str, totp: &str) -> String {
    let out = run(admin()
        .args([
            "member-state",
            "second-factor",
            "--name",
            name,
            "--totp",
            totp,
        ])
        .env("DATABASE_URL", &inst.db_url));
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

async fn login_password(b: &Browser, base: &str, name: &str, code: &str) {
    b.goto(&format!("{base}/portal/login?lang=en")).await;
    b.type_into("#name", name).await;
    b.type_into("#password", PASSWORD).await;
    if !code.is_empty() {
        b.type_into("#code", code).await;
    }
    b.click(&b.find("#login-submit").await.unwrap()).await;
}

async fn sign_out(b: &Browser) {
    let out = b
        .find("form[action^=\"/portal/logout\"] button")
        .await
        .unwrap();
    b.click(&out).await;
    b.wait_for("#name", LONG).await;
}

/// On the key page: asks the authenticator as the page's script does, flips one byte of the
/// signature and posts the form (`form.submit()` skips the page's own handler).
const TAMPERED: &str = r#"
const done = arguments[arguments.length - 1];
const f = document.getElementById('key-signin');
const dec = (t) => { const b = t.replace(/-/g, '+').replace(/_/g, '/');
  const s = atob(b + '='.repeat((4 - b.length % 4) % 4));
  return Uint8Array.from(s, (c) => c.charCodeAt(0)).buffer; };
const enc = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const pk = JSON.parse(f.dataset.webauthn).publicKey;
pk.challenge = dec(pk.challenge);
for (const c of pk.allowCredentials || []) c.id = dec(c.id);
navigator.credentials.get({ publicKey: pk }).then((cred) => {
  const sig = new Uint8Array(cred.response.signature);
  sig[sig.length - 1] ^= 1;
  f.elements.credential.value = JSON.stringify({
    id: cred.id, rawId: enc(cred.rawId), type: cred.type, extensions: {},
    response: { authenticatorData: enc(cred.response.authenticatorData),
      clientDataJSON: enc(cred.response.clientDataJSON), signature: enc(sig),
      userHandle: cred.response.userHandle ? enc(cred.response.userHandle) : null } });
  f.submit();
  done('posted');
}).catch((e) => done(String(e)));
"#;

#[tokio::test]
async fn a_security_key_is_added_signs_in_and_a_wrong_assertion_is_refused() {
    if !webdriver::available() {
        return;
    }
    // WebAuthn needs a domain name as relying party: the server is reached as localhost.
    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let base = format!("http://localhost:{port}");
    let inst = Instance::sqlite(&[("BIND", bind.as_str()), ("BASE_URL", base.as_str())]);
    let mut dk = member_enrolled(&inst, "DK", "dk-keys").await;
    let b = Browser::start().await;
    let authenticator = b.add_virtual_authenticator().await;

    // Password + TOTP, then a key added on the security keys page.
    let code = dk.fresh_code();
    login_password(&b, &base, &dk.name, &code).await;
    b.wait_for("#nav-security-keys", LONG).await;
    b.goto(&format!("{base}/portal/security-keys?lang=en"))
        .await;
    b.wait_for("#no-keys", LONG).await;
    b.type_into("#key-name", "blue key").await;
    b.click(&b.find("#add-key-submit").await.unwrap()).await;
    wait_text(&b, "#notice", "The security key was added.").await;
    assert!(b
        .text(&b.find("#keys").await.unwrap())
        .await
        .contains("blue key"));
    assert_eq!(b.virtual_credentials(&authenticator).await.len(), 1);
    let audit = actions(&inst);
    assert!(
        audit.iter().any(|(a, _)| a == "portal.security_key_added"),
        "{audit:?}"
    );

    // Signed out, then in with password + key (no code).
    sign_out(&b).await;
    login_password(&b, &base, &dk.name, "").await;
    b.wait_for("#key-signin", LONG).await;
    b.click(&b.find("#key-signin-submit").await.unwrap()).await;
    b.wait_for("#nav-security-keys", LONG).await;
    let audit = actions(&inst);
    let (_, detail) = audit
        .iter()
        .rev()
        .find(|(a, _)| a == "portal.login_succeeded")
        .unwrap();
    assert!(detail.contains("security_key"), "{detail}");

    // A tampered assertion: refused with the login page's one answer, audited.
    sign_out(&b).await;
    login_password(&b, &base, &dk.name, "").await;
    b.wait_for("#key-signin", LONG).await;
    let posted = b.execute_async(TAMPERED, vec![], LONG).await;
    assert_eq!(posted, "posted");
    wait_text(&b, "#login-error", "").await;
    assert!(
        b.find("#nav-security-keys").await.is_none(),
        "not signed in"
    );
    let audit = actions(&inst);
    let (_, detail) = audit.last().unwrap();
    assert!(
        audit.last().unwrap().0 == "portal.login_failed" && detail.contains("security_key"),
        "{audit:?}"
    );

    // The operator forbids TOTP: password + a valid code is refused.
    assert!(policy(&inst, &dk.name, "forbid").contains("security key only"));
    let code = dk.fresh_code();
    let resp = post_login_with(&inst, "/portal/login", "", &dk.name, PASSWORD, &code).await;
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    let audit = actions(&inst);
    let (action, detail) = audit.last().unwrap();
    assert_eq!(action, "portal.login_failed");
    assert!(detail.contains("totp_refused_by_policy"), "{detail}");

    // With the key: in; the last key cannot go while TOTP is forbidden.
    login_password(&b, &base, &dk.name, "").await;
    b.wait_for("#key-signin", LONG).await;
    b.click(&b.find("#key-signin-submit").await.unwrap()).await;
    b.wait_for("#nav-security-keys", LONG).await;
    b.goto(&format!("{base}/portal/security-keys?lang=en"))
        .await;
    wait_text(&b, "#totp-policy", "security key only").await;
    b.click(&b.find("#keys button[type=submit]").await.unwrap())
        .await;
    wait_text(&b, "#key-error", "last security key").await;
    // Allowed again: removed, audited.
    policy(&inst, &dk.name, "allow");
    b.goto(&format!("{base}/portal/security-keys?lang=en"))
        .await;
    b.click(&b.wait_for("#keys button[type=submit]", LONG).await)
        .await;
    wait_text(&b, "#notice", "The security key was removed.").await;
    b.wait_for("#no-keys", LONG).await;
    let audit = actions(&inst);
    assert!(
        audit
            .iter()
            .any(|(a, d)| a == "portal.security_key_removed" && d.contains("keys_left")),
        "{audit:?}"
    );
}
