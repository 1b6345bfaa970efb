//! Embeds every `../locales/<lang>.ftl` at compile time.
//!
//! Writes `$OUT_DIR/locales.rs` holding `EMBEDDED: &[(&str, &str)]`, a table of
//! `(language code, include_str!(file))` sorted by code. Adding a language is adding one file:
//! cargo re-runs this script when the folder or any file in it changes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest_dir.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());

    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(err) => panic!("i18n: cannot read {}: {err}", dir.display()),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(err) => panic!("i18n: cannot list {}: {err}", dir.display()),
        };
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if !is_language_code(&code) {
            panic!(
                "i18n: {} is not named <language code>.ftl (lower-case ISO 639-1 code such as \
                 `da.ftl`, optionally with a region such as `pt-BR.ftl`)",
                path.display()
            );
        }
        files.push((code, path));
    }
    files.sort();
    if !files.iter().any(|(code, _)| code == "en") {
        panic!(
            "i18n: {} has no en.ftl, the reference and fallback language",
            dir.display()
        );
    }

    let mut out = String::from(
        "/// `(language code, Fluent source)` of every `locales/*.ftl`, sorted by code.\n\
         pub(crate) static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &files {
        let path = path.canonicalize().unwrap_or_else(|_| path.clone());
        // `{:?}` of a str is a valid Rust string literal (quotes and escapes included).
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(err) = fs::write(out_dir.join("locales.rs"), out) {
        panic!("i18n: cannot write locales.rs: {err}");
    }
}

/// `xx`, `xxx`, or those followed by `-` and a region/script subtag (`pt-BR`, `sr-Latn`).
fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
