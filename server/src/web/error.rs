//! The one place where failures become HTTP responses. Library errors (`storage`, `envelope`,
//! `domain`) are mapped here; the user sees a translated message, the log gets the kind of
//! failure and never report content, receipts or keys.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use i18n::{Arg, Translator};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    BadRequest,
    NotFound,
    TooLarge {
        limit_mib: u64,
    },
    TooManyFiles {
        limit: usize,
    },
    /// One text field longer than the per-field limit (`Limits::max_text_bytes`), in KiB.
    TextTooLarge {
        limit_kib: u64,
    },
    Csrf,
    /// A single-use form sent a second time (the no-JavaScript report form).
    FormUsed,
    Unauthorized,
    /// A method the route does not answer (`/api/` only; `allow` lists the ones it does).
    MethodNotAllowed {
        allow: &'static str,
    },
    /// Header fields larger than `web::limits::MAX_HEADER_BYTES`.
    HeadersTooLarge,
    RateLimited,
    Unavailable,
    /// The database cannot be reached (down, unreachable, or no connection free in time).
    DatabaseUnavailable,
    Internal,
}

/// Seconds a client is asked to wait after a 503 for an unreachable database: outages of a
/// database restart or fail-over last about this long.
pub const DATABASE_RETRY_AFTER_SECS: u32 = 30;

/// An error page in the reader's language (or JSON for `/api/`).
#[derive(Debug)]
pub struct WebError {
    pub kind: Kind,
    t: Option<Translator>,
    json: bool,
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl WebError {
    pub fn new(kind: Kind) -> Self {
        WebError {
            kind,
            t: None,
            json: false,
        }
    }

    pub fn internal() -> Self {
        Self::new(Kind::Internal)
    }

    pub fn in_lang(mut self, t: &Translator) -> Self {
        self.t = Some(*t);
        self
    }

    pub fn as_json(mut self) -> Self {
        self.json = true;
        self
    }

    /// A stable machine-readable code and the message id of the explanation.
    pub fn code(&self) -> (&'static str, &'static str) {
        match self.kind {
            Kind::BadRequest => ("bad_request", "error-bad-request"),
            Kind::NotFound => ("not_found", "error-not-found"),
            Kind::TooLarge { .. } => ("too_large", "error-too-large"),
            Kind::TooManyFiles { .. } => ("too_many_files", "error-too-many-files"),
            Kind::TextTooLarge { .. } => ("text_too_large", "error-text-too-large"),
            Kind::Csrf => ("csrf", "error-csrf"),
            Kind::FormUsed => ("form_used", "error-form-used"),
            Kind::Unauthorized => ("unauthorized", "error-unauthorized"),
            Kind::MethodNotAllowed { .. } => ("method_not_allowed", "error-method-not-allowed"),
            Kind::HeadersTooLarge => ("headers_too_large", "error-headers-too-large"),
            Kind::RateLimited => ("rate_limited", "error-rate-limited"),
            Kind::Unavailable => ("unavailable", "error-unavailable"),
            // The same machine code as `Unavailable`: for a client both mean "retry later".
            Kind::DatabaseUnavailable => ("unavailable", "error-database-unavailable"),
            Kind::Internal => ("internal", "error-server"),
        }
    }

    pub fn message(&self, t: &Translator) -> String {
        let (_, id) = self.code();
        match self.kind {
            Kind::TooLarge { limit_mib } => t.t1(id, "limit", Arg::from(format!("{limit_mib} MB"))),
            Kind::TooManyFiles { limit } => t.t1(id, "limit", Arg::from(limit as u64)),
            Kind::TextTooLarge { limit_kib } => {
                t.t1(id, "limit", Arg::from(format!("{limit_kib} KiB")))
            }
            _ => t.t(id),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    t: &'a Translator,
    title: String,
    message: String,
}

impl ResponseError for WebError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            Kind::BadRequest | Kind::Csrf => StatusCode::BAD_REQUEST,
            Kind::NotFound => StatusCode::NOT_FOUND,
            Kind::FormUsed => StatusCode::CONFLICT,
            Kind::Unauthorized => StatusCode::UNAUTHORIZED,
            Kind::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Kind::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Kind::TooLarge { .. } | Kind::TooManyFiles { .. } | Kind::TextTooLarge { .. } => {
                StatusCode::PAYLOAD_TOO_LARGE
            }
            Kind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Kind::Unavailable | Kind::DatabaseUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let t = self.t.unwrap_or_else(|| Translator::negotiate(None, None));
        let message = self.message(&t);
        let mut resp = HttpResponse::build(self.status_code());
        match self.kind {
            Kind::RateLimited | Kind::Unavailable => {
                resp.insert_header(("Retry-After", "60"));
            }
            Kind::DatabaseUnavailable => {
                resp.insert_header(("Retry-After", DATABASE_RETRY_AFTER_SECS.to_string()));
            }
            _ => {}
        }
        if let Kind::MethodNotAllowed { allow } = self.kind {
            resp.insert_header((actix_web::http::header::ALLOW, allow));
        }
        if self.kind == Kind::Unauthorized {
            resp.insert_header(("WWW-Authenticate", "Bearer realm=\"api\""));
        }
        if self.json {
            let (code, _) = self.code();
            return resp.json(serde_json::json!({"error": {"code": code, "message": message}}));
        }
        let title = match self.kind {
            Kind::Unavailable | Kind::DatabaseUnavailable => t.t("error-unavailable-title"),
            _ => t.t("error-page-title"),
        };
        let page = ErrorPage {
            t: &t,
            title,
            message,
        };
        match page.render() {
            Ok(body) => resp.content_type("text/html; charset=utf-8").body(body),
            Err(_) => resp
                .content_type("text/plain; charset=utf-8")
                .body(page.message),
        }
    }
}

impl From<storage::StorageError> for WebError {
    fn from(e: storage::StorageError) -> Self {
        use storage::StorageError as S;
        match e {
            // Pool timeouts, refused or lost connections, a SQLite write lock held elsewhere
            // past the busy timeout: the request waited a bounded time and nothing was written,
            // since every write is one transaction. The message names no URL or credential.
            S::Pool(_) | S::Connect(_) | S::Busy(_) => {
                tracing::error!(error = %e, "database unavailable");
                WebError::new(Kind::DatabaseUnavailable)
            }
            other => {
                tracing::error!(error = %other, "database error");
                WebError::internal()
            }
        }
    }
}

impl From<actix_web::error::BlockingError> for WebError {
    fn from(_: actix_web::error::BlockingError) -> Self {
        tracing::error!("blocking pool task failed");
        WebError::internal()
    }
}
