//! A release's parameters, their digest and the plan derived from them (each table's epsilon,
//! sensitivity and OpenDP noise scale), all before any record is read.

use domain::Quarter;
use serde_json::json;

use crate::error::{AnonError, Result};
use crate::measure;
use crate::tables::{families, Value, TRUNCATION_TABLE, TRUNCATION_WEIGHT};

/// Defaults, also documented in the README and `--help`.
pub const DEFAULT_EPSILON: f64 = 1.0;
/// One report per organisation and quarter: with k = 1 the release's epsilon is what one
/// organisation's reporting in the quarter can change, and the budget buys usable figures
/// (see `tables::families`).
pub const DEFAULT_K: u32 = 1;
pub const DEFAULT_QUARTER_CAP: f64 = 1.0;
pub const DEFAULT_YEAR_CAP: f64 = 4.0;
/// Losses are clamped to this many euros per report before summing.
pub const DEFAULT_LOSS_BOUND: u64 = 2_000_000;
/// Jobs at risk are clamped to this many per report before summing.
pub const DEFAULT_JOBS_BOUND: u32 = 500;

/// The largest caps accepted, compiled in so that no flag or environment variable can lift
/// them: a quarter never spends more than epsilon 2, a calendar year never more than 8.
pub const MAX_QUARTER_CAP: f64 = 2.0;
pub const MAX_YEAR_CAP: f64 = 8.0;

/// Bumped whenever the tables or the methods change, so old digests never match new releases.
pub const METHOD_VERSION: &str = "tss-release-v3";

/// What defines a release: the same parameters for the same period are the same release.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub period: Quarter,
    pub epsilon: f64,
    pub k: u32,
    pub loss_bound: u64,
    pub jobs_bound: u32,
}

/// The budget caps (not part of a release's identity).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Caps {
    pub quarter: f64,
    pub year: f64,
}

impl Caps {
    /// Refuses a cap that is not a finite number above 0 and at most its compiled-in maximum:
    /// NaN or infinity would disable the ledger's comparison, 0 or less makes no sense.
    pub fn check(&self) -> Result<()> {
        for (flag, value, max) in [
            (
                "--quarter-cap (ANONYMIZER_QUARTER_CAP)",
                self.quarter,
                MAX_QUARTER_CAP,
            ),
            ("--year-cap (ANONYMIZER_YEAR_CAP)", self.year, MAX_YEAR_CAP),
        ] {
            if !(value.is_finite() && value > 0.0 && value <= max) {
                return Err(AnonError::Config(format!(
                    "{flag} must be a number above 0 and at most {max} (the compiled-in maximum), got {value}"
                )));
            }
        }
        Ok(())
    }
}

impl Params {
    pub fn new(period: Quarter, epsilon: f64) -> Params {
        Params {
            period,
            epsilon,
            k: DEFAULT_K,
            loss_bound: DEFAULT_LOSS_BOUND,
            jobs_bound: DEFAULT_JOBS_BOUND,
        }
    }

    /// Refuses parameters that cannot make a meaningful release.
    pub fn check(&self) -> Result<()> {
        if !(self.epsilon.is_finite() && self.epsilon > 0.0 && self.epsilon <= 100.0) {
            return Err(AnonError::Config(format!(
                "--epsilon must be a number above 0 and at most 100, got {}",
                self.epsilon
            )));
        }
        if !(1..=1_000).contains(&self.k) {
            return Err(AnonError::Config(format!(
                "k (reports kept per organisation and quarter) must be 1 to 1000, got {}",
                self.k
            )));
        }
        if self.loss_bound == 0 || self.loss_bound > domain::taxonomy::MAX_LOSS_EUR {
            return Err(AnonError::Config(format!(
                "the loss bound must be 1 to {} euros, got {}",
                domain::taxonomy::MAX_LOSS_EUR,
                self.loss_bound
            )));
        }
        if self.jobs_bound == 0 || self.jobs_bound > domain::taxonomy::MAX_JOBS {
            return Err(AnonError::Config(format!(
                "the jobs bound must be 1 to {}, got {}",
                domain::taxonomy::MAX_JOBS,
                self.jobs_bound
            )));
        }
        Ok(())
    }

    /// The canonical description hashed into the digest.
    pub fn canonical(&self) -> serde_json::Value {
        let tables: Vec<serde_json::Value> = families()
            .iter()
            .flat_map(|f| {
                f.tables
                    .iter()
                    .map(|t| json!([t.name, t.weight]))
                    .collect::<Vec<_>>()
            })
            .collect();
        json!({
            "method": METHOD_VERSION,
            "period": self.period.to_string(),
            "epsilon": self.epsilon,
            "k": self.k,
            "loss_bound": self.loss_bound,
            "jobs_bound": self.jobs_bound,
            "tables": tables,
            "truncation_weight": TRUNCATION_WEIGHT,
        })
    }

    pub fn digest(&self) -> [u8; 32] {
        envelope::token::blake2b_256(self.canonical().to_string().as_bytes())
    }

    /// `2026Q3-1a2b3c4d`: the period and the start of the digest.
    pub fn release_id(&self) -> String {
        format!("{}-{}", self.period, &envelope::hex(&self.digest())[..8])
    }
}

/// One table's measurement plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub name: &'static str,
    /// Index into [`families`], `None` for the truncation table.
    pub family: Option<usize>,
    /// Index into the family's tables.
    pub table: usize,
    pub value: Value,
    pub epsilon: f64,
    /// L1 sensitivity of the table for one organisation (k records).
    pub sensitivity: i64,
    pub scale: f64,
}

/// Splits epsilon over the tables by weight and asks OpenDP for each table's scale.
pub fn plan(params: &Params) -> Result<Vec<Planned>> {
    params.check()?;
    let fams = families();
    let total_weight: f64 = fams
        .iter()
        .flat_map(|f| f.tables.iter().map(|t| t.weight))
        .sum::<f64>()
        + TRUNCATION_WEIGHT;
    let k = i64::from(params.k);
    let mut out = Vec::new();
    for (fi, f) in fams.iter().enumerate() {
        for (ti, t) in f.tables.iter().enumerate() {
            let epsilon = params.epsilon * t.weight / total_weight;
            let layout = crate::tables::Layout::of(f);
            let (sensitivity, scale) = match f.value {
                Value::Count => {
                    let (_, s) = measure::counts(layout.table_cells(t.dims), params.k, epsilon)?;
                    (k, s)
                }
                Value::LossSum => {
                    let sens = k.saturating_mul(params.loss_bound as i64);
                    (sens, measure::sums(sens, epsilon)?.1)
                }
                Value::JobsSum => {
                    let sens = k.saturating_mul(i64::from(params.jobs_bound));
                    (sens, measure::sums(sens, epsilon)?.1)
                }
            };
            out.push(Planned {
                name: t.name,
                family: Some(fi),
                table: ti,
                value: f.value,
                epsilon,
                sensitivity,
                scale,
            });
        }
    }
    let epsilon = params.epsilon * TRUNCATION_WEIGHT / total_weight;
    out.push(Planned {
        name: TRUNCATION_TABLE,
        family: None,
        table: 0,
        value: Value::Count,
        epsilon,
        sensitivity: k,
        scale: measure::sums(k, epsilon)?.1,
    });
    Ok(out)
}
