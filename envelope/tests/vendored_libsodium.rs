//! The vendored libsodium.js files are exactly the reviewed ones.
//!
//! Each file's SHA-384 must match `SHA384SUMS` beside it AND the digest written below, so
//! replacing a file and its `SHA384SUMS` line together still fails here. The README must state
//! the matching SRI values that templates put in `integrity="..."`. Updating libsodium.js means
//! changing this file in the same review.

use std::collections::BTreeMap;
use std::path::PathBuf;

use sha2::{Digest, Sha384};

/// libsodium-wrappers-sumo / libsodium-sumo 0.8.4 (libsodium 1.0.22), from npm.
const EXPECTED: [(&str, &str); 2] = [
    (
        "libsodium-sumo.js",
        "cdb78be879fd2414ffafb89c28926b045c0d5ac722b46a9332f89fe1c78622c63c83665a99d5f036154a9d15b43a6173",
    ),
    (
        "libsodium-wrappers.js",
        "527439d98904f29ea093354ce417abb2e964e36b76d60329eb79474446920288fcbd819cc1d8c823366c697349e31889",
    ),
];

fn vendor_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../server/static/vendor/libsodium")
}

fn read(name: &str) -> Vec<u8> {
    let path = vendor_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn vendored_files_match_sha384sums_and_pinned_digests() {
    let sums = String::from_utf8(read("SHA384SUMS")).expect("SHA384SUMS is UTF-8");
    let mut listed = BTreeMap::new();
    for line in sums.lines().filter(|l| !l.trim().is_empty()) {
        let (digest, name) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("SHA384SUMS line is not `<hex>  <file>`: {line:?}"));
        assert!(
            digest.len() == 96 && digest.bytes().all(|b| b.is_ascii_hexdigit()),
            "not a SHA-384 hex digest: {digest:?}"
        );
        assert!(
            listed
                .insert(name.to_string(), digest.to_ascii_lowercase())
                .is_none(),
            "{name} listed twice"
        );
    }
    let pinned: BTreeMap<String, String> = EXPECTED
        .iter()
        .map(|(n, d)| (n.to_string(), d.to_string()))
        .collect();
    assert_eq!(
        listed.keys().collect::<Vec<_>>(),
        pinned.keys().collect::<Vec<_>>(),
        "SHA384SUMS lists other files than the pinned ones"
    );

    let readme = String::from_utf8(read("README.md")).expect("README is UTF-8");
    for (name, expected) in EXPECTED {
        let digest = Sha384::digest(read(name));
        let actual = envelope::hex(&digest);
        assert_eq!(actual, listed[name], "{name} does not match SHA384SUMS");
        assert_eq!(
            actual, expected,
            "{name} does not match the digest pinned in this test"
        );
        let sri = format!("sha384-{}", envelope::b64(&digest));
        assert!(
            readme.contains(&sri),
            "README.md does not state {name}'s SRI value {sri}"
        );
    }
}

#[test]
fn license_is_vendored_with_the_files() {
    let license = String::from_utf8(read("LICENSE")).expect("LICENSE is UTF-8");
    assert!(license.contains("Frank Denis") && license.contains("Permission to use, copy, modify"));
}
