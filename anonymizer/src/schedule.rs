//! Only finished quarters are released: a quarter's release may run from its last day plus a
//! grace period (default 15 days: 15 January, April, July and October), so late reports and
//! reviewers' corrections are in, and no budget is spent on a quarter still being reported.
//!
//! "Today" is a parameter, so tests fix it; the command line passes the UTC date.

use domain::Quarter;
use time::{Date, Duration, Month};

use crate::error::{AnonError, Result};

/// Days after a quarter's last day before it may be released.
pub const DEFAULT_GRACE_DAYS: u32 = 15;
/// The longest grace period accepted (a year).
pub const MAX_GRACE_DAYS: u32 = 366;

/// The last day of `period`.
pub fn last_day(period: Quarter) -> Result<Date> {
    let last = period.last_month();
    let month = Month::try_from(last.month)
        .map_err(|_| AnonError::Config(format!("period {period} has no last month")))?;
    let year = i32::from(last.year);
    let day = month.length(year);
    Date::from_calendar_date(year, month, day)
        .map_err(|e| AnonError::Config(format!("period {period}: {e}")))
}

/// The first day on which `period` may be released: its last day plus `grace_days`.
pub fn releasable_from(period: Quarter, grace_days: u32) -> Result<Date> {
    if !(1..=MAX_GRACE_DAYS).contains(&grace_days) {
        return Err(AnonError::Config(format!(
            "--grace-days (ANONYMIZER_GRACE_DAYS) must be 1 to {MAX_GRACE_DAYS}, got {grace_days}"
        )));
    }
    last_day(period)?
        .checked_add(Duration::days(i64::from(grace_days)))
        .ok_or_else(|| AnonError::Config(format!("period {period} is out of range")))
}

/// Refuses (exit 2) a quarter that has not ended plus the grace period by `today`, saying
/// from when it can be released.
pub fn check_finished(period: Quarter, today: Date, grace_days: u32) -> Result<()> {
    let from = releasable_from(period, grace_days)?;
    if today >= from {
        return Ok(());
    }
    let ends = last_day(period)?;
    let state = if today > ends {
        "has ended but its grace period has not"
    } else {
        "has not ended"
    };
    Err(AnonError::Config(format!(
        "refused: quarter {period} {state} (it ends on {ends}; late reports and reviews are awaited for {grace_days} days): it can be released from {from}; nothing was spent"
    )))
}

/// Today in UTC, for the command line.
pub fn today_utc() -> Date {
    time::OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn q(s: &str) -> Quarter {
        s.parse().unwrap()
    }

    #[test]
    fn a_quarter_is_released_from_its_last_day_plus_the_grace_period() {
        assert_eq!(
            releasable_from(q("2026Q1"), 15).unwrap(),
            date!(2026 - 04 - 15)
        );
        assert_eq!(
            releasable_from(q("2026Q2"), 15).unwrap(),
            date!(2026 - 07 - 15)
        );
        assert_eq!(
            releasable_from(q("2026Q3"), 15).unwrap(),
            date!(2026 - 10 - 15)
        );
        assert_eq!(
            releasable_from(q("2026Q4"), 15).unwrap(),
            date!(2027 - 01 - 15)
        );
        assert_eq!(
            releasable_from(q("2024Q1"), 30).unwrap(),
            date!(2024 - 04 - 30)
        );
    }

    #[test]
    fn unfinished_and_future_quarters_are_refused_saying_when() {
        let today = date!(2026 - 12 - 07);
        for (period, from) in [
            ("2026Q4", "2027-01-15"),
            ("2031Q1", "2031-04-15"),
            ("2027Q1", "2027-04-15"),
        ] {
            let err = check_finished(q(period), today, 15).unwrap_err();
            assert_eq!(err.exit_code(), 2);
            let text = err.to_string();
            assert!(text.contains(period) && text.contains(from), "{text}");
            assert!(text.contains("has not ended"), "{text}");
        }
        // Ended, grace running: refused the day before, released on the day.
        let err = check_finished(q("2026Q4"), date!(2027 - 01 - 14), 15).unwrap_err();
        assert!(err.to_string().contains("grace period has not"), "{err}");
        assert!(check_finished(q("2026Q4"), date!(2027 - 01 - 15), 15).is_ok());
        assert!(check_finished(q("2026Q3"), today, 15).is_ok());
        assert!(check_finished(q("2020Q2"), today, 15).is_ok());
        // The grace period is configurable, within bounds.
        assert!(check_finished(q("2026Q3"), today, 60).is_ok());
        assert!(check_finished(q("2026Q3"), today, 90).is_err());
        assert_eq!(
            check_finished(q("2026Q3"), today, 0)
                .unwrap_err()
                .exit_code(),
            2
        );
        assert!(check_finished(q("2026Q3"), today, MAX_GRACE_DAYS + 1).is_err());
    }
}
