//! Indicators of compromise in the report: one textarea per kind, one value per line, each
//! value checked and brought to ONE canonical form (so that equal indicators are equal strings,
//! ready to be keyed-hashed for blind correlation later). The browser applies the same rules
//! (`server/static/js/report/indicators.js`); the parity test (tests/e2e/indicators.rs) feeds
//! the same cases to both. The canonical forms are documented in keys/FORMAT.md ("Report JSON").

#[allow(unused_imports)]
use super::*;

/// Most non-blank lines in one indicator field (so at most this many values of one kind).
pub const MAX_INDICATORS_PER_KIND: usize = 100;
/// Longest value of any kind, in characters (a URL; the others are shorter by their syntax).
pub const MAX_INDICATOR_CHARS: usize = 2048;
/// Longest file name, in characters.
pub const MAX_FILE_NAME_CHARS: usize = 255;
/// Longest free-text observations, in characters.
pub const MAX_OBSERVATIONS_CHARS: usize = 5000;

/// The kinds of structured indicator, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndicatorKind {
    /// IPv4 or IPv6 address, or a CIDR range.
    Ip,
    Domain,
    Url,
    Email,
    /// MD5, SHA-1 or SHA-256, told apart by length.
    Hash,
    FileName,
}

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 6] = [
        IndicatorKind::Ip,
        IndicatorKind::Domain,
        IndicatorKind::Url,
        IndicatorKind::Email,
        IndicatorKind::Hash,
        IndicatorKind::FileName,
    ];

    /// The key in the report JSON's `indicators` object.
    pub fn key(self) -> &'static str {
        match self {
            IndicatorKind::Ip => "ip",
            IndicatorKind::Domain => "domain",
            IndicatorKind::Url => "url",
            IndicatorKind::Email => "email",
            IndicatorKind::Hash => "hash",
            IndicatorKind::FileName => "file_name",
        }
    }

    /// The kind whose [`IndicatorKind::key`] is `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The form field's name.
    pub fn field(self) -> &'static str {
        match self {
            IndicatorKind::Ip => "indicator_ip",
            IndicatorKind::Domain => "indicator_domain",
            IndicatorKind::Url => "indicator_url",
            IndicatorKind::Email => "indicator_email",
            IndicatorKind::Hash => "indicator_hash",
            IndicatorKind::FileName => "indicator_file_name",
        }
    }

    /// One value in its canonical form, or `None` if it is not one of this kind. `value` is
    /// already trimmed and free of line breaks.
    pub fn normalise(self, value: &str) -> Option<String> {
        if value.chars().count() > MAX_INDICATOR_CHARS {
            return None;
        }
        match self {
            IndicatorKind::Ip => ip(value),
            IndicatorKind::Domain => domain(value),
            IndicatorKind::Url => url(value),
            IndicatorKind::Email => email(value),
            IndicatorKind::Hash => hash(value),
            IndicatorKind::FileName => file_name(value),
        }
    }
}

/// The validated indicators: canonical values per kind, in the order typed, without duplicates.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Indicators {
    /// Indexed like [`IndicatorKind::ALL`].
    pub values: [Vec<String>; 6],
    pub observations: Option<String>,
}

impl Indicators {
    pub fn of(&self, kind: IndicatorKind) -> &[String] {
        let i = IndicatorKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0);
        &self.values[i]
    }

    /// `{"domain":[..],"email":[..],"file_name":[..],"hash":[..],"ip":[..],
    /// "observations":..|null,"url":[..]}`.
    pub fn to_json(&self) -> Value {
        let mut m = serde_json::Map::new();
        for (kind, values) in IndicatorKind::ALL.iter().zip(&self.values) {
            m.insert(kind.key().to_owned(), json!(values));
        }
        m.insert("observations".to_owned(), json!(self.observations));
        Value::Object(m)
    }
}

impl Drop for Indicators {
    fn drop(&mut self) {
        for v in self.values.iter_mut().flatten() {
            v.zeroize();
        }
        if let Some(o) = self.observations.as_mut() {
            o.zeroize();
        }
    }
}

impl fmt::Debug for Indicators {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts: Vec<usize> = self.values.iter().map(Vec::len).collect();
        f.debug_struct("Indicators")
            .field("counts", &counts)
            .field(
                "observations",
                &self.observations.as_ref().map(|_| REDACTED),
            )
            .finish()
    }
}

