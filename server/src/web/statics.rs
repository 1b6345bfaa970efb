//! Static files, embedded in the binary so a deployment cannot serve a different script than
//! the one reviewed (and so the SHA-384 checks of the vendored library hold at run time).

use actix_web::{http::header, web, HttpResponse};

struct Asset {
    path: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($path:literal, $ct:literal) => {
        Asset {
            path: $path,
            content_type: $ct,
            bytes: include_bytes!(concat!("../../static/", $path)),
        }
    };
}

const ASSETS: &[Asset] = &[
    asset!("css/site.css", "text/css; charset=utf-8"),
    asset!("css/portal.css", "text/css; charset=utf-8"),
    asset!("js/console.js", "text/javascript; charset=utf-8"),
    asset!("js/enrol.js", "text/javascript; charset=utf-8"),
    asset!("js/envelope.js", "text/javascript; charset=utf-8"),
    asset!("js/export.js", "text/javascript; charset=utf-8"),
    asset!("js/report.js", "text/javascript; charset=utf-8"),
    asset!(
        "vendor/libsodium/libsodium-sumo.js",
        "text/javascript; charset=utf-8"
    ),
    asset!(
        "vendor/libsodium/libsodium-wrappers.js",
        "text/javascript; charset=utf-8"
    ),
];

/// `GET /static/{path}`.
pub async fn serve(path: web::Path<String>) -> HttpResponse {
    match ASSETS.iter().find(|a| a.path == path.as_str()) {
        Some(a) => HttpResponse::Ok()
            .insert_header((header::CONTENT_TYPE, a.content_type))
            // Safe to cache: content changes only with a new binary; pages stay no-store.
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(a.bytes),
        None => HttpResponse::NotFound().finish(),
    }
}
