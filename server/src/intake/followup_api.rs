//! The follow-up with JavaScript: the reporter's browser derives the key pair and a sign-in
//! token from the receipt and sends only the token, never the receipt. The server finds the
//! report by a hash of the token (`envelope::receipt::token_lookup`, the lookup hash it stores),
//! returns the sealed conversation for the browser to open (with the Directive's deadlines the
//! reporter may know, `deadlines`), and stores replies the browser sealed itself — to the
//! reporter's key and the current keys of the report's bodies, exactly. A client that sends
//! files with a reply posts the same route as `multipart/form-data` (`followup_attach`).
//!
//! As on the no-JavaScript path, a wrong token gets the same answer after the same minimum time,
//! under the same global limit on attempts.

use std::collections::BTreeSet;
use std::time::Instant;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use envelope::{Body, Envelope, Kind as EnvKind, PublicKey};
use i18n::Translator;
use serde::Serialize;
use storage::{Author, Day};
use zeroize::Zeroizing;

use super::authorship::{authorship, Authorship};
use super::followup::MIN_ANSWER_TIME;
use super::seal::recipients;
use super::IntakeState;
use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// A reply's envelope: a message of at most 20,000 characters pads to at most 128 KiB.
const MAX_REPLY_ENVELOPE: usize = 256 * 1024;

#[derive(serde::Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    token: String,
}

impl Drop for TokenForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.token);
    }
}

#[derive(Serialize)]
struct MessageJson {
    id: String,
    author: &'static str,
    day: String,
    /// Who wrote it, as the page says it: from the signed keyring (`authorship`), translated.
    who: String,
    /// The sealed message, for the browser to open; absent when it is not to be shown.
    envelope: Option<String>,
    /// The text shown instead of the message: a refused reviewer message (no valid signature)
    /// or the channel's standard notice.
    instead: Option<String>,
    /// A refused reviewer message (no valid signature from a keyring reviewer): shown as an
    /// error.
    refused: bool,
    /// The reviewer's detached signature (Base64, 64 bytes) of a message handed over, so a
    /// client holding its own pinned keyring can check the author itself (`tsr-report`).
    signature: Option<String>,
}

/// A message as the JavaScript page shows it, with the same authorship rules as the server's
/// conversation page (`authorship`): a reviewer message without a valid signature from a
/// keyring reviewer is never handed over to be opened.
fn message_json(
    state: &IntakeState,
    t: &Translator,
    report: &storage::reports::Report,
    m: storage::messages::Message,
) -> MessageJson {
    let who = authorship(&state.keyring, &bodies_of(report), &report.id, &m);
    let (label, instead) = match &who {
        Authorship::Reporter => (t.t("conversation-from-you"), None),
        Authorship::Signed(name) => (
            t.t1("conversation-from-signed", "name", name.as_str()),
            None,
        ),
        Authorship::Refused => {
            tracing::warn!(message = %m.id, "a reviewer message without a valid signature");
            (
                t.t("conversation-from-reviewer"),
                Some(t.t("message-bad-signature")),
            )
        }
        Authorship::Notice => (
            t.t("conversation-from-channel"),
            Some(t.t("console-ack-default")),
        ),
    };
    MessageJson {
        author: if m.author == Author::Reporter {
            "reporter"
        } else {
            "reviewer"
        },
        day: m.created_day.as_str().to_string(),
        who: label,
        envelope: instead.is_none().then(|| envelope::b64(&m.envelope)),
        refused: who == Authorship::Refused,
        signature: instead
            .is_none()
            .then(|| m.signature.as_deref().map(envelope::b64))
            .flatten(),
        instead,
        id: m.id,
    }
}

#[derive(Serialize)]
struct ConversationJson {
    /// The report's id (32 hex digits): part of what a reviewer's message signature covers.
    report_id: String,
    status: String,
    /// The status as a stable code (`received`, `acknowledged`, ...), for clients.
    status_code: &'static str,
    received_day: String,
    /// The Directive's deadlines the reporter may know (`deadlines`), as the page shows them.
    deadlines: Option<super::deadlines::ReporterDeadlines>,
    sealed_by_server: bool,
    bodies: Vec<&'static str>,
    messages: Vec<MessageJson>,
    /// For the next reply.
    csrf: String,
}

pub(super) fn token_of(text: &str) -> Option<Zeroizing<[u8; 32]>> {
    let bytes = Zeroizing::new(envelope::unb64(text.trim(), "token").ok()?);
    let mut out = Zeroizing::new([0u8; 32]);
    if bytes.len() != 32 {
        return None;
    }
    out.copy_from_slice(&bytes);
    Some(out)
}

