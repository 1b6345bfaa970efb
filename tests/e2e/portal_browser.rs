//! The release page in headless Chromium: a member-state user logs in through the form, opens
//! the release, and the four charts are drawn (visible, with size), nothing goes to another
//! origin, the console has no errors, and a screenshot is taken.

use std::time::Duration;

use crate::console::PASSWORD;
use crate::instance::*;
use crate::portal::{member_enrolled, two_releases};
use crate::webdriver::{self, Browser};

const LONG: Duration = Duration::from_secs(120);

#[tokio::test]
async fn release_page_in_chromium_draws_charts_from_this_origin_only() {
    if !webdriver::available() {
        return;
    }
    let inst = Instance::sqlite(&[]);
    let tmp = tempfile::tempdir().unwrap();
    let (id, _) = two_releases(&inst, &tmp.path().join("out"));
    let mut dk = member_enrolled(&inst, "DK", "dk-browser").await;

    let b = Browser::start().await;
    b.execute("window.resizeTo(1280, 2400);", vec![]).await;
    b.goto(&inst.url("/portal/login?lang=en")).await;
    b.type_into("#name", &dk.name).await;
    b.type_into("#password", PASSWORD).await;
    b.type_into("#code", &dk.fresh_code()).await;
    b.click(&b.find("#login-submit").await.unwrap()).await;
    let link = b.wait_for(&format!("a[data-release=\"{id}\"]"), LONG).await;
    b.click(&link).await;
    b.wait_visible("#chart-member-state", LONG).await;
    assert!(b.title().await.starts_with("Statistics for 2026Q2"));

    // Every chart is laid out with a real size and has bars and whiskers.
    let sizes = b
        .execute(
            "return [...document.querySelectorAll('svg.chart')].map(s => { \
               const r = s.getBoundingClientRect(); \
               return [s.id, r.width, r.height, s.querySelectorAll('rect').length, \
                       s.querySelectorAll('.whisker').length]; });",
            vec![],
        )
        .await;
    let sizes = sizes.as_array().unwrap();
    assert_eq!(sizes.len(), 7, "{sizes:?}");
    for s in sizes {
        let (w, h) = (s[1].as_f64().unwrap(), s[2].as_f64().unwrap());
        assert!(w > 300.0 && h > 40.0, "{s}");
        assert!(s[3].as_u64().unwrap() >= 2 && s[3] == s[4], "{s}");
    }
    // The user's own country is marked in text, not by colour alone.
    let marked = b
        .execute(
            "return [...document.querySelectorAll('#chart-member-state text')] \
               .filter(t => t.getAttribute('font-weight') === 'bold').map(t => t.textContent);",
            vec![],
        )
        .await;
    assert!(
        marked.to_string().contains("DK – Denmark (highlighted)"),
        "{marked}"
    );
    // The data table alternative opens.
    b.click(
        &b.find("#chart-sector + details summary, #chart-sector-heading ~ details summary")
            .await
            .unwrap(),
    )
    .await;
    b.wait_visible("#chart-sector-table", LONG).await;

    // Nothing from another origin: every resource the page loaded is from the server.
    let resources = b
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);",
            vec![],
        )
        .await;
    let resources: Vec<String> = resources
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert!(resources.len() >= 3, "{resources:?}");
    for r in &resources {
        assert!(r.starts_with(&inst.srv.base), "{r} is from another origin");
    }
    // No errors (CSP violations included) in the console.
    let log = b.console_log().await;
    // Chromium asks for /favicon.ico by itself (same origin, not the page's doing); the
    // server has none, which is not an error of the page.
    let errors: Vec<&String> = log
        .iter()
        .filter(|l| l.starts_with("SEVERE") && !l.contains("/favicon.ico "))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");

    b.execute(
        "document.getElementById('chart-member-state').scrollIntoView();",
        vec![],
    )
    .await;
    let png = b.screenshot().await;
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(
        png.len() > 20_000,
        "the screenshot has content ({} bytes)",
        png.len()
    );
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("portal-release-page.png");
    std::fs::write(&path, &png).unwrap();
    println!("screenshot: {}", path.display());
}
