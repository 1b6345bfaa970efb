//! `/console/enrol/{token}`: the one-time enrolment link. The reviewer sets a login password
//! and enrols TOTP (QR code as inline SVG, the secret as text, one valid code to finish).
//!
//! The TOTP secret is made on the first visit and kept with the account until enrolment
//! finishes, so reloading the page shows the same one. Finishing clears the token: the link
//! then no longer works.
//!
//! The browser key pair: `static/js/console.js` generates the reviewer's X25519 key pair,
//! wraps the private key under a separate unlock passphrase (Argon2id + secretbox, the
//! `tsr-wrapped-key/1` format of `envelope::wrap`) and posts only the public key and the
//! wrapped key with this form; the unlock passphrase never leaves the browser. Without
//! JavaScript the page says that a browser with JavaScript is required, and the server refuses
//! an enrolment without a key pair. The operator's `server keys sign-keyring` then adds the key
//! to the body's keyring.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use envelope::{PublicKey, WrappedKey};
use i18n::Arg;
use storage::accounts::{self, Reviewer, ReviewerUpdate};
use storage::StorageError;
use zeroize::Zeroizing;

use super::pages::EnrolPage;
use super::{audit, csrf_refused, message, see_other};
use crate::auth::{self, password, totp, MIN_PASSWORD_CHARS};
use crate::state::ConsoleState;
use crate::web::{render, Chrome, WebError};

const ENROL_FORM: &str = "console-enrol";
const ISSUER: &str = "Trade secret theft reporting – reviewer console";

/// The reviewer whose enrolment link this is, if it is still valid at `now`.
fn valid_for(
    conn: &mut storage::DbConn,
    token: &str,
    now: i64,
) -> Result<Option<Reviewer>, StorageError> {
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let hash = auth::token_hash(token);
    Ok(accounts::find_reviewer_by_enrolment_token(conn, &hash)?
        .filter(|r| r.active && r.enrolment_expires.is_some_and(|e| e > now)))
}

/// The id of a reviewer's entry in the keyring (and the label of the wrapped key), e.g.
/// `euipo-enrolled-7`; distinct from the `euipo-reviewer-1` entries `server keys init` makes.
pub fn keyring_entry_id(reviewer: &Reviewer) -> String {
    format!(
        "{}-enrolled-{}",
        reviewer.body.as_str().to_ascii_lowercase(),
        reviewer.id
    )
}

fn invalid_link(req: &HttpRequest, state: &ConsoleState) -> Result<HttpResponse, WebError> {
    let t = crate::web::translator(req);
    message(
        req,
        state,
        StatusCode::NOT_FOUND,
        "console-enrol-heading",
        t.t("console-error-enrol-link"),
    )
}

fn page(
    req: &HttpRequest,
    state: &ConsoleState,
    reviewer: &Reviewer,
    secret: &[u8],
    error: Option<String>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, &state.signer_fingerprint);
    let uri = totp::otpauth_uri(ISSUER, &reviewer.name, secret);
    let qr_svg = totp::qr_svg(&uri).ok_or_else(WebError::internal)?;
    let lead = c.t.tn(
        "console-enrol-lead",
        &[
            ("name", Arg::from(reviewer.name.as_str())),
            ("body", Arg::from(reviewer.body.as_str())),
        ],
    );
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let page = EnrolPage {
        action: c.link(req.path()),
        c,
        nav: None,
        csrf: state.csrf.issue(ENROL_FORM),
        lead,
        qr_svg,
        secret: totp::secret_base32(secret),
        min_chars: MIN_PASSWORD_CHARS,
        key_label: keyring_entry_id(reviewer),
        error,
    };
    render(status, &page)
}

