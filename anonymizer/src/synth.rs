//! `anonymizer synth`: realistic synthetic reports for tests, demos and benchmarks.
//!
//! Each synthetic report is stored as a real one would be: an envelope sealed to the chosen
//! bodies' current keys (its narrative says it is synthetic) and a statistics record sealed to
//! the anonymizer key. Nobody holds a receipt for them. Volumes are skewed by country and
//! sector the way real reporting would be (large industrial member states and manufacturing
//! first), organisations repeat (a few report often, which truncation bounds), and amounts
//! follow heavy-tailed distributions. The generator is seeded and deterministic; it is not a
//! source of secrets (keys and ids come from libsodium).

use domain::report::{validate, RawReport};
use domain::taxonomy::{ACTOR_TYPES, ATTACK_VECTORS, INCIDENT_CLASSES, MEMBER_STATES, SECTORS};
use domain::{Quarter, YearMonth};
use envelope::{Body, Envelope, Keyring, Kind, Receipt};
use storage::reports::{NewReport, NewSlot};
use storage::stats::NewStatsRecord;
use storage::{Database, Day, SealedBy, Source};
use zeroize::Zeroizing;

use crate::error::{AnonError, Result};
use crate::progress::Progress;
use crate::records::Rec;

/// SplitMix64: small, fast, reproducible across platforms. For synthetic data only.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// An index drawn with the given weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.unit().max(1e-300);
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

/// Rough relative volume per member state (manufacturing and ICT weight), in list order.
fn member_state_weight(code: &str) -> f64 {
    match code {
        "DE" => 20.0,
        "FR" => 14.0,
        "IT" => 12.0,
        "ES" => 9.0,
        "NL" => 7.0,
        "PL" => 6.0,
        "BE" | "SE" => 4.0,
        "AT" | "IE" => 3.0,
        "DK" => 2.5,
        "FI" | "CZ" | "PT" | "RO" => 2.0,
        "EL" | "HU" => 1.5,
        "SK" | "BG" => 1.0,
        "HR" => 0.7,
        "SI" | "LT" => 0.6,
        "LU" => 0.5,
        "LV" | "EE" => 0.4,
        _ => 0.3,
    }
}

fn sector_weight(code: &str) -> f64 {
    match code {
        "C" => 35.0,
        "J" => 20.0,
        "M" => 12.0,
        "K" | "G" => 6.0,
        "D" | "H" => 3.0,
        "Q" | "F" => 2.0,
        _ => 0.5,
    }
}

/// Zipf-like weights: the first codes of a list are the most common.
fn zipf(n: usize) -> Vec<f64> {
    (1..=n).map(|i| 1.0 / i as f64).collect()
}

/// The last four complete quarters before `today`, oldest first.
pub fn last_four_quarters(today: Quarter) -> Vec<Quarter> {
    let mut q = today;
    let mut out = Vec::new();
    for _ in 0..4 {
        q = if q.q == 1 {
            Quarter {
                year: q.year - 1,
                q: 4,
            }
        } else {
            Quarter {
                year: q.year,
                q: q.q - 1,
            }
        };
        out.push(q);
    }
    out.reverse();
    out
}

/// Options of a synth run.
#[derive(Debug, Clone)]
pub struct SynthOptions {
    pub reports: usize,
    pub seed: u64,
    /// Quarters to spread over (uniformly).
    pub quarters: Vec<Quarter>,
    /// Share of reports that give an organisation identifier.
    pub with_organisation: f64,
}

