//! `demo`: one command brings up a throw-away instance and prints working credentials.
//! The instance is made with a small report count (bounded in time), reused on a second run,
//! remade with `--fresh`; headless Chromium then drives the three printed URLs with the printed
//! credentials: the report form loads, a reviewer logs in with a TOTP code computed from the
//! printed secret and opens a report with the printed unlock passphrase, the member-state user
//! logs in and sees the release.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::StatusCode;

use crate::helpers::*;
use crate::intake::client;
use crate::webdriver::{self, Browser};

const LONG: Duration = Duration::from_secs(120);

struct Demo {
    _srv: RunningServer,
    out: String,
}

impl Demo {
    /// Runs the `demo` command line in-process (the same steps as the binary: prepare the
    /// instance, print the credentials) and serves the instance with the application, as
    /// `demo` does after printing; `out` holds what the binary prints, URLs included.
    fn start(dir: &Path, extra: &[&str]) -> Demo {
        let mut args = vec![
            "demo".to_string(),
            "--dir".into(),
            dir.display().to_string(),
        ];
        args.extend(["--reports".to_string(), "40".to_string()]);
        args.extend(extra.iter().map(|s| s.to_string()));
        let env = settings::Env::from_pairs([("BIND", "127.0.0.1:0")]);
        let mut printed = Vec::new();
        let ready = demo::cli::prepare(args, &env, &mut printed)
            .expect("the demo instance is prepared")
            .expect("not --help");
        let credentials = ready.credentials.clone();
        let srv = spawn_config(ready.config);
        let mut out = text(&printed);
        // What the binary prints once its server is up (`demo::cli::banner`).
        out.push_str(&credentials);
        out.push_str(&demo::cli::urls(&srv.base));
        Demo { _srv: srv, out }
    }

    fn url(&self, label: &str) -> String {
        self.out
            .lines()
            .find_map(|l| l.strip_prefix(label))
            .map(|s| s.trim().to_string())
            .unwrap_or_else(|| panic!("no {label} in:\n{}", self.out))
    }

    /// The value after `key:` in the block that starts with `heading`.
    fn field(&self, heading: &str, key: &str) -> String {
        let mut lines = self.out.lines().skip_while(|l| !l.starts_with(heading));
        lines.next().unwrap_or_else(|| panic!("no {heading}"));
        lines
            .take_while(|l| !l.trim().is_empty())
            .find_map(|l| l.trim().strip_prefix(key))
            .map(|v| v.trim_start_matches(':').trim().to_string())
            .unwrap_or_else(|| panic!("no {key} under {heading}"))
    }

    fn release_id(&self) -> String {
        self.out
            .lines()
            .find_map(|l| l.split_once("; release ").map(|(_, r)| r.to_string()))
            .and_then(|r| r.split_whitespace().next().map(str::to_string))
            .unwrap_or_else(|| panic!("no release in:\n{}", self.out))
    }
}

fn totp_now(base32: &str) -> String {
    let secret = server::auth::totp::secret_from_base32(base32).expect("a base32 secret");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    server::auth::totp::code_at(&secret, now).unwrap()
}

#[tokio::test]
async fn demo_sets_up_reuses_and_serves_with_working_credentials() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let first = Demo::start(&dir, &[]);
    assert!(
        first.out.contains("40 synthetic reports submitted"),
        "{}",
        first.out
    );
    let password = first.field("  Reviewer euipo-demo", "password");
    let release = first.release_id();
    let report_url = first.url("Report (reporting companies):");
    let resp = client().get(&report_url).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    drop(first);

    // A second run reuses the instance, says so and prints the same credentials.
    let second = Demo::start(&dir, &[]);
    assert!(
        second.out.starts_with("Reusing the demo instance"),
        "{}",
        second.out
    );
    assert_eq!(second.field("  Reviewer euipo-demo", "password"), password);
    drop(second);

    // --fresh starts clean: new credentials (the release id follows from its parameters).
    let demo = Demo::start(&dir, &["--fresh"]);
    assert!(demo.out.contains("--fresh: removed"), "{}", demo.out);
    assert_ne!(demo.field("  Reviewer euipo-demo", "password"), password);
    assert_eq!(demo.release_id(), release);
    // The database holds no synthetic narrative in plaintext.
    let db = std::fs::read(dir.join("server.db")).unwrap();
    assert!(
        !db.windows(9).any(|w| w == b"Synthetic"),
        "plaintext in the database"
    );
    // Each demo reviewer has a sealed copy of its body's correlation key: the console can
    // show related reports.
    let url = format!("sqlite://{}", dir.join("server.db").display());
    let store = storage::Database::connect(&url).unwrap();
    let mut conn = store.conn().unwrap();
    for body in ["EUIPO", "EC3"] {
        use diesel::prelude::*;
        use storage::schema::correlation_keys::dsl as ck;
        let entries: Vec<String> = ck::correlation_keys
            .filter(ck::body.eq(body))
            .select(ck::entry_id)
            .load(&mut *conn)
            .unwrap();
        // The development reviewer, the recovery key and the demo's enrolled reviewer.
        assert!(
            entries.iter().any(|e| e.contains("-enrolled-")),
            "{body}: {entries:?}"
        );
    }
    drop(conn);

    if !webdriver::available() {
        return;
    }
    let (report, console, portal) = (
        demo.url("Report (reporting companies):"),
        demo.url("Console (EUIPO and EC3):"),
        demo.url("Portal (member-state users):"),
    );

    // The report form.
    let b = Browser::start().await;
    b.goto(&format!("{report}?lang=en")).await;
    b.wait_for("#report-form", LONG).await;

    // The console: login with the printed password and TOTP secret, then the printed unlock
    // passphrase opens a report in the browser.
    let heading = "  Reviewer euipo-demo";
    b.goto(&format!("{console}login?lang=en")).await;
    b.type_into("#name", &demo.field(heading, "login name"))
        .await;
    b.type_into("#password", &demo.field(heading, "password"))
        .await;
    b.type_into("#code", &totp_now(&demo.field(heading, "TOTP secret")))
        .await;
    b.click(&b.find("#content form button[type=submit]").await.unwrap())
        .await;
    b.wait_for("#inbox", LONG).await;
    let row = b.wait_for("#inbox tr[data-report]", LONG).await;
    let id = b.attribute(&row, "data-report").await.unwrap();
    b.goto(&format!("{console}reports/{id}?lang=en")).await;
    b.wait_for("#report-page[data-ready=\"true\"]", LONG).await;
    b.type_into(
        "#unlock-passphrase",
        &demo.field(heading, "unlock passphrase"),
    )
    .await;
    b.click(&b.find("#unlock-submit").await.unwrap()).await;
    b.wait_for("#report-page[data-opened=\"true\"]", LONG).await;
    drop(b);

    // The portal: the member-state user logs in and sees the demo's release.
    let b = Browser::start().await;
    let heading = "  Member-state user dk-demo";
    b.goto(&format!("{portal}login?lang=en")).await;
    b.type_into("#name", &demo.field(heading, "login name"))
        .await;
    b.type_into("#password", &demo.field(heading, "password"))
        .await;
    b.type_into("#code", &totp_now(&demo.field(heading, "TOTP secret")))
        .await;
    b.click(&b.find("#login-submit").await.unwrap()).await;
    let release = demo.release_id();
    b.wait_for(&format!("a[data-release=\"{release}\"]"), LONG)
        .await;
}
