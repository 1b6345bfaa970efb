//! Directive (EU) 2019/1937 deadlines, computed from days (UTC) only: the acknowledgement is due
//! 7 days after the day a report was received (Art. 9(1)(b)); feedback is due 3 months after
//! the acknowledgement day (Art. 9(1)(f)), or, if none was recorded, 3 months after the end of
//! the 7-day acknowledgement period. A month later than the last day of the target month is
//! clamped to that last day (3 months after 2026-11-30 is 2027-02-28).

use crate::{Day, Status};
use time::{Date, Month};

/// Which deadline applies next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    Acknowledgement,
    Feedback,
}

/// How close the deadline is, seen from "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// The due day has passed.
    Overdue,
    /// Due today or within the next 2 days.
    DueSoon,
    /// Further away.
    Later,
}

/// A report's next deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: Day,
    pub urgency: Urgency,
}

/// Days within which a deadline counts as "due soon".
pub const DUE_SOON_DAYS: i32 = 2;
/// Days after receipt within which the acknowledgement is due.
pub const ACK_DAYS: i64 = 7;
/// Months after the acknowledgement within which feedback is due.
pub const FEEDBACK_MONTHS: u32 = 3;

fn to_date(d: &Day) -> Option<Date> {
    let s = d.as_str();
    let year: i32 = s.get(0..4)?.parse().ok()?;
    let month: u8 = s.get(5..7)?.parse().ok()?;
    let day: u8 = s.get(8..10)?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn from_date(d: Date) -> Option<Day> {
    Day::new(d.year(), u8::from(d.month()).into(), d.day().into()).ok()
}

/// `day` plus `n` days.
pub fn add_days(day: &Day, n: i64) -> Option<Day> {
    let d = to_date(day)?.checked_add(time::Duration::days(n))?;
    from_date(d)
}

/// `day` plus `n` calendar months, clamped to the last day of the target month.
pub fn add_months(day: &Day, n: u32) -> Option<Day> {
    let d = to_date(day)?;
    let index = i64::from(d.year()) * 12 + i64::from(u8::from(d.month())) - 1 + i64::from(n);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let last = time::util::days_in_month(month, year);
    from_date(Date::from_calendar_date(year, month, d.day().min(last)).ok()?)
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: &Day, b: &Day) -> Option<i32> {
    Some(to_date(b)?.to_julian_day() - to_date(a)?.to_julian_day())
}

/// The next deadline of a report in `status`, or `None` once it is closed.
pub fn next_deadline(
    status: Status,
    received: &Day,
    acknowledged: Option<&Day>,
    today: &Day,
) -> Option<Deadline> {
    let (kind, due) = match status {
        Status::Closed => return None,
        Status::New => (DeadlineKind::Acknowledgement, add_days(received, ACK_DAYS)?),
        _ => (
            DeadlineKind::Feedback,
            feedback_due(received, acknowledged)?,
        ),
    };
    let left = days_between(today, &due)?;
    let urgency = if left < 0 {
        Urgency::Overdue
    } else if left <= DUE_SOON_DAYS {
        Urgency::DueSoon
    } else {
        Urgency::Later
    };
    Some(Deadline { kind, due, urgency })
}

/// When feedback is due: 3 months after the acknowledgement, or after the end of the 7 days
/// when there was none.
pub fn feedback_due(received: &Day, acknowledged: Option<&Day>) -> Option<Day> {
    let from = match acknowledged {
        Some(a) => a.clone(),
        None => add_days(received, ACK_DAYS)?,
    };
    add_months(&from, FEEDBACK_MONTHS)
}

/// The next deadline of a report for the body it was referred to on `referred`: the receiving
/// body's own clock, as if the report had reached it that day. Its acknowledgement is due 7
/// days after the referral until one of its reviewers writes to the reporter (`acknowledged`,
/// the referral's own day), then feedback 3 months after that. `None` once the report is
/// closed.
pub fn referred_deadline(
    status: Status,
    referred: &Day,
    acknowledged: Option<&Day>,
    today: &Day,
) -> Option<Deadline> {
    next_deadline(
        referred_status(status, acknowledged),
        referred,
        acknowledged,
        today,
    )
}

/// The status a referred report has on the receiving body's clock: closed when the report is,
/// otherwise new until that body acknowledged it (`acknowledged`), then acknowledged.
pub fn referred_status(status: Status, acknowledged: Option<&Day>) -> Status {
    match (status, acknowledged) {
        (Status::Closed, _) => Status::Closed,
        (_, None) => Status::New,
        (_, Some(_)) => Status::Acknowledged,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        for (from, to) in [
            ("2026-11-30", "2027-02-28"),
            ("2027-11-30", "2028-02-29"), // leap year
            ("2026-11-29", "2027-02-28"),
            ("2026-11-28", "2027-02-28"),
            ("2026-12-31", "2027-03-31"),
            ("2026-10-31", "2027-01-31"),
            ("2027-03-31", "2027-06-30"),
            ("2026-01-15", "2026-04-15"),
            ("2026-10-01", "2027-01-01"),
        ] {
            assert_eq!(add_months(&d(from), 3).unwrap(), d(to), "{from} + 3 months");
        }
    }

    #[test]
    fn days_cross_months_and_years() {
        assert_eq!(add_days(&d("2026-12-28"), 7).unwrap(), d("2027-01-04"));
        assert_eq!(add_days(&d("2028-02-25"), 7).unwrap(), d("2028-03-03"));
        assert_eq!(add_days(&d("2027-02-25"), 7).unwrap(), d("2027-03-04"));
        assert_eq!(days_between(&d("2026-12-31"), &d("2027-01-02")), Some(2));
        assert_eq!(days_between(&d("2027-01-02"), &d("2026-12-31")), Some(-2));
    }

    #[test]
    fn acknowledgement_deadline_while_new() {
        let received = d("2026-11-20");
        let at = |today: &str| next_deadline(Status::New, &received, None, &d(today)).unwrap();
        assert_eq!(at("2026-11-20").kind, DeadlineKind::Acknowledgement);
        assert_eq!(at("2026-11-20").due, d("2026-11-27"));
        assert_eq!(at("2026-11-24").urgency, Urgency::Later);
        assert_eq!(at("2026-11-25").urgency, Urgency::DueSoon);
        assert_eq!(at("2026-11-27").urgency, Urgency::DueSoon); // due today is not overdue
        assert_eq!(at("2026-11-28").urgency, Urgency::Overdue);
    }

    #[test]
    fn feedback_deadline_after_acknowledgement_until_closed() {
        let received = d("2026-11-25");
        let ack = d("2026-11-30");
        for s in [
            Status::Acknowledged,
            Status::InReview,
            Status::InformationRequested,
            Status::Referred,
        ] {
            let dl = next_deadline(s, &received, Some(&ack), &d("2027-02-26")).unwrap();
            assert_eq!(dl.kind, DeadlineKind::Feedback);
            assert_eq!(dl.due, d("2027-02-28"));
            assert_eq!(dl.urgency, Urgency::DueSoon);
        }
        let late = next_deadline(Status::InReview, &received, Some(&ack), &d("2027-03-01"));
        assert_eq!(late.unwrap().urgency, Urgency::Overdue);
        assert_eq!(
            next_deadline(Status::Closed, &received, Some(&ack), &d("2030-01-01")),
            None
        );
        // No acknowledgement day recorded: 3 months after the end of the 7-day period.
        let dl = next_deadline(Status::InReview, &received, None, &d("2026-12-01")).unwrap();
        assert_eq!(dl.due, d("2027-03-02"));
        assert_eq!(dl.urgency, Urgency::Later);
    }

    #[test]
    fn a_referred_report_runs_on_the_receiving_body_s_clock() {
        let today = d("2026-12-07");
        // Acknowledged by the first body long ago: the second still owes its acknowledgement,
        // 7 days after the referral.
        let dl = referred_deadline(Status::InReview, &d("2026-12-05"), None, &today).unwrap();
        assert_eq!(dl.kind, DeadlineKind::Acknowledgement);
        assert_eq!(dl.due, d("2026-12-12"));
        assert_eq!(dl.urgency, Urgency::Later);
        let late = referred_deadline(Status::New, &d("2026-11-20"), None, &today).unwrap();
        assert_eq!(
            (late.due, late.urgency),
            (d("2026-11-27"), Urgency::Overdue)
        );
        // Once it wrote to the reporter: feedback 3 months after that day.
        let fb = referred_deadline(
            Status::New,
            &d("2026-12-05"),
            Some(&d("2026-12-06")),
            &today,
        )
        .unwrap();
        assert_eq!((fb.kind, fb.due), (DeadlineKind::Feedback, d("2027-03-06")));
        assert_eq!(
            referred_deadline(Status::Closed, &d("2026-12-05"), None, &today),
            None
        );
    }
}
