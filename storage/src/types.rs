//! Domain value types shared by the repository functions.
//!
//! Every value that the schema restricts with a `CHECK` constraint has a Rust enum here, so the
//! public API never takes or returns a raw status or body string. `as_str` gives the stored
//! spelling and `FromStr` parses it back, rejecting anything else with
//! [`StorageError::Invalid`].

use std::fmt;
use std::str::FromStr;

use crate::error::StorageError;

/// A reviewing body: the one type of the workspace, from `envelope` (the lowest crate). It is
/// stored as its `as_str` spelling and read back with [`parse_body`].
pub use envelope::Body;

/// A stored body spelling (`EUIPO`, `EC3`) back to a [`Body`]; anything else is `Invalid`.
pub(crate) fn parse_body(s: &str) -> Result<Body, StorageError> {
    s.parse().map_err(|_| {
        StorageError::Invalid("unknown body value (expected one of: EUIPO, EC3)".into())
    })
}

macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The spelling stored in the database.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl FromStr for $name {
            type Err = StorageError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(StorageError::Invalid(format!(
                        concat!("unknown ", $what, " value (expected one of: {})"),
                        [$($text),+].join(", ")
                    ))),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_enum! {
    /// Who built the encrypted envelope of a report.
    SealedBy, "sealed_by" {
        /// The submitter's browser (end-to-end).
        Browser => "browser",
        /// The server, on receipt, for submitters without JavaScript (weaker guarantee).
        Server => "server",
    }
}

text_enum! {
    /// Case status of a report. Allowed transitions are enforced above this crate.
    Status, "status" {
        New => "new",
        Acknowledged => "acknowledged",
        InReview => "in_review",
        InformationRequested => "information_requested",
        Referred => "referred",
        Closed => "closed",
    }
}

text_enum! {
    /// Author of a message in a report's conversation.
    Author, "author" {
        /// The reporting company (through its receipt).
        Reporter => "reporter",
        /// A reviewer, visible to the reporter.
        Reviewer => "reviewer",
        /// An internal reviewer note, never shown to the reporter.
        Note => "note",
    }
}

text_enum! {
    /// Origin of a sealed statistics record.
    Source, "source" {
        /// Sealed by the reporter at submission.
        Reporter => "reporter",
        /// A reviewer's validated record; supersedes the reporter's.
        Reviewer => "reviewer",
    }
}

text_enum! {
    /// Kind of account a session belongs to.
    PrincipalKind, "principal_kind" {
        Reviewer => "reviewer",
        MemberState => "member_state",
    }
}

text_enum! {
    /// Kind of actor recorded in the audit log.
    ActorKind, "actor_kind" {
        /// A reporting company. Audit rows for reporters are stored with `at` truncated to the
        /// day (no exact submission times).
        Reporter => "reporter",
        Reviewer => "reviewer",
        MemberState => "member_state",
        /// The operator, through the CLI.
        Operator => "operator",
        /// The system itself (scheduled jobs, retention).
        System => "system",
    }
}

/// A calendar day `YYYY-MM-DD` (UTC). Reporter-related times are never finer than this.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(String);

impl Day {
    /// Builds a day from its parts, checking that it exists in the proleptic Gregorian calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Day, StorageError> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return Err(StorageError::Invalid("day out of range".into()));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(StorageError::Invalid("day out of range".into()));
        }
        Ok(Day(format!("{year:04}-{month:02}-{day:02}")))
    }

    /// The UTC day containing `unix_seconds`.
    pub fn from_unix_seconds(unix_seconds: i64) -> Result<Day, StorageError> {
        let days = unix_seconds.div_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let year =
            i32::try_from(y).map_err(|_| StorageError::Invalid("timestamp out of range".into()))?;
        Day::new(year, m, d)
    }

    /// Today, in UTC, from the system clock.
    pub fn today() -> Day {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        // A clock outside year 1..9999 is not a real deployment; fall back to the epoch day.
        Day::from_unix_seconds(secs).unwrap_or_else(|_| Day("1970-01-01".into()))
    }

    /// The stored spelling, `YYYY-MM-DD`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// This day plus `n` days (`n` may be negative).
    pub fn add_days(&self, n: i64) -> Result<Day, StorageError> {
        let (y, m, d) = (
            i64::from(self.0[0..4].parse::<u32>().unwrap_or(1970)),
            i64::from(self.0[5..7].parse::<u32>().unwrap_or(1)),
            i64::from(self.0[8..10].parse::<u32>().unwrap_or(1)),
        );
        let days = days_from_civil(y, m, d)
            .checked_add(n)
            .ok_or_else(|| StorageError::Invalid("day out of range".into()))?;
        Day::from_unix_seconds(days.saturating_mul(86_400))
    }
}

