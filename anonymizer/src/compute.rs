//! Drawing the noise and post-processing: from the truncated records to the published tables.
//!
//! Per family: every table is measured with OpenDP (noise on every cell), the measurements are
//! combined into one consistent estimate, rounded top-down, and each table is read off it.
//! Each cell carries its own raw noisy measurement and a 95% interval around the consistent
//! (unrounded) estimate, whose half-width follows from the public noise scales alone.

use crate::consistency::{aggregate, cell_variances, estimate, round_top_down, Measured};
use crate::error::Result;
use crate::measure;
use crate::plan::{Params, Planned};
use crate::records::Rec;
use crate::tables::{cell_key, families, Dim, Family, Layout, Value};
use crate::truncate::Truncation;

/// The 95% half-width of an estimate with standard deviation `sd`, taken from the Laplace
/// distribution of the same variance (b = sd/√2, half-width b·ln 20). The estimates are
/// dominated by one Laplace measurement each; where several combine, the sum is closer to
/// normal and the interval is slightly conservative.
pub fn half_width_95(sd: f64) -> f64 {
    sd / std::f64::consts::SQRT_2 * 20f64.ln()
}

/// A published table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableOut {
    pub name: String,
    pub family: &'static str,
    pub dims: Vec<Dim>,
    pub mechanism: String,
    pub epsilon: f64,
    pub sensitivity: i64,
    pub scale: f64,
    /// 95% half-width of a raw measurement (OpenDP's accuracy), 0 for derived tables.
    pub raw_half_width: f64,
    /// 95% half-width of a published cell's consistent estimate.
    pub half_width: f64,
    pub cells: Vec<CellOut>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CellOut {
    pub key: String,
    pub value: i64,
    pub raw_noisy: f64,
    pub estimate: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// Detail cell of each record in a family.
pub fn detail_indices(family: &Family, layout: &Layout, records: &[Rec]) -> Vec<u32> {
    records
        .iter()
        .map(|r| {
            family
                .dims
                .iter()
                .zip(&layout.sizes)
                .fold(0usize, |acc, (d, size)| acc * size + r.index(*d)) as u32
        })
        .collect()
}

/// Clamped per-detail-cell sums of a money or jobs family.
fn detail_sums(
    family: &Family,
    layout: &Layout,
    records: &[Rec],
    cells: &[u32],
    params: &Params,
) -> Vec<i64> {
    let mut sums = vec![0i64; layout.cells()];
    for (r, &c) in records.iter().zip(cells) {
        let v = match family.value {
            Value::LossSum => r.loss_eur.unwrap_or(0).min(params.loss_bound) as i64,
            Value::JobsSum => i64::from(r.jobs_at_risk.unwrap_or(0).min(params.jobs_bound)),
            Value::Count => 1,
        };
        sums[c as usize] += v;
    }
    sums
}

/// The true (noise-free) values of every table of a family, for tests of truncation and
/// noise. Never published.
pub fn true_tables(family: &Family, records: &[Rec], params: &Params) -> Vec<Vec<i64>> {
    let layout = Layout::of(family);
    let cells = detail_indices(family, &layout, records);
    let detail = detail_sums(family, &layout, records, &cells, params);
    family
        .tables
        .iter()
        .map(|t| aggregate(&layout, &detail, t.dims))
        .collect()
}

fn mechanism(value: Value) -> &'static str {
    match value {
        Value::Count => {
            "discrete Laplace on counts by category (OpenDP make_count_by_categories, make_laplace)"
        }
        Value::LossSum | Value::JobsSum => {
            "discrete Laplace on clamped integer sums (OpenDP make_laplace)"
        }
    }
}

/// Measures and post-processes every family, then the derived means and the truncation table.
pub fn compute(
    plan: &[Planned],
    params: &Params,
    records: &[Rec],
    truncation: &Truncation,
) -> Result<Vec<TableOut>> {
    let fams = families();
    let mut out = Vec::new();
    for (fi, family) in fams.iter().enumerate() {
        let planned: Vec<&Planned> = plan.iter().filter(|p| p.family == Some(fi)).collect();
        out.extend(family_tables(family, &planned, params, records)?);
    }
    out.extend(mean_tables(&out, params));
    if let Some(p) = plan.iter().find(|p| p.family.is_none()) {
        out.push(truncation_table(p, truncation)?);
    }
    Ok(out)
}

