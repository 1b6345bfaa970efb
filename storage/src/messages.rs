//! The conversation of a report: encrypted messages between reporter and reviewers, and
//! internal reviewer notes. Each message gets a per-report sequence number that orders the
//! conversation (days alone are too coarse). A reviewer's message carries the detached Ed25519
//! signature made in the reviewer's browser (keys/FORMAT.md, "Signed reviewer messages"); it is
//! stored as given and checked by whoever shows the message.

use diesel::prelude::*;

use crate::db::{write_transaction, DbConn};
use crate::error::StorageError;
use crate::reports::{insert_attachments, NewAttachment};
use crate::schema::{messages, reports};
use crate::types::{check_object_id, Author, Day};

/// A message to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    /// 1 to 64 characters of `[0-9A-Za-z_-]`.
    pub id: String,
    pub report_id: String,
    pub author: Author,
    /// The reviewer who wrote it; must be `None` for the reporter.
    pub reviewer_id: Option<i64>,
    /// The encrypted message.
    pub envelope: Vec<u8>,
    pub created_day: Day,
    /// Attachments sent with the message.
    pub attachments: Vec<NewAttachment>,
}

/// A stored message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub report_id: String,
    /// 1, 2, 3, ... within the report.
    pub seq: i64,
    pub author: Author,
    pub reviewer_id: Option<i64>,
    pub envelope: Vec<u8>,
    pub created_day: Day,
    /// The author's detached signature (64 bytes), if the message was signed.
    pub signature: Option<Vec<u8>>,
    /// Written by the server itself (the standard acknowledgement), not by a reviewer.
    pub server_notice: bool,
}

/// What vouches for a message being stored: nothing (the reporter's, or an unsigned reviewer's),
/// its author's signature, or that the server wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin<'a> {
    Unsigned,
    /// The author's detached signature, 64 bytes.
    Signed(&'a [u8]),
    /// The server's own standard notice.
    ServerNotice,
}

#[derive(Insertable)]
#[diesel(table_name = messages)]
struct MessageRow<'a> {
    id: &'a str,
    report_id: &'a str,
    seq: i64,
    author: &'a str,
    reviewer_id: Option<i64>,
    envelope: &'a [u8],
    created_day: &'a str,
    signature: Option<&'a [u8]>,
    server_notice: bool,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = messages)]
struct MessageQ {
    id: String,
    report_id: String,
    seq: i64,
    author: String,
    reviewer_id: Option<i64>,
    envelope: Vec<u8>,
    created_day: String,
    signature: Option<Vec<u8>>,
    server_notice: bool,
}

impl TryFrom<MessageQ> for Message {
    type Error = StorageError;

    fn try_from(m: MessageQ) -> Result<Self, Self::Error> {
        Ok(Message {
            id: m.id,
            report_id: m.report_id,
            seq: m.seq,
            author: m.author.parse()?,
            reviewer_id: m.reviewer_id,
            envelope: m.envelope,
            created_day: m.created_day.parse()?,
            signature: m.signature,
            server_notice: m.server_notice,
        })
    }
}

/// Stores a message and its attachments in one transaction; returns its sequence number.
/// `NotFound` for an unknown report; `Conflict` for a taken message or attachment id.
pub fn insert_message(conn: &mut DbConn, message: &NewMessage) -> Result<i64, StorageError> {
    insert_message_from(conn, message, Origin::Unsigned)
}

/// [`insert_message`] with what vouches for it (a signature is stored with the message).
pub fn insert_message_from(
    conn: &mut DbConn,
    message: &NewMessage,
    origin: Origin<'_>,
) -> Result<i64, StorageError> {
    let signature = match origin {
        Origin::Signed(s) if s.len() != 64 => {
            return Err(StorageError::Invalid("a signature is 64 bytes".into()))
        }
        Origin::Signed(s) => Some(s),
        _ => None,
    };
    let server_notice = origin == Origin::ServerNotice;
    let fits = match origin {
        Origin::Unsigned => true,
        Origin::Signed(_) => message.author != Author::Reporter,
        Origin::ServerNotice => message.author == Author::Reviewer,
    };
    if !fits {
        return Err(StorageError::Invalid(
            "reviewers sign messages and notes; server notices go to the reporter".into(),
        ));
    }
    check_object_id("message", &message.id)?;
    if message.author == Author::Reporter && message.reviewer_id.is_some() {
        return Err(StorageError::Invalid(
            "a reporter message has no reviewer id".into(),
        ));
    }
    write_transaction(conn, |conn| {
        // Lock the report row on PostgreSQL so that concurrent messages to one report get
        // distinct sequence numbers (SQLite's BEGIN IMMEDIATE already serializes writers).
        let exists = match conn {
            DbConn::Pg(pg) => reports::table
                .find(&message.report_id)
                .select(reports::id)
                .for_update()
                .first::<String>(pg)
                .optional()?,
            DbConn::Sqlite(_) => reports::table
                .find(&message.report_id)
                .select(reports::id)
                .first::<String>(conn)
                .optional()?,
        };
        if exists.is_none() {
            return Err(StorageError::NotFound("report"));
        }
        let last: Option<i64> = messages::table
            .filter(messages::report_id.eq(&message.report_id))
            .select(diesel::dsl::max(messages::seq))
            .first(conn)?;
        let seq = last.unwrap_or(0) + 1;
        diesel::insert_into(messages::table)
            .values(MessageRow {
                id: &message.id,
                report_id: &message.report_id,
                seq,
                author: message.author.as_str(),
                reviewer_id: message.reviewer_id,
                envelope: &message.envelope,
                created_day: message.created_day.as_str(),
                signature,
                server_notice,
            })
            .execute(conn)?;
        insert_attachments(
            conn,
            &message.report_id,
            Some(&message.id),
            &message.attachments,
        )?;
        Ok(seq)
    })
}

/// The messages of a report in conversation order. Internal notes are included only when
/// `include_notes` is set (never for the reporter's view).
pub fn list_messages(
    conn: &mut DbConn,
    report_id: &str,
    include_notes: bool,
) -> Result<Vec<Message>, StorageError> {
    let mut query = messages::table
        .filter(messages::report_id.eq(report_id))
        .select(MessageQ::as_select())
        .order(messages::seq.asc())
        .into_boxed();
    if !include_notes {
        query = query.filter(messages::author.ne(Author::Note.as_str()));
    }
    query
        .load(conn)?
        .into_iter()
        .map(Message::try_from)
        .collect()
}

/// The message with this id, if any.
pub fn find_message(conn: &mut DbConn, id: &str) -> Result<Option<Message>, StorageError> {
    messages::table
        .find(id)
        .select(MessageQ::as_select())
        .first(conn)
        .optional()?
        .map(Message::try_from)
        .transpose()
}
