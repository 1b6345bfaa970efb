//! Blind correlation in Chromium (issue 19, point 4): two reports sharing an IP address and the
//! organisation identifier — A to EUIPO only, B to both bodies. An EUIPO reviewer opening both
//! sees each listed as related to the other ("indicators in common: 1", "possibly the same
//! incident"), computed from keyed hashes the browser uploaded; an EC3 reviewer opening B is
//! shown nothing of A (A is not EC3's); and a correlation key the server substitutes (a sealed
//! copy of another key written into the database) is refused in the browser, nothing uploaded.
//! Without a sealed copy for the reviewer, the page says correlation is not available.
//! Point 5: the EUIPO reviewer confirms A as a duplicate from the "possibly the same incident"
//! line, which sends A's classification, signed and sealed, with status `duplicate`.

use std::time::Duration;

use diesel::prelude::*;
use storage::accounts::{self, Lookup, ReviewerProfile};
use storage::schema::{correlation_hashes, correlation_keys};
use storage::Body;

use crate::browser::wait_text;
use crate::console::{enrolled, UNLOCK};
use crate::console_triage::unlock_inbox;
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{good_fields, submit_ok, with};
use crate::webdriver::{self, login_in_browser, Browser};

const LONG: Duration = Duration::from_secs(120);
const SHARED_IP: &str = "192.0.2.77";

