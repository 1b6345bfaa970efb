//! The console's case workflow over HTTP against the real binary: the status transitions
//! enforced on the server (an illegal one refused with a clear message and nothing changed; a
//! legal chain setting the days), and the Directive 2019/1937 deadlines in the inbox.

use reqwest::header::COOKIE;
use reqwest::StatusCode;
use server::console::deadlines::add_days;
use storage::{Body, Day, Status};

use crate::console::{enrolled, login};
use crate::console_cases::{inbox_html, report, status_audits, two_reports};
use crate::instance::*;
use crate::intake::{client, csrf_in, good_fields, submit_ok};

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
    // Acknowledging from the inbox sent the standard acknowledgement to the reporter, sealed
    // to the reporter and the report's bodies.
    {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        let msgs = storage::messages::list_messages(&mut conn, &both, false).unwrap();
        assert_eq!(msgs.len(), 1);
        assert_eq!(msgs[0].author, storage::Author::Reviewer);
        let env = envelope::Envelope::parse(&msgs[0].envelope).unwrap();
        let r = report(&inst, &both);
        assert!(env
            .recipients()
            .contains(&envelope::PublicKey(r.reporter_pk)));
        let id = envelope::unhex::<16>(&msgs[0].id).unwrap();
        let plain = env
            .open(
                envelope::Kind::Message,
                &id,
                reviewer_key(envelope::Body::Ec3),
            )
            .unwrap();
        assert!(String::from_utf8_lossy(&plain).contains("Thank you for your report"));
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