/// The fields of one synthetic report, as a form would post them.
pub fn raw_report(rng: &mut Rng, org_pool: usize, q: Quarter, with_org: f64) -> (RawReport, u32) {
    let ms_w: Vec<f64> = MEMBER_STATES
        .iter()
        .map(|c| member_state_weight(c.code))
        .collect();
    let se_w: Vec<f64> = SECTORS.iter().map(|c| sector_weight(c.code)).collect();
    let ms = MEMBER_STATES.codes[rng.weighted(&ms_w)].code;
    let sector = SECTORS.codes[rng.weighted(&se_w)].code;
    let class = INCIDENT_CLASSES.codes[rng.weighted(&zipf(INCIDENT_CLASSES.len()))].code;
    let vector = ATTACK_VECTORS.codes[rng.weighted(&zipf(ATTACK_VECTORS.len()))].code;
    let actor = ACTOR_TYPES.codes[rng.weighted(&zipf(ACTOR_TYPES.len()))].code;
    let month_in_q = rng.below(3) as u8;
    let received = YearMonth {
        year: q.year,
        month: q.first_month().month + month_in_q,
    };
    let back = rng.below(6) as u8;
    let incident = step_back(received, back);
    let detection = step_back(received, back.min(rng.below(3) as u8));
    let loss = if rng.unit() < 0.7 {
        // Log-normal around 150 000 EUR.
        let v = (150_000f64.ln() + 1.6 * rng.normal()).exp();
        (v.round() as u64)
            .clamp(1, domain::taxonomy::MAX_LOSS_EUR)
            .to_string()
    } else {
        String::new()
    };
    let jobs = if rng.unit() < 0.4 {
        ((-rng.unit().max(1e-12).ln()) * 25.0).round().to_string()
    } else {
        String::new()
    };
    // Organisations: a Zipf-like pool, so a few report many times.
    let org_index = (org_pool as f64).powf(rng.unit()) as u32;
    let organisation_id = if rng.unit() < with_org {
        format!("{ms}{:09}", 100_000_000 + org_index)
    } else {
        String::new()
    };
    let recipients = match rng.below(10) {
        0..=4 => vec!["EUIPO".to_string()],
        5..=7 => vec!["EC3".to_string()],
        _ => vec!["EUIPO".to_string(), "EC3".to_string()],
    };
    let raw = RawReport {
        member_state: ms.into(),
        sector: sector.into(),
        incident_class: class.into(),
        attack_vector: vector.into(),
        actor_type: actor.into(),
        incident_month: incident.to_string(),
        detection_month: detection.to_string(),
        loss_eur: loss,
        jobs_at_risk: jobs,
        what_taken: "Synthetic data: no real trade secret.".into(),
        narrative: "Synthetic report generated by `anonymizer synth` for tests, demonstrations and benchmarks. It describes no real incident.".into(),
        contact: String::new(),
        organisation_id,
        recipients,
        consent: "yes".into(),
        language: "en".into(),
        ..RawReport::default()
    };
    (raw, u32::from(month_in_q))
}

fn step_back(m: YearMonth, months: u8) -> YearMonth {
    let total = i32::from(m.year) * 12 + i32::from(m.month) - 1 - i32::from(months);
    YearMonth {
        year: (total / 12) as u16,
        month: (total % 12 + 1) as u8,
    }
}

fn body_of(r: &str) -> Body {
    if r == "EC3" {
        Body::Ec3
    } else {
        Body::Euipo
    }
}

fn storage_body(b: Body) -> storage::Body {
    match b {
        Body::Euipo => storage::Body::Euipo,
        Body::Ec3 => storage::Body::Ec3,
    }
}

/// The record's values as the tables see them, for the ground truth (kept in memory only).
/// Units group by the identifier as given, like the anonymizer's keyed pseudonyms do.
pub fn truth_rec(record: &domain::StatsRecord) -> Result<Rec> {
    let tag = |parts: &[&[u8]]| {
        let mut material = Vec::new();
        for p in parts {
            material.extend_from_slice(&(p.len() as u64).to_be_bytes());
            material.extend_from_slice(p);
        }
        let digest = envelope::token::blake2b_256(&material);
        let mut out = [0u8; 16];
        out.copy_from_slice(&digest[..16]);
        out
    };
    let unit = match &record.organisation_id {
        Some(org) => tag(&[b"organisation", org.as_str().as_bytes()]),
        None => tag(&[b"report", record.report_id.as_bytes()]),
    };
    crate::records::rec_of(record, unit, tag(&[b"order", record.report_id.as_bytes()]))
        .ok_or_else(|| AnonError::Config("a synthetic record has a code outside the lists".into()))
}

