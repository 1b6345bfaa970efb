//! `/metrics` in the Prometheus text format: HTTP requests by method, route pattern and
//! status; reports received per day (last 31 days; days are the finest time stored); reports
//! per status (the reviewers' queues). Route patterns (`/console/reports/{id}`), never paths,
//! so no report id, receipt or token appears; no address or user agent is counted.
//!
//! Queue depths, all plain counts: requests in flight by method and route pattern (for
//! `POST /report`, the server-sealed submissions being read, sealed or stored), tasks queued or
//! running on the blocking pool by kind ([`block`]), sealed reports waiting for the intake's
//! committer, database connections in use and idle, callers waiting for a connection, SQLite
//! writers waiting for their turn. These come from memory, so a scrape still answers when the
//! database is down (`database_up 0`).
//!
//! Off unless `METRICS_TOKEN` is set; then the scraper sends `Authorization: Bearer TOKEN`.
//! Anything else gets the ordinary "not found" page.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use zeroize::Zeroizing;

use crate::app::AppState;
use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// Days of per-day submission counts exposed.
pub const DAYS: i64 = 31;

/// Request counters shared by every worker.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    in_flight: Mutex<BTreeMap<(&'static str, String), i64>>,
    token: Option<Zeroizing<String>>,
}

fn locked<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A poisoned counter map is still a valid map.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A request in flight: counted until dropped, which also happens when the client goes away
/// and the handler is cancelled.
pub struct InFlight {
    metrics: Arc<Metrics>,
    key: (&'static str, String),
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(n) = locked(&self.metrics.in_flight).get_mut(&self.key) {
            *n -= 1;
        }
    }
}

/// Blocking-pool tasks by kind: `[queued, running]`. Process-wide, like the pool itself.
static BLOCKING: Mutex<BTreeMap<&'static str, [i64; 2]>> = Mutex::new(BTreeMap::new());

struct BlockingState {
    kind: &'static str,
    state: usize,
}

impl BlockingState {
    fn enter(kind: &'static str, state: usize) -> Self {
        locked(&BLOCKING).entry(kind).or_insert([0, 0])[state] += 1;
        BlockingState { kind, state }
    }
}

impl Drop for BlockingState {
    fn drop(&mut self) {
        if let Some(n) = locked(&BLOCKING).get_mut(self.kind) {
            n[self.state] -= 1;
        }
    }
}

/// `web::block`, counted in `blocking_tasks{kind=...}` as queued until a blocking thread takes
/// it, then as running. `kind` is a fixed label such as `"seal"` or `"argon2"`.
pub async fn block<F, R>(kind: &'static str, f: F) -> Result<R, actix_web::error::BlockingError>
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let queued = BlockingState::enter(kind, 0);
    web::block(move || {
        let _running = BlockingState::enter(kind, 1);
        drop(queued);
        f()
    })
    .await
}

impl Metrics {
    /// Counting always; serving only with `METRICS_TOKEN` (`token`).
    pub fn new(token: Option<Zeroizing<String>>) -> Arc<Metrics> {
        Arc::new(Metrics {
            requests: Mutex::default(),
            in_flight: Mutex::default(),
            token,
        })
    }

    pub fn record(&self, method: &str, route: &str, status: u16) {
        let mut map = locked(&self.requests);
        *map.entry((method.to_string(), route.to_string(), status))
            .or_insert(0) += 1;
    }

    fn authorized(&self, req: &HttpRequest) -> bool {
        let Some(token) = &self.token else {
            return false;
        };
        let sent = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        crate::auth::ct_eq(sent.as_bytes(), token.as_bytes())
    }
}

fn method_label(method: &actix_web::http::Method) -> &'static str {
    match method.as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "OTHER",
    }
}

/// Counts a request as in flight until the returned guard is dropped. Called before routing:
/// the pattern comes from the application's route table (`unmatched` when none fits).
pub fn start(metrics: &Arc<Metrics>, req: &ServiceRequest) -> InFlight {
    let key = (
        method_label(req.method()),
        req.match_pattern()
            .unwrap_or_else(|| "unmatched".to_string()),
    );
    *locked(&metrics.in_flight).entry(key.clone()).or_insert(0) += 1;
    InFlight {
        metrics: metrics.clone(),
        key,
    }
}

/// Records a finished request under its route pattern (`unmatched` when no route matched).
pub fn observe<B: MessageBody>(metrics: &Metrics, res: &ServiceResponse<B>) {
    let route = res.request().match_pattern();
    let method = method_label(res.request().method());
    metrics.record(
        method,
        route.as_deref().unwrap_or("unmatched"),
        res.status().as_u16(),
    );
}

/// Whether a request is for `/metrics` itself (not counted, so scrapes do not inflate it).
pub fn is_scrape(req: &ServiceRequest) -> bool {
    req.path() == "/metrics"
}

