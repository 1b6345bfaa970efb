//! `/metrics` in the Prometheus text format, through the `prometheus-client` crate (the
//! Prometheus project's Rust client): HTTP requests by method, route pattern and status, their
//! latency by method and route pattern (`http_request_duration_seconds`); reports received per
//! day (last 31 days; days are the finest time stored); reports per status (the reviewers'
//! queues). Route patterns (`/console/reports/{id}`), never paths, so no report id, receipt
//! or token appears; no address or user agent is counted.
//!
//! Queue depths, all plain counts: requests in flight by method and route pattern (for
//! `POST /report`, the server-sealed submissions being read, sealed or stored), tasks queued or
//! running on the blocking pool by kind ([`crate::blocking`]), sealed reports waiting for the
//! intake's committer, database connections in use and idle, callers waiting for a connection,
//! SQLite writers waiting for their turn. These come from memory, so a scrape still answers
//! when the database is down (`database_up 0`).
//!
//! Off unless a token is configured (`METRICS_TOKEN`, read by the configuration); then the
//! scraper sends `Authorization: Bearer TOKEN`. Anything else gets the ordinary "not found"
//! page.

use std::sync::Arc;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use prometheus_client::encoding::prometheus_text::{encode, CONTENT_TYPE};
use prometheus_client::encoding::{EncodeLabelSet, EncodeMetric, MetricEncoder};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;
use zeroize::Zeroizing;

use crate::web::error::Kind;
use crate::web::{translator, WebError};

/// Days of per-day submission counts exposed.
pub const DAYS: i64 = 31;

/// Upper bounds (seconds) of the latency buckets: from a cached page to a sealed upload.
const LATENCY_BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// `http_requests_total`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: String,
}

/// `http_requests_in_flight` and `http_request_duration_seconds`.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DayLabel {
    day: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabel {
    status: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: &'static str,
}

/// A family listed with its `# HELP` and `# TYPE` lines even before it has a series (the
/// registry leaves empty families out), so a scraper sees every metric from the first scrape.
#[derive(Debug)]
struct Listed<M>(M);

impl<M: EncodeMetric> EncodeMetric for Listed<M> {
    fn encode(&self, encoder: MetricEncoder) -> Result<(), std::fmt::Error> {
        self.0.encode(encoder)
    }

    fn metric_type(&self) -> MetricType {
        self.0.metric_type()
    }
}

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The request metrics shared by every worker, and the scrape token.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    in_flight: Family<RouteLabels, Gauge>,
    token: Option<Zeroizing<String>>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics")
            .field("serving", &self.token.is_some())
            .finish_non_exhaustive()
    }
}

/// What a scrape reads besides the counters: the database (counts, pool) and the depth of the
/// intake's commit queue (a probe, so this module does not depend on the intake).
#[derive(Clone)]
pub struct Sources {
    pub db: storage::Database,
    pub commit_queue: Arc<dyn Fn() -> usize + Send + Sync>,
}

impl std::fmt::Debug for Sources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sources").finish_non_exhaustive()
    }
}

/// A request in flight: counted until dropped, which also happens when the client goes away
/// and the handler is cancelled.
pub struct InFlight {
    gauge: Gauge,
    started: Instant,
    labels: RouteLabels,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.gauge.dec();
    }
}

impl Metrics {
    /// Counting always; serving only with `METRICS_TOKEN` (`token`; blank counts as none).
    pub fn new(token: Option<Zeroizing<String>>) -> Arc<Metrics> {
        let token = token.filter(|t| !t.trim().is_empty());
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = LatencyFamily::new_with_constructor(latency_histogram);
        let in_flight = Family::<RouteLabels, Gauge>::default();
        let mut registry = Registry::default();
        registry.register(
            "http_requests",
            "HTTP requests by method, route pattern and status",
            Listed(requests.clone()),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests, by method and route pattern",
            Listed(latency.clone()),
        );
        registry.register(
            "http_requests_in_flight",
            "Requests being handled now, by method and route pattern",
            Listed(in_flight.clone()),
        );
        registry.register(
            "blocking_tasks",
            "Tasks on the blocking thread pool by kind, queued or running",
            Listed(crate::blocking::TASKS.clone()),
        );
        Arc::new(Metrics {
            registry,
            requests,
            latency,
            in_flight,
            token,
        })
    }

    /// Counts one finished request.
    pub fn record(&self, method: &'static str, route: &str, status: u16) {
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route: route.to_string(),
                status: status.to_string(),
            })
            .inc();
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
        envelope::constant_time_eq(sent.as_bytes(), token.as_bytes())
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
pub fn start(metrics: &Metrics, req: &ServiceRequest) -> InFlight {
    let labels = RouteLabels {
        method: method_label(req.method()),
        route: req
            .match_pattern()
            .unwrap_or_else(|| "unmatched".to_string()),
    };
    let gauge = metrics.in_flight.get_or_create(&labels).clone();
    gauge.inc();
    InFlight {
        gauge,
        started: Instant::now(),
        labels,
    }
}

/// Records a finished request under its route pattern (`unmatched` when no route matched):
/// its status, and its latency since [`start`].
pub fn observe<B: MessageBody>(metrics: &Metrics, started: InFlight, res: &ServiceResponse<B>) {
    metrics
        .latency
        .get_or_create(&started.labels)
        .observe(started.started.elapsed().as_secs_f64());
    metrics.record(
        started.labels.method,
        &started.labels.route,
        res.status().as_u16(),
    );
}

