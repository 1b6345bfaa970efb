//! WCAG 2.1 AA, checked with axe-core in headless Chromium on every page of the reporter
//! intake, the reviewer console and the member-state portal, in English and in Danish (the
//! intake also in Greek), in each state a user meets: empty forms, forms with errors (rendered
//! by the server and by the browser), confirmations, a report before and after it is
//! decrypted, charts with their data tables open. Any violation of the WCAG 2.0/2.1 A and AA
//! rules or axe's best practices fails the test and is printed with the page, the rule, the
//! elements and the rule's help page. The console's pages are audited in
//! `accessibility_console.rs` with the same set-up.
//!
//! axe-core comes from the npm registry, pinned in `tests/e2e/axe/package-lock.json`;
//! `.ci/run` installs it with `npm ci`.

use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{json, Value};

use crate::browser::typed_report;
use crate::console::PASSWORD;
use crate::instance::*;
use crate::intake::good_fields;
use crate::portal::{member_add, member_enrolled, two_releases};
use crate::webdriver::{self, Browser};

pub(crate) const LONG: Duration = Duration::from_secs(120);
pub(crate) const LANGS: [&str; 2] = ["en", "da"];
/// The reporter pages, which every company sees, are audited in a third language too: Greek,
/// another script, with the longest labels of the 24.
const INTAKE_LANGS: [&str; 3] = ["en", "da", "el"];
/// axe's rule tags: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices; WCAG 2.2's
/// target size (24 by 24 pixels or spaced apart) is run too.
const TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const AXE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/e2e/axe/node_modules/axe-core/axe.min.js"
);

/// axe-core's source, if installed. Under `CI=true` a missing axe fails the test; elsewhere
/// the test prints SKIPPED and returns (as [`webdriver::available`] does for the browser).
fn axe_source() -> Option<&'static str> {
    static SOURCE: OnceLock<Option<String>> = OnceLock::new();
    let source = SOURCE
        .get_or_init(|| std::fs::read_to_string(AXE).ok())
        .as_deref();
    if source.is_none() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but {AXE} is missing: run `npm ci` in tests/e2e/axe (.ci/run does)");
        }
        eprintln!("SKIPPED: {AXE} is missing; run `npm ci` in tests/e2e/axe");
    }
    source
}

/// Whether this test can run: a browser and axe-core.
pub(crate) fn available() -> bool {
    webdriver::available() && axe_source().is_some()
}

/// The pages audited by one test and what axe found on them.
pub(crate) struct Audit {
    pub(crate) b: Browser,
    pages: Vec<String>,
    failures: Vec<String>,
    /// Rules passed, summed over the pages (a sign that axe ran at all).
    passes: u64,
}

impl Audit {
    pub(crate) async fn start() -> Audit {
        let b = Browser::start().await;
        // A laptop-sized window: contrast and target sizes are measured as laid out.
        b.set_window_size(1280, 1000).await;
        Audit {
            b,
            pages: vec![],
            failures: vec![],
            passes: 0,
        }
    }

