//! The public API: negotiation, lookup with fallback, plurals, arguments, the Translator.

use i18n::{Arg, Catalog, Lang, Translator};

fn embedded() -> &'static Catalog {
    Catalog::embedded()
}

fn lang(code: &str) -> Lang {
    embedded()
        .lang(code)
        .unwrap_or_else(|| panic!("{code} is embedded"))
}

#[test]
fn catalog_is_send_and_sync_and_shared() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Catalog>();
    assert_send_sync::<Lang>();
    assert_send_sync::<Translator>();
    assert!(std::ptr::eq(Catalog::embedded(), Catalog::embedded()));
}

#[test]
fn languages_have_codes_endonyms_and_direction() {
    let langs = embedded().languages();
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted, "sorted by code");
    assert_eq!(lang("da").endonym(), "Dansk");
    assert_eq!(lang("en").endonym(), "English");
    assert!(langs.iter().all(|l| l.dir() == "ltr"));
    assert_eq!(lang("da").to_string(), "da");
    assert_eq!(embedded().english().code(), "en");
    assert_eq!(embedded().lang("DA"), Some(lang("da")));
    assert_eq!(embedded().lang("xx"), None);
}

#[test]
fn negotiation_prefers_query_then_accept_language_then_english() {
    let c = embedded();
    let neg = |q: Option<&str>, a: Option<&str>| c.negotiate(q, a).code();
    assert_eq!(neg(None, None), "en");
    assert_eq!(neg(Some("da"), Some("en")), "da");
    assert_eq!(neg(Some("DA"), None), "da");
    assert_eq!(neg(Some("da-DK"), None), "da");
    // An unsupported or malformed ?lang= falls through to the header.
    assert_eq!(neg(Some("xx"), Some("da")), "da");
    assert_eq!(neg(Some("<script>"), Some("da")), "da");
    assert_eq!(neg(Some(""), Some("da-DK,da;q=0.9")), "da");
    // q-values, not order, decide.
    assert_eq!(neg(None, Some("en;q=0.4, da;q=0.8")), "da");
    assert_eq!(neg(None, Some("da;q=0.4, en-GB;q=0.8")), "en");
    // Unsupported languages are skipped; nothing supported means English.
    assert_eq!(neg(None, Some("tlh, da;q=0.1")), "da");
    assert_eq!(neg(None, Some("ja, zh-CN;q=0.9")), "en");
    assert_eq!(neg(None, Some("da;q=0")), "en");
    assert_eq!(neg(None, Some("*")), "en");
    assert_eq!(neg(None, Some(";;,,;q=;=")), "en");
    let long = "xx;q=0.9,".repeat(10_000) + "da";
    assert_eq!(
        neg(None, Some(&long)),
        "en",
        "only the first entries are read"
    );
}

#[test]
fn lookup_falls_back_to_english_then_to_the_marked_id() {
    let c = Catalog::from_sources(&[
        (
            "en",
            "hello = Hello\nonly-en = Only English\nbroken = Fine\n",
        ),
        ("da", "hello = Hej\nbroken = { $\n"),
    ]);
    let da = c.lang("da").expect("da");
    assert_eq!(c.get(da, "hello"), "Hej");
    assert_eq!(c.get(da, "only-en"), "Only English");
    // The syntax error drops that entry only, and is reported.
    assert_eq!(c.get(da, "broken"), "Fine");
    assert!(
        c.load_errors()
            .iter()
            .any(|e| e.starts_with("da.ftl line 2")),
        "{:?}",
        c.load_errors()
    );
    assert_eq!(c.get(da, "missing-everywhere"), "⟦missing-everywhere⟧");
    assert_eq!(
        c.get(c.english(), "missing-everywhere"),
        "⟦missing-everywhere⟧"
    );
    // A language the catalog does not know is served in English.
    let other = embedded().lang("da").expect("da");
    let c2 = Catalog::from_sources(&[("en", "hello = Hello\n")]);
    assert_eq!(c2.get(other, "hello"), "Hello");
}

#[test]
fn catalog_without_english_still_answers() {
    let c = Catalog::from_sources(&[("da", "language-name = Dansk\nhello = Hej\n"), ("da", "")]);
    assert_eq!(c.english().code(), "en");
    assert_eq!(c.get(c.english(), "hello"), "⟦hello⟧");
    assert_eq!(c.get(c.lang("da").expect("da"), "hello"), "Hej");
    assert_eq!(c.load_errors().len(), 1, "{:?}", c.load_errors());
}

#[test]
fn attributes_are_reached_with_a_dot() {
    let c = Catalog::from_sources(&[(
        "en",
        "search = Search\n    .placeholder = Receipt code\n    .title = Look up { $what }\n",
    )]);
    let en = c.english();
    assert_eq!(c.get(en, "search"), "Search");
    assert_eq!(c.get(en, "search.placeholder"), "Receipt code");
    assert_eq!(
        c.format(en, "search.title", &[("what", "a report".into())]),
        "Look up a report"
    );
    assert_eq!(c.get(en, "search.nope"), "⟦search.nope⟧");
}

#[test]
fn arguments_are_inserted_without_isolation_marks() {
    let da = lang("da");
    let text = embedded().format(da, "error-month-too-early", &[("year", Arg::Num(2000.0))]);
    assert_eq!(text, "Måneden må ikke ligge før 2000.");
    let text = embedded().format(
        da,
        "error-too-large",
        &[("limit", Arg::Str("25 MB".into()))],
    );
    assert!(text.contains("Grænsen er 25 MB."), "{text}");
    assert!(!text.contains(['\u{2068}', '\u{2069}']));
    let title = embedded().format(
        lang("en"),
        "page-title-with-site",
        &[(
            "page",
            embedded().get(lang("en"), "page-title-report").into(),
        )],
    );
    assert_eq!(
        title,
        "Submit a report – Trade secret theft reporting channel"
    );
}