/// One textarea: blank lines skipped, every other line a value of `kind` (the first bad one is
/// reported by its 1-based line number), at most [`MAX_INDICATORS_PER_KIND`] non-blank lines,
/// duplicates (after normalisation) dropped, order kept.
pub fn indicator_list(kind: IndicatorKind, input: &str) -> Result<Vec<String>, ErrorCode> {
    let lf = input.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<(usize, &str)> = lf
        .split('\n')
        .map(str::trim)
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .collect();
    if lines.len() > MAX_INDICATORS_PER_KIND {
        return Err(ErrorCode::TooManyIndicators {
            max: MAX_INDICATORS_PER_KIND,
        });
    }
    let mut out: Vec<String> = Vec::new();
    for (i, line) in lines {
        let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let v = kind.normalise(line).ok_or(ErrorCode::Indicator {
            kind,
            line: line_no,
        })?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// Free-text observations: like the other texts (cleaned), optional.
pub fn observations(input: &str) -> Result<Option<String>, ErrorCode> {
    super::validate::optional_text(input, MAX_OBSERVATIONS_CHARS)
}

// ---------------------------------------------------------------------------------------------
// The rules, one per kind

/// Decimal without leading zeros (`0` itself allowed), at most `max`.
fn decimal(s: &str, max: u32) -> Option<u32> {
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if s.len() > 1 && s.starts_with('0') {
        return None;
    }
    s.parse().ok().filter(|n| *n <= max)
}

fn ipv4(s: &str) -> Option<[u8; 4]> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let mut out = [0u8; 4];
    for (o, p) in out.iter_mut().zip(parts) {
        if p.len() > 3 {
            return None;
        }
        *o = u8::try_from(decimal(p, 255)?).ok()?;
    }
    Some(out)
}

/// Hexadecimal groups with at most one `::`; no embedded IPv4, no zone.
fn ipv6(s: &str) -> Option<[u16; 8]> {
    let groups = |part: &str| -> Option<Vec<u16>> {
        if part.is_empty() {
            return Some(Vec::new());
        }
        part.split(':')
            .map(|g| {
                if (1..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_hexdigit()) {
                    u16::from_str_radix(g, 16).ok()
                } else {
                    None
                }
            })
            .collect()
    };
    let mut out = [0u16; 8];
    match s.split_once("::") {
        None => {
            let g = groups(s)?;
            if g.len() != 8 {
                return None;
            }
            out.copy_from_slice(&g);
        }
        Some((head, tail)) => {
            if tail.contains("::") {
                return None;
            }
            let (h, t) = (groups(head)?, groups(tail)?);
            if h.len() + t.len() > 7 {
                return None;
            }
            out[..h.len()].copy_from_slice(&h);
            out[8 - t.len()..].copy_from_slice(&t);
        }
    }
    Some(out)
}

/// RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups (the
/// first if tied) as `::`.
fn ipv6_text(g: &[u16; 8]) -> String {
    let (mut best, mut best_len, mut i) = (8, 0, 0);
    while i < 8 {
        if g[i] == 0 {
            let start = i;
            while i < 8 && g[i] == 0 {
                i += 1;
            }
            if i - start > best_len {
                best = start;
                best_len = i - start;
            }
        } else {
            i += 1;
        }
    }
    let hex = |r: &[u16]| {
        r.iter()
            .map(|x| format!("{x:x}"))
            .collect::<Vec<_>>()
            .join(":")
    };
    if best_len < 2 {
        hex(g)
    } else {
        format!("{}::{}", hex(&g[..best]), hex(&g[best + best_len..]))
    }
}

/// An address, or a CIDR range with the host bits cleared; `/32` and `/128` are the address.
fn ip(s: &str) -> Option<String> {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    if let Some(v4) = ipv4(addr) {
        let bits = u32::from_be_bytes(v4);
        return match prefix {
            None => Some(dotted(bits)),
            Some(p) => {
                let len = decimal(p, 32)?;
                let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
                Some(if len == 32 {
                    dotted(bits)
                } else {
                    format!("{}/{len}", dotted(bits & mask))
                })
            }
        };
    }
    let mut v6 = ipv6(addr)?;
    match prefix {
        None => Some(ipv6_text(&v6)),
        Some(p) => {
            let len = decimal(p, 128)?;
            if len == 128 {
                return Some(ipv6_text(&v6));
            }
            for (i, g) in v6.iter_mut().enumerate() {
                let keep = len.saturating_sub(16 * i as u32).min(16);
                let mask = if keep == 0 {
                    0
                } else {
                    u16::MAX << (16 - keep)
                };
                *g &= mask;
            }
            Some(format!("{}/{len}", ipv6_text(&v6)))
        }
    }
}

fn dotted(bits: u32) -> String {
    let b = bits.to_be_bytes();
    format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])
}