    /// axe's findings on the page as it is now: the violations and how many rules passed.
    async fn axe(&self) -> (Vec<Value>, u64) {
        let b = &self.b;
        // WebDriver's script channel is not subject to the page's CSP.
        let source = axe_source().expect("checked by available()");
        b.execute(&format!("{source}\n;return typeof window.axe;"), vec![])
            .await;
        let result = b
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},
                                    rules: {'target-size': {enabled: true}}})
                   .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({
                           id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                           nodes: v.nodes.map(n => ({target: n.target,
                                                     summary: n.failureSummary}))}))}),
                         e => done({error: String(e)}));",
                vec![json!(TAGS)],
                LONG,
            )
            .await;
        assert!(result.get("error").is_none(), "axe failed: {result}");
        (
            result["violations"].as_array().cloned().unwrap_or_default(),
            result["passes"].as_u64().unwrap_or(0),
        )
    }

    /// The harness finds what it should: a control without a label, added to the page, is
    /// reported as the critical violation it is.
    pub(crate) async fn self_check(&self) {
        self.b
            .execute(
                "const i = document.createElement('input'); i.id = 'axe-self-check'; \
                 document.querySelector('main').append(i);",
                vec![],
            )
            .await;
        let (violations, passes) = self.axe().await;
        assert!(passes > 20, "axe ran only {passes} passing rules");
        assert!(
            violations.iter().any(|v| v["id"] == "label"
                && v["impact"] == "critical"
                && v["nodes"].to_string().contains("#axe-self-check")),
            "axe did not report an unlabelled input: {violations:?}"
        );
    }

    /// Runs axe on the page as it is now. `lang` is the language the page must declare.
    pub(crate) async fn check(&mut self, name: &str, lang: &str) {
        let b = &self.b;
        let page = format!("{name} [{lang}]");
        // Details (the charts' data tables) are opened so that what they hold is checked too.
        b.execute(
            "document.querySelectorAll('details').forEach(d => d.open = true);",
            vec![],
        )
        .await;
        let declared = b
            .execute("return document.documentElement.lang;", vec![])
            .await;
        if declared != json!(lang) {
            self.failures
                .push(format!("{page}: <html lang> is {declared}, not {lang:?}"));
        }
        let (violations, passes) = self.axe().await;
        self.passes += passes;
        let url = b
            .execute("return location.pathname + location.search;", vec![])
            .await;
        for v in violations {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|n| {
                    format!(
                        "    {}\n      {}",
                        n["target"],
                        n["summary"]
                            .as_str()
                            .unwrap_or("")
                            .replace('\n', "\n      ")
                    )
                })
                .collect();
            self.failures.push(format!(
                "{page} {}: {} ({}) {}\n  {}\n{}",
                url.as_str().unwrap_or(""),
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                v["helpUrl"].as_str().unwrap_or(""),
                nodes.join("\n")
            ));
        }
        self.pages.push(page);
    }

    /// Fails with every violation found, after all pages were checked.
    pub(crate) fn finish(self) {
        println!(
            "axe checked {} pages ({} rule passes): {:?}",
            self.pages.len(),
            self.passes,
            self.pages
        );
        assert!(
            self.failures.is_empty(),
            "{} accessibility violations:\n\n{}",
            self.failures.len(),
            self.failures.join("\n\n")
        );
    }
}

/// Submits the form `css` as a browser without JavaScript would (the page's scripts do not
/// see it), to reach what the server renders for that.
pub(crate) async fn submit_natively(b: &Browser, css: &str) {
    b.execute(
        "HTMLFormElement.prototype.submit.call(document.querySelector(arguments[0]));",
        vec![json!(css)],
    )
    .await;
}

/// Fills the report form's fields with `fields` (name → value), without JavaScript events.
async fn fill_report_form(b: &Browser, fields: &[(&str, String)]) {
    let values: serde_json::Map<String, Value> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    b.execute(
        "const form = document.getElementById('report-form');
         for (const [name, value] of Object.entries(arguments[0])) {
           for (const el of form.querySelectorAll('[name=\"' + name + '\"]')) {
             if (el.type === 'checkbox') el.checked = true; else el.value = value;
           }
         }",
        vec![Value::Object(values)],
    )
    .await;
}

/// A page that comes back with errors puts the keyboard focus on their summary, so that a
/// screen reader reads them first and a keyboard user starts from there.
async fn assert_focus_on_error_summary(b: &Browser) {
    let focused = b
        .execute("return document.activeElement.className;", vec![])
        .await;
    assert_eq!(focused, "error-summary", "focus is on the error summary");
}

/// Waits until the page at `css` is there, after a navigation or a form post.
pub(crate) async fn wait(b: &Browser, css: &str) {
    b.wait_for(css, LONG).await;
}

/// The sign-in pages the console and the portal both have, with the selectors that differ.
pub(crate) struct SignInPages<'a> {
    pub(crate) area: &'a str,
    /// A one-time enrolment link (opened, refused, never completed).
    pub(crate) enrol: &'a str,
    pub(crate) enrol_ready: &'a str,
    pub(crate) enrol_form: &'a str,
    pub(crate) login_submit: &'a str,
}