pub async fn form(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    let token = path.into_inner();
    let db = state.db.clone();
    let now = auth::now();
    let found = crate::blocking::block("db", move || {
        db.write(|conn| {
            let Some(mut r) = valid_for(conn, &token, now)? else {
                return Ok(None);
            };
            if r.totp_secret.is_none() {
                let secret = totp::new_secret();
                accounts::update_reviewer(
                    conn,
                    r.id,
                    &ReviewerUpdate {
                        totp_secret: Some(Some(secret.clone())),
                        ..Default::default()
                    },
                )?;
                r.totp_secret = Some(secret);
            }
            Ok(Some(r))
        })
    })
    .await??;
    let Some(r) = found else {
        return invalid_link(&req, &state);
    };
    let secret = r.totp_secret.clone().unwrap_or_default();
    page(&req, &state, &r, &secret, None)
}

#[derive(serde::Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
    #[serde(default)]
    code: String,
    /// Base64 X25519 public key made by the browser.
    #[serde(default)]
    public_key: String,
    /// The `tsr-wrapped-key/1` JSON of the private key, wrapped in the browser.
    #[serde(default)]
    wrapped_key: String,
}

/// Longest wrapped-key JSON accepted (a real one is about 400 bytes).
const MAX_WRAPPED_KEY_LEN: usize = 4096;

/// Checks what the browser sent: a well-formed X25519 wrapped key within the accepted KDF
/// parameters whose public key is the one posted. Returns the key and the JSON to store.
/// The private key cannot be checked here (the server never has the passphrase).
pub fn check_key_pair(public_key: &str, wrapped_json: &str) -> Option<(PublicKey, String)> {
    use envelope::wrap::{WrappedKind, FORMAT, KDF_ALG, MAX_MEMLIMIT, MAX_OPSLIMIT};
    use envelope::wrap::{MIN_MEMLIMIT, MIN_OPSLIMIT};
    if wrapped_json.len() > MAX_WRAPPED_KEY_LEN {
        return None;
    }
    let pk = PublicKey::from_b64(public_key.trim()).ok()?;
    let w = WrappedKey::from_json(wrapped_json).ok()?;
    let ok = w.format == FORMAT
        && w.kind == WrappedKind::X25519
        && w.kdf.alg == KDF_ALG
        && (MIN_OPSLIMIT..=MAX_OPSLIMIT).contains(&w.kdf.opslimit)
        && (MIN_MEMLIMIT..=MAX_MEMLIMIT).contains(&w.kdf.memlimit)
        && w.label.chars().count() <= 100
        && PublicKey::from_b64(&w.public_key).ok()? == pk
        && envelope::unb64(&w.kdf.salt, "salt").ok()?.len() == 16
        && envelope::unb64(&w.nonce, "nonce").ok()?.len() == 24
        && envelope::unb64(&w.ciphertext, "wrapped key").ok()?.len() == 48;
    if !ok {
        return None;
    }
    let json = w.to_json().ok()?;
    Some((pk, json))
}