/// ASCII host name, lower-cased, without a final dot: at least two labels of letters, digits
/// and hyphens (not first or last), each 1–63 long, 253 at most in all, the last
/// not all digits. Internationalised names are written in their `xn--` form.
fn domain(s: &str) -> Option<String> {
    let s = s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase();
    if s.len() > 253 {
        return None;
    }
    let labels: Vec<&str> = s.split('.').collect();
    if labels.len() < 2 {
        return None;
    }
    for l in &labels {
        let ok = (1..=63).contains(&l.len())
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-');
        if !ok {
            return None;
        }
    }
    if labels
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Some(s)
}

/// `scheme://[userinfo@]host[:port][rest]`: scheme lower-cased, host a domain (normalised), an
/// IPv4 address or a bracketed IPv6 address (RFC 5952), port 0–65535 without leading zeros;
/// userinfo and the rest (path, query, fragment) kept as typed. Only the characters RFC 3986
/// allows (letters, digits, `-._~:/?#[]@!$&'()*+,;=` and `%` followed by two hexadecimal
/// digits): a URL as a browser copies it, so that every export holds a valid URI.
fn url(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let ok = c.is_ascii_alphanumeric()
            || b"-._~:/?#[]@!$&'()*+,;=".contains(&c)
            || (c == b'%'
                && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit));
        if !ok {
            return None;
        }
    }
    let (scheme, after) = s.split_once("://")?;
    let mut sc = scheme.bytes();
    if !sc.next().is_some_and(|b| b.is_ascii_alphabetic())
        || !sc.all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'.' || b == b'-')
    {
        return None;
    }
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(at) => (&authority[..=at], &authority[at + 1..]),
        None => ("", authority),
    };
    if userinfo == "@" {
        return None;
    }
    let (host, port) = if let Some(inner) = hostport.strip_prefix('[') {
        let (v6, after) = inner.split_once(']')?;
        let host = format!("[{}]", ipv6_text(&ipv6(v6)?));
        match after {
            "" => (host, None),
            p => (host, Some(p.strip_prefix(':')?)),
        }
    } else {
        let (h, p) = match hostport.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (hostport, None),
        };
        let host = match ipv4(h) {
            Some(v4) => dotted(u32::from_be_bytes(v4)),
            None => domain(h)?,
        };
        (host, p)
    };
    let port = match port {
        None => String::new(),
        Some(p) => format!(":{}", decimal(p, 65535)?),
    };
    Some(format!(
        "{}://{userinfo}{host}{port}{rest}",
        scheme.to_ascii_lowercase()
    ))
}

/// `local@domain`, lower-cased: the local part 1–64 letters, digits and `_.+-` (no leading,
/// trailing or double dot: the addresses mail providers hand out, and what STIX validators
/// accept), the domain as [`domain`].
fn email(s: &str) -> Option<String> {
    let (local, dom) = s.rsplit_once('@')?;
    let atom = |b: u8| b.is_ascii_alphanumeric() || b"_+-".contains(&b);
    let ok = (1..=64).contains(&local.len())
        && local.bytes().all(|b| atom(b) || b == b'.')
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if !ok {
        return None;
    }
    Some(format!("{}@{}", local.to_ascii_lowercase(), domain(dom)?))
}

/// 32, 40 or 64 hexadecimal digits (MD5, SHA-1, SHA-256), lower-cased.
fn hash(s: &str) -> Option<String> {
    (matches!(s.len(), 32 | 40 | 64) && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| s.to_ascii_lowercase())
}

/// The algorithm of a canonical hash, by its length: `MD5`, `SHA-1` or `SHA-256`.
pub fn hash_algorithm(h: &str) -> Option<&'static str> {
    match h.len() {
        32 => Some("MD5"),
        40 => Some("SHA-1"),
        64 => Some("SHA-256"),
        _ => None,
    }
}

/// A file name as typed: no folder (`/`, `\`), no control characters, at most 255 characters,
/// not `.` or `..`.
fn file_name(s: &str) -> Option<String> {
    let ok = s.chars().count() <= MAX_FILE_NAME_CHARS
        && !s.chars().any(|c| c == '/' || c == '\\' || c.is_control())
        && s != "."
        && s != "..";
    ok.then(|| s.to_owned())
}
