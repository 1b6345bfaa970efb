//! Coming back with the receipt: sign-in, the conversation, and replies — all without
//! JavaScript and without a session. The receipt travels with each request (hidden field) and
//! the server derives the reporter's key from it in memory to open replies.
//!
//! A wrong receipt gets the same answer, after the same minimum time, as any other wrong
//! receipt; a global limit on attempts bounds guessing without knowing who is guessing.

use std::time::{Duration, Instant};

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use domain::message::{MessageBody, MAX_MESSAGE_CHARS, MESSAGE_JSON_VERSION};
use envelope::{Body, Envelope, KeyPair, Kind as EnvKind, Receipt};
use i18n::Translator;
use storage::{Author, Day};
use zeroize::Zeroizing;

use super::multipart::{read_form, SealedFile};
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
    sealed_by_server: bool,
    thread: Vec<ThreadEntry>,
}

fn status_label(t: &Translator, s: storage::Status) -> String {
    t.t(&format!("status-{}", s.as_str().replace('_', "-")))
}

/// Looks the report up by the receipt and decrypts its conversation in memory.
fn open_conversation(state: &IntakeState, receipt: &Receipt) -> Result<Option<Opened>, WebError> {
    let lookup = receipt.lookup_hash().map_err(|_| WebError::internal())?;
    let mut conn = state.db.conn()?;
    let Some(report) = storage::reports::find_report_by_receipt_lookup(&mut conn, &lookup)? else {
        return Ok(None);
    };
    let me = receipt
        .reporter_keypair()
        .map_err(|_| WebError::internal())?;
    let mut thread = Vec::new();
    for m in storage::messages::list_messages(&mut conn, &report.id, false)? {
        let text = open_message(&m.envelope, &me);
        let names = text
            .as_ref()
            .map(|b| b.attachments.iter().map(|a| a.name.clone()).collect())
            .unwrap_or_default();
        thread.push(ThreadEntry {
            from_reporter: m.author == Author::Reporter,
            day: m.created_day.as_str().to_string(),
            text: Zeroizing::new(text.map(|b| b.text.clone()).unwrap_or_default()),
            attachment_names: names,
        });
    }
    Ok(Some(Opened {
        status: report.status,
        received_day: report.received_day.as_str().to_string(),
        sealed_by_server: report.sealed_by == storage::SealedBy::Server,
        thread,
    }))
}

fn open_message(bytes: &[u8], me: &KeyPair) -> Option<MessageBody> {
    let env = Envelope::parse(bytes).ok()?;
    let plain = env.open(me).ok()?;
    match serde_json::from_slice::<MessageBody>(&plain) {
        Ok(b) => Some(b),
        Err(_) => {
            tracing::warn!("a message did not hold valid message JSON");
            None
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
    let opened = crate::blocking::block("receipt", move || open_conversation(&st, &r))
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
    let result = async {
        if state.limiters.followups.check().is_err() {
            return Err(WebError::new(Kind::RateLimited).in_lang(&t));
        }
        if !state.csrf.check("followup", &form.csrf) {
            return Err(WebError::new(Kind::Csrf).in_lang(&t));
        }
        match Receipt::parse(&form.receipt) {
            Ok(receipt) => {
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
    if state.limiters.followups.check().is_err() {
        return Err(WebError::new(Kind::RateLimited).in_lang(&t));
    }
    let form = read_form(payload, "attachment", state.intake.limits)
        .await
        .map_err(|e| form_error(e, &t))?;
    if !state.csrf.check("reply", form.first("csrf").unwrap_or("")) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t));
    }
    let text = Zeroizing::new(
        form.first("text")
            .unwrap_or("")
            .replace("\r\n", "\n")
            .trim()
            .to_string(),
    );
    let receipt = Receipt::parse(form.first("receipt").unwrap_or(""));
    let Ok(receipt) = receipt else {
        if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
            actix_web::rt::time::sleep(rest).await;
        }
        // The sign-in page, with the typed reply kept to be copied.
        return unsent(&req, &state, &t, &text);
    };
    let problem = if text.is_empty() && form.files.is_empty() {
        Some(t.t("conversation-reply-empty"))
    } else if text.chars().count() > MAX_MESSAGE_CHARS {
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
    let files = form.files;
    let stored = crate::blocking::block("seal", move || -> Result<bool, WebError> {
        let lookup = r.lookup_hash().map_err(|_| WebError::internal())?;
        let mut conn = st.db.conn()?;
        let Some(report) = storage::reports::find_report_by_receipt_lookup(&mut conn, &lookup)?
        else {
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
            attachments: files.into_iter().map(SealedFile::into_stored).collect(),
        };
        drop(conn);
        st.db
            .write(|c| storage::messages::insert_message(c, &message))?;
        Ok(true)
    })
    .await
    .map_err(|e| WebError::from(e).in_lang(&t))?
    .map_err(|e| e.in_lang(&t))?;
    if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
        actix_web::rt::time::sleep(rest).await;
    }
    if !stored {
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
