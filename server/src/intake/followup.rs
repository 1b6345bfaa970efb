//! Coming back with the receipt: sign-in, the conversation, and replies — all without
//! JavaScript and without a session. The receipt travels with each request (hidden field) and
//! the server derives the reporter's key from it in memory to open replies. Each message opens
//! only as the message row it was read from (kind and id): an envelope copied from another
//! message or report is shown as such, not as this conversation's text. Each reviewer message
//! names its author from the signed keyring or, without a valid signature from a keyring
//! reviewer, is refused with a notice instead of its content ([`super::authorship`]); the
//! server's own acknowledgement shows only its fixed text.
//!
//! A wrong receipt gets the same answer, after the same minimum time, as any other wrong
//! receipt; a global limit on attempts bounds guessing without knowing who is guessing.

use std::time::{Duration, Instant};

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::message::{MessageBody, MAX_MESSAGE_CHARS, MESSAGE_JSON_VERSION};
use envelope::{Body, Envelope, EnvelopeError, KeyPair, Kind as EnvKind, Receipt};
use i18n::Translator;
use storage::{Author, Day};
use zeroize::Zeroizing;

use super::authorship::{authorship, Authorship};
use super::multipart::{check_length, FormReader, SealedFile};
use super::pages::{ConversationPage, FollowupPage, ThreadEntry};
use super::report::form_error;
use super::seal::recipients;
use super::IntakeState;
use crate::web::error::Kind;
use crate::web::{render, translator, Chrome, WebError};

/// Every sign-in attempt takes at least this long, found or not.
pub const MIN_ANSWER_TIME: Duration = Duration::from_millis(400);

pub async fn sign_in(
    req: HttpRequest,
    state: web::Data<IntakeState>,
) -> Result<HttpResponse, WebError> {
    let page = FollowupPage {
        c: Chrome::new(&req, &state.signer_fingerprint),
        csrf: state.csrf.issue("followup"),
        error: None,
        kept: None,
    };
    render(StatusCode::OK, &page)
}

#[derive(serde::Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    receipt: String,
}

impl Drop for SignInForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.receipt);
    }
}

/// What a valid receipt opens, read on the blocking pool.
struct Opened {
    status: storage::Status,
    received_day: String,
    deadlines: Option<super::deadlines::ReporterDeadlines>,
    sealed_by_server: bool,
    thread: Vec<ThreadEntry>,
}

fn status_label(t: &Translator, s: storage::Status) -> String {
    t.t(&format!("status-{}", s.as_str().replace('_', "-")))
}

/// The report of a receipt: by the current lookup hash, else by the v1 one (reports stored before
/// the sign-in token), whose row then gets the current hash, so that a browser's sign-in token
/// finds it from now on.
pub(super) fn find_by_receipt(
    state: &IntakeState,
    receipt: &Receipt,
) -> Result<Option<storage::reports::Report>, WebError> {
    let lookup = receipt.lookup_hash().map_err(|_| WebError::internal())?;
    let mut conn = state.db.conn()?;
    if let Some(r) = storage::reports::find_report_by_receipt_lookup(&mut conn, &lookup)? {
        return Ok(Some(r));
    }
    let v1 = receipt.lookup_hash_v1().map_err(|_| WebError::internal())?;
    let Some(r) = storage::reports::find_report_by_receipt_lookup(&mut conn, &v1)? else {
        return Ok(None);
    };
    drop(conn);
    state
        .db
        .write(|c| storage::reports::set_receipt_lookup(c, &r.id, &lookup))?;
    Ok(Some(r))
}

/// Texts the conversation shows instead of a message's own (translated before the blocking
/// work starts).
struct Stand {
    /// The envelope belongs to another object.
    swapped: String,
    /// A reviewer message without a valid signature.
    refused: String,
    /// The server's standard acknowledgement.
    notice: String,
}

impl Stand {
    fn new(t: &Translator) -> Self {
        Stand {
            swapped: t.t("envelope-mismatch"),
            refused: t.t("message-bad-signature"),
            notice: t.t("console-ack-default"),
        }
    }
}

