//! The statistical promises of a release, checked on fixed small datasets without a database:
//! the noise has the declared spread, the published 95% intervals cover the truth about 95%
//! of the time, and truncation bounds what one organisation can change.

#![allow(clippy::unwrap_used)]

use anonymizer::compute::{compute, true_tables, TableOut};
use anonymizer::measure::discrete_laplace_variance;
use anonymizer::plan::{plan, Params};
use anonymizer::records::Rec;
use anonymizer::synth::Rng;
use anonymizer::tables::{families, Dim, Value};
use anonymizer::truncate::truncate;

/// `n` records with skewed categories, about a third from repeat organisations.
fn dataset(n: usize, seed: u64) -> Vec<Rec> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let mut unit = [0u8; 16];
            let org = if rng.unit() < 0.3 {
                rng.below(40) as u64
            } else {
                1_000 + i as u64
            };
            unit[..8].copy_from_slice(&org.to_be_bytes());
            let mut order = [0u8; 16];
            order[..8].copy_from_slice(&rng.next_u64().to_be_bytes());
            let pick = |rng: &mut Rng, d: Dim| {
                // Skewed: half the records in the first few codes.
                let n = d.len();
                if rng.unit() < 0.5 {
                    rng.below(n.min(3)) as u8
                } else {
                    rng.below(n) as u8
                }
            };
            let loss = (rng.unit() < 0.7).then(|| (rng.unit() * 3_000_000.0) as u64);
            let band = loss.map_or(0, |l| {
                Dim::LossBand
                    .index(domain::taxonomy::loss_band(l))
                    .unwrap_or(0) as u8
            });
            Rec {
                unit,
                order,
                member_state: pick(&mut rng, Dim::MemberState),
                sector: pick(&mut rng, Dim::Sector),
                incident_class: pick(&mut rng, Dim::IncidentClass),
                attack_vector: pick(&mut rng, Dim::AttackVector),
                actor_type: pick(&mut rng, Dim::ActorType),
                loss_band: band,
                loss_eur: loss,
                jobs_at_risk: (rng.unit() < 0.4).then(|| rng.below(800) as u32),
            }
        })
        .collect()
}

fn params() -> Params {
    Params::new("2026Q2".parse().unwrap(), 1.0)
}

/// The true value of every published count cell, by table name.
fn truth(records: &[Rec], params: &Params) -> Vec<(String, Vec<i64>)> {
    families()
        .iter()
        .filter(|f| f.value == Value::Count)
        .flat_map(|f| {
            let values = true_tables(f, records, params);
            f.tables
                .iter()
                .map(|t| t.name.to_string())
                .zip(values)
                .collect::<Vec<_>>()
        })
        .collect()
}

struct Runs {
    truth: Vec<(String, Vec<i64>)>,
    releases: Vec<Vec<TableOut>>,
    scales: Vec<(String, f64)>,
}

fn many_releases(runs: usize) -> Runs {
    let params = params();
    let (kept, truncation) = truncate(dataset(400, 11), params.k as usize);
    let planned = plan(&params).unwrap();
    let releases = (0..runs)
        .map(|_| compute(&planned, &params, &kept, &truncation).unwrap())
        .collect();
    Runs {
        truth: truth(&kept, &params),
        releases,
        scales: planned
            .iter()
            .map(|p| (p.name.to_string(), p.scale))
            .collect(),
    }
}

/// Kurtosis of the discrete Laplace distribution is close to the continuous one's, 6; the
/// sample variance of n draws then has a standard error of σ²·√(5/n).
const KURTOSIS: f64 = 6.0;
/// Two-sided tolerance in standard errors (a false alarm about once in 1.7 million runs).
const Z: f64 = 5.0;

#[test]
fn raw_noise_has_the_declared_discrete_laplace_spread() {
    let runs = many_releases(30);
    let mut checked = 0;
    for (name, truth) in &runs.truth {
        let scale = runs.scales.iter().find(|(n, _)| n == name).unwrap().1;
        let errors: Vec<f64> = runs
            .releases
            .iter()
            .flat_map(|r| {
                let t = r.iter().find(|t| &t.name == name).unwrap();
                t.cells
                    .iter()
                    .zip(truth)
                    .map(|(c, &v)| c.raw_noisy - v as f64)
                    .collect::<Vec<_>>()
            })
            .collect();
        let n = errors.len() as f64;
        if n < 500.0 {
            continue; // too few draws for a sharp test (one-cell tables)
        }
        let declared = discrete_laplace_variance(scale);
        let mean = errors.iter().sum::<f64>() / n;
        let var = errors.iter().map(|e| (e - mean) * (e - mean)).sum::<f64>() / (n - 1.0);
        let se = declared * ((KURTOSIS - 1.0) / n).sqrt();
        assert!(
            (var - declared).abs() <= Z * se,
            "{name}: sample variance {var:.1} vs declared {declared:.1} (scale {scale:.3}, n {n}, tolerance ±{:.1})",
            Z * se
        );
        assert!(
            mean.abs() <= Z * (declared / n).sqrt(),
            "{name}: noise is biased (mean {mean:.3})"
        );
        eprintln!("{name}: variance ratio {:.4} (n {n})", var / declared);
        checked += 1;
    }
    assert!(checked >= 8, "only {checked} tables had enough cells");
}

