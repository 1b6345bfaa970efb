//! The checks of the notification settings' e-mail address and webhook URL.
#![allow(clippy::unwrap_used)]

use super::*;

#[test]
fn email_addresses() {
    for ok in [
        "ana@euipo.europa.eu",
        "a.b+digest@example.org",
        "x_y-z@mail.example-1.eu",
    ] {
        assert_eq!(check_email(ok).as_deref(), Ok(ok), "{ok}");
    }
    assert_eq!(check_email("  ana@ex.eu ").as_deref(), Ok("ana@ex.eu"));
    let long_local = format!("{}@example.eu", "a".repeat(65));
    let long_all = format!("a@{}.eu", "b.".repeat(130));
    for bad in [
        "",
        "ana",
        "ana@",
        "@example.eu",
        "ana@localhost",
        "ana@@example.eu",
        "a b@example.eu",
        ".ana@example.eu",
        "ana.@example.eu",
        "an..a@example.eu",
        "ana@-example.eu",
        "ana@example..eu",
        "\"ana\"@example.eu",
        "anä@example.eu",
        "ana@exämple.eu",
        "ana@example.eu\r\nBcc: x@y.eu",
        long_local.as_str(),
        long_all.as_str(),
    ] {
        assert_eq!(check_email(bad), Err(SettingError::Email), "{bad:?}");
    }
}

#[test]
fn webhook_urls() {
    assert_eq!(
        check_webhook_url("https://hooks.example.eu/t/abc?x=1").as_deref(),
        Ok("https://hooks.example.eu/t/abc?x=1")
    );
    for ok in [
        "http://127.0.0.1:8081/hook",
        "http://localhost/hook",
        "http://[::1]:9/",
        "http://127.1.2.3/",
    ] {
        assert!(check_webhook_url(ok).is_ok(), "{ok}");
    }
    for (bad, why) in [
        ("http://hooks.example.eu/x", SettingError::WebhookNotHttps),
        ("http://10.0.0.1/x", SettingError::WebhookNotHttps),
        ("ftp://hooks.example.eu/x", SettingError::WebhookUrl),
        ("hooks.example.eu/x", SettingError::WebhookUrl),
        (
            "https://user:pw@hooks.example.eu/x",
            SettingError::WebhookUrl,
        ),
        ("https://hooks.example.eu/x#frag", SettingError::WebhookUrl),
        ("https://", SettingError::WebhookUrl),
        ("mailto:ana@example.eu", SettingError::WebhookUrl),
    ] {
        assert_eq!(check_webhook_url(bad), Err(why), "{bad}");
    }
    let long = format!("https://example.eu/{}", "a".repeat(MAX_URL));
    assert_eq!(check_webhook_url(&long), Err(SettingError::WebhookUrl));
}

#[test]
fn settings_report_every_problem_and_need_a_destination() {
    assert_eq!(
        NotificationSettings::new("nope", "http://example.eu", Frequency::Daily, false, "en"),
        Err(vec![SettingError::Email, SettingError::WebhookNotHttps])
    );
    assert_eq!(
        NotificationSettings::new("", " ", Frequency::Weekly, true, "en"),
        Err(vec![SettingError::NoDestination])
    );
    let off = NotificationSettings::new("", "", Frequency::Off, false, "de").unwrap();
    assert_eq!((off.email, off.webhook_url), (None, None));
    let on = NotificationSettings::new(" a@b.eu ", "", Frequency::Daily, true, "fr").unwrap();
    assert_eq!(on.email.as_deref(), Some("a@b.eu"));
    assert!(on.send_empty);
}

#[test]
fn frequencies_round_trip() {
    for f in Frequency::ALL {
        assert_eq!(f.as_str().parse::<Frequency>().unwrap(), f);
    }
    assert!("hourly".parse::<Frequency>().is_err());
}
