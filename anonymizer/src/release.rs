//! `anonymizer release`: check the ledger, read and open the period's records, truncate,
//! measure, post-process and store the release with its ledger entries in one transaction.
//!
//! Order matters: an existing release with the same parameters is returned before anything
//! is opened or spent; the budget is checked before any record is opened and again under the
//! ledger lock before any noise is drawn; the release, its cells and its ledger entries are
//! written together or not at all.

use std::time::{SystemTime, UNIX_EPOCH};

use envelope::keys::KeyPair;

use crate::keys::AnonymizerKeys;
use serde_json::json;
use storage::releases::{self, NewRelease, NewReleaseCell, NewReleaseTable, Release, Spent};
use storage::{Database, StorageError};

use crate::compute::{compute, TableOut};
use crate::error::{AnonError, Result};
use crate::plan::{plan, Caps, Params, Planned};
use crate::progress::Progress;
use crate::records::{self, LoadStats};
use crate::truncate::{truncate, Truncation};

/// Tolerance for adding up floating-point epsilons.
const EPSILON_SLACK: f64 = 1e-9;

#[derive(Debug)]
pub enum Outcome {
    /// A new release was written and its budget spent.
    Created { release: Release, load: LoadStats },
    /// The same release existed; nothing was spent.
    Existing(Release),
}

impl Outcome {
    pub fn release(&self) -> &Release {
        match self {
            Outcome::Created { release, .. } | Outcome::Existing(release) => release,
        }
    }
}

/// Refuses a release that would take the quarter or the year over its cap.
pub fn check_budget(params: &Params, caps: Caps, spent: Spent) -> Result<()> {
    let period = params.period.to_string();
    for (scope, name, spent, cap) in [
        ("quarter", period.clone(), spent.period, caps.quarter),
        (
            "year",
            params.period.year.to_string(),
            spent.year,
            caps.year,
        ),
    ] {
        if spent + params.epsilon > cap + EPSILON_SLACK {
            return Err(AnonError::OverBudget {
                scope,
                period: name,
                requested: params.epsilon,
                spent: round6(spent),
                left: round6((cap - spent).max(0.0)),
                cap,
            });
        }
    }
    Ok(())
}

/// Refuses to release while the ledger disagrees with the releases: the spend it reports
/// could not be trusted.
pub fn check_ledger(conn: &mut storage::DbConn) -> Result<()> {
    let problems = releases::ledger_disagreements(conn)?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AnonError::LedgerMismatch(problems))
    }
}

fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// What a release does with records no held anonymizer key opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unopenable {
    /// Refuse the release (the default: a retired key still needed).
    Refuse,
    /// Release without them (they are counted in `LoadStats::unopenable`).
    Skip,
}

