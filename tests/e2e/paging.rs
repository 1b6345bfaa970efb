//! Long lists come 50 to a page with translated, labelled navigation: the console's inbox
//! (whose deadline counts and total still cover every page), the portal's releases and API
//! tokens. Rows are put into the database directly: the pages list metadata only.

use reqwest::StatusCode;
use storage::reports::{NewReport, NewSlot};
use storage::{Body, Day, SealedBy};

use crate::console::{enrolled, get_with, login};
use crate::instance::*;
use crate::portal::{member_enrolled, member_login};

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

async fn html(inst: &Instance, path: &str, cookie: &str) -> String {
    let resp = get_with(inst, path, cookie).await;
    assert_eq!(resp.status(), StatusCode::OK, "{path}");
    resp.text().await.unwrap()
}

/// The pager of a page: its `<nav>` element, with `&` unescaped.
fn pager(html: &str) -> Option<String> {
    let start = html.find("<nav class=\"pager\"")?;
    let end = html[start..].find("</nav>")? + start;
    Some(html[start..end].replace("&#38;", "&").replace("&amp;", "&"))
}

fn insert_reports(inst: &Instance, n: usize) {
    let db = inst.db();
    let mut conn = db.conn().unwrap();
    for i in 0..n {
        let report = NewReport {
            id: format!("{:032x}", 0xabc0_0000 + i),
            to_euipo: true,
            to_ec3: false,
            envelope: vec![1, 2, 3],
            recipient_digest: vec![0; 32],
            sealed_by: SealedBy::Browser,
            // Long past: every one of them is overdue for acknowledgement.
            received_day: "2020-01-06".parse::<Day>().unwrap(),
            receipt_lookup: [u8::try_from(i).unwrap(); 32],
            reporter_pk: [7; 32],
            slots: vec![NewSlot {
                recipient_pk: [1; 32],
                body: Body::Euipo,
                sealed_key: vec![1],
            }],
            attachments: vec![],
        };
        storage::reports::insert_report(&mut conn, &report).unwrap();
    }
}

#[tokio::test]
async fn the_inbox_comes_fifty_to_a_page_and_counts_every_report() {
    let inst = Instance::sqlite(&[]);
    insert_reports(&inst, 53);
    let mut rev = enrolled(&inst, "EUIPO", "pager").await;
    let cookie = login(&inst, &mut rev).await;

    let first = html(&inst, "/console/?lang=en", &cookie).await;
    assert_eq!(count(&first, "data-report=\""), 50);
    assert!(first.contains("53 reports are addressed"), "the total");
    assert!(
        first.contains("Deadlines: 53 overdue"),
        "counts cover all pages"
    );
    let nav = pager(&first).expect("a pager");
    assert!(nav.contains("aria-label=\"Pages\""), "{nav}");
    assert!(nav.contains("aria-current=\"page\">Page 1 of 2<"), "{nav}");
    assert!(
        nav.contains("href=\"/console/?lang=en&page=2\" rel=\"next\""),
        "{nav}"
    );
    assert!(!nav.contains("rel=\"prev\""), "{nav}");

    let second = html(&inst, "/console/?lang=da&page=2", &cookie).await;
    assert_eq!(count(&second, "data-report=\""), 3);
    let nav = pager(&second).expect("a pager");
    assert!(nav.contains("Side 2 af 2"), "translated: {nav}");
    assert!(
        nav.contains("href=\"/console/?lang=da&page=1\" rel=\"prev\""),
        "{nav}"
    );
    // No report on two pages; a page past the end is the last one.
    let ids = |h: &str| -> Vec<String> {
        h.split("data-report=\"")
            .skip(1)
            .map(|s| s[..32].to_string())
            .collect()
    };
    let (a, b) = (ids(&first), ids(&second));
    assert!(a.iter().all(|x| !b.contains(x)));
    let past = html(&inst, "/console/?lang=en&page=99", &cookie).await;
    assert_eq!(ids(&past), b);
}

#[tokio::test]
async fn a_short_inbox_has_no_pager() {
    let inst = Instance::sqlite(&[]);
    insert_reports(&inst, 50);
    let mut rev = enrolled(&inst, "EUIPO", "short").await;
    let cookie = login(&inst, &mut rev).await;
    let page = html(&inst, "/console/?lang=en", &cookie).await;
    assert_eq!(count(&page, "data-report=\""), 50);
    assert!(pager(&page).is_none());
}

#[tokio::test]
async fn portal_releases_and_tokens_come_fifty_to_a_page() {
    let inst = Instance::sqlite(&[]);
    let mut dk = member_enrolled(&inst, "DK", "dk-pager").await;
    let cookie = member_login(&inst, &mut dk).await;
    {
        let db = inst.db();
        let mut conn = db.conn().unwrap();
        for i in 0..51i64 {
            let release = storage::releases::NewRelease {
                id: format!("2026Q1-r{i:02}"),
                period: "2026Q1".into(),
                year: 2026,
                created_at: 1_000 + i,
                delta: 0.0,
                params_digest: vec![u8::try_from(i).unwrap(); 32],
                methodology: "{}".into(),
                checksums: String::new(),
                signature: vec![0; 64],
                signing_key: vec![0; 32],
                tables: vec![],
                cells: vec![],
            };
            storage::releases::insert_release(&mut conn, &release).unwrap();
        }
        let user = storage::accounts::find_account::<storage::accounts::MemberStateProfile>(
            &mut conn,
            storage::accounts::Lookup::Name("dk-pager"),
        )
        .unwrap()
        .unwrap();
        for i in 0..52u8 {
            let token = storage::accounts::NewApiToken {
                user_id: user.id,
                name: format!("token {i}"),
                token_hash: vec![i; 32],
                created_at: 1_000,
            };
            storage::accounts::insert_api_token(&mut conn, &token).unwrap();
        }
    }
    let first = html(&inst, "/portal/?lang=en", &cookie).await;
    assert_eq!(count(&first, "data-release=\""), 50);
    assert!(
        first.contains("data-release=\"2026Q1-r50\""),
        "newest first"
    );
    let nav = pager(&first).expect("a pager");
    assert!(nav.contains("Page 1 of 2"), "{nav}");
    let second = html(&inst, "/portal/?lang=en&page=2", &cookie).await;
    assert_eq!(count(&second, "data-release=\""), 1);
    assert!(second.contains("data-release=\"2026Q1-r00\""));

    let tokens = html(&inst, "/portal/tokens?lang=en", &cookie).await;
    assert_eq!(count(&tokens, ">token "), 50, "{tokens}");
    assert!(tokens.contains(">token 51<"), "newest first");
    let nav = pager(&tokens).expect("a pager");
    assert!(
        nav.contains("href=\"/portal/tokens?lang=en&page=2\" rel=\"next\""),
        "{nav}"
    );
    let second = html(&inst, "/portal/tokens?lang=en&page=2", &cookie).await;
    assert_eq!(count(&second, ">token "), 2);
}
