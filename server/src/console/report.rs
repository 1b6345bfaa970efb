//! Reading a report: `GET /console/reports/{id}` (the page), `GET .../data` (the ciphertext
//! envelope, its slots, attachment metadata, the conversation's envelopes and the reviewer's
//! wrapped key, as JSON) and `GET .../attachments/{aid}` (one attachment's ciphertext stream).
//!
//! The server hands out ciphertext only: `static/js/console.js` unlocks the reviewer's key with
//! the passphrase and decrypts in the browser. A report not addressed to the reviewer's body is
//! "not found", exactly like a report that does not exist. Views are audited with ids only.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use domain::taxonomy::ALL_LISTS;
use i18n::Translator;
use serde::Serialize;
use storage::accounts::{self, ReviewerProfile};
use storage::reports::{self, Report};
use storage::{messages, Author, Body, SealedBy};

use super::pages::{ClassifyList, Label, ReferView, ReferralLine, ReportPage};
use super::status::{allowed_next, status_id};
use super::{ReportAccess, REALM};
use crate::auth::AuthSettings;
use crate::extract::Lang;
use crate::state::ConsoleState;
use crate::web::error::Kind;
use crate::web::{render, Chrome, WebError};

pub use super::extract::addressed_to;

/// The bodies a report is addressed to, in keyring order.
pub fn bodies_of(r: &Report) -> Vec<Body> {
    let mut out = Vec::new();
    if r.to_euipo {
        out.push(Body::Euipo);
    }
    if r.to_ec3 {
        out.push(Body::Ec3);
    }
    out
}

/// Every category label in the page language, for the script to show codes by name.
pub(crate) fn code_labels(t: &Translator) -> Vec<Label> {
    ALL_LISTS
        .iter()
        .flat_map(|list| {
            list.codes.iter().map(move |code| Label {
                key: format!("{}:{}", list.name, code.code),
                text: t.t(&list.label_key(code.code)),
            })
        })
        .collect()
}

/// The category lists for the classification form: (field name, label, options).
fn classify_lists(t: &Translator) -> Vec<ClassifyList> {
    ALL_LISTS
        .iter()
        .map(|list| ClassifyList {
            name: list.name,
            id: list.name.replace('_', "-"),
            label: t.t(&format!(
                "console-report-field-{}",
                list.name.replace('_', "-")
            )),
            options: list
                .codes
                .iter()
                .map(|code| Label {
                    key: code.code.to_string(),
                    text: t.t(&list.label_key(code.code)),
                })
                .collect(),
        })
        .collect()
}

/// The report's fields in display order with their labels (`console-report-field-*`).
pub const FIELDS: [&str; 13] = [
    "member_state",
    "sector",
    "incident_class",
    "attack_vector",
    "actor_type",
    "incident_month",
    "detection_month",
    "loss_eur",
    "jobs_at_risk",
    "what_taken",
    "narrative",
    "contact",
    "organisation_id",
];

