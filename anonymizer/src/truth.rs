//! Ground truth for anyone measuring a release: the exact value of every published cell over
//! a set of records, before truncation, clamping and noise (`anonymizer synth --truth FILE`).
//!
//! Only ever computed over synthetic reports, whose values synth drew itself: a release's
//! error and coverage can then be measured against what was really stored, including the
//! gap that truncation and clamping open between the published quantity and the received one.

use std::collections::BTreeMap;
use std::path::Path;

use domain::Quarter;

use crate::compute::true_tables;
use crate::error::{AnonError, Result};
use crate::plan::Params;
use crate::records::Rec;
use crate::tables::{cell_key, families, TRUNCATION_TABLE};

/// One cell's exact value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TruthCell {
    pub table: String,
    pub cell: String,
    pub value: i64,
}

/// The exact value of every published cell over `records` (one quarter): sums without the
/// clamp, every report (no truncation), no noise. `truncated_reports` is the exact number of
/// reports that truncation at `k` per unit leaves out.
pub fn truth_cells(period: Quarter, records: &[Rec], k: usize) -> Vec<TruthCell> {
    let mut params = Params::new(period, 1.0);
    params.loss_bound = domain::taxonomy::MAX_LOSS_EUR;
    params.jobs_bound = domain::taxonomy::MAX_JOBS;
    let mut out = Vec::new();
    for family in families() {
        let values = true_tables(&family, records, &params);
        for (spec, values) in family.tables.iter().zip(values) {
            for (i, &v) in values.iter().enumerate() {
                out.push(TruthCell {
                    table: spec.name.to_string(),
                    cell: cell_key(&family, spec.dims, i),
                    value: v,
                });
            }
        }
    }
    let mut per_unit: BTreeMap<[u8; 16], usize> = BTreeMap::new();
    for r in records {
        *per_unit.entry(r.unit).or_default() += 1;
    }
    out.push(TruthCell {
        table: TRUNCATION_TABLE.to_string(),
        cell: "total".into(),
        value: per_unit.values().map(|&n| n.saturating_sub(k) as i64).sum(),
    });
    out
}

/// Writes `period,table,cell,value` rows for every quarter's cells to `path` (CSV, `cell` as
/// in the release's `release_cells`, e.g. `member_state=DE;sector=C`, or `total`).
pub fn write(path: &Path, quarters: &[(Quarter, Vec<TruthCell>)]) -> Result<()> {
    let io = |e: std::io::Error| AnonError::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let csv_err = |e: csv::Error| io(std::io::Error::other(e.to_string()));
    let mut w = csv::Writer::from_path(path).map_err(csv_err)?;
    w.write_record(["period", "table", "cell", "value"])
        .map_err(csv_err)?;
    for (period, cells) in quarters {
        let period = period.to_string();
        for c in cells {
            w.write_record([
                period.as_str(),
                c.table.as_str(),
                c.cell.as_str(),
                &c.value.to_string(),
            ])
            .map_err(csv_err)?;
        }
    }
    w.flush().map_err(io)
}

/// Reads a file written by [`write`]: (period, table, cell) → value.
pub fn read(path: &Path) -> Result<BTreeMap<(String, String, String), i64>> {
    let bad = |e: String| AnonError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    };
    let mut r = csv::Reader::from_path(path).map_err(|e| bad(e.to_string()))?;
    let mut out = BTreeMap::new();
    for row in r.records() {
        let row = row.map_err(|e| bad(e.to_string()))?;
        let value = row
            .get(3)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| bad("a value is not an integer".into()))?;
        let field = |i: usize| row.get(i).unwrap_or_default().to_string();
        out.insert((field(0), field(1), field(2)), value);
    }
    Ok(out)
}