impl SignInPages<'_> {
    /// Enrolment, enrolment refused, an invalid link, login and login refused, in `lang`.
    pub(crate) async fn audit(&self, a: &mut Audit, inst: &Instance, lang: &str) {
        let b = &a.b;
        b.goto(&inst.url(&format!("{}?lang={lang}", self.enrol)))
            .await;
        wait(b, self.enrol_ready).await;
        a.check("enrolment", lang).await;

        let b = &a.b;
        submit_natively(b, self.enrol_form).await;
        wait(b, "#enrol-error").await;
        a.check("enrolment, refused", lang).await;

        let b = &a.b;
        let invalid = format!("/{}/enrol/not-a-token?lang={lang}", self.area);
        b.goto(&inst.url(&invalid)).await;
        a.check("enrolment link not valid", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/{}/login?lang={lang}", self.area)))
            .await;
        a.check("login", lang).await;

        let b = &a.b;
        b.type_into("#name", "nobody").await;
        b.type_into("#password", PASSWORD).await;
        b.type_into("#code", "123456").await;
        b.click(&b.find(self.login_submit).await.unwrap()).await;
        wait(b, "#login-error").await;
        a.check("login, refused", lang).await;
    }
}

#[tokio::test]
async fn intake_pages_meet_wcag_2_1_aa() {
    if !available() {
        return;
    }
    let inst = Instance::sqlite(&[("POW_BITS", "8")]);
    let mut a = Audit::start().await;
    for lang in INTAKE_LANGS {
        let b = &a.b;
        b.goto(&inst.url(&format!("/?lang={lang}"))).await;
        a.check("landing", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/privacy?lang={lang}"))).await;
        a.check("privacy notice", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/no-such-page?lang={lang}")))
            .await;
        a.check("error page (404)", lang).await;

        // The report form, ready to encrypt in the browser.
        let b = &a.b;
        b.goto(&inst.url(&format!("/report?lang={lang}"))).await;
        wait(b, "#report-form[data-encryption=\"browser\"]").await;
        a.check("report form", lang).await;

        // Sent empty (but for a bad indicator) with JavaScript: the browser shows the errors
        // and moves focus to them.
        let b = &a.b;
        b.set_value("#indicator-ip", "192.0.2.7\n192.0.2.300").await;
        b.click(&b.find("#report-form button[type=submit]").await.unwrap())
            .await;
        wait(b, ".error-summary").await;
        a.check("report form, errors shown by the browser", lang)
            .await;

        // Sent empty without JavaScript: the server renders the errors.
        let b = &a.b;
        b.goto(&inst.url(&format!("/report?lang={lang}"))).await;
        wait(b, "#report-form").await;
        b.set_value("#indicator-url", "exfil.example.com/drop")
            .await;
        submit_natively(b, "#report-form").await;
        wait(b, ".error-summary #error-summary-title").await;
        wait(b, "#indicator-url-error").await;
        assert_focus_on_error_summary(b).await;
        a.check("report form, errors rendered by the server", lang)
            .await;

        // A complete report without JavaScript: the server's confirmation with the receipt.
        let b = &a.b;
        b.goto(&inst.url(&format!("/report?lang={lang}"))).await;
        wait(b, "#report-form").await;
        // The hidden `language` field stays the page's own.
        let fields = crate::intake::without(&good_fields(), "language");
        fill_report_form(b, &fields).await;
        submit_natively(b, "#report-form").await;
        wait(b, "#receipt").await;
        a.check("confirmation with receipt (sealed by the server)", lang)
            .await;

        // The same with JavaScript: the browser's confirmation with the receipt.
        let b = &a.b;
        b.goto(&inst.url(&format!("/report?lang={lang}"))).await;
        wait(b, "#report-form[data-encryption=\"browser\"]").await;
        let r = typed_report();
        fill_report_form(
            b,
            &[
                ("recipients", "EUIPO".to_string()),
                ("member_state", r.member_state),
                ("sector", r.sector),
                ("incident_class", r.incident_class),
                ("attack_vector", r.attack_vector),
                ("actor_type", r.actor_type),
                ("incident_month", r.incident_month),
                ("detection_month", r.detection_month),
                ("what_taken", r.what_taken),
                ("narrative", r.narrative),
                ("consent", "yes".to_string()),
            ],
        )
        .await;
        b.click(&b.find("#report-form button[type=submit]").await.unwrap())
            .await;
        let receipt = b.wait_visible("#js-receipt", LONG).await;
        let receipt = b.text(&receipt).await;
        a.check("confirmation with receipt (encrypted in the browser)", lang)
            .await;

        // Follow-up: sign-in, a wrong receipt, the conversation, a reply refused and sent.
        let b = &a.b;
        b.goto(&inst.url(&format!("/followup?lang={lang}"))).await;
        wait(b, "#receipt").await;
        a.check("follow-up sign-in", lang).await;

        let b = &a.b;
        b.type_into("#receipt", "AAAA-BBBB-CCCC").await;
        b.click(&b.find("#content form button[type=submit]").await.unwrap())
            .await;
        wait(b, "#receipt-error").await;
        assert_focus_on_error_summary(b).await;
        a.check("follow-up sign-in, wrong receipt", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/followup?lang={lang}"))).await;
        b.type_into("#receipt", &receipt).await;
        b.click(&b.find("#content form button[type=submit]").await.unwrap())
            .await;
        wait(b, "#reply").await;
        a.check("conversation", lang).await;

        let b = &a.b;
        b.click(&b.find("#content form button[type=submit]").await.unwrap())
            .await;
        wait(b, "#reply-error").await;
        a.check("conversation, empty reply refused", lang).await;

        let b = &a.b;
        b.type_into("#reply", "The VPN is a FortiGate 60F.").await;
        b.click(&b.find("#content form button[type=submit]").await.unwrap())
            .await;
        wait(b, ".thread li").await;
        a.check("conversation with a message", lang).await;
    }
    a.self_check().await;
    a.finish();
}

#[tokio::test]
async fn portal_pages_meet_wcag_2_1_aa() {
    if !available() {
        return;
    }
    let inst = Instance::sqlite(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let (release, _) = two_releases(&inst, &tmp.path().join("out"));
    let mut dk = member_enrolled(&inst, "DK", "dk-a11y").await;
    let enrol = member_add(&inst, "SE", "se-a11y");
    let mut a = Audit::start().await;
    for lang in LANGS {
        let pages = SignInPages {
            area: "portal",
            enrol: &enrol,
            enrol_ready: "#password",
            enrol_form: "#content form",
            login_submit: "#login-submit",
        };
        pages.audit(&mut a, &inst, lang).await;
    }

    let b = &a.b;
    b.goto(&inst.url("/portal/login?lang=en")).await;
    b.type_into("#name", &dk.name).await;
    b.type_into("#password", PASSWORD).await;
    b.type_into("#code", &dk.fresh_code()).await;
    b.click(&b.find("#login-submit").await.unwrap()).await;
    wait(b, "#releases").await;
    for lang in LANGS {
        let b = &a.b;
        b.goto(&inst.url(&format!("/portal/?lang={lang}"))).await;
        wait(b, "#releases").await;
        a.check("release list", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/portal/releases/{release}?lang={lang}")))
            .await;
        wait(b, "#chart-member-state").await;
        a.check("release with charts, tables and methodology", lang)
            .await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/portal/releases/2026Q2-0000000?lang={lang}")))
            .await;
        a.check("release not found", lang).await;

        let b = &a.b;
        b.goto(&inst.url(&format!("/portal/tokens?lang={lang}")))
            .await;
        wait(b, "#token-name").await;
        a.check("API tokens", lang).await;

        let b = &a.b;
        submit_natively(b, "#content form").await;
        wait(b, "#token-error").await;
        a.check("API tokens, refused", lang).await;

        let b = &a.b;
        b.type_into("#token-name", &format!("nightly {lang}")).await;
        b.click(&b.find("#content form button[type=submit]").await.unwrap())
            .await;
        wait(b, "#new-token").await;
        a.check("API tokens, one created", lang).await;

        // Security keys (this instance's BASE_URL is an IP: the page says keys are unavailable).
        let b = &a.b;
        b.goto(&inst.url(&format!("/portal/security-keys?lang={lang}")))
            .await;
        wait(b, "#keys-unavailable").await;
        a.check("security keys", lang).await;
    }
    a.self_check().await;
    a.finish();
}
