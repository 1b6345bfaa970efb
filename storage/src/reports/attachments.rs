//! Attachments: encrypted files stored as ordered ciphertext chunks, with the report or with a
//! message of its conversation.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{attachment_chunks, attachments};
use crate::types::check_object_id;

/// Rows per multi-row INSERT of attachment chunks (well under both backends' bind limits).
const CHUNK_BATCH: usize = 256;

/// An encrypted attachment to store, as its ordered ciphertext chunks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// 1 to 64 characters of `[0-9A-Za-z_-]`.
    pub id: String,
    /// Ciphertext chunks in order; stored with `seq` 0, 1, 2, ...
    pub chunks: Vec<Vec<u8>>,
}

/// A stored attachment's metadata (the chunks come from [`attachment_chunks()`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentMeta {
    pub id: String,
    pub report_id: String,
    /// The message it was sent with; `None` for attachments of the report itself.
    pub message_id: Option<String>,
    pub chunk_count: i64,
    pub ciphertext_bytes: i64,
}

#[derive(Insertable)]
#[diesel(table_name = attachments)]
struct AttachmentRow<'a> {
    id: &'a str,
    report_id: &'a str,
    message_id: Option<&'a str>,
    chunk_count: i64,
    ciphertext_bytes: i64,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = attachments)]
struct AttachmentQ {
    id: String,
    report_id: String,
    message_id: Option<String>,
    chunk_count: i64,
    ciphertext_bytes: i64,
}

#[derive(Insertable)]
#[diesel(table_name = attachment_chunks)]
struct ChunkRow<'a> {
    attachment_id: &'a str,
    seq: i64,
    bytes: &'a [u8],
}

impl From<AttachmentQ> for AttachmentMeta {
    fn from(a: AttachmentQ) -> Self {
        AttachmentMeta {
            id: a.id,
            report_id: a.report_id,
            message_id: a.message_id,
            chunk_count: a.chunk_count,
            ciphertext_bytes: a.ciphertext_bytes,
        }
    }
}

fn len_i64(n: usize) -> Result<i64, StorageError> {
    i64::try_from(n).map_err(|_| StorageError::Invalid("size out of range".into()))
}

/// Inserts attachments and their chunks (inside the caller's transaction).
pub(crate) fn insert_attachments(
    conn: &mut DbConn,
    report_id: &str,
    message_id: Option<&str>,
    list: &[NewAttachment],
) -> Result<(), StorageError> {
    for a in list {
        check_object_id("attachment", &a.id)?;
        let bytes: usize = a.chunks.iter().map(Vec::len).sum();
        diesel::insert_into(attachments::table)
            .values(AttachmentRow {
                id: &a.id,
                report_id,
                message_id,
                chunk_count: len_i64(a.chunks.len())?,
                ciphertext_bytes: len_i64(bytes)?,
            })
            .execute(conn)?;
        let rows = a
            .chunks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(ChunkRow {
                    attachment_id: &a.id,
                    seq: len_i64(i)?,
                    bytes: c,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        // Multi-row INSERTs are not available through the MultiConnection backend, so the
        // batch goes to the concrete connection.
        for batch in rows.chunks(CHUNK_BATCH) {
            let insert = diesel::insert_into(attachment_chunks::table).values(batch);
            match conn {
                DbConn::Sqlite(c) => insert.execute(c)?,
                DbConn::Pg(c) => insert.execute(c)?,
            };
        }
    }
    Ok(())
}

/// The attachment with this id, if any.
pub fn find_attachment(
    conn: &mut DbConn,
    attachment_id: &str,
) -> Result<Option<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .find(attachment_id)
        .select(AttachmentQ::as_select())
        .first(conn)
        .optional()?
        .map(AttachmentMeta::from))
}

/// All attachments of a report (its own and its messages'), ordered by id.
pub fn attachments_for_report(
    conn: &mut DbConn,
    report_id: &str,
) -> Result<Vec<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .filter(attachments::report_id.eq(report_id))
        .select(AttachmentQ::as_select())
        .order(attachments::id.asc())
        .load(conn)?
        .into_iter()
        .map(AttachmentMeta::from)
        .collect())
}

/// The attachments sent with one message, ordered by id.
pub fn attachments_for_message(
    conn: &mut DbConn,
    message_id: &str,
) -> Result<Vec<AttachmentMeta>, StorageError> {
    Ok(attachments::table
        .filter(attachments::message_id.eq(message_id))
        .select(AttachmentQ::as_select())
        .order(attachments::id.asc())
        .load(conn)?
        .into_iter()
        .map(AttachmentMeta::from)
        .collect())
}

/// An attachment's ciphertext chunks in order. `NotFound` for an unknown attachment;
/// `Invalid` if the stored chunks do not match the recorded count.
pub fn attachment_chunks(
    conn: &mut DbConn,
    attachment_id: &str,
) -> Result<Vec<Vec<u8>>, StorageError> {
    let Some(meta) = find_attachment(conn, attachment_id)? else {
        return Err(StorageError::NotFound("attachment"));
    };
    let chunks: Vec<Vec<u8>> = attachment_chunks::table
        .filter(attachment_chunks::attachment_id.eq(attachment_id))
        .select(attachment_chunks::bytes)
        .order(attachment_chunks::seq.asc())
        .load(conn)?;
    if len_i64(chunks.len())? != meta.chunk_count {
        return Err(StorageError::Invalid(
            "stored attachment has a different number of chunks than recorded".into(),
        ));
    }
    Ok(chunks)
}
