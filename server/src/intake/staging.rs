//! Bounded memory for uploads: a file's ciphertext goes to the database (`storage::uploads`)
//! batch by batch while the request is read, instead of waiting in memory for the whole form;
//! and every file being read holds a share of one global budget of upload memory
//! (`UPLOAD_BUFFER_MB`). When the budget is taken, a further upload waits for a share, and
//! gets a 503 with `Retry-After` if none frees up in time. So the server's memory for uploads
//! is bounded by the budget, whatever their number and size.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Memory one file being read holds at most, in MiB: a batch of plaintext waiting, the batch
/// being sealed and its ciphertext being written (see `multipart::SEAL_BATCH`, 1 MiB).
pub const MIB_PER_FILE: u32 = 3;
/// How long an upload waits for its share of the budget before a 503.
pub const BUDGET_WAIT: Duration = Duration::from_secs(10);
/// Staged chunks of an upload left behind (a crash) are deleted after this.
pub const STAGED_LIFETIME_SECS: i64 = 24 * 60 * 60;

/// The global budget of upload memory, in MiB.
#[derive(Debug, Clone)]
pub struct UploadBudget(Arc<Semaphore>);

impl UploadBudget {
    pub fn new(mib: u32) -> Self {
        UploadBudget(Arc::new(Semaphore::new(mib.max(MIB_PER_FILE) as usize)))
    }

    /// A file's share, or `None` if none freed up within [`BUDGET_WAIT`].
    pub async fn file_share(&self) -> Option<OwnedSemaphorePermit> {
        let wait = self.0.clone().acquire_many_owned(MIB_PER_FILE);
        match actix_web::rt::time::timeout(BUDGET_WAIT, wait).await {
            Ok(Ok(permit)) => Some(permit),
            _ => None,
        }
    }
}

/// Where a form's files go while it is read.
#[derive(Debug, Clone)]
pub struct UploadSink {
    pub db: storage::Database,
    pub budget: UploadBudget,
}

/// The uploads a request staged: deleted when this is dropped, unless [`StagedUploads::keep`]
/// was called once they are stored with their report or message (whose transaction moved
/// them out of the staging table).
#[derive(Debug, Default)]
pub struct StagedUploads {
    db: Option<storage::Database>,
    ids: Vec<String>,
}

impl StagedUploads {
    pub fn new(db: storage::Database) -> Self {
        StagedUploads {
            db: Some(db),
            ids: Vec::new(),
        }
    }

    /// A new upload id (random, chosen here), to be discarded unless kept.
    pub fn start(&mut self) -> String {
        let id = envelope::hex(&envelope::random_id());
        self.ids.push(id.clone());
        id
    }

    /// The uploads were stored: nothing to delete.
    pub fn keep(&mut self) {
        self.ids.clear();
    }
}

impl Drop for StagedUploads {
    fn drop(&mut self) {
        let (Some(db), false) = (self.db.take(), self.ids.is_empty()) else {
            return;
        };
        let ids = std::mem::take(&mut self.ids);
        // Off the request's path; a failure leaves them to `purge_expired`.
        let spawned = std::thread::Builder::new()
            .name("discard-uploads".into())
            .spawn(move || {
                let result = db.write(|c| {
                    for id in &ids {
                        storage::uploads::discard(c, id)?;
                    }
                    Ok(())
                });
                if let Err(e) = result {
                    tracing::warn!(error = %e, "discarding refused uploads failed");
                }
            });
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "cannot start discarding refused uploads");
        }
    }
}

/// Unix seconds until which staged chunks are kept.
pub fn staged_expiry() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp() + STAGED_LIFETIME_SECS
}
