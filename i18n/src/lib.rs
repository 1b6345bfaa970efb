//! Translations of the reporter pages, in Fluent.
//!
//! Every `locales/<lang>.ftl` at the workspace root is embedded at compile time (see `build.rs`):
//! adding a language is adding one file. English (`en.ftl`) is the reference: every other file
//! has exactly its message ids and placeholders (the completeness tests check this), and it is the
//! fallback for any message a language lacks or fails to format.
//!
//! ```
//! use i18n::{Arg, Catalog, Translator};
//!
//! let catalog = Catalog::embedded();
//! let lang = catalog.negotiate(None, Some("da-DK,da;q=0.9,en;q=0.8"));
//! assert_eq!(lang.code(), "da");
//! let t = Translator::new(lang);
//! assert_eq!(t.t("nav-report"), catalog.get(lang, "nav-report"));
//! let summary = catalog.format(lang, "error-form-summary", &[("count", Arg::Num(2.0))]);
//! assert!(summary.contains('2'));
//! // Unknown ids are visible in the page, so page tests can catch them.
//! assert_eq!(t.t("no-such-id"), "⟦no-such-id⟧");
//! ```

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use unic_langid::{CharacterDirection, LanguageIdentifier};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The reference and fallback language.
pub const ENGLISH: &str = "en";

/// The message every file must define with the language's own name ("Dansk"), shown in the
/// language switch.
pub const LANGUAGE_NAME_ID: &str = "language-name";

/// At most this many Accept-Language entries are considered (the header is client-controlled).
const MAX_ACCEPT_LANGUAGE_ENTRIES: usize = 32;

/// `(language code, Fluent source)` of every embedded `locales/*.ftl`, sorted by code.
///
/// The catalog is built from these; the completeness tests read them too.
pub fn embedded_sources() -> &'static [(&'static str, &'static str)] {
    generated::EMBEDDED
}

/// A supported language: its code (`da`), its own name (`Dansk`) and its writing direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang {
    code: &'static str,
    endonym: &'static str,
    dir: &'static str,
}

impl Lang {
    /// The language code, as in the file name and `?lang=`: `da`, `en`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The language's name in itself (`Dansk`), from the file's `language-name` message.
    pub fn endonym(&self) -> &'static str {
        self.endonym
    }

    /// The HTML `dir` value: `"ltr"` (all 24 EU languages) or `"rtl"`.
    pub fn dir(&self) -> &'static str {
        self.dir
    }
}

impl fmt::Display for Lang {
    /// Writes the code, so `lang="{{ lang }}"` works in templates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

/// A value for a `{ $placeholder }`. Numbers select plural variants (`[one]`, `*[other]`).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss)]
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
        // Askama passes non-literal arguments by reference.
        impl From<&$t> for Arg<'_> {
            #[allow(clippy::cast_lossless, clippy::cast_precision_loss)]
            fn from(n: &$t) -> Self {
                Arg::Num(*n as f64)
            }
        }
    )*};
}
arg_from_number!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

impl<'a> From<Arg<'a>> for FluentValue<'a> {
    fn from(arg: Arg<'a>) -> Self {
        match arg {
            Arg::Str(s) => FluentValue::String(s),
            Arg::Num(n) => FluentValue::from(n),
        }
    }
}

