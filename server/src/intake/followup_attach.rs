//! A reply sealed by the client with attachments: `POST /followup/messages` as
//! `multipart/form-data` (the JavaScript-free reply, `followup::reply`, seals files on the
//! server; a client that seals them itself posts them here, as `POST /api/v1/reports` takes a
//! report's).
//!
//! Parts: `envelope` first (the message envelope, checked as the plain reply's: a v2 message
//! sealed to exactly the reporter's key and the current keys of the report's bodies), then one
//! `attachment` part per file, named by the attachment id listed in the encrypted message
//! (32 lowercase hex digits) and holding the whole attachment stream (keys/FORMAT.md), staged
//! in the database as it arrives (`browser_upload`) under the report form's limits. Tokens and
//! recipients are checked before any attachment is read; any bad part refuses the whole reply
//! and the staged chunks are deleted: nothing is stored half-way.

use std::collections::BTreeSet;
use std::time::Instant;

use actix_multipart::{Field, Multipart};
use actix_web::{web, HttpRequest, HttpResponse};
use envelope::PublicKey;
use futures_util::TryStreamExt;
use i18n::Translator;
use storage::uploads::StagedAttachment;

use super::browser_upload::{stage_stream, StreamError};
use super::followup_api::{
    at_least_min_time, header, reply_envelope, store_reply, stored_answer, target, token_of,
    wrong_token, Target,
};
use super::multipart::max_body;
use super::staging::StagedUploads;
use super::IntakeState;
use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// As the plain reply's envelope.
const MAX_ENVELOPE: usize = 256 * 1024;
const MIB: u64 = 1024 * 1024;

/// Why a reply was refused, for the log (never content).
struct Refusal {
    kind: Kind,
    reason: &'static str,
}

fn bad(reason: &'static str) -> Refusal {
    Refusal {
        kind: Kind::BadRequest,
        reason,
    }
}

fn json(t: &Translator, r: Refusal) -> WebError {
    tracing::debug!(reason = r.reason, "client-sealed reply refused");
    WebError::new(r.kind).in_lang(t).as_json()
}

fn is_attachment_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn name_of(field: &Field) -> Option<String> {
    field
        .content_disposition()
        .and_then(|d| d.get_name())
        .map(str::to_string)
}

async fn read_envelope(field: &mut Field) -> Result<Vec<u8>, Refusal> {
    let mut buf = Vec::new();
    while let Some(bytes) = field
        .try_next()
        .await
        .map_err(|_| bad("multipart body malformed"))?
    {
        if buf.len() + bytes.len() > MAX_ENVELOPE {
            return Err(Refusal {
                kind: Kind::TooLarge { limit_mib: 1 },
                reason: "envelope too large",
            });
        }
        buf.extend_from_slice(&bytes);
    }
    Ok(buf)
}

/// Reads and stages every `attachment` part after the envelope.
async fn read_attachments(
    state: &IntakeState,
    payload: &mut Multipart,
    uploads: &mut StagedUploads,
) -> Result<Vec<StagedAttachment>, Refusal> {
    let limits = state.intake.limits;
    let sink = state.upload_sink();
    let mut staged: Vec<StagedAttachment> = Vec::new();
    while let Some(mut field) = payload
        .try_next()
        .await
        .map_err(|_| bad("multipart body malformed"))?
    {
        if name_of(&field).as_deref() != Some("attachment") {
            return Err(bad("unknown part"));
        }
        if staged.len() == limits.max_files {
            return Err(Refusal {
                kind: Kind::TooManyFiles {
                    limit: limits.max_files,
                },
                reason: "too many attachments",
            });
        }
        let id = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or("")
            .to_string();
        if !is_attachment_id(&id) {
            return Err(bad("attachment id malformed"));
        }
        if staged.iter().any(|a| a.id == id) {
            return Err(bad("attachment id twice"));
        }
        let upload = uploads.start();
        let done = stage_stream(&mut field, &sink, &upload, limits.max_file_bytes)
            .await
            .map_err(|e| match e {
                StreamError::Malformed => bad("attachment stream malformed"),
                StreamError::TooLarge => Refusal {
                    kind: Kind::TooLarge {
                        limit_mib: limits.max_file_bytes.div_ceil(MIB),
                    },
                    reason: "attachment too large",
                },
                StreamError::Body => bad("multipart body malformed"),
                StreamError::Busy => Refusal {
                    kind: Kind::Unavailable,
                    reason: "upload budget taken",
                },
                StreamError::Storage(e) => Refusal {
                    kind: WebError::from(e).kind,
                    reason: "staging the upload failed",
                },
            })?;
        staged.push(StagedAttachment {
            id,
            upload,
            chunk_count: done.chunk_count,
            ciphertext_bytes: done.ciphertext_bytes,
        });
    }
    Ok(staged)
}

/// `POST /followup/messages` with `Content-Type: multipart/form-data`.
pub async fn post_with_attachments(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    payload: web::Payload,
) -> Result<HttpResponse, WebError> {
    let started = Instant::now();
    let t = translator(&req);
    // Cheap checks first, before anything of the body is read.
    if !state.csrf.check("reply", header(&req, "X-CSRF-Token")) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t).as_json());
    }
    let limits = state.intake.limits;
    let declared = header(&req, "Content-Length").parse::<u64>().ok();
    if declared.is_some_and(|len| len > max_body(&limits) + MAX_ENVELOPE as u64) {
        let kind = Kind::TooLarge {
            limit_mib: limits.max_file_bytes.div_ceil(MIB),
        };
        return Err(json(
            &t,
            Refusal {
                kind,
                reason: "declared body too large",
            },
        ));
    }
    let Some(token) = token_of(header(&req, "X-Followup-Token")) else {
        at_least_min_time(started).await;
        return Ok(wrong_token(&t));
    };
    state
        .limiters
        .followups
        .take_or_refuse()
        .await
        .map_err(|e| e.in_lang(&t).as_json())?;

    let mut payload = Multipart::new(req.headers(), payload);
    let mut first = payload
        .try_next()
        .await
        .map_err(|_| json(&t, bad("multipart body malformed")))?
        .ok_or_else(|| json(&t, bad("envelope missing")))?;
    if name_of(&first).as_deref() != Some("envelope") {
        return Err(json(&t, bad("the first part is not the envelope")));
    }
    let bytes = read_envelope(&mut first).await.map_err(|r| json(&t, r))?;
    drop(first);
    let env = reply_envelope(&bytes).ok_or_else(|| json(&t, bad("envelope malformed")))?;
    let got: BTreeSet<PublicKey> = env.recipients().into_iter().collect();
    let report_id = match target(&state, token, got)
        .await
        .map_err(|e| e.in_lang(&t).as_json())?
    {
        Target::Report(id) => id,
        Target::WrongToken => {
            at_least_min_time(started).await;
            return Ok(wrong_token(&t));
        }
        Target::BadRecipients => {
            return Err(json(&t, bad("recipient slots differ from the keyring")))
        }
    };

    // Deleted on every way out unless the reply is stored.
    let mut uploads = StagedUploads::new(state.db.clone());
    let staged = read_attachments(&state, &mut payload, &mut uploads)
        .await
        .map_err(|r| json(&t, r))?;
    let count = staged.len();
    let stored = store_reply(&state, report_id, &env, bytes, staged)
        .await
        .map_err(|e| e.in_lang(&t).as_json())?;
    if !stored {
        return Err(json(&t, bad("message or attachment id already stored")));
    }
    uploads.keep();
    at_least_min_time(started).await;
    Ok(stored_answer(count))
}
