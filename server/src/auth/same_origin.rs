//! Refuses cross-site state changes in the console and the portal, in one place: a middleware
//! that looks at every POST (and any other unsafe method) under `/console` and `/portal` —
//! logins, enrolment, sign-outs and every signed-in form — before any handler reads the body,
//! the session or the credentials.
//!
//! The browser's own word decides:
//!
//! - `Sec-Fetch-Site` (sent by every current browser): only `same-origin` passes, and `none`
//!   (a navigation the user started themselves, which no other site can cause). `same-site`
//!   (a sibling subdomain) and `cross-site` are refused.
//! - `Origin`, when it names an origin: its host (and port, when `Host` has one) must be the
//!   request's own `Host`. The scheme is not compared: behind the TLS proxy the server itself
//!   is reached over plain HTTP.
//! - Neither header, or `Origin: null` without `Sec-Fetch-Site`, passes. Browsers too old to
//!   send `Sec-Fetch-Site` send `Origin: null` even for same-origin forms under this site's
//!   `Referrer-Policy: no-referrer`; programs (`curl`, the tests) send neither. A cross-site
//!   request from such a browser still carries no session (`SameSite=Strict`), and a
//!   cross-site login has no login cookie (`SameSite=Strict`, see [`super::signin`]), so its
//!   form token does not verify.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{MemberStateProfile, ReviewerProfile};

use super::realm::{message, AccountRealm};

/// Whether a request may change state: safe methods always, unsafe ones only from this site.
pub fn allowed(
    method: &Method,
    sec_fetch_site: Option<&str>,
    origin: Option<&str>,
    host: &str,
) -> bool {
    if matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    ) {
        return true;
    }
    if let Some(site) = sec_fetch_site {
        if !matches!(site.trim(), "same-origin" | "none") {
            return false;
        }
    }
    match origin.map(str::trim) {
        None | Some("null") => true,
        Some(o) => same_host(o, host),
    }
}

/// Whether the origin `scheme://host[:port]` names `host` (`name[:port]`, the `Host` header).
fn same_host(origin: &str, host: &str) -> bool {
    let Ok(uri) = origin.parse::<actix_web::http::Uri>() else {
        return false;
    };
    let Ok(own) = host.parse::<actix_web::http::uri::Authority>() else {
        return false;
    };
    let (Some(name), Some(scheme)) = (uri.host(), uri.scheme_str()) else {
        return false;
    };
    let port = uri.port_u16().or(match scheme {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    });
    name.eq_ignore_ascii_case(own.host()) && own.port_u16().is_none_or(|p| Some(p) == port)
}

/// The realm a path belongs to (`/console…` or `/portal…`), if any.
fn realm_of(path: &str) -> Option<&'static str> {
    ["console", "portal"].into_iter().find(|name| {
        path.strip_prefix('/')
            .and_then(|p| p.strip_prefix(name))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The middleware: refuses a cross-site POST to the console or the portal with the realm's
/// 403 page, before the handler runs.
pub async fn refuse_cross_site(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let Some(realm) = realm_of(req.path()) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let headers = req.headers();
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let host = req.connection_info().host().to_string();
    let ok = allowed(
        req.method(),
        text("sec-fetch-site"),
        text(header::ORIGIN.as_str()),
        &host,
    );
    if ok {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    tracing::warn!(realm, path = req.path(), "cross-site request refused");
    let (http, _) = req.into_parts();
    let resp = match realm {
        "console" => refused::<ReviewerProfile>(&http),
        _ => refused::<MemberStateProfile>(&http),
    };
    Ok(ServiceResponse::new(http, resp).map_into_right_body())
}

/// The realm's 403 page saying that the form came from another site.
fn refused<P: AccountRealm>(req: &HttpRequest) -> HttpResponse {
    let t = crate::web::translator(req);
    let page = req
        .app_data::<web::Data<P::State>>()
        .ok_or_else(crate::web::WebError::internal)
        .and_then(|state| {
            let heading = format!("{}-refused-heading", P::REALM.name);
            message::<P>(
                req,
                state,
                StatusCode::FORBIDDEN,
                &heading,
                t.t("error-cross-site"),
            )
        });
    page.unwrap_or_else(|_| {
        HttpResponse::Forbidden()
            .content_type("text/plain; charset=utf-8")
            .body(t.t("error-cross-site"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: &str = "tsr.example";

    #[test]
    fn only_this_site_may_post() {
        let post = Method::POST;
        // Programs and old browsers without the headers.
        assert!(allowed(&post, None, None, HOST));
        assert!(allowed(&post, None, Some("null"), HOST));
        // The browser says where the request comes from.
        assert!(allowed(&post, Some("same-origin"), None, HOST));
        assert!(allowed(&post, Some("same-origin"), Some("null"), HOST));
        assert!(allowed(&post, Some("none"), None, HOST));
        assert!(!allowed(&post, Some("cross-site"), None, HOST));
        assert!(!allowed(&post, Some("same-site"), None, HOST));
        assert!(!allowed(&post, Some("cross-site"), Some("null"), HOST));
        // The origin must be this host.
        assert!(allowed(&post, None, Some("https://tsr.example"), HOST));
        assert!(allowed(&post, None, Some("https://TSR.example:443"), HOST));
        assert!(!allowed(&post, None, Some("https://evil.example"), HOST));
        assert!(!allowed(
            &post,
            None,
            Some("https://tsr.example.evil"),
            HOST
        ));
        assert!(!allowed(
            &post,
            Some("same-origin"),
            Some("https://evil.example"),
            HOST
        ));
        assert!(!allowed(&post, None, Some("garbage"), HOST));
        // With a port in `Host`, the origin's port must be the same.
        let local = "127.0.0.1:8080";
        assert!(allowed(&post, None, Some("http://127.0.0.1:8080"), local));
        assert!(!allowed(&post, None, Some("http://127.0.0.1:9090"), local));
        assert!(!allowed(&post, None, Some("http://127.0.0.1"), local));
        // Reading is never refused.
        assert!(allowed(
            &Method::GET,
            Some("cross-site"),
            Some("https://evil.example"),
            HOST
        ));
    }

    #[test]
    fn only_console_and_portal_paths() {
        assert_eq!(realm_of("/console"), Some("console"));
        assert_eq!(realm_of("/console/login"), Some("console"));
        assert_eq!(realm_of("/portal/tokens"), Some("portal"));
        assert_eq!(realm_of("/consoles"), None);
        assert_eq!(realm_of("/report"), None);
        assert_eq!(realm_of("/api/v1/reports"), None);
    }
}