/// Looks the report up by the receipt and decrypts its conversation in memory; a message whose
/// envelope belongs to another object reads `stand.swapped` instead of its text, a reviewer
/// message without a valid signature `stand.refused`.
fn open_conversation(
    state: &IntakeState,
    receipt: &Receipt,
    stand: &Stand,
) -> Result<Option<Opened>, WebError> {
    let Some(report) = find_by_receipt(state, receipt)? else {
        return Ok(None);
    };
    let mut conn = state.db.conn()?;
    let me = receipt
        .reporter_keypair()
        .map_err(|_| WebError::internal())?;
    let mut bodies = Vec::new();
    if report.to_euipo {
        bodies.push(Body::Euipo);
    }
    if report.to_ec3 {
        bodies.push(Body::Ec3);
    }
    let mut thread = Vec::new();
    for m in storage::messages::list_messages(&mut conn, &report.id, false)? {
        let who = authorship(&state.keyring, &bodies, &report.id, &m);
        if matches!(who, Authorship::Refused | Authorship::Notice) {
            if who == Authorship::Refused {
                tracing::warn!(message = %m.id, "a reviewer message without a valid signature");
            }
            let text = if who == Authorship::Refused {
                &stand.refused
            } else {
                &stand.notice
            };
            thread.push(ThreadEntry {
                from_reporter: false,
                who,
                day: m.created_day.as_str().to_string(),
                text: Zeroizing::new(text.clone()),
                attachment_names: Vec::new(),
            });
            continue;
        }
        let (text, names) = match open_message(&m, &me) {
            Ok(Some(b)) => (
                b.text.clone(),
                b.attachments.iter().map(|a| a.name.clone()).collect(),
            ),
            Ok(None) => (String::new(), Vec::new()),
            Err(()) => (stand.swapped.clone(), Vec::new()),
        };
        thread.push(ThreadEntry {
            from_reporter: m.author == Author::Reporter,
            who,
            day: m.created_day.as_str().to_string(),
            text: Zeroizing::new(text),
            attachment_names: names,
        });
    }
    Ok(Some(Opened {
        status: report.status,
        received_day: report.received_day.as_str().to_string(),
        deadlines: super::deadlines::of(&report),
        sealed_by_server: report.sealed_by == storage::SealedBy::Server,
        thread,
    }))
}

/// Opens one message row as the message it is (its kind and id): `Err` when the envelope was
/// made for another object, `Ok(None)` when it does not open or hold a message.
fn open_message(m: &storage::messages::Message, me: &KeyPair) -> Result<Option<MessageBody>, ()> {
    let Ok(env) = Envelope::parse(&m.envelope) else {
        return Ok(None);
    };
    let kind = if m.author == Author::Note {
        EnvKind::Note
    } else {
        EnvKind::Message
    };
    let Some(id) = envelope::unhex::<16>(&m.id) else {
        return Ok(None);
    };
    let plain = match env.open(kind, &id, me) {
        Ok(p) => p,
        Err(e @ EnvelopeError::Mismatch { .. }) => {
            tracing::warn!(message = %m.id, error = %e, "a message row holds another object's envelope");
            return Err(());
        }
        Err(_) => return Ok(None),
    };
    match serde_json::from_slice::<MessageBody>(&plain) {
        Ok(b) => Ok(Some(b)),
        Err(_) => {
            tracing::warn!("a message did not hold valid message JSON");
            Ok(None)
        }
    }
}

async fn conversation_response(
    req: &HttpRequest,
    state: &web::Data<IntakeState>,
    t: &Translator,
    receipt: Receipt,
    reply_sent: bool,
    reply_error: Option<String>,
    reply_value: String,
) -> Result<HttpResponse, WebError> {
    let st = state.clone();
    let r = receipt.clone();
    let stand = Stand::new(t);
    let opened = crate::blocking::block("receipt", move || open_conversation(&st, &r, &stand))
        .await
        .map_err(|e| WebError::from(e).in_lang(t))?
        .map_err(|e| e.in_lang(t))?;
    let Some(o) = opened else {
        let page = FollowupPage {
            c: Chrome::new(req, &state.signer_fingerprint),
            csrf: state.csrf.issue("followup"),
            error: Some(t.t("followup-wrong-receipt")),
            kept: Some(reply_value).filter(|v| !v.is_empty()),
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let status = if reply_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ConversationPage {
        c: Chrome::new(req, &state.signer_fingerprint),
        csrf: state.csrf.issue("reply"),
        receipt: receipt.display(),
        status: status_label(t, o.status),
        received_day: o.received_day,
        deadlines: o.deadlines,
        sealed_by_server: o.sealed_by_server,
        thread: o.thread,
        reply_error,
        reply_sent,
        reply_value,
        max_files: state.intake.limits.max_files,
    };
    render(status, &page)
}

/// `POST /followup`: the receipt opens the conversation.
pub async fn open(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    form: web::Form<SignInForm>,
) -> Result<HttpResponse, WebError> {
    let started = Instant::now();
    let t = translator(&req);
    // Cheap checks first: a flood of invalid sign-ins never takes the budget. A wrong token is
    // answered at once (its timing tells nothing about any receipt).
    if !state.csrf.check("followup", &form.csrf) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t));
    }
    let result = async {
        match Receipt::parse(&form.receipt) {
            Ok(receipt) => {
                state
                    .limiters
                    .followups
                    .take_or_refuse()
                    .await
                    .map_err(|e| e.in_lang(&t))?;
                conversation_response(&req, &state, &t, receipt, false, None, String::new()).await
            }
            Err(_) => {
                let page = FollowupPage {
                    c: Chrome::new(&req, &state.signer_fingerprint),
                    csrf: state.csrf.issue("followup"),
                    error: Some(t.t("followup-wrong-receipt")),
                    kept: None,
                };
                render(StatusCode::UNPROCESSABLE_ENTITY, &page)
            }
        }
    }
    .await;
    if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
        actix_web::rt::time::sleep(rest).await;
    }
    result
}

