//! The two cookies of signing in besides the session, both `__Host-`, `Secure`, `HttpOnly`
//! and `SameSite=Strict` (never sent with a request another site starts):
//!
//! - `__Host-login`: 32 random bytes that the login form's CSRF token is bound to. There is
//!   no session before signing in, so a stateless token alone would let another site post
//!   the form with its own credentials and sign the victim's browser into the attacker's
//!   account (login CSRF). A cross-site post carries no such cookie, so its token fails.
//! - `__Host-{realm}-device`: set when an account signs in; names the account only inside a
//!   MAC (`<expiry>.<tag>` over realm and account id, the deployment's CSRF key). A browser
//!   holding it for the account is the owner's, and is not held back by the throttling that
//!   strangers' guesses put on the account (see [`super::login`]).

use actix_web::http::header;
use actix_web::HttpRequest;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::web::csrf::{Csrf, LIFETIME_SECS};

pub const LOGIN_COOKIE: &str = "__Host-login";

/// How long a browser is recognised as the owner's after signing in.
pub const DEVICE_SECS: i64 = 30 * 24 * 60 * 60;

/// The value of the request's cookie `name`, if present and of a plausible length.
pub fn cookie_in(req: &HttpRequest, name: &str) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

fn set_cookie(name: &str, value: &str, max_age: i64) -> String {
    format!("{name}={value}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Strict")
}

/// The login cookie the request carries, if it is one this server could have made.
pub fn login_cookie(req: &HttpRequest) -> Option<String> {
    cookie_in(req, LOGIN_COOKIE).filter(|v| {
        v.len() == 43
            && v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    })
}

/// The login cookie to bind the form's token to: the browser's own, or a new one with the
/// `Set-Cookie` value that hands it out (lasting as long as the form's token).
pub fn login_binding(req: &HttpRequest) -> (String, Option<String>) {
    if let Some(v) = login_cookie(req) {
        return (v, None);
    }
    let mut raw = [0u8; 32];
    envelope::fill_random(&mut raw);
    let v = URL_SAFE_NO_PAD.encode(raw);
    let set = set_cookie(LOGIN_COOKIE, &v, LIFETIME_SECS);
    (v, Some(set))
}

fn device_cookie_name(realm: &str) -> String {
    format!("__Host-{realm}-device")
}

fn device_form(realm: &str, account: i64) -> String {
    format!("device:{realm}:{account}")
}

/// The `Set-Cookie` value that marks this browser as `account`'s in `realm`.
pub fn device_set_cookie(csrf: &Csrf, realm: &str, account: i64) -> String {
    let token = csrf.issue_for(&device_form(realm, account), DEVICE_SECS);
    set_cookie(&device_cookie_name(realm), &token, DEVICE_SECS)
}

/// The request's device cookie of a realm, to check against the account a login names (on the
/// blocking pool, where the account is looked up).
#[derive(Clone)]
pub struct DeviceCookie {
    token: Option<String>,
    csrf: Csrf,
    realm: &'static str,
}

impl std::fmt::Debug for DeviceCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceCookie")
            .field("present", &self.token.is_some())
            .field("realm", &self.realm)
            .finish_non_exhaustive()
    }
}

impl DeviceCookie {
    pub fn of(req: &HttpRequest, csrf: &Csrf, realm: &'static str) -> Self {
        DeviceCookie {
            token: cookie_in(req, &device_cookie_name(realm)),
            csrf: csrf.clone(),
            realm,
        }
    }

    /// Whether this browser is one where `account` signed in before.
    pub fn is_owners(&self, account: i64) -> bool {
        self.token.as_deref().is_some_and(|t| {
            self.csrf
                .check_within(&device_form(self.realm, account), t, DEVICE_SECS)
        })
    }
}

/// Whether the request comes from a browser where `account` signed in before.
pub fn is_owners_device(req: &HttpRequest, csrf: &Csrf, realm: &'static str, account: i64) -> bool {
    DeviceCookie::of(req, csrf, realm).is_owners(account)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn device_cookie_names_one_account_of_one_realm() {
        let csrf = Csrf::new(envelope::SymmetricKey::generate());
        let set = device_set_cookie(&csrf, "console", 7);
        let pair = set.split(';').next().unwrap();
        assert!(pair.starts_with("__Host-console-device="), "{set}");
        assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"));
        let req = TestRequest::default()
            .insert_header((header::COOKIE, pair))
            .to_http_request();
        assert!(is_owners_device(&req, &csrf, "console", 7));
        assert!(!is_owners_device(&req, &csrf, "console", 8));
        assert!(!is_owners_device(&req, &csrf, "portal", 7));
        let other = Csrf::new(envelope::SymmetricKey::generate());
        assert!(!is_owners_device(&req, &other, "console", 7));
    }

    #[test]
    fn login_binding_reuses_the_browsers_cookie() {
        let fresh = TestRequest::default().to_http_request();
        let (v, set) = login_binding(&fresh);
        let set = set.unwrap();
        assert!(set.starts_with(&format!("{LOGIN_COOKIE}={v};")), "{set}");
        let again = TestRequest::default()
            .insert_header((header::COOKIE, format!("{LOGIN_COOKIE}={v}")))
            .to_http_request();
        assert_eq!(login_binding(&again), (v, None));
        let bad = TestRequest::default()
            .insert_header((header::COOKIE, format!("{LOGIN_COOKIE}=short")))
            .to_http_request();
        assert!(login_binding(&bad).1.is_some());
    }
}
