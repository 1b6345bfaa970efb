//! The counting-and-noise step of a release on N plaintext synthetic records, in Rust (OpenDP
//! crate) and, with `--python PY`, the same step with OpenDP's Python package on the same
//! records (streamed to it over a pipe, never written to disk).
//!
//! `bash bench/count_noise.sh` sets up the Python package and runs this; or
//! `cargo bench -p anonymizer --bench count_noise -- [--reports N] [--python PATH]`.
//!
//! The step, on both sides: for every table of the release, project each record to the table's
//! cell, count by category over the full public domain and add discrete Laplace noise with the
//! plan's scale (sums: add noise to the clamped per-cell sums).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Instant;

use anonymizer::compute::{detail_indices, true_tables};
use anonymizer::measure;
use anonymizer::plan::{plan, Params};
use anonymizer::records::Rec;
use anonymizer::synth::{raw_report, Rng};
use anonymizer::tables::{families, Dim, Layout, Value};

fn records(n: usize, seed: u64) -> Vec<Rec> {
    let mut rng = Rng::new(seed);
    let q: domain::Quarter = "2026Q3".parse().expect("quarter");
    (0..n)
        .map(|i| {
            let (raw, _) = raw_report(&mut rng, n / 3, q, 0.6);
            let idx = |d: Dim, code: &str| d.index(code).unwrap_or(0) as u8;
            let loss: Option<u64> = raw.loss_eur.parse().ok();
            let band = loss.map_or(
                anonymizer::tables::NO_LOSS_BAND,
                domain::taxonomy::loss_band,
            );
            let mut unit = [0u8; 16];
            unit[..8].copy_from_slice(&(i as u64).to_be_bytes());
            Rec {
                unit,
                order: unit,
                member_state: idx(Dim::MemberState, &raw.member_state),
                sector: idx(Dim::Sector, &raw.sector),
                incident_class: idx(Dim::IncidentClass, &raw.incident_class),
                attack_vector: idx(Dim::AttackVector, &raw.attack_vector),
                actor_type: idx(Dim::ActorType, &raw.actor_type),
                loss_band: idx(Dim::LossBand, band),
                loss_eur: loss,
                jobs_at_risk: raw.jobs_at_risk.parse().ok(),
            }
        })
        .collect()
}

/// The Rust step: every family's tables measured; returns the number of noisy cells.
fn rust_step(recs: &[Rec], params: &Params, planned: &[anonymizer::plan::Planned]) -> usize {
    let mut cells = 0;
    for (fi, family) in families().iter().enumerate() {
        let layout = Layout::of(family);
        let detail = detail_indices(family, &layout, recs);
        for p in planned.iter().filter(|p| p.family == Some(fi)) {
            let spec = &family.tables[p.table];
            let noisy = match family.value {
                Value::Count => {
                    let (m, _) =
                        measure::counts(layout.table_cells(spec.dims), params.k, p.epsilon)
                            .expect("measurement");
                    let proj = layout.projection(spec.dims);
                    let data: Vec<u32> = detail.iter().map(|&c| proj[c as usize]).collect();
                    m.invoke(&data).expect("noise")
                }
                _ => {
                    let sums = &true_tables(family, recs, params)[p.table];
                    let (m, _) = measure::sums(p.sensitivity, p.epsilon).expect("measurement");
                    m.invoke(sums).expect("noise")
                }
            };
            cells += noisy.len();
        }
    }
    cells
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let n: usize = arg("--reports")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let python = arg("--python");
    let params = Params::new("2026Q3".parse().expect("quarter"), 1.0);
    let planned = plan(&params).expect("plan");

    let t = Instant::now();
    let recs = records(n, 1);
    eprintln!(
        "generated {n} records in {:.2} s",
        t.elapsed().as_secs_f64()
    );

    let mut best = f64::MAX;
    let mut cells = 0;
    for _ in 0..3 {
        let t = Instant::now();
        cells = rust_step(&recs, &params, &planned);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("rust (opendp crate): count and noise over {n} records, {cells} cells: {best:.3} s (best of 3)");

    if let Some(py) = python {
        let spec: Vec<serde_json::Value> = families()
            .iter()
            .enumerate()
            .flat_map(|(fi, f)| {
                let planned = &planned;
                f.tables.iter().enumerate().map(move |(ti, t)| {
                    let p = planned.iter().find(|p| p.family == Some(fi) && p.table == ti).expect("planned");
                    serde_json::json!({
                        "name": t.name,
                        "dims": t.dims.iter().map(|&d| f.dims[d].name()).collect::<Vec<_>>(),
                        "sizes": t.dims.iter().map(|&d| f.dims[d].len()).collect::<Vec<_>>(),
                        "value": match f.value { Value::Count => "count", Value::LossSum => "loss", Value::JobsSum => "jobs" },
                        "scale": p.scale,
                        "bound": match f.value { Value::LossSum => params.loss_bound, Value::JobsSum => u64::from(params.jobs_bound), Value::Count => 1 },
                    })
                })
            })
            .collect();
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../bench/opendp_count_noise.py"
        );
        let mut child = Command::new(&py)
            .arg(script)
            .arg(serde_json::Value::Array(spec).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::inherit())
            .spawn()
            .expect("python starts");
        {
            let mut stdin = std::io::BufWriter::new(child.stdin.take().expect("stdin"));
            for r in &recs {
                let _ = writeln!(
                    stdin,
                    "{},{},{},{},{},{},{},{}",
                    r.member_state,
                    r.sector,
                    r.attack_vector,
                    r.incident_class,
                    r.actor_type,
                    r.loss_band,
                    r.loss_eur.unwrap_or(0),
                    r.jobs_at_risk.unwrap_or(0)
                );
            }
        }
        let status = child.wait().expect("python runs");
        assert!(status.success(), "the Python benchmark failed");
    }
}
