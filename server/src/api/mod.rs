//! The data API (`/api/v1/releases…`) for member-state automation: read-only, bearer token
//! ([`auth`]), JSON errors of one shape (`{"error": {"code", "message"}}`, see
//! `web::error`). The OpenAPI 3 document at `/api/v1/openapi.json` is generated from the
//! annotations on these handlers with `utoipa`, so it cannot drift from the routes.
//!
//! Release data comes from [`crate::published`] only: the same bytes as the portal and the
//! anonymizer's `--out` files. Its state ([`ApiState`]) is the database, nothing else.

pub mod auth;
pub mod fallback;
pub mod series;

use std::collections::BTreeMap;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::published::{self as data, file_response, Full};
pub use crate::state::ApiState;
use crate::web::error::Kind;
use crate::web::WebError;

/// The API's routes, with its state.
pub fn routes(cfg: &mut web::ServiceConfig, state: web::Data<ApiState>) {
    cfg.app_data(state)
        .route("/api/v1/openapi.json", web::get().to(openapi_json))
        .route("/api/v1/releases", web::get().to(list_releases))
        .route("/api/v1/releases/{id}", web::get().to(get_release))
        .route(
            "/api/v1/releases/{id}/tables/{table}.csv",
            web::get().to(table_csv),
        )
        .route(
            "/api/v1/releases/{id}/tables/{table}.json",
            web::get().to(table_json),
        )
        .route(
            "/api/v1/series/{table}.json",
            web::get().to(series::series_json),
        )
        .route(
            "/api/v1/series/{table}.csv",
            web::get().to(series::series_csv),
        );
}

/// The error shape of every API failure.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    pub error: ErrorBody,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code: `unauthorized`, `not_found`, `unavailable`, `internal`.
    pub code: String,
    /// Human-readable explanation in the negotiated language.
    pub message: String,
}

/// A release in the list.
#[derive(Serialize, ToSchema)]
pub struct ReleaseSummary {
    pub id: String,
    /// Quarter, e.g. `2026Q3`.
    pub period: String,
    /// RFC 3339 time of the release.
    pub created_at: String,
    /// Total epsilon spent by the release.
    pub epsilon: f64,
    pub delta: f64,
    pub status: String,
    /// This release in the API.
    pub url: String,
}

/// One table of a release and where to get it.
#[derive(Serialize, ToSchema)]
pub struct TableInfo {
    pub name: String,
    pub mechanism: String,
    pub noise_scale: f64,
    pub epsilon: f64,
    pub csv: String,
    pub json: String,
}

/// A release with its tables and methodology.
#[derive(Serialize, ToSchema)]
pub struct ReleaseDetail {
    #[serde(flatten)]
    pub summary: ReleaseSummary,
    /// The release key (Ed25519 public key, base64) that signs `checksums`.
    pub signing_key: String,
    /// The `SHA256SUMS` file of the release.
    pub checksums: String,
    /// Ed25519 signature of `checksums` (base64): the `SHA256SUMS.sig` file.
    pub signature: String,
    pub tables: Vec<TableInfo>,
    /// The `methodology.json` document.
    #[schema(value_type = Object)]
    pub methodology: serde_json::Value,
}

/// One cell of a table.
#[derive(Serialize, ToSchema)]
pub struct CellData {
    /// The cell's codes by dimension (`{"member_state": "DK"}`; empty for a total).
    pub key: BTreeMap<String, String>,
    /// Published value: consistent, rounded, non-negative.
    pub value: i64,
    /// The table's own noisy measurement, before post-processing.
    pub raw_noisy: f64,
    /// 95% interval.
    pub ci_low: f64,
    pub ci_high: f64,
}

/// A table of a release with every cell.
#[derive(Serialize, ToSchema)]
pub struct TableData {
    pub release: String,
    pub period: String,
    pub table: String,
    pub dimensions: Vec<String>,
    pub cells: Vec<CellData>,
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token created on the portal's API tokens page (read-only).",
                    ))
                    .build(),
            ),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Trade secret theft statistics – data API",
        version = "1",
        description = "Differentially private EU-level statistics on cyber theft of trade secrets, for member-state authorities. Read-only; every route but this document needs a bearer token."
    ),
    paths(openapi_json, list_releases, get_release, table_csv, table_json, series::series_json, series::series_csv),
    components(schemas(ApiError, ErrorBody, ReleaseSummary, ReleaseDetail, TableInfo, TableData, CellData, series::Series, series::SeriesPoint)),
    modifiers(&BearerAuth),
    tags((name = "releases", description = "Releases and their tables"))
)]
pub struct ApiDoc;

fn not_found(req: &HttpRequest) -> WebError {
    WebError::new(Kind::NotFound)
        .in_lang(&crate::web::translator(req))
        .as_json()
}

/// Failures of the shared data layer, answered as JSON.
fn json_err(req: &HttpRequest, e: WebError) -> WebError {
    WebError::new(e.kind)
        .in_lang(&crate::web::translator(req))
        .as_json()
}

