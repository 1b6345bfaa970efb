//! `/{console,portal}/security-keys`: a signed-in user's security keys, one flow for both
//! realms. The page lists the keys (name, added, last used) with a remove button each, and a
//! form to add one: the browser asks for the options (`POST .../options`, JSON), lets the
//! authenticator make the credential (`navigator.credentials.create`, static/js/security_key.js)
//! and posts it with the name; without JavaScript the page says a key needs it. Adding and
//! removing are audited (`<realm>.security_key_added`, `<realm>.security_key_removed`, with the
//! key's id; never its name or credential), in the transaction of the change.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{self as acc, Lookup};
use storage::audit::append_audit_in;

use super::realm::AccountRealm;
use super::security_key::{KeyRefusal, MAX_NAME_CHARS};
use crate::extract::{Checked, CsrfField, SessionBound};
use crate::state::SignInSite;
use crate::web::{render, see_other, Chrome, WebError};

/// One key in the list.
#[derive(Debug, Clone)]
pub struct KeyRow {
    pub id: i64,
    /// `/{realm}/security-keys/{id}/remove`.
    pub remove: String,
    pub name: String,
    pub added: String,
    pub last_used: String,
}

/// The keys page (`templates/account/security_keys.html`).
#[derive(Debug, Clone)]
pub struct KeysView {
    /// `/{realm}/security-keys`.
    pub base: String,
    /// `/{realm}/security-keys/options`.
    pub options: String,
    pub csrf: String,
    pub keys: Vec<KeyRow>,
    /// Whether this server can register keys (a domain name in `BASE_URL`).
    pub available: bool,
    pub totp_allowed: bool,
    pub notice: Option<String>,
    pub error: Option<String>,
}

fn day(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date().to_string())
        .unwrap_or_else(|_| "–".into())
}

async fn render_page<P: AccountRealm>(
    req: &HttpRequest,
    state: &P::State,
    session: &super::session::Session,
    status: StatusCode,
    error: Option<String>,
) -> Result<HttpResponse, WebError> {
    let (kind, id) = (session.kind, session.principal_id);
    let (rows, totp_allowed) = crate::blocking::db(state.db(), move |conn| {
        Ok((
            acc::security_keys_of(conn, kind, id)?,
            acc::totp_allowed(conn, kind, id)?,
        ))
    })
    .await?;
    let c = Chrome::new(req, state.signer_fingerprint());
    let flag = |name: &str| req.query_string().split('&').any(|kv| kv == name);
    let notice = if flag("added") {
        Some(c.t.t("account-key-added"))
    } else if flag("removed") {
        Some(c.t.t("account-key-removed"))
    } else {
        None
    };
    let base = format!("/{}/security-keys", P::REALM.name);
    let view = KeysView {
        options: format!("{base}/options"),
        csrf: session.csrf.clone(),
        keys: rows
            .into_iter()
            .map(|k| KeyRow {
                id: k.id,
                remove: format!("{base}/{}/remove", k.id),
                name: k.name,
                added: day(k.created_at),
                last_used: k.last_used_at.map_or_else(|| "–".into(), day),
            })
            .collect(),
        base,
        available: state.security_keys().available(),
        totp_allowed,
        notice,
        error,
    };
    render(status, &P::Keys::from((c, session.csrf.clone(), view)))
}

/// GET `/{realm}/security-keys`.
pub async fn page<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    who: P::SignedIn,
) -> Result<HttpResponse, WebError> {
    render_page::<P>(&req, &state, who.session(), StatusCode::OK, None).await
}

/// A form with only the session's CSRF token.
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

impl CsrfField for CsrfOnly {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// POST `/{realm}/security-keys/options`: starts a registration; JSON `{token, options}`, or
/// 409 with `{error}` (a translated message) when no key can be added.
pub async fn options<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    checked: Checked<P::SignedIn, web::Form<CsrfOnly>>,
) -> Result<HttpResponse, WebError> {
    let s = checked.who.session();
    let (kind, id) = (s.kind, s.principal_id);
    let st = state.clone();
    let started = crate::blocking::db(state.db(), move |conn| {
        let name = acc::find_any_account(conn, kind, Lookup::Id(id))?
            .map(|a| a.name)
            .unwrap_or_default();
        st.security_keys().start_registration(conn, kind, id, &name)
    })
    .await?;
    let t = crate::web::translator(&req);
    Ok(match started {
        Ok((token, options)) => HttpResponse::Ok()
            .content_type("application/json")
            .body(format!(
                "{{\"token\":{},\"options\":{options}}}",
                serde_json::Value::from(token)
            )),
        Err(refusal) => {
            HttpResponse::Conflict().json(serde_json::json!({ "error": t.t(message_id(refusal)) }))
        }
    })
}

