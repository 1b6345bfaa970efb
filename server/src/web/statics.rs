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

/// Our scripts are ES modules (`<script type="module">` and their `import`s): browsers refuse a
/// module served with a type other than a JavaScript MIME type, and `nosniff` is always sent.
macro_rules! js {
    ($path:literal) => {
        Asset {
            path: concat!("js/", $path),
            content_type: "text/javascript; charset=utf-8",
            bytes: include_bytes!(concat!("../../static/js/", $path)),
        }
    };
}

const ASSETS: &[Asset] = &[
    asset!("css/site.css", "text/css; charset=utf-8"),
    asset!("css/portal.css", "text/css; charset=utf-8"),
    js!("console.js"),
    js!("console/attachments.js"),
    js!("console/casefile.js"),
    js!("console/correlation.js"),
    js!("console/exports.js"),
    js!("console/inbox.js"),
    js!("console/indicators.js"),
    js!("console/keyholder.js"),
    js!("console/page.js"),
    js!("console/referral.js"),
    js!("console/signed.js"),
    js!("console/triage.js"),
    js!("console/unlock.js"),
    js!("enrol.js"),
    js!("envelope.js"),
    js!("envelope/attachment.js"),
    js!("envelope/bytes.js"),
    js!("envelope/correlation.js"),
    js!("envelope/keyring.js"),
    js!("envelope/padding.js"),
    js!("envelope/receipt.js"),
    js!("envelope/sealed.js"),
    js!("envelope/signature.js"),
    js!("envelope/stats.js"),
    js!("envelope/wrapped-key.js"),
    js!("export.js"),
    js!("followup.js"),
    js!("report.js"),
    js!("report/attachments.js"),
    js!("report/errors.js"),
    js!("report/indicators.js"),
    js!("report/network.js"),
    js!("report/page.js"),
    js!("report/pow.js"),
    js!("report/receipt.js"),
    js!("report/records.js"),
    js!("report/submit.js"),
    js!("report/validate.js"),
    js!("security_key.js"),
    js!("sodium.js"),
    js!("taxii.js"),
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

#[cfg(test)]
mod tests {
    use super::ASSETS;
    use std::path::Path;

    fn files(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "js") {
                out.push(path.to_string_lossy().into_owned());
            }
        }
    }

    /// A module missing here would break every module that imports it (the page would fall back
    /// to the server-side path without a word), so every script on disk must be served.
    #[test]
    fn every_script_is_served_as_javascript() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
        let mut found = Vec::new();
        files(&root.join("js"), &mut found);
        assert!(found.len() > 5, "{found:?}");
        let prefix = format!("{}/", root.to_string_lossy());
        for file in found {
            let path = file.strip_prefix(&prefix).unwrap();
            let asset = ASSETS.iter().find(|a| a.path == path);
            let asset = asset.unwrap_or_else(|| panic!("{path} is not in ASSETS"));
            assert_eq!(
                asset.content_type, "text/javascript; charset=utf-8",
                "{path}"
            );
        }
    }
}
