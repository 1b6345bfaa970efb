//! Content-free notifications: each reviewer's digest settings (where it goes, how often,
//! whether it is sent when nothing happened, its language), the bookkeeping that makes a digest
//! "since the last one" and sends it once even when several hosts run the job, and the counts a
//! digest is made of. Counts only: no report id, no envelope, no field ever leaves this module.
//!
//! A digest covers whole days (UTC), because the server records reporter times as days only:
//! a run on day D counts what arrived after the last covered day up to D-1 and records D-1 as
//! covered, so nothing is counted twice and nothing is missed, whatever the hour of the run.

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::schema::{messages, reports, reviewer_notifications, reviewers};
use crate::types::{Author, Body, Day, Status};

/// How often a digest is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    /// No digest.
    Off,
    /// Every day.
    Daily,
    /// Every seven days.
    Weekly,
}

impl Frequency {
    pub const ALL: [Frequency; 3] = [Frequency::Off, Frequency::Daily, Frequency::Weekly];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Off => "off",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    /// Days between two digests (`None` when off).
    pub fn days(self) -> Option<i64> {
        match self {
            Frequency::Off => None,
            Frequency::Daily => Some(1),
            Frequency::Weekly => Some(7),
        }
    }
}

impl std::str::FromStr for Frequency {
    type Err = StorageError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Frequency::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| StorageError::Invalid(format!("unknown frequency {s:?}")))
    }
}

/// Why a setting was refused (the console shows a translated message per case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error("the e-mail address is not valid")]
    Email,
    #[error("the webhook URL is not a valid URL")]
    WebhookUrl,
    #[error("the webhook URL must use https (http only to a loopback address)")]
    WebhookNotHttps,
    #[error("a digest needs an e-mail address or a webhook URL")]
    NoDestination,
}

/// Longest accepted e-mail address (RFC 5321's path limit minus the brackets).
pub const MAX_EMAIL: usize = 254;
/// Longest accepted webhook URL.
pub const MAX_URL: usize = 2000;

/// Checks an e-mail address: ASCII `local@domain`, a dot-atom local part of at most 64
/// characters and a domain of at least two DNS labels. Quoted local parts, comments and
/// internationalised addresses are refused (write the domain in its `xn--` form).
pub fn check_email(s: &str) -> Result<String, SettingError> {
    let s = s.trim();
    let (local, domain) = s.split_once('@').ok_or(SettingError::Email)?;
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|a| !a.is_empty() && a.chars().all(atext));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if s.len() > MAX_EMAIL || !local_ok || !domain_ok {
        return Err(SettingError::Email);
    }
    Ok(s.to_string())
}

/// Checks a webhook URL: `https://` with a host, no user name or password (put a token in
/// the path instead, where it is kept out of the audit log all the same) and no fragment.
/// `http://` is accepted only to a loopback address (`localhost`, `127.0.0.0/8`, `[::1]`):
/// a relay on the same host, or a test.
pub fn check_webhook_url(s: &str) -> Result<String, SettingError> {
    let s = s.trim();
    if s.len() > MAX_URL {
        return Err(SettingError::WebhookUrl);
    }
    let url = url::Url::parse(s).map_err(|_| SettingError::WebhookUrl)?;
    let host = url.host().ok_or(SettingError::WebhookUrl)?;
    if !url.username().is_empty() || url.password().is_some() || url.fragment().is_some() {
        return Err(SettingError::WebhookUrl);
    }
    let loopback = match host {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(a) => a.is_loopback(),
        url::Host::Ipv6(a) => a.is_loopback(),
    };
    match url.scheme() {
        "https" => Ok(url.to_string()),
        "http" if loopback => Ok(url.to_string()),
        "http" => Err(SettingError::WebhookNotHttps),
        _ => Err(SettingError::WebhookUrl),
    }
}

/// A reviewer's digest settings, as stored (checked by [`NotificationSettings::new`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationSettings {
    pub email: Option<String>,
    pub webhook_url: Option<String>,
    pub frequency: Frequency,
    /// Send the digest even when every count is zero, so that its arrival reveals nothing.
    pub send_empty: bool,
    /// The language code of the digest (`de`).
    pub locale: String,
}

