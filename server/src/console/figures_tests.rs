//! The management figures against known case days.
#![allow(clippy::unwrap_used)]

use super::*;

fn d(s: &str) -> Day {
    s.parse().unwrap()
}

fn case(
    status: Status,
    received: &str,
    ack: Option<&str>,
    closed: Option<&str>,
    sent: &[&str],
) -> CaseDays {
    CaseDays {
        status,
        received: d(received),
        acknowledged: ack.map(d),
        closed: closed.map(d),
        reviewer_messages: sent.iter().map(|s| d(s)).collect(),
    }
}

#[test]
fn nearest_rank_percentiles() {
    let v: Vec<i32> = (1..=10).collect();
    assert_eq!(nearest_rank(&v, 50), Some(5));
    assert_eq!(nearest_rank(&v, 90), Some(9));
    assert_eq!(nearest_rank(&[4], 90), Some(4));
    assert_eq!(nearest_rank(&[1, 2, 3], 50), Some(2));
    assert_eq!(nearest_rank(&[], 50), None);
}

#[test]
fn figures_of_known_cases() {
    let today = d("2026-12-07");
    let cases = vec![
        // Acknowledged after 2 days (with the acknowledgement message), feedback 10 days later.
        case(
            Status::InReview,
            "2026-10-01",
            Some("2026-10-03"),
            None,
            &["2026-10-03", "2026-10-13"],
        ),
        // Acknowledged after 9 days: late; closed a month later, no other message.
        case(
            Status::Closed,
            "2026-10-20",
            Some("2026-10-29"),
            Some("2026-11-29"),
            &[],
        ),
        // Acknowledged after 7 days (on time), nothing since, feedback not due before 2027-02-04.
        case(
            Status::Acknowledged,
            "2026-11-27",
            Some("2026-12-04"),
            None,
            &[],
        ),
        // Never acknowledged, 7-day period over: overdue.
        case(Status::New, "2026-11-02", None, None, &[]),
        // Received today: nothing due yet.
        case(Status::New, "2026-12-07", None, None, &[]),
        // Acknowledged in July, no feedback by the end of October: overdue feedback.
        case(
            Status::Referred,
            "2026-07-01",
            Some("2026-07-05"),
            None,
            &["2026-07-05"],
        ),
    ];
    let f = compute(&cases, &today);
    assert_eq!(
        f.received,
        vec![
            ("2026-07".to_string(), 1),
            ("2026-10".to_string(), 2),
            ("2026-11".to_string(), 2),
            ("2026-12".to_string(), 1),
        ]
    );
    // Acknowledgement days: 2, 9, 7, 4 -> sorted 2, 4, 7, 9.
    assert_eq!(
        f.acknowledgement,
        Durations {
            done: 4,
            median: Some(4),
            p90: Some(9),
            within: 3,
            decided: 5,
        }
    );
    // Feedback: 10 days (message), 31 days (closing); the July case is overdue undone.
    assert_eq!(
        f.feedback,
        Durations {
            done: 2,
            median: Some(10),
            p90: Some(31),
            within: 2,
            decided: 3,
        }
    );
    assert_eq!(
        f.open,
        vec![
            (Status::New, 2),
            (Status::Acknowledged, 1),
            (Status::InReview, 1),
            (Status::InformationRequested, 0),
            (Status::Referred, 1),
        ]
    );
    let text = csv(&f);
    assert!(
        text.starts_with("metric,key,value\nreceived,2026-07,1\n"),
        "{text}"
    );
    for line in [
        "acknowledgement_days_median,,4",
        "acknowledgement_days_p90,,9",
        "acknowledgement_within_deadline,,3",
        "acknowledgement_decided,,5",
        "feedback_days_median,,10",
        "feedback_decided,,3",
        "open,new,2",
        "open,information_requested,0",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in {text}");
    }
}

#[test]
fn no_cases_no_figures() {
    let f = compute(&[], &d("2026-12-07"));
    assert!(f.received.is_empty());
    assert_eq!(f.acknowledgement, Durations::default());
    assert_eq!(f.open.iter().map(|(_, n)| n).sum::<usize>(), 0);
}
