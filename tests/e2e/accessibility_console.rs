//! WCAG 2.1 AA on the reviewer console's pages (the rules, the languages and the axe-core
//! set-up are `accessibility.rs`'s): login, enrolment, the inbox, a report before and after it
//! is decrypted, the pages of each console area, in every state a reviewer meets.

use crate::accessibility::{available, wait, Audit, SignInPages, LANGS, LONG};
use crate::console::{add, Rev, UNLOCK};
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{good_fields, submit_ok};
use crate::webdriver::login_in_browser;

/// A console with a reviewer whose key the reports are sealed to, and two reports.
async fn console_instance() -> (Instance, Rev) {
    let mut inst = Instance::sqlite_own_keys(&[]);
    // With a signing key, which sign-keyring puts into her keyring entry: the console sends
    // only messages a keyring reviewer signs.
    let (rev, _, _) = crate::signed_messages::enrol_with_signing_key(&inst, "ada").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    // With indicators, so the decrypted report lists them; the one with the attachment for
    // EUIPO only, so its page offers the referral to EC3.
    let fields = crate::intake::with(
        &crate::intake::with(&good_fields(), "indicator_ip", "192.0.2.7\n2001:db8::1"),
        "indicator_observations",
        "AnyDesk on the CAD workstation",
    );
    let euipo = crate::intake::with(&fields, "recipients", "EUIPO");
    submit_ok(&inst, &euipo, &[("plan.pdf", vec![7u8; 5000])]).await;
    submit_ok(&inst, &fields, &[]).await;
    // Tags: one on each report (with its "Remove" button), one left to add.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let day = storage::Day::today();
    for t in ["phishing", "urgent"] {
        storage::reports::add_body_tag(&mut c, storage::Body::Euipo, t, &day).unwrap();
    }
    for r in storage::reports::list_reports_for_body(&mut c, storage::Body::Euipo).unwrap() {
        storage::reports::tag_report(&mut c, &r.id, storage::Body::Euipo, "phishing", 1, &day)
            .unwrap();
    }
    drop(c);
    (inst, rev)
}

#[tokio::test]
async fn console_pages_meet_wcag_2_1_aa() {
    if !available() {
        return;
    }
    let (inst, mut rev) = console_instance().await;
    // An enrolment link for the enrolment page itself (used once, never completed).
    let enrol = add(&inst, "EC3", "eve");
    let mut a = Audit::start().await;
    for lang in LANGS {
        let pages = SignInPages {
            area: "console",
            enrol: &enrol,
            // Ready once the browser has made the key pair.
            enrol_ready: "#enrol-form[data-key-pair=\"browser\"]",
            // Posted without a key pair (as without JavaScript): refused with an error.
            enrol_form: "#enrol-form",
            login_submit: "#content form button[type=submit]",
        };
        pages.audit(&mut a, &inst, lang).await;
    }

    login_in_browser(&a.b, &inst, &mut rev).await;
    a.b.wait_for("#inbox tr[data-report]", LONG).await;
    // The EUIPO-only report: its page has the tags and the referral form.
    let id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::list_reports_for_body(&mut c, storage::Body::Euipo)
            .unwrap()
            .into_iter()
            .find(|r| !r.to_ec3)
            .unwrap()
            .id
    };
    for (n, lang) in LANGS.into_iter().enumerate() {
        let b = &a.b;
        // Each language starts locked: the key holder forgets the key of the last round.
        crate::console_triage::forget_key(b).await;
        b.goto(&inst.url(&format!("/console/?lang={lang}"))).await;
        wait(b, "#inbox").await;
        wait(b, "#triage[data-ready=\"true\"]").await;
        a.check("inbox", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/console/reports/{id}?lang={lang}")))
            .await;
        wait(b, "#report-page[data-ready=\"true\"]").await;
        a.check("report, locked", lang).await;

        let b = &a.b;
        b.type_into("#unlock-passphrase", "not the unlock passphrase")
            .await;
        b.click(&b.find("#unlock-submit").await.unwrap()).await;
        wait(b, "#report-status-line.field-error").await;
        a.check("report, wrong unlock passphrase", lang).await;

        let b = &a.b;
        b.type_into("#unlock-passphrase", UNLOCK).await;
        b.click(&b.find("#unlock-submit").await.unwrap()).await;
        wait(b, "#report-page[data-opened=\"true\"]").await;
        wait(b, "#indicator-ip li").await;
        a.check("report, decrypted", lang).await;

        // A message in the thread.
        let b = &a.b;
        b.set_value("#message-text", "Which VPN product do you use?")
            .await;
        b.click(&b.find("#message-submit").await.unwrap()).await;
        wait(b, &format!("#message-{}", n + 1)).await;
        a.check("report, decrypted, with a message", lang).await;

        // The inbox again: the key holder's key decrypts the triage list without asking.
        let b = &a.b;
        b.goto(&inst.url(&format!("/console/?lang={lang}"))).await;
        wait(b, "#triage[data-listed=\"true\"]").await;
        a.check("inbox, triage list", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/console/figures?lang={lang}")))
            .await;
        wait(b, "#figures-timing-table").await;
        a.check("figures", lang).await;

        // Notification settings, and the same page with errors (summary and fields).
        let b = &a.b;
        b.goto(&inst.url(&format!("/console/notifications?lang={lang}")))
            .await;
        wait(b, "#notify-form").await;
        a.check("notifications", lang).await;
        let b = &a.b;
        b.set_value("#notify-email", "not-an-address").await;
        b.set_value("#notify-webhook", "http://hooks.example.eu/x")
            .await;
        b.click(&b.find("#notify-save").await.unwrap()).await;
        wait(b, "#notify-email-error").await;
        a.check("notifications, errors", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/console/reports/no-such-report?lang={lang}")))
            .await;
        a.check("report not found", lang).await;
    }
    a.self_check().await;
    a.finish();
}