/// Runs a release; see the module documentation for the order of steps. Reviewers' records
/// count only when signed by one of `signers` (see [`records::Signers`]); records are opened
/// with the key they were sealed to among `keys`, and the release is refused when some open
/// with none of them, unless `unopenable` says to skip them.
pub fn run(
    db: &Database,
    keys: &AnonymizerKeys,
    signers: &records::Signers,
    params: &Params,
    caps: Caps,
    unopenable: Unopenable,
    progress: &Progress,
) -> Result<Outcome> {
    let key = &keys.current;
    params.check()?;
    caps.check()?;
    let digest = params.digest();
    let year = i32::from(params.period.year);
    let period = params.period.to_string();
    {
        let mut conn = db.conn()?;
        if let Some(existing) = releases::find_release_by_digest(&mut conn, &digest)? {
            return Ok(Outcome::Existing(existing));
        }
        check_ledger(&mut conn)?;
        check_budget(params, caps, releases::spent(&mut conn, &period, year)?)?;
    }
    let planned = plan(params)?;
    let (records, load) = records::load(db, keys, signers, params.period, progress)?;
    // Exact counts: debug level only (info-level logs may be shipped to shared systems).
    tracing::debug!(
        period = %params.period,
        rows = load.rows,
        reports = load.reports,
        kept = load.kept,
        duplicate = load.duplicate,
        out_of_scope = load.out_of_scope,
        invalid = load.invalid,
        mismatched = load.mismatched,
        unverified = load.unverified,
        unopenable = load.unopenable,
        opened_retiring = load.opened_retiring,
        "records opened"
    );
    if load.unopenable > 0 && unopenable == Unopenable::Refuse {
        return Err(AnonError::Unopenable {
            period,
            count: load.unopenable,
        });
    }
    let (kept, truncation) = truncate(records, params.k as usize);

    let mut refusal: Option<AnonError> = None;
    let written = db.write(|conn| {
        releases::lock_ledger(conn)?;
        if let Some(existing) = releases::find_release_by_digest(conn, &digest)? {
            return Ok(Outcome::Existing(existing));
        }
        let spent = releases::spent(conn, &period, year)?;
        let built = check_ledger(conn)
            .and_then(|()| check_budget(params, caps, spent))
            .and_then(|()| compute(&planned, params, &kept, &truncation))
            .and_then(|tables| {
                new_release(key, params, caps, spent, &planned, &tables, &truncation)
            });
        match built {
            Ok(new) => {
                releases::insert_release(conn, &new)?;
                let release = releases::find_release(conn, &new.id)?
                    .ok_or(StorageError::NotFound("release"))?;
                Ok(Outcome::Created {
                    release,
                    load: load.clone(),
                })
            }
            Err(e) => {
                refusal = Some(e);
                // Roll back (nothing was written yet, but leave no doubt).
                Err(StorageError::Invalid("release refused".into()))
            }
        }
    });
    match (written, refusal) {
        (_, Some(e)) => Err(e),
        (Ok(outcome), None) => Ok(outcome),
        (Err(e), None) => Err(e.into()),
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The release's rows, with its files' checksums signed by the release key (the files are
/// rendered from the same rows the portal will read, so the checksums hold for its downloads).
fn new_release(
    key: &KeyPair,
    params: &Params,
    caps: Caps,
    spent: Spent,
    planned: &[Planned],
    tables: &[TableOut],
    truncation: &Truncation,
) -> Result<NewRelease> {
    let id = params.release_id();
    let methodology = methodology(&id, params, caps, spent, tables, truncation);
    let signing = publication::release_signing_key(key.secret.expose());
    let signing_public = signing
        .public_key()
        .map_err(|e| AnonError::Key(e.to_string()))?;
    let mut new = NewRelease {
        id,
        period: params.period.to_string(),
        year: i32::from(params.period.year),
        created_at: now(),
        delta: 0.0,
        params_digest: params.digest().to_vec(),
        methodology: methodology.to_string(),
        checksums: String::new(),
        signature: Vec::new(),
        signing_key: signing_public.0.to_vec(),
        tables: tables
            .iter()
            .map(|t| NewReleaseTable {
                name: t.name.clone(),
                mechanism: t.mechanism.clone(),
                noise_scale: t.scale,
                epsilon: planned
                    .iter()
                    .find(|p| p.name == t.name)
                    .map_or(0.0, |p| p.epsilon),
            })
            .collect(),
        cells: tables
            .iter()
            .flat_map(|t| {
                t.cells.iter().map(|c| NewReleaseCell {
                    table_name: t.name.clone(),
                    cell_key: c.key.clone(),
                    value: c.value,
                    raw_noisy: c.raw_noisy,
                    ci_low: c.ci_low,
                    ci_high: c.ci_high,
                })
            })
            .collect(),
    };
    let (stored, stored_tables, stored_cells) = as_stored(&new);
    let files = publication::data_files(&stored, &stored_tables, &stored_cells)
        .map_err(|e| AnonError::Config(e.to_string()))?;
    new.checksums = publication::checksums(&files);
    new.signature = publication::sign(&new.checksums, &signing)
        .map_err(|e| AnonError::Key(e.to_string()))?
        .to_vec();
    Ok(new)
}

/// The rows as the database will return them, to render the files before they are stored.
fn as_stored(
    new: &NewRelease,
) -> (
    Release,
    Vec<storage::releases::ReleaseTable>,
    Vec<storage::releases::ReleaseCell>,
) {
    let release = Release {
        id: new.id.clone(),
        period: new.period.clone(),
        created_at: new.created_at,
        epsilon: new.tables.iter().map(|t| t.epsilon).sum(),
        delta: new.delta,
        params_digest: new.params_digest.clone(),
        methodology: new.methodology.clone(),
        status: "published".into(),
        checksums: String::new(),
        signature: Vec::new(),
        signing_key: new.signing_key.clone(),
    };
    let tables = new
        .tables
        .iter()
        .map(|t| storage::releases::ReleaseTable {
            release_id: new.id.clone(),
            name: t.name.clone(),
            mechanism: t.mechanism.clone(),
            noise_scale: t.noise_scale,
            epsilon: t.epsilon,
        })
        .collect();
    let cells = new
        .cells
        .iter()
        .map(|c| storage::releases::ReleaseCell {
            release_id: new.id.clone(),
            table_name: c.table_name.clone(),
            cell_key: c.cell_key.clone(),
            value: c.value,
            raw_noisy: c.raw_noisy,
            ci_low: c.ci_low,
            ci_high: c.ci_high,
        })
        .collect();
    (release, tables, cells)
}

/// The methodology document published with the release (also stored in the database).
pub fn methodology(
    id: &str,
    params: &Params,
    caps: Caps,
    spent: Spent,
    tables: &[TableOut],
    _truncation: &Truncation,
) -> serde_json::Value {
    let kept_total = tables
        .iter()
        .find(|t| t.name == "count_total")
        .and_then(|t| t.cells.first())
        .map_or(0, |c| c.value);
    let dropped = tables
        .iter()
        .find(|t| t.name == crate::tables::TRUNCATION_TABLE)
        .and_then(|t| t.cells.first())
        .map_or(0, |c| c.value);
    let share = if kept_total + dropped > 0 {
        dropped as f64 / (kept_total + dropped) as f64
    } else {
        0.0
    };
    let table_docs: Vec<serde_json::Value> = tables
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "family": t.family,
                "dimensions": t.dims.iter().map(|d| d.name()).collect::<Vec<_>>(),
                "cells": t.cells.len(),
                "mechanism": t.mechanism,
                "noise_scale": t.scale,
                "sensitivity": t.sensitivity,
                "epsilon": t.epsilon,
                "delta": 0.0,
                "raw_interval_half_width_95": t.raw_half_width,
                "interval_half_width_95": t.half_width,
            })
        })
        .collect();
    let epsilon: f64 = tables.iter().map(|t| t.epsilon).sum();
    json!({
        "release": id,
        "period": params.period.to_string(),
        "privacy_unit": "an organisation's reporting in the quarter, the organisation recognised by the VAT number or LEI given in the sealed statistics record (in its normalised form, turned into a keyed pseudonym only the anonymizer can compute); at most k of its reports count per quarter. One organisation giving a VAT number in one report and an LEI in another, or subsidiaries reporting separately, are several units. A report without an identifier is its own unit: an organisation sending m reports without one is protected at m times the epsilon below, not as a whole",
        "protection": {
            "per_release": {"epsilon": round6(epsilon), "factor": round6(epsilon.exp()), "unit": "one organisation's reports of this quarter (at most k)"},
            "per_year": {"year": params.period.year, "epsilon_cap": caps.year, "factor": round6(caps.year.exp()), "unit": "one organisation's reports of the calendar year, over all its releases"},
            "lifetime": "no bound across calendar years: over several years the epsilons add up (the factors multiply)",
        },
        "k": params.k,
        "truncation": {
            "rule": "at most k reports per organisation per quarter, chosen by a keyed hash of the report id (never by their values), before any measurement",
            "reports_dropped_noisy": dropped,
            "share_of_reports_dropped_noisy": (share * 1000.0).round() / 1000.0,
            "note": "reports dropped are counted at most k per organisation and measured with noise (table truncated_reports), so the share is a noisy lower bound",
        },
        "neighbouring_relation": "add or remove one organisation (at most k reports)",
        "epsilon": round6(epsilon),
        "delta": 0.0,
        "cumulative": {
            "quarter": {"spent": round6(spent.period + epsilon), "cap": caps.quarter},
            "year": {"year": params.period.year, "spent": round6(spent.year + epsilon), "cap": caps.year},
        },
        "clamp_bounds": {
            "loss_eur": [0, params.loss_bound],
            "jobs_at_risk": [0, params.jobs_bound],
        },
        "domain": "every cell of the public cross of EU-27 member states, NACE Rev.2 sections A-U, VERIS attack vectors, RSIT incident classes, actor types and loss bands is measured and published, zeros included; no cell is suppressed by its value",
        "post_processing": "per family, inverse-variance weighted least squares over all its tables; the count families' totals (independent measurements of the same number of kept reports) are combined by inverse-variance weighting, so every count family publishes the same total; published values are non-negative integers distributed from the total down: each one-dimension table from the total, each member-state breakdown of a measured EU table from that EU cell (so every EU cell is the sum of its member-state cells), the member-state-by-sector table from its EU sector cell; each value is the integer closest to its least-squares estimate that keeps these sums, so it moves away from the estimate only where sibling estimates fall below zero",
        "intervals": "95% intervals from the public noise scales only: the least-squares estimate ± ln(20)·sd/√2 (sd from the least-squares variance; for the count total, from the combined families; for a table measured once, around each cell's own measurement, the exact discrete Laplace 95% half-width, so each such cell covers the truth with probability at least 95%), widened to hold the published value if it lies outside, and never below zero; they cover the truncated and clamped quantity (at most k reports per organisation, amounts clamped to the bounds), not every report received; raw_noisy is each table's own measurement",
        "tables": table_docs,
        "opendp": {
            "crate": "opendp",
            "version": opendp_version(),
            "features": ["contrib", "use-openssl"],
            "note": "every OpenDP 0.16 constructor used here sits behind the `contrib` feature (not yet vetted by the OpenDP team); `use-openssl` provides the cryptographically secure sampler",
        },
    })
}

/// The OpenDP version this binary was built with (kept in step with Cargo.lock by a test).
pub fn opendp_version() -> &'static str {
    "0.16.0"
}
