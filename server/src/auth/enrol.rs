//! `/{console,portal}/enrol/{token}`: the one-time enrolment link, one flow for both kinds of
//! account. The user sets a login password and enrols TOTP (QR code as inline SVG, the secret
//! as text, one valid code to finish); finishing clears the token, so the link then no longer
//! works. What differs per realm comes from its [`AccountRealm`]: for reviewers, the key pair
//! made in the browser and posted with the form (see `console::enrol`): its fingerprint is
//! written to the audit log with it and shown on the page that ends the enrolment; the
//! message signing key made with it, likewise (its fingerprint next to the key pair's).
//!
//! The TOTP secret is made on the first visit and kept with the account until enrolment
//! finishes, so reloading the page shows the same one.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use i18n::Arg;
use storage::accounts::{self, Account, AccountUpdate, Lookup};
use storage::StorageError;
use zeroize::Zeroizing;

use super::realm::{self, AccountRealm, EnrolView, KeyFields, KeyUpload};
use super::{ct_eq, now, password, signin, token_hash, totp, MIN_PASSWORD_CHARS};
use crate::state::SignInSite;
use crate::web::{render, see_other, Chrome, WebError};

/// The account whose enrolment link this is, if it is still valid at `now`.
fn valid_for<P: AccountRealm>(
    conn: &mut storage::DbConn,
    token: &str,
    now: i64,
) -> Result<Option<Account<P>>, StorageError> {
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let hash = token_hash(token);
    Ok(
        accounts::find_account::<P>(conn, Lookup::EnrolmentToken(&hash))?
            .filter(|a| a.credentials.enrolment_open(now)),
    )
}

/// The stateless CSRF form name of the enrolment form (`console-enrol`).
fn form_name<P: AccountRealm>() -> String {
    format!("{}-enrol", P::REALM.name)
}

/// `{realm}-{what}`: the realm's message id.
fn id<P: AccountRealm>(what: &str) -> String {
    format!("{}-{what}", P::REALM.name)
}

fn invalid_link<P: AccountRealm>(
    req: &HttpRequest,
    state: &P::State,
) -> Result<HttpResponse, WebError> {
    let t = crate::web::translator(req);
    realm::message::<P>(
        req,
        state,
        StatusCode::NOT_FOUND,
        &id::<P>("enrol-heading"),
        t.t(&id::<P>("error-enrol-link")),
    )
}

fn page<P: AccountRealm>(
    req: &HttpRequest,
    state: &P::State,
    account: &Account<P>,
    secret: &[u8],
    error: Option<String>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, state.signer_fingerprint());
    let uri = totp::otpauth_uri(P::REALM.issuer, &account.name, secret);
    let qr_svg = totp::qr_svg(&uri).ok_or_else(WebError::internal)?;
    let (arg, value) = account.profile.lead_arg();
    let lead = c.t.tn(
        &id::<P>("enrol-lead"),
        &[
            ("name", Arg::from(account.name.as_str())),
            (arg, Arg::from(value)),
        ],
    );
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let view = EnrolView {
        heading: c.t.t(&id::<P>("enrol-heading")),
        action: c.link(req.path()),
        csrf: state.csrf().issue(&form_name::<P>()),
        lead,
        qr_svg,
        secret: totp::secret_base32(secret),
        min_chars: MIN_PASSWORD_CHARS,
        submit: c.t.t(&id::<P>("enrol-submit")),
        key_label: P::key_label(account),
        error,
    };
    render(status, &P::Enrol::from((c, view)))
}

/// GET: the enrolment page (making the TOTP secret on the first visit).
pub async fn form<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    let token = Zeroizing::new(path.into_inner());
    let db = state.db().clone();
    let now = now();
    let found = crate::blocking::block("db", move || {
        db.write(|conn| {
            let Some(mut a) = valid_for::<P>(conn, &token, now)? else {
                return Ok(None);
            };
            if a.credentials.totp_secret.is_none() {
                let secret = totp::new_secret();
                let changes = AccountUpdate {
                    totp_secret: Some(Some(secret.clone())),
                    ..Default::default()
                };
                accounts::update_account(conn, P::KIND, a.id, &changes)?;
                a.credentials.totp_secret = Some(secret);
            }
            Ok(Some(a))
        })
    })
    .await??;
    let Some(a) = found else {
        return invalid_link::<P>(&req, &state);
    };
    let secret = Zeroizing::new(a.credentials.totp_secret.clone().unwrap_or_default());
    page(&req, state.get_ref(), &a, &secret, None)
}

/// The enrolment form as posted. Password, confirmation and code are wiped when it is dropped.
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
    /// Reviewers: base64 X25519 public key made by the browser.
    #[serde(default)]
    public_key: String,
    /// Reviewers: the `tsr-wrapped-key/1` JSON of the private key, wrapped in the browser.
    #[serde(default)]
    wrapped_key: String,
    /// Reviewers: base64 Ed25519 public key of the message signing key made by the browser.
    #[serde(default)]
    signing_public_key: String,
    /// Reviewers: the `tsr-wrapped-key/1` JSON (kind `ed25519`) of its seed.
    #[serde(default)]
    wrapped_signing_key: String,
}

impl Drop for EnrolForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.password);
        zeroize::Zeroize::zeroize(&mut self.password_confirm);
        zeroize::Zeroize::zeroize(&mut self.code);
    }
}

