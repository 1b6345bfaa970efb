//! The console's case workflow over HTTP against the real binary: the authorization matrix of
//! every console route, the status transitions enforced on the server (an illegal one refused
//! with a clear message and nothing changed; a legal chain setting the days), and the
//! Directive 2019/1937 deadlines in the inbox.

use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use server::console::deadlines::add_days;
use storage::{Body, Day, Status};

use crate::console::{add, enrolled, get_with, login};
use crate::instance::*;
use crate::intake::{client, csrf_in, good_fields, page, submit_ok, with};

/// The ids of the EUIPO-only and of the both-bodies report, submitted in that order.
async fn two_reports(inst: &Instance) -> (String, String, String) {
    let receipt = submit_ok(inst, &with(&good_fields(), "recipients", "EUIPO"), &[]).await;
    submit_ok(inst, &good_fields(), &[]).await;
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let all = storage::reports::list_reports_for_body(&mut conn, Body::Euipo).unwrap();
    let e = all.iter().find(|r| !r.to_ec3).unwrap().id.clone();
    let b = all.iter().find(|r| r.to_ec3).unwrap().id.clone();
    (e, b, receipt)
}

fn report(inst: &Instance, id: &str) -> storage::reports::Report {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::reports::find_report(&mut conn, id)
        .unwrap()
        .unwrap()
}

fn status_audits(inst: &Instance) -> Vec<storage::audit::AuditRecord> {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::audit::audit_entries(&mut conn, 0, 10_000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "report.status")
        .collect()
}

async fn post_form(
    inst: &Instance,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut req = client().post(inst.url(path)).form(form);
    if let Some(c) = cookie {
        req = req.header(COOKIE, c);
    }
    req.send().await.unwrap()
}

async fn inbox_html(inst: &Instance, cookie: &str, lang: &str) -> String {
    let resp = get_with(inst, &format!("/console/?lang={lang}"), cookie).await;
    assert_eq!(resp.status(), StatusCode::OK);
    resp.text().await.unwrap()
}

struct Row {
    who: &'static str,
    cookie: Option<String>,
    method: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    status: StatusCode,
    /// For redirects: how the `Location` starts.
    location: Option<&'static str>,
}

