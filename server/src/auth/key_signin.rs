//! The second step of a sign-in with a security key: after the right password (and no code)
//! of an account with keys, the key page ([`key_page`]) carries the ceremony's options; its
//! script (static/js/security_key.js) asks the authenticator (`navigator.credentials.get`)
//! and posts the assertion to `POST /{realm}/login/key` ([`key_submit`]). The form's CSRF
//! token is the login form's (bound to the browser's login cookie); the ceremony, stored
//! server-side, is bound to the account and used once. A refused assertion counts as a failed
//! login (back-off, `<realm>.login_failed` with `"second_factor": "security_key"`) and gets
//! the login page's one refusal. Without JavaScript the page points back to the login form
//! (a code, if the account's policy allows TOTP).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{self as acc, Lookup};

use super::realm::{AccountRealm, KeyStepView};
use super::signin::{audit, login_form_name, login_view, signed_in};
use super::{account, browser, AuthSettings};
use crate::state::SignInSite;
use crate::web::{render, Chrome, WebError};

/// The key page: the ceremony's token and options in the form the script completes.
pub fn key_page<P: AccountRealm>(
    req: &HttpRequest,
    state: &P::State,
    binding: &str,
    token: String,
    options: String,
) -> Result<HttpResponse, WebError> {
    let c = Chrome::new(req, state.signer_fingerprint());
    let view = KeyStepView {
        heading: c.t.t("account-key-signin-heading"),
        action: c.link(&format!("/{}/login/key", P::REALM.name)),
        login: c.link(&format!("/{}/login", P::REALM.name)),
        csrf: state.csrf().issue(&login_form_name::<P>(binding)),
        token,
        options,
    };
    render(StatusCode::OK, &P::KeyStep::from((c, view)))
}

/// What the key page posts.
#[derive(serde::Deserialize)]
pub struct KeyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    credential: String,
}

/// POST `/{realm}/login/key`: checks the assertion against the stored ceremony and signs in.
pub async fn key_submit<P: AccountRealm>(
    req: HttpRequest,
    state: web::Data<P::State>,
    settings: web::Data<AuthSettings>,
    form: web::Form<KeyForm>,
) -> Result<HttpResponse, WebError> {
    let Some(binding) = browser::login_cookie(&req)
        .filter(|b| state.csrf().check(&login_form_name::<P>(b), &form.csrf))
    else {
        return super::realm::csrf_refused::<P>(&req, &state);
    };
    let realm = P::REALM;
    let keys = state.security_keys().clone();
    let (token, credential) = (form.token.clone(), form.credential.clone());
    let now = super::now();
    let outcome = crate::blocking::write(state.db(), move |conn| {
        let finished = keys.finish_authentication(conn, realm.kind, &token, &credential)?;
        Ok(match finished {
            Ok(id) => {
                // Still allowed to sign in (not deactivated since the password step).
                let active = acc::find_any_account(conn, realm.kind, Lookup::Id(id))?
                    .is_some_and(|a| a.credentials.can_log_in());
                if active {
                    account::clear_failures(conn, realm.kind, id)?;
                    Ok(id)
                } else {
                    Err((Some(id), None))
                }
            }
            Err((Some(id), _)) => {
                let until = account::record_failure(conn, realm.kind, id, now)?;
                Err((Some(id), until))
            }
            Err((None, _)) => Err((None, None)),
        })
    })
    .await?;
    match outcome {
        Ok(id) => {
            let detail = serde_json::json!({ "second_factor": "security_key" });
            signed_in(&req, &state, **settings, realm, id, detail).await
        }
        Err((account, until)) => {
            let mut detail = serde_json::json!({
                "known_account": account.is_some(),
                "second_factor": "security_key",
            });
            if let Some(until) = until {
                detail["throttled_until"] = until.into();
            }
            let action = format!("{}.login_failed", realm.name);
            audit(state.db(), realm.actor, account, action, None, detail).await?;
            let c = Chrome::new(&req, state.signer_fingerprint());
            let error = c.t.t("console-error-login");
            let view = login_view::<P>(&c, &state, &binding, String::new(), None, Some(error));
            render(StatusCode::UNAUTHORIZED, &P::Login::from((c, view)))
        }
    }
}
