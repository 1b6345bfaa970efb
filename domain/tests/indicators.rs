//! Indicators of compromise: the canonical form of each kind (documented in keys/FORMAT.md),
//! and the list rules (blank lines, duplicates, limits, line numbers of errors).

use domain::report::{hash_algorithm, indicator_list, ErrorCode, IndicatorKind as K};

fn one(kind: K, input: &str) -> Option<String> {
    match indicator_list(kind, input) {
        Ok(v) if v.len() == 1 => Some(v[0].clone()),
        Ok(v) => panic!("{v:?}"),
        Err(_) => None,
    }
}

#[test]
fn canonical_forms() {
    let cases: &[(K, &str, Option<&str>)] = &[
        (K::Ip, " 192.0.2.7 ", Some("192.0.2.7")),
        (K::Ip, "192.0.2.07", None),
        (K::Ip, "10.1.2.3/8", Some("10.0.0.0/8")),
        (K::Ip, "10.1.2.3/32", Some("10.1.2.3")),
        (K::Ip, "0.0.0.0/0", Some("0.0.0.0/0")),
        (
            K::Ip,
            "2001:0DB8:0000:0000:0000:0000:0000:0001",
            Some("2001:db8::1"),
        ),
        (K::Ip, "2001:db8:0:0:1:0:0:1", Some("2001:db8::1:0:0:1")),
        (K::Ip, "2001:db8:0:1:1:1:1:1", Some("2001:db8:0:1:1:1:1:1")),
        (K::Ip, "2001:db8:ffff::1/33", Some("2001:db8:8000::/33")),
        (K::Ip, "::", Some("::")),
        (K::Ip, "::ffff:1.2.3.4", None),
        (K::Ip, "fe80::1%eth0", None),
        (K::Ip, "1::2::3", None),
        (K::Domain, "Files.Example.COM.", Some("files.example.com")),
        (K::Domain, "localhost", None),
        (K::Domain, "münchen.de", None),
        (K::Domain, "xn--mnchen-3ya.de", Some("xn--mnchen-3ya.de")),
        (K::Domain, "example.123", None),
        (
            K::Url,
            "HTTPS://User@Exfil.Example.COM:443/Drop?A=B#C",
            Some("https://User@exfil.example.com:443/Drop?A=B#C"),
        ),
        (
            K::Url,
            "https://[2001:DB8::1]:8443/",
            Some("https://[2001:db8::1]:8443/"),
        ),
        (K::Url, "https://example.com/a b", None),
        (K::Url, "example.com/path", None),
        (
            K::Email,
            "Alice.B+x@Example.COM",
            Some("alice.b+x@example.com"),
        ),
        (K::Email, "a..b@example.com", None),
        (
            K::Hash,
            "D41D8CD98F00B204E9800998ECF8427E",
            Some("d41d8cd98f00b204e9800998ecf8427e"),
        ),
        (K::Hash, "abc", None),
        (K::FileName, " invoice.pdf.exe ", Some("invoice.pdf.exe")),
        (K::FileName, "dir/evil.sh", None),
        (K::FileName, "..", None),
    ];
    for (kind, input, want) in cases {
        assert_eq!(one(*kind, input).as_deref(), *want, "{kind:?} {input:?}");
    }
    assert_eq!(hash_algorithm(&"a".repeat(32)), Some("MD5"));
    assert_eq!(hash_algorithm(&"a".repeat(40)), Some("SHA-1"));
    assert_eq!(hash_algorithm(&"a".repeat(64)), Some("SHA-256"));
}

#[test]
fn lists_skip_blanks_drop_duplicates_and_number_lines() {
    assert_eq!(
        indicator_list(K::Ip, "192.0.2.1\r\n\r\n192.0.2.1\n10.0.0.1/8\n10.0.0.0/8").unwrap(),
        vec!["192.0.2.1", "10.0.0.0/8"]
    );
    assert_eq!(
        indicator_list(K::Ip, " \n\t\n").unwrap(),
        Vec::<String>::new()
    );
    assert_eq!(
        indicator_list(K::Ip, "\n\n\nbad"),
        Err(ErrorCode::Indicator {
            kind: K::Ip,
            line: 4
        })
    );
    let hashes = |n: usize| {
        (0..n)
            .map(|i| format!("{i:032x}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(indicator_list(K::Hash, &hashes(100)).unwrap().len(), 100);
    assert_eq!(
        indicator_list(K::Hash, &hashes(101)),
        Err(ErrorCode::TooManyIndicators { max: 100 })
    );
    let e = ErrorCode::Indicator {
        kind: K::Url,
        line: 7,
    };
    assert_eq!(e.message_id(), "error-indicator-url");
    assert_eq!(e.args(), vec![("line", 7)]);
}
