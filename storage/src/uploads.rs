//! Uploads staged in the database as they arrive: the web server writes each attachment's
//! ciphertext chunks here while the request is still being read (so its memory stays bounded
//! whatever the size of the upload), and [`attach`] moves them into `attachment_chunks` in the
//! transaction that stores their report or message. A refused upload is [`discard`]ed; one left
//! behind by a crash is removed by [`purge_expired`]. Ciphertext only.

use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::DbConn;
use crate::error::StorageError;
use crate::schema::{attachments, upload_chunks};
use crate::types::check_object_id;

/// Rows per multi-row INSERT (well under both backends' bind limits).
const ROWS_PER_INSERT: usize = 64;

/// An attachment whose chunks are staged under `upload`, to be stored as attachment `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StagedAttachment {
    pub id: String,
    /// 32 lowercase hex digits, chosen by the server.
    pub upload: String,
    pub chunk_count: i64,
    pub ciphertext_bytes: i64,
}

#[derive(Insertable)]
#[diesel(table_name = upload_chunks)]
struct Row<'a> {
    upload_id: &'a str,
    seq: i64,
    bytes: &'a [u8],
    expires_at: i64,
}

/// Stages `chunks` of `upload` as sequence numbers `first_seq`, `first_seq + 1`, ...
pub fn stage(
    conn: &mut DbConn,
    upload: &str,
    first_seq: i64,
    chunks: &[Vec<u8>],
    expires_at: i64,
) -> Result<(), StorageError> {
    let rows: Vec<Row<'_>> = chunks
        .iter()
        .zip(first_seq..)
        .map(|(bytes, seq)| Row {
            upload_id: upload,
            seq,
            bytes,
            expires_at,
        })
        .collect();
    for batch in rows.chunks(ROWS_PER_INSERT) {
        let insert = diesel::insert_into(upload_chunks::table).values(batch);
        match conn {
            DbConn::Sqlite(c) => insert.execute(c)?,
            DbConn::Pg(c) => insert.execute(c)?,
        };
    }
    Ok(())
}

/// Stores staged attachments with report `report_id` (and message `message_id`), moving their
/// chunks out of the staging table; inside the caller's transaction. Fails if an upload does
/// not hold exactly the chunks it was staged with.
pub fn attach(
    conn: &mut DbConn,
    report_id: &str,
    message_id: Option<&str>,
    list: &[StagedAttachment],
) -> Result<(), StorageError> {
    for a in list {
        check_object_id("attachment", &a.id)?;
        diesel::insert_into(attachments::table)
            .values((
                attachments::id.eq(&a.id),
                attachments::report_id.eq(report_id),
                attachments::message_id.eq(message_id),
                attachments::chunk_count.eq(a.chunk_count),
                attachments::ciphertext_bytes.eq(a.ciphertext_bytes),
            ))
            .execute(conn)?;
        let moved = match conn {
            DbConn::Sqlite(c) => diesel::sql_query(
                "INSERT INTO attachment_chunks (attachment_id, seq, bytes) \
                 SELECT ?, seq, bytes FROM upload_chunks WHERE upload_id = ?",
            )
            .bind::<Text, _>(&a.id)
            .bind::<Text, _>(&a.upload)
            .execute(c)?,
            DbConn::Pg(c) => diesel::sql_query(
                "INSERT INTO attachment_chunks (attachment_id, seq, bytes) \
                 SELECT $1, seq, bytes FROM upload_chunks WHERE upload_id = $2",
            )
            .bind::<Text, _>(&a.id)
            .bind::<Text, _>(&a.upload)
            .execute(c)?,
        };
        if i64::try_from(moved).ok() != Some(a.chunk_count) {
            return Err(StorageError::Invalid(
                "staged upload incomplete".to_string(),
            ));
        }
        discard(conn, &a.upload)?;
    }
    Ok(())
}

/// Deletes an upload's staged chunks (a refused or abandoned upload).
pub fn discard(conn: &mut DbConn, upload: &str) -> Result<usize, StorageError> {
    Ok(
        diesel::delete(upload_chunks::table.filter(upload_chunks::upload_id.eq(upload)))
            .execute(conn)?,
    )
}

/// Deletes staged chunks that expired before `now` (uploads a crash left behind).
pub fn purge_expired(conn: &mut DbConn, now: i64) -> Result<usize, StorageError> {
    Ok(
        diesel::delete(upload_chunks::table.filter(upload_chunks::expires_at.lt(now)))
            .execute(conn)?,
    )
}
