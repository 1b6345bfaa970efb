//! The authorization matrix rows of the console's triage routes (issue 17), run by
//! `console_cases.rs`: the inbox data, the figures and their CSV, and the assignment form.

use reqwest::StatusCode;

use crate::console_matrix::{row, Fixture, Row};

const DATA: &str = "/console/inbox/data";
const FIGURES: &str = "/console/figures";
const CSV: &str = "/console/figures.csv";

/// The matrix rows of the triage data, with live sessions (before any logout).
pub(crate) fn triage_rows(f: &Fixture<'_>, member: &str, ids: (i64, i64)) -> Vec<Row> {
    use StatusCode as S;
    let expired = Some("/console/login?lang=en&expired");
    let mut rows = assignment_rows(f, member, ids);
    rows.extend(vec![
        row(
            "anonymous",
            None,
            "GET",
            DATA,
            &[],
            S::SEE_OTHER,
            Some("/console/login"),
        ),
        row(
            "forged",
            Some(f.forged),
            "GET",
            DATA,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member),
            "GET",
            DATA,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row("EUIPO", f.ce, "GET", DATA, &[], S::OK, None),
        row("EC3", f.cc, "GET", DATA, &[], S::OK, None),
        row(
            "anonymous",
            None,
            "GET",
            FIGURES,
            &[],
            S::SEE_OTHER,
            Some("/console/login"),
        ),
        row(
            "anonymous",
            None,
            "GET",
            CSV,
            &[],
            S::SEE_OTHER,
            Some("/console/login"),
        ),
        row(
            "forged",
            Some(f.forged),
            "GET",
            FIGURES,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(f.forged),
            "GET",
            CSV,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member),
            "GET",
            FIGURES,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member),
            "GET",
            CSV,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row("EUIPO", f.ce, "GET", FIGURES, &[], S::OK, None),
        row("EUIPO", f.ce, "GET", CSV, &[], S::OK, None),
        row("EC3", f.cc, "GET", FIGURES, &[], S::OK, None),
        row("EC3", f.cc, "GET", CSV, &[], S::OK, None),
        // Not a route for writing.
        row(
            "EUIPO",
            f.ce,
            "POST",
            DATA,
            &[("csrf", f.csrf_e)],
            S::NOT_FOUND,
            None,
        ),
    ]);
    rows
}

/// The matrix rows of the assignment form: a POST with the CSRF token, to a reviewer of one's
/// own body (`ids`: EUIPO's ida, EC3's jon).
fn assignment_rows(f: &Fixture<'_>, member: &str, ids: (i64, i64)) -> Vec<Row> {
    use StatusCode as S;
    let expired = Some("/console/login?lang=en&expired");
    let to_report = Some("/console/reports/");
    let assign = |id: &str| format!("/console/reports/{id}/assignment");
    let (e, b) = (f.e.id.as_str(), f.b.id.as_str());
    let (ida, jon) = (ids.0.to_string(), ids.1.to_string());
    let (ce, cc, csrf_e, csrf_c) = (f.ce, f.cc, f.csrf_e, f.csrf_c);
    let none = "0123456789abcdef0123456789abcdef";
    vec![
        row(
            "anonymous",
            None,
            "POST",
            &assign(b),
            &[("reviewer", &ida)],
            S::SEE_OTHER,
            Some("/console/login"),
        ),
        row(
            "forged",
            Some(f.forged),
            "POST",
            &assign(b),
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(member),
            "POST",
            &assign(b),
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(b),
            &[("reviewer", &ida)],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(b),
            &[("csrf", csrf_c), ("reviewer", &ida)],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(b),
            &[("csrf", csrf_e), ("reviewer", &jon)],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(b),
            &[("csrf", csrf_e), ("reviewer", "x")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(none),
            &[("csrf", csrf_e), ("reviewer", &ida)],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &assign(e),
            &[("csrf", csrf_c), ("reviewer", &jon)],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &assign(b),
            &[("csrf", csrf_e), ("reviewer", &ida)],
            S::SEE_OTHER,
            to_report,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &assign(b),
            &[("csrf", csrf_c), ("reviewer", &jon)],
            S::SEE_OTHER,
            to_report,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &assign(b),
            &[("csrf", csrf_c), ("reviewer", "")],
            S::SEE_OTHER,
            to_report,
        ),
    ]
}

/// The rows once both sessions have ended.
pub(crate) fn triage_expired_rows(f: &Fixture<'_>) -> Vec<Row> {
    let expired = Some("/console/login?lang=en&expired");
    vec![
        row(
            "expired",
            f.ce,
            "GET",
            DATA,
            &[],
            StatusCode::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            f.cc,
            "GET",
            DATA,
            &[],
            StatusCode::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            f.ce,
            "GET",
            FIGURES,
            &[],
            StatusCode::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            f.cc,
            "GET",
            CSV,
            &[],
            StatusCode::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            f.ce,
            "POST",
            &format!("/console/reports/{}/assignment", f.b.id),
            &[("csrf", f.csrf_e)],
            StatusCode::SEE_OTHER,
            expired,
        ),
    ]
}
