//! The web half of signing in, shared by the console (reviewers) and the portal (member-state
//! users): the login page and form ([`login_form`], [`login_submit`]), the outcome of a submitted
//! form (session cookie and redirect, or the message to show) and the audit entries. Each side
//! keeps only what differs — its [`Realm`] and its page template, through its
//! [`AccountRealm`].

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use storage::audit::{append_audit, AuditEntry};
use storage::{ActorKind, Database, PrincipalKind};
use zeroize::Zeroizing;

use super::browser;
use super::login::{login, Outcome};
use super::realm::{AccountRealm, LoginView};
use super::{now, session, AuthSettings};
use crate::state::SignInSite;
use crate::web::{render, Chrome, WebError};

/// What distinguishes one sign-in from the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Realm {
    pub kind: PrincipalKind,
    pub actor: ActorKind,
    /// Where a signed-in user lands.
    pub home: &'static str,
    /// Prefix of the paths (`/console/login`), message ids (`console-enrol-heading`), form
    /// names and audit actions (`console.login_succeeded`).
    pub name: &'static str,
    /// The issuer authenticator apps show next to the account.
    pub issuer: &'static str,
    /// The audit log's object kind for an account.
    pub object: &'static str,
    /// The message id of the refusal of a POST without a valid CSRF token.
    pub csrf_error: &'static str,
}

impl Realm {
    /// One event of the realm for the audit log (ids and counts only), to append in the
    /// transaction of the change it records (`storage::audit::append_audit_in`).
    pub fn event(
        &self,
        actor: Option<i64>,
        action: &'static str,
        object: Option<(&'static str, String)>,
        detail: serde_json::Value,
    ) -> AuditEntry {
        entry(self.actor, actor, action.to_string(), object, detail)
    }

    /// Appends one event of the realm that changes nothing (a page viewed, a file served) to
    /// the audit log on its own (ids and counts only).
    pub async fn audit(
        &self,
        db: &Database,
        actor: Option<i64>,
        action: &'static str,
        object: Option<(&'static str, String)>,
        detail: serde_json::Value,
    ) -> Result<(), WebError> {
        audit(db, self.actor, actor, action.to_string(), object, detail).await
    }
}

pub const CONSOLE: Realm = Realm {
    kind: PrincipalKind::Reviewer,
    actor: ActorKind::Reviewer,
    home: "/console/",
    name: "console",
    issuer: "Trade secret theft reporting – reviewer console",
    object: "reviewer",
    csrf_error: "console-error-csrf",
};

pub const PORTAL: Realm = Realm {
    kind: PrincipalKind::MemberState,
    actor: ActorKind::MemberState,
    home: "/portal/",
    name: "portal",
    issuer: "Trade secret theft statistics – data portal",
    object: "member_state_user",
    csrf_error: "error-csrf",
};

/// An audit event of `actor_kind` (ids and counts only, never content); without an actor id
/// the event is the system's.
pub fn entry(
    actor_kind: ActorKind,
    actor: Option<i64>,
    action: String,
    object: Option<(&'static str, String)>,
    detail: serde_json::Value,
) -> AuditEntry {
    AuditEntry {
        at: now(),
        actor_kind: if actor.is_some() {
            actor_kind
        } else {
            ActorKind::System
        },
        actor_id: actor.map(|id| id.to_string()),
        action,
        object_kind: object.as_ref().map(|(k, _)| (*k).to_string()),
        object_id: object.map(|(_, id)| id),
        detail,
    }
}

/// Appends one event to the audit log on its own: for events that are not a change (a page
/// viewed, a file served, a sign-in attempt). A change is audited in its own transaction
/// instead (`storage::audit::append_audit_in`), so that the two commit or fail together.
pub async fn audit(
    db: &Database,
    actor_kind: ActorKind,
    actor: Option<i64>,
    action: String,
    object: Option<(&'static str, String)>,
    detail: serde_json::Value,
) -> Result<(), WebError> {
    let entry = entry(actor_kind, actor, action, object, detail);
    crate::blocking::db(db, move |conn| append_audit(conn, &entry)).await?;
    Ok(())
}

/// The login form as posted. Password and code are wiped when it is dropped.
#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

impl Drop for LoginForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.password);
        zeroize::Zeroize::zeroize(&mut self.code);
    }
}

/// The notice a login page shows when it was reached after an expired session
/// (`?expired`) or a logout (`?out`).
pub fn login_notice(req: &HttpRequest, t: &i18n::Translator) -> Option<String> {
    let flag = |name: &str| {
        req.query_string()
            .split('&')
            .any(|kv| kv == name || kv.starts_with(&format!("{name}=")))
    };
    if flag("expired") {
        Some(t.t("console-notice-expired"))
    } else if flag("out") {
        Some(t.t("console-notice-logged-out"))
    } else {
        None
    }
}

/// What a submitted login form leads to.
pub enum SignIn {
    /// Signed in: the redirect home, carrying the new session cookie.
    Done(HttpResponse),
    /// The password was right; the account signs in with a security key: the ceremony's
    /// token and options for the key page.
    Key { token: String, options: String },
    /// Refused: the status and the (uniform) message to show on the form again.
    Refused { status: StatusCode, message: String },
}

/// Checks name, password and TOTP code (the caller has checked the form's CSRF token), opens
/// a session on success (and marks the browser as the owner's, [`browser`]) and audits the
/// attempt. Every refusal is the same 401 and message: unknown name, wrong password or code,
/// throttled account.
pub async fn sign_in(
    req: &HttpRequest,
    state: &impl SignInSite,
    settings: AuthSettings,
    realm: Realm,
    form: &mut LoginForm,
) -> Result<SignIn, WebError> {
    let at = now();
    let password = Zeroizing::new(std::mem::take(&mut form.password));
    let code = std::mem::take(&mut form.code);
    let device = browser::DeviceCookie::of(req, state.csrf(), realm.name);
    let outcome = login(
        state.db(),
        realm.kind,
        form.name.clone(),
        password,
        code,
        device,
        at,
    )
    .await?;
    let c = Chrome::new(req, state.signer_fingerprint());
    let event = |what: &str| format!("{}.{what}", realm.name);
    let (account, action, detail) = match outcome {
        Outcome::Success(id) => {
            let detail = serde_json::json!({ "second_factor": "totp" });
            return Ok(SignIn::Done(
                signed_in(req, state, settings, realm, id, detail).await?,
            ));
        }
        Outcome::KeyNeeded(id) => {
            let keys = state.security_keys().clone();
            let kind = realm.kind;
            let started = crate::blocking::write(state.db(), move |conn| {
                keys.start_authentication(conn, kind, id)
            })
            .await?;
            if let Some((token, options)) = started {
                return Ok(SignIn::Key { token, options });
            }
            // Keys not usable at this address (no relying party): the uniform refusal.
            let detail =
                serde_json::json!({ "known_account": true, "security_keys": "unavailable" });
            (Some(id), event("login_failed"), detail)
        }
        Outcome::Failed {
            account,
            throttled_until,
            totp_refused,
        } => {
            let mut detail = serde_json::json!({ "known_account": account.is_some() });
            if let Some(until) = throttled_until {
                detail["throttled_until"] = until.into();
            }
            if totp_refused {
                detail["totp_refused_by_policy"] = true.into();
            }
            (account, event("login_failed"), detail)
        }
        Outcome::Throttled { account, until } => (
            Some(account),
            event("login_throttled"),
            serde_json::json!({ "throttled_until": until }),
        ),
    };
    audit(state.db(), realm.actor, account, action, None, detail).await?;
    Ok(SignIn::Refused {
        status: StatusCode::UNAUTHORIZED,
        message: c.t.t("console-error-login"),
    })
}

/// Opens a session for account `id` (audited as `<realm>.login_succeeded` with `detail`, in
/// the session's transaction) and answers with the redirect home carrying the session cookie
/// and the owner's device cookie.
pub async fn signed_in(
    req: &HttpRequest,
    state: &impl SignInSite,
    settings: AuthSettings,
    realm: Realm,
    id: i64,
    detail: serde_json::Value,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, state.signer_fingerprint());
    let succeeded = entry(
        realm.actor,
        Some(id),
        format!("{}.login_succeeded", realm.name),
        None,
        detail,
    );
    let (token, _) =
        session::create_audited(state.db(), settings, realm.kind, id, now(), Some(succeeded))
            .await?;
    let token = Zeroizing::new(token);
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, c.link(realm.home)))
        .append_header((header::SET_COOKIE, session::set_cookie(&token)))
        .append_header((
            header::SET_COOKIE,
            browser::device_set_cookie(state.csrf(), realm.name, id),
        ))
        .finish())
}

