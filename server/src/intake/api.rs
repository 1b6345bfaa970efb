//! The JSON API behind the JavaScript report form (`static/js/report.js`): the browser
//! encrypts everything and posts ciphertext only; the server checks the structure of what it
//! cannot read and stores it with `sealed_by = browser`.
//!
//! - `GET /api/v1/intake`: what the browser needs to validate like the server would (the current
//!   month and quarter, attachment limits with their messages in the page language);
//! - `GET /api/v1/pow`: a proof-of-work challenge (see `pow.rs`);
//! - `POST /api/v1/reports`: a sealed report (multipart, parts below). `201 {"id": ...}`, or a
//!   4xx `{"error": {"code", "message"}}` with nothing stored.
//!
//! Parts of a submission, in this order for the first two (they are checked before any large
//! part is read): `csrf` (token of the form "report"), `pow` (JSON `pow::Solution`), then
//! `recipients` (repeated: `EUIPO`, `EC3`), `envelope` (envelope bytes, kind report; v2, v1
//! still accepted), `stats` (sealed statistics record), `reporter_pk` and `receipt_lookup`
//! (Base64, 32 bytes each), and one `attachment` part per file whose filename is the attachment
//! id listed in the encrypted report (32 lowercase hex digits) and whose content is the whole
//! attachment stream (`TSA2`, padded; `TSA1` still accepted), staged in the database as it
//! arrives (`browser_upload`), never held whole in memory.

use std::collections::{BTreeMap, BTreeSet};

use actix_multipart::{Field, Multipart};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::report::{ErrorCode, Quarter, Recipient, YearMonth};
use domain::taxonomy;
use envelope::{sealed, stats, Body, Envelope, Kind as EnvelopeKind};
use futures_util::TryStreamExt;
use i18n::{Arg, Translator};
use serde::Serialize;
use storage::reports::{NewReport, NewSlot};
use storage::stats::NewStatsRecord;
use storage::uploads::StagedAttachment;
use storage::{Day, SealedBy};

use super::browser_upload::{stage_stream, StreamError};
use super::pow::Solution;
use super::seal::{recipients as keyring_recipients, ToStore};
use super::staging::StagedUploads;
use super::IntakeState;
use crate::web::error::Kind;
use crate::web::{translator, WebError};

const MIB: u64 = 1024 * 1024;
/// Small text parts: tokens, Base64 keys, a recipient name, the proof-of-work JSON.
const MAX_SMALL_PART: usize = 4 * 1024;
/// Header, the most slots an envelope may have, nonce, length and the largest ciphertext.
const MAX_ENVELOPE: usize = sealed::HEADER_BYTES
    + 2
    + sealed::MAX_SLOTS * sealed::SLOT_BYTES
    + sealed::NONCE_BYTES
    + 4
    + sealed::MAX_CIPHERTEXT;
/// Magic, sealed-box overhead and the largest padded record.
const MAX_STATS: usize = 4 + 48 + stats::MAX_RECORD + stats::BLOCK;
/// At most one small part per name, two recipients; anything beyond is not a browser.
const MAX_SMALL_PARTS: usize = 8;

fn this_month() -> (YearMonth, Quarter) {
    let d = time::OffsetDateTime::now_utc().date();
    let year = d.year().clamp(0, 9999) as u16;
    let month = u8::from(d.month());
    let ym = YearMonth::new(year, month).unwrap_or(YearMonth { year, month: 1 });
    (ym, ym.quarter())
}

#[derive(Serialize)]
struct IntakeInfo {
    /// The server's current month: later months are refused, as on the no-JavaScript path.
    month: String,
    /// The submission quarter, for the statistics record.
    quarter: String,
    max_files: usize,
    max_file_bytes: u64,
    messages: Messages,
    /// The bounds of `domain::report::validate`, so that they are written down once.
    bounds: Bounds,
    /// A token for the `csrf` part of `POST /api/v1/reports`, for clients that do not read the
    /// report page (the `tsr-report` command line).
    csrf: String,
    /// A token for the `csrf` field of `POST /followup/conversation`, likewise.
    followup_csrf: String,
}

#[derive(Serialize)]
struct Bounds {
    earliest_year: u16,
    max_loss_eur: u64,
    max_jobs: u32,
    max_what_taken_chars: usize,
    max_narrative_chars: usize,
    max_contact_chars: usize,
}

