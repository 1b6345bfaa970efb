//! The mechanisms, built with OpenDP: counts by category with discrete Laplace noise on every
//! cell of the public domain, and discrete Laplace noise on clamped sums.
//!
//! Noise scales are never computed by hand: for each table, OpenDP's binary search finds the
//! smallest scale whose privacy map, at the table's sensitivity, stays within the table's
//! share of epsilon, and the chained measurement is checked again before use.

use opendp::combinators::make_chain_mt;
use opendp::core::Measurement;
use opendp::domains::{AtomDomain, VectorDomain};
use opendp::measurements::make_laplace;
use opendp::measures::MaxDivergence;
use opendp::metrics::{L1Distance, SymmetricDistance};
use opendp::transformations::make_count_by_categories;
use opendp::utilities::search::fallible_binary_search;

use crate::error::{AnonError, Result};

type Ints = VectorDomain<AtomDomain<i64>>;

/// Counting over categories `0..n` followed by discrete Laplace noise: takes the records' cell
/// indices, returns one noisy count per cell (zeros included).
pub type CountMeasurement =
    Measurement<VectorDomain<AtomDomain<u32>>, SymmetricDistance, MaxDivergence, Vec<i64>>;
/// Discrete Laplace noise on a vector of integer sums.
pub type SumMeasurement = Measurement<Ints, L1Distance<i64>, MaxDivergence, Vec<i64>>;

fn laplace(domain: Ints, scale: f64) -> opendp::error::Fallible<SumMeasurement> {
    make_laplace(domain, L1Distance::default(), scale, None)
}

/// The smallest discrete Laplace scale that keeps L1 sensitivity `d_in` within `epsilon`.
fn scale_for(domain: &Ints, d_in: i64, epsilon: f64) -> Result<f64> {
    if !(epsilon.is_finite() && epsilon > 0.0) {
        return Err(AnonError::Config(format!(
            "a table's epsilon must be positive, got {epsilon}"
        )));
    }
    Ok(fallible_binary_search(
        |scale: &f64| Ok(laplace(domain.clone(), *scale)?.map(&d_in)? <= epsilon),
        (Some(0.0), None),
    )?)
}

/// A count table's measurement, its noise scale and its sensitivity after counting.
pub fn counts(categories: usize, k: u32, epsilon: f64) -> Result<(CountMeasurement, f64)> {
    let n =
        u32::try_from(categories).map_err(|_| AnonError::Config("too many categories".into()))?;
    let count = make_count_by_categories::<L1Distance<i64>, u32, i64>(
        VectorDomain::new(AtomDomain::default()),
        SymmetricDistance,
        (0..n).collect(),
        false,
    )?;
    // Adding or removing one organisation adds or removes at most k records.
    let d_mid = count.map(&k)?;
    let scale = scale_for(&count.output_domain, d_mid, epsilon)?;
    let noise = laplace(count.output_domain.clone(), scale)?;
    let chain = make_chain_mt(&noise, &count)?;
    if !chain.check(&k, &epsilon)? {
        return Err(AnonError::OpenDp(format!(
            "the count measurement does not meet epsilon {epsilon}"
        )));
    }
    Ok((chain, scale))
}

/// A sum table's measurement: `sensitivity` is k times the clamp bound (one organisation adds
/// at most k records, each clamped to the bound, each in one cell).
pub fn sums(sensitivity: i64, epsilon: f64) -> Result<(SumMeasurement, f64)> {
    let domain = VectorDomain::new(AtomDomain::default());
    let scale = scale_for(&domain, sensitivity, epsilon)?;
    let m = laplace(domain, scale)?;
    if !m.check(&sensitivity, &epsilon)? {
        return Err(AnonError::OpenDp(format!(
            "the sum measurement does not meet epsilon {epsilon}"
        )));
    }
    Ok((m, scale))
}

/// Variance of the discrete Laplace distribution with OpenDP's `scale` (P(x) ∝ exp(-|x|/scale)).
pub fn discrete_laplace_variance(scale: f64) -> f64 {
    if scale <= 0.0 {
        return 0.0;
    }
    let a = (-1.0 / scale).exp();
    2.0 * a / ((1.0 - a) * (1.0 - a))
}

/// The smallest integer half-width `a` with P(|X| ≤ a) ≥ 0.95 for discrete Laplace noise X of
/// OpenDP's `scale`: P(|X| > a) = 2·t^(a+1)/(1+t) with t = e^(-1/scale). For a value measured
/// once and published as measured, this is the exact 95% interval (coverage at least 95%).
pub fn discrete_laplace_half_width_95(scale: f64) -> f64 {
    if scale <= 0.0 {
        return 0.0;
    }
    let t = (-1.0 / scale).exp();
    ((0.025 * (1.0 + t)).ln() / t.ln() - 1.0).ceil().max(0.0)
}

/// Half-width of the 95% interval of one raw noisy value (OpenDP's accuracy bound).
pub fn raw_half_width(scale: f64) -> Result<f64> {
    if scale <= 0.0 {
        return Ok(0.0);
    }
    Ok(opendp::accuracy::discrete_laplacian_scale_to_accuracy(
        scale, 0.05,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_follow_the_budget_through_opendp() {
        // Pure DP: scale = sensitivity / epsilon, as found by the search.
        let (_, s) = counts(10, 3, 0.5).unwrap();
        assert!((s - 6.0).abs() < 1e-6, "{s}");
        let (_, s) = sums(3 * 1_000, 0.25).unwrap();
        assert!((s - 12_000.0).abs() < 1e-3, "{s}");
        assert!(counts(10, 3, 0.0).is_err());
    }

    #[test]
    fn count_measurement_counts_every_category() {
        let (m, _) = counts(4, 1, 1e6).unwrap();
        let noisy = m.invoke(&vec![0, 0, 3, 3, 3]).unwrap();
        assert_eq!(noisy, vec![2, 0, 0, 3]);
    }

    #[test]
    fn exact_half_width_covers_95_percent() {
        for scale in [0.5, 3.0, 25.0, 8_333.0] {
            let a = discrete_laplace_half_width_95(scale);
            let t = (-1.0 / scale).exp();
            let outside = |a: f64| 2.0 * t.powf(a + 1.0) / (1.0 + t);
            assert!(outside(a) <= 0.05 + 1e-12, "{scale}");
            assert!(
                a == 0.0 || outside(a - 1.0) > 0.05,
                "{scale}: not the smallest"
            );
        }
    }

    #[test]
    fn variance_matches_the_continuous_limit() {
        let v = discrete_laplace_variance(100.0);
        assert!((v / (2.0 * 100.0 * 100.0) - 1.0).abs() < 1e-3);
    }
}
