//! The console's notification settings page (`/console/notifications`): who may read and change
//! it (the authorization matrix pattern of `console_matrix.rs`), errors that name the field,
//! are translated and keep the input, the stored settings and their audit row (which channels,
//! never the address or the URL), and the page in all 24 languages.

use reqwest::header::{COOKIE, LOCATION};
use reqwest::StatusCode;
use storage::accounts::{self, Lookup, ReviewerProfile};
use storage::notifications::{self as n, Frequency};

use crate::console::{enrolled, get_with, login};
use crate::console_matrix::{member_state_session, row, run_rows};
use crate::instance::Instance;
use crate::intake::{client, csrf_in};

const PAGE: &str = "/console/notifications";

async fn post(
    inst: &Instance,
    cookie: &str,
    lang: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client()
        .post(inst.url(&format!("{PAGE}?lang={lang}")))
        .header(COOKIE, cookie)
        .form(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn notification_settings_page() {
    use StatusCode as S;
    let inst = Instance::sqlite(&[]);
    let mut ida = enrolled(&inst, "EUIPO", "ida").await;
    let mut jon = enrolled(&inst, "EC3", "jon").await;
    let ce = login(&inst, &mut ida).await;
    let cc = login(&inst, &mut jon).await;
    let page = get_with(&inst, &format!("{PAGE}?lang=en"), &ce).await;
    assert_eq!(page.status(), S::OK);
    let html = page.text().await.unwrap();
    let csrf = csrf_in(&html);
    assert!(
        html.contains("id=\"nav-notifications\""),
        "linked from the console's menu"
    );
    assert!(
        html.contains("id=\"notify-frequency-off\" value=\"off\" checked"),
        "{html}"
    );
    assert!(
        html.contains("<option value=\"en\" lang=\"en\" selected>"),
        "{html}"
    );
    let (ms_cookie, ms_csrf) = member_state_session(&inst);
    let forged = "__Host-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    let to_login = Some("/console/login");
    let expired = Some("/console/login?lang=en&expired");
    let good = [
        ("email", "ida@euipo.example.eu"),
        ("frequency", "daily"),
        ("locale", "de"),
    ];
    let with_csrf = |c: &'static str| {
        let mut f = vec![("csrf", c)];
        f.extend_from_slice(&good);
        f
    };
    let csrf_static: &'static str = Box::leak(csrf.clone().into_boxed_str());
    let ms_static: &'static str = Box::leak(ms_csrf.clone().into_boxed_str());
    let rows = vec![
        row("anonymous", None, "GET", PAGE, &[], S::SEE_OTHER, to_login),
        row(
            "anonymous",
            None,
            "POST",
            PAGE,
            &good,
            S::SEE_OTHER,
            to_login,
        ),
        row(
            "forged",
            Some(forged),
            "GET",
            PAGE,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "forged",
            Some(forged),
            "POST",
            PAGE,
            &with_csrf(csrf_static),
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(&ms_cookie),
            "GET",
            PAGE,
            &[],
            S::SEE_OTHER,
            expired,
        ),
        row(
            "member",
            Some(&ms_cookie),
            "POST",
            PAGE,
            &with_csrf(ms_static),
            S::SEE_OTHER,
            expired,
        ),
        row("EC3", Some(&cc), "GET", PAGE, &[], S::OK, None),
        // EUIPO's token with EC3's session, and no token: refused, nothing stored.
        row(
            "EC3",
            Some(&cc),
            "POST",
            PAGE,
            &with_csrf(csrf_static),
            S::FORBIDDEN,
            None,
        ),
        row("EUIPO", Some(&ce), "POST", PAGE, &good, S::FORBIDDEN, None),
    ];
    let failures = run_rows(&inst, &rows).await;
    assert!(failures.is_empty(), "{failures:#?}");
    let id_of = |name: &str| {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        accounts::find_account::<ReviewerProfile>(&mut c, Lookup::Name(name))
            .unwrap()
            .unwrap()
            .id
    };
    let (ida_id, jon_id) = (id_of("ida"), id_of("jon"));
    let stored = |id: i64| {
        let db = inst.db();
        let mut c = db.conn().unwrap();
        n::settings(&mut c, id).unwrap()
    };
    assert_eq!(stored(ida_id), None);
    assert_eq!(stored(jon_id), None);

    // Bad input: both fields named in the summary and at the field, in the page's language,
    // what was typed kept; nothing stored.
    let bad_email = "ida(at)euipo";
    let bad_hook = "http://hooks.example.eu/t/secret-token";
    let resp = post(
        &inst,
        &ce,
        "fr",
        &[
            ("csrf", &csrf),
            ("email", bad_email),
            ("webhook", bad_hook),
            ("frequency", "weekly"),
            ("send_empty", "yes"),
            ("locale", "it"),
        ],
    )
    .await;
    assert_eq!(resp.status(), S::BAD_REQUEST);
    let html = resp.text().await.unwrap();
    assert!(
        html.contains("href=\"#notify-email\">Adresse électronique : saisissez"),
        "{html}"
    );
    assert!(
        html.contains(
            "href=\"#notify-webhook\">URL du webhook : l’adresse doit commencer par https://"
        ),
        "{html}"
    );
    assert!(html.contains("id=\"notify-email-error\""), "{html}");
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(html.contains(&format!("value=\"{bad_email}\"")), "{html}");
    assert!(html.contains(&format!("value=\"{bad_hook}\"")), "{html}");
    assert!(
        html.contains("id=\"notify-frequency-weekly\" value=\"weekly\" checked"),
        "{html}"
    );
    assert!(
        html.contains("id=\"notify-send-empty\" name=\"send_empty\" value=\"yes\" checked"),
        "{html}"
    );
    assert!(
        html.contains("<option value=\"it\" lang=\"it\" selected>"),
        "{html}"
    );
    // A digest with nowhere to go.
    let resp = post(&inst, &ce, "en", &[("csrf", &csrf), ("frequency", "daily")]).await;
    assert_eq!(resp.status(), S::BAD_REQUEST);
    let html = resp.text().await.unwrap();
    assert!(
        html.contains("enter an e-mail address or a webhook URL, or choose"),
        "{html}"
    );
    assert_eq!(stored(ida_id), None);

    // Good input: stored, audited without the address or the URL, shown again.
    let hook = "https://hooks.example.eu/t/secret-token-77";
    let resp = post(
        &inst,
        &ce,
        "en",
        &[
            ("csrf", &csrf),
            ("email", " ida@euipo.example.eu "),
            ("webhook", hook),
            ("frequency", "daily"),
            ("send_empty", "yes"),
            ("locale", "de"),
        ],
    )
    .await;
    assert_eq!(resp.status(), S::SEE_OTHER);
    let location = resp.headers()[LOCATION].to_str().unwrap().to_string();
    assert_eq!(location, "/console/notifications?lang=en&saved");
    let s = stored(ida_id).unwrap();
    assert_eq!(s.email.as_deref(), Some("ida@euipo.example.eu"));
    assert_eq!(s.webhook_url.as_deref(), Some(hook));
    assert_eq!(
        (s.frequency, s.send_empty, s.locale.as_str()),
        (Frequency::Daily, true, "de")
    );
    assert_eq!(
        stored(jon_id),
        None,
        "another reviewer's settings are untouched"
    );
    let html = get_with(&inst, &location, &ce).await.text().await.unwrap();
    assert!(html.contains("id=\"notify-saved\""), "{html}");
    assert!(html.contains("value=\"ida@euipo.example.eu\""), "{html}");
    assert!(
        html.contains("<option value=\"de\" lang=\"de\" selected>"),
        "{html}"
    );
    let db = inst.db();
    let mut c = db.conn().unwrap();
    let audit = storage::audit::audit_entries(&mut c, 0, 10_000).unwrap();
    let changed: Vec<_> = audit
        .iter()
        .filter(|r| r.action == "notifications.changed")
        .collect();
    assert_eq!(changed.len(), 1);
    let detail = changed[0].detail.to_string();
    assert!(
        detail.contains("\"email\":true") && detail.contains("\"webhook\":true"),
        "{detail}"
    );
    assert!(
        !detail.contains("example.eu") && !detail.contains("secret-token"),
        "{detail}"
    );
    drop(c);

    // Every language: the page renders with no missing message.
    for lang in i18n::Catalog::embedded().languages() {
        let resp = get_with(&inst, &format!("{PAGE}?lang={}", lang.code()), &ce).await;
        assert_eq!(resp.status(), S::OK);
        let html = resp.text().await.unwrap();
        assert!(!html.contains('⟦'), "{}: {html}", lang.code());
        assert!(html.contains(&format!("lang=\"{}\"", lang.code())));
    }
}