/// Seals one synthetic report as the intake would store it.
fn seal(
    keyring: &Keyring,
    raw: &RawReport,
    q: Quarter,
    month_in_q: u32,
    day_seed: u64,
) -> Result<Rows> {
    let crypto = |e: envelope::EnvelopeError| AnonError::Key(e.to_string());
    let received_month = q.first_month().month + month_in_q as u8;
    let day = 1 + (day_seed % 28) as u32;
    let received = Day::new(i32::from(q.year), u32::from(received_month), day)?;
    let fields = validate(raw, q.last_month()).map_err(|errors| {
        AnonError::Config(format!("synthetic report failed validation: {errors:?}"))
    })?;
    let id_bytes = envelope::random_id();
    let id = envelope::hex(&id_bytes);
    let bodies: Vec<Body> = raw.recipients.iter().map(|r| body_of(r)).collect();
    let keys = keyring.recipients(&bodies).map_err(crypto)?;
    let pks: Vec<envelope::PublicKey> = keys.iter().map(|(_, pk)| *pk).collect();
    let plaintext = Zeroizing::new(
        serde_json::to_vec(&fields.report_json(&[]))
            .map_err(|e| AnonError::Config(e.to_string()))?,
    );
    let env = Envelope::seal(Kind::Report, id_bytes, &plaintext, &pks).map_err(crypto)?;
    let stats_record = fields.stats_record(&id, q);
    let truth = truth_rec(&stats_record)?;
    let record = Zeroizing::new(
        serde_json::to_vec(&stats_record).map_err(|e| AnonError::Config(e.to_string()))?,
    );
    let sealed = envelope::stats::seal_record(&record, &keyring.anonymizer_key().map_err(crypto)?)
        .map_err(crypto)?;
    let receipt = Receipt::generate();
    let reporter = receipt.reporter_keypair().map_err(crypto)?;
    let slots = env
        .slots
        .iter()
        .zip(keys.iter())
        .map(|(slot, (body, _))| NewSlot {
            recipient_pk: slot.recipient.0,
            body: storage_body(*body),
            sealed_key: slot.sealed_key.to_vec(),
        })
        .collect();
    let report = NewReport {
        id: id.clone(),
        to_euipo: bodies.contains(&Body::Euipo),
        to_ec3: bodies.contains(&Body::Ec3),
        recipient_digest: env.recipient_digest.to_vec(),
        envelope: env.to_bytes(),
        sealed_by: SealedBy::Server,
        received_day: received.clone(),
        receipt_lookup: receipt.lookup_hash().map_err(crypto)?,
        reporter_pk: *reporter.public.as_bytes(),
        slots,
        attachments: Vec::new(),
    };
    let stats = NewStatsRecord {
        report_id: id,
        source: Source::Reporter,
        sealed,
        created_day: received,
        reviewer_id: None,
    };
    Ok((report, stats, q, truth))
}

/// A sealed synthetic report and its statistics record, ready to insert, with its quarter and
/// its values for the ground truth.
type Rows = (NewReport, NewStatsRecord, Quarter, Rec);

/// Generates and stores `opts.reports` synthetic reports; returns how many were written.
pub fn run(
    db: &Database,
    keyring: &Keyring,
    opts: &SynthOptions,
    progress: &Progress,
) -> Result<usize> {
    run_with_truth(db, keyring, opts, progress, false).map(|(n, _)| n)
}

/// Each quarter's records as synth stored them.
pub type Stored = Vec<(Quarter, Vec<Rec>)>;

/// [`run`], also returning (when `truth`) each quarter's records as stored, for
/// [`crate::truth`].
pub fn run_with_truth(
    db: &Database,
    keyring: &Keyring,
    opts: &SynthOptions,
    progress: &Progress,
    truth: bool,
) -> Result<(usize, Stored)> {
    let mut stored: std::collections::BTreeMap<Quarter, Vec<Rec>> = Default::default();
    if opts.quarters.is_empty() {
        return Err(AnonError::Config(
            "no quarter to spread synthetic reports over".into(),
        ));
    }
    let org_pool = (opts.reports / 3).max(10);
    let bar = progress.bar("synthetic reports", opts.reports as u64);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut written = 0;
    let batch = 2_000;
    let mut rng = Rng::new(opts.seed);
    while written < opts.reports {
        let n = batch.min(opts.reports - written);
        // Draw the fields on one thread (deterministic), seal on all cores.
        let drawn: Vec<(RawReport, Quarter, u32, u64)> = (0..n)
            .map(|_| {
                let q = opts.quarters[rng.below(opts.quarters.len())];
                let (raw, m) = raw_report(&mut rng, org_pool, q, opts.with_organisation);
                (raw, q, m, rng.next_u64())
            })
            .collect();
        let per = n.div_ceil(threads).max(1);
        let sealed: Vec<std::thread::Result<Result<Vec<Rows>>>> = std::thread::scope(|s| {
            let handles: Vec<_> = drawn
                .chunks(per)
                .map(|chunk| {
                    s.spawn(move || {
                        chunk
                            .iter()
                            .map(|(raw, q, m, d)| seal(keyring, raw, *q, *m, *d))
                            .collect::<Result<Vec<_>>>()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join()).collect()
        });
        let mut rows = Vec::with_capacity(n);
        for part in sealed {
            rows.extend(part.map_err(|_| AnonError::Config("a sealing thread failed".into()))??);
        }
        db.write(|conn| {
            for (report, stats, _, _) in &rows {
                storage::reports::insert_report(conn, report)?;
                storage::stats::insert_stats_record(conn, stats)?;
            }
            Ok(())
        })?;
        if truth {
            for (_, _, q, rec) in rows {
                stored.entry(q).or_default().push(rec);
            }
        }
        written += n;
        bar.inc(n as u64);
    }
    bar.finish();
    Ok((written, stored.into_iter().collect()))
}
