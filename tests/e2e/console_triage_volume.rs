//! The console's inbox at volume: 1,000 reports addressed to one body are all listed and
//! searchable in headless Chromium after the key is unlocked, and listed again from the held
//! key. It checks counts, never times (no timed test): it prints the wall time from the click
//! on "Unlock" to the decrypted list (Argon2id, the download, decrypting and rendering), the
//! page's own figure for decrypting and rendering alone, and the time of one search, which
//! `bench/console_triage.sh` collects for docs/BENCHMARKS.md.

use std::time::{Duration, Instant};

use domain::report::validate;
use storage::Day;

use crate::browser::{this_month, typed_report};
use crate::console::{enrolled, UNLOCK};
use crate::helpers::*;
use crate::instance::*;
use crate::webdriver::login_in_browser;
use crate::webdriver::{self, Browser};

const REPORTS: usize = 1_000;
const LONG: Duration = Duration::from_secs(300);

/// `REPORTS` reports sealed to the instance's keyring (the server-side sealing of the intake),
/// each with a narrative of its own, stored in batches.
fn many_reports(inst: &Instance) {
    let (keyring, _) = keystore::load_keyring(&inst.keys, None).unwrap();
    let (month, quarter) = this_month();
    let states = ["DK", "FR", "DE", "IT", "PL", "SE", "ES", "NL"];
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    for i in 0..REPORTS {
        let mut raw = typed_report();
        raw.member_state = states[i % states.len()].into();
        raw.narrative = format!(
            "Report number {i}: a contractor copied the design files of product line {} \
             to a personal cloud account before leaving.\nMore details follow in the thread.",
            i % 37
        );
        let fields = validate(&raw, month).unwrap();
        let bodies = vec![envelope::Body::Euipo];
        let sealed = server::intake::seal::seal_report(
            &keyring,
            &fields,
            &bodies,
            Vec::new(),
            Day::today(),
            quarter,
        )
        .unwrap();
        storage::reports::insert_report(&mut conn, &sealed.report).unwrap();
    }
}

#[tokio::test]
async fn a_thousand_reports_are_listed_and_searchable_after_one_unlock() {
    if !webdriver::available() {
        return;
    }
    let mut inst = Instance::sqlite_own_keys(&[]);
    let mut rev = enrolled(&inst, "EUIPO", "bea").await;
    let out = sign_keyring(&inst, &inst.keys);
    assert!(out.status.success(), "{}", text(&out.stderr));
    inst.restart();
    many_reports(&inst);

    let b = Browser::start().await;
    login_in_browser(&b, &inst, &mut rev).await;
    b.wait_for("#triage[data-ready=\"true\"]", LONG).await;
    b.wait_visible("#unlock-passphrase", LONG).await;
    b.type_into("#unlock-passphrase", UNLOCK).await;
    let started = Instant::now();
    b.click(&b.find("#unlock-submit").await.unwrap()).await;
    b.wait_for("#triage[data-listed=\"true\"]", LONG).await;
    let unlock_to_list = started.elapsed();
    let section = b.find("#triage").await.unwrap();
    let list_ms = b.attribute(&section, "data-list-ms").await.unwrap();
    let count = b.text(&b.find("#triage-count").await.unwrap()).await;
    assert!(
        count.contains(&format!("{REPORTS} of {REPORTS}")),
        "{count}"
    );
    let search_ms = b
        .execute(
            "const el = document.getElementById('triage-search'); const t = performance.now(); \
             el.value = 'number 517:'; el.dispatchEvent(new Event('input', {bubbles: true})); \
             return performance.now() - t;",
            vec![],
        )
        .await;
    let count = b.text(&b.find("#triage-count").await.unwrap()).await;
    assert!(count.contains(&format!("1 of {REPORTS}")), "{count}");
    // With the key held: the inbox opened again, without the passphrase.
    let again = Instant::now();
    b.goto(&inst.url("/console/?lang=en")).await;
    b.wait_for("#triage[data-listed=\"true\"]", LONG).await;
    let reload = again.elapsed();
    let count = b.text(&b.find("#triage-count").await.unwrap()).await;
    assert!(
        count.contains(&format!("{REPORTS} of {REPORTS}")),
        "{count}"
    );
    println!(
        "BENCH console triage: {REPORTS} reports; unlock click -> list {:.2} s (Argon2id, \
         download, decrypt, render); decrypt+render {list_ms} ms; one search {:.0} ms; \
         page load with the held key -> list {:.2} s",
        unlock_to_list.as_secs_f64(),
        search_ms.as_f64().unwrap_or(-1.0),
        reload.as_secs_f64()
    );
}