/// `GET /console/reports/{id}`.
pub async fn page(
    req: HttpRequest,
    state: web::Data<ConsoleState>,
    settings: web::Data<AuthSettings>,
    access: ReportAccess,
) -> Result<HttpResponse, WebError> {
    let ReportAccess {
        session: s,
        reviewer,
        report,
    } = access;
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "report.viewed",
            Some(("report", report.id.clone())),
            serde_json::json!({}),
        )
        .await?;
    let body = reviewer.profile.body;
    let rid = report.id.clone();
    let (colleagues, assigned, names, tags, referrals) =
        crate::blocking::db(&state.db, move |conn| {
            let all = accounts::list_accounts::<ReviewerProfile>(conn)?;
            let names: std::collections::HashMap<i64, String> =
                all.iter().map(|r| (r.id, r.name.clone())).collect();
            let colleagues: Vec<(i64, String)> = all
                .into_iter()
                .filter(|r| r.profile.body == body && r.credentials.active)
                .map(|r| (r.id, r.name))
                .collect();
            let assigned = reports::assignments_for_body(conn, body)?.remove(&rid);
            let tags = (
                reports::report_tags(conn, &rid, body)?,
                reports::body_tags(conn, body)?,
            );
            let referrals = reports::referrals_of_report(conn, &rid)?;
            Ok((colleagues, assigned, names, tags, referrals))
        })
        .await?;
    let (tags_on, all_tags) = tags;
    let c = Chrome::new(&req, &state.signer_fingerprint);
    let fields = FIELDS
        .iter()
        .map(|f| Label {
            key: (*f).to_string(),
            text: c
                .t
                .t(&format!("console-report-field-{}", f.replace('_', "-"))),
        })
        .collect();
    let next = allowed_next(report.status)
        .iter()
        .filter(|s| **s != storage::Status::Acknowledged)
        .map(|s| (s.as_str(), c.t.t(status_id(*s))))
        .collect();
    let other = match body {
        Body::Euipo => Body::Ec3,
        Body::Ec3 => Body::Euipo,
    };
    let refer = (!addressed_to(&report, other)).then(|| ReferView {
        to: other.as_str(),
        heading: c.t.t1("console-refer-heading", "body", other.as_str()),
        hint: c.t.t1("console-refer-hint", "body", other.as_str()),
        note_label: c.t.t1("console-refer-note", "body", other.as_str()),
        message_default: c
            .t
            .t1("console-refer-message-default", "body", other.as_str()),
    });
    let referrals = referrals
        .iter()
        .map(|r| ReferralLine {
            to: r.to.as_str(),
            line: c.t.tn(
                "console-referral-line",
                &[
                    ("from", i18n::Arg::from(r.from.as_str())),
                    ("to", i18n::Arg::from(r.to.as_str())),
                    (
                        "who",
                        i18n::Arg::from(names.get(&r.referred_by).cloned().unwrap_or_default()),
                    ),
                    ("day", i18n::Arg::from(r.day.as_str())),
                ],
            ),
            has_note: r.note.is_some(),
        })
        .collect();
    let page = ReportPage {
        tag_action: c.link(&format!("/console/reports/{}/tags", report.id)),
        tags_free: all_tags
            .into_iter()
            .filter(|t| !tags_on.contains(t))
            .collect(),
        tags_on,
        refer,
        referrals,
        id: report.id.clone(),
        received_day: report.received_day.as_str().to_string(),
        status: c.t.t(status_id(report.status)),
        is_new: report.status == storage::Status::New,
        sealed_by_server: report.sealed_by == SealedBy::Server,
        bodies: bodies_of(&report)
            .iter()
            .map(|b| b.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        has_key: reviewer.profile.wrapped_private_key.is_some(),
        csrf: s.csrf.clone(),
        idle_secs: settings.idle_secs.min(settings.absolute_secs),
        nav: Some(s.csrf.clone()),
        status_action: c.link(&format!("/console/reports/{}/status", report.id)),
        assign_action: c.link(&format!("/console/reports/{}/assignment", report.id)),
        assignees: colleagues
            .into_iter()
            .map(|(id, name)| (id, name, Some(id) == assigned))
            .collect(),
        next,
        fields,
        codes: code_labels(&c.t),
        lists: classify_lists(&c.t),
        tlp_levels: &super::export::TLP_LEVELS,
        max_loss: domain::taxonomy::MAX_LOSS_EUR,
        max_jobs: domain::taxonomy::MAX_JOBS,
        earliest_year: domain::taxonomy::EARLIEST_YEAR,
        c,
    };
    render(StatusCode::OK, &page)
}

#[derive(Serialize)]
struct SlotJson {
    recipient: String,
    body: &'static str,
    sealed_key: String,
    granted: bool,
}

#[derive(Serialize)]
struct AttachmentJson {
    id: String,
    message_id: Option<String>,
    chunks: i64,
    bytes: i64,
}

#[derive(Serialize)]
struct MessageJson {
    id: String,
    seq: i64,
    author: &'static str,
    day: String,
    envelope: String,
    /// The author's detached signature (Base64), checked in the browser against the keyring.
    signature: Option<String>,
    /// The server's own standard acknowledgement (unsigned by design).
    notice: bool,
}

#[derive(Serialize)]
struct ReportData {
    id: String,
    status: &'static str,
    bodies: Vec<&'static str>,
    /// The reviewer's own body, whose keys internal notes are sealed to.
    body: &'static str,
    /// The submission quarter (`2026Q4`), for the reviewer's statistics record.
    quarter: String,
    reporter_pk: String,
    envelope: String,
    /// The reviewer's wrapped private key (`tsr-wrapped-key/1` JSON); the passphrase that
    /// unwraps it never reaches the server.
    wrapped_key: Option<String>,
    /// The reviewer's wrapped message signing key (kind `ed25519`), if the reviewer has one.
    wrapped_signing_key: Option<String>,
    slots: Vec<SlotJson>,
    attachments: Vec<AttachmentJson>,
    messages: Vec<MessageJson>,
    /// The notes of the report's referrals (envelopes of kind 3 sealed to both bodies, whose
    /// object id is the report's), by receiving body.
    referral_notes: Vec<ReferralNoteJson>,
}

#[derive(Serialize)]
struct ReferralNoteJson {
    to: &'static str,
    envelope: String,
}

