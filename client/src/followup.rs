//! `tsr-report messages`, `reply` and `status`: the follow-up as the browser's page does it
//! (`server/static/js/followup.js`). The receipt never leaves this computer: the reporter key
//! pair and the sign-in token are derived here (keys/FORMAT.md, "Receipt and reporter key
//! pair"); only the token is sent. Reviewer messages are shown only when their signature
//! verifies with a reviewer's `signing_key` in the keyring verified against the pin.

use domain::message::MessageBody;
use envelope::{Body, Envelope, KeyPair, Keyring, Kind, Receipt};
use std::path::PathBuf;

use reqwest::blocking::multipart::{Form, Part};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::attach;
use crate::error::{other, CliError, Result};
use crate::net::{self, Api};
use crate::progress::Bars;
use crate::submit::IntakeInfo;

#[derive(Deserialize)]
pub struct MessageJson {
    pub id: String,
    pub author: String,
    pub day: String,
    pub who: String,
    pub envelope: Option<String>,
    pub instead: Option<String>,
    pub refused: bool,
    #[serde(default)]
    pub signature: Option<String>,
}

/// The Directive's deadlines as the server tells the reporter (days, `YYYY-MM-DD`).
#[derive(Deserialize, Serialize)]
pub struct Deadlines {
    pub acknowledgement_due: String,
    pub acknowledged_day: Option<String>,
    pub feedback_due: Option<String>,
}

#[derive(Deserialize)]
pub struct Conversation {
    pub report_id: String,
    pub status: String,
    pub status_code: String,
    pub received_day: String,
    /// Absent from servers older than the deadlines in the follow-up.
    #[serde(default)]
    pub deadlines: Option<Deadlines>,
    pub sealed_by_server: bool,
    pub bodies: Vec<Body>,
    pub messages: Vec<MessageJson>,
    pub csrf: String,
}

/// The signed-in reporter: the key pair and the token, derived from the receipt.
pub struct Reporter {
    pub keys: KeyPair,
    token: Zeroizing<[u8; 32]>,
}

impl Reporter {
    pub fn from_receipt(receipt: &Receipt) -> Result<Self> {
        Ok(Reporter {
            keys: receipt
                .reporter_keypair()
                .map_err(|e| other("receipt", e))?,
            token: receipt.signin_token().map_err(|e| other("receipt", e))?,
        })
    }

    fn token_b64(&self) -> Zeroizing<String> {
        Zeroizing::new(envelope::b64(&*self.token))
    }
}

/// `POST /followup/conversation` with the sign-in token.
pub fn conversation(api: &Api, me: &Reporter) -> Result<Conversation> {
    let info: IntakeInfo = api.get_json("/api/v1/intake")?;
    let token = me.token_b64();
    let form = [
        ("csrf", info.followup_csrf.as_str()),
        ("token", token.as_str()),
    ];
    let resp = api
        .http()
        .post(api.url("/followup/conversation")?)
        .form(&form)
        .send()
        .map_err(net::network)?;
    Api::answer(resp).map_err(wrong_receipt)
}

fn wrong_receipt(e: CliError) -> CliError {
    match e {
        CliError::Server {
            status: 422,
            message,
            ..
        } => CliError::Receipt(message),
        e => e,
    }
}

/// One message as shown: its text only when it opens and, for a reviewer's, when its
/// signature verifies against the keyring.
pub struct Shown {
    pub id: String,
    pub day: String,
    pub author: String,
    pub who: String,
    pub text: Option<Zeroizing<String>>,
    /// The names of the files the message lists (as the conversation page shows them).
    pub attachments: Vec<String>,
    pub notice: Option<String>,
    pub refused: bool,
}

const REFUSED: &str =
    "This message could not be verified against the pinned keyring and is not shown.";
const UNREADABLE: &str = "This message could not be opened.";

