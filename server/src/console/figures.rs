//! Figures for management (`GET /console/figures`, and `.csv`): per body, the reports received
//! per month, the median and 90th percentile of the days to acknowledgement and to feedback,
//! the share done within the Directive (EU) 2019/1937 deadlines, and the open cases by status.
//! Counts and durations only, computed from the days the server records; no content.
//!
//! Definitions (also on the page): the acknowledgement is due within 7 days of receipt; the
//! feedback day is the first day after the acknowledgement day on which a reviewer wrote to the
//! reporter, or the closing day, whichever is earlier; it is due 3 months after the
//! acknowledgement (or after the end of the 7-day period if none was recorded), as in
//! [`super::deadlines`]. Percentiles use the nearest-rank method. A share counts the reports
//! done and those whose deadline passed undone; reports still within their deadline are not
//! counted yet.

use std::collections::BTreeMap;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use storage::accounts::{Lookup, ReviewerProfile};
use storage::reports::CaseDays;
use storage::{accounts, reports, Day, Status};

use super::deadlines::{add_days, add_months, days_between, ACK_DAYS, FEEDBACK_MONTHS};
use super::pages::{FiguresPage, FiguresRow};
use super::status::status_id;
use super::{see_other, SignedIn, REALM};
use crate::auth::session;
use crate::state::ConsoleState;
use crate::web::{render, Chrome, WebError};

/// Durations in days of one step (acknowledgement or feedback) and how many met the deadline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Durations {
    /// How many reports have the step done (the durations' count).
    pub done: usize,
    pub median: Option<i32>,
    pub p90: Option<i32>,
    /// Done within the deadline.
    pub within: usize,
    /// Done, plus undone with the deadline passed: the share's denominator.
    pub decided: usize,
}

/// A body's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    /// `YYYY-MM` and the reports received that month, oldest first.
    pub received: Vec<(String, usize)>,
    pub acknowledgement: Durations,
    pub feedback: Durations,
    /// Every open status with its count (zero included), in workflow order.
    pub open: Vec<(Status, usize)>,
}

/// The value at percentile `p` (1..=100) of sorted `v` by the nearest-rank method.
fn nearest_rank(v: &[i32], p: usize) -> Option<i32> {
    if v.is_empty() {
        return None;
    }
    let rank = (p * v.len()).div_ceil(100).max(1);
    v.get(rank - 1).copied()
}

fn durations(mut days: Vec<i32>, within: usize, overdue_undone: usize) -> Durations {
    days.sort_unstable();
    Durations {
        done: days.len(),
        median: nearest_rank(&days, 50),
        p90: nearest_rank(&days, 90),
        within,
        decided: days.len() + overdue_undone,
    }
}

/// The feedback day of a case: the first reviewer message after the acknowledgement day, or
/// the closing day, whichever is earlier.
fn feedback_day(c: &CaseDays, ack: &Day) -> Option<Day> {
    let written = c
        .reviewer_messages
        .iter()
        .filter(|d| d.as_str() > ack.as_str())
        .min_by(|a, b| a.as_str().cmp(b.as_str()));
    match (written, &c.closed) {
        (Some(w), Some(x)) => Some(if w.as_str() <= x.as_str() { w } else { x }.clone()),
        (Some(w), None) => Some(w.clone()),
        (None, Some(x)) => Some(x.clone()),
        (None, None) => None,
    }
}

/// The figures of `cases` as of `today`.
pub fn compute(cases: &[CaseDays], today: &Day) -> Figures {
    let mut received: BTreeMap<String, usize> = BTreeMap::new();
    let (mut ack_days, mut ack_within, mut ack_overdue) = (Vec::new(), 0, 0);
    let (mut fb_days, mut fb_within, mut fb_overdue) = (Vec::new(), 0, 0);
    let mut open: BTreeMap<&'static str, usize> = BTreeMap::new();
    for c in cases {
        let month = c
            .received
            .as_str()
            .get(0..7)
            .unwrap_or_default()
            .to_string();
        *received.entry(month).or_default() += 1;
        if c.status != Status::Closed {
            *open.entry(c.status.as_str()).or_default() += 1;
        }
        let Some(ack_due) = add_days(&c.received, ACK_DAYS) else {
            continue;
        };
        match &c.acknowledged {
            Some(a) => {
                let d = days_between(&c.received, a).unwrap_or(i32::MAX);
                ack_days.push(d);
                ack_within += usize::from(a.as_str() <= ack_due.as_str());
            }
            None if today.as_str() > ack_due.as_str() => ack_overdue += 1,
            None => {}
        }
        let start = c.acknowledged.clone().unwrap_or_else(|| ack_due.clone());
        let Some(fb_due) = add_months(&start, FEEDBACK_MONTHS) else {
            continue;
        };
        match feedback_day(c, &start) {
            Some(f) => {
                fb_days.push(days_between(&start, &f).unwrap_or(i32::MAX).max(0));
                fb_within += usize::from(f.as_str() <= fb_due.as_str());
            }
            None if today.as_str() > fb_due.as_str() => fb_overdue += 1,
            None => {}
        }
    }
    Figures {
        received: received.into_iter().collect(),
        acknowledgement: durations(ack_days, ack_within, ack_overdue),
        feedback: durations(fb_days, fb_within, fb_overdue),
        open: Status::ALL
            .iter()
            .filter(|s| **s != Status::Closed)
            .map(|s| (*s, open.get(s.as_str()).copied().unwrap_or(0)))
            .collect(),
    }
}

