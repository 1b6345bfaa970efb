//! The one way onto actix's blocking thread pool (database queries, sealing, Argon2): [`block`]
//! counts every task in `blocking_tasks{kind, state}` as queued until a blocking thread takes
//! it, then as running. `kind` is a fixed label such as `"seal"` or `"db"`, never an id.
//!
//! A low-level module: it imports nothing of the areas, so the areas, `auth` and `metrics` can
//! all use it. The gauge family is process-wide, like the pool itself; `metrics` registers it.

use std::sync::LazyLock;

use actix_web::web;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;

/// The labels of `blocking_tasks`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TaskLabels {
    pub kind: &'static str,
    /// `queued` or `running`.
    pub state: &'static str,
}

/// Blocking-pool tasks by kind and state.
pub static TASKS: LazyLock<Family<TaskLabels, Gauge>> = LazyLock::new(Family::default);

/// One task counted in a state until dropped (also when the awaiting request is cancelled).
struct Counted(TaskLabels);

impl Counted {
    fn enter(kind: &'static str, state: &'static str) -> Self {
        let labels = TaskLabels { kind, state };
        TASKS.get_or_create(&labels).inc();
        Counted(labels)
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        TASKS.get_or_create(&self.0).dec();
    }
}

/// `web::block`, counted (see the module documentation).
pub async fn block<F, R>(kind: &'static str, f: F) -> Result<R, actix_web::error::BlockingError>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let queued = Counted::enter(kind, "queued");
    web::block(move || {
        let _running = Counted::enter(kind, "running");
        drop(queued);
        f()
    })
    .await
}

/// [`block`] for a database task (`kind = "db"`): runs `f` with a pooled connection.
pub async fn db<F, R>(db: &storage::Database, f: F) -> Result<R, crate::web::WebError>
where
    F: FnOnce(&mut storage::DbConn) -> Result<R, storage::StorageError> + Send + 'static,
    R: Send + 'static,
{
    let db = db.clone();
    Ok(block("db", move || {
        let mut conn = db.conn()?;
        f(&mut conn)
    })
    .await??)
}

/// [`block`] for one write transaction (`kind = "db"`, [`storage::Database::write`]).
pub async fn write<F, R>(db: &storage::Database, f: F) -> Result<R, crate::web::WebError>
where
    F: FnOnce(&mut storage::DbConn) -> Result<R, storage::StorageError> + Send + 'static,
    R: Send + 'static,
{
    let db = db.clone();
    Ok(block("db", move || db.write(f)).await??)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_are_counted_while_they_run_and_not_after() {
        let kind = "unit-test";
        let running = || {
            TASKS
                .get_or_create(&TaskLabels {
                    kind,
                    state: "running",
                })
                .get()
        };
        let seen = actix_web::rt::System::new().block_on(async move {
            block(kind, move || {
                TASKS
                    .get_or_create(&TaskLabels {
                        kind,
                        state: "running",
                    })
                    .get()
            })
            .await
            .ok()
        });
        assert_eq!(seen, Some(1));
        assert_eq!(running(), 0);
    }
}