fn open_text(
    m: &MessageJson,
    bytes: &[u8],
    me: &KeyPair,
) -> Option<(Zeroizing<String>, Vec<String>)> {
    let id = envelope::unhex::<16>(&m.id)?;
    let env = Envelope::parse(bytes).ok()?;
    let plain = env.open(Kind::Message, &id, me).ok()?;
    let body: MessageBody = serde_json::from_slice(&plain).ok()?;
    let names = body.attachments.iter().map(|a| a.name.clone()).collect();
    Some((Zeroizing::new(body.text.clone()), names))
}

pub fn show(conv: &Conversation, keyring: &Keyring, me: &KeyPair) -> Vec<Shown> {
    let report_id = envelope::unhex::<16>(&conv.report_id);
    conv.messages
        .iter()
        .map(|m| {
            let mut shown = Shown {
                id: m.id.clone(),
                day: m.day.clone(),
                author: m.author.clone(),
                who: m.who.clone(),
                text: None,
                attachments: Vec::new(),
                notice: m.instead.clone(),
                refused: m.refused,
            };
            let Some(b64) = m.envelope.as_deref() else {
                return shown;
            };
            let Ok(bytes) = envelope::unb64(b64, "envelope") else {
                shown.notice = Some(UNREADABLE.into());
                return shown;
            };
            if m.author != "reporter" {
                let verified = (|| {
                    let sig = envelope::unb64(m.signature.as_deref()?, "signature").ok()?;
                    let mid = envelope::unhex::<16>(&m.id)?;
                    keyring
                        .message_author(&conv.bodies, report_id.as_ref()?, &mid, &bytes, &sig)
                        .map(|(body, entry)| format!("{} ({body})", entry.name))
                })();
                match verified {
                    Some(name) => shown.who = format!("{name}, signature verified"),
                    None => {
                        shown.refused = true;
                        shown.notice = Some(REFUSED.into());
                        return shown;
                    }
                }
            }
            match open_text(m, &bytes, me) {
                Some((t, names)) => {
                    shown.text = Some(t);
                    shown.attachments = names;
                }
                None => shown.notice = Some(UNREADABLE.into()),
            }
            shown
        })
        .collect()
}

pub fn messages_json(conv: &Conversation, shown: &[Shown]) -> Value {
    json!({
        "report_id": conv.report_id,
        "status": conv.status,
        "status_code": conv.status_code,
        "messages": shown.iter().map(|s| json!({
            "id": s.id,
            "day": s.day,
            "author": s.author,
            "who": s.who,
            "text": s.text.as_ref().map(|t| t.as_str()),
            "attachments": s.attachments,
            "notice": s.notice,
            "refused": s.refused,
        })).collect::<Vec<_>>(),
    })
}

pub fn messages_human(shown: &[Shown]) -> String {
    if shown.is_empty() {
        return "No messages yet.\n".into();
    }
    let mut out = String::new();
    for (i, s) in shown.iter().enumerate() {
        out.push_str(&format!("#{} · {} · {}\n", i + 1, s.day, s.who));
        match (&s.text, &s.notice) {
            (Some(t), _) => out.push_str(t),
            (None, Some(n)) if s.refused => out.push_str(&format!("[refused] {n}")),
            (None, Some(n)) => out.push_str(n),
            (None, None) => {}
        }
        for name in &s.attachments {
            out.push_str(&format!("\n  [file] {name}"));
        }
        out.push_str("\n\n");
    }
    out
}

pub fn status_json(conv: &Conversation) -> Value {
    json!({
        "report_id": conv.report_id,
        "status": conv.status,
        "status_code": conv.status_code,
        "received_day": conv.received_day,
        "deadlines": conv.deadlines,
        "sealed_by_server": conv.sealed_by_server,
        "recipients": conv.bodies.iter().map(|b| b.as_str()).collect::<Vec<_>>(),
        "messages": conv.messages.len(),
        "from_reviewers": conv.messages.iter().filter(|m| m.author != "reporter").count(),
    })
}

