//! What every page and route shares: security headers, language choice, rendering, CSRF, and
//! the one place where errors become HTTP responses.

pub mod body_deadline;
pub mod csrf;
pub mod error;
pub mod limits;
pub mod paging;
pub mod statics;

use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::DefaultHeaders;
use actix_web::{HttpRequest, HttpResponse};
use i18n::Translator;

pub use error::WebError;

/// Headers on every response: nothing from another origin (but the configured TAXII servers,
/// which the console pushes exports to: `TAXII_ORIGINS`, checked by `config::taxii_origins`), no
/// referrer, no caching, no framing.
pub fn security_headers(taxii_origins: &[String]) -> DefaultHeaders {
    let mut connect = String::from("'self'");
    for o in taxii_origins {
        connect.push(' ');
        connect.push_str(o);
    }
    DefaultHeaders::new()
        .add((
            header::CONTENT_SECURITY_POLICY,
            format!(
                "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                 img-src 'self'; connect-src {connect}; form-action 'self'; \
                 frame-ancestors 'none'; base-uri 'none'"
            ),
        ))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::CACHE_CONTROL, "no-store"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
}

/// The page language: `?lang=xx` (the switch, no cookie needed), else `Accept-Language`.
pub fn translator(req: &HttpRequest) -> Translator {
    let query = query_lang(req.query_string());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    Translator::negotiate(query.as_deref(), accept)
}

fn query_lang(query: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| v.to_string())
}

/// Renders an askama template as an HTML response with `status`.
pub fn render<T: askama::Template>(
    status: actix_web::http::StatusCode,
    template: &T,
) -> Result<HttpResponse, WebError> {
    let body = template.render().map_err(|e| {
        tracing::error!(error = %e, "template rendering failed");
        WebError::internal()
    })?;
    Ok(HttpResponse::build(status)
        .insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ))
        .body(body))
}

/// What the layout of every page needs.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub t: Translator,
    /// The path of this page, for the language switch links.
    pub path: String,
    /// The keyring signing key fingerprint, shown so reporters can compare it out of band.
    pub fingerprint: String,
}

impl Chrome {
    pub fn new(req: &HttpRequest, fingerprint: &str) -> Self {
        Chrome {
            t: translator(req),
            path: req.path().to_string(),
            fingerprint: fingerprint.to_string(),
        }
    }

    /// `path?lang=xx`, to keep the language across links and form posts without a cookie.
    pub fn link(&self, path: &str) -> String {
        format!("{path}?lang={}", self.t.code())
    }

    pub fn title(&self, page_id: &str) -> String {
        let page = self.t.t(page_id);
        self.t.t1("page-title-with-site", "page", page)
    }
}

/// A 303 redirect (after a POST, or to the canonical page).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, location.to_string()))
        .finish()
}