fn row(
    who: &'static str,
    cookie: Option<&str>,
    method: &'static str,
    path: &str,
    form: &[(&'static str, &str)],
    status: StatusCode,
    location: Option<&'static str>,
) -> Row {
    Row {
        who,
        cookie: cookie.map(str::to_string),
        method,
        path: path.to_string(),
        form: form.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        status,
        location,
    }
}

/// Runs the rows in order; returns a line per row that did not get what it should.
async fn run_rows(inst: &Instance, rows: &[Row]) -> Vec<String> {
    let mut failures = vec![];
    for r in rows {
        let mut req = match r.method {
            "GET" => client().get(inst.url(&r.path)),
            _ => client().post(inst.url(&r.path)).form(&r.form),
        };
        if let Some(c) = &r.cookie {
            req = req.header(COOKIE, c);
        }
        let resp = req.send().await.unwrap();
        let got = resp.status();
        let location = resp
            .headers()
            .get(LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        let location_ok = match (r.location, &location) {
            (None, _) => true,
            (Some(want), Some(l)) => l.starts_with(want),
            (Some(_), None) => false,
        };
        let line = format!(
            "{:<10} {:<4} {:<45} expected {} {:?}, got {} {:?}",
            r.who,
            r.method,
            r.path,
            r.status.as_u16(),
            r.location,
            got.as_u16(),
            location
        );
        println!("{line}");
        if got != r.status || !location_ok {
            failures.push(line);
        }
    }
    failures
}

#[tokio::test]
async fn console_authorization_matrix() {
    use StatusCode as S;
    let inst = Instance::sqlite(&[]);
    let (euipo_only, both, receipt) = two_reports(&inst).await;
    let mut euipo = enrolled(&inst, "EUIPO", "ida").await;
    let mut ec3 = enrolled(&inst, "EC3", "jon").await;
    let enrol = add(&inst, "EC3", "kim");
    let enrol_csrf = csrf_in(&page(&inst, &enrol).await);
    let login_csrf = csrf_in(&page(&inst, "/console/login").await);
    let followup_csrf = csrf_in(&page(&inst, "/followup").await);
    let ce = login(&inst, &mut euipo).await;
    let cc = login(&inst, &mut ec3).await;
    let csrf_e = csrf_in(&inbox_html(&inst, &ce, "en").await);
    let csrf_c = csrf_in(&inbox_html(&inst, &cc, "en").await);
    let forged = "__Host-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    let st = |id: &str| format!("/console/reports/{id}/status");
    let (st_e, st_b) = (st(&euipo_only), st(&both));
    let st_none = st("0123456789abcdef0123456789abcdef");
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let (ack, review) = ("acknowledged", "in_review");
    let (ce, cc) = (Some(ce.as_str()), Some(cc.as_str()));
    let (csrf_e, csrf_c) = (csrf_e.as_str(), csrf_c.as_str());

    let rows = vec![
        // Anonymous: only the login and enrolment pages answer.
        row(
            "anonymous",
            None,
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row("anonymous", None, "GET", "/console/login", &[], S::OK, None),
        row(
            "anonymous",
            None,
            "POST",
            "/console/login",
            &[
                ("csrf", &login_csrf),
                ("name", "ida"),
                ("password", "not the password"),
                ("code", "000000"),
            ],
            S::UNAUTHORIZED,
            None,
        ),
        row(
            "anonymous",
            None,
            "POST",
            "/console/login",
            &[("name", "ida")],
            S::FORBIDDEN,
            None,
        ),
        row(
            "anonymous",
            None,
            "POST",
            "/console/logout",
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "anonymous",
            None,
            "POST",
            "/console/logout-everywhere",
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row("anonymous", None, "GET", &enrol, &[], S::OK, None),
        row("anonymous", None, "POST", &enrol, &[], S::FORBIDDEN, None),
        row(
            "anonymous",
            None,
            "GET",
            "/console/enrol/not-a-token",
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            "anonymous",
            None,
            "POST",
            "/console/enrol/not-a-token",
            &[("csrf", &enrol_csrf)],
            S::NOT_FOUND,
            None,
        ),
        row(
            "anonymous",
            None,
            "POST",
            &st_b,
            &[("status", ack)],
            S::SEE_OTHER,
            to_login,
        ),
        // A reporter has no session: their receipt opens only their follow-up page.
        row(
            "reporter",
            None,
            "POST",
            "/followup",
            &[("csrf", &followup_csrf), ("receipt", &receipt)],
            S::OK,
            None,
        ),
        row(
            "reporter",
            None,
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "reporter",
            None,
            "POST",
            &st_e,
            &[("receipt", &receipt), ("status", ack)],
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "reporter",
            None,
            "POST",
            "/console/logout",
            &[],
            S::SEE_OTHER,
            to_login,
        ),
        // A forged session cookie is treated as an ended session.
        row(
            "forged",
            Some(forged),
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(forged),
            "POST",
            &st_b,
            &[("csrf", csrf_e), ("status", ack)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(forged),
            "POST",
            "/console/logout",
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(forged),
            "POST",
            "/console/logout-everywhere",
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(forged),
            "GET",
            "/console/login",
            &[],
            S::OK,
            None,
        ),
        // EUIPO: its inbox, both of its reports; CSRF required and bound to the session.
        row("EUIPO", ce, "GET", "/console/", &[], S::OK, None),
        row("EUIPO", ce, "GET", "/console/login", &[], S::OK, None),
        row(
            "EUIPO",
            ce,
            "GET",
            "/console/enrol/not-a-token",
            &[],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_e,
            &[("status", ack)],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_e,
            &[("csrf", csrf_c), ("status", ack)],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_e,
            &[("csrf", csrf_e), ("status", "bogus")],
            S::BAD_REQUEST,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_e,
            &[("csrf", csrf_e), ("status", ack)],
            S::SEE_OTHER,
            Some("/console/"),
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_b,
            &[("csrf", csrf_e), ("status", ack)],
            S::SEE_OTHER,
            Some("/console/"),
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            &st_none,
            &[("csrf", csrf_e), ("status", ack)],
            S::NOT_FOUND,
            None,
        ),
        // EC3: an EUIPO-only report does not exist for it; the shared one does.
        row("EC3", cc, "GET", "/console/", &[], S::OK, None),
        row(
            "EC3",
            cc,
            "POST",
            &st_e,
            &[("csrf", csrf_c), ("status", review)],
            S::NOT_FOUND,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &st_b,
            &[("csrf", csrf_c), ("status", "new")],
            S::CONFLICT,
            None,
        ),
        row(
            "EC3",
            cc,
            "POST",
            &st_b,
            &[("csrf", csrf_c), ("status", review)],
            S::SEE_OTHER,
            Some("/console/"),
        ),
        row(
            "EC3",
            cc,
            "GET",
            "/console/enrol/not-a-token",
            &[],
            S::NOT_FOUND,
            None,
        ),
        // Logging out; the ended session then counts as expired.
        row(
            "EUIPO",
            ce,
            "POST",
            "/console/logout",
            &[],
            S::FORBIDDEN,
            None,
        ),
        row(
            "EUIPO",
            ce,
            "POST",
            "/console/logout",
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            Some("/console/login?lang=en&out"),
        ),
        row(
            "expired",
            ce,
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            ce,
            "POST",
            &st_e,
            &[("csrf", csrf_e), ("status", review)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "expired",
            ce,
            "POST",
            "/console/logout-everywhere",
            &[("csrf", csrf_e)],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "EC3",
            cc,
            "POST",
            "/console/logout-everywhere",
            &[("csrf", csrf_c)],
            S::SEE_OTHER,
            Some("/console/login?lang=en&out"),
        ),
        row(
            "expired",
            cc,
            "GET",
            "/console/",
            &[],
            S::SEE_OTHER,
            expired,
        ),
    ];
    let failures = run_rows(&inst, &rows).await;
    assert!(
        failures.is_empty(),
        "{} row(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );

    // What the matrix changed: EUIPO acknowledged both; EC3 moved only the shared one on.
    assert_eq!(report(&inst, &euipo_only).status, Status::Acknowledged);
    assert_eq!(report(&inst, &both).status, Status::InReview);
    let audits = status_audits(&inst);
    assert_eq!(audits.len(), 3, "{audits:?}");
}

#[tokio::test]
async fn console_transitions_and_deadlines() {
    let inst = Instance::sqlite(&[]);
    let (euipo_only, both, _) = two_reports(&inst).await;
    let mut rev = enrolled(&inst, "EUIPO", "liv").await;
    let cookie = login(&inst, &mut rev).await;
    let today = Day::today();
    let week = add_days(&today, 7).unwrap();

    // Two fresh reports: acknowledgement due in 7 days, neither overdue nor due soon.
    let html = inbox_html(&inst, &cookie, "en").await;
    assert!(
        html.contains(&format!("Acknowledgement due {week}")),
        "{html}"
    );
    assert!(
        html.contains("Deadlines: 0 overdue, 0 due within 2 days."),
        "{html}"
    );
    assert!(html.contains("<label for=\"status-"), "labelled select");
    let csrf = csrf_in(&html);
    let path = format!("/console/reports/{both}/status?lang=en");

    // An illegal transition: refused with a clear message, nothing changed, nothing audited.
    let before = report(&inst, &both);
    let resp = post_form(
        &inst,
        &path,
        Some(&cookie),
        &[("csrf", &csrf), ("status", "closed")],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    let body = resp.text().await.unwrap();
    assert!(
        body.contains("A report cannot go from “New” to “Closed”. Nothing was changed."),
        "{body}"
    );
    let resp = post_form(
        &inst,
        &format!("/console/reports/{both}/status?lang=da"),
        Some(&cookie),
        &[("csrf", &csrf), ("status", "in_review")],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    let body = resp.text().await.unwrap();
    assert!(
        body.contains("kan ikke gå fra “Ny” til “Under behandling”"),
        "{body}"
    );
    assert_eq!(report(&inst, &both), before);
    assert!(status_audits(&inst).is_empty());

    // A legal chain sets the days.
    for (to, ack, closed) in [
        ("acknowledged", Some(&today), None),
        ("in_review", Some(&today), None),
        ("closed", Some(&today), Some(&today)),
    ] {
        let resp = post_form(
            &inst,
            &path,
            Some(&cookie),
            &[("csrf", &csrf), ("status", to)],
        )
        .await;
        assert_eq!(resp.status(), StatusCode::SEE_OTHER, "to {to}");
        let r = report(&inst, &both);
        assert_eq!(r.status.as_str(), to);
        assert_eq!(r.acknowledged_day.as_ref(), ack, "to {to}");
        assert_eq!(r.closed_day.as_ref(), closed, "to {to}");
    }
    // Closed is final.
    let resp = post_form(
        &inst,
        &path,
        Some(&cookie),
        &[("csrf", &csrf), ("status", "in_review")],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::CONFLICT);
    assert_eq!(report(&inst, &both).status, Status::Closed);
    let audits = status_audits(&inst);
    let moves: Vec<(String, Option<String>)> = audits
        .iter()
        .map(|a| (a.detail.clone(), a.object_id.clone()))
        .collect();
    assert_eq!(moves.len(), 3, "{moves:?}");
    for ((detail, object), (from, to)) in moves.iter().zip([
        ("new", "acknowledged"),
        ("acknowledged", "in_review"),
        ("in_review", "closed"),
    ]) {
        let v: serde_json::Value = serde_json::from_str(detail).unwrap();
        assert_eq!(v, serde_json::json!({ "from": from, "to": to }));
        assert_eq!(object.as_deref(), Some(both.as_str()));
    }

    // Overdue and due soon, labelled in text and counted at the top.
    {
        use diesel::prelude::*;
        use storage::schema::reports::dsl as rd;
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        diesel::update(rd::reports.find(&euipo_only))
            .set(rd::received_day.eq("2020-01-01"))
            .execute(&mut *conn)
            .unwrap();
    }
    let soon_id = {
        submit_ok(&inst, &good_fields(), &[]).await;
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut conn, Body::Euipo).unwrap();
        let id = all
            .iter()
            .find(|r| r.id != euipo_only && r.id != both)
            .unwrap()
            .id
            .clone();
        use diesel::prelude::*;
        use storage::schema::reports::dsl as rd;
        let six_days_ago = add_days(&today, -6).unwrap();
        diesel::update(rd::reports.find(&id))
            .set(rd::received_day.eq(six_days_ago.as_str()))
            .execute(&mut *conn)
            .unwrap();
        id
    };
    let html = inbox_html(&inst, &cookie, "en").await;
    assert!(
        html.contains("Deadlines: 1 overdue, 1 due within 2 days."),
        "{html}"
    );
    let row_of = |id: &str| {
        let start = html.find(&format!("id=\"report-{id}\"")).unwrap();
        html[start..].split("</tr>").next().unwrap().to_string()
    };
    let overdue = row_of(&euipo_only);
    assert!(
        overdue.contains("Acknowledgement due 2020-01-08") && overdue.contains("Overdue"),
        "{overdue}"
    );
    let soon = row_of(&soon_id);
    assert!(
        soon.contains(&format!(
            "Acknowledgement due {}",
            add_days(&today, 1).unwrap()
        )) && soon.contains("Due soon"),
        "{soon}"
    );
    let closed = row_of(&both);
    assert!(closed.contains("None (closed)"), "{closed}");
    assert!(!closed.contains("<select"), "{closed}");
    // Danish labels.
    let html = inbox_html(&inst, &cookie, "da").await;
    assert!(
        html.contains("Overskredet") && html.contains("Udløber snart"),
        "{html}"
    );
}
