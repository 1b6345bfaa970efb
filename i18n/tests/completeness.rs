//! Every embedded `locales/<lang>.ftl` parses, has exactly English's message ids, uses the same
//! `{ $placeholders }` per message (value and attributes, selectors included), and formats
//! without errors. Failures list every language/id that is wrong.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use i18n::{embedded_sources, Catalog, ENGLISH, LANGUAGE_NAME_ID};

/// Message id -> part ("value" or ".attribute") -> variable names used in that part.
type Messages = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn english_source() -> &'static str {
    embedded_sources()
        .iter()
        .find(|(code, _)| *code == ENGLISH)
        .map(|(_, source)| *source)
        .expect("en.ftl is embedded")
}

fn others() -> impl Iterator<Item = (&'static str, &'static str)> {
    embedded_sources()
        .iter()
        .copied()
        .filter(|(code, _)| *code != ENGLISH)
}

fn messages(code: &str, source: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut out = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut parts = BTreeMap::new();
            if let Some(value) = &message.value {
                parts.insert("value".to_owned(), pattern_variables(value));
            }
            for attribute in &message.attributes {
                parts.insert(
                    format!(".{}", attribute.id.name),
                    pattern_variables(&attribute.value),
                );
            }
            let id = message.id.name.to_owned();
            assert!(
                out.insert(id.clone(), parts).is_none(),
                "{code}.ftl: `{id}` is defined twice"
            );
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    walk_pattern(pattern, &mut vars);
    vars
}

fn walk_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars);
            for variant in variants {
                walk_pattern(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, vars),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_call(arguments, vars),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_call(arguments, vars),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference {
            arguments: None, ..
        } => {}
    }
}

fn walk_call(arguments: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        walk_inline(positional, vars);
    }
    for named in &arguments.named {
        walk_inline(&named.value, vars);
    }
}

fn fail_if_any(what: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

#[test]
fn english_and_danish_are_embedded() {
    let codes: Vec<&str> = embedded_sources().iter().map(|(code, _)| *code).collect();
    assert!(
        codes.contains(&"en") && codes.contains(&"da"),
        "embedded: {codes:?}"
    );
}

/// A syntax error (reported with file, line and text) or a duplicate id in any embedded file.
#[test]
fn every_file_parses_without_errors() {
    fail_if_any(
        "errors in locales/*.ftl",
        Catalog::embedded().load_errors().to_vec(),
    );
}

#[test]
fn every_language_has_exactly_the_english_message_ids() {
    let english = messages(ENGLISH, english_source());
    let mut problems = Vec::new();
    for (code, source) in others() {
        let theirs = messages(code, source);
        for id in english.keys().filter(|id| !theirs.contains_key(*id)) {
            problems.push(format!("{code}.ftl lacks `{id}` (in en.ftl)"));
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}.ftl has `{id}`, which en.ftl lacks"));
        }
    }
    fail_if_any("message ids differ from en.ftl", problems);
}

#[test]
fn every_message_uses_the_english_placeholders() {
    let english = messages(ENGLISH, english_source());
    let mut problems = Vec::new();
    for (code, source) in others() {
        for (id, parts) in messages(code, source) {
            let Some(english_parts) = english.get(&id) else {
                continue;
            };
            let all_parts: BTreeSet<&String> = english_parts.keys().chain(parts.keys()).collect();
            for part in all_parts {
                match (english_parts.get(part), parts.get(part)) {
                    (Some(want), Some(have)) if want != have => problems.push(format!(
                        "{code}.ftl `{id}` {part}: placeholders {have:?}, en.ftl has {want:?}"
                    )),
                    (Some(_), None) => {
                        problems.push(format!("{code}.ftl `{id}` lacks {part} (in en.ftl)"))
                    }
                    (None, Some(_)) => {
                        problems.push(format!("{code}.ftl `{id}` has {part}, which en.ftl lacks"))
                    }
                    _ => {}
                }
            }
        }
    }
    fail_if_any("placeholders differ from en.ftl", problems);
}

/// Catches references to missing terms or messages and broken selectors, with the
/// placeholders filled in as numbers that hit every usual plural category.
#[test]
fn every_message_formats_without_errors() {
    let english = messages(ENGLISH, english_source());
    let mut problems = Vec::new();
    for (code, source) in embedded_sources() {
        let langid = code.parse().expect("a language code");
        let mut bundle = FluentBundle::new(vec![langid]);
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        if let Err(errors) = bundle.add_resource(resource) {
            problems.push(format!("{code}.ftl: {errors:?}"));
        }
        for (id, parts) in &english {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            for (part, vars) in parts {
                let pattern = match part.strip_prefix('.') {
                    Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
                    None => message.value(),
                };
                let Some(pattern) = pattern else { continue };
                for n in [0.0, 1.0, 1.5, 2.0, 5.0, 11.0, 21.0, 100.0, 1_000_000.0] {
                    let mut args = FluentArgs::new();
                    for var in vars {
                        args.set(var.clone(), FluentValue::from(n));
                    }
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        problems.push(format!("{code}.ftl `{id}` {part} with {n}: {errors:?}"));
                        break;
                    }
                    if text.trim().is_empty() {
                        problems.push(format!("{code}.ftl `{id}` {part} is empty"));
                        break;
                    }
                }
            }
        }
    }
    fail_if_any("messages that do not format", problems);
}