fn family_tables(
    family: &Family,
    planned: &[&Planned],
    params: &Params,
    records: &[Rec],
) -> Result<Vec<TableOut>> {
    let layout = Layout::of(family);
    let cells = detail_indices(family, &layout, records);
    let detail_sum = (family.value != Value::Count)
        .then(|| detail_sums(family, &layout, records, &cells, params));
    let mut noisy: Vec<Vec<f64>> = Vec::with_capacity(planned.len());
    for p in planned {
        let spec = &family.tables[p.table];
        let raw: Vec<i64> = match &detail_sum {
            None => {
                let (m, scale) =
                    measure::counts(layout.table_cells(spec.dims), params.k, p.epsilon)?;
                debug_assert_eq!(scale, p.scale);
                let proj = layout.projection(spec.dims);
                let data: Vec<u32> = cells.iter().map(|&c| proj[c as usize]).collect();
                m.invoke(&data)?
            }
            Some(sums) => {
                let (m, _) = measure::sums(p.sensitivity, p.epsilon)?;
                m.invoke(&aggregate(&layout, sums, spec.dims))?
            }
        };
        noisy.push(raw.iter().map(|&v| v as f64).collect());
    }
    let measured: Vec<Measured<'_>> = planned
        .iter()
        .zip(&noisy)
        .map(|(p, y)| Measured {
            dims: family.tables[p.table].dims,
            noisy: y,
            variance: measure::discrete_laplace_variance(p.scale),
        })
        .collect();
    let x = estimate(&layout, &measured);
    let targets: Vec<&[usize]> = planned
        .iter()
        .map(|p| family.tables[p.table].dims)
        .collect();
    let variances = cell_variances(&layout, &measured, &targets);
    let rounded = round_top_down(&layout, &x);

    let mut tables = Vec::with_capacity(planned.len());
    for ((p, y), var) in planned.iter().zip(&noisy).zip(&variances) {
        let spec = &family.tables[p.table];
        let est = aggregate(&layout, &x, spec.dims);
        let val = aggregate(&layout, &rounded, spec.dims);
        let half = half_width_95(var.sqrt());
        let cells = (0..est.len())
            .map(|i| CellOut {
                key: cell_key(family, spec.dims, i),
                value: val[i],
                raw_noisy: y[i],
                estimate: est[i],
                ci_low: est[i] - half,
                ci_high: est[i] + half,
            })
            .collect();
        tables.push(TableOut {
            name: spec.name.to_string(),
            family: family.name,
            dims: spec.dims.iter().map(|&d| family.dims[d]).collect(),
            mechanism: mechanism(family.value).to_string(),
            epsilon: p.epsilon,
            sensitivity: p.sensitivity,
            scale: p.scale,
            raw_half_width: measure::raw_half_width(p.scale)?,
            half_width: half,
            cells,
        });
    }
    Ok(tables)
}

/// Mean loss per report that gave one, by member state and for the EU: the noisy sum over the
/// noisy count of reports with a loss band (post-processing, no extra budget). Intervals are
/// the ratio of the intervals' ends, within the clamp bound.
fn mean_tables(tables: &[TableOut], params: &Params) -> Vec<TableOut> {
    let find = |name: &str| tables.iter().find(|t| t.name == name);
    let bound = params.loss_bound as f64;
    let mut out = Vec::new();
    for (mean_name, sum_name, count_name, by_state) in [
        (
            "loss_mean_member_state",
            "loss_sum_member_state",
            "count_member_state_loss_band",
            true,
        ),
        (
            "loss_mean_total",
            "loss_sum_total",
            "count_loss_band",
            false,
        ),
    ] {
        let (Some(sum), Some(count)) = (find(sum_name), find(count_name)) else {
            continue;
        };
        let bands = Dim::LossBand.len();
        let cells = sum
            .cells
            .iter()
            .enumerate()
            .map(|(i, s)| {
                // Cells of the count table for this member state (or the EU), bands 1.. only.
                let group = if by_state {
                    &count.cells[i * bands..(i + 1) * bands]
                } else {
                    &count.cells[..]
                };
                let with_loss = &group[1..];
                let n_value: i64 = with_loss.iter().map(|c| c.value).sum();
                let n_est: f64 = with_loss.iter().map(|c| c.estimate).sum();
                let n_half = count.half_width * (with_loss.len() as f64).sqrt();
                let value = if n_value > 0 {
                    (s.value as f64 / n_value as f64).round().min(bound) as i64
                } else {
                    0
                };
                let estimate = if n_est > 0.0 {
                    (s.estimate / n_est).clamp(0.0, bound)
                } else {
                    0.0
                };
                let lo_n = n_est - n_half;
                let hi_n = n_est + n_half;
                let (ci_low, ci_high) = if lo_n <= 0.0 || hi_n <= 0.0 {
                    (0.0, bound)
                } else {
                    (
                        ((s.ci_low) / hi_n).clamp(0.0, bound),
                        (s.ci_high / lo_n).clamp(0.0, bound),
                    )
                };
                CellOut {
                    key: s.key.clone(),
                    value,
                    raw_noisy: estimate,
                    estimate,
                    ci_low,
                    ci_high,
                }
            })
            .collect();
        out.push(TableOut {
            name: mean_name.to_string(),
            family: "loss",
            dims: sum.dims.clone(),
            mechanism: format!(
                "derived: {sum_name} / reports with a loss in {count_name} (post-processing)"
            ),
            epsilon: 0.0,
            sensitivity: 0,
            scale: 0.0,
            raw_half_width: 0.0,
            half_width: 0.0,
            cells,
        });
    }
    out
}

/// Reports dropped by truncation, counting at most k per organisation: a lower bound that shows
/// how much truncation cost. One noisy cell.
fn truncation_table(p: &Planned, t: &Truncation) -> Result<TableOut> {
    let (m, _) = measure::sums(p.sensitivity, p.epsilon)?;
    let noisy = m.invoke(&vec![t.reports_dropped_bounded as i64])?;
    let raw = noisy.first().copied().unwrap_or(0) as f64;
    let half = measure::raw_half_width(p.scale)?;
    Ok(TableOut {
        name: p.name.to_string(),
        family: "truncation",
        dims: Vec::new(),
        mechanism: "discrete Laplace on the count of reports dropped, at most k per organisation (OpenDP make_laplace)".into(),
        epsilon: p.epsilon,
        sensitivity: p.sensitivity,
        scale: p.scale,
        raw_half_width: half,
        half_width: half,
        cells: vec![CellOut {
            key: "total".into(),
            value: raw.round().max(0.0) as i64,
            raw_noisy: raw,
            estimate: raw,
            ci_low: raw - half,
            ci_high: raw + half,
        }],
    })
}