/// The figures as CSV: `metric,key,value` lines (durations in days, shares as counts).
pub fn csv(f: &Figures) -> String {
    let mut out = String::from("metric,key,value\n");
    for (month, n) in &f.received {
        out.push_str(&format!("received,{month},{n}\n"));
    }
    for (name, d) in [
        ("acknowledgement", &f.acknowledgement),
        ("feedback", &f.feedback),
    ] {
        let opt = |v: Option<i32>| v.map(|x| x.to_string()).unwrap_or_default();
        out.push_str(&format!("{name}_done,,{}\n", d.done));
        out.push_str(&format!("{name}_days_median,,{}\n", opt(d.median)));
        out.push_str(&format!("{name}_days_p90,,{}\n", opt(d.p90)));
        out.push_str(&format!("{name}_within_deadline,,{}\n", d.within));
        out.push_str(&format!("{name}_decided,,{}\n", d.decided));
    }
    for (s, n) in &f.open {
        out.push_str(&format!("open,{},{n}\n", s.as_str()));
    }
    out
}

/// The signed-in reviewer's body and its figures, or the login page for an ended account.
async fn figures_of(
    state: &ConsoleState,
    s: &session::Session,
) -> Result<Result<(storage::accounts::Reviewer, Figures), HttpResponse>, WebError> {
    let id = s.principal_id;
    let found = crate::blocking::db(&state.db, move |conn| {
        let Some(r) = accounts::find_account::<ReviewerProfile>(conn, Lookup::Id(id))?
            .filter(|r| r.credentials.active)
        else {
            return Ok(None);
        };
        let cases = reports::case_days_for_body(conn, r.profile.body)?;
        Ok(Some((r, cases)))
    })
    .await?;
    let Some((reviewer, cases)) = found else {
        // The account was removed or deactivated: its sessions end.
        session::end_all(&state.db, storage::PrincipalKind::Reviewer, id).await?;
        return Ok(Err(see_other("/console/login")));
    };
    let figures = compute(&cases, &Day::today());
    Ok(Ok((reviewer, figures)))
}

fn share(c: &Chrome, d: &Durations) -> String {
    if d.decided == 0 {
        return "–".into();
    }
    let percent = (d.within * 1000 / d.decided) as f64 / 10.0;
    c.t.tn(
        "console-figures-within-value",
        &[
            ("within", i18n::Arg::from(d.within)),
            ("decided", i18n::Arg::from(d.decided)),
            ("percent", i18n::Arg::from(percent)),
        ],
    )
}

fn row(c: &Chrome, label_id: &str, d: &Durations) -> FiguresRow {
    let opt = |v: Option<i32>| v.map(|x| x.to_string()).unwrap_or_else(|| "–".into());
    FiguresRow {
        label: c.t.t(label_id),
        done: d.done,
        median: opt(d.median),
        p90: opt(d.p90),
        within: share(c, d),
    }
}

/// `GET /console/figures`.
pub async fn page(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    SignedIn(s): SignedIn,
) -> Result<HttpResponse, WebError> {
    let (reviewer, f) = match figures_of(&state, &s).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let body = reviewer.profile.body.as_str();
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "console.figures_viewed",
            None,
            serde_json::json!({ "body": body }),
        )
        .await?;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let page = FiguresPage {
        lead: c.t.t1("console-figures-lead", "body", body),
        csv: c.link("/console/figures.csv"),
        received: f.received.clone(),
        timing: vec![
            row(&c, "console-figures-ack", &f.acknowledgement),
            row(&c, "console-figures-feedback", &f.feedback),
        ],
        open: f
            .open
            .iter()
            .map(|(st, n)| (c.t.t(status_id(*st)), *n))
            .collect(),
        nav: Some(s.csrf.clone()),
        c,
    };
    render(StatusCode::OK, &page)
}

/// `GET /console/figures.csv`: the same figures as a download.
pub async fn csv_file(
    state: web::Data<ConsoleState>,
    SignedIn(s): SignedIn,
) -> Result<HttpResponse, WebError> {
    let (reviewer, f) = match figures_of(&state, &s).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let body = reviewer.profile.body.as_str();
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "console.figures_exported",
            None,
            serde_json::json!({ "body": body }),
        )
        .await?;
    let name = format!("figures-{}-{}.csv", body, Day::today().as_str());
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(csv(&f)))
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