fn rfc3339(at: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

fn summary(r: &storage::releases::Release) -> ReleaseSummary {
    ReleaseSummary {
        id: r.id.clone(),
        period: r.period.clone(),
        created_at: rfc3339(r.created_at),
        epsilon: r.epsilon,
        delta: r.delta,
        status: r.status.clone(),
        url: format!("/api/v1/releases/{}", r.id),
    }
}

/// The OpenAPI 3 document of this API (no token needed).
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "releases",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json", body = Object)))]
pub async fn openapi_json() -> Result<HttpResponse, WebError> {
    let doc = ApiDoc::openapi().to_pretty_json().map_err(|e| {
        tracing::error!(error = %e, "OpenAPI document");
        WebError::internal().as_json()
    })?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/json"))
        .body(doc))
}

/// Every release, newest period first.
#[utoipa::path(get, path = "/api/v1/releases", tag = "releases", security(("bearer" = [])),
    responses(
        (status = 200, description = "The releases", body = [ReleaseSummary]),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError)))]
pub async fn list_releases(
    req: HttpRequest,
    state: web::Data<ApiState>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    let releases = data::list(&state.db).await.map_err(|e| json_err(&req, e))?;
    let list: Vec<ReleaseSummary> = releases.iter().map(summary).collect();
    Ok(HttpResponse::Ok().json(list))
}

async fn load(
    req: &HttpRequest,
    state: &ApiState,
    id: &str,
    table: Option<&str>,
) -> Result<Full, WebError> {
    data::load(&state.db, id, table)
        .await
        .map_err(|e| json_err(req, e))?
        .ok_or_else(|| not_found(req))
}

/// One release: its tables, checksums, signature and methodology.
#[utoipa::path(get, path = "/api/v1/releases/{id}", tag = "releases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Release id, e.g. 2026Q3-1a2b3c4d")),
    responses(
        (status = 200, description = "The release", body = ReleaseDetail),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError),
        (status = 404, description = "No such release", body = ApiError)))]
pub async fn get_release(
    req: HttpRequest,
    state: web::Data<ApiState>,
    path: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    let full = load(&req, &state, &path, None).await?;
    let r = &full.release;
    let base = format!("/api/v1/releases/{}/tables", r.id);
    let detail = ReleaseDetail {
        summary: summary(r),
        signing_key: envelope::b64(&r.signing_key),
        checksums: r.checksums.clone(),
        signature: envelope::b64(&r.signature),
        tables: full
            .tables
            .iter()
            .map(|t| TableInfo {
                name: t.name.clone(),
                mechanism: t.mechanism.clone(),
                noise_scale: t.noise_scale,
                epsilon: t.epsilon,
                csv: format!("{base}/{}.csv", t.name),
                json: format!("{base}/{}.json", t.name),
            })
            .collect(),
        methodology: serde_json::from_str(&r.methodology).unwrap_or(serde_json::Value::Null),
    };
    Ok(HttpResponse::Ok().json(detail))
}

/// A table as CSV: byte for byte the release's published file.
#[utoipa::path(get, path = "/api/v1/releases/{id}/tables/{table}.csv", tag = "releases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Release id"), ("table" = String, Path, description = "Table name, e.g. count_sector")),
    responses(
        (status = 200, description = "The table's CSV (RFC 4180)", content_type = "text/csv", body = String),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError),
        (status = 404, description = "No such release or table", body = ApiError)))]
pub async fn table_csv(
    req: HttpRequest,
    state: web::Data<ApiState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    let (id, table) = path.into_inner();
    let name = format!("{table}.csv");
    let bytes = data::file(&state.db, &id, &name)
        .await
        .map_err(|e| json_err(&req, e))?
        .ok_or_else(|| not_found(&req))?;
    Ok(file_response(&name, bytes))
}

/// A table as JSON, with each cell's codes by dimension.
#[utoipa::path(get, path = "/api/v1/releases/{id}/tables/{table}.json", tag = "releases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Release id"), ("table" = String, Path, description = "Table name, e.g. count_sector")),
    responses(
        (status = 200, description = "The table", body = TableData),
        (status = 401, description = "Missing, malformed, revoked or unknown token", body = ApiError),
        (status = 404, description = "No such release or table", body = ApiError)))]
pub async fn table_json(
    req: HttpRequest,
    state: web::Data<ApiState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, WebError> {
    auth::authenticate(&req, &state.db).await?;
    let (id, table) = path.into_inner();
    let full = load(&req, &state, &id, Some(&table)).await?;
    let dimensions = full
        .cells
        .first()
        .map(|c| {
            publication::key_dims(&c.cell_key)
                .into_iter()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let cells = full
        .cells
        .iter()
        .map(|c| CellData {
            key: publication::key_dims(&c.cell_key)
                .into_iter()
                .zip(publication::key_codes(&c.cell_key))
                .map(|(d, v)| (d.to_string(), v.to_string()))
                .collect(),
            value: c.value,
            raw_noisy: c.raw_noisy,
            ci_low: c.ci_low,
            ci_high: c.ci_high,
        })
        .collect();
    Ok(HttpResponse::Ok().json(TableData {
        release: full.release.id.clone(),
        period: full.release.period.clone(),
        table,
        dimensions,
        cells,
    }))
}
