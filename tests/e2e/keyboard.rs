//! The keyboard alone, in Chromium with JavaScript on: a reporter completes the report form and
//! sends it with Tab, Shift+Tab, Space, the arrow keys, typing and Enter (W3C WebDriver key
//! actions only: no pointer, no script clicks) and gets the confirmation with a receipt; the
//! focused control is visibly marked along the way; "skip to content" works by keyboard on the
//! intake, console and portal pages. Scripts only read where the focus is and what it looks
//! like.

use std::time::Duration;

use serde_json::{json, Value};

use crate::browser::typed_report;
use crate::instance::*;
use crate::webdriver::{self, key, Browser};

const LONG: Duration = Duration::from_secs(120);

/// Whether the focused element matches `css`.
async fn focused_is(b: &Browser, css: &str) -> bool {
    b.execute(
        "return document.activeElement !== null && document.activeElement.matches(arguments[0]);",
        vec![json!(css)],
    )
    .await
        == json!(true)
}

/// A short description of the focused element, for messages.
async fn focused(b: &Browser) -> Value {
    b.execute(
        "const e = document.activeElement; \
         return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
                    (e.name ? '[name=' + e.name + ']' : '') : null;",
        vec![],
    )
    .await
}

/// Presses Tab until `css` has the focus; fails after `max` presses (so a control that the
/// keyboard cannot reach, or a tab order that wanders off, fails the test).
async fn tab_to(b: &Browser, css: &str, max: usize) {
    for _ in 0..max {
        b.keys(&key::TAB.to_string()).await;
        if focused_is(b, css).await {
            return;
        }
    }
    panic!(
        "{css} not reached with {max} Tab presses; focus is on {}",
        focused(b).await
    );
}

/// The focused element is visibly marked: an outline or a box shadow, as computed.
async fn assert_focus_visible(b: &Browser, what: &str) {
    let style = b
        .execute(
            "const e = document.activeElement; const s = getComputedStyle(e); \
             return {outline: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0, \
                     shadow: s.boxShadow, focusVisible: e.matches(':focus-visible')};",
            vec![],
        )
        .await;
    let outlined = style["outline"] != "none" && style["width"].as_f64().unwrap_or(0.0) >= 2.0;
    let shadowed = style["shadow"] != "none";
    assert!(
        outlined || shadowed,
        "focus on {what} ({}) is not visible: {style}",
        focused(b).await
    );
}

/// Picks `value` in the focused `<select>` with the arrow keys, from its first option.
async fn choose_with_arrows(b: &Browser, css: &str, value: &str) {
    let index = b
        .execute(
            "return [...document.querySelector(arguments[0]).options] \
               .findIndex(o => o.value === arguments[1]);",
            vec![json!(css), json!(value)],
        )
        .await
        .as_i64()
        .unwrap_or(-1);
    assert!(index > 0, "{css} has an option {value}");
    let downs: String = std::iter::repeat_n(key::DOWN, index as usize).collect();
    b.keys(&downs).await;
    assert_eq!(value_of(b, css).await, json!(value), "{css} by arrow keys");
}

async fn value_of(b: &Browser, css: &str) -> Value {
    b.execute(
        "return document.querySelector(arguments[0]).value;",
        vec![json!(css)],
    )
    .await
}

/// From a freshly loaded page: Tab reaches "skip to content" first, and it is then on screen
/// and marked; Enter moves the focus to the main content, and the next Tab lands on `first`,
/// the first control inside it, past the header's links and language switch.
async fn skip_link_works(b: &Browser, first: &str) {
    b.keys(&key::TAB.to_string()).await;
    assert!(
        focused_is(b, "a.skip-link").await,
        "the first Tab reaches the skip link, not {}",
        focused(b).await
    );
    let on_screen = b
        .execute(
            "const r = document.activeElement.getBoundingClientRect(); \
             return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 \
                    && r.right <= innerWidth && r.bottom <= innerHeight;",
            vec![],
        )
        .await;
    assert_eq!(on_screen, json!(true), "the focused skip link is shown");
    assert_focus_visible(b, "the skip link").await;
    b.keys(&key::ENTER.to_string()).await;
    assert!(
        focused_is(b, "main#content").await,
        "Enter on the skip link moves focus to the main content, not {}",
        focused(b).await
    );
    b.keys(&key::TAB.to_string()).await;
    assert!(
        focused_is(b, first).await,
        "after skipping, Tab goes to {first}, not {}",
        focused(b).await
    );
}

