//! The console over HTTP against the real binary: the authorization matrix of every console
//! route (the rows of the report routes are in `console_matrix.rs`); the status transitions
//! and deadlines are in `console_workflow.rs`.

use reqwest::StatusCode;
use storage::{Body, Status};

use crate::console::{add, enrolled, get_with, login, login_form};
use crate::console_matrix::{
    after_status_rows, expired_rows, member_state_rows, member_state_session, report_route_rows,
    row, run_rows, Fixture,
};
use crate::instance::*;
use crate::intake::{csrf_in, good_fields, page, submit_ok, with};

/// The ids of the EUIPO-only and of the both-bodies report, submitted in that order.
pub(crate) async fn two_reports(inst: &Instance) -> (String, String, String) {
    let receipt = submit_ok(
        inst,
        &with(&good_fields(), "recipients", "EUIPO"),
        &[("evidence.bin", vec![7u8; 1000])],
    )
    .await;
    submit_ok(inst, &good_fields(), &[]).await;
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let all = storage::reports::list_reports_for_body(&mut conn, Body::Euipo).unwrap();
    let e = all.iter().find(|r| !r.to_ec3).unwrap().id.clone();
    let b = all.iter().find(|r| r.to_ec3).unwrap().id.clone();
    (e, b, receipt)
}

pub(crate) fn report(inst: &Instance, id: &str) -> storage::reports::Report {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::reports::find_report(&mut conn, id)
        .unwrap()
        .unwrap()
}

pub(crate) fn status_audits(inst: &Instance) -> Vec<storage::audit::AuditRecord> {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    storage::audit::audit_entries(&mut conn, 0, 10_000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "report.status")
        .collect()
}

pub(crate) async fn inbox_html(inst: &Instance, cookie: &str, lang: &str) -> String {
    let resp = get_with(inst, &format!("/console/?lang={lang}"), cookie).await;
    assert_eq!(resp.status(), StatusCode::OK);
    resp.text().await.unwrap()
}

#[tokio::test]
async fn console_authorization_matrix() {
    use StatusCode as S;
    let inst = Instance::sqlite(&[]);
    let (euipo_only, both, receipt) = two_reports(&inst).await;
    let mut euipo = enrolled(&inst, "EUIPO", "ida").await;
    let mut ec3 = enrolled(&inst, "EC3", "jon").await;
    // They sign as the development reviewers the shared keyring names (as canary.rs does):
    // the console stores only messages a keyring reviewer signed.
    for (name, body) in [("ida", envelope::Body::Euipo), ("jon", envelope::Body::Ec3)] {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let id = storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name(name),
        )
        .unwrap()
        .unwrap()
        .id;
        let pk = reviewer_signing_key(body).public_key().unwrap();
        storage::accounts::set_reviewer_signing_key(&mut c, id, Some((&pk.0, "{}"))).unwrap();
    }
    let enrol = add(&inst, "EC3", "kim");
    let enrol_csrf = csrf_in(&page(&inst, &enrol).await);
    let (login_cookie, login_csrf) = login_form(&inst, "/console/login").await;
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
    let (re, rb) = (report(&inst, &euipo_only), report(&inst, &both));
    let e_attachment = {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        storage::reports::attachments_for_report(&mut conn, &euipo_only).unwrap()[0]
            .id
            .clone()
    };
    let fixture = Fixture {
        e: &re,
        b: &rb,
        e_attachment: &e_attachment,
        ce,
        cc,
        csrf_e,
        csrf_c,
        forged,
    };

    let (ms_cookie, ms_csrf) = member_state_session(&inst);
    let mut rows = member_state_rows(&fixture, &ms_cookie, &ms_csrf);
    rows.extend(crate::security_keys_matrix::console_rows(
        &fixture, &ms_cookie, &ms_csrf,
    ));
    let id_of = |name: &str| {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name(name),
        )
        .unwrap()
        .unwrap()
        .id
    };
    let ids = (id_of("ida"), id_of("jon"));
    rows.extend(crate::console_triage_matrix::triage_rows(
        &fixture, &ms_cookie, ids,
    ));
    rows.extend(crate::console_casefile::casefile_rows(
        &fixture,
        (&ms_cookie, &ms_csrf),
    ));
    rows.extend(crate::console_refer_matrix::rows(
        &inst, &fixture, &ms_cookie,
    ));
    rows.extend(crate::correlation_matrix::rows(
        &fixture, &ms_cookie, &ms_csrf,
    ));
    rows.extend(vec![
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
            Some(&login_cookie),
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
    ]);
    // The report routes (page, data, attachment, messages) before any status change.
    rows.extend(report_route_rows(&fixture));
    rows.extend(vec![
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
    ]);
    rows.extend(after_status_rows(&fixture));
    rows.extend(vec![
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
    ]);
    rows.extend(expired_rows(&fixture));
    rows.extend(crate::console_triage_matrix::triage_expired_rows(&fixture));
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
    // What the report routes stored: one message to the EUIPO-only report's reporter, one EC3
    // note on the shared report, and on each the acknowledgement the inbox's status change
    // sent; the refused acknowledgement stored nothing.
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let mut authors = |id: &str| -> Vec<storage::Author> {
        storage::messages::list_messages(&mut conn, id, true)
            .unwrap()
            .into_iter()
            .map(|m| m.author)
            .collect()
    };
    use storage::Author::{Note, Reviewer};
    assert_eq!(authors(&euipo_only), [Reviewer, Reviewer]);
    assert_eq!(authors(&both), [Note, Reviewer]);
}