fn escape(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

pub async fn serve(
    req: HttpRequest,
    state: web::Data<AppState>,
    metrics: web::Data<Arc<Metrics>>,
) -> Result<HttpResponse, WebError> {
    if !metrics.authorized(&req) {
        return Err(WebError::new(Kind::NotFound).in_lang(&translator(&req)));
    }
    // Before the scrape's own query takes a connection.
    let pool = state.db.pool_status();
    let commit_queue = state.committer.queued();
    let db = state.db.clone();
    let since = storage::Day::from_unix_seconds(crate::auth::now() - (DAYS - 1) * 86_400)
        .map_err(|_| WebError::internal())?;
    let counted = block("metrics", move || -> Result<_, storage::StorageError> {
        let mut conn = db.conn()?;
        Ok((
            storage::counts::received_per_day(&mut conn, &since)?,
            storage::counts::per_status(&mut conn)?,
        ))
    })
    .await?;
    // The in-memory figures matter most during an outage: serve them without the database's.
    let (database_up, (per_day, per_status)) = match counted {
        Ok(c) => (1, c),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: database figures unavailable");
            (0, Default::default())
        }
    };
    let mut out = String::new();
    out.push_str("# HELP http_requests_total HTTP requests by method, route pattern and status.\n");
    out.push_str("# TYPE http_requests_total counter\n");
    {
        let map = locked(&metrics.requests);
        for ((method, route, status), n) in map.iter() {
            let _ = writeln!(
                out,
                "http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                escape(route)
            );
        }
    }
    out.push_str(
        "# HELP reports_received Reports received per day (UTC), last 31 days with any.\n",
    );
    out.push_str("# TYPE reports_received gauge\n");
    for (day, n) in &per_day {
        let _ = writeln!(out, "reports_received{{day=\"{}\"}} {n}", escape(day));
    }
    out.push_str("# HELP reports_by_status Reports per status (the reviewers' queues).\n");
    out.push_str("# TYPE reports_by_status gauge\n");
    for (status, n) in &per_status {
        let _ = writeln!(
            out,
            "reports_by_status{{status=\"{}\"}} {n}",
            escape(status)
        );
    }
    queue_depths(&mut out, &metrics, &pool, commit_queue, database_up);
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(out))
}

fn queue_depths(
    out: &mut String,
    metrics: &Metrics,
    pool: &storage::PoolStatus,
    commit_queue: usize,
    up: u8,
) {
    out.push_str(
        "# HELP http_requests_in_flight Requests being handled now, by method and route pattern.\n",
    );
    out.push_str("# TYPE http_requests_in_flight gauge\n");
    for ((method, route), n) in locked(&metrics.in_flight).iter() {
        let _ = writeln!(
            out,
            "http_requests_in_flight{{method=\"{method}\",route=\"{}\"}} {n}",
            escape(route)
        );
    }
    out.push_str(
        "# HELP blocking_tasks Tasks on the blocking thread pool by kind, queued or running.\n",
    );
    out.push_str("# TYPE blocking_tasks gauge\n");
    for (kind, [queued, running]) in locked(&BLOCKING).iter() {
        let _ = writeln!(
            out,
            "blocking_tasks{{kind=\"{kind}\",state=\"queued\"}} {queued}"
        );
        let _ = writeln!(
            out,
            "blocking_tasks{{kind=\"{kind}\",state=\"running\"}} {running}"
        );
    }
    let in_use = pool.connections.saturating_sub(pool.idle);
    let _ = write!(
        out,
        "# HELP intake_commit_queue Sealed reports waiting for the intake's committer.\n\
         # TYPE intake_commit_queue gauge\n\
         intake_commit_queue {commit_queue}\n\
         # HELP db_pool_connections Open database connections, in use or idle.\n\
         # TYPE db_pool_connections gauge\n\
         db_pool_connections{{state=\"in_use\"}} {in_use}\n\
         db_pool_connections{{state=\"idle\"}} {}\n\
         # HELP db_pool_max_connections Most connections the pool opens.\n\
         # TYPE db_pool_max_connections gauge\n\
         db_pool_max_connections {}\n\
         # HELP db_pool_waiting Callers waiting for a database connection.\n\
         # TYPE db_pool_waiting gauge\n\
         db_pool_waiting {}\n\
         # HELP db_write_waiting SQLite writers waiting for their turn (one writer at a time).\n\
         # TYPE db_write_waiting gauge\n\
         db_write_waiting {}\n\
         # HELP database_up Whether this scrape's query reached the database.\n\
         # TYPE database_up gauge\n\
         database_up {up}\n",
        pool.idle, pool.max_size, pool.waiting, pool.write_waiting,
    );
}