/// The quarter of a day (`2026-11-28` -> `2026Q4`).
fn quarter_of(day: &storage::Day) -> String {
    let s = day.as_str();
    let year = s.get(0..4).and_then(|y| y.parse::<u16>().ok());
    let month = s.get(5..7).and_then(|m| m.parse::<u8>().ok());
    match (year, month) {
        (Some(y), Some(m)) => domain::report::YearMonth::new(y, m)
            .map(|ym| ym.quarter().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn author_str(a: Author) -> &'static str {
    match a {
        Author::Reporter => "reporter",
        Author::Reviewer => "reviewer",
        Author::Note => "note",
    }
}

/// `GET /console/reports/{id}/data`: ciphertext and metadata for the browser to open.
pub async fn data(
    state: web::Data<ConsoleState>,
    access: ReportAccess,
) -> Result<HttpResponse, WebError> {
    let ReportAccess {
        reviewer, report, ..
    } = access;
    let rid = report.id.clone();
    let my_body = reviewer.profile.body;
    let (slots, attachments, thread, referrals) = crate::blocking::db(&state.db, move |conn| {
        // Internal notes are sealed to the writer's body: the other body's are left out.
        let bodies: std::collections::HashMap<i64, Body> =
            accounts::list_accounts::<ReviewerProfile>(conn)?
                .into_iter()
                .map(|r| (r.id, r.profile.body))
                .collect();
        let thread = messages::list_messages(conn, &rid, true)?
            .into_iter()
            .filter(|m| {
                m.author != Author::Note
                    || m.reviewer_id.and_then(|id| bodies.get(&id)) == Some(&my_body)
            })
            .collect::<Vec<_>>();
        Ok((
            reports::slots_for_report(conn, &rid)?,
            reports::attachments_for_report(conn, &rid)?,
            thread,
            reports::referrals_of_report(conn, &rid)?,
        ))
    })
    .await?;
    let body = ReportData {
        id: report.id.clone(),
        status: report.status.as_str(),
        bodies: bodies_of(&report).iter().map(|b| b.as_str()).collect(),
        body: reviewer.profile.body.as_str(),
        quarter: quarter_of(&report.received_day),
        reporter_pk: envelope::b64(&report.reporter_pk),
        envelope: envelope::b64(&report.envelope),
        wrapped_key: reviewer.profile.wrapped_private_key.clone(),
        wrapped_signing_key: reviewer.profile.wrapped_signing_key.clone(),
        slots: slots
            .into_iter()
            .map(|s| SlotJson {
                recipient: envelope::b64(&s.recipient_pk),
                body: s.body.as_str(),
                sealed_key: envelope::b64(&s.sealed_key),
                granted: s.granted_by.is_some(),
            })
            .collect(),
        attachments: attachments
            .into_iter()
            .map(|a| AttachmentJson {
                id: a.id,
                message_id: a.message_id,
                chunks: a.chunk_count,
                bytes: a.ciphertext_bytes,
            })
            .collect(),
        messages: thread
            .into_iter()
            .map(|m| MessageJson {
                id: m.id,
                seq: m.seq,
                author: author_str(m.author),
                day: m.created_day.as_str().to_string(),
                envelope: envelope::b64(&m.envelope),
                signature: m.signature.as_deref().map(envelope::b64),
                notice: m.server_notice,
            })
            .collect(),
        referral_notes: referrals
            .into_iter()
            .filter_map(|r| {
                r.note.map(|n| ReferralNoteJson {
                    to: r.to.as_str(),
                    envelope: envelope::b64(&n),
                })
            })
            .collect(),
    };
    Ok(HttpResponse::Ok().json(body))
}

/// `GET /console/reports/{id}/attachments/{aid}`: the attachment's ciphertext stream
/// (`TSA2` or `TSA1` prefix and secretstream chunks), decrypted chunk by chunk in the browser.
pub async fn attachment(
    state: web::Data<ConsoleState>,
    access: ReportAccess,
    t: Lang,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, WebError> {
    let (_, attachment_id) = path.into_inner();
    let ReportAccess {
        reviewer, report, ..
    } = access;
    let rid = report.id.clone();
    let aid = attachment_id.clone();
    let chunks = crate::blocking::db(&state.db, move |conn| {
        match reports::find_attachment(conn, &aid)? {
            Some(a) if a.report_id == rid => Ok(Some(reports::attachment_chunks(conn, &aid)?)),
            _ => Ok(None),
        }
    })
    .await?;
    let Some(chunks) = chunks else {
        return Err(WebError::new(Kind::NotFound).in_lang(&t));
    };
    REALM
        .audit(
            &state.db,
            Some(reviewer.id),
            "report.attachment_served",
            Some(("report", report.id.clone())),
            serde_json::json!({ "attachment": attachment_id }),
        )
        .await?;
    let stream = futures_util::stream::iter(
        chunks
            .into_iter()
            .map(|c| Ok::<_, std::convert::Infallible>(web::Bytes::from(c))),
    );
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/octet-stream"))
        .streaming(stream))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_of_days() {
        let q = |d: &str| quarter_of(&d.parse().unwrap());
        assert_eq!(q("2026-01-01"), "2026Q1");
        assert_eq!(q("2026-03-31"), "2026Q1");
        assert_eq!(q("2026-11-28"), "2026Q4");
    }
}
