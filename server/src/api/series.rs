//! Time series: one table across releases (the newest release of each quarter, oldest quarter
//! first), as JSON or CSV, e.g. `count_member_state` for every member state over time, with
//! each point's 95% interval.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::{auth, json_err, not_found, ApiError, ApiState};
use crate::published as data;
use crate::web::WebError;

/// One cell of one quarter.
#[derive(Serialize, ToSchema)]
pub struct SeriesPoint {
    /// Quarter, e.g. `2026Q3`.
    pub period: String,
    /// The release the point comes from.
    pub release: String,
    /// The cell's codes by dimension, e.g. `{"member_state": "DK"}`; empty for a total.
    pub key: std::collections::BTreeMap<String, String>,
    /// The published value.
    pub value: i64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// A table across quarters.
#[derive(Serialize, ToSchema)]
pub struct Series {
    pub table: String,
    /// Dimension names, in key order.
    pub dimensions: Vec<String>,
    /// Oldest quarter first; within a quarter, by cell key.
    pub points: Vec<SeriesPoint>,
}

async fn series(req: &HttpRequest, state: &ApiState, table: &str) -> Result<Series, WebError> {
    let by_period = data::table_by_period(&state.db, table)
        .await
        .map_err(|e| json_err(req, e))?;
    if by_period.is_empty() {
        return Err(not_found(req));
    }
    let dimensions = by_period
        .first()
        .and_then(|(_, cells)| cells.first())
        .map(|c| {
            publication::key_dims(&c.cell_key)
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let points = by_period
        .iter()
        .flat_map(|(r, cells)| {
            cells.iter().map(|c| SeriesPoint {
                period: r.period.clone(),
                release: r.id.clone(),
                key: publication::key_dims(&c.cell_key)
                    .into_iter()
                    .zip(publication::key_codes(&c.cell_key))
                    .map(|(d, v)| (d.to_string(), v.to_string()))
                    .collect(),
                value: c.value,
                ci_low: c.ci_low,
                ci_high: c.ci_high,
            })
        })
        .collect();
    Ok(Series {
        table: table.to_string(),
        dimensions,
        points,
    })
}

/// One RFC 4180 line (fields quoted only when they hold a comma, a quote or a line break).
fn line(out: &mut String, fields: &[String]) {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// A table across quarters, as JSON.
#[utoipa::path(get, path = "/api/v1/series/{table}.json", tag = "releases", security(("bearer" = [])),
    params(("table" = String, Path, description = "Table name, e.g. count_member_state")),
    responses(
        (status = 200, description = "The table in the newest release of each quarter, oldest first", body = Series),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError),
        (status = 404, description = "No release has this table", body = ApiError)))]
pub async fn series_json(
    req: HttpRequest,
    state: web::Data<ApiState>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    Ok(HttpResponse::Ok().json(series(&req, &state, &path.into_inner()).await?))
}

/// A table across quarters, as CSV: `period,release,<dimensions…>,value,ci_low,ci_high`.
#[utoipa::path(get, path = "/api/v1/series/{table}.csv", tag = "releases", security(("bearer" = [])),
    params(("table" = String, Path, description = "Table name, e.g. count_member_state")),
    responses(
        (status = 200, description = "The table in the newest release of each quarter, oldest first (RFC 4180)", content_type = "text/csv", body = String),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError),
        (status = 404, description = "No release has this table", body = ApiError)))]
pub async fn series_csv(
    req: HttpRequest,
    state: web::Data<ApiState>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    let s = series(&req, &state, &path.into_inner()).await?;
    let mut out = String::new();
    let mut header = vec!["period".to_string(), "release".to_string()];
    header.extend(s.dimensions.iter().cloned());
    header.extend(["value", "ci_low", "ci_high"].map(String::from));
    line(&mut out, &header);
    for p in &s.points {
        let mut row = vec![p.period.clone(), p.release.clone()];
        row.extend(
            s.dimensions
                .iter()
                .map(|d| p.key.get(d).cloned().unwrap_or_default()),
        );
        row.extend([
            p.value.to_string(),
            format!("{:.3}", p.ci_low),
            format!("{:.3}", p.ci_high),
        ]);
        line(&mut out, &row);
    }
    let bytes = out;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .body(bytes))
}
