//! Drawing the noise and post-processing: from the truncated records to the published tables.
//!
//! Per family: every table is measured with OpenDP (noise on every cell), the measurements are
//! combined into one consistent least-squares estimate, and each table's published values are
//! distributed from the total down (EU cell = sum of its member-state cells). Each cell carries
//! its own raw noisy measurement and a 95% interval that holds its least-squares estimate's
//! interval (half-width from the public noise scales alone) and its published value, never
//! below zero.

use crate::consistency::{aggregate, cell_variances, distribute, estimate, Measured};
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
    /// Every cell's estimate is the table's own measurement (no other table combined into it)
    /// and its interval the exact discrete Laplace one around it: coverage at least 95% by
    /// construction, cell by cell (see [`exact_coverage`]).
    pub measured_once: bool,
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

/// One family measured and combined, before its values are published.
struct Combined<'a> {
    family: &'a Family,
    planned: Vec<&'a Planned>,
    layout: Layout,
    noisy: Vec<Vec<f64>>,
    /// Least-squares estimate of the detail cells.
    detail: Vec<f64>,
    /// Variance of one cell of each planned table.
    variances: Vec<f64>,
    /// The family's total estimate and its variance.
    total: (f64, f64),
}

/// Measures and post-processes every family, then the truncation table.
///
/// Every count family counts the same kept reports, so their totals are independent
/// measurements of one number: they are combined by inverse-variance weighting and every count
/// family publishes that one total (the families agree on it).
pub fn compute(
    plan: &[Planned],
    params: &Params,
    records: &[Rec],
    truncation: &Truncation,
) -> Result<Vec<TableOut>> {
    let fams = families();
    let mut combined = Vec::with_capacity(fams.len());
    for (fi, family) in fams.iter().enumerate() {
        let planned: Vec<&Planned> = plan.iter().filter(|p| p.family == Some(fi)).collect();
        combined.push(measure_family(family, planned, params, records)?);
    }
    let counts: Vec<&Combined<'_>> = combined
        .iter()
        .filter(|c| c.family.value == Value::Count)
        .collect();
    let weight: f64 = counts.iter().map(|c| 1.0 / c.total.1.max(1e-12)).sum();
    let count_total = (
        counts
            .iter()
            .map(|c| c.total.0 / c.total.1.max(1e-12))
            .sum::<f64>()
            / weight,
        1.0 / weight,
    );
    let mut out = Vec::new();
    for c in &combined {
        let total = if c.family.value == Value::Count {
            count_total
        } else {
            c.total
        };
        out.extend(publish_family(c, total)?);
    }
    if let Some(p) = plan.iter().find(|p| p.family.is_none()) {
        out.push(truncation_table(p, truncation)?);
    }
    Ok(out)
}

fn measure_family<'a>(
    family: &'a Family,
    planned: Vec<&'a Planned>,
    params: &Params,
    records: &[Rec],
) -> Result<Combined<'a>> {
    let layout = Layout::of(family);
    let cells = detail_indices(family, &layout, records);
    let detail_sum = (family.value != Value::Count)
        .then(|| detail_sums(family, &layout, records, &cells, params));
    let mut noisy: Vec<Vec<f64>> = Vec::with_capacity(planned.len());
    for p in &planned {
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
    let detail = estimate(&layout, &measured);
    let mut targets: Vec<&[usize]> = planned
        .iter()
        .map(|p| family.tables[p.table].dims)
        .collect();
    targets.push(&[]);
    let mut variances = cell_variances(&layout, &measured, &targets);
    let total_variance = variances.pop().unwrap_or(0.0);
    let total = (detail.iter().sum::<f64>(), total_variance);
    drop(measured);
    Ok(Combined {
        family,
        planned,
        layout,
        noisy,
        detail,
        variances,
        total,
    })
}

/// The published tables of a family whose total is `total` (estimate, variance): values
/// distributed from the total (see [`crate::consistency::distribute`]) and, for each cell, a
/// 95% interval that holds both the least-squares estimate's interval and the published value,
/// never below zero (every published quantity is a count or a sum of non-negative amounts).
fn publish_family(c: &Combined<'_>, total: (f64, f64)) -> Result<Vec<TableOut>> {
    let family = c.family;
    let targets: Vec<&[usize]> = c
        .planned
        .iter()
        .map(|p| family.tables[p.table].dims)
        .collect();
    let values = distribute(&c.layout, &c.detail, &targets, total.0.round() as i64);
    let mut tables = Vec::with_capacity(c.planned.len());
    for (((p, y), var), val) in c.planned.iter().zip(&c.noisy).zip(&c.variances).zip(values) {
        let spec = &family.tables[p.table];
        // A family of one table publishes each cell as measured once (least squares over one
        // measurement of every detail cell is that measurement): its interval is the exact
        // discrete Laplace one.
        // (A count total is the combined one, not this family's measurement.)
        let single =
            c.planned.len() == 1 && !(c.family.value == Value::Count && spec.dims.is_empty());
        let (est, half) = if single {
            (
                aggregate(&c.layout, &c.detail, spec.dims),
                measure::discrete_laplace_half_width_95(p.scale),
            )
        } else if spec.dims.is_empty() {
            (vec![total.0], half_width_95(total.1.sqrt()))
        } else {
            (
                aggregate(&c.layout, &c.detail, spec.dims),
                half_width_95(var.sqrt()),
            )
        };
        let cells = (0..est.len())
            .map(|i| {
                let (ci_low, ci_high) = interval(val[i], est[i], half);
                CellOut {
                    key: cell_key(family, spec.dims, i),
                    value: val[i],
                    raw_noisy: y[i],
                    estimate: est[i],
                    ci_low,
                    ci_high,
                }
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
            measured_once: single,
            cells,
        });
    }
    Ok(tables)
}

