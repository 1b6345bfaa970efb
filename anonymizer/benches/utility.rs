//! Utility of a release at realistic volumes: repeated releases (fresh noise each run) of one
//! synthetic quarter at 300, 1,000 and 5,000 kept reports, against the exact values.
//!
//! `bash bench/utility.sh` runs this and writes its table into docs/BENCHMARKS.md; or
//! `cargo bench -p anonymizer --bench utility --profile dev -- [--runs R]`.
//!
//! Records are drawn by synth's own generator, validated and reduced exactly as synth stores
//! them and the anonymizer reads them (`synth::truth_rec`, `records::rec_of`); each run is the
//! release's computation (`truncate`, `compute`) without the database and the sealing, which
//! change no figure. "Kept" truth is what the release measures (at most k reports per
//! organisation, amounts clamped); "received" truth is every report with unclamped amounts.
//!
//! Coverage is counted over the runs for every family. A one-cell table measured once
//! (`jobs_sum_total`, `truncated_reports`) has exactly one trial per run, so its counted rate
//! has a binomial standard error of about 0.5 points at 2,000 runs around a true rate that the
//! exact discrete Laplace interval puts at 95.0x%: for those families the table also gives the
//! exact coverage at the run's truth ([`exact_coverage`]: the noise distribution's mass over
//! every noise value whose published interval holds the truth), which the family column uses.

use anonymizer::compute::{compute, exact_coverage, true_tables, TableOut};
use anonymizer::plan::{plan, Params};
use anonymizer::records::Rec;
use anonymizer::synth::{raw_report, truth_rec, Rng};
use anonymizer::tables::{families, Dim};
use anonymizer::truncate::truncate;
use std::collections::BTreeMap;

fn records(n: usize, seed: u64, q: domain::Quarter) -> Vec<Rec> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let (raw, _) = raw_report(&mut rng, (n / 3).max(10), q, 0.6);
            let fields = domain::report::validate(&raw, q.last_month()).expect("valid");
            truth_rec(&fields.stats_record(&format!("{i:032x}"), q)).expect("codes")
        })
        .collect()
}

/// Reports received so that about `kept` remain after truncation at `k`.
fn received_for(kept: usize, k: usize, seed: u64, q: domain::Quarter) -> Vec<Rec> {
    let mut n = kept;
    for _ in 0..4 {
        let recs = records(n, seed, q);
        let (k_recs, _) = truncate(recs.clone(), k);
        if k_recs.len().abs_diff(kept) * 100 <= kept {
            return recs;
        }
        n = (n as f64 * kept as f64 / k_recs.len() as f64).round() as usize;
    }
    records(n, seed, q)
}

