//! Seal/open cost per recipient (4 KiB report) and per MiB of attachment.
//! Run: `cargo bench -p envelope --bench seal_open`; figures in docs/BENCHMARKS.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use envelope::attachment::{open_attachment, seal_attachment};
use envelope::{stats, Envelope, KeyPair, Kind, SymmetricKey};

fn report_envelopes(c: &mut Criterion) {
    let report = vec![b'a'; 4096];
    let mut group = c.benchmark_group("report_4KiB");
    for n in [1usize, 3, 10] {
        let keys: Vec<KeyPair> = (0..n).map(|_| KeyPair::generate()).collect();
        let pks: Vec<_> = keys.iter().map(|k| k.public).collect();
        group.bench_with_input(BenchmarkId::new("seal", n), &n, |b, _| {
            b.iter(|| Envelope::seal(Kind::Report, [0; 16], black_box(&report), &pks))
        });
        let env = Envelope::seal(Kind::Report, [0; 16], &report, &pks).expect("seal");
        let bytes = env.to_bytes();
        group.bench_with_input(BenchmarkId::new("parse_open", n), &n, |b, _| {
            b.iter(|| {
                Envelope::parse(black_box(&bytes))
                    .and_then(|e| e.open(Kind::Report, &[0; 16], &keys[n - 1]))
                    .map(|p| p.len())
            })
        });
    }
    group.finish();
}

fn attachments(c: &mut Criterion) {
    let mib = 1024 * 1024;
    let data = vec![7u8; 8 * mib];
    let key = SymmetricKey::generate();
    let stream = seal_attachment(&key, &data).expect("seal");
    let mut group = c.benchmark_group("attachment_8MiB");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.sample_size(20);
    group.bench_function("seal", |b| {
        b.iter(|| seal_attachment(&key, black_box(&data)))
    });
    group.bench_function("open", |b| {
        b.iter(|| open_attachment(&key, black_box(&stream)).map(|p| p.len()))
    });
    group.finish();
}

fn statistics_records(c: &mut Criterion) {
    let anonymizer = KeyPair::generate();
    let record = br#"{"v":1,"member_state":"DK","sector":"C","incident_class":"intrusions","vector":"hacking.use_of_stolen_creds","actor":"competitor","quarter":"2026Q3","loss_eur":250000,"jobs_at_risk":12}"#;
    let sealed = stats::seal_record(record, &anonymizer.public).expect("seal");
    c.bench_function("stats_record/seal", |b| {
        b.iter(|| stats::seal_record(black_box(record), &anonymizer.public))
    });
    c.bench_function("stats_record/open", |b| {
        b.iter(|| stats::open_record(black_box(&sealed), &anonymizer).map(|p| p.len()))
    });
}

criterion_group!(benches, report_envelopes, attachments, statistics_records);
criterion_main!(benches);