/// Reports dropped by truncation, counting at most k per organisation: a lower bound that shows
/// how much truncation cost. One noisy cell, published as measured (see [`publish_once`]).
fn truncation_table(p: &Planned, t: &Truncation) -> Result<TableOut> {
    let (m, _) = measure::sums(p.sensitivity, p.epsilon)?;
    let noisy = m.invoke(&vec![t.reports_dropped_bounded as i64])?;
    let raw = noisy.first().copied().unwrap_or(0) as f64;
    let half = measure::discrete_laplace_half_width_95(p.scale);
    let (value, ci_low, ci_high) = publish_once(raw, half);
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
        measured_once: true,
        cells: vec![CellOut {
            key: "total".into(),
            value,
            raw_noisy: raw,
            estimate: raw,
            ci_low,
            ci_high,
        }],
    })
}

/// The published interval of a cell with published `value` and estimate `estimate`: the
/// estimate ± `half`, widened to hold the value, never below zero (every published quantity
/// is a count or a sum of non-negative amounts).
pub fn interval(value: i64, estimate: f64, half: f64) -> (f64, f64) {
    let v = value as f64;
    ((v.min(estimate) - half).max(0.0), v.max(estimate) + half)
}

/// A one-cell table measured once: its published value (the noisy integer, 0 if below) and
/// interval. `jobs_sum_total` gets the same through the family path (least squares over one
/// measurement returns it unchanged; the total is distributed as `max(0, round(raw))`).
pub fn publish_once(raw: f64, half: f64) -> (i64, f64, f64) {
    let value = raw.round().max(0.0) as i64;
    let (low, high) = interval(value, raw, half);
    (value, low, high)
}

/// The exact probability that a one-cell table measured once with discrete Laplace noise of
/// OpenDP's `scale` and published by [`publish_once`] with half-width `half` holds `truth`:
/// the noise distribution's mass over every noise value whose published interval holds the
/// truth. No sampling: what repeated releases would measure with infinitely many runs. The
/// mass beyond 40 scales (below 5·10⁻¹⁸) is counted as not covered, so this is a lower bound.
pub fn exact_coverage(scale: f64, half: f64, truth: i64) -> f64 {
    if scale <= 0.0 {
        let (_, low, high) = publish_once(truth as f64, half);
        return f64::from(u8::from(low <= truth as f64 && truth as f64 <= high));
    }
    let t = (-1.0 / scale).exp();
    // P(X = x) = (1 - t) / (1 + t) · t^|x|.
    let c = (1.0 - t) / (1.0 + t);
    let reach = (40.0 * scale).ceil() as i64;
    let truth_f = truth as f64;
    (-reach..=reach)
        .filter(|&x| {
            let (_, low, high) = publish_once((truth + x) as f64, half);
            low <= truth_f && truth_f <= high
        })
        .map(|x| c * (-(x.unsigned_abs() as f64) / scale).exp())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_coverage_is_at_least_95_percent_and_follows_the_clamp() {
        for scale in [1.0, 25.0, 500.0] {
            let half = measure::discrete_laplace_half_width_95(scale);
            let t = (-1.0f64 / scale).exp();
            let nominal = 1.0 - 2.0 * t.powf(half + 1.0) / (1.0 + t);
            // Far from zero the clamp never acts: exactly the noise's own coverage.
            let far = exact_coverage(scale, half, (100.0 * scale) as i64);
            assert!((far - nominal).abs() < 1e-9, "{scale}: {far} vs {nominal}");
            assert!(far >= 0.95);
            // Near zero, an interval cut at zero and widened to the published 0 covers more.
            assert!(exact_coverage(scale, half, 0) > far);
            // A narrower interval covers less than 95%: the computation can fail.
            assert!(exact_coverage(scale, (half - 2.0 * scale).max(0.0), 10 * half as i64) < 0.95);
        }
    }
}