fn sd(xs: &[f64]) -> f64 {
    let m = xs.iter().sum::<f64>() / xs.len() as f64;
    (xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (xs.len() as f64 - 1.0)).sqrt()
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// The name of a one-cell table as a `&'static str` (the tables' names are static).
fn totals_name(name: &str) -> &'static str {
    families()
        .iter()
        .flat_map(|f| f.tables.iter().map(|t| t.name))
        .find(|n| *n == name)
        .unwrap_or("?")
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs: usize = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let q: domain::Quarter = "2026Q3".parse().expect("quarter");
    let params = Params::new(q, 1.0);
    let k = params.k as usize;
    let planned = plan(&params).expect("plan");
    println!("| kept reports (received) | EU count: error spread / 95% half-width | member states with ≥ 100 reports: largest 95% half-width | EU loss total: error spread / 95% half-width | EU jobs total: error spread | coverage per family (min) | published EU count / loss vs received | reports left out: all / at most k per organisation / published |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut coverage_lines = Vec::new();
    for (volume, seed) in [(300usize, 31u64), (1_000, 32), (5_000, 33)] {
        let received = received_for(volume, k, seed, q);
        let (kept, truncation) = truncate(received.clone(), k);
        let mut truth: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for f in families() {
            for (spec, v) in f.tables.iter().zip(true_tables(&f, &kept, &params)) {
                truth.insert(spec.name.to_string(), v);
            }
        }
        truth.insert(
            "truncated_reports".into(),
            vec![truncation.reports_dropped_bounded as i64],
        );
        let received_loss: f64 = received.iter().filter_map(|r| r.loss_eur).sum::<u64>() as f64;
        let n_kept = kept.len() as f64;
        let loss_kept = truth["loss_sum_total"][0] as f64;
        let jobs_kept = truth["jobs_sum_total"][0] as f64;
        let big_states: Vec<usize> = truth["count_member_state"]
            .iter()
            .enumerate()
            .filter(|(_, &v)| v >= 100)
            .map(|(i, _)| i)
            .collect();
        let (mut count_err, mut loss_err, mut jobs_err) = (Vec::new(), Vec::new(), Vec::new());
        let (mut count_hw, mut loss_hw, mut ms_hw) = (Vec::new(), Vec::new(), Vec::new());
        let (mut counts, mut losses, mut dropped) = (Vec::new(), Vec::new(), Vec::new());
        let mut coverage: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
        // Exact coverage of the one-cell tables measured once, per family.
        let mut exact: BTreeMap<&'static str, f64> = BTreeMap::new();
        // The EU totals inside larger families: one cell each, counted per run.
        let mut totals: BTreeMap<&'static str, usize> = BTreeMap::new();
        for _ in 0..runs {
            let release = compute(&planned, &params, &kept, &truncation).expect("release");
            let get = |name: &str| -> &TableOut {
                release.iter().find(|t| t.name == name).expect("table")
            };
            let total = &get("count_total").cells[0];
            count_err.push((total.value as f64 - n_kept) / n_kept);
            count_hw.push(get("count_total").half_width / n_kept);
            counts.push(total.value as f64);
            let loss = &get("loss_sum_total").cells[0];
            loss_err.push((loss.value as f64 - loss_kept) / loss_kept);
            loss_hw.push(get("loss_sum_total").half_width / loss_kept);
            losses.push(loss.value as f64);
            let jobs = &get("jobs_sum_total").cells[0];
            jobs_err.push((jobs.value as f64 - jobs_kept) / jobs_kept.max(1.0));
            let ms = get("count_member_state");
            for &s in &big_states {
                ms_hw.push(ms.half_width / truth["count_member_state"][s] as f64);
            }
            dropped.push(get("truncated_reports").cells[0].value as f64);
            for t in &release {
                if t.measured_once && t.cells.len() == 1 && !exact.contains_key(t.family) {
                    let c = exact_coverage(t.scale, t.half_width, truth[&t.name][0]);
                    exact.insert(t.family, c);
                }
                if t.cells.len() == 1 && !t.measured_once {
                    let (c, v) = (&t.cells[0], truth[&t.name][0] as f64);
                    *totals.entry(totals_name(&t.name)).or_default() +=
                        usize::from(c.ci_low <= v && v <= c.ci_high);
                }
                let e = coverage.entry(t.family).or_default();
                for (c, &v) in t.cells.iter().zip(&truth[&t.name]) {
                    e.0 += 1;
                    e.1 += usize::from(c.ci_low <= v as f64 && v as f64 <= c.ci_high);
                }
            }
        }
        let rate =
            |f: &str, n: usize, c: usize| exact.get(f).copied().unwrap_or(c as f64 / n as f64);
        let (min_family, min_cov) = coverage
            .iter()
            .map(|(f, (n, c))| (*f, rate(f, *n, *c)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .expect("families");
        let ms_text = if big_states.is_empty() {
            "none".to_string()
        } else {
            let names: Vec<&str> = big_states
                .iter()
                .map(|&s| Dim::MemberState.code(s))
                .collect();
            format!(
                "{} ({})",
                pct(ms_hw.iter().copied().fold(0.0, f64::max)),
                names.join(", ")
            )
        };
        println!(
            "| {} ({}) | {} / {} | {} | {} / {} | {} | {:.4} ({}) | {:+.1} % / {:+.1} % | {} / {} / {:.0} |",
            kept.len(),
            received.len(),
            pct(sd(&count_err)),
            pct(mean(&count_hw)),
            ms_text,
            pct(sd(&loss_err)),
            pct(mean(&loss_hw)),
            pct(sd(&jobs_err)),
            min_cov,
            min_family,
            100.0 * (mean(&counts) - received.len() as f64) / received.len() as f64,
            100.0 * (mean(&losses) - received_loss) / received_loss,
            truncation.reports_dropped,
            truncation.reports_dropped_bounded,
            mean(&dropped),
        );
        let detail: Vec<String> = coverage
            .iter()
            .map(|(f, (n, c))| {
                let counted = *c as f64 / *n as f64;
                match exact.get(f) {
                    Some(e) => format!(
                        "{f} {e:.4} exact ({counted:.3} ± {:.3} counted over {n} runs)",
                        (counted * (1.0 - counted) / *n as f64).sqrt()
                    ),
                    None => format!("{f} {counted:.3} ({n} cell-runs)"),
                }
            })
            .collect();
        let totals_text: Vec<String> = totals
            .iter()
            .map(|(name, &c)| {
                let r = c as f64 / runs as f64;
                format!(
                    "{name} {r:.3} ± {:.3}",
                    (r * (1.0 - r) / runs as f64).sqrt()
                )
            })
            .collect();
        coverage_lines.push(format!(
            "- coverage at {} kept: {}; of which the EU totals (one cell each), counted over {runs} runs: {}",
            kept.len(),
            detail.join(", "),
            totals_text.join(", ")
        ));
    }
    println!();
    for line in &coverage_lines {
        println!("{line}");
    }
    println!();
    println!(
        "{runs} releases per volume, epsilon 1, k = {k}, loss bound {} EUR.",
        params.loss_bound
    );
}