#[test]
fn a_missing_argument_still_gives_readable_text() {
    let text = embedded().get(lang("da"), "error-month-too-early");
    assert!(text.starts_with("Måneden må ikke ligge før"), "{text}");
}

#[test]
fn plurals_follow_each_language() {
    let c = embedded();
    let summary =
        |code: &str, n: f64| c.format(lang(code), "error-form-summary", &[("count", Arg::Num(n))]);
    assert_eq!(
        summary("en", 1.0),
        "The form has 1 error. Please correct it and send the form again."
    );
    assert_eq!(
        summary("en", 3.0),
        "The form has 3 errors. Please correct them and send the form again."
    );
    assert!(summary("en", 0.0).contains("0 errors"));
    assert_eq!(
        summary("da", 1.0),
        "Formularen indeholder 1 fejl. Ret den, og send formularen igen."
    );
    assert_eq!(
        summary("da", 3.0),
        "Formularen indeholder 3 fejl. Ret dem, og send formularen igen."
    );
    assert!(summary("da", 0.0).contains("Ret dem"));
    let too_long = |code: &str, n: u32| Translator::new(lang(code)).t1("error-too-long", "max", n);
    assert!(too_long("en", 1).ends_with("at most 1 character."));
    assert!(too_long("en", 2000).ends_with("at most 2000 characters."));
    assert!(too_long("da", 1).ends_with("højst ét tegn."));
    assert!(too_long("da", 2000).ends_with("højst 2000 tegn."));
}

/// CLDR: Danish `one` is n = 1 or (t != 0 and i = 0,1), so 1.5 is `one` in Danish and `other`
/// in English; 0 is `other` in both.
#[test]
fn plural_categories_of_danish_and_english() {
    let rule = "n = { $n ->\n    [one] one\n   *[other] other\n}\n";
    let c = Catalog::from_sources(&[("en", rule), ("da", rule)]);
    let category = |code: &str, n: f64| {
        let text = c.format(c.lang(code).expect("lang"), "n", &[("n", Arg::Num(n))]);
        text.to_owned()
    };
    for (n, en, da) in [
        (0.0, "other", "other"),
        (1.0, "one", "one"),
        (1.5, "other", "one"),
        (0.5, "other", "one"),
        (2.0, "other", "other"),
        (21.0, "other", "other"),
    ] {
        assert_eq!(category("en", n), en, "en {n}");
        assert_eq!(category("da", n), da, "da {n}");
    }
}

// Askama passes non-literal arguments as `&(expr)`: the borrows are the point.
#[allow(clippy::needless_borrows_for_generic_args)]
#[test]
fn translator_takes_what_templates_pass() {
    let t = Translator::new(lang("da"));
    assert_eq!(t.t("language-switch-label"), "Sprog");
    assert_eq!(t.code(), "da");
    assert_eq!(t.dir(), "ltr");
    assert_eq!(t.languages(), embedded().languages());
    let owned = String::from("25 MB");
    let borrowed: &str = "25 MB";
    let count: usize = 2;
    assert!(t.t1("error-too-large", "limit", &owned).contains("25 MB"));
    assert!(t
        .t1("error-too-large", "limit", &borrowed)
        .contains("25 MB"));
    assert!(t
        .t1("error-too-large", "limit", owned.clone())
        .contains("25 MB"));
    assert!(t
        .t1("error-form-summary", "count", &count)
        .contains("Ret dem"));
    assert!(t.t1("error-form-summary", "count", 1).contains("Ret den"));
    assert!(t
        .t1("error-loss-too-large", "max", 1_000_000_000_u64)
        .contains("1000000000"));
    assert_eq!(
        t.tn("page-title-with-site", &[("page", "X".into())]),
        "X – Indberetningskanal for tyveri af forretningshemmeligheder"
    );
    assert_eq!(t.t("no-such-id"), "⟦no-such-id⟧");
    assert_eq!(Translator::negotiate(Some("da"), None), t);
}

#[test]
fn danish_category_labels_are_translated() {
    let t = Translator::new(lang("da"));
    assert_eq!(t.t("member-state-DE"), "Tyskland");
    assert_eq!(t.t("sector-C"), "Fremstillingsvirksomhed");
    assert_eq!(t.t("actor-type-competitor"), "Konkurrent");
    assert_eq!(
        t.t("attack-vector-malware--email-attachment"),
        "Malware: vedhæftet fil i en e-mail"
    );
}

#[test]
fn days_are_written_as_each_language_writes_dates() {
    let t = |code: &str| Translator::new(lang(code));
    assert_eq!(t("en").date("2026-11-28"), "28 November 2026");
    assert_eq!(t("da").date("2026-03-01"), "1. marts 2026");
    assert_eq!(t("en").date("not a day"), "not a day");
    // Every language names all twelve months differently and shows day and year.
    for lang in Catalog::embedded().languages() {
        let t = Translator::new(*lang);
        let months: std::collections::BTreeSet<String> = (1..=12)
            .map(|m| t.date(&format!("2026-{m:02}-17")))
            .collect();
        assert_eq!(months.len(), 12, "{}: {months:?}", lang.code());
        for d in &months {
            assert!(
                d.contains("17") && d.contains("2026"),
                "{}: {d}",
                lang.code()
            );
        }
    }
}