#[test]
fn published_intervals_cover_the_truth_95_percent_of_the_time() {
    let runs = many_releases(30);
    let (mut covered, mut total) = (0usize, 0usize);
    for release in &runs.releases {
        for (name, truth) in &runs.truth {
            let t = release.iter().find(|t| &t.name == name).unwrap();
            for (c, &v) in t.cells.iter().zip(truth) {
                assert!(c.ci_low <= c.ci_high && c.ci_low.is_finite() && c.ci_high.is_finite());
                total += 1;
                covered += usize::from(c.ci_low <= v as f64 && v as f64 <= c.ci_high);
            }
        }
    }
    let share = covered as f64 / total as f64;
    eprintln!("coverage of the published 95% intervals: {share:.4} over {total} cells");
    assert!(
        (0.93..=0.97).contains(&share),
        "coverage {share:.4} over {total} cells"
    );
}

#[test]
fn published_tables_are_consistent_non_negative_integers() {
    let runs = many_releases(1);
    let release = &runs.releases[0];
    let get = |name: &str| release.iter().find(|t| t.name == name).unwrap();
    for t in release {
        assert!(
            t.cells.iter().all(|c| c.value >= 0),
            "{} has a negative cell",
            t.name
        );
    }
    // EU cells equal the sum of their member-state cells, in every family.
    let states = Dim::MemberState.len();
    for (eu, by_state) in [
        ("count_sector", "count_member_state_sector"),
        ("count_incident_class", "count_member_state_incident_class"),
        ("count_actor_type", "count_member_state_actor_type"),
        ("count_loss_band", "count_member_state_loss_band"),
        ("count_total", "count_member_state"),
        ("loss_sum_total", "loss_sum_member_state"),
        ("jobs_sum_total", "jobs_sum_member_state"),
    ] {
        let eu = get(eu);
        let by = get(by_state);
        let width = eu.cells.len();
        assert_eq!(by.cells.len(), width * states);
        for j in 0..width {
            let sum: i64 = (0..states).map(|s| by.cells[s * width + j].value).sum();
            assert_eq!(eu.cells[j].value, sum, "{} cell {j}", eu.name);
        }
    }
    // The detail table adds up to the coarser ones of its family.
    let detail: i64 = get("count_member_state_sector_attack_vector")
        .cells
        .iter()
        .map(|c| c.value)
        .sum();
    assert_eq!(detail, get("count_total").cells[0].value);
}

#[test]
fn one_organisation_with_50_reports_changes_any_count_by_at_most_k() {
    let params = params();
    let k = params.k as i64;
    let base = dataset(300, 5);
    let mut with_org = base.clone();
    let mut rng = Rng::new(99);
    for _ in 0..50 {
        let mut r = base[rng.below(base.len())].clone();
        r.unit = [0xEE; 16];
        let mut order = [0u8; 16];
        order[..8].copy_from_slice(&rng.next_u64().to_be_bytes());
        r.order = order;
        r.member_state = rng.below(Dim::MemberState.len()) as u8;
        r.sector = rng.below(Dim::Sector.len()) as u8;
        with_org.push(r);
    }
    let (a, _) = truncate(base, params.k as usize);
    let (b, t) = truncate(with_org, params.k as usize);
    assert_eq!(b.len() - a.len(), params.k as usize);
    assert!(t.reports_dropped >= 47);
    for family in families() {
        let bound = match family.value {
            Value::Count => k,
            Value::LossSum => k * params.loss_bound as i64,
            Value::JobsSum => k * i64::from(params.jobs_bound),
        };
        let ta = true_tables(&family, &a, &params);
        let tb = true_tables(&family, &b, &params);
        for ((spec, va), vb) in family.tables.iter().zip(&ta).zip(&tb) {
            let l1: i64 = va.iter().zip(vb).map(|(x, y)| (x - y).abs()).sum();
            assert!(
                l1 <= bound,
                "{}: one organisation moved the table by {l1} > {bound}",
                spec.name
            );
        }
    }
}

#[test]
fn methodology_names_the_opendp_version_actually_built() {
    let lock =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock")).unwrap();
    let entry = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"opendp\""))
        .unwrap();
    assert!(
        entry.contains(&format!(
            "version = \"{}\"",
            anonymizer::release::opendp_version()
        )),
        "update opendp_version() to the locked version"
    );
}
