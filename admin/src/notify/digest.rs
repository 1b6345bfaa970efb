//! What a digest says: counts only, computed from days and statuses, and its text in the
//! reviewer's language. Nothing here sees a report id, an envelope or a field: the inputs are
//! [`storage::notifications::Arrivals`] and the (status, received, acknowledged) days the
//! console's deadline column is computed from ([`storage::deadlines`]).

use storage::deadlines::{days_between, next_deadline, DeadlineKind, Urgency};
use storage::notifications::Arrivals;
use storage::{Body, Day, Status};

/// A feedback deadline (3 months) is reminded this many days ahead; the 7-day acknowledgement
/// deadline as in the console, within [`storage::deadlines::DUE_SOON_DAYS`].
pub const FEEDBACK_REMINDER_DAYS: i32 = 14;

/// The numbers of one digest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    /// Reports received in the covered days.
    pub new_reports: i64,
    /// Messages from reporters in the covered days.
    pub new_replies: i64,
    /// Acknowledgements due today or within 2 days.
    pub acknowledgements_due: i64,
    /// Feedback due today or within [`FEEDBACK_REMINDER_DAYS`] days.
    pub feedback_due: i64,
    /// Acknowledgements past their day.
    pub acknowledgements_overdue: i64,
    /// Feedback past its day.
    pub feedback_overdue: i64,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// The counts for `today` of a body whose reports have these deadline days.
pub fn counts(arrivals: Arrivals, cases: &[(Status, Day, Option<Day>)], today: &Day) -> Counts {
    let mut c = Counts {
        new_reports: arrivals.reports,
        new_replies: arrivals.replies,
        ..Counts::default()
    };
    for (status, received, acknowledged) in cases {
        let Some(d) = next_deadline(*status, received, acknowledged.as_ref(), today) else {
            continue;
        };
        match (d.kind, d.urgency) {
            (DeadlineKind::Acknowledgement, Urgency::Overdue) => c.acknowledgements_overdue += 1,
            (DeadlineKind::Acknowledgement, Urgency::DueSoon) => c.acknowledgements_due += 1,
            (DeadlineKind::Acknowledgement, Urgency::Later) => {}
            (DeadlineKind::Feedback, Urgency::Overdue) => c.feedback_overdue += 1,
            (DeadlineKind::Feedback, _) => {
                let left = days_between(today, &d.due).unwrap_or(i32::MAX);
                if left <= FEEDBACK_REMINDER_DAYS {
                    c.feedback_due += 1;
                }
            }
        }
    }
    c
}

/// The days a digest covers, as shown: the first and the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: Day,
    pub through: Day,
}

/// A digest's subject and plain text in `lang` (an unknown code falls back to English).
pub fn mail_text(lang: &str, body: Body, period: &Period, c: &Counts) -> (String, String) {
    let catalog = i18n::Catalog::embedded();
    let lang = catalog.lang(lang).unwrap_or_else(|| catalog.english());
    let t = i18n::Translator::new(lang);
    let n = |id: &str, v: i64| t.t1(id, "count", v);
    let subject = t.t("notify-mail-subject");
    let mut lines = vec![
        t.tn(
            "notify-mail-intro",
            &[
                ("body", i18n::Arg::from(body.as_str())),
                ("from", i18n::Arg::from(t.date(period.from.as_str()))),
                ("through", i18n::Arg::from(t.date(period.through.as_str()))),
            ],
        ),
        String::new(),
        n("notify-mail-new-reports", c.new_reports),
        n("notify-mail-new-replies", c.new_replies),
        n("notify-mail-ack-due", c.acknowledgements_due),
        n("notify-mail-feedback-due", c.feedback_due),
        n("notify-mail-ack-overdue", c.acknowledgements_overdue),
        n("notify-mail-feedback-overdue", c.feedback_overdue),
        String::new(),
    ];
    if c.is_empty() {
        lines.push(t.t("notify-mail-nothing"));
        lines.push(String::new());
    }
    lines.push(t.t("notify-mail-footer"));
    (subject, lines.join("\n") + "\n")
}

/// The webhook's JSON: the same counts, the body and the days covered.
pub fn webhook_json(body: Body, period: &Period, c: &Counts) -> serde_json::Value {
    serde_json::json!({
        "type": "tsr-digest/1",
        "body": body.as_str(),
        "from": period.from.as_str(),
        "through": period.through.as_str(),
        "counts": c,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        s.parse().unwrap()
    }

    #[test]
    fn counts_follow_the_directive_deadlines() {
        let today = d("2026-12-10");
        let cases = vec![
            // Acknowledgement due 2026-12-11 (within 2 days), 2026-12-09 (overdue), later.
            (Status::New, d("2026-12-04"), None),
            (Status::New, d("2026-12-02"), None),
            (Status::New, d("2026-12-09"), None),
            // Feedback due 2026-12-20 (within 14 days), 2026-12-01 (overdue), 2027-03-05.
            (Status::InReview, d("2026-09-15"), Some(d("2026-09-20"))),
            (Status::Acknowledged, d("2026-08-25"), Some(d("2026-09-01"))),
            (Status::Referred, d("2026-11-30"), Some(d("2026-12-05"))),
            // Closed: no deadline.
            (Status::Closed, d("2026-01-01"), None),
        ];
        let arrivals = Arrivals {
            reports: 3,
            replies: 2,
        };
        let c = counts(arrivals, &cases, &today);
        assert_eq!(
            c,
            Counts {
                new_reports: 3,
                new_replies: 2,
                acknowledgements_due: 1,
                feedback_due: 1,
                acknowledgements_overdue: 1,
                feedback_overdue: 1,
            }
        );
        assert!(!c.is_empty());
        assert!(counts(Arrivals::default(), &[], &today).is_empty());
    }

    #[test]
    fn every_language_has_the_mail_and_says_nothing_but_counts() {
        let period = Period {
            from: d("2026-12-01"),
            through: d("2026-12-06"),
        };
        let c = Counts {
            new_reports: 17,
            new_replies: 23,
            acknowledgements_due: 31,
            feedback_due: 37,
            acknowledgements_overdue: 41,
            feedback_overdue: 43,
        };
        for lang in i18n::Catalog::embedded().languages() {
            let (subject, text) = mail_text(lang.code(), Body::Ec3, &period, &c);
            assert!(
                !subject.contains('⟦') && !text.contains('⟦'),
                "{}",
                lang.code()
            );
            for n in ["17", "23", "31", "37", "41", "43", "EC3"] {
                assert!(text.contains(n), "{}: {n} missing in {text}", lang.code());
            }
            let (_, empty) = mail_text(lang.code(), Body::Ec3, &period, &Counts::default());
            assert_ne!(empty, text);
        }
        let json = webhook_json(Body::Euipo, &period, &c);
        assert_eq!(json["counts"]["feedback_overdue"], 43);
        assert_eq!(json["through"], "2026-12-06");
    }
}