/// The CSRF form name of a realm's login form, bound to the browser's login cookie
/// (`console-login:<cookie>`; no session exists yet, see [`super::browser`]).
pub(super) fn login_form_name<P: AccountRealm>(binding: &str) -> String {
    format!("{}-login:{binding}", P::REALM.name)
}

pub(super) fn login_view<P: AccountRealm>(
    c: &Chrome,
    state: &P::State,
    binding: &str,
    name: String,
    notice: Option<String>,
    error: Option<String>,
) -> LoginView {
    LoginView {
        heading: c.t.t(&format!("{}-login-heading", P::REALM.name)),
        action: c.link(&format!("/{}/login", P::REALM.name)),
        csrf: state.csrf().issue(&login_form_name::<P>(binding)),
        name,
        notice,
        error,
    }
}

/// GET `/{realm}/login`: the login page, with a notice after an expired session or a logout;
/// hands out the login cookie its form's token is bound to when the browser has none.
pub async fn login_form<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(&req, state.signer_fingerprint());
    let notice = login_notice(&req, &c.t);
    let (binding, set) = browser::login_binding(&req);
    let view = login_view::<P>(&c, &state, &binding, String::new(), notice, None);
    let mut page = render(StatusCode::OK, &P::Login::from((c, view)))?;
    if let Some(set) = set {
        let value = header::HeaderValue::from_str(&set).map_err(|_| WebError::internal())?;
        page.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(page)
}

/// POST `/{realm}/login`: signs in, or shows the form again with the (uniform) refusal. A
/// form whose token is not bound to this browser's login cookie is refused before the
/// credentials are looked at.
pub async fn login_submit<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    settings: web::Data<AuthSettings>,
    mut form: web::Form<LoginForm>,
) -> Result<HttpResponse, WebError> {
    let Some(binding) = browser::login_cookie(&req)
        .filter(|b| state.csrf().check(&login_form_name::<P>(b), &form.csrf))
    else {
        return super::realm::csrf_refused::<P>(&req, &state);
    };
    let (status, error) = match sign_in(&req, &state, **settings, P::REALM, &mut form).await? {
        SignIn::Done(signed_in) => return Ok(signed_in),
        SignIn::Key { token, options } => {
            return super::key_signin::key_page::<P>(&req, &state, &binding, token, options);
        }
        SignIn::Refused { status, message } => (status, message),
    };
    let c = Chrome::new(&req, state.signer_fingerprint());
    let name = form.name.trim().to_string();
    let view = login_view::<P>(&c, &state, &binding, name, None, Some(error));
    render(status, &P::Login::from((c, view)))
}
