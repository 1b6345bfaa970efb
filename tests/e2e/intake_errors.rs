//! Every bad input a reporter (or an attacker) can send gets a clear 4xx answer with a message
//! that says what to do, and leaves no row behind.

use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;

use crate::instance::*;
use crate::intake::*;

struct Case {
    name: &'static str,
    fields: Vec<(&'static str, String)>,
    status: StatusCode,
    message: &'static str,
}

fn case(
    name: &'static str,
    fields: Vec<(&'static str, String)>,
    status: u16,
    message: &'static str,
) -> Case {
    Case {
        name,
        fields,
        status: StatusCode::from_u16(status).unwrap(),
        message,
    }
}

fn field_cases() -> Vec<Case> {
    let g = good_fields();
    vec![
        case(
            "no recipient",
            without(&g, "recipients"),
            422,
            "Choose at least one recipient",
        ),
        case(
            "unknown recipient",
            with(&without(&g, "recipients"), "recipients", "FBI"),
            422,
            "Choose at least one recipient",
        ),
        case(
            "unknown member state",
            with(&g, "member_state", "XX"),
            422,
            "Choose one of the options in the list",
        ),
        case(
            "missing member state",
            without(&g, "member_state"),
            422,
            "This field is required",
        ),
        case(
            "unknown sector",
            with(&g, "sector", "Z"),
            422,
            "Choose one of the options in the list",
        ),
        case(
            "unknown incident class",
            with(&g, "incident_class", "intrusions:teleportation"),
            422,
            "Choose one of the options",
        ),
        case(
            "unknown attack vector",
            with(&g, "attack_vector", "hacking.psychic"),
            422,
            "Choose one of the options",
        ),
        case(
            "unknown actor",
            with(&g, "actor_type", "aliens"),
            422,
            "Choose one of the options",
        ),
        case(
            "invalid month",
            with(&g, "incident_month", "2026-13"),
            422,
            "Enter a month as YYYY-MM",
        ),
        case(
            "not a month",
            with(&g, "incident_month", "March"),
            422,
            "Enter a month as YYYY-MM",
        ),
        case(
            "future month",
            with(&g, "detection_month", "2099-01"),
            422,
            "cannot be in the future",
        ),
        case(
            "too early",
            with(&g, "incident_month", "1989-12"),
            422,
            "cannot be before 1990",
        ),
        case(
            "detected before it started",
            with(&g, "detection_month", "2026-01"),
            422,
            "cannot be before the month it started",
        ),
        case(
            "loss not a number",
            with(&g, "loss_eur", "lots"),
            422,
            "Enter a whole number",
        ),
        case(
            "negative loss",
            with(&g, "loss_eur", "-5"),
            422,
            "Enter a whole number",
        ),
        case(
            "loss too large",
            with(&g, "loss_eur", "5000000000"),
            422,
            "cannot be more than",
        ),
        case(
            "jobs too large",
            with(&g, "jobs_at_risk", "2000000"),
            422,
            "cannot be more than",
        ),
        case(
            "no narrative",
            with(&g, "narrative", "   "),
            422,
            "This field is required",
        ),
        case(
            "narrative too long",
            with(&g, "narrative", &"x".repeat(20_001)),
            422,
            "use at most 20000 characters",
        ),
        case(
            "nothing taken",
            without(&g, "what_taken"),
            422,
            "This field is required",
        ),
        case(
            "bad organisation id",
            with(&g, "organisation_id", "12"),
            422,
            "Enter a VAT number",
        ),
        case(
            "bad LEI check digits",
            with(&g, "organisation_id", "5493001KJTIIGC8Y1R13"),
            422,
            "Enter a VAT number",
        ),
        case(
            "no consent",
            without(&g, "consent"),
            422,
            "Tick the box to confirm",
        ),
        case(
            "bad IP address on line 2",
            with(&g, "indicator_ip", "192.0.2.7\n192.0.2.300"),
            422,
            "Line 2 is not an IP address or CIDR range.",
        ),
        case(
            "bad domain",
            with(&g, "indicator_domain", "exfil_example"),
            422,
            "Line 1 is not a domain name.",
        ),
        case(
            "URL without scheme",
            with(&g, "indicator_url", "\nexfil.example.com/drop"),
            422,
            "Line 2 is not a full web address",
        ),
        case(
            "bad e-mail address",
            with(&g, "indicator_email", "thief@"),
            422,
            "Line 1 is not an e-mail address.",
        ),
        case(
            "bad hash",
            with(&g, "indicator_hash", "d41d8cd98f00b204"),
            422,
            "Line 1 is not an MD5, SHA-1 or SHA-256 hash.",
        ),
        case(
            "file name with a folder",
            with(&g, "indicator_file_name", "C:\\Temp\\x.exe"),
            422,
            "Line 1 is not a file name",
        ),
        case(
            "too many IP addresses",
            with(
                &g,
                "indicator_ip",
                &(0..101)
                    .map(|i| format!("10.0.0.{i}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            422,
            "Enter at most 100 values in this field.",
        ),
    ]
}

/// A bad indicator comes back in its textarea exactly as typed (every line), next to the
/// message, with the other indicator fields kept too.
#[tokio::test]
async fn bad_indicators_come_back_as_typed() {
    let inst = Instance::sqlite(&[]);
    let token = csrf_in(&page(&inst, "/report").await);
    let fields = with(
        &with(&good_fields(), "indicator_ip", "192.0.2.7\n999.1.1.1"),
        "indicator_domain",
        "Exfil.Example.COM",
    );
    let (status, html) = post_report(&inst, Some(&token), &fields, &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("id=\"indicator-ip-error\""), "{html}");
    assert!(html.contains(">192.0.2.7\n999.1.1.1</textarea>"), "{html}");
    assert!(html.contains(">Exfil.Example.COM</textarea>"), "{html}");
    assert!(html.contains("href=\"#indicator-ip\""), "{html}");
    assert_eq!(inst.counts(), [0; 5]);
}

#[tokio::test]
async fn invalid_fields_come_back_with_their_message_and_nothing_stored() {
    let inst = Instance::sqlite(&[]);
    let token = csrf_in(&page(&inst, "/report").await);
    let cases = field_cases();
    assert!(cases.len() >= 20);
    for c in cases {
        let (status, html) = post_report(
            &inst,
            Some(&token),
            &c.fields,
            &[("plan.pdf", vec![1, 2, 3])],
        )
        .await;
        assert_eq!(status, c.status, "{}: {html}", c.name);
        assert!(html.contains(c.message), "{}: message missing", c.name);
        // The summary links to the field, the field carries aria-invalid, input is kept.
        assert!(html.contains("class=\"error-summary\""), "{}", c.name);
        // Each summary entry names its field (WCAG 3.3.1).
        if c.name == "no narrative" {
            assert!(
                html.contains("\">What happened: This field is required.</a>"),
                "{html}"
            );
        }
        assert!(html.contains("aria-invalid=\"true\""), "{}", c.name);
        assert!(
            html.contains("A spear-phishing mail")
                || c.name == "no narrative"
                || c.name == "narrative too long",
            "{}: input lost",
            c.name
        );
        assert!(
            html.contains("attached files are not kept"),
            "{}: no note about files",
            c.name
        );
        assert_eq!(inst.counts(), [0; 5], "{}: something was stored", c.name);
    }
}

#[tokio::test]
async fn all_errors_are_reported_at_once() {
    let inst = Instance::sqlite(&[]);
    let token = csrf_in(&page(&inst, "/report").await);
    let (status, html) =
        post_report(&inst, Some(&token), &[("language", "en".to_string())], &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("The form has 11 errors"), "{html}");
    assert_eq!(inst.counts(), [0; 5]);
}

#[tokio::test]
async fn danish_reporters_get_danish_messages() {
    let inst = Instance::sqlite(&[]);
    let token = csrf_in(&page(&inst, "/report?lang=da").await);
    let resp = client()
        .post(inst.url("/report?lang=da"))
        .multipart(Form::new().text("csrf", token).text("language", "da"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = resp.text().await.unwrap();
    assert!(html.contains("lang=\"da\""));
    assert!(
        html.contains("Dette felt skal udfyldes") || html.contains("skal udfyldes"),
        "{html}"
    );
    assert!(!html.contains('⟦'), "untranslated message id");
}

#[tokio::test]
async fn forged_missing_or_foreign_csrf_tokens_are_refused() {
    let inst = Instance::sqlite(&[]);
    let followup_token = csrf_in(&page(&inst, "/followup").await);
    for (name, token) in [
        ("missing", None),
        (
            "forged",
            Some("9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        ),
        ("another form's", Some(followup_token.as_str())),
        ("garbage", Some("hello")),
    ] {
        let (status, html) = post_report(&inst, token, &good_fields(), &[]).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{name}");
        assert!(
            html.contains("this form has expired and nothing was saved"),
            "{name}: {html}"
        );
        assert_eq!(inst.counts(), [0; 5], "{name}");
    }
    // Every other reporter form checks its token too.
    for (path, form) in [
        (
            "/followup",
            vec![("receipt", "0000-0000-0000-0000-0000-0000")],
        ),
        (
            "/receipt.txt",
            vec![("receipt", "0000-0000-0000-0000-0000-0000")],
        ),
    ] {
        let resp = client()
            .post(inst.url(path))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::BAD_REQUEST, "{path}");
        assert!(
            resp.text().await.unwrap().contains("this form has expired"),
            "{path}"
        );
    }
    let resp = client()
        .post(inst.url("/followup/reply"))
        .multipart(
            Form::new()
                .text("receipt", "0000-0000-0000-0000-0000-0000")
                .text("text", "hi"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert_eq!(inst.counts(), [0; 5]);
}

#[tokio::test]
async fn oversize_files_too_many_files_and_malformed_bodies_are_refused() {
    let inst = Instance::sqlite(&[("MAX_FILE_MB", "1"), ("MAX_FILES", "2")]);
    let token = csrf_in(&page(&inst, "/report").await);

    let big = vec![7u8; 1024 * 1024 + 1];
    let (status, html) =
        post_report(&inst, Some(&token), &good_fields(), &[("big.bin", big)]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(html.contains("the limit is 1 MB"), "{html}");

    let three: Vec<(&str, Vec<u8>)> = vec![("a", vec![1]), ("b", vec![2]), ("c", vec![3])];
    let (status, html) = post_report(&inst, Some(&token), &good_fields(), &three).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(html.contains("you can attach at most 2"), "{html}");

    // A text field far over any sensible size: the form comes back with the field's own limit
    // (in characters) and the typed text kept up to the 256 KiB read limit; nothing is stored,
    // and the message does not ask to remove attachments.
    let typed = format!("{}{}", "The design files left on ", "x".repeat(300 * 1024));
    let (status, html) = post_report(
        &inst,
        Some(&token),
        &with(&good_fields(), "narrative", &typed),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        html.contains("20000") || html.contains("20,000"),
        "no limit named"
    );
    assert!(
        html.contains(&typed[..256 * 1024 - 100]),
        "typed text not kept"
    );
    assert!(!html.contains(&typed), "more than the read limit kept");
    assert!(!html.contains("remove attachments"));
    assert_eq!(inst.counts(), [0; 5]);

    // A multipart body that is not multipart.
    let resp = client()
        .post(inst.url("/report"))
        .header("content-type", "multipart/form-data; boundary=XYZ")
        .body("this is not multipart at all")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert!(resp
        .text()
        .await
        .unwrap()
        .contains("could not be understood"));

    // A text field that is not UTF-8.
    let form = Form::new()
        .text("csrf", token.clone())
        .part("narrative", Part::bytes(vec![0xff, 0xfe, 0x00]));
    let resp = client()
        .post(inst.url("/report"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);

    // The same files within the limits are accepted.
    let two: Vec<(&str, Vec<u8>)> = vec![("a.txt", vec![1; 1000]), ("b.txt", vec![2; 1000])];
    let (status, _) = post_report(&inst, Some(&token), &good_fields(), &two).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(inst.counts(), [1, 4, 2, 1, 0]);
}

/// Over a budget, the answer says so (the budgets of the submission paths are tested in
/// `intake_abuse`): the follow-up sign-in, one per minute.
#[tokio::test]
async fn the_rate_limit_answers_clearly() {
    let inst = Instance::sqlite(&[("FOLLOWUP_RATE_PER_MIN", "1")]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Too many attempts"), "{html}");
}

#[tokio::test]
async fn a_reply_whose_receipt_is_not_recognised_keeps_its_text() {
    let inst = Instance::sqlite(&[]);
    let receipt = submit_ok(&inst, &good_fields(), &[]).await;
    let (status, html) = follow_up(&inst, &receipt).await;
    assert_eq!(status, StatusCode::OK);
    let before = inst.counts();
    let typed = "The server room key was copied in March <b>twice</b>";
    for bad in ["not a receipt", "0000-0000-0000-0000-0000-0000"] {
        let (status, page) = reply(&inst, &html, bad, typed).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(page.contains("id=\"receipt-error\""), "{page}");
        assert!(
            page.contains("The server room key was copied in March &#60;b&#62;twice&#60;/b&#62;")
                || page
                    .contains("The server room key was copied in March &lt;b&gt;twice&lt;/b&gt;"),
            "{bad}: {page}"
        );
        assert!(page.contains("not sent"), "{page}");
    }
    assert_eq!(inst.counts(), before, "nothing stored");
}
