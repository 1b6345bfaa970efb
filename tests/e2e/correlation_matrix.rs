//! The blind correlation routes in the console's authorization matrix (issue 19, point 4; run
//! by `console_cases.rs`): `GET /console/correlation-key`, `POST .../correlation` and
//! `GET .../related` answer only a reviewer's live session (the upload only with its CSRF
//! token), a report the reviewer's body cannot open is "not found" as on every report route,
//! and an upload is refused unless it holds hashes of known kinds under the key id the keyring
//! names for the reviewer's body.

use reqwest::StatusCode;
use storage::Body;

use crate::console_matrix::{raw_row, row, Fixture, Row};
use crate::instance::keys_dir;

/// An upload as the browser sends it, under `key_id`.
fn upload(key_id: &str, hashes: &[(&str, String)]) -> Vec<u8> {
    let hashes: Vec<serde_json::Value> = hashes
        .iter()
        .map(|(k, h)| serde_json::json!({"kind": k, "hash": h}))
        .collect();
    serde_json::json!({"key_id": key_id, "hashes": hashes})
        .to_string()
        .into_bytes()
}

pub(crate) fn rows(f: &Fixture<'_>, member: &str, member_csrf: &str) -> Vec<Row> {
    use StatusCode as S;
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let (e, b) = (f.e.id.as_str(), f.b.id.as_str());
    let none = "0123456789abcdef0123456789abcdef";
    let corr = |id: &str| format!("/console/reports/{id}/correlation");
    let related = |id: &str| format!("/console/reports/{id}/related");
    let (keyring, _) = keystore::load_keyring(keys_dir(), None).unwrap();
    let id_of = |body: Body| {
        let b: envelope::Body = body.as_str().parse().unwrap();
        keyring.bodies[&b].correlation.clone().unwrap()
    };
    let (euipo_id, ec3_id) = (id_of(Body::Euipo), id_of(Body::Ec3));
    let hash = "ab".repeat(32);
    let good = || {
        upload(
            &euipo_id,
            &[("ip", hash.clone()), ("organisation", "cd".repeat(32))],
        )
    };
    let mut rows = Vec::new();
    let strangers: [(&'static str, Option<&str>, Option<&'static str>, &str); 3] = [
        ("anonymous", None, to_login, f.csrf_e),
        ("forged", Some(f.forged), expired, f.csrf_e),
        ("member", Some(member), expired, member_csrf),
    ];
    for (who, cookie, loc, csrf) in strangers {
        rows.push(row(
            who,
            cookie,
            "GET",
            "/console/correlation-key",
            &[],
            S::SEE_OTHER,
            loc,
        ));
        rows.push(row(who, cookie, "GET", &related(e), &[], S::SEE_OTHER, loc));
        rows.push(raw_row(
            who,
            cookie,
            &corr(e),
            Some(csrf),
            good(),
            S::SEE_OTHER,
            loc,
        ));
    }
    let (ce, cc) = (f.ce, f.cc);
    rows.extend([
        // The matrix's reviewers are not in the keyring: no sealed copy for them.
        row(
            "EUIPO",
            ce,
            "GET",
            "/console/correlation-key",
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EC3",
            cc,
            "GET",
            "/console/correlation-key",
            &[],
            S::NOT_FOUND,
            None,
        ),
        // The upload: CSRF token in the header, the session's own.
        raw_row("EUIPO", ce, &corr(e), None, good(), S::FORBIDDEN, None),
        raw_row(
            "EUIPO",
            ce,
            &corr(e),
            Some(f.csrf_c),
            good(),
            S::FORBIDDEN,
            None,
        ),
        // The other body's report, or none: not found.
        raw_row(
            "EC3",
            cc,
            &corr(e),
            Some(f.csrf_c),
            upload(&ec3_id, &[("ip", hash.clone())]),
            S::NOT_FOUND,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &corr(none),
            Some(f.csrf_e),
            good(),
            S::NOT_FOUND,
            None,
        ),
        // Refused uploads: another body's key id, an unknown kind, an indicator in the clear,
        // no JSON.
        raw_row(
            "EUIPO",
            ce,
            &corr(e),
            Some(f.csrf_e),
            upload(&ec3_id, &[("ip", hash.clone())]),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &corr(e),
            Some(f.csrf_e),
            upload(&euipo_id, &[("observations", hash.clone())]),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &corr(e),
            Some(f.csrf_e),
            upload(&euipo_id, &[("ip", "192.0.2.7".into())]),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &corr(e),
            Some(f.csrf_e),
            b"ip=192.0.2.7".to_vec(),
            S::BAD_REQUEST,
            None,
        ),
        // Accepted: EUIPO on its reports, EC3 on the report of both bodies.
        raw_row("EUIPO", ce, &corr(e), Some(f.csrf_e), good(), S::OK, None),
        raw_row("EUIPO", ce, &corr(b), Some(f.csrf_e), good(), S::OK, None),
        raw_row(
            "EC3",
            cc,
            &corr(b),
            Some(f.csrf_c),
            upload(&ec3_id, &[("ip", hash.clone())]),
            S::OK,
            None,
        ),
        // Related reports: as opening the report.
        row("EUIPO", ce, "GET", &related(e), &[], S::OK, None),
        row("EC3", cc, "GET", &related(b), &[], S::OK, None),
        row("EC3", cc, "GET", &related(e), &[], S::NOT_FOUND, None),
        row("EUIPO", ce, "GET", &related(none), &[], S::NOT_FOUND, None),
    ]);
    rows
}
