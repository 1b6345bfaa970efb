//! The portal's and the API's only way to release data: releases, their tables and cells, and
//! the files `publication` renders from them, and the download response for a file. Nothing
//! else of the database is read here. Shared by the two areas, so neither imports the other.

use actix_web::http::header;
use actix_web::HttpResponse;
use publication::File;
use storage::releases::{self, Release, ReleaseCell, ReleaseTable};
use storage::Database;

use crate::web::error::Kind;
use crate::web::paging::Page;
use crate::web::WebError;

/// Longest release id or file name looked up (anything longer is not one of ours).
const MAX_NAME: usize = 100;

/// A release with its tables and cells.
pub struct Full {
    pub release: Release,
    pub tables: Vec<ReleaseTable>,
    pub cells: Vec<ReleaseCell>,
}

fn plausible(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// Every release, newest period first.
pub async fn list(db: &Database) -> Result<Vec<Release>, WebError> {
    crate::blocking::db(db, releases::list_releases).await
}

/// The page of the release list that the query (`?page=N`) asks for, 50 a page, newest
/// period first.
pub async fn list_page(db: &Database, query: &str) -> Result<(Page, Vec<Release>), WebError> {
    let query = query.to_string();
    crate::blocking::db(db, move |conn| {
        let page = Page::of(&query, releases::count_releases(conn)?);
        let list = releases::list_releases_page(conn, page.offset(), page.limit())?;
        Ok((page, list))
    })
    .await
}

/// The release with its tables, and the cells of `table` (all cells when `None`).
pub async fn load(db: &Database, id: &str, table: Option<&str>) -> Result<Option<Full>, WebError> {
    if !plausible(id) || !table.is_none_or(plausible) {
        return Ok(None);
    }
    let (id, table) = (id.to_string(), table.map(str::to_string));
    crate::blocking::db(db, move |conn| {
        let Some(release) = releases::find_release(conn, &id)? else {
            return Ok(None);
        };
        let tables = releases::release_tables(conn, &id)?;
        if let Some(t) = &table {
            if !tables.iter().any(|x| &x.name == t) {
                return Ok(None);
            }
        }
        let cells = releases::release_cells(conn, &id, table.as_deref())?;
        Ok(Some(Full {
            release,
            tables,
            cells,
        }))
    })
    .await
}

/// `count_total` of the newest release of each period, oldest period first: reports by
/// quarter across releases (there is one release per quarter; a re-run with other parameters
/// replaces the older one here).
pub async fn totals_by_period(db: &Database) -> Result<Vec<(Release, ReleaseCell)>, WebError> {
    Ok(table_by_period(db, "count_total")
        .await?
        .into_iter()
        .filter_map(|(r, cells)| cells.into_iter().next().map(|c| (r, c)))
        .collect())
}

/// The cells of `table` in the newest release of each period that has it, oldest period
/// first: the table as a time series across releases.
pub async fn table_by_period(
    db: &Database,
    table: &str,
) -> Result<Vec<(Release, Vec<ReleaseCell>)>, WebError> {
    let table = table.to_string();
    crate::blocking::db(db, move |conn| {
        let mut out: Vec<(Release, Vec<ReleaseCell>)> = Vec::new();
        for r in releases::list_releases(conn)? {
            if out.iter().any(|(x, _)| x.period == r.period) {
                continue;
            }
            let cells = releases::release_cells(conn, &r.id, Some(&table))?;
            if !cells.is_empty() {
                out.push((r, cells));
            }
        }
        out.reverse();
        Ok(out)
    })
    .await
}

/// One published file of a release by name (a table's CSV, `methodology.json`, `SHA256SUMS`,
/// `SHA256SUMS.sig`, or `<release id>.zip`): exactly the bytes of the anonymizer's `--out`.
pub async fn file(db: &Database, id: &str, name: &str) -> Result<Option<Vec<u8>>, WebError> {
    let table = name.strip_suffix(".csv");
    let Some(full) = load(db, id, table).await? else {
        return Ok(None);
    };
    let r = &full.release;
    let bytes = match name {
        publication::CHECKSUMS => r.checksums.as_bytes().to_vec(),
        publication::SIGNATURE => r.signature.clone(),
        publication::METHODOLOGY => publication::methodology_json(r).map_err(publication_error)?,
        _ if table.is_some() => {
            let refs: Vec<&ReleaseCell> = full.cells.iter().collect();
            publication::table_csv(r, table.unwrap_or_default(), &refs)
                .map_err(publication_error)?
        }
        _ if name == format!("{}.zip", r.id) => {
            let Some(all) = load(db, id, None).await? else {
                return Ok(None);
            };
            let files = all_files(&all)?;
            publication::archive(&all.release, &files).map_err(publication_error)?
        }
        _ => return Ok(None),
    };
    Ok(Some(bytes))
}

/// Every published file of a release (without the archive).
pub fn all_files(full: &Full) -> Result<Vec<File>, WebError> {
    publication::all_files(&full.release, &full.tables, &full.cells).map_err(publication_error)
}

fn publication_error(e: publication::PublicationError) -> WebError {
    tracing::error!(error = %e, "rendering a release file failed");
    WebError::new(Kind::Internal)
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("csv") => "text/csv; charset=utf-8",
        Some("json") => "application/json",
        Some("zip") => "application/zip",
        Some("sig") => "application/octet-stream",
        _ => "text/plain; charset=utf-8",
    }
}

/// A file download: the exact published bytes, as an attachment.
pub fn file_response(name: &str, bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, content_type(name)))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(bytes)
}