impl NotificationSettings {
    /// Checked settings from a form's values (empty strings mean "none"). Every problem is
    /// returned, in the order of the form.
    pub fn new(
        email: &str,
        webhook_url: &str,
        frequency: Frequency,
        send_empty: bool,
        locale: &str,
    ) -> Result<Self, Vec<SettingError>> {
        let mut errors = Vec::new();
        let email = match email.trim() {
            "" => None,
            e => check_email(e).map_err(|e| errors.push(e)).ok(),
        };
        let webhook_url = match webhook_url.trim() {
            "" => None,
            u => check_webhook_url(u).map_err(|e| errors.push(e)).ok(),
        };
        if errors.is_empty()
            && frequency != Frequency::Off
            && email.is_none()
            && webhook_url.is_none()
        {
            errors.push(SettingError::NoDestination);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(NotificationSettings {
            email,
            webhook_url,
            frequency,
            send_empty,
            locale: locale.to_string(),
        })
    }
}

type Row = (
    Option<String>,
    Option<String>,
    String,
    bool,
    String,
    Option<String>,
);

fn settings_of(r: Row) -> Result<(NotificationSettings, Option<Day>), StorageError> {
    let (email, webhook_url, frequency, send_empty, locale, covered) = r;
    Ok((
        NotificationSettings {
            email,
            webhook_url,
            frequency: frequency.parse()?,
            send_empty,
            locale,
        },
        covered.map(|d| d.parse()).transpose()?,
    ))
}

fn columns() -> (
    reviewer_notifications::email,
    reviewer_notifications::webhook_url,
    reviewer_notifications::frequency,
    reviewer_notifications::send_empty,
    reviewer_notifications::locale,
    reviewer_notifications::covered_through,
) {
    (
        reviewer_notifications::email,
        reviewer_notifications::webhook_url,
        reviewer_notifications::frequency,
        reviewer_notifications::send_empty,
        reviewer_notifications::locale,
        reviewer_notifications::covered_through,
    )
}

/// A reviewer's settings, if they saved any.
pub fn settings(
    conn: &mut DbConn,
    reviewer_id: i64,
) -> Result<Option<NotificationSettings>, StorageError> {
    let row: Option<Row> = reviewer_notifications::table
        .find(reviewer_id)
        .select(columns())
        .first(conn)
        .optional()?;
    row.map(|r| settings_of(r).map(|(s, _)| s)).transpose()
}

/// Stores a reviewer's settings. The first save starts the count at `today`: the first digest
/// counts what arrives from then on. Later saves keep the covered day.
pub fn save_settings(
    conn: &mut DbConn,
    reviewer_id: i64,
    s: &NotificationSettings,
    today: &Day,
    now: i64,
) -> Result<(), StorageError> {
    write_transaction(conn, |conn| {
        let changed = diesel::update(reviewer_notifications::table.find(reviewer_id))
            .set((
                reviewer_notifications::email.eq(&s.email),
                reviewer_notifications::webhook_url.eq(&s.webhook_url),
                reviewer_notifications::frequency.eq(s.frequency.as_str()),
                reviewer_notifications::send_empty.eq(s.send_empty),
                reviewer_notifications::locale.eq(&s.locale),
                reviewer_notifications::updated_at.eq(now),
            ))
            .execute(conn)?;
        if changed == 0 {
            let yesterday = today.add_days(-1)?;
            diesel::insert_into(reviewer_notifications::table)
                .values((
                    reviewer_notifications::reviewer_id.eq(reviewer_id),
                    reviewer_notifications::email.eq(&s.email),
                    reviewer_notifications::webhook_url.eq(&s.webhook_url),
                    reviewer_notifications::frequency.eq(s.frequency.as_str()),
                    reviewer_notifications::send_empty.eq(s.send_empty),
                    reviewer_notifications::locale.eq(&s.locale),
                    reviewer_notifications::covered_through.eq(Some(yesterday.as_str())),
                    reviewer_notifications::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// A digest to send: to whom, for which body, and the days it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueDigest {
    pub reviewer_id: i64,
    pub body: Body,
    pub settings: NotificationSettings,
    /// Counts start after this day (`None`: from the beginning).
    pub after: Option<Day>,
    /// ... and end with this one (yesterday).
    pub through: Day,
}

/// The digests due on `today`: active reviewers whose frequency is not off and whose last
/// covered day is at least the frequency's days before yesterday.
pub fn due_digests(conn: &mut DbConn, today: &Day) -> Result<Vec<DueDigest>, StorageError> {
    let through = today.add_days(-1)?;
    let rows: Vec<(i64, String, Row)> = reviewer_notifications::table
        .inner_join(reviewers::table)
        .filter(reviewers::active.eq(true))
        .filter(reviewer_notifications::frequency.ne(Frequency::Off.as_str()))
        .select((reviewers::id, reviewers::body, columns()))
        .order(reviewers::id.asc())
        .load(conn)?;
    let mut due = Vec::new();
    for (id, body, row) in rows {
        let (settings, after) = settings_of(row)?;
        let Some(days) = settings.frequency.days() else {
            continue;
        };
        let next = match &after {
            Some(a) => a.add_days(days)?,
            None => through.clone(),
        };
        if next <= through {
            due.push(DueDigest {
                reviewer_id: id,
                body: body
                    .parse()
                    .map_err(|_| StorageError::Invalid(format!("unknown body {body:?}")))?,
                settings,
                after,
                through: through.clone(),
            });
        }
    }
    Ok(due)
}

/// Claims a reviewer's digest for `lease_secs` so that a concurrent run (another host's timer)
/// skips it. False when another run holds it.
pub fn claim_digest(
    conn: &mut DbConn,
    reviewer_id: i64,
    now: i64,
    lease_secs: i64,
) -> Result<bool, StorageError> {
    let n = diesel::update(
        reviewer_notifications::table.find(reviewer_id).filter(
            reviewer_notifications::claimed_until
                .is_null()
                .or(reviewer_notifications::claimed_until.lt(now)),
        ),
    )
    .set(reviewer_notifications::claimed_until.eq(Some(now + lease_secs)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Records a sent digest: its days are covered, the claim is released.
pub fn mark_digest_sent(
    conn: &mut DbConn,
    reviewer_id: i64,
    through: &Day,
) -> Result<(), StorageError> {
    diesel::update(reviewer_notifications::table.find(reviewer_id))
        .set((
            reviewer_notifications::covered_through.eq(Some(through.as_str())),
            reviewer_notifications::claimed_until.eq(None::<i64>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Releases a claim after a failed delivery: the next run sends the same days again.
pub fn release_digest(conn: &mut DbConn, reviewer_id: i64) -> Result<(), StorageError> {
    diesel::update(reviewer_notifications::table.find(reviewer_id))
        .set(reviewer_notifications::claimed_until.eq(None::<i64>))
        .execute(conn)?;
    Ok(())
}

/// New reports and new reporter messages for a body within `(after, through]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Arrivals {
    pub reports: i64,
    pub replies: i64,
}

/// How many reports addressed to `body` were received, and how many reporter messages were
/// written to them, on the days after `after` up to `through`.
pub fn arrivals(
    conn: &mut DbConn,
    body: Body,
    after: Option<&Day>,
    through: &Day,
) -> Result<Arrivals, StorageError> {
    let after = after.map(|d| d.as_str().to_string()).unwrap_or_default();
    let through = through.as_str();
    // The body's column differs in type per body: one query per body, written once.
    macro_rules! count_for {
        ($to_body:expr) => {{
            let reports: i64 = reports::table
                .filter($to_body.eq(true))
                .filter(reports::received_day.gt(&after))
                .filter(reports::received_day.le(through))
                .count()
                .get_result(conn)?;
            let replies: i64 = messages::table
                .inner_join(reports::table)
                .filter($to_body.eq(true))
                .filter(messages::author.eq(Author::Reporter.as_str()))
                .filter(messages::created_day.gt(&after))
                .filter(messages::created_day.le(through))
                .count()
                .get_result(conn)?;
            (reports, replies)
        }};
    }
    let (new_reports, replies) = match body {
        Body::Euipo => count_for!(reports::to_euipo),
        Body::Ec3 => count_for!(reports::to_ec3),
    };
    Ok(Arrivals {
        reports: new_reports,
        replies,
    })
}

/// The deadline inputs of a body's reports: see [`crate::reports::deadline_days_for_body`].
pub fn deadline_days(
    conn: &mut DbConn,
    body: Body,
) -> Result<Vec<(Status, Day, Option<Day>)>, StorageError> {
    crate::reports::deadline_days_for_body(conn, body)
}

#[cfg(test)]
#[path = "notifications_tests.rs"]
mod tests;