/// `POST /followup/reply`: a message from the reporter, sealed on arrival to the report's
/// bodies' current keys and to the reporter's own key (so it can be read back).
pub async fn reply(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    payload: Multipart,
) -> Result<HttpResponse, WebError> {
    let started = Instant::now();
    let t = translator(&req);
    // The size the body declares, then the token (the form's first part): both checked before
    // anything else is read.
    check_length(&req, &state.intake.limits).map_err(|e| form_error(e, &t))?;
    let mut reader = FormReader::new(payload, state.intake.limits, state.upload_sink());
    let token = reader
        .first_text("csrf")
        .await
        .map_err(|e| form_error(e, &t))?;
    if !state.csrf.check("reply", &token) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t));
    }
    let mut form = reader
        .rest("attachment")
        .await
        .map_err(|e| form_error(e, &t))?;
    // Every copy of the text is zeroized when dropped, the intermediate one too.
    let unix = Zeroizing::new(form.first("text").unwrap_or("").replace("\r\n", "\n"));
    let text = Zeroizing::new(unix.trim().to_string());
    let receipt = Receipt::parse(form.first("receipt").unwrap_or(""));
    let Ok(receipt) = receipt else {
        if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
            actix_web::rt::time::sleep(rest).await;
        }
        // The sign-in page, with the typed reply kept to be copied.
        return unsent(&req, &state, &t, &text);
    };
    state
        .limiters
        .followups
        .take_or_refuse()
        .await
        .map_err(|e| e.in_lang(&t))?;
    let problem = if text.is_empty() && form.files.is_empty() {
        Some(t.t("conversation-reply-empty"))
    } else if text.chars().count() > MAX_MESSAGE_CHARS || !form.cut.is_empty() {
        Some(t.t1("error-too-long", "max", MAX_MESSAGE_CHARS as u64))
    } else {
        None
    };
    if let Some(problem) = problem {
        let kept = text.to_string();
        return conversation_response(&req, &state, &t, receipt, false, Some(problem), kept).await;
    }

    // Shown again if the receipt turns out unknown (the sealing below takes `text`).
    let typed = text.clone();
    let st = state.clone();
    let r = receipt.clone();
    let files = std::mem::take(&mut form.files);
    let stored = crate::blocking::block("seal", move || -> Result<bool, WebError> {
        let Some(report) = find_by_receipt(&st, &r)? else {
            return Ok(false);
        };
        let mut bodies = Vec::new();
        if report.to_euipo {
            bodies.push(Body::Euipo);
        }
        if report.to_ec3 {
            bodies.push(Body::Ec3);
        }
        let mut keys: Vec<envelope::PublicKey> = recipients(&st.keyring, &bodies)
            .map_err(|_| WebError::internal())?
            .into_iter()
            .map(|(_, pk)| pk)
            .collect();
        keys.push(envelope::PublicKey(report.reporter_pk));
        let id_bytes = envelope::random_id();
        let body = MessageBody {
            v: MESSAGE_JSON_VERSION,
            text: text.to_string(),
            attachments: files.iter().map(SealedFile::to_ref).collect(),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&body).map_err(|_| WebError::internal())?);
        drop(body);
        let env = Envelope::seal(EnvKind::Message, id_bytes, &plain, &keys).map_err(|e| {
            tracing::error!(error = %e, "sealing a message failed");
            WebError::internal()
        })?;
        let message = storage::messages::NewMessage {
            id: envelope::hex(&id_bytes),
            report_id: report.id.clone(),
            author: Author::Reporter,
            reviewer_id: None,
            envelope: env.to_bytes(),
            created_day: Day::today(),
            attachments: Vec::new(),
        };
        let staged: Vec<_> = files.into_iter().map(SealedFile::into_staged).collect();
        st.db.write(|c| {
            storage::messages::insert_message(c, &message)?;
            storage::uploads::attach(c, &message.report_id, Some(&message.id), &staged)
        })?;
        Ok(true)
    })
    .await
    .map_err(|e| WebError::from(e).in_lang(&t))?
    .map_err(|e| e.in_lang(&t))?;
    if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
        actix_web::rt::time::sleep(rest).await;
    }
    if stored {
        form.uploads.keep();
    } else {
        return unsent(&req, &state, &t, &typed);
    }
    conversation_response(&req, &state, &t, receipt, true, None, String::new()).await
}

/// A reply whose receipt was not recognised: the sign-in page with the message, and the
/// typed reply shown so that it is not lost (nothing was stored).
fn unsent(
    req: &HttpRequest,
    state: &IntakeState,
    t: &Translator,
    text: &str,
) -> Result<HttpResponse, WebError> {
    let page = FollowupPage {
        c: Chrome::new(req, &state.signer_fingerprint),
        csrf: state.csrf.issue("followup"),
        error: Some(t.t("followup-wrong-receipt")),
        kept: Some(text.to_string()).filter(|v| !v.is_empty()),
    };
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
