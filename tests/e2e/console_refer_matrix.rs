//! The authorization matrix rows of the tag and referral routes (issue 17, points 3 and 4),
//! run by `console_cases.rs`: nobody without a live reviewer session gets anything (a
//! member-state user's session is not a console session), a token of another session is
//! refused, a report the reviewer's body cannot open is "not found" as on every report route,
//! and the refusals of the routes themselves. No row changes which body has a report: the
//! successful referral is `console_referral.rs`'s.

use reqwest::StatusCode;
use storage::Body;

use crate::console_matrix::{raw_row, row, Fixture, Row};
use crate::console_referral::{keyring_keys, referral_json};
use crate::instance::Instance;

/// The rows; adds a tag to each body's list first (EUIPO `phishing`, EC3 `ransomware`).
pub(crate) fn rows(inst: &Instance, f: &Fixture<'_>, member: &str) -> Vec<Row> {
    use StatusCode as S;
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let d = storage::Day::today();
        storage::reports::add_body_tag(&mut c, Body::Euipo, "phishing", &d).unwrap();
        storage::reports::add_body_tag(&mut c, Body::Ec3, "ransomware", &d).unwrap();
    }
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let to_report = Some("/console/reports/");
    let (e, b) = (f.e.id.as_str(), f.b.id.as_str());
    let none = "0123456789abcdef0123456789abcdef";
    let tags = |id: &str| format!("/console/reports/{id}/tags");
    let refer = |id: &str| format!("/console/reports/{id}/referral");
    let (ce, cc, csrf_e, csrf_c) = (f.ce, f.cc, f.csrf_e, f.csrf_c);
    let to_ec3 = || referral_json("EC3", &keyring_keys(Body::Ec3), None);
    vec![
        // Tags.
        row(
            "anonymous",
            None,
            "POST",
            &tags(b),
            &[("action", "add"), ("tag", "phishing")],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "forged",
            Some(f.forged),
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "add"), ("tag", "phishing")],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member),
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "add"), ("tag", "phishing")],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("action", "add"), ("tag", "phishing")],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("csrf", csrf_c), ("action", "add"), ("tag", "phishing")],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(none),
            &[("csrf", csrf_e), ("action", "add"), ("tag", "phishing")],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &tags(e),
            &[("csrf", csrf_c), ("action", "add"), ("tag", "ransomware")],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "add"), ("tag", "ransomware")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "rename"), ("tag", "phishing")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "add"), ("tag", "phishing")],
            S::SEE_OTHER,
            to_report,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &tags(b),
            &[("csrf", csrf_c), ("action", "add"), ("tag", "phishing")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &tags(b),
            &[("csrf", csrf_c), ("action", "add"), ("tag", "ransomware")],
            S::SEE_OTHER,
            to_report,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &tags(b),
            &[("csrf", csrf_e), ("action", "remove"), ("tag", "phishing")],
            S::SEE_OTHER,
            to_report,
        ),
        // Referral (JSON, the token in X-CSRF-Token).
        raw_row(
            "anonymous",
            None,
            &refer(e),
            None,
            to_ec3(),
            S::SEE_OTHER,
            to_login,
        ),
        raw_row(
            "forged",
            Some(f.forged),
            &refer(e),
            Some(csrf_e),
            to_ec3(),
            S::SEE_OTHER,
            expired,
        ),
        raw_row(
            "member",
            Some(member),
            &refer(e),
            Some(csrf_e),
            to_ec3(),
            S::SEE_OTHER,
            expired,
        ),
        raw_row("EUIPO", ce, &refer(e), None, to_ec3(), S::FORBIDDEN, None),
        raw_row(
            "EUIPO",
            ce,
            &refer(e),
            Some(csrf_c),
            to_ec3(),
            S::FORBIDDEN,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &refer(none),
            Some(csrf_e),
            to_ec3(),
            S::NOT_FOUND,
            None,
        ),
        raw_row(
            "EC3",
            cc,
            &refer(e),
            Some(csrf_c),
            referral_json("EUIPO", &keyring_keys(Body::Euipo), None),
            S::NOT_FOUND,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &refer(b),
            Some(csrf_e),
            to_ec3(),
            S::CONFLICT,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &refer(e),
            Some(csrf_e),
            referral_json("EUIPO", &keyring_keys(Body::Euipo), None),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &refer(e),
            Some(csrf_e),
            referral_json("EC3", &keyring_keys(Body::Euipo), None),
            S::BAD_REQUEST,
            None,
        ),
        raw_row(
            "EUIPO",
            ce,
            &refer(e),
            Some(csrf_e),
            b"not json".to_vec(),
            S::BAD_REQUEST,
            None,
        ),
    ]
}