struct Entry {
    lang: Lang,
    langid: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

/// All languages' messages. Build once (`Catalog::embedded()`) and share: it is `Send + Sync`.
pub struct Catalog {
    /// Sorted by code; always holds English.
    entries: Vec<Entry>,
    langs: Vec<Lang>,
    english: usize,
    load_errors: Vec<String>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("langs", &self.langs)
            .field("load_errors", &self.load_errors)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The catalog of the embedded `locales/*.ftl`, parsed on first use.
    pub fn embedded() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::from_sources(embedded_sources()))
    }

    /// Builds a catalog from `(language code, Fluent source)` pairs.
    ///
    /// Never fails: a syntax error drops only the broken entries of that file (they then fall
    /// back to English) and is listed in [`Catalog::load_errors`]; a file with an invalid code
    /// or a repeated code is skipped and listed. Without an `en` source, English is empty and
    /// every lookup that finds no translation yields `⟦id⟧`.
    pub fn from_sources(files: &[(&'static str, &'static str)]) -> Catalog {
        let mut entries: Vec<Entry> = Vec::with_capacity(files.len() + 1);
        let mut load_errors = Vec::new();
        for &(code, source) in files {
            if entries.iter().any(|e| e.lang.code == code) {
                load_errors.push(format!(
                    "{code}: a second source for this language was ignored"
                ));
                continue;
            }
            let langid: LanguageIdentifier = match code.parse() {
                Ok(langid) => langid,
                Err(err) => {
                    load_errors.push(format!("{code}: not a language code ({err}); ignored"));
                    continue;
                }
            };
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for err in errors {
                        let line = line_of(source, err.pos.start);
                        let text = source.lines().nth(line - 1).unwrap_or_default().trim();
                        load_errors.push(format!("{code}.ftl line {line}: {err}: `{text}`"));
                    }
                    resource
                }
            };
            entries.push(new_entry(code, source, langid, resource, &mut load_errors));
        }
        if !entries.iter().any(|e| e.lang.code == ENGLISH) {
            let langid: LanguageIdentifier = LanguageIdentifier::default();
            let resource = FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
            let mut entry = new_entry(ENGLISH, "", langid, resource, &mut load_errors);
            entry.lang.endonym = "English";
            entries.push(entry);
        }
        entries.sort_by_key(|e| e.lang.code);
        let english = entries
            .iter()
            .position(|e| e.lang.code == ENGLISH)
            .unwrap_or(0);
        let langs = entries.iter().map(|e| e.lang).collect();
        Catalog {
            entries,
            langs,
            english,
            load_errors,
        }
    }

    /// Problems met while loading (syntax errors with line numbers, duplicate ids). Empty for
    /// the embedded files: a test enforces it. The server may log these at start.
    pub fn load_errors(&self) -> &[String] {
        &self.load_errors
    }

    /// Every supported language, sorted by code (the usual order on EU sites), for the
    /// language switch.
    pub fn languages(&self) -> &[Lang] {
        &self.langs
    }

    /// English, the fallback.
    pub fn english(&self) -> Lang {
        self.entries[self.english].lang
    }

    /// The supported language with exactly this code.
    pub fn lang(&self, code: &str) -> Option<Lang> {
        self.langs
            .iter()
            .copied()
            .find(|l| l.code.eq_ignore_ascii_case(code))
    }

    /// Chooses the page language: an explicit `?lang=xx` wins if supported (`da-DK` counts as
    /// `da`); else the best supported entry of the `Accept-Language` header by q-value; else
    /// English.
    pub fn negotiate(&self, query: Option<&str>, accept_language: Option<&str>) -> Lang {
        if let Some(query) = query {
            if let Some(lang) = self.lookup(&[query.trim()]) {
                return lang;
            }
        }
        if let Some(header) = accept_language {
            if let Some(lang) = self.lookup(&parse_accept_language(header)) {
                return lang;
            }
        }
        self.english()
    }

    /// The message `id` (or attribute, as `id.attr`) in `lang`, without arguments.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// The message `id` (or attribute, as `id.attr`) in `lang` with `{ $name }` arguments.
    ///
    /// Falls back to English when `lang` lacks the message or cannot format it, and to `⟦id⟧`
    /// when English lacks it too.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fa.set(*name, FluentValue::from(value.clone()));
            }
            fa
        });
        let fluent_args = fluent_args.as_ref();
        let entry = self.entry(lang);
        let mut with_errors = None;
        match try_format(entry, id, fluent_args) {
            Some((text, true)) => return text,
            Some((text, false)) => with_errors = Some(text),
            None => {}
        }
        let english = &self.entries[self.english];
        if english.lang != entry.lang {
            match try_format(english, id, fluent_args) {
                Some((text, true)) => return text,
                Some((text, false)) => {
                    with_errors.get_or_insert(text);
                }
                None => {}
            }
        }
        // Formatted with errors in every language (e.g. a missing argument, which Fluent shows
        // as `{$name}`): still the most useful text.
        with_errors.unwrap_or_else(|| format!("⟦{id}⟧"))
    }

    fn entry(&self, lang: Lang) -> &Entry {
        self.entries
            .iter()
            .find(|e| e.lang.code == lang.code)
            .unwrap_or(&self.entries[self.english])
    }

    fn lookup(&self, tags: &[&str]) -> Option<Lang> {
        let requested: Vec<LanguageIdentifier> =
            tags.iter().filter_map(|t| t.parse().ok()).collect();
        if requested.is_empty() {
            return None;
        }
        let available: Vec<&LanguageIdentifier> = self.entries.iter().map(|e| &e.langid).collect();
        let found = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
        let found = found.first()?;
        self.entries
            .iter()
            .find(|e| &&e.langid == *found)
            .map(|e| e.lang)
    }
}

fn new_entry(
    code: &'static str,
    source: &'static str,
    langid: LanguageIdentifier,
    resource: FluentResource,
    load_errors: &mut Vec<String>,
) -> Entry {
    let dir = match langid.character_direction() {
        CharacterDirection::RTL => "rtl",
        _ => "ltr",
    };
    let lang = Lang {
        code,
        endonym: endonym_of(source).unwrap_or(code),
        dir,
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Output goes into HTML text and attributes: no U+2068/U+2069 isolation marks.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        for err in errors {
            load_errors.push(format!("{code}.ftl: {err}"));
        }
    }
    Entry {
        lang,
        langid,
        bundle,
    }
}