pub fn status_human(conv: &Conversation) -> String {
    let bodies: Vec<&str> = conv.bodies.iter().map(|b| b.as_str()).collect();
    let mut out = format!(
        "Report:     {}\nStatus:     {} ({})\nReceived:   {}\n",
        conv.report_id, conv.status, conv.status_code, conv.received_day,
    );
    // As the conversation page shows them.
    if let Some(d) = &conv.deadlines {
        match &d.acknowledged_day {
            Some(day) => out.push_str(&format!("Acknowledged on:        {day}\n")),
            None => out.push_str(&format!(
                "Acknowledgement due by: {}\n",
                d.acknowledgement_due
            )),
        }
        if let Some(day) = &d.feedback_due {
            out.push_str(&format!("Feedback due by:        {day}\n"));
        }
    }
    out.push_str(&format!(
        "Recipients: {}\nMessages:   {}\n",
        bodies.join(", "),
        conv.messages.len()
    ));
    out
}

/// The reply's text as the browser sends it: CRLF as LF, trimmed, at most 20,000 characters,
/// and not empty unless files are attached (as on the conversation page).
pub fn reply_text(raw: &str, with_files: bool) -> Result<Zeroizing<String>> {
    let text = Zeroizing::new(raw.replace("\r\n", "\n").trim().to_string());
    if text.is_empty() && !with_files {
        return Err(CliError::Usage("the reply is empty".into()));
    }
    let max = domain::message::MAX_MESSAGE_CHARS;
    if text.chars().count() > max {
        return Err(CliError::Usage(format!(
            "the reply is longer than {max} characters"
        )));
    }
    Ok(text)
}

/// What a reply carries besides its text.
pub struct Files<'a> {
    pub paths: &'a [PathBuf],
    pub bars: Bars,
    pub forced: bool,
}

/// Seals a reply to the reporter's own key and the current keys of the report's bodies, and
/// sends it with the sign-in token (`POST /followup/messages`): the envelope alone, or with
/// attachments as `multipart/form-data` (the envelope first, then each attachment stream,
/// sealed while it is sent). Returns the message id and what was attached (name, size).
pub fn reply(
    api: &Api,
    me: &Reporter,
    conv: &Conversation,
    keyring: &Keyring,
    text: &str,
    files: Files<'_>,
) -> Result<(String, Vec<(String, u64)>)> {
    let mut keys = vec![me.keys.public];
    let recipients = keyring
        .recipients(&conv.bodies)
        .map_err(|e| CliError::Keyring(format!("the keyring's recipients: {e}")))?;
    keys.extend(recipients.into_iter().map(|(_, k)| k));
    let outgoing = if files.paths.is_empty() {
        Vec::new()
    } else {
        let info: IntakeInfo = api.get_json("/api/v1/intake")?;
        attach::prepare(files.paths, &info)?
    };
    let body = MessageBody {
        v: domain::message::MESSAGE_JSON_VERSION,
        text: text.to_string(),
        attachments: outgoing.iter().map(|o| o.reference.clone()).collect(),
    };
    let plain = Zeroizing::new(serde_json::to_vec(&body).map_err(|e| other("message JSON", e))?);
    drop(body);
    let id = envelope::random_id();
    let sealed = Envelope::seal(Kind::Message, id, &plain, &keys)
        .map_err(|e| other("sealing the reply", e))?
        .to_bytes();
    drop(plain);
    let token = me.token_b64();
    let request = api
        .http()
        .post(api.url("/followup/messages")?)
        .header("X-CSRF-Token", &conv.csrf)
        .header("X-Followup-Token", token.as_str());
    let mut sent = Vec::new();
    let request = if outgoing.is_empty() {
        request
            .header("Content-Type", "application/octet-stream")
            .body(sealed)
    } else {
        let mut form = Form::new().part("envelope", Part::bytes(sealed).file_name("envelope"));
        for o in outgoing {
            sent.push((o.reference.name.clone(), o.reference.size));
            form = form.part("attachment", attach::part(o, files.bars, files.forced)?);
        }
        request.multipart(form)
    };
    let resp = request.send().map_err(net::network)?;
    let _: Value = Api::answer(resp).map_err(wrong_receipt)?;
    Ok((envelope::hex(&id), sent))
}
