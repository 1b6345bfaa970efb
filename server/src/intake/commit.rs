//! Group commit for new reports: both intake paths hand their sealed rows to one committer
//! thread, which stores whatever has queued up meanwhile in one transaction, each report in its
//! own savepoint, and answers every submitter only after that transaction committed.
//!
//! Why: a commit is the expensive part of storing a report (SQLite writes every touched page
//! to the WAL again, PostgreSQL flushes its log), and one writer at a time is all SQLite allows
//! anyway. Under load, dozens of reports share one commit; at rest, a lone report is committed
//! at once. A report that the database refuses (an id already taken: a replayed browser
//! submission) is rolled back to its savepoint alone; a failed commit fails all of its reports,
//! and no receipt is shown for any of them.
//!
//! On SQLite, the committer's connection never checkpoints the WAL itself: a second thread
//! checkpoints a few times a second ([`Database::checkpoint`]), doing the bulk of the copying and
//! the `fsync` while commits go on, so they are not inside a commit that dozens of reporters are
//! waiting for, and holding commits back only to copy the last few pages, so that the WAL
//! starts over instead of growing.

use std::sync::{Arc, Weak};
use std::time::Duration;

use storage::batch::{leave_checkpoints_to_others, write_each};
use storage::reports::NewReport;
use storage::stats::NewStatsRecord;
use storage::uploads::StagedAttachment;
use storage::{Backend, Database, StorageError};
use tokio::sync::{mpsc, oneshot};

/// Reports stored in one transaction at most (bounds one commit's time and memory).
const MAX_BATCH: usize = 128;
/// Reports waiting for the committer at most; submitters beyond this wait to queue.
const MAX_QUEUE: usize = 1024;
/// WAL frames (4 KiB pages) after which a checkpoint holds commits back for a moment so the WAL
/// starts over (see `Database::checkpoint`): 256 MiB, about 4 s at 4,000 reports/s. Every
/// restart briefly stalls commits; at 64 MiB they came once a second and set the p99.
const RESTART_AFTER_FRAMES: i64 = 65_536;
/// How often the WAL is checkpointed on SQLite.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// What a refused single-use token comes back as from [`Committer::store`]:
/// `StorageError::Conflict(SPENT)`.
pub const SPENT: &str = "single-use token already spent";

/// A single-use token to spend in the report's own savepoint (`storage::spent`): the report is
/// stored only if the token was not spent yet, and a failed store leaves it unspent.
#[derive(Debug, Clone, Copy)]
pub struct SpendToken {
    pub digest: [u8; 32],
    pub expires: i64,
}

struct Job {
    report: NewReport,
    stats: NewStatsRecord,
    spend: Option<SpendToken>,
    staged: Vec<StagedAttachment>,
    done: oneshot::Sender<Result<(), StorageError>>,
}

/// The handle submitters store through. Cheap to clone; the threads stop when the last handle
/// is dropped.
#[derive(Clone)]
pub struct Committer {
    tx: mpsc::Sender<Job>,
    /// Kept only so the checkpoint thread can tell that the committer is gone.
    _alive: Arc<()>,
}

impl std::fmt::Debug for Committer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Committer")
            .field("queued", &self.queued())
            .finish()
    }
}

impl Committer {
    /// Starts the committer thread (and, on SQLite, the checkpoint thread) for `db`.
    pub fn start(db: Database) -> std::io::Result<Committer> {
        let (tx, rx) = mpsc::channel(MAX_QUEUE);
        let alive = Arc::new(());
        if db.backend() == Backend::Sqlite {
            let db = db.clone();
            let weak = Arc::downgrade(&alive);
            std::thread::Builder::new()
                .name("wal-checkpoint".into())
                .spawn(move || checkpoint_loop(db, weak))?;
        }
        std::thread::Builder::new()
            .name("intake-commit".into())
            .spawn(move || commit_loop(db, rx))?;
        Ok(Committer { tx, _alive: alive })
    }

    /// Stores a report, its statistics record and its staged attachments, spending `spend`
    /// with them; returns once they are committed (or not).
    pub async fn store(
        &self,
        report: NewReport,
        stats: NewStatsRecord,
        spend: Option<SpendToken>,
        staged: Vec<StagedAttachment>,
    ) -> Result<(), StorageError> {
        let (done, answer) = oneshot::channel();
        let stopped = || StorageError::Query("the intake committer has stopped".into());
        self.tx
            .send(Job {
                report,
                stats,
                spend,
                staged,
                done,
            })
            .await
            .map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }

    /// Reports queued and not yet taken by the committer (for `/metrics`).
    pub fn queued(&self) -> usize {
        MAX_QUEUE - self.tx.capacity()
    }
}

/// How often expired single-use tokens are forgotten (`storage::spent::purge_expired`).
const PURGE_EVERY: Duration = Duration::from_secs(60);

fn commit_loop(db: Database, mut rx: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut purged = std::time::Instant::now();
    while let Some(first) = rx.blocking_recv() {
        if purged.elapsed() >= PURGE_EVERY {
            purged = std::time::Instant::now();
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            let purged = db.write(|c| {
                storage::spent::purge_expired(c, now)?;
                storage::uploads::purge_expired(c, now)
            });
            if let Err(e) = purged {
                tracing::warn!(error = %e, "forgetting expired tokens and uploads failed");
            }
        }
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let results = store_batch(&db, &batch);
        for (job, result) in batch.drain(..).zip(results) {
            // A submitter that went away (client disconnected) no longer needs the answer.
            let _ = job.done.send(result);
        }
    }
}

/// One transaction for the whole batch, one savepoint per report. Returns one result per job.
fn store_batch(db: &Database, batch: &[Job]) -> Vec<Result<(), StorageError>> {
    let mut first = true;
    let results = write_each(db, batch, |conn, job| {
        if std::mem::take(&mut first) {
            // Checkpoints are the checkpoint thread's job (see the module doc).
            leave_checkpoints_to_others(conn)?;
        }
        if let Some(t) = job.spend {
            if !storage::spent::spend(conn, &t.digest, t.expires)? {
                return Err(StorageError::Conflict(SPENT.into()));
            }
        }
        storage::reports::insert_report(conn, &job.report)?;
        storage::uploads::attach(conn, &job.report.id, None, &job.staged)?;
        storage::stats::insert_stats_record(conn, &job.stats).map(|_| ())
    });
    if let Some(Err(e)) = results.first() {
        if results.iter().all(Result::is_err) {
            tracing::error!(error = %e, reports = batch.len(), "storing new reports failed");
        }
    }
    results
}

fn checkpoint_loop(db: Database, alive: Weak<()>) {
    while alive.strong_count() > 0 {
        std::thread::sleep(CHECKPOINT_EVERY);
        let result = db.checkpoint(RESTART_AFTER_FRAMES);
        if let Err(e) = result {
            tracing::warn!(error = %e, "WAL checkpoint failed");
        }
    }
}
