//! `/portal/enrol/{token}`: the one-time enrolment link of a member-state user. The user sets
//! a login password and enrols TOTP (QR code as inline SVG, the secret as text, one valid code
//! to finish); finishing clears the token. No key pair: portal users decrypt nothing.
//!
//! As in the console, the TOTP secret is made on the first visit and kept with the account
//! until enrolment finishes, so reloading the page shows the same one.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use i18n::Arg;
use storage::accounts::{self, MemberStateUser, MemberStateUserUpdate};
use storage::StorageError;
use zeroize::Zeroizing;

use super::pages::EnrolPage;
use super::{audit, csrf_refused, message, see_other};
use crate::auth::{self, password, totp, MIN_PASSWORD_CHARS};
use crate::state::PortalState;
use crate::web::{render, Chrome, WebError};

const ENROL_FORM: &str = "portal-enrol";
const ISSUER: &str = "Trade secret theft statistics – data portal";

/// The user whose enrolment link this is, if it is still valid at `now`.
fn valid_for(
    conn: &mut storage::DbConn,
    token: &str,
    now: i64,
) -> Result<Option<MemberStateUser>, StorageError> {
    if token.is_empty() || token.len() > 128 {
        return Ok(None);
    }
    let hash = auth::token_hash(token);
    Ok(
        accounts::find_member_state_user_by_enrolment_token(conn, &hash)?
            .filter(|u| u.active && u.enrolment_expires.is_some_and(|e| e > now)),
    )
}

fn invalid_link(req: &HttpRequest, state: &PortalState) -> Result<HttpResponse, WebError> {
    let t = crate::web::translator(req);
    message(
        req,
        state,
        StatusCode::NOT_FOUND,
        "portal-enrol-heading",
        t.t("portal-error-enrol-link"),
        None,
    )
}

fn page(
    req: &HttpRequest,
    state: &PortalState,
    user: &MemberStateUser,
    secret: &[u8],
    error: Option<String>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, &state.signer_fingerprint);
    let uri = totp::otpauth_uri(ISSUER, &user.name, secret);
    let qr_svg = totp::qr_svg(&uri).ok_or_else(WebError::internal)?;
    let lead = c.t.tn(
        "portal-enrol-lead",
        &[
            ("name", Arg::from(user.name.as_str())),
            ("country", Arg::from(user.country.as_str())),
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
        error,
    };
    render(status, &page)
}

pub async fn form(
    req: HttpRequest,
    state: web::Data<PortalState>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    let token = Zeroizing::new(path.into_inner());
    let db = state.db.clone();
    let now = auth::now();
    let found = crate::blocking::block("db", move || {
        db.write(|conn| {
            let Some(mut u) = valid_for(conn, &token, now)? else {
                return Ok(None);
            };
            if u.totp_secret.is_none() {
                let secret = totp::new_secret();
                accounts::update_member_state_user(
                    conn,
                    u.id,
                    &MemberStateUserUpdate {
                        totp_secret: Some(Some(secret.clone())),
                        ..Default::default()
                    },
                )?;
                u.totp_secret = Some(secret);
            }
            Ok(Some(u))
        })
    })
    .await??;
    let Some(u) = found else {
        return invalid_link(&req, &state);
    };
    let secret = Zeroizing::new(u.totp_secret.clone().unwrap_or_default());
    page(&req, &state, &u, &secret, None)
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
}

impl Drop for EnrolForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.password);
        zeroize::Zeroize::zeroize(&mut self.password_confirm);
        zeroize::Zeroize::zeroize(&mut self.code);
    }
}

pub async fn submit(
    req: HttpRequest,
    state: web::Data<PortalState>,
    path: web::Path<String>,
    mut form: web::Form<EnrolForm>,
) -> Result<HttpResponse, WebError> {
    if !state.csrf.check(ENROL_FORM, &form.csrf) {
        return csrf_refused(&req, &state);
    }
    let token = Zeroizing::new(path.into_inner());
    let now = auth::now();
    let db = state.db.clone();
    let tok = token.clone();
    let found = crate::blocking::block("db", move || {
        let mut conn = db.conn()?;
        valid_for(&mut conn, &tok, now)
    })
    .await??;
    let Some(u) = found else {
        return invalid_link(&req, &state);
    };
    let Some(secret) = u.totp_secret.clone().map(Zeroizing::new) else {
        // The form was never shown for this link (the GET makes the secret).
        return Ok(see_other(req.path()));
    };
    let t = crate::web::translator(&req);
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let confirm = Zeroizing::new(std::mem::take(&mut form.password_confirm));
    if password.chars().count() < MIN_PASSWORD_CHARS {
        let e = t.t1("console-error-password-short", "min", MIN_PASSWORD_CHARS);
        return page(&req, &state, &u, &secret, Some(e));
    }
    if !auth::ct_eq(password.as_bytes(), confirm.as_bytes()) {
        let e = t.t("console-error-password-mismatch");
        return page(&req, &state, &u, &secret, Some(e));
    }
    let Some(step) = totp::check(&secret, &form.code, now) else {
        let e = t.t("console-error-enrol-code");
        return page(&req, &state, &u, &secret, Some(e));
    };
    let hashed = crate::blocking::block("argon2", move || password::hash(&password))
        .await?
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            WebError::internal()
        })?;
    let db = state.db.clone();
    let id = u.id;
    let done = crate::blocking::block("db", move || {
        db.write(|conn| {
            // Still the same, still valid link (two tabs finishing at once: one wins).
            if valid_for(conn, &token, now)?.map(|x| x.id) != Some(id) {
                return Ok(Some(false));
            }
            if !accounts::advance_member_state_user_totp_step(conn, id, step)? {
                return Ok(None);
            }
            accounts::update_member_state_user(
                conn,
                id,
                &MemberStateUserUpdate {
                    password_hash: Some(Some(hashed)),
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
            return page(&req, &state, &u, &secret, Some(e));
        }
    }
    audit(
        &state.db,
        Some(id),
        "portal.enrolled",
        Some(("member_state_user", id.to_string())),
        serde_json::json!({ "totp": true }),
    )
    .await?;
    message(
        &req,
        &state,
        StatusCode::OK,
        "portal-enrol-heading",
        t.t("portal-enrol-done"),
        None,
    )
}