/// The message id of a refusal.
pub fn message_id(r: KeyRefusal) -> &'static str {
    match r {
        KeyRefusal::Unavailable => "account-key-unavailable",
        KeyRefusal::NoCeremony => "account-key-expired",
        KeyRefusal::Invalid => "account-key-invalid",
        KeyRefusal::Duplicate => "account-key-duplicate",
        KeyRefusal::TooMany => "account-key-too-many",
    }
}

/// What the add form posts (the credential filled in by the script).
#[derive(serde::Deserialize)]
pub struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    credential: String,
}

impl CsrfField for AddForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// POST `/{realm}/security-keys`: stores the key the browser made, named.
pub async fn add<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    checked: Checked<P::SignedIn, web::Form<AddForm>>,
) -> Result<HttpResponse, WebError> {
    let Checked { who, body: form } = checked;
    let s = who.session().clone();
    let t = crate::web::translator(&req);
    let name = form.name.trim().to_string();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        let e = t.t1("account-error-key-name", "max", MAX_NAME_CHARS);
        return render_page::<P>(&req, &state, &s, StatusCode::BAD_REQUEST, Some(e)).await;
    }
    if form.credential.is_empty() {
        let e = t.t("account-key-needs-js");
        return render_page::<P>(&req, &state, &s, StatusCode::BAD_REQUEST, Some(e)).await;
    }
    let (kind, id) = (s.kind, s.principal_id);
    let (token, credential) = (form.token.clone(), form.credential.clone());
    let st = state.clone();
    let realm = P::REALM;
    let added = crate::blocking::write(state.db(), move |conn| {
        let added =
            st.security_keys()
                .finish_registration(conn, kind, id, &token, &name, &credential)?;
        if let Ok(key) = added {
            let event = realm.event(
                Some(id),
                match realm.name {
                    "console" => "console.security_key_added",
                    _ => "portal.security_key_added",
                },
                Some(("security_key", key.to_string())),
                serde_json::json!({}),
            );
            append_audit_in(conn, &event)?;
        }
        Ok(added)
    })
    .await?;
    match added {
        Ok(_) => Ok(see_other(&format!(
            "/{}/security-keys?lang={}&added",
            realm.name,
            t.code()
        ))),
        Err(r) => {
            let e = t.t(message_id(r));
            render_page::<P>(&req, &state, &s, StatusCode::BAD_REQUEST, Some(e)).await
        }
    }
}

/// POST `/{realm}/security-keys/{id}/remove`: removes one of the user's own keys (another's
/// id answers as unknown), audited. The last key may go only while TOTP is allowed: otherwise
/// the account could no longer sign in.
pub async fn remove<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    checked: Checked<P::SignedIn, web::Form<CsrfOnly>>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    let s = checked.who.session().clone();
    let t = crate::web::translator(&req);
    let Ok(key) = path.parse::<i64>() else {
        return Err(WebError::new(crate::web::error::Kind::NotFound).in_lang(&t));
    };
    let (kind, id) = (s.kind, s.principal_id);
    let realm = P::REALM;
    let outcome = crate::blocking::write(state.db(), move |conn| {
        let keys = acc::security_keys_of(conn, kind, id)?;
        if !keys.iter().any(|k| k.id == key) {
            return Ok(Removal::Unknown);
        }
        if keys.len() == 1 && !acc::totp_allowed(conn, kind, id)? {
            return Ok(Removal::LastKey);
        }
        acc::delete_security_key(conn, kind, id, key)?;
        let event = realm.event(
            Some(id),
            match realm.name {
                "console" => "console.security_key_removed",
                _ => "portal.security_key_removed",
            },
            Some(("security_key", key.to_string())),
            serde_json::json!({ "keys_left": keys.len() - 1 }),
        );
        append_audit_in(conn, &event)?;
        Ok(Removal::Done)
    })
    .await?;
    match outcome {
        Removal::Done => Ok(see_other(&format!(
            "/{}/security-keys?lang={}&removed",
            realm.name,
            t.code()
        ))),
        Removal::Unknown => Err(WebError::new(crate::web::error::Kind::NotFound).in_lang(&t)),
        Removal::LastKey => {
            let e = t.t("account-key-last");
            render_page::<P>(&req, &state, &s, StatusCode::CONFLICT, Some(e)).await
        }
    }
}

enum Removal {
    Done,
    Unknown,
    LastKey,
}