fn find_by_token(
    state: &IntakeState,
    token: &[u8; 32],
) -> Result<Option<storage::reports::Report>, WebError> {
    let lookup = envelope::receipt::token_lookup(token).map_err(|_| WebError::internal())?;
    let mut conn = state.db.conn()?;
    Ok(storage::reports::find_report_by_receipt_lookup(
        &mut conn, &lookup,
    )?)
}

fn bodies_of(report: &storage::reports::Report) -> Vec<Body> {
    let mut bodies = Vec::new();
    if report.to_euipo {
        bodies.push(Body::Euipo);
    }
    if report.to_ec3 {
        bodies.push(Body::Ec3);
    }
    bodies
}

pub(super) fn wrong_token(t: &Translator) -> HttpResponse {
    HttpResponse::build(StatusCode::UNPROCESSABLE_ENTITY)
        .insert_header(("Cache-Control", "no-store"))
        .json(serde_json::json!({ "error": { "code": "wrong_receipt", "message": t.t("followup-wrong-receipt") } }))
}

pub(super) async fn at_least_min_time(started: Instant) {
    if let Some(rest) = MIN_ANSWER_TIME.checked_sub(started.elapsed()) {
        actix_web::rt::time::sleep(rest).await;
    }
}

/// `POST /followup/conversation` (form: `csrf`, `token` in Base64): the sealed conversation.
pub async fn conversation(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    form: web::Form<TokenForm>,
) -> Result<HttpResponse, WebError> {
    let started = Instant::now();
    let t = translator(&req);
    if !state.csrf.check("followup", &form.csrf) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t).as_json());
    }
    let Some(token) = token_of(&form.token) else {
        at_least_min_time(started).await;
        return Ok(wrong_token(&t));
    };
    // The follow-up's budget is taken only by a request whose token and form are valid.
    state
        .limiters
        .followups
        .take_or_refuse()
        .await
        .map_err(|e| e.in_lang(&t).as_json())?;
    let st = state.clone();
    let found = crate::blocking::block("receipt", move || {
        let Some(report) = find_by_token(&st, &token)? else {
            return Ok::<_, WebError>(None);
        };
        let mut conn = st.db.conn()?;
        let messages = storage::messages::list_messages(&mut conn, &report.id, false)?;
        Ok(Some((report, messages)))
    })
    .await
    .map_err(|e| WebError::from(e).in_lang(&t).as_json())?
    .map_err(|e| e.in_lang(&t).as_json())?;
    at_least_min_time(started).await;
    let Some((report, messages)) = found else {
        return Ok(wrong_token(&t));
    };
    let body = ConversationJson {
        report_id: report.id.clone(),
        status_code: report.status.as_str(),
        status: t.t(&format!(
            "status-{}",
            report.status.as_str().replace('_', "-")
        )),
        received_day: report.received_day.as_str().to_string(),
        deadlines: super::deadlines::of(&report),
        sealed_by_server: report.sealed_by == storage::SealedBy::Server,
        bodies: bodies_of(&report).iter().map(|b| b.as_str()).collect(),
        messages: messages
            .into_iter()
            .map(|m| message_json(&state, &t, &report, m))
            .collect(),
        csrf: state.csrf.issue("reply"),
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(body))
}

/// What a reply's envelope and token lead to, once the report is looked up.
pub(super) enum Target {
    /// The report's id: the envelope is sealed to exactly its recipients.
    Report(String),
    WrongToken,
    /// Sealed to other keys than the reporter's and the bodies' current ones.
    BadRecipients,
}

/// Finds the report of `token` and checks that `env` is sealed to exactly the reporter's key
/// and the current keys of the report's bodies (the same rule for every reply).
pub(super) async fn target(
    state: &web::Data<IntakeState>,
    token: Zeroizing<[u8; 32]>,
    recipients_of_env: BTreeSet<PublicKey>,
) -> Result<Target, WebError> {
    let st = state.clone();
    crate::blocking::block("db", move || {
        let Some(report) = find_by_token(&st, &token)? else {
            return Ok::<_, WebError>(Target::WrongToken);
        };
        let mut wanted: BTreeSet<PublicKey> = recipients(&st.keyring, &bodies_of(&report))
            .map_err(|_| WebError::internal())?
            .into_iter()
            .map(|(_, pk)| pk)
            .collect();
        wanted.insert(PublicKey(report.reporter_pk));
        if recipients_of_env != wanted {
            return Ok(Target::BadRecipients);
        }
        Ok(Target::Report(report.id))
    })
    .await
    .map_err(WebError::from)?
}