async fn open_report(b: &Browser, inst: &Instance, id: &str) {
    b.goto(&inst.url(&format!("/console/reports/{id}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    b.wait_for("#report-page[data-correlation]", LONG).await;
}

async fn correlation_state(b: &Browser) -> String {
    let page = b.find("#report-page").await.unwrap();
    b.attribute(&page, "data-correlation")
        .await
        .unwrap_or_default()
}

/// The ids of the related reports the page lists.
async fn listed(b: &Browser) -> Vec<String> {
    let v = b
        .execute(
            "return [...document.querySelectorAll('#related-list li')].map((li) => li.dataset.related);",
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

fn report_id(inst: &Instance, receipt: &str) -> String {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .unwrap()
        .id
}

fn hashes_of(inst: &Instance, id: &str, body: Body) -> i64 {
    let db = inst.db();
    let mut c = db.conn().unwrap();
    correlation_hashes::table
        .filter(correlation_hashes::report_id.eq(id))
        .filter(correlation_hashes::body.eq(body.as_str()))
        .count()
        .get_result(&mut *c)
        .unwrap()
}

async fn logout(b: &Browser) {
    let button = b
        .find("form[action^=\"/console/logout\"] button")
        .await
        .unwrap();
    b.click(&button).await;
    b.wait_for("#name", LONG).await;
}

#[tokio::test]
async fn correlation_relates_reports_a_reviewer_may_open_and_refuses_a_substituted_key() {
    if !webdriver::available() {
        return;
    }
    let mut inst = Instance::sqlite_own_keys(&[]);
    // ada signs her classifications (the confirmed duplicate is one).
    let (mut ada, _, _) = crate::signed_messages::enrol_with_signing_key(&inst, "ada").await;
    let mut jon = enrolled(&inst, "EC3", "jon").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The operator seals both bodies' correlation keys to the new keyring's keys.
    import_correlation_keys(&inst, &inst.keys);
    inst.restart();

    let shared = with(&good_fields(), "indicator_ip", SHARED_IP);
    let a = report_id(
        &inst,
        &submit_ok(&inst, &with(&shared, "recipients", "EUIPO"), &[]).await,
    );
    let b_id = report_id(&inst, &submit_ok(&inst, &shared, &[]).await);
    // A third report of EUIPO's with nothing in common: never listed.
    let other = with(
        &with(&good_fields(), "organisation_id", "DK87654321"),
        "indicator_ip",
        "198.51.100.9",
    );
    let c_id = report_id(
        &inst,
        &submit_ok(&inst, &with(&other, "recipients", "EUIPO"), &[]).await,
    );

    let b = Browser::start().await;
    login_in_browser(&b, &inst, &mut ada).await;
    unlock_inbox(&b).await;
    open_report(&b, &inst, &c_id).await;
    assert_eq!(correlation_state(&b).await, "uploaded");
    open_report(&b, &inst, &a).await;
    assert_eq!(correlation_state(&b).await, "uploaded");
    // The first of the two: nothing to relate yet.
    wait_text(&b, "#related-status", "No other report of your body").await;
    assert!(listed(&b).await.is_empty());
    open_report(&b, &inst, &b_id).await;
    assert_eq!(correlation_state(&b).await, "uploaded");
    assert_eq!(listed(&b).await, vec![a.clone()]);
    let line = wait_text(&b, "#related-list", "indicators in common: 1").await;
    assert!(line.contains("possibly the same incident"), "{line}");
    // And the other way round, with a link to the related report.
    open_report(&b, &inst, &a).await;
    assert_eq!(listed(&b).await, vec![b_id.clone()]);
    let link = b.find("#related-list li a").await.unwrap();
    let href = b.attribute(&link, "href").await.unwrap();
    assert!(href.contains(&format!("/console/reports/{b_id}")), "{href}");
    // Confirmed as a duplicate: A's classification, status `duplicate`, through the signed
    // classify flow (the anonymizer drops such a report: anonymizer/tests/records.rs).
    b.click(
        &b.find("#related-list li button.related-confirm")
            .await
            .unwrap(),
    )
    .await;
    wait_text(
        &b,
        "#report-status-line",
        "validated classification was encrypted",
    )
    .await;
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let records = storage::stats::stats_records_for_report(&mut c, &a).unwrap();
        let mine = records
            .iter()
            .rfind(|r| r.source == storage::Source::Reviewer)
            .expect("a reviewer's record");
        assert!(mine.signature.is_some(), "signed");
        let plain = envelope::stats::open_record(&mine.sealed, anonymizer_key()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&plain).unwrap();
        assert_eq!(json["status"], "duplicate");
        assert_eq!(json["report_id"], serde_json::json!(a));
    }
    // IP and organisation identifier of each, hashed under EUIPO's key.
    assert_eq!(hashes_of(&inst, &a, Body::Euipo), 2);
    assert_eq!(hashes_of(&inst, &b_id, Body::Euipo), 2);
    logout(&b).await;

    // EC3 opens B: its hashes go up under EC3's key, and A (not EC3's) is never shown.
    login_in_browser(&b, &inst, &mut jon).await;
    unlock_inbox(&b).await;
    open_report(&b, &inst, &b_id).await;
    assert_eq!(correlation_state(&b).await, "uploaded");
    wait_text(&b, "#related-status", "No other report of your body").await;
    assert!(listed(&b).await.is_empty());
    let related = b.text(&b.find("#related").await.unwrap()).await;
    assert!(!related.contains(&a[..8]), "{related}");
    assert_eq!(hashes_of(&inst, &b_id, Body::Ec3), 2);
    // The server's answer itself names nothing of A.
    let json = b
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             fetch('/console/reports/' + arguments[0] + '/related').then((r) => r.text()).then(done);",
            vec![serde_json::json!(b_id)],
            LONG,
        )
        .await;
    assert!(!json.as_str().unwrap().contains(&a), "{json}");
    logout(&b).await;

    // The server substitutes a key it knows for ada's copy: the browser refuses it.
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let r = accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Name("ada"))
            .unwrap()
            .unwrap();
        let pk = envelope::PublicKey::from_slice(r.profile.public_key.as_deref().unwrap()).unwrap();
        let entry = accounts::keyring_entry_id(Body::Euipo, r.id);
        let known = envelope::correlation::CorrelationKey::generate();
        let n = diesel::update(
            correlation_keys::table
                .filter(correlation_keys::body.eq("EUIPO"))
                .filter(correlation_keys::entry_id.eq(&entry)),
        )
        .set(correlation_keys::sealed.eq(known.seal_to(&pk).unwrap()))
        .execute(&mut *c)
        .unwrap();
        assert_eq!(n, 1, "ada's sealed copy replaced");
        diesel::delete(correlation_hashes::table.filter(correlation_hashes::report_id.eq(&a)))
            .execute(&mut *c)
            .unwrap();
    }
    login_in_browser(&b, &inst, &mut ada).await;
    unlock_inbox(&b).await;
    open_report(&b, &inst, &a).await;
    assert_eq!(correlation_state(&b).await, "refused");
    wait_text(
        &b,
        "#related-status",
        "is not the one named in the signed keyring",
    )
    .await;
    assert!(listed(&b).await.is_empty());
    assert_eq!(hashes_of(&inst, &a, Body::Euipo), 0, "nothing uploaded");
    // No copy for her keyring entry at all (a keyring newer than the last wrap-correlation):
    // the page says correlation is not available, and uploads nothing.
    {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        diesel::delete(correlation_keys::table.filter(correlation_keys::body.eq("EUIPO")))
            .execute(&mut *c)
            .unwrap();
    }
    open_report(&b, &inst, &a).await;
    assert_eq!(correlation_state(&b).await, "unavailable");
    wait_text(&b, "#related-status", "Correlation is not available yet").await;
    assert_eq!(hashes_of(&inst, &a, Body::Euipo), 0, "nothing uploaded");
}
