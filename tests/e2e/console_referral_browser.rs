//! Tags and a referral in Chromium (issue 17, points 3 and 4): an EUIPO reviewer puts a tag of
//! the body's list on a report and narrows the triage inbox to that tag; then refers the report
//! to EC3 from its page (the data key sealed in the browser to EC3's keys of the verified
//! keyring, a sealed note, the reporter told by a signed message that the reporter's page
//! shows); an EC3 reviewer, in another sign-in, sees it in EC3's inbox with the
//! acknowledgement due 7 days after the referral (not after the receipt, long ago), opens
//! (decrypts) it and reads the note.

use std::time::Duration;

use storage::Body;

use crate::browser::wait_text;
use crate::console::{enrolled, UNLOCK};
use crate::console_triage::{unlock_inbox, visible_rows};
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{follow_up, good_fields, submit_ok, with};
use crate::webdriver::{self, login_in_browser, Browser};

const LONG: Duration = Duration::from_secs(120);

async fn open_report(b: &Browser, inst: &Instance, id: &str) {
    b.goto(&inst.url(&format!("/console/reports/{id}?lang=en")))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    crate::console_triage::unlock_if_asked(b, UNLOCK).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
}

#[tokio::test]
async fn tags_filter_the_inbox_and_a_referral_reaches_ec3_in_the_browser() {
    if !webdriver::available() {
        return;
    }
    let mut inst = Instance::sqlite_own_keys(&[]);
    // ada signs her messages (the reporter's page shows only signed reviewer messages).
    let (mut ada, _, _) = crate::signed_messages::enrol_with_signing_key(&inst, "ada").await;
    let mut jon = enrolled(&inst, "EC3", "jon").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    let narrative = "The stolen casting moulds were offered for sale on a forum.";
    let receipt = submit_ok(
        &inst,
        &with(
            &with(&good_fields(), "recipients", "EUIPO"),
            "narrative",
            narrative,
        ),
        &[],
    )
    .await;
    submit_ok(&inst, &with(&good_fields(), "recipients", "EUIPO"), &[]).await;
    let id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let d = storage::Day::today();
        storage::reports::add_body_tag(&mut c, Body::Euipo, "phishing", &d).unwrap();
        storage::reports::add_body_tag(&mut c, Body::Euipo, "criminal", &d).unwrap();
        let all = storage::reports::list_reports_for_body(&mut c, Body::Euipo).unwrap();
        let lookup = envelope::Receipt::parse(&receipt)
            .unwrap()
            .lookup_hash()
            .unwrap();
        let id = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
            .unwrap()
            .unwrap()
            .id;
        assert_eq!(all.len(), 2);
        // Received long ago: the deadline EC3 sees must come from the referral day.
        use diesel::prelude::*;
        use storage::schema::reports::dsl as rd;
        diesel::update(rd::reports.find(&id))
            .set(rd::received_day.eq("2026-01-05"))
            .execute(&mut *c)
            .unwrap();
        id
    };

    let b = Browser::start().await;
    login_in_browser(&b, &inst, &mut ada).await;
    unlock_inbox(&b).await;
    // A tag put on the report from its page (a plain form), kept across the reload.
    open_report(&b, &inst, &id).await;
    b.select("#tag-add", "criminal").await;
    b.click(&b.find("#tag-add-submit").await.unwrap()).await;
    b.wait_for("#tag-list li[data-tag=\"criminal\"]", LONG)
        .await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    // The inbox narrowed to that tag: this report only.
    b.goto(&inst.url("/console/?lang=en")).await;
    b.wait_for("#triage[data-listed=\"true\"]", LONG).await;
    wait_text(&b, "#triage-count", "2 of 2").await;
    b.select("#triage-tag", "criminal").await;
    wait_text(&b, "#triage-count", "1 of 2").await;
    assert_eq!(visible_rows(&b).await, vec![id.clone()]);
    b.select("#triage-tag", "phishing").await;
    wait_text(&b, "#triage-count", "0 of 2").await;
    b.select("#triage-tag", "").await;
    wait_text(&b, "#triage-count", "2 of 2").await;

    // Assigned to herself from the report's page (a plain form), then "assigned to me" and
    // "unassigned" in the inbox split the two reports.
    open_report(&b, &inst, &id).await;
    let chosen = b
        .execute(
            "const s = document.getElementById('assign-reviewer'); \
             const o = [...s.options].find((o) => o.textContent.trim() === arguments[0]); \
             if (o) { s.value = o.value; } return Boolean(o);",
            vec![serde_json::json!(ada.name)],
        )
        .await;
    assert_eq!(
        chosen,
        serde_json::json!(true),
        "ada is offered as an assignee"
    );
    b.click(&b.find("#assign-submit").await.unwrap()).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    b.goto(&inst.url("/console/?lang=en")).await;
    b.wait_for("#triage[data-listed=\"true\"]", LONG).await;
    b.select("#triage-assignment", "me").await;
    wait_text(&b, "#triage-count", "1 of 2").await;
    assert_eq!(visible_rows(&b).await, vec![id.clone()]);
    b.select("#triage-assignment", "none").await;
    wait_text(&b, "#triage-count", "1 of 2").await;
    assert!(!visible_rows(&b).await.contains(&id));
    b.select("#triage-assignment", "").await;
    wait_text(&b, "#triage-count", "2 of 2").await;

    // The referral, made in the browser, with a note and the reporter told.
    open_report(&b, &inst, &id).await;
    b.wait_visible("#referral-form", LONG).await;
    b.type_into(
        "#referral-note-text",
        "Offered for sale: a criminal matter for EC3.",
    )
    .await;
    b.click(&b.find("#referral-tell").await.unwrap()).await;
    b.click(&b.find("#referral-submit").await.unwrap()).await;
    b.wait_for("#report-page[data-referred=\"EC3\"]", LONG)
        .await;
    wait_text(&b, "#report-status-line", "The report was referred.").await;
    wait_text(&b, "#thread", "has been referred to EC3").await;
    let slots = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::slots_for_report(&mut c, &id).unwrap()
    };
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    let ec3: Vec<[u8; 32]> = keyring
        .recipients(&[Body::Ec3])
        .unwrap()
        .into_iter()
        .map(|(_, pk)| pk.0)
        .collect();
    let referred: Vec<[u8; 32]> = slots
        .iter()
        .filter(|s| s.body == Body::Ec3)
        .map(|s| s.recipient_pk)
        .collect();
    assert_eq!(referred.len(), ec3.len());
    assert!(ec3.iter().all(|k| referred.contains(k)));
    // The reporter's page shows the signed message.
    let (_, html) = follow_up(&inst, &receipt).await;
    assert!(html.contains("has been referred to EC3"), "{html}");
    assert!(html.contains("(signature verified)"), "{html}");

    // EC3, in a new sign-in: the report in its inbox, due 7 days after the referral.
    let logout = b
        .find("form[action^=\"/console/logout\"] button")
        .await
        .unwrap();
    b.click(&logout).await;
    b.wait_for("#name", LONG).await;
    login_in_browser(&b, &inst, &mut jon).await;
    unlock_inbox(&b).await;
    assert_eq!(visible_rows(&b).await, vec![id.clone()]);
    let today = storage::Day::today();
    let due = server::console::deadlines::add_days(&today, 7).unwrap();
    let row = b.text(&b.find("#triage-rows tr").await.unwrap()).await;
    assert!(row.contains(narrative), "decrypted by EC3: {row}");
    assert!(row.contains("Referred by EUIPO"), "{row}");
    assert!(
        row.contains(&format!("Acknowledgement due {}", due.as_str())),
        "{row}"
    );
    // Opened (decrypted) on its page, with the note.
    open_report(&b, &inst, &id).await;
    let shown = b.text(&b.find("#field-narrative").await.unwrap()).await;
    assert_eq!(shown, narrative);
    wait_text(
        &b,
        "#referral-note-EC3",
        "Offered for sale: a criminal matter for EC3.",
    )
    .await;
    assert!(b.find("#referral-form").await.is_none());
}