impl FromStr for Day {
    type Err = StorageError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || StorageError::Invalid("day must be YYYY-MM-DD".into());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let digits = |r: std::ops::Range<usize>| -> Result<u32, StorageError> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u32>().map_err(|_| bad())
        };
        let year = i32::try_from(digits(0..4)?).map_err(|_| bad())?;
        Day::new(year, digits(5..7)?, digits(8..10)?)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's `days_from_civil`: (year, month, day) to days since 1970-01-01.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to (year, month, day).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    // d is in 1..=31 and m in 1..=12 by construction.
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

/// Checks a report id: 32 lowercase hexadecimal characters (a 16-byte random id).
pub(crate) fn check_report_id(id: &str) -> Result<(), StorageError> {
    if id.len() == 32 && id.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(StorageError::Invalid(
            "report id must be 32 lowercase hex characters".into(),
        ))
    }
}

/// Checks an attachment or message id: 1 to 64 characters of `[0-9A-Za-z_-]`.
pub(crate) fn check_object_id(what: &str, id: &str) -> Result<(), StorageError> {
    if !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
    {
        Ok(())
    } else {
        Err(StorageError::Invalid(format!(
            "{what} id must be 1 to 64 characters of [0-9A-Za-z_-]"
        )))
    }
}

pub(crate) fn to_array32(what: &str, v: Vec<u8>) -> Result<[u8; 32], StorageError> {
    <[u8; 32]>::try_from(v)
        .map_err(|_| StorageError::Invalid(format!("stored {what} is not 32 bytes")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>().ok(), Some(*s));
        }
        for b in Body::ALL {
            assert_eq!(parse_body(b.as_str()).ok(), Some(b));
        }
        assert!(matches!(
            "deleted".parse::<Status>(),
            Err(StorageError::Invalid(_))
        ));
        assert!(matches!(parse_body("euipo"), Err(StorageError::Invalid(_))));
    }

    #[test]
    fn days() {
        assert_eq!(Day::from_unix_seconds(0).ok(), Day::new(1970, 1, 1).ok());
        assert_eq!(
            Day::from_unix_seconds(1_709_251_199)
                .map(|d| d.to_string())
                .ok(),
            Some("2024-02-29".to_string())
        );
        assert_eq!(
            Day::from_unix_seconds(-1).map(|d| d.to_string()).ok(),
            Some("1969-12-31".to_string())
        );
        assert!("2026-02-29".parse::<Day>().is_err());
        assert!("2024-02-29".parse::<Day>().is_ok());
        assert!("2024-2-29".parse::<Day>().is_err());
        assert!("+024-02-09".parse::<Day>().is_err());
        assert_eq!(Day::today().as_str().len(), 10);
    }

    #[test]
    fn ids() {
        assert!(check_report_id("0123456789abcdef0123456789abcdef").is_ok());
        assert!(check_report_id("0123456789ABCDEF0123456789abcdef").is_err());
        assert!(check_report_id("0123").is_err());
        assert!(check_object_id("attachment", "a-b_C9").is_ok());
        assert!(check_object_id("attachment", "").is_err());
        assert!(check_object_id("attachment", "a b").is_err());
    }
}
