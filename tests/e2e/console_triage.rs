//! Reviewer console triage (issue 17, points 1, 2 and 6): `GET /console/inbox/data` over HTTP
//! (each body gets its own reports' ciphertext and nothing readable; its rows in the
//! authorization matrix in `console_triage_matrix.rs`), the figures for management and their
//! CSV against two known reports, an assignment,
//! and in Chromium: the key unlocked once per sign-in (the inbox and
//! several reports opened without the passphrase again, asked again after logout and a new
//! sign-in), the inbox decrypted in the browser, searched by a word of a narrative and narrowed
//! by a filter.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::browser::wait_text;
use crate::console::{enrolled, get_with, login, UNLOCK};
use crate::helpers::*;
use crate::instance::*;
use crate::intake::{good_fields, submit_ok, with};
use crate::webdriver::login_in_browser;
use crate::webdriver::{self, Browser};

const LONG: Duration = Duration::from_secs(120);
const DATA: &str = "/console/inbox/data";
const FIGURES: &str = "/console/figures";
const CSV: &str = "/console/figures.csv";

async fn data_of(inst: &Instance, cookie: &str) -> Value {
    let resp = get_with(inst, &format!("{DATA}?lang=en"), cookie).await;
    assert_eq!(resp.status(), StatusCode::OK);
    resp.json().await.unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn inbox_data_and_figures_per_body() {
    inbox_data_and_figures(Instance::sqlite(&[])).await;
}

#[tokio::test]
async fn inbox_data_and_figures_per_body_on_postgres() {
    // Skipped without a PostgreSQL server, except under CI=true (see `pg.rs`).
    if let Some(inst) = Instance::postgres(&[]) {
        inbox_data_and_figures(inst).await;
    }
}

/// Each body gets its own reports' ciphertext and figures, nothing readable.
async fn inbox_data_and_figures(inst: Instance) {
    let narrative = "Zebrafish telemetry was copied to a rented server.";
    submit_ok(
        &inst,
        &with(
            &with(&good_fields(), "recipients", "EUIPO"),
            "narrative",
            narrative,
        ),
        &[],
    )
    .await;
    submit_ok(&inst, &good_fields(), &[]).await;
    let (e_only, both) = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        let all = storage::reports::list_reports_for_body(&mut c, storage::Body::Euipo).unwrap();
        (
            all.iter().find(|r| !r.to_ec3).unwrap().id.clone(),
            all.iter().find(|r| r.to_ec3).unwrap().id.clone(),
        )
    };
    let mut ida = enrolled(&inst, "EUIPO", "ida").await;
    let mut jon = enrolled(&inst, "EC3", "jon").await;
    let (ce, cc) = (login(&inst, &mut ida).await, login(&inst, &mut jon).await);

    let e = data_of(&inst, &ce).await;
    let mut want = vec![e_only.clone(), both.clone()];
    want.sort();
    assert_eq!(ids(&e), want);
    assert_eq!(e["body"], "EUIPO");
    assert!(e["wrapped_key"]
        .as_str()
        .unwrap()
        .contains("tsr-wrapped-key/1"));
    let row = e["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == e_only.as_str())
        .unwrap();
    assert_eq!(row["status"], "new");
    assert_eq!(row["sealed_by"], "server");
    assert_eq!(row["deadline"]["kind"], "acknowledgement");
    let envelope = envelope::unb64(row["envelope"].as_str().unwrap(), "envelope").unwrap();
    assert_eq!(
        envelope,
        crate::console_cases::report(&inst, &e_only).envelope
    );
    // Ciphertext only: no field of any report is readable in the answer.
    let body = e.to_string();
    for plain in [
        narrative,
        "security@example.dk",
        "DK12345678",
        "spear-phishing",
    ] {
        assert!(!body.contains(plain), "{plain} in the inbox data");
    }

    // EC3 gets only the report addressed to it too.
    assert_eq!(ids(&data_of(&inst, &cc).await), vec![both.clone()]);

    // An assignment: listed with the assignee's name, for EUIPO only; audited with ids.
    let ida_id = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::accounts::find_account::<storage::accounts::ReviewerProfile>(
            &mut c,
            storage::accounts::Lookup::Name("ida"),
        )
        .unwrap()
        .unwrap()
        .id
    };
    let csrf_e = crate::intake::csrf_in(&crate::console_cases::inbox_html(&inst, &ce, "en").await);
    let resp = crate::intake::client()
        .post(inst.url(&format!("/console/reports/{both}/assignment")))
        .header(reqwest::header::COOKIE, &ce)
        .form(&[("csrf", csrf_e.as_str()), ("reviewer", &ida_id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let assigned = |v: &Value, id: &str| {
        v["reports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .map(|r| (r["assigned_to"].clone(), r["assigned_to_me"].clone()))
            .unwrap()
    };
    let e = data_of(&inst, &ce).await;
    assert_eq!(assigned(&e, &both), (Value::from("ida"), Value::Bool(true)));
    assert_eq!(assigned(&e, &e_only), (Value::Null, Value::Bool(false)));
    let c = data_of(&inst, &cc).await;
    assert_eq!(assigned(&c, &both), (Value::Null, Value::Bool(false)));
    let page = get_with(&inst, &format!("/console/reports/{both}?lang=en"), &ce)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("<option value=\"{ida_id}\" selected>ida</option>")),
        "{page}"
    );

    // The figures of each body, from these two reports received today, one acknowledged by
    // EUIPO with the inbox's status change.
    let csrf = crate::intake::csrf_in(&crate::console_cases::inbox_html(&inst, &ce, "en").await);
    let resp = crate::intake::client()
        .post(inst.url(&format!("/console/reports/{e_only}/status")))
        .header(reqwest::header::COOKIE, &ce)
        .form(&[("csrf", csrf.as_str()), ("status", "acknowledged")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let today = storage::Day::today();
    let month = &today.as_str()[..7];
    let csv = |cookie: String| {
        let inst = &inst;
        async move {
            let resp = get_with(inst, CSV, &cookie).await;
            assert_eq!(resp.status(), StatusCode::OK);
            assert!(resp.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv"));
            resp.text().await.unwrap()
        }
    };
    let e_csv = csv(ce.clone()).await;
    for line in [
        format!("received,{month},2"),
        "acknowledgement_done,,1".into(),
        "acknowledgement_days_median,,0".into(),
        "acknowledgement_within_deadline,,1".into(),
        "acknowledgement_decided,,1".into(),
        "open,new,1".into(),
        "open,acknowledged,1".into(),
    ] {
        assert!(e_csv.lines().any(|l| l == line), "{line} in {e_csv}");
    }
    let c_csv = csv(cc.clone()).await;
    assert!(
        c_csv.lines().any(|l| l == format!("received,{month},1")),
        "{c_csv}"
    );
    assert!(
        c_csv.lines().any(|l| l == "acknowledgement_done,,0"),
        "{c_csv}"
    );
    let html = get_with(&inst, &format!("{FIGURES}?lang=en"), &ce)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Figures for management"), "{html}");
    assert!(html.contains("1 of 1 (100 %)"), "{html}");
    for plain in [narrative, "security@example.dk"] {
        assert!(!html.contains(plain) && !e_csv.contains(plain));
    }

    // The listing is audited with counts only.
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    let audits: Vec<_> = storage::audit::audit_entries(&mut conn, 0, 10_000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "console.inbox_data_served")
        .collect();
    assert_eq!(audits.len(), 4, "{audits:?}");
    let assigned_audit: Vec<_> = storage::audit::audit_entries(&mut conn, 0, 10_000)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == "report.assigned")
        .collect();
    assert_eq!(assigned_audit.len(), 1, "{assigned_audit:?}");
}

/// Asks the page's key holder whether it holds a key (no key material crosses).
async fn holder_holds(b: &Browser) -> bool {
    let script = r#"
        const done = arguments[arguments.length - 1];
        const w = new SharedWorker('/static/js/console/keyholder.js',
          { type: 'module', name: 'tsr-console-keys', extendedLifetime: true });
        w.port.onmessage = (m) => done(m.data.held === true);
        w.port.start();
        w.port.postMessage({ op: 'held', seq: 1 });
    "#;
    b.execute_async(script, vec![], Duration::from_secs(10))
        .await
        .as_bool()
        .expect("the holder answers")
}

/// The rendered width of an element, in CSS pixels.
async fn width(b: &Browser, css: &str) -> f64 {
    b.execute(
        "return document.querySelector(arguments[0]).getBoundingClientRect().width;",
        vec![serde_json::json!(css)],
    )
    .await
    .as_f64()
    .unwrap_or_else(|| panic!("no width for {css}"))
}

pub(crate) async fn visible_rows(b: &Browser) -> Vec<String> {
    let v = b
        .execute(
            "return [...document.querySelectorAll('#triage-rows tr')].map((r) => r.dataset.report);",
            vec![],
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

pub(crate) async fn unlock_inbox(b: &Browser) {
    b.wait_for("#triage[data-ready=\"true\"]", LONG).await;
    b.wait_visible("#unlock-passphrase", LONG).await;
    b.type_into("#unlock-passphrase", UNLOCK).await;
    b.click(&b.find("#unlock-submit").await.unwrap()).await;
    let deadline = std::time::Instant::now() + LONG;
    while b.find("#triage[data-listed=\"true\"]").await.is_none() {
        let status = b.text(&b.find("#triage-message").await.unwrap()).await;
        assert!(
            std::time::Instant::now() < deadline && !status.contains("not right"),
            "not listed: {status}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn console_unlocks_once_per_sign_in_and_triages_in_the_browser() {
    if !webdriver::available() {
        return;
    }
    let mut inst = Instance::sqlite_own_keys(&[]);
    let mut rev = enrolled(&inst, "EUIPO", "ada").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    let narratives = [
        ("DK", "A spear-phishing mail led to a stolen VPN password."),
        (
            "FR",
            "Le fichier des recettes a été copié par un stagiaire.",
        ),
        (
            "DE",
            "Ein Dienstleister hat die Baupläne der Turbine kopiert.",
        ),
    ];
    for (ms, n) in narratives {
        let fields = with(&with(&good_fields(), "member_state", ms), "narrative", n);
        submit_ok(&inst, &fields, &[]).await;
    }
    let all = {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        storage::reports::list_reports_for_body(&mut c, storage::Body::Euipo).unwrap()
    };
    assert_eq!(all.len(), 3);

    let b = Browser::start().await;
    login_in_browser(&b, &inst, &mut rev).await;
    // The inbox: unlocked here, every report decrypted and listed with its summary.
    unlock_inbox(&b).await;
    assert_eq!(visible_rows(&b).await.len(), 3);
    assert!(!b.displayed(&b.find("#inbox-list").await.unwrap()).await);
    wait_text(&b, "#triage-count", "3 of 3").await;
    let table = b.text(&b.find("#triage-table").await.unwrap()).await;
    for (_, n) in narratives {
        assert!(table.contains(n), "{n} in {table}");
    }
    assert!(table.contains("Manufacturing"), "{table}");

    // Search by a word of one narrative (accents ignored): that report only.
    // By keyboard: unlocking puts the focus in the search field.
    let focused = b.execute("return document.activeElement.id;", vec![]).await;
    assert_eq!(focused, "triage-search");
    b.keys("recettes").await;
    wait_text(&b, "#triage-count", "1 of 3").await;
    let found = visible_rows(&b).await;
    assert_eq!(found.len(), 1);
    let row = b.text(&b.find("#triage-rows tr").await.unwrap()).await;
    assert!(row.contains("Le fichier des recettes"), "{row}");
    b.set_value("#triage-search", "").await;
    b.type_into("#triage-search", "bauplane turbine").await;
    wait_text(&b, "#triage-count", "1 of 3").await;
    let german = visible_rows(&b).await;
    assert_ne!(german, found);
    // A filter narrows the list: member state DK, then no search.
    b.click(&b.find("#triage-reset").await.unwrap()).await;
    wait_text(&b, "#triage-count", "3 of 3").await;
    b.select("#triage-member-state", "DK").await;
    wait_text(&b, "#triage-count", "1 of 3").await;
    let row = b.text(&b.find("#triage-rows tr").await.unwrap()).await;
    assert!(row.contains("spear-phishing"), "{row}");
    assert!(row.contains("Denmark"), "{row}");

    // Several reports opened without the passphrase: the holder kept the key.
    for r in &all {
        b.goto(&inst.url(&format!("/console/reports/{}?lang=en", r.id)))
            .await;
        b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
        assert!(!b.displayed(&b.find("#unlock-form").await.unwrap()).await);
        let narrative = b.text(&b.find("#field-narrative").await.unwrap()).await;
        assert!(
            narratives.iter().any(|(_, n)| *n == narrative),
            "{narrative}"
        );
    }
    // Assigned to me on the last report's page (a plain form), kept by the key holder.
    let option = b
        .find("#assign-reviewer option:nth-child(2)")
        .await
        .unwrap();
    assert_eq!(b.text(&option).await, "ada");
    b.click(&option).await;
    b.execute(
        "document.body.dataset.before = 'assign'; return null;",
        vec![],
    )
    .await;
    b.click(&b.find("#assign-submit").await.unwrap()).await;
    b.wait_for(
        "body:not([data-before]) #report-page[data-opened=\"true\"]",
        LONG,
    )
    .await;
    let chosen = b.find("#assign-reviewer option:checked").await.unwrap();
    assert_eq!(b.text(&chosen).await, "ada");
    let mine = all.last().unwrap().id.clone();

    // Back in the inbox: listed without asking either; "assigned to me" finds that one.
    b.goto(&inst.url("/console/?lang=en")).await;
    b.wait_for("#triage[data-listed=\"true\"]", LONG).await;
    assert!(holder_holds(&b).await);
    b.select("#triage-assignment", "me").await;
    wait_text(&b, "#triage-count", "1 of 3").await;
    assert_eq!(visible_rows(&b).await, vec![mine]);
    b.select("#triage-assignment", "none").await;
    wait_text(&b, "#triage-count", "2 of 3").await;

    // Logout drops the key; the next sign-in unlocks again.
    let logout = b
        .find("form[action^=\"/console/logout\"] button")
        .await
        .unwrap();
    b.click(&logout).await;
    b.wait_for("#name", LONG).await;
    assert!(!holder_holds(&b).await, "the key outlived the logout");
    // Password inputs are as wide as the other inputs (console and portal sign-in, unlock).
    let text_width = width(&b, "#name").await;
    assert!(text_width > 200.0, "{text_width}");
    assert_eq!(width(&b, "#password").await, text_width);
    b.goto(&inst.url("/portal/login?lang=en")).await;
    b.wait_for("#password", LONG).await;
    assert_eq!(width(&b, "#password").await, width(&b, "#name").await);
    login_in_browser(&b, &inst, &mut rev).await;
    b.wait_for("#triage[data-ready=\"true\"]", LONG).await;
    b.wait_visible("#unlock-passphrase", LONG).await;
    assert!(b.find("#triage[data-listed]").await.is_none());
    b.goto(&inst.url(&format!("/console/reports/{}?lang=en", all[0].id)))
        .await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    b.wait_visible("#unlock-passphrase", LONG).await;
    assert!(b.find("#report-page[data-opened]").await.is_none());
    assert_eq!(width(&b, "#unlock-passphrase").await, text_width);
    b.type_into("#unlock-passphrase", UNLOCK).await;
    b.click(&b.find("#unlock-submit").await.unwrap()).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;

    // The holder's own timers, on a page that is not a console page: the idle timeout, and
    // the grace period after the last console page went away.
    b.goto(&inst.url("/?lang=en")).await;
    assert_eq!(
        holder_timers(&b).await,
        serde_json::json!([true, false, true, true, false])
    );
}

/// Talks to the holder directly with made-up keys: [held after a put with a 1 s idle timeout,
/// held 1.5 s later; held after a put by a page, held right after that page said bye, held
/// 11 s later].
async fn holder_timers(b: &Browser) -> Value {
    let script = r#"
        const done = arguments[arguments.length - 1];
        const w = new SharedWorker('/static/js/console/keyholder.js',
          { type: 'module', name: 'tsr-console-keys', extendedLifetime: true });
        const port = w.port;
        port.start();
        let seq = 100;
        const ask = (m) => new Promise((resolve) => {
          const id = ++seq;
          const on = (e) => {
            if (e.data.seq === id) {
              port.removeEventListener('message', on);
              resolve(e.data);
            }
          };
          port.addEventListener('message', on);
          port.postMessage(Object.assign({ seq: id }, m));
        });
        const keys = () => ({ publicKey: new Uint8Array(32).fill(1),
          privateKey: new Uint8Array(32).fill(2), signing: null });
        const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
        (async () => {
          const out = [];
          await ask({ op: 'put', marker: 'm', keys: keys(), idleSecs: 1 });
          out.push((await ask({ op: 'held' })).held);
          await sleep(1500);
          out.push((await ask({ op: 'held' })).held);
          port.postMessage({ op: 'hello' });
          await ask({ op: 'put', marker: 'm', keys: keys(), idleSecs: 600 });
          out.push((await ask({ op: 'held' })).held);
          port.postMessage({ op: 'bye' });
          out.push((await ask({ op: 'held' })).held);
          await sleep(11000);
          out.push((await ask({ op: 'held' })).held);
          done(out);
        })();
    "#;
    b.execute_async(script, vec![], Duration::from_secs(30))
        .await
}

/// Submits the page's unlock form if it is shown: once a page of this sign-in unlocked the
/// key, the key holder opens the next pages without it. Call after `data-ready`.
pub(crate) async fn unlock_if_asked(b: &Browser, passphrase: &str) {
    if let Some(form) = b.find("#unlock-form").await {
        if b.displayed(&form).await {
            b.type_into("#unlock-passphrase", passphrase).await;
            b.click(&b.find("#unlock-submit").await.unwrap()).await;
        }
    }
}

/// Makes the key holder drop the key, as a logout does (for tests that check the locked page
/// again within one sign-in).
pub(crate) async fn forget_key(b: &Browser) {
    let script = r#"
        const done = arguments[arguments.length - 1];
        const w = new SharedWorker('/static/js/console/keyholder.js',
          { type: 'module', name: 'tsr-console-keys', extendedLifetime: true });
        w.port.onmessage = (m) => done(m.data.ok === true);
        w.port.start();
        w.port.postMessage({ op: 'drop', seq: 1 });
    "#;
    let dropped = b
        .execute_async(script, vec![], Duration::from_secs(10))
        .await;
    assert_eq!(dropped, Value::Bool(true));
}
