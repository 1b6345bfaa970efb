//! `/metrics` in the Prometheus text format: HTTP requests by method, route pattern and
//! status; reports received per day (last 31 days; days are the finest time stored); reports
//! per status (the reviewers' queues). Route patterns (`/console/reports/{id}`), never paths,
//! so no report id, receipt or token appears; no address or user agent is counted.
//!
//! Off unless `METRICS_TOKEN` is set; then the scraper sends `Authorization: Bearer TOKEN`.
//! Anything else gets the ordinary "not found" page.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

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
    token: Option<Zeroizing<String>>,
}

impl Metrics {
    /// Counting always; serving only with `METRICS_TOKEN`.
    pub fn from_env() -> Arc<Metrics> {
        let token = std::env::var("METRICS_TOKEN")
            .ok()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(Zeroizing::new);
        Arc::new(Metrics {
            requests: Mutex::default(),
            token,
        })
    }

    pub fn record(&self, method: &str, route: &str, status: u16) {
        let mut map = self.requests.lock().unwrap_or_else(|p| p.into_inner());
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

/// Records a finished request under its route pattern (`unmatched` when no route matched).
pub fn observe<B: MessageBody>(metrics: &Metrics, res: &ServiceResponse<B>) {
    let route = res.request().match_pattern();
    let method = res.request().method().as_str();
    let method = match method {
        "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" => method,
        _ => "OTHER",
    };
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
    let db = state.db.clone();
    let since = storage::Day::from_unix_seconds(crate::auth::now() - (DAYS - 1) * 86_400)
        .map_err(|_| WebError::internal())?;
    let (per_day, per_status) = web::block(move || -> Result<_, storage::StorageError> {
        let mut conn = db.conn()?;
        Ok((
            storage::counts::received_per_day(&mut conn, &since)?,
            storage::counts::per_status(&mut conn)?,
        ))
    })
    .await??;
    let mut out = String::new();
    out.push_str("# HELP http_requests_total HTTP requests by method, route pattern and status.\n");
    out.push_str("# TYPE http_requests_total counter\n");
    {
        let map = metrics.requests.lock().unwrap_or_else(|p| p.into_inner());
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
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(out))
}
