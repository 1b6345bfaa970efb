//! Plural forms are right per language: every number-driven selector (`{ $count -> [one] …
//! *[other] … }`) has a variant for each CLDR plural category the language uses for whole
//! numbers — Polish needs `few` and `many`, Irish `two`, `few` and `many` — and no variant the
//! language never chooses (a `[few]` in German would be dead text). Uses the plural rules
//! Fluent itself applies (`intl_pluralrules`), so what this test accepts is what users see.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use i18n::embedded_sources;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The categories a language uses for whole numbers (what counts of reports, files or
/// characters are), and those it uses for any number at all.
fn categories(code: &str) -> (BTreeSet<&'static str>, BTreeSet<&'static str>) {
    let langid: unic_langid::LanguageIdentifier = code.parse().expect("a language code");
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("{code}: no CLDR plural rules ({e})"));
    let mut whole = BTreeSet::new();
    for n in (0..=2_000u64).chain([10_000, 100_000, 1_000_000, 10_000_000]) {
        whole.insert(name(rules.select(n).expect("an integer")));
    }
    let mut any = whole.clone();
    for s in [
        "0.5", "1.5", "2.5", "3.5", "5.5", "10.5", "21.5", "0.1", "1.0", "2.0",
    ] {
        any.insert(name(rules.select(s).expect("a decimal")));
    }
    (whole, any)
}

/// Every select expression whose keys are plural categories: its message part and its keys.
fn plural_selects(source: &str) -> Vec<(String, Vec<&str>)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name;
            if let Some(value) = &message.value {
                walk(id.to_owned(), value, &mut out);
            }
            for attribute in &message.attributes {
                walk(
                    format!("{id}.{}", attribute.id.name),
                    &attribute.value,
                    &mut out,
                );
            }
        }
    }
    out
}

fn walk<'s>(at: String, pattern: &ast::Pattern<&'s str>, out: &mut Vec<(String, Vec<&'s str>)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_selects(&at, expression, out);
        }
    }
}

fn expression_selects<'s>(
    at: &str,
    expression: &ast::Expression<&'s str>,
    out: &mut Vec<(String, Vec<&'s str>)>,
) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            let keys: Vec<&str> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(*name),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if !keys.is_empty() && keys.iter().all(|k| CATEGORIES.contains(k)) {
                out.push((at.to_owned(), keys));
            }
            for variant in variants {
                walk(at.to_owned(), &variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_selects(at, expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// What is wrong with the plural selectors of one file (empty when all is well), and how many
/// selectors it has.
fn problems_in(code: &str, source: &str) -> (Vec<String>, usize) {
    let (whole, any) = categories(code);
    let mut problems = Vec::new();
    let selects = plural_selects(source);
    for (at, keys) in &selects {
        let have: BTreeSet<&str> = keys.iter().copied().collect();
        let missing: Vec<&str> = whole.difference(&have).copied().collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{code}.ftl `{at}` lacks [{}] (has {have:?}; {code} uses {whole:?} for whole numbers)",
                missing.join("], [")
            ));
        }
        let dead: Vec<&str> = have.difference(&any).copied().collect();
        if !dead.is_empty() {
            problems.push(format!(
                "{code}.ftl `{at}` has [{}], a form {code} never uses",
                dead.join("], [")
            ));
        }
    }
    (problems, selects.len())
}

#[test]
fn every_plural_selector_has_the_forms_its_language_needs() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (code, source) in embedded_sources() {
        let (found, selects) = problems_in(code, source);
        problems.extend(found);
        checked += selects;
    }
    assert!(checked > 0, "no plural selector found in any locale file");
    assert!(
        problems.is_empty(),
        "plural forms:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn a_missing_or_foreign_form_is_found() {
    let polish = "n = { $count ->\n    [one] plik\n    [few] pliki\n   *[other] plików\n}\n";
    let (problems, selects) = problems_in("pl", polish);
    assert_eq!(selects, 1);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("lacks [many]"), "{problems:?}");

    let german = "n = Datei{ $count ->\n    [one] {\"\"}\n    [few] en\n   *[other] en\n}\n";
    let (problems, _) = problems_in("de", german);
    assert!(
        problems.len() == 1 && problems[0].contains("has [few]"),
        "{problems:?}"
    );

    // A selector on a string (`$body -> [EUIPO]`) is not a plural and is left alone.
    let (problems, selects) =
        problems_in("pl", "n = { $body ->\n    [EUIPO] a\n   *[other] b\n}\n");
    assert_eq!((problems.len(), selects), (0, 0));
}

/// The rules themselves are the ones this test relies on (a library change would show here).
#[test]
fn the_rules_know_the_hard_cases() {
    assert_eq!(
        categories("pl").0,
        BTreeSet::from(["one", "few", "many"]),
        "Polish whole numbers"
    );
    assert_eq!(
        categories("ga").0,
        BTreeSet::from(["one", "two", "few", "many", "other"]),
        "Irish whole numbers"
    );
    assert_eq!(categories("de").1, BTreeSet::from(["one", "other"]));
}