/// Whether a request is for `/metrics` itself (not counted, so scrapes do not inflate it).
pub fn is_scrape(req: &ServiceRequest) -> bool {
    req.path() == "/metrics"
}

pub async fn serve(
    req: HttpRequest,
    sources: web::Data<Sources>,
    metrics: web::Data<Arc<Metrics>>,
) -> Result<HttpResponse, WebError> {
    if !metrics.authorized(&req) {
        return Err(WebError::new(Kind::NotFound).in_lang(&translator(&req)));
    }
    // Before the scrape's own query takes a connection.
    let pool = sources.db.pool_status();
    let commit_queue = (sources.commit_queue)();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let since = storage::Day::from_unix_seconds(now - (DAYS - 1) * 86_400)
        .map_err(|_| WebError::internal())?;
    let counted = crate::blocking::block("metrics", {
        let db = sources.db.clone();
        move || -> Result<_, storage::StorageError> {
            let mut conn = db.conn()?;
            Ok((
                storage::counts::received_per_day(&mut conn, &since)?,
                storage::counts::per_status(&mut conn)?,
            ))
        }
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
    let scrape = Scrape {
        per_day: &per_day,
        per_status: &per_status,
        pool: &pool,
        commit_queue,
        database_up,
    };
    let mut out = String::new();
    // Two registries, one text: the running counters, then this scrape's figures.
    let encoded =
        encode(&mut out, &metrics.registry).and_then(|()| encode(&mut out, &scrape.registry()));
    if encoded.is_err() {
        tracing::error!("metrics: encoding failed");
        return Err(WebError::internal());
    }
    Ok(HttpResponse::Ok()
        .content_type(CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(out))
}

/// The figures read for one scrape.
struct Scrape<'a> {
    per_day: &'a [(String, i64)],
    per_status: &'a [(String, i64)],
    pool: &'a storage::PoolStatus,
    commit_queue: usize,
    database_up: i64,
}

fn gauge(value: i64) -> Gauge {
    let g = Gauge::default();
    g.set(value);
    g
}

fn count(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

impl Scrape<'_> {
    /// A registry of this scrape's figures (gauges set once, encoded once).
    fn registry(&self) -> Registry {
        let mut r = Registry::default();
        let per_day = Family::<DayLabel, Gauge>::default();
        for (day, n) in self.per_day {
            per_day
                .get_or_create(&DayLabel { day: day.clone() })
                .set(*n);
        }
        r.register(
            "reports_received",
            "Reports received per day (UTC), last 31 days with any",
            Listed(per_day),
        );
        let per_status = Family::<StatusLabel, Gauge>::default();
        for (status, n) in self.per_status {
            per_status
                .get_or_create(&StatusLabel {
                    status: status.clone(),
                })
                .set(*n);
        }
        r.register(
            "reports_by_status",
            "Reports per status (the reviewers' queues)",
            Listed(per_status),
        );
        r.register(
            "intake_commit_queue",
            "Sealed reports waiting for the intake's committer",
            gauge(count(self.commit_queue)),
        );
        let pool = self.pool;
        let connections = Family::<StateLabel, Gauge>::default();
        let in_use = pool.connections.saturating_sub(pool.idle);
        for (state, n) in [("in_use", in_use), ("idle", pool.idle)] {
            connections
                .get_or_create(&StateLabel { state })
                .set(count(n));
        }
        r.register(
            "db_pool_connections",
            "Open database connections, in use or idle",
            Listed(connections),
        );
        r.register(
            "db_pool_max_connections",
            "Most connections the pool opens",
            gauge(count(pool.max_size)),
        );
        r.register(
            "db_pool_waiting",
            "Callers waiting for a database connection",
            gauge(count(pool.waiting)),
        );
        r.register(
            "db_write_waiting",
            "SQLite writers waiting for their turn (one writer at a time)",
            gauge(count(pool.write_waiting)),
        );
        r.register(
            "database_up",
            "Whether this scrape's query reached the database",
            gauge(self.database_up),
        );
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(m: &Metrics) -> String {
        let mut out = String::new();
        encode(&mut out, &m.registry).unwrap_or_default();
        out
    }

    #[test]
    fn families_are_listed_before_any_request_and_counted_by_pattern() {
        let m = Metrics::new(Some(Zeroizing::new("  ".to_string())));
        assert!(m.token.is_none(), "a blank token serves nothing");
        let quiet = text(&m);
        for line in [
            "# TYPE http_requests_total counter",
            "# TYPE http_requests_in_flight gauge",
            "# TYPE http_request_duration_seconds histogram",
            "# TYPE blocking_tasks gauge",
        ] {
            assert!(quiet.contains(line), "{line}: {quiet}");
        }
        m.record("POST", "/report", 200);
        m.latency
            .get_or_create(&RouteLabels {
                method: "GET",
                route: "/console/reports/{id}".into(),
            })
            .observe(0.003);
        let busy = text(&m);
        assert!(
            busy.contains(r#"http_requests_total{method="POST",route="/report",status="200"} 1"#),
            "{busy}"
        );
        assert!(
            busy.contains(
                r#"http_request_duration_seconds_bucket{le="0.005",method="GET",route="/console/reports/{id}"} 1"#
            ) || busy.contains(
                r#"http_request_duration_seconds_bucket{method="GET",route="/console/reports/{id}",le="0.005"} 1"#
            ),
            "{busy}"
        );
        assert!(
            busy.contains(
                r#"http_request_duration_seconds_count{method="GET",route="/console/reports/{id}"} 1"#
            ),
            "{busy}"
        );
    }
}