impl Drop for EnrolForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.password);
        zeroize::Zeroize::zeroize(&mut self.password_confirm);
    }
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    path: web::Path<String>,
    mut form: web::Form<EnrolForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf.check(ENROL_FORM, &form.csrf) {
        return csrf_refused(&req, &state);
    }
    let token = path.into_inner();
    let now = auth::now();
    let db = state.db.clone();
    let tok = token.clone();
    let found = crate::blocking::block("db", move || {
        let mut conn = db.conn()?;
        valid_for(&mut conn, &tok, now)
    })
    .await??;
    let Some(r) = found else {
        return invalid_link(&req, &state);
    };
    let Some(secret) = r.totp_secret.clone() else {
        // The form was never shown for this link (the GET makes the secret).
        return Ok(see_other(req.path()));
    };
    let t = crate::web::translator(&req);
    let Some((public_key, wrapped)) = check_key_pair(&form.public_key, &form.wrapped_key) else {
        // No key pair: this browser ran no JavaScript (or sent something else).
        let e = t.t("console-error-enrol-key");
        return page(&req, &state, &r, &secret, Some(e));
    };
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let confirm = Zeroizing::new(std::mem::take(&mut form.password_confirm));
    if password.chars().count() < MIN_PASSWORD_CHARS {
        let e = t.t1("console-error-password-short", "min", MIN_PASSWORD_CHARS);
        return page(&req, &state, &r, &secret, Some(e));
    }
    if !auth::ct_eq(password.as_bytes(), confirm.as_bytes()) {
        let e = t.t("console-error-password-mismatch");
        return page(&req, &state, &r, &secret, Some(e));
    }
    let Some(step) = totp::check(&secret, &form.code, now) else {
        let e = t.t("console-error-enrol-code");
        return page(&req, &state, &r, &secret, Some(e));
    };
    let hashed = crate::blocking::block("argon2", move || password::hash(&password))
        .await?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            WebError::internal()
        })?;
    let db = state.db.clone();
    let id = r.id;
    let done = crate::blocking::block("db", move || {
        db.write(|conn| {
            // Still the same, still valid link (two tabs finishing at once: one wins).
            if valid_for(conn, &token, now)?.map(|x| x.id) != Some(id) {
                return Ok(Some(false));
            }
            if !accounts::advance_reviewer_totp_step(conn, id, step)? {
                return Ok(None);
            }
            accounts::update_reviewer(
                conn,
                id,
                &ReviewerUpdate {
                    password_hash: Some(Some(hashed)),
                    public_key: Some(Some(public_key.0.to_vec())),
                    wrapped_private_key: Some(Some(wrapped)),
                    enrolment_token_hash: Some(None),
                    enrolment_expires: Some(None),
                    failed_logins: Some(0),
                    locked_until: Some(None),
                    ..Default::default()
                },
            )?;
            Ok(Some(true))
        })
    })
    .await??;
    match done {
        Some(true) => {}
        Some(false) => return invalid_link(&req, &state),
        None => {
            let e = t.t("console-error-enrol-code");
            return page(&req, &state, &r, &secret, Some(e));
        }
    }
    audit(
        &state.db,
        Some(id),
        "console.enrolled",
        Some(("reviewer", id.to_string())),
        serde_json::json!({ "totp": true, "key_pair": true }),
    )
    .await?;
    message(
        &req,
        &state,
        StatusCode::OK,
        "console-enrol-heading",
        t.t("console-enrol-done"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use envelope::{KdfLimits, KeyPair};

    fn wrapped(kp: &KeyPair) -> String {
        WrappedKey::wrap_x25519(kp, "euipo-enrolled-1", b"unlock", KdfLimits::MINIMUM)
            .unwrap()
            .to_json()
            .unwrap()
    }

    #[test]
    fn a_wrapped_key_for_the_posted_public_key_is_accepted() {
        let kp = KeyPair::generate();
        let (pk, json) = check_key_pair(&kp.public.to_b64(), &wrapped(&kp)).unwrap();
        assert_eq!(pk, kp.public);
        let stored = WrappedKey::from_json(&json).unwrap();
        assert_eq!(stored.unwrap_x25519(b"unlock").unwrap().public, kp.public);
    }

    #[test]
    fn anything_else_is_refused() {
        let kp = KeyPair::generate();
        let other = KeyPair::generate();
        let good = wrapped(&kp);
        let pk = kp.public.to_b64();
        assert!(check_key_pair("", "").is_none(), "no JavaScript");
        assert!(check_key_pair(&pk, "").is_none());
        assert!(check_key_pair(&other.public.to_b64(), &good).is_none());
        let weak = good.replace("\"opslimit\": 2", "\"opslimit\": 1");
        assert_ne!(weak, good);
        assert!(check_key_pair(&pk, &weak).is_none(), "below OWASP's floor");
        let signing = good.replace("\"x25519\"", "\"ed25519\"");
        assert!(check_key_pair(&pk, &signing).is_none());
        let long = good.replace("euipo-enrolled-1", &"x".repeat(5000));
        assert!(check_key_pair(&pk, &long).is_none());
    }
}
