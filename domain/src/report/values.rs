//! Values of the form: months, quarters, recipients, organisation identifiers.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// Parse errors of the small value types

/// Why a string is not a valid value of one of this module's types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("expected a month as YYYY-MM")]
    YearMonth,
    #[error("expected a quarter as YYYYQn with n in 1..=4")]
    Quarter,
    #[error("expected an EU VAT number or an LEI with valid check digits")]
    OrganisationId,
}

pub(crate) fn serialize_display<T: fmt::Display, S: Serializer>(
    v: &T,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

pub(crate) fn deserialize_from_str<'de, T, D>(d: D) -> Result<T, D::Error>
where
    T: FromStr<Err = ParseError>,
    D: Deserializer<'de>,
{
    let s = String::deserialize(d)?;
    s.parse().map_err(D::Error::custom)
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_display(self, s)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize_from_str(d)
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// YearMonth and Quarter

/// A calendar month, as `<input type="month">` posts it: `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    /// 1..=12
    pub month: u8,
}

impl YearMonth {
    /// `None` unless `month` is 1..=12 and `year` has at most four digits.
    pub fn new(year: u16, month: u8) -> Option<Self> {
        ((1..=12).contains(&month) && year <= 9999).then_some(Self { year, month })
    }

    /// The quarter this month falls in.
    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            q: (self.month.clamp(1, 12) - 1) / 3 + 1,
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

pub(crate) fn ascii_number(digits: &[u8]) -> Option<u16> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    digits.iter().try_fold(0u16, |acc, d| {
        acc.checked_mul(10)?.checked_add(u16::from(d - b'0'))
    })
}

impl FromStr for YearMonth {
    type Err = ParseError;

    /// Exactly `YYYY-MM` (four-digit year, two-digit month 01..=12).
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return Err(ParseError::YearMonth);
        }
        let year = ascii_number(&b[..4]).ok_or(ParseError::YearMonth)?;
        let month = ascii_number(&b[5..]).ok_or(ParseError::YearMonth)?;
        let month = u8::try_from(month).map_err(|_| ParseError::YearMonth)?;
        Self::new(year, month).ok_or(ParseError::YearMonth)
    }
}

string_serde!(YearMonth);

/// A calendar quarter, written `2026Q3`: the period of statistics releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: u16,
    /// 1..=4
    pub q: u8,
}

impl Quarter {
    /// `None` unless `q` is 1..=4 and `year` has at most four digits.
    pub fn new(year: u16, q: u8) -> Option<Self> {
        ((1..=4).contains(&q) && year <= 9999).then_some(Self { year, q })
    }

    /// The quarter of a day, given its year and month (1..=12); `None` for an invalid month.
    /// Submission quarters are computed from the day only, never from an exact time.
    pub fn of_day(year: u16, month: u8) -> Option<Self> {
        YearMonth::new(year, month).map(YearMonth::quarter)
    }

    /// The first month of the quarter.
    pub fn first_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: (self.q.clamp(1, 4) - 1) * 3 + 1,
        }
    }

    /// The last month of the quarter.
    pub fn last_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.q.clamp(1, 4) * 3,
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}Q{}", self.year, self.q)
    }
}

impl FromStr for Quarter {
    type Err = ParseError;

    /// Exactly `YYYYQn`, n in 1..=4.
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let b = s.as_bytes();
        if b.len() != 6 || b[4] != b'Q' {
            return Err(ParseError::Quarter);
        }
        let year = ascii_number(&b[..4]).ok_or(ParseError::Quarter)?;
        let q = ascii_number(&b[5..]).ok_or(ParseError::Quarter)?;
        let q = u8::try_from(q).map_err(|_| ParseError::Quarter)?;
        Self::new(year, q).ok_or(ParseError::Quarter)
    }
}

string_serde!(Quarter);

// ---------------------------------------------------------------------------------------------
// Recipient

/// A body the report is addressed to: the workspace's one `Body` type, from `envelope` (the
/// lowest crate), so that the form, the envelope and the database name bodies the same way.
/// Exactly `EUIPO` or `EC3`; ordered EUIPO before EC3.
pub use envelope::Body as Recipient;

// ---------------------------------------------------------------------------------------------
// Organisation identifier

/// An organisation identifier, the privacy unit of the statistics: an EU VAT number or an LEI.
/// Held normalized (upper case, no separators). `Debug` shows the kind only; `Display` and
/// serialization give the value.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum OrganisationId {
    /// VAT identification number: a member-state prefix (`EL` for Greece) and 2–13 alphanumerics.
    Vat(String),
    /// Legal Entity Identifier (ISO 17442): 20 alphanumerics, ISO 7064 mod 97-10 check digits.
    Lei(String),
}

