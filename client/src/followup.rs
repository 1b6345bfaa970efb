//! `tsr-report messages`, `reply` and `status`: the follow-up as the browser's page does it
//! (`server/static/js/followup.js`). The receipt never leaves this computer: the reporter key
//! pair and the sign-in token are derived here (keys/FORMAT.md, "Receipt and reporter key
//! pair"); only the token is sent. Reviewer messages are shown only when their signature
//! verifies with a reviewer's `signing_key` in the keyring verified against the pin.

use envelope::{Body, Envelope, KeyPair, Keyring, Kind, Receipt};
use serde::Deserialize;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::error::{other, CliError, Result};
use crate::net::{self, Api};
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

#[derive(Deserialize)]
pub struct Conversation {
    pub report_id: String,
    pub status: String,
    pub status_code: String,
    pub received_day: String,
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
    pub notice: Option<String>,
    pub refused: bool,
}

const REFUSED: &str =
    "This message could not be verified against the pinned keyring and is not shown.";
const UNREADABLE: &str = "This message could not be opened.";

fn open_text(m: &MessageJson, bytes: &[u8], me: &KeyPair) -> Option<Zeroizing<String>> {
    let id = envelope::unhex::<16>(&m.id)?;
    let env = Envelope::parse(bytes).ok()?;
    let plain = env.open(Kind::Message, &id, me).ok()?;
    let body: domain::message::MessageBody = serde_json::from_slice(&plain).ok()?;
    Some(Zeroizing::new(body.text.clone()))
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
                Some(t) => shown.text = Some(t),
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
        "sealed_by_server": conv.sealed_by_server,
        "recipients": conv.bodies.iter().map(|b| b.as_str()).collect::<Vec<_>>(),
        "messages": conv.messages.len(),
        "from_reviewers": conv.messages.iter().filter(|m| m.author != "reporter").count(),
    })
}

pub fn status_human(conv: &Conversation) -> String {
    let bodies: Vec<&str> = conv.bodies.iter().map(|b| b.as_str()).collect();
    format!(
        "Report:     {}\nStatus:     {} ({})\nReceived:   {}\nRecipients: {}\nMessages:   {}\n",
        conv.report_id,
        conv.status,
        conv.status_code,
        conv.received_day,
        bodies.join(", "),
        conv.messages.len()
    )
}

/// The reply's text as the browser sends it: CRLF as LF, trimmed, not empty, at most 20,000
/// characters.
pub fn reply_text(raw: &str) -> Result<Zeroizing<String>> {
    let text = Zeroizing::new(raw.replace("\r\n", "\n").trim().to_string());
    if text.is_empty() {
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

/// Seals a reply to the reporter's own key and the current keys of the report's bodies, and
/// sends it with the sign-in token (`POST /followup/messages`). Returns the message id.
pub fn reply(
    api: &Api,
    me: &Reporter,
    conv: &Conversation,
    keyring: &Keyring,
    text: &str,
) -> Result<String> {
    let mut keys = vec![me.keys.public];
    let recipients = keyring
        .recipients(&conv.bodies)
        .map_err(|e| CliError::Keyring(format!("the keyring's recipients: {e}")))?;
    keys.extend(recipients.into_iter().map(|(_, k)| k));
    let body = Zeroizing::new(
        serde_json::to_vec(&json!({ "v": 1, "text": text, "attachments": [] }))
            .map_err(|e| other("message JSON", e))?,
    );
    let id = envelope::random_id();
    let sealed = Envelope::seal(Kind::Message, id, &body, &keys)
        .map_err(|e| other("sealing the reply", e))?
        .to_bytes();
    let token = me.token_b64();
    let resp = api
        .http()
        .post(api.url("/followup/messages")?)
        .header("Content-Type", "application/octet-stream")
        .header("X-CSRF-Token", &conv.csrf)
        .header("X-Followup-Token", token.as_str())
        .body(sealed)
        .send()
        .map_err(net::network)?;
    let _: Value = Api::answer(resp).map_err(wrong_receipt)?;
    Ok(envelope::hex(&id))
}
