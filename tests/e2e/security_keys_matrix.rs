//! The console's security key routes in its authorization matrix (run by `console_cases.rs`;
//! the portal's are in `portal_matrix.rs`): the keys page, its `options`, adding and removing
//! open only with a reviewer's session (and its CSRF token); the key step of a sign-in only
//! with a login form's token bound to the browser. The matrix instance's `BASE_URL` is an IP
//! address, so no registration can start there (409).

use reqwest::StatusCode;

use crate::console_matrix::{row, Fixture, Row};

pub(crate) fn console_rows(f: &Fixture<'_>, member: &str, member_csrf: &str) -> Vec<Row> {
    use StatusCode as S;
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let mut rows = Vec::new();
    let strangers: [(&'static str, Option<&str>, Option<&'static str>, &str); 3] = [
        ("anonymous", None, to_login, f.csrf_e),
        ("forged", Some(f.forged), expired, f.csrf_e),
        ("member", Some(member), expired, member_csrf),
    ];
    for (who, cookie, loc, csrf) in strangers {
        let form = [("csrf", csrf), ("name", "stolen")];
        rows.push(row(
            who,
            cookie,
            "GET",
            "/console/security-keys",
            &[],
            S::SEE_OTHER,
            loc,
        ));
        for p in [
            "/console/security-keys",
            "/console/security-keys/options",
            "/console/security-keys/1/remove",
        ] {
            rows.push(row(who, cookie, "POST", p, &form, S::SEE_OTHER, loc));
        }
        rows.push(row(
            who,
            cookie,
            "POST",
            "/console/login/key",
            &form,
            S::FORBIDDEN,
            None,
        ));
    }
    let (who, c, csrf) = ("EUIPO", f.ce, f.csrf_e);
    rows.extend([
        row(who, c, "GET", "/console/security-keys", &[], S::OK, None),
        row(
            who,
            c,
            "POST",
            "/console/security-keys/options",
            &[("csrf", "wrong")],
            S::FORBIDDEN,
            None,
        ),
        row(
            who,
            c,
            "POST",
            "/console/security-keys/options",
            &[("csrf", csrf)],
            S::CONFLICT,
            None,
        ),
        row(
            who,
            c,
            "POST",
            "/console/security-keys",
            &[("csrf", csrf), ("name", "key"), ("credential", "")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            who,
            c,
            "POST",
            "/console/security-keys/999999/remove",
            &[("csrf", csrf)],
            S::NOT_FOUND,
            None,
        ),
        row(
            who,
            c,
            "POST",
            "/console/login/key",
            &[("csrf", csrf), ("token", "x"), ("credential", "{}")],
            S::FORBIDDEN,
            None,
        ),
    ]);
    rows
}
