//! The methodology in plain language, from the release's `methodology.json` (the document is
//! the authority; these paragraphs explain it). A field the document lacks is shown as "?",
//! never guessed.

use i18n::{Arg, Translator};
use serde_json::Value;

fn num(doc: &Value, path: &[&str]) -> Option<f64> {
    path.iter()
        .try_fold(doc, |v, k| v.get(*k))
        .and_then(Value::as_f64)
}

fn fmt(v: Option<f64>, decimals: usize) -> String {
    v.map_or_else(|| "?".to_string(), |x| format!("{x:.decimals$}"))
}

/// Groups the digits of a whole number with thin spaces (`2 000 000`), readable in every
/// language of the portal.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(ch);
    }
    out
}

/// The paragraphs, in the page language.
pub fn paragraphs(t: &Translator, methodology: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(methodology).unwrap_or(Value::Null);
    let eps = num(&doc, &["epsilon"]);
    let year_cap = num(&doc, &["cumulative", "year", "cap"]);
    let k = fmt(num(&doc, &["k"]), 0);
    let share = num(&doc, &["truncation", "share_of_reports_dropped_noisy"]).map(|s| s * 100.0);
    let loss_bound = doc
        .pointer("/clamp_bounds/loss_eur/1")
        .and_then(Value::as_u64)
        .map_or_else(|| "?".to_string(), grouped);
    let s = |v: String| Arg::from(v);
    vec![
        t.tn(
            "portal-method-promise",
            &[
                ("epsilon", s(fmt(eps, 2))),
                ("factor", s(fmt(eps.map(f64::exp), 2))),
                ("year_cap", s(fmt(year_cap, 2))),
                ("year_factor", s(fmt(year_cap.map(f64::exp), 1))),
            ],
        ),
        t.tn("portal-method-unit", &[("k", s(k.clone()))]),
        t.tn(
            "portal-method-truncation",
            &[
                (
                    "dropped",
                    s(fmt(num(&doc, &["truncation", "reports_dropped_noisy"]), 0)),
                ),
                ("share", s(fmt(share, 1))),
                ("k", s(k)),
            ],
        ),
        t.t("portal-method-noise"),
        t.t("portal-method-intervals"),
        t.t("portal-method-consistency"),
        t.tn("portal-method-losses", &[("bound", s(loss_bound))]),
        t.tn(
            "portal-method-budget",
            &[
                (
                    "quarter",
                    s(fmt(num(&doc, &["cumulative", "quarter", "spent"]), 2)),
                ),
                (
                    "quarter_cap",
                    s(fmt(num(&doc, &["cumulative", "quarter", "cap"]), 2)),
                ),
                (
                    "year",
                    s(fmt(num(&doc, &["cumulative", "year", "year"]), 0)),
                ),
                (
                    "year_spent",
                    s(fmt(num(&doc, &["cumulative", "year", "spent"]), 2)),
                ),
                (
                    "year_cap",
                    s(fmt(num(&doc, &["cumulative", "year", "cap"]), 2)),
                ),
            ],
        ),
        t.t1(
            "portal-method-opendp",
            "version",
            Arg::from(
                doc.pointer("/opendp/version")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_string(),
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unit statement says, in English and Danish, what is protected per release and per
    /// year, and what a report without an identifier gets.
    #[test]
    fn the_unit_statement_is_exact_in_english_and_danish() {
        let doc = serde_json::json!({
            "epsilon": 1.0,
            "k": 1,
            "truncation": {"reports_dropped_noisy": 99, "share_of_reports_dropped_noisy": 0.09},
            "cumulative": {
                "quarter": {"spent": 1.0, "cap": 1.0},
                "year": {"year": 2026, "spent": 2.0, "cap": 4.0}
            },
        })
        .to_string();
        let catalog = i18n::Catalog::embedded();
        for (code, phrases) in [
            (
                "en",
                [
                    "one organisation's reporting in the quarter",
                    "ε = 1.00",
                    "2.72 times",
                    "at most ε = 4.00 together",
                    "at most 54.6",
                    "A report without an identifier is protected on its own",
                    "protected for each report, not for all of them together",
                    "VAT number or LEI",
                    "at most 1 of its reports count per quarter",
                ],
            ),
            (
                "da",
                [
                    "én organisations indberetninger i kvartalet",
                    "ε = 1.00",
                    "2.72 gange",
                    "højst ε = 4.00",
                    "højst 54.6",
                    "En indberetning uden identifikator beskyttes for sig",
                    "ikke for dem alle samlet",
                    "momsnummer eller LEI",
                    "højst 1 af dens indberetninger tæller pr. kvartal",
                ],
            ),
        ] {
            let t = Translator::new(catalog.lang(code).unwrap());
            let text = paragraphs(&t, &doc).join("\n");
            for phrase in phrases {
                assert!(
                    text.contains(phrase),
                    "{code}: {phrase:?} missing in\n{text}"
                );
            }
            // The identifier field's hint and the privacy page say the same, per quarter and
            // per year.
            let hint = t.t("hint-organisation-id");
            let privacy = t.t("privacy-statistics-text");
            let (quarter, without) = if code == "en" {
                (
                    "per quarter",
                    "Without it, each report is protected on its own",
                )
            } else {
                (
                    "pr. kvartal",
                    "Uden det beskyttes hver indberetning for sig",
                )
            };
            assert!(hint.contains(quarter) && hint.contains("ε = 4") && hint.contains(without));
            assert!(
                privacy.contains("ε = 1") && privacy.contains("ε = 4") && privacy.contains("55")
            );
        }
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(2_000_000), "2\u{202f}000\u{202f}000");
        assert_eq!(grouped(12_345), "12\u{202f}345");
    }
}