impl OrganisationId {
    /// Parses a VAT number or LEI as people type them: spaces, dots and hyphens are ignored,
    /// letters are upper-cased.
    pub fn parse(input: &str) -> Result<Self, ParseError> {
        let norm: String = input
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '.' || *c == '-'))
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if norm.is_empty() || !norm.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ParseError::OrganisationId);
        }
        if norm.len() == 20 {
            return if lei_check_digits_valid(&norm) {
                Ok(OrganisationId::Lei(norm))
            } else {
                Err(ParseError::OrganisationId)
            };
        }
        let prefix = norm.get(..2).ok_or(ParseError::OrganisationId)?;
        if (4..=15).contains(&norm.len()) && MEMBER_STATES.contains(prefix) {
            Ok(OrganisationId::Vat(norm))
        } else {
            Err(ParseError::OrganisationId)
        }
    }

    /// The normalized identifier.
    pub fn as_str(&self) -> &str {
        match self {
            OrganisationId::Vat(s) | OrganisationId::Lei(s) => s,
        }
    }

    /// `"vat"` or `"lei"`.
    pub fn kind(&self) -> &'static str {
        match self {
            OrganisationId::Vat(_) => "vat",
            OrganisationId::Lei(_) => "lei",
        }
    }
}

/// ISO 7064 MOD 97-10 over an upper-case alphanumeric string (letters count as 10..=35).
pub(crate) fn mod97(s: &str) -> Option<u32> {
    let mut r: u32 = 0;
    for c in s.chars() {
        let v = c.to_digit(36)?;
        r = if v < 10 {
            (r * 10 + v) % 97
        } else {
            (r * 100 + v) % 97
        };
    }
    Some(r)
}

pub(crate) fn lei_check_digits_valid(lei: &str) -> bool {
    lei.len() == 20 && lei.bytes().skip(18).all(|b| b.is_ascii_digit()) && mod97(lei) == Some(1)
}

impl fmt::Debug for OrganisationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrganisationId::Vat(_) => write!(f, "Vat({REDACTED})"),
            OrganisationId::Lei(_) => write!(f, "Lei({REDACTED})"),
        }
    }
}

impl fmt::Display for OrganisationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrganisationId {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        Self::parse(s)
    }
}

string_serde!(OrganisationId);

/// An attachment's file name as shown to reviewers: browsers may send a path, so only the
/// last component is kept, without control characters and without Unicode format characters
/// (general category Cf: bidirectional overrides such as U+202E that make `exe.pdf` look
/// like `fdp.exe`, zero-width characters, the BOM); at most 255 characters; `attachment`
/// when nothing is left.
pub fn clean_filename(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_format_char(*c))
        .take(255)
        .collect();
    if cleaned.trim().is_empty() {
        "attachment".into()
    } else {
        cleaned
    }
}

/// Unicode general category Cf (format), as listed in the Unicode 16.0 character database
/// (`DerivedGeneralCategory.txt`): 21 ranges, 170 code points. Written out because the
/// standard library has no general category and these ranges change rarely.
pub fn is_format_char(c: char) -> bool {
    const CF: [(u32, u32); 21] = [
        (0x00AD, 0x00AD),
        (0x0600, 0x0605),
        (0x061C, 0x061C),
        (0x06DD, 0x06DD),
        (0x070F, 0x070F),
        (0x0890, 0x0891),
        (0x08E2, 0x08E2),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x1343F),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
    ];
    let c = u32::from(c);
    CF.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

#[cfg(test)]
mod filename_tests {
    use super::*;

    #[test]
    fn filenames_lose_paths_control_and_format_characters() {
        assert_eq!(clean_filename("C:\\Users\\x\\plan.pdf"), "plan.pdf");
        assert_eq!(clean_filename("/etc/passwd"), "passwd");
        assert_eq!(clean_filename("a\u{0}b\n.txt"), "ab.txt");
        assert_eq!(clean_filename(""), "attachment");
        // A right-to-left override would show "invoice\u{202E}fdp.exe" as "invoiceexe.pdf".
        assert_eq!(clean_filename("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(
            clean_filename("\u{FEFF}a\u{200B}b\u{2066}c\u{2069}\u{E0041}\u{00AD}.txt"),
            "abc.txt"
        );
        assert_eq!(clean_filename("\u{202E}\u{200F}"), "attachment");
        // Letters of every script and combining marks stay.
        assert_eq!(
            clean_filename("Bericht_über_ΑΒΓ_分析.pdf"),
            "Bericht_über_ΑΒΓ_分析.pdf"
        );
        assert_eq!(clean_filename("e\u{0301}.txt"), "e\u{0301}.txt");
        assert_eq!(clean_filename(&"x".repeat(300)).chars().count(), 255);
    }

    #[test]
    fn format_characters_are_exactly_category_cf() {
        let cf: usize = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| is_format_char(*c))
            .count();
        assert_eq!(cf, 170);
        for c in ['a', ' ', '\u{0301}', '\u{200A}', '\u{2028}', '\u{E000}'] {
            assert!(!is_format_char(c), "{c:?}");
        }
    }
}
