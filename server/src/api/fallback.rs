//! What `/api/` answers for a path or method no route takes: JSON, never the HTML error page.
//! An unknown path is a JSON 404; a known path asked with another method is a JSON 405 whose
//! `Allow` lists the methods the path takes. Routes are registered one per method (the
//! router's method guard then makes any other method fall through to the default service),
//! so the methods of each path under `/api/` are listed here; the end-to-end test
//! `api_unknown_routes_and_methods_answer_json` asks every one of them.

use actix_web::dev::ResourceDef;
use actix_web::HttpRequest;

use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// Every route under `/api/` (data API and intake API) and the methods it takes.
pub const API_ROUTES: &[(&str, &str)] = &[
    ("/api/v1/intake", "GET"),
    ("/api/v1/intake/openapi.json", "GET"),
    ("/api/v1/pow", "GET"),
    ("/api/v1/reports", "POST"),
    ("/api/v1/openapi.json", "GET"),
    ("/api/v1/releases", "GET"),
    ("/api/v1/releases/{id}", "GET"),
    ("/api/v1/releases/{id}/tables/{table}.csv", "GET"),
    ("/api/v1/releases/{id}/tables/{table}.json", "GET"),
    ("/api/v1/series/{table}.json", "GET"),
    ("/api/v1/series/{table}.csv", "GET"),
];

/// The methods `path` takes, if it is a route under `/api/`.
pub fn allowed_methods(path: &str) -> Option<&'static str> {
    API_ROUTES
        .iter()
        .find(|(pattern, _)| ResourceDef::new(*pattern).is_match(path))
        .map(|(_, methods)| *methods)
}

/// The answer to a request no route took: under `/api/`, a JSON 405 (with `Allow`) for a known
/// path or a JSON 404; elsewhere the translated 404 page.
pub fn unmatched(req: &HttpRequest) -> WebError {
    let t = translator(req);
    let path = req.path();
    if !path.starts_with("/api/") && path != "/api" {
        return WebError::new(Kind::NotFound).in_lang(&t);
    }
    let kind = match allowed_methods(path) {
        Some(allow) => Kind::MethodNotAllowed { allow },
        None => Kind::NotFound,
    };
    WebError::new(kind).in_lang(&t).as_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_paths_and_their_methods() {
        assert_eq!(allowed_methods("/api/v1/reports"), Some("POST"));
        assert_eq!(allowed_methods("/api/v1/releases/2026Q1-x"), Some("GET"));
        assert_eq!(
            allowed_methods("/api/v1/releases/r1/tables/count_total.csv"),
            Some("GET")
        );
        assert_eq!(allowed_methods("/api/v1/nothing"), None);
        assert_eq!(allowed_methods("/api/v1/releases/a/b"), None);
    }
}