/// POST: checks the key pair (if the realm takes one), password and code, then finishes the
/// enrolment in one transaction and audits it.
pub async fn submit<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    path: web::Path<String>,
    mut form: web::Form<EnrolForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf().check(&form_name::<P>(), &form.csrf) {
        return realm::csrf_refused::<P>(&req, &state);
    }
    let token = Zeroizing::new(path.into_inner());
    let now = now();
    let db = state.db().clone();
    let tok = token.clone();
    let found = crate::blocking::block("db", move || {
        let mut conn = db.conn()?;
        valid_for::<P>(&mut conn, &tok, now)
    })
    .await??;
    let Some(a) = found else {
        return invalid_link::<P>(&req, &state);
    };
    let Some(secret) = a.credentials.totp_secret.clone().map(Zeroizing::new) else {
        // The form was never shown for this link (the GET makes the secret).
        return Ok(see_other(req.path()));
    };
    let t = crate::web::translator(&req);
    let key = match P::key_upload(KeyFields {
        public_key: &form.public_key,
        wrapped_key: &form.wrapped_key,
        signing_public_key: &form.signing_public_key,
        wrapped_signing_key: &form.wrapped_signing_key,
    }) {
        Ok(key) => key,
        // No key pair: this browser ran no JavaScript (or sent something else).
        Err(refusal) => return page(&req, state.get_ref(), &a, &secret, Some(t.t(refusal))),
    };
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let confirm = Zeroizing::new(std::mem::take(&mut form.password_confirm));
    if password.chars().count() < MIN_PASSWORD_CHARS {
        let e = t.t1("console-error-password-short", "min", MIN_PASSWORD_CHARS);
        return page(&req, state.get_ref(), &a, &secret, Some(e));
    }
    if !ct_eq(password.as_bytes(), confirm.as_bytes()) {
        let e = t.t("console-error-password-mismatch");
        return page(&req, state.get_ref(), &a, &secret, Some(e));
    }
    let Some(step) = totp::check(&secret, &form.code, now) else {
        let e = t.t("console-error-enrol-code");
        return page(&req, state.get_ref(), &a, &secret, Some(e));
    };
    let hashed = crate::blocking::block("argon2", move || password::hash(&password))
        .await?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            WebError::internal()
        })?;
    let fingerprint = key.as_ref().map(|k| k.public_key.fingerprint());
    let signing_fingerprint = key
        .as_ref()
        .and_then(|k| k.signing.as_ref())
        .map(|s| s.public_key.fingerprint());
    let done = finish::<P>(state.get_ref(), token, a.id, step, hashed, key, now).await?;
    match done {
        Some(true) => {}
        Some(false) => return invalid_link::<P>(&req, &state),
        None => {
            let e = t.t("console-error-enrol-code");
            return page(&req, state.get_ref(), &a, &secret, Some(e));
        }
    }
    let mut detail = serde_json::json!({ "totp": true });
    if fingerprint.is_some() {
        detail["key_pair"] = serde_json::Value::Bool(true);
    }
    // (The fingerprints themselves are in the `reviewer.key_enrolled` row written with the keys.)
    if signing_fingerprint.is_some() {
        detail["signing_key"] = serde_json::Value::Bool(true);
    }
    signin::audit(
        state.db(),
        P::REALM.actor,
        Some(a.id),
        format!("{}.enrolled", P::REALM.name),
        Some((P::REALM.object, a.id.to_string())),
        detail,
    )
    .await?;
    // A reviewer reads the key's fingerprint out to the operator through another channel
    // before the key joins the keyring (keys/README.md).
    let mut done_text = t.t(&id::<P>("enrol-done"));
    if let Some(fp) = fingerprint {
        done_text.push(' ');
        done_text.push_str(&t.t1(&id::<P>("enrol-fingerprint"), "fingerprint", fp.as_str()));
    }
    realm::message::<P>(
        &req,
        &state,
        StatusCode::OK,
        &id::<P>("enrol-heading"),
        done_text,
    )
}

/// Stores password, key pair and the used TOTP step, and clears the token, if the link is
/// still the same and still valid (two tabs finishing at once: one wins). `Some(false)`: the
/// link is no longer valid; `None`: the code's step was used already.
async fn finish<P: AccountRealm>(
    state: &P::State,
    token: Zeroizing<String>,
    id: i64,
    step: i64,
    hashed: String,
    key: Option<KeyUpload>,
    now: i64,
) -> Result<Option<bool>, WebError> {
    let db = state.db().clone();
    let done = crate::blocking::block("db", move || {
        db.write(|conn| {
            if valid_for::<P>(conn, &token, now)?.map(|x| x.id) != Some(id) {
                return Ok(Some(false));
            }
            if !accounts::advance_totp_step(conn, P::KIND, id, step)? {
                return Ok(None);
            }
            let changes = AccountUpdate {
                password_hash: Some(Some(hashed)),
                enrolment_token_hash: Some(None),
                enrolment_expires: Some(None),
                failed_logins: Some(0),
                locked_until: Some(None),
                ..Default::default()
            };
            accounts::update_account(conn, P::KIND, id, &changes)?;
            // Last: the audit row (the fingerprint `sign-keyring` compares with) commits with
            // the key, or neither does.
            if let Some(k) = &key {
                accounts::enrol_reviewer_key(
                    conn,
                    id,
                    &k.public_key,
                    &k.wrapped_json,
                    k.signing.as_ref(),
                    P::REALM.actor,
                    now,
                )?;
            }
            Ok(Some(true))
        })
    })
    .await??;
    Ok(done)
}
