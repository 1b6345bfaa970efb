//! Envelopes bound to what they claim (issue 14, point 4): an envelope copied from one row into
//! another — report X's into report Y's row, one message's into another's — is named as such
//! by the openers instead of being shown as the other object's content: the console in
//! Chromium (called from the console browser test, which has an enrolled reviewer), and the
//! reporter's no-JavaScript follow-up page.

use std::time::Duration;

use diesel::prelude::*;
use envelope::{Body, Envelope, Kind, PublicKey, Receipt};
use reqwest::StatusCode;

use crate::browser::wait_text;
use crate::console::UNLOCK;
use crate::instance::*;
use crate::intake::{follow_up, good_fields, reply, submit_ok};
use crate::webdriver::Browser;

const LONG: Duration = Duration::from_secs(120);

/// The English text of `envelope-mismatch`.
const SWAPPED: &str = "This envelope belongs to another report or is of another kind";

fn set_report_envelope(inst: &Instance, id: &str, bytes: &[u8]) {
    use storage::schema::reports::dsl as rd;
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let n = diesel::update(rd::reports.find(id))
        .set(rd::envelope.eq(bytes))
        .execute(&mut *conn)
        .unwrap();
    assert_eq!(n, 1);
}

fn set_message_envelope(inst: &Instance, id: &str, bytes: &[u8]) {
    use storage::schema::messages::dsl as md;
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let n = diesel::update(md::messages.filter(md::id.eq(id)))
        .set(md::envelope.eq(bytes))
        .execute(&mut *conn)
        .unwrap();
    assert_eq!(n, 1);
}

/// In the console of a logged-in reviewer who can read report `x`: `x`'s envelope copied into
/// report `y`'s row is reported as swapped, and `x`'s narrative is not shown under `y`; one of
/// `x`'s messages copied into another message's row is named in the thread. Rows are restored.
pub async fn console_names_swapped_envelopes(b: &Browser, inst: &Instance, x: &str, y: &str) {
    let (rx, ry) = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let mut find = |id: &str| storage::reports::find_report(&mut c, id).unwrap().unwrap();
        (find(x), find(y))
    };
    set_report_envelope(inst, y, &rx.envelope);
    b.goto(&inst.url(&format!("/console/reports/{y}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    wait_text(b, "#report-status-line", SWAPPED).await;
    let page = b.find("#report-page").await.unwrap();
    assert!(b.attribute(&page, "data-opened").await.is_none());
    let content = b.find("#report-content").await.unwrap();
    assert_eq!(
        b.property(&content, "hidden").await,
        serde_json::Value::Bool(true)
    );
    set_report_envelope(inst, y, &ry.envelope);

    // Within report x's thread: message 1's envelope in message 2's row.
    let msgs = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::messages::list_messages(&mut c, x, true).unwrap()
    };
    assert!(msgs.len() >= 2);
    set_message_envelope(inst, &msgs[1].id, &msgs[0].envelope);
    b.goto(&inst.url(&format!("/console/reports/{x}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    let seq = msgs[1].seq;
    wait_text(b, &format!("#message-{seq} .mismatch"), SWAPPED).await;
    set_message_envelope(inst, &msgs[1].id, &msgs[1].envelope);
}

#[tokio::test]
async fn follow_up_names_a_swapped_message_and_rust_refuses_it() {
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let (_, html) = follow_up(&inst, &receipt).await;
    let (status, html) = reply(&inst, &html, &receipt, "First answer, about the VPN.").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let (status, html) = reply(&inst, &html, &receipt, "Second answer, about the logs.").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(!html.contains(SWAPPED), "{html}");

    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = Receipt::parse(&receipt).unwrap().lookup_hash().unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap();
    let msgs = storage::messages::list_messages(&mut c, &report.id, false).unwrap();
    assert_eq!(msgs.len(), 2);
    drop(c);
    set_message_envelope(&inst, &msgs[1].id, &msgs[0].envelope);

    // The page names the swap once, and shows the first answer once only.
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert_eq!(html.matches(SWAPPED).count(), 1, "{html}");
    assert_eq!(html.matches("First answer, about the VPN.").count(), 1);
    assert!(!html.contains("Second answer"));

    // The envelope crate says the same to a Rust caller, with both ids.
    let env = Envelope::parse(&msgs[0].envelope).unwrap();
    let row_id = envelope::unhex::<16>(&msgs[1].id).unwrap();
    let me = Receipt::parse(&receipt)
        .unwrap()
        .reporter_keypair()
        .unwrap();
    assert_eq!(PublicKey(report.reporter_pk), me.public);
    let err = env.open(Kind::Message, &row_id, &me).unwrap_err();
    assert!(err.to_string().contains(&msgs[1].id), "{err}");
    assert!(err.to_string().contains(&msgs[0].id), "{err}");
    // A report's envelope is not a message either.
    let report_id = envelope::unhex::<16>(&report.id).unwrap();
    let report_env = Envelope::parse(&report.envelope).unwrap();
    assert!(report_env
        .open(Kind::Message, &report_id, reviewer_key(Body::Euipo))
        .is_err());
}