/// Ids are kebab-case words; `--` separates a category family from its member
/// (`attack-vector-malware--email-link`); a final segment may be an upper-case code
/// (`member-state-DK`, `sector-A`).
#[test]
fn message_ids_are_kebab_case() {
    let mut problems = Vec::new();
    for id in messages(ENGLISH, english_source()).keys() {
        let segments: Vec<&str> = id.split('-').collect();
        let last = segments.len() - 1;
        let ok = segments.iter().enumerate().all(|(i, s)| {
            (s.is_empty() && i > 0 && i < last && !segments[i - 1].is_empty())
                || (!s.is_empty()
                    && (s
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                        || (i == last && s.bytes().all(|b| b.is_ascii_uppercase()))))
        });
        if !ok {
            problems.push(format!("en.ftl `{id}`"));
        }
    }
    fail_if_any("message ids that are not kebab-case", problems);
}

#[test]
fn every_language_names_itself() {
    let mut problems = Vec::new();
    for lang in Catalog::embedded().languages() {
        if lang.endonym() == lang.code() {
            problems.push(format!(
                "{}.ftl: `{LANGUAGE_NAME_ID}` must be plain text (the language's own name)",
                lang.code()
            ));
        }
    }
    fail_if_any("languages without a name", problems);
}

/// A file copied from en.ftl and not translated would pass the id checks: refuse one where
/// more than a quarter of the messages are identical to English (country names such as
/// "Malta" or terms such as "VPN" may legitimately be).
#[test]
fn no_language_is_an_untranslated_copy_of_english() {
    let catalog = Catalog::embedded();
    let english = catalog.english();
    let ids: Vec<String> = messages(ENGLISH, english_source()).into_keys().collect();
    let mut problems = Vec::new();
    for lang in catalog.languages().iter().filter(|l| **l != english) {
        let same: Vec<&String> = ids
            .iter()
            .filter(|id| catalog.get(*lang, id) == catalog.get(english, id))
            .collect();
        // Country names and words like "Status" may be the same; 5% leaves room for those
        // (the 23 translations have 0.2%–2.9%).
        if same.len() * 20 > ids.len() {
            problems.push(format!(
                "{}.ftl: {} of {} messages are the English text, e.g. {:?}",
                lang.code(),
                same.len(),
                ids.len(),
                same.iter().take(10).collect::<Vec<_>>()
            ));
        }
    }
    fail_if_any("untranslated languages", problems);
}

/// The labels the form's category lists need (the domain crate's enums map onto these ids).
#[test]
fn every_category_has_a_label() {
    let mut ids = Vec::new();
    for code in [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ] {
        ids.push(format!("member-state-{code}"));
    }
    for section in 'A'..='U' {
        ids.push(format!("sector-{section}"));
    }
    for class in [
        "information-content-security--unauthorised-information-access",
        "information-content-security--unauthorised-information-modification",
        "information-content-security--data-loss",
        "information-content-security--leak-confidential-information",
        "intrusions--system-compromise",
        "intrusions--application-compromise",
        "intrusions--privileged-account-compromise",
        "intrusions--unprivileged-account-compromise",
        "intrusions--burglary",
        "information-gathering--social-engineering",
        "information-gathering--sniffing",
        "malicious-code--infected-system",
        "fraud--masquerade",
        "fraud--phishing",
    ] {
        ids.push(format!("incident-class-{class}"));
    }
    for vector in [
        "hacking--web-application",
        "hacking--backdoor-or-c2",
        "hacking--desktop-sharing",
        "hacking--vpn",
        "hacking--partner",
        "hacking--command-shell",
        "malware--email-attachment",
        "malware--email-link",
        "malware--web-download",
        "malware--software-update",
        "malware--direct-install",
        "malware--network-propagation",
        "social--email",
        "social--phone",
        "social--in-person",
        "social--website",
        "social--sms",
        "misuse--lan-access",
        "misuse--physical-access",
        "misuse--remote-access",
        "misuse--non-corporate",
        "unknown",
    ] {
        ids.push(format!("attack-vector-{vector}"));
    }
    for actor in [
        "competitor",
        "nation-state",
        "organised-crime",
        "insider",
        "former-employee",
        "unknown",
    ] {
        ids.push(format!("actor-type-{actor}"));
    }
    assert_eq!(ids.len(), 27 + 21 + 14 + 22 + 6);
    let english = messages(ENGLISH, english_source());
    let problems = ids
        .iter()
        .filter(|id| !english.contains_key(*id))
        .map(|id| format!("en.ftl lacks `{id}`"))
        .collect();
    fail_if_any("category labels missing", problems);
}
