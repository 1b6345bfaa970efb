//! `--out DIR`: a release as files, read back from the database so a re-run writes the same
//! files. One CSV per table (RFC 4180) and `methodology.json`, written to a temporary
//! directory beside the target and renamed into place, so a failure leaves no partial release.
//!
//! CSV columns: `release`, `period`, `table`, one column per dimension of the table (named
//! after it: `member_state`, `sector`, `attack_vector`, ...; EU-level tables have no
//! `member_state` column; `total` tables have none), then `value` (the published,
//! consistent, non-negative integer), `raw_noisy` (the table's own noisy measurement),
//! `ci_low` and `ci_high` (95% interval).

use std::fs;
use std::path::{Path, PathBuf};

use storage::releases::{self, Release, ReleaseCell};
use storage::Database;

use crate::error::{AnonError, Result};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AnonError + '_ {
    move |source| AnonError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes the release into `dir/<release id>/`; returns that directory.
pub fn write(db: &Database, release: &Release, dir: &Path) -> Result<PathBuf> {
    let mut conn = db.conn()?;
    let tables = releases::release_tables(&mut conn, &release.id)?;
    let cells = releases::release_cells(&mut conn, &release.id, None)?;
    fs::create_dir_all(dir).map_err(io(dir))?;
    let target = dir.join(&release.id);
    let staging = dir.join(format!(".{}.partial", release.id));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    fs::create_dir(&staging).map_err(io(&staging))?;
    let result = (|| {
        for t in &tables {
            let rows: Vec<&ReleaseCell> = cells.iter().filter(|c| c.table_name == t.name).collect();
            write_csv(
                &staging.join(format!("{}.csv", t.name)),
                release,
                &t.name,
                &rows,
            )?;
        }
        let doc: serde_json::Value = serde_json::from_str(&release.methodology)
            .map_err(|e| AnonError::Config(format!("stored methodology is not JSON: {e}")))?;
        let path = staging.join("methodology.json");
        let text = serde_json::to_string_pretty(&doc)
            .map_err(|e| AnonError::Config(format!("methodology: {e}")))?;
        fs::write(&path, text + "\n").map_err(io(&path))?;
        if target.exists() {
            fs::remove_dir_all(&target).map_err(io(&target))?;
        }
        fs::rename(&staging, &target).map_err(io(&target))
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result.map(|()| target)
}

/// The dimension names of a cell key, in order (`total` has none).
pub fn key_dims(key: &str) -> Vec<&str> {
    if key == "total" {
        return Vec::new();
    }
    key.split(';')
        .filter_map(|p| p.split_once('=').map(|(d, _)| d))
        .collect()
}

/// The codes of a cell key, in order.
pub fn key_codes(key: &str) -> Vec<&str> {
    if key == "total" {
        return Vec::new();
    }
    key.split(';')
        .filter_map(|p| p.split_once('=').map(|(_, c)| c))
        .collect()
}

fn write_csv(path: &Path, release: &Release, table: &str, rows: &[&ReleaseCell]) -> Result<()> {
    let csv_err = |e: csv::Error| AnonError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    };
    let mut w = csv::Writer::from_path(path).map_err(csv_err)?;
    let dims = rows
        .first()
        .map(|c| key_dims(&c.cell_key))
        .unwrap_or_default();
    let mut header = vec!["release", "period", "table"];
    header.extend(dims.iter().copied());
    header.extend(["value", "raw_noisy", "ci_low", "ci_high"]);
    w.write_record(&header).map_err(csv_err)?;
    for c in rows {
        let mut rec: Vec<String> = vec![
            release.id.clone(),
            release.period.clone(),
            table.to_string(),
        ];
        rec.extend(key_codes(&c.cell_key).into_iter().map(str::to_string));
        rec.push(c.value.to_string());
        rec.push(format!("{:.3}", c.raw_noisy));
        rec.push(format!("{:.3}", c.ci_low));
        rec.push(format!("{:.3}", c.ci_high));
        w.write_record(&rec).map_err(csv_err)?;
    }
    w.flush().map_err(io(path))
}
