//! The Directive's deadlines as the reporter may know them (Art. 9(1)(b) and (f)): when the
//! acknowledgement is due and whether it came, and when feedback is due. Computed by
//! `storage::deadlines` from the report's days alone, the same rules as the console's (from the
//! day the report was received: a referral's own clock is the receiving body's, not the
//! reporter's). Shown on the conversation page and in `POST /followup/conversation`.

use serde::Serialize;
use storage::deadlines::{add_days, feedback_due, ACK_DAYS};
use storage::Status;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReporterDeadlines {
    /// 7 days after the day the report was received.
    pub acknowledgement_due: String,
    /// The day the report was acknowledged, if it was.
    pub acknowledged_day: Option<String>,
    /// 3 months after the acknowledgement (or after the end of the 7 days without one);
    /// `None` once the report is closed.
    pub feedback_due: Option<String>,
}

pub fn of(report: &storage::reports::Report) -> Option<ReporterDeadlines> {
    let ack_due = add_days(&report.received_day, ACK_DAYS)?;
    let feedback = match report.status {
        Status::Closed => None,
        _ => Some(feedback_due(
            &report.received_day,
            report.acknowledged_day.as_ref(),
        )?),
    };
    Some(ReporterDeadlines {
        acknowledgement_due: ack_due.as_str().to_string(),
        acknowledged_day: report
            .acknowledged_day
            .as_ref()
            .map(|d| d.as_str().to_string()),
        feedback_due: feedback.map(|d| d.as_str().to_string()),
    })
}