#[tokio::test]
async fn report_form_is_completed_and_sent_with_the_keyboard_alone() {
    if !webdriver::available() {
        return;
    }
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let b = Browser::start().await;
    b.goto(&inst.url("/report?lang=en")).await;
    b.wait_for("#report-form[data-encryption=\"browser\"]", LONG)
        .await;
    let r = typed_report();

    // Straight to the form, past the header.
    skip_link_works(&b, "input[name=recipients][value=EUIPO]").await;
    assert_focus_visible(&b, "a checkbox").await;
    b.keys(&key::SPACE.to_string()).await;

    // The classification lists, chosen with the arrow keys.
    for (css, value) in [
        ("#member-state", &r.member_state),
        ("#sector", &r.sector),
        ("#incident-class", &r.incident_class),
        ("#attack-vector", &r.attack_vector),
        ("#actor-type", &r.actor_type),
    ] {
        tab_to(&b, css, 3).await;
        assert_focus_visible(&b, css).await;
        choose_with_arrows(&b, css, value).await;
    }

    // Months: typed into the month control's fields, as Chromium lays them out for en-US:
    // the month's number, Right arrow, the year.
    for (css, value) in [
        ("#incident-month", &r.incident_month),
        ("#detection-month", &r.detection_month),
    ] {
        tab_to(&b, css, 2).await;
        assert_focus_visible(&b, css).await;
        let (year, month) = value.split_once('-').unwrap();
        let month = month.trim_start_matches('0');
        b.keys(&format!("{month}{}{year}", key::RIGHT)).await;
        assert_eq!(value_of(&b, css).await, json!(value), "{css} typed");
    }

    // Text, typed.
    for (css, value) in [
        ("#loss-eur", &r.loss_eur),
        ("#jobs-at-risk", &r.jobs_at_risk),
        ("#what-taken", &r.what_taken),
        ("#narrative", &r.narrative),
    ] {
        tab_to(&b, css, 2).await;
        b.keys(value).await;
    }
    assert_focus_visible(&b, "a text area").await;
    assert_eq!(
        value_of(&b, "#narrative").await,
        json!(r.narrative),
        "typed as is, line breaks included"
    );
    // Past the file picker to the optional contact fields and the consent box.
    tab_to(&b, "#contact", 3).await;
    b.keys(&r.contact).await;
    tab_to(&b, "#organisation-id", 2).await;
    b.keys(&r.organisation_id).await;
    // The indicators: one text area per kind, in a row; Enter starts the next value.
    tab_to(&b, "#indicator-ip", 2).await;
    b.keys(&format!("192.0.2.7{}2001:db8::1", key::ENTER)).await;
    assert_eq!(
        value_of(&b, "#indicator-ip").await,
        json!("192.0.2.7\n2001:db8::1"),
        "one value per line"
    );
    tab_to(&b, "#indicator-observations", 7).await;
    tab_to(&b, "#consent", 2).await;
    // Shift+Tab goes back a step, Tab forward again.
    b.chord(key::SHIFT, key::TAB).await;
    assert!(
        focused_is(&b, "#indicator-observations").await,
        "Shift+Tab goes back to the previous field, not {}",
        focused(&b).await
    );
    tab_to(&b, "#consent", 1).await;
    b.keys(&key::SPACE.to_string()).await;
    let checked = b
        .execute(
            "return [document.getElementById('consent').checked, \
                     document.querySelector('input[name=recipients][value=EUIPO]').checked];",
            vec![],
        )
        .await;
    assert_eq!(checked, json!([true, true]), "Space ticks the boxes");

    // Enter on the submit button sends it; the confirmation takes the focus.
    tab_to(&b, "#report-form button[type=submit]", 3).await;
    assert_focus_visible(&b, "the submit button").await;
    b.keys(&key::ENTER.to_string()).await;
    let receipt = b.wait_visible("#js-receipt", LONG).await;
    let receipt = b.text(&receipt).await;
    envelope::Receipt::parse(&receipt)
        .unwrap_or_else(|e| panic!("a receipt on the confirmation, not {receipt:?}: {e}"));
    assert!(
        focused_is(&b, "#js-confirmation-heading").await,
        "the confirmation has the focus, not {}",
        focused(&b).await
    );

    // What the keyboard sent is what the reviewers get: stored, sealed in the browser.
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let lookup = envelope::Receipt::parse(&receipt)
        .unwrap()
        .lookup_hash()
        .unwrap();
    let report = storage::reports::find_report_by_receipt_lookup(&mut c, &lookup)
        .unwrap()
        .expect("the report is stored");
    assert_eq!(report.sealed_by, storage::SealedBy::Browser);
    assert!(report.to_euipo && !report.to_ec3);
    let plain = envelope::Envelope::parse(&report.envelope)
        .unwrap()
        .open(
            envelope::Kind::Report,
            &envelope::unhex::<16>(&report.id).unwrap(),
            reviewer_key(envelope::Body::Euipo),
        )
        .unwrap();
    let json: Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(json["fields"]["narrative"], json!(r.narrative));
    assert_eq!(json["fields"]["sector"], json!(r.sector));
    assert_eq!(json["fields"]["detection_month"], json!(r.detection_month));
}

#[tokio::test]
async fn skip_to_content_works_by_keyboard_in_console_and_portal() {
    if !webdriver::available() {
        return;
    }
    let inst = Instance::sqlite(&[]);
    let b = Browser::start().await;
    for (path, first) in [
        ("/followup?lang=da", "#receipt"),
        ("/console/login?lang=en", "#name"),
        ("/portal/login?lang=da", "#name"),
    ] {
        b.goto(&inst.url(path)).await;
        b.wait_for(first, LONG).await;
        skip_link_works(&b, first).await;
    }
}