/// The plain text of the `language-name` message, borrowed from the static source.
fn endonym_of(source: &'static str) -> Option<&'static str> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource.body.into_iter().find_map(|entry| match entry {
        ast::Entry::Message(ast::Message {
            id,
            value: Some(pattern),
            ..
        }) if id.name == LANGUAGE_NAME_ID => match pattern.elements.as_slice() {
            [ast::PatternElement::TextElement { value }] => {
                Some(value.trim()).filter(|v| !v.is_empty())
            }
            _ => None,
        },
        _ => None,
    })
}

/// `Some((text, formatted without errors))`, or `None` when the message or attribute is absent.
fn try_format(entry: &Entry, id: &str, args: Option<&FluentArgs<'_>>) -> Option<(String, bool)> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message_id, attribute)) => (message_id, Some(attribute)),
        None => (id, None),
    };
    let message = entry.bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = entry
        .bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    Some((text, errors.is_empty()))
}

/// Accept-Language tags by descending q-value (stable for equal q), without `*` and `q=0`.
fn parse_accept_language(header: &str) -> Vec<&str> {
    let mut weighted: Vec<(&str, f32)> = header
        .split(',')
        .take(MAX_ACCEPT_LANGUAGE_ENTRIES)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let mut q = 1.0_f32;
            for param in parts {
                let (key, value) = param.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    q = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q: &f32| (0.0..=1.0).contains(q))?;
                }
            }
            (q > 0.0).then_some((tag, q))
        })
        .collect();
    weighted.sort_by(|a, b| b.1.total_cmp(&a.1));
    weighted.into_iter().map(|(tag, _)| tag).collect()
}

fn line_of(source: &str, byte: usize) -> usize {
    source
        .as_bytes()
        .iter()
        .take(byte)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The message that writes a calendar day, with `$day`, `$month` (1–12, a selector over the
/// month names in the grammatical form dates need) and `$year`.
pub const DATE_ID: &str = "date-day";

/// `YYYY-MM-DD` with a real month and day-of-month range, as numbers.
fn parse_iso_day(iso: &str) -> Option<(u16, u8, u8)> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| -> Option<u16> {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = num(&iso[..4])?;
    let month = u8::try_from(num(&iso[5..7])?).ok()?;
    let day = u8::try_from(num(&iso[8..])?).ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// Per-request helper for templates: `{{ t.t("report-title") }}`,
/// `{{ t.t1("error-too-long", "max", 2000) }}`. Uses [`Catalog::embedded`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translator {
    pub lang: Lang,
}

impl Translator {
    pub fn new(lang: Lang) -> Self {
        Translator { lang }
    }

    /// Negotiates the language (see [`Catalog::negotiate`]) and wraps it.
    pub fn negotiate(query: Option<&str>, accept_language: Option<&str>) -> Self {
        Translator::new(Catalog::embedded().negotiate(query, accept_language))
    }

    /// The message `id` (or `id.attr`).
    pub fn t(&self, id: &str) -> String {
        Catalog::embedded().get(self.lang, id)
    }

    /// The message `id` with one argument `{ $name }`.
    pub fn t1<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        Catalog::embedded().format(self.lang, id, &[(name, value.into())])
    }

    /// The message `id` with several arguments.
    pub fn tn(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        Catalog::embedded().format(self.lang, id, args)
    }

    /// A calendar day written as this language writes dates (`28 November 2026`,
    /// `28. november 2026`, `2026. november 28.`), from its ISO form `2026-11-28` through the
    /// `date-day` message. Anything that is not an ISO day comes back unchanged.
    pub fn date(&self, iso: &str) -> String {
        match parse_iso_day(iso) {
            Some((year, month, day)) => self.tn(
                DATE_ID,
                &[
                    ("year", Arg::Num(f64::from(year))),
                    ("month", Arg::Num(f64::from(month))),
                    ("day", Arg::Num(f64::from(day))),
                ],
            ),
            None => iso.to_owned(),
        }
    }

    /// The language code, for `<html lang="…">` and `?lang=` links.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// The HTML `dir` value.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// All languages, for the language switch.
    pub fn languages(&self) -> &'static [Lang] {
        Catalog::embedded().languages()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_ordered_by_q() {
        assert_eq!(
            parse_accept_language("fr;q=0.5, da;q=0.9, *;q=0.1, de, sv;q=0, xx;q=abc"),
            vec!["de", "da", "fr"]
        );
        assert_eq!(parse_accept_language(""), Vec::<&str>::new());
        assert_eq!(parse_accept_language("en-GB,en;q=0.9"), vec!["en-GB", "en"]);
    }

    #[test]
    fn only_iso_days_are_dates() {
        assert_eq!(parse_iso_day("2026-11-28"), Some((2026, 11, 28)));
        for bad in [
            "2026-13-01",
            "2026-00-10",
            "2026-11-32",
            "2026-1-28",
            "28-11-2026",
            "2026-11-2x",
            "+026-11-28",
        ] {
            assert_eq!(parse_iso_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn line_numbers_count_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }
}