/// Every message the browser may show for a field, translated here like the server's own
/// pages (so the page itself carries none of them).
#[derive(Serialize)]
struct Messages {
    /// By error code: the message id without `error-` (`required`, `month-future`, ...).
    fields: BTreeMap<&'static str, String>,
    /// `error-too-long` for each text field, with its limit.
    too_long: BTreeMap<&'static str, String>,
    /// Indicator errors by code (`indicator-ip`, ..., `indicator-count`), with `{line}` in
    /// place of the line number.
    indicators: BTreeMap<&'static str, String>,
    /// The title of the error summary for 1, 2, ... errors.
    summary: Vec<String>,
    /// Per field, its error summary entry with `{message}` in place of the message.
    summary_entries: BTreeMap<&'static str, String>,
    too_many_files: String,
    too_large: String,
}

fn field_message(t: &Translator, code: ErrorCode) -> String {
    let args: Vec<(&str, Arg<'_>)> = code
        .args()
        .into_iter()
        .map(|(k, v)| (k, Arg::from(v)))
        .collect();
    t.tn(code.message_id(), &args)
}

fn messages(t: &Translator, limits: &super::multipart::Limits) -> Messages {
    use ErrorCode as C;
    let fields = [
        C::Required,
        C::UnknownChoice,
        C::MonthFormat,
        C::MonthFuture,
        C::MonthTooEarly,
        C::DetectionBeforeIncident,
        C::NumberFormat,
        C::LossTooLarge,
        C::JobsTooLarge,
        C::OrganisationId,
        C::Recipients,
        C::Consent,
    ]
    .into_iter()
    .map(|c| {
        (
            c.message_id().trim_start_matches("error-"),
            field_message(t, c),
        )
    })
    .collect();
    let too_long = [
        ("what_taken", taxonomy::MAX_WHAT_TAKEN_CHARS),
        ("narrative", taxonomy::MAX_NARRATIVE_CHARS),
        ("contact", taxonomy::MAX_CONTACT_CHARS),
        (
            "indicator_observations",
            domain::report::MAX_OBSERVATIONS_CHARS,
        ),
    ]
    .into_iter()
    .map(|(field, max)| (field, field_message(t, C::TooLong { max })))
    .collect();
    let mut indicators: BTreeMap<&'static str, String> = domain::report::IndicatorKind::ALL
        .into_iter()
        .map(|kind| {
            let id = C::Indicator { kind, line: 0 }.message_id();
            let text = t.tn(id, &[("line", Arg::from("{line}"))]);
            (id.trim_start_matches("error-"), text)
        })
        .collect();
    let count = C::TooManyIndicators {
        max: domain::report::MAX_INDICATORS_PER_KIND,
    };
    indicators.insert(
        count.message_id().trim_start_matches("error-"),
        field_message(t, count),
    );
    // One per field of the form at most.
    let summary = (1..=super::pages::ORDER.len() as u64)
        .map(|n| t.t1("error-form-summary", "count", n))
        .collect();
    let summary_entries = super::pages::ORDER
        .iter()
        .map(|f| (*f, super::pages::summary_entry(t, f, "{message}")))
        .collect();
    let message = |kind| WebError::new(kind).message(t);
    Messages {
        fields,
        too_long,
        indicators,
        summary,
        summary_entries,
        too_many_files: message(Kind::TooManyFiles {
            limit: limits.max_files,
        }),
        too_large: message(Kind::TooLarge {
            limit_mib: limits.max_file_bytes / MIB,
        }),
    }
}

/// `GET /api/v1/intake`.
pub async fn intake_info(req: HttpRequest, state: web::Data<IntakeState>) -> HttpResponse {
    let t = translator(&req);
    let limits = state.intake.limits;
    let (month, quarter) = this_month();
    HttpResponse::Ok().json(IntakeInfo {
        month: month.to_string(),
        quarter: quarter.to_string(),
        max_files: limits.max_files,
        max_file_bytes: limits.max_file_bytes,
        messages: messages(&t, &limits),
        bounds: Bounds {
            earliest_year: taxonomy::EARLIEST_YEAR,
            max_loss_eur: taxonomy::MAX_LOSS_EUR,
            max_jobs: taxonomy::MAX_JOBS,
            max_what_taken_chars: taxonomy::MAX_WHAT_TAKEN_CHARS,
            max_narrative_chars: taxonomy::MAX_NARRATIVE_CHARS,
            max_contact_chars: taxonomy::MAX_CONTACT_CHARS,
        },
        csrf: state.csrf.issue("report"),
        followup_csrf: state.csrf.issue("followup"),
    })
}

/// `GET /api/v1/pow`.
pub async fn pow_challenge(state: web::Data<IntakeState>) -> HttpResponse {
    HttpResponse::Ok().json(state.pow.issue())
}

/// What a submission carried, before its structure is checked.
#[derive(Default)]
struct Parts {
    csrf: Option<String>,
    pow: Option<String>,
    recipients: Vec<String>,
    envelope: Option<Vec<u8>>,
    stats: Option<Vec<u8>>,
    reporter_pk: Option<String>,
    receipt_lookup: Option<String>,
    /// (id, staged stream)
    attachments: Vec<(String, StagedAttachment)>,
    /// Deleted unless the report is stored.
    uploads: StagedUploads,
}

/// A refusal: what the reporter's browser is told, and the reason for the log (never content).
struct Refusal {
    kind: Kind,
    reason: &'static str,
}

fn refuse(kind: Kind, reason: &'static str) -> Refusal {
    Refusal { kind, reason }
}

fn bad(reason: &'static str) -> Refusal {
    refuse(Kind::BadRequest, reason)
}

fn too_large(limit_bytes: u64, reason: &'static str) -> Refusal {
    refuse(
        Kind::TooLarge {
            limit_mib: limit_bytes.div_ceil(MIB),
        },
        reason,
    )
}

async fn read_part(field: &mut Field, limit: usize, over: Refusal) -> Result<Vec<u8>, Refusal> {
    let mut buf = Vec::new();
    while let Some(bytes) = field
        .try_next()
        .await
        .map_err(|_| bad("multipart body malformed"))?
    {
        if buf.len() + bytes.len() > limit {
            return Err(over);
        }
        buf.extend_from_slice(&bytes);
    }
    Ok(buf)
}

async fn read_text(field: &mut Field) -> Result<String, Refusal> {
    let bytes = read_part(field, MAX_SMALL_PART, bad("text part too long")).await?;
    String::from_utf8(bytes).map_err(|_| bad("text part not UTF-8"))
}

fn set_once<T>(slot: &mut Option<T>, value: T, reason: &'static str) -> Result<(), Refusal> {
    if slot.is_some() {
        return Err(bad(reason));
    }
    *slot = Some(value);
    Ok(())
}

/// The CSRF token and the proof of work, checked once, before any large part is read, so
/// that a request without them costs the server almost nothing: the token and the solution are
/// checked without state, then the solution's challenge is spent in the database (every server
/// refuses it afterwards), and only then is the path's budget taken. A flood of invalid or
/// replayed submissions never reaches the budget that valid reporters need.
async fn authorize(state: &IntakeState, parts: &Parts) -> Result<(), Refusal> {
    if !state
        .csrf
        .check("report", parts.csrf.as_deref().unwrap_or(""))
    {
        return Err(refuse(Kind::Csrf, "csrf token missing or invalid"));
    }
    let pow = parts.pow.as_deref().ok_or(bad("proof of work missing"))?;
    let solution: Solution =
        serde_json::from_str(pow).map_err(|_| bad("proof of work malformed"))?;
    let spend = state.pow.verify(&solution).map_err(|e| {
        bad(match e {
            super::pow::PowError::Malformed => "proof of work malformed",
            super::pow::PowError::Expired => "proof of work expired",
            super::pow::PowError::BadToken => "proof of work token invalid",
            super::pow::PowError::TooEasy => "proof of work too easy",
            super::pow::PowError::Unsolved => "proof of work not solved",
            super::pow::PowError::Replayed => "proof of work replayed",
        })
    })?;
    let fresh = crate::blocking::write(&state.db, move |c| {
        storage::spent::spend(c, &spend.digest, spend.expires)
    })
    .await
    .map_err(|e| refuse(e.kind, "proof of work not spent"))?;
    if !fresh {
        return Err(bad("proof of work replayed"));
    }
    let taken = state.limiters.submissions.take().await;
    if !taken.map_err(|e| refuse(e.kind, "rate budget unavailable"))? {
        return Err(refuse(Kind::RateLimited, "rate limited"));
    }
    Ok(())
}

async fn read_parts(state: &IntakeState, mut payload: Multipart) -> Result<Parts, Refusal> {
    let limits = state.intake.limits;
    let mut parts = Parts {
        uploads: StagedUploads::new(state.db.clone()),
        ..Parts::default()
    };
    let sink = state.upload_sink();
    let mut authorized = false;
    let mut small_parts = 0usize;
    while let Some(mut field) = payload
        .try_next()
        .await
        .map_err(|_| bad("multipart body malformed"))?
    {
        let name = field
            .content_disposition()
            .and_then(|d| d.get_name())
            .ok_or(bad("multipart part without a name"))?
            .to_string();
        let large = matches!(name.as_str(), "envelope" | "stats" | "attachment");
        if large && !authorized {
            authorize(state, &parts).await?;
            authorized = true;
        } else if !large {
            small_parts += 1;
            if small_parts > MAX_SMALL_PARTS {
                return Err(bad("too many parts"));
            }
        }
        match name.as_str() {
            "csrf" => set_once(&mut parts.csrf, read_text(&mut field).await?, "csrf twice")?,
            "pow" => set_once(&mut parts.pow, read_text(&mut field).await?, "pow twice")?,
            "recipients" => parts.recipients.push(read_text(&mut field).await?),
            "reporter_pk" => set_once(
                &mut parts.reporter_pk,
                read_text(&mut field).await?,
                "reporter_pk twice",
            )?,
            "receipt_lookup" => set_once(
                &mut parts.receipt_lookup,
                read_text(&mut field).await?,
                "receipt_lookup twice",
            )?,
            "envelope" => {
                let over = too_large(sealed::MAX_CIPHERTEXT as u64, "envelope too large");
                let bytes = read_part(&mut field, MAX_ENVELOPE, over).await?;
                set_once(&mut parts.envelope, bytes, "envelope twice")?;
            }
            "stats" => {
                let bytes = read_part(&mut field, MAX_STATS, bad("stats too large")).await?;
                set_once(&mut parts.stats, bytes, "stats twice")?;
            }
            "attachment" => {
                if parts.attachments.len() == limits.max_files {
                    return Err(refuse(
                        Kind::TooManyFiles {
                            limit: limits.max_files,
                        },
                        "too many attachments",
                    ));
                }
                let id = field
                    .content_disposition()
                    .and_then(|d| d.get_filename())
                    .unwrap_or("")
                    .to_string();
                if !is_attachment_id(&id) {
                    return Err(bad("attachment id malformed"));
                }
                if parts.attachments.iter().any(|(other, _)| *other == id) {
                    return Err(bad("attachment id twice"));
                }
                let upload = parts.uploads.start();
                let staged = stage_stream(&mut field, &sink, &upload, limits.max_file_bytes)
                    .await
                    .map_err(|e| match e {
                        StreamError::Malformed => bad("attachment stream malformed"),
                        StreamError::TooLarge => {
                            too_large(limits.max_file_bytes, "attachment too large")
                        }
                        StreamError::Body => bad("multipart body malformed"),
                        StreamError::Busy => refuse(Kind::Unavailable, "upload budget taken"),
                        StreamError::Storage(e) => {
                            refuse(WebError::from(e).kind, "staging the upload failed")
                        }
                    })?;
                let staged = StagedAttachment {
                    id: id.clone(),
                    upload,
                    chunk_count: staged.chunk_count,
                    ciphertext_bytes: staged.ciphertext_bytes,
                };
                parts.attachments.push((id, staged));
            }
            _ => return Err(bad("unknown part")),
        }
    }
    if !authorized {
        authorize(state, &parts).await?;
    }
    Ok(parts)
}

fn key32(text: Option<&str>, reason: &'static str) -> Result<[u8; 32], Refusal> {
    let bytes = envelope::unb64(text.ok_or(bad(reason))?.trim(), "key").map_err(|_| bad(reason))?;
    bytes.try_into().map_err(|_| bad(reason))
}

fn is_attachment_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What a checked submission stores: the rows, the staged attachments, and the guard that
/// deletes them unless the report is stored.
struct Checked {
    report: NewReport,
    stats: NewStatsRecord,
    staged: Vec<StagedAttachment>,
    uploads: StagedUploads,
}

/// Checks everything that can be checked without a key and builds the rows to store.
fn check(state: &IntakeState, mut parts: Parts) -> Result<Checked, Refusal> {
    let uploads = std::mem::take(&mut parts.uploads);
    // Recipients: EUIPO and/or EC3, each once.
    let mut chosen = Vec::new();
    for r in &parts.recipients {
        let r: Recipient = r.trim().parse().map_err(|_| bad("unknown recipient"))?;
        if chosen.contains(&r) {
            return Err(bad("recipient twice"));
        }
        chosen.push(r);
    }
    if chosen.is_empty() {
        return Err(bad("no recipient"));
    }
    chosen.sort();
    let bodies: Vec<Body> = chosen.clone();

    // The envelope: a report, sealed to exactly the current keys of the chosen bodies.
    let env_bytes = parts.envelope.ok_or(bad("envelope missing"))?;
    let env = Envelope::parse(&env_bytes).map_err(|_| bad("envelope malformed"))?;
    if env.kind != EnvelopeKind::Report {
        return Err(bad("envelope is not a report"));
    }
    let expected = keyring_recipients(&state.keyring, &bodies).map_err(|e| {
        tracing::error!(error = %e, "keyring has no usable keys for a body");
        refuse(Kind::Unavailable, "keyring incomplete")
    })?;
    let wanted: BTreeSet<[u8; 32]> = expected.iter().map(|(_, pk)| pk.0).collect();
    let got: BTreeSet<[u8; 32]> = env.slots.iter().map(|s| s.recipient.0).collect();
    if got != wanted || env.slots.len() != expected.len() {
        return Err(bad("recipient slots differ from the keyring"));
    }
    let slots = env
        .slots
        .iter()
        .map(|slot| {
            let body = expected
                .iter()
                .find(|(_, pk)| pk.0 == slot.recipient.0)
                .map(|(b, _)| *b)
                .ok_or(bad("recipient slots differ from the keyring"))?;
            Ok(NewSlot {
                recipient_pk: slot.recipient.0,
                body,
                sealed_key: slot.sealed_key.to_vec(),
            })
        })
        .collect::<Result<Vec<_>, Refusal>>()?;

    let sealed_stats = parts.stats.ok_or(bad("stats missing"))?;
    stats::check_sealed_record(&sealed_stats).map_err(|_| bad("stats malformed"))?;

    let reporter_pk = key32(parts.reporter_pk.as_deref(), "reporter_pk invalid")?;
    let receipt_lookup = key32(parts.receipt_lookup.as_deref(), "receipt_lookup invalid")?;

    // Attachment ids and framing were checked as the streams arrived (`browser_upload`).
    let staged = parts.attachments.into_iter().map(|(_, a)| a).collect();

    // `parse` is strict and `to_bytes` gives back exactly the parsed bytes (fuzz-checked).
    let (report, stats) = ToStore {
        id: envelope::hex(&env.id),
        bodies,
        envelope: env,
        sealed_by: SealedBy::Browser,
        receipt_lookup,
        reporter_pk,
        slots,
        attachments: Vec::new(),
        sealed_stats,
    }
    .rows(Day::today());
    Ok(Checked {
        report,
        stats,
        staged,
        uploads,
    })
}

#[derive(Serialize)]
struct Created {
    id: String,
}

/// `POST /api/v1/reports`.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    payload: Multipart,
) -> Result<HttpResponse, WebError> {
    let t = translator(&req);
    let json_error = |r: Refusal| {
        tracing::debug!(reason = r.reason, "browser submission refused");
        WebError::new(r.kind).in_lang(&t).as_json()
    };
    let parts = read_parts(&state, payload).await.map_err(json_error)?;
    let mut checked = check(&state, parts).map_err(json_error)?;
    let id = checked.report.id.clone();
    let stored = state
        .committer
        .store(checked.report, checked.stats, None, checked.staged)
        .await;
    match stored {
        Ok(()) => {
            checked.uploads.keep();
            Ok(HttpResponse::build(StatusCode::CREATED).json(Created { id }))
        }
        // A report id, receipt lookup or attachment id already taken: a replayed submission.
        Err(storage::StorageError::Conflict(_)) => {
            Err(json_error(bad("report or attachment id already stored")))
        }
        Err(storage::StorageError::Invalid(_)) => Err(json_error(bad("rejected by storage"))),
        Err(e) => Err(WebError::from(e).in_lang(&t).as_json()),
    }
}