/// A reply's envelope, checked without a key: a message envelope of version 2 or later.
pub(super) fn reply_envelope(bytes: &[u8]) -> Option<Envelope> {
    let env = Envelope::parse(bytes).ok()?;
    (env.kind == EnvKind::Message && env.version() >= 2).then_some(env)
}

/// Stores a reply and its staged attachments in one transaction. `Ok(false)`: an id already
/// taken (a replayed reply), nothing stored.
pub(super) async fn store_reply(
    state: &web::Data<IntakeState>,
    report_id: String,
    env: &Envelope,
    bytes: Vec<u8>,
    staged: Vec<storage::uploads::StagedAttachment>,
) -> Result<bool, WebError> {
    let message = storage::messages::NewMessage {
        id: envelope::hex(&env.id),
        report_id,
        author: Author::Reporter,
        reviewer_id: None,
        envelope: bytes,
        created_day: Day::today(),
        attachments: Vec::new(),
    };
    let db = state.db.clone();
    let stored = crate::blocking::block("db", move || {
        db.write(|c| {
            storage::messages::insert_message(c, &message)?;
            storage::uploads::attach(c, &message.report_id, Some(&message.id), &staged)
        })
    })
    .await
    .map_err(WebError::from)?;
    match stored {
        Ok(()) => Ok(true),
        Err(storage::StorageError::Conflict(_)) => Ok(false),
        Err(e) => Err(WebError::from(e)),
    }
}

pub(super) fn header<'a>(req: &'a HttpRequest, name: &str) -> &'a str {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn is_multipart(req: &HttpRequest) -> bool {
    header(req, "Content-Type")
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
}

/// `POST /followup/messages` (headers `X-CSRF-Token`, `X-Followup-Token`). Body: the envelope
/// of a message the client sealed to the reporter's key and the bodies' current keys; or, as
/// `multipart/form-data`, that envelope (part `envelope`, first) followed by one `attachment`
/// part per file, a client-sealed attachment stream (`followup_attach`).
pub async fn post_message(
    req: HttpRequest,
    state: web::Data<IntakeState>,
    payload: web::Payload,
) -> Result<HttpResponse, WebError> {
    if is_multipart(&req) {
        return super::followup_attach::post_with_attachments(req, state, payload).await;
    }
    let started = Instant::now();
    let t = translator(&req);
    let bad = |t: &Translator| WebError::new(Kind::BadRequest).in_lang(t).as_json();
    if !state.csrf.check("reply", header(&req, "X-CSRF-Token")) {
        return Err(WebError::new(Kind::Csrf).in_lang(&t).as_json());
    }
    let too_large = |t: &Translator| {
        WebError::new(Kind::TooLarge { limit_mib: 1 })
            .in_lang(t)
            .as_json()
    };
    let body = read_limited(payload, MAX_REPLY_ENVELOPE)
        .await
        .map_err(|over| if over { too_large(&t) } else { bad(&t) })?;
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
    let Some(env) = reply_envelope(&body) else {
        return Err(bad(&t));
    };
    let got: BTreeSet<PublicKey> = env.recipients().into_iter().collect();
    let found = target(&state, token, got)
        .await
        .map_err(|e| e.in_lang(&t).as_json())?;
    let stored = match found {
        Target::Report(id) => Some(
            store_reply(&state, id, &env, body.to_vec(), Vec::new())
                .await
                .map_err(|e| e.in_lang(&t).as_json())?,
        ),
        Target::WrongToken => None,
        Target::BadRecipients => Some(false),
    };
    at_least_min_time(started).await;
    match stored {
        None => Ok(wrong_token(&t)),
        Some(false) => Err(bad(&t)),
        Some(true) => Ok(stored_answer(0)),
    }
}

pub(super) fn stored_answer(attachments: usize) -> HttpResponse {
    HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(serde_json::json!({ "stored": true, "attachments": attachments }))
}

/// A whole body of at most `limit` bytes; `Err(true)` when it is longer, `Err(false)` when it
/// broke off.
async fn read_limited(mut payload: web::Payload, limit: usize) -> Result<web::Bytes, bool> {
    use futures_util::StreamExt;
    let mut buf = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| false)?;
        if buf.len() + chunk.len() > limit {
            return Err(true);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}
