//! Reading a period's statistics records: choose the record that counts for each report,
//! open it in memory, validate it and keep only what the tables need.
//!
//! Which record counts is decided from row metadata alone, before anything is opened: a
//! reviewer's record supersedes the reporter's, and the newest of each kind wins. A record whose
//! row says it is a reviewer's counts only with a valid signature by a reviewer of the keyring
//! the anonymizer verified ([`Signers`], keys/FORMAT.md "Signed classifications"): otherwise
//! it is not opened, and is counted (`unverified`). An opened
//! record must repeat its row's report id and source: one sealed for another report (or as the
//! other source) and copied into this row is not counted for it (`mismatched`). A record is
//! opened with the anonymizer key it was sealed to, the current or a retiring one
//! ([`AnonymizerKeys`]); one that no held key opens is counted as `unopenable`. Opened
//! plaintext lives in zeroized buffers for the time of parsing; what is kept per report is a
//! compact set of category indices, the two amounts and keyed pseudonyms. Nothing is written.

use std::collections::HashMap;
use std::time::Instant;

use crate::keys::{AnonymizerKeys, NotOpened, OpenedBy};
use domain::{Quarter, StatsRecord, Status};
use envelope::keys::{KeyPair, SigningPublicKey, SymmetricKey};
use envelope::{token, Keyring};
use storage::stats::{
    sealed_stats_records, stats_record_heads_received_between, SealedStatsRecord,
};
use storage::{Database, Day, Source};

use crate::error::{AnonError, Result};
use crate::progress::Progress;
use crate::tables::Dim;

/// What a table needs of one report. `unit` is the privacy unit's pseudonym: the keyed
/// organisation identifier, or the keyed report id for a report without one.
#[derive(Clone, PartialEq, Eq)]
pub struct Rec {
    pub unit: [u8; 16],
    /// Keyed hash of the report id: the order in which a unit's reports are kept, independent
    /// of their values.
    pub order: [u8; 16],
    pub member_state: u8,
    pub sector: u8,
    pub incident_class: u8,
    pub attack_vector: u8,
    pub actor_type: u8,
    /// Index into `Dim::LossBand` (0 = not given).
    pub loss_band: u8,
    pub loss_eur: Option<u64>,
    pub jobs_at_risk: Option<u32>,
}

impl std::fmt::Debug for Rec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Rec(..)")
    }
}

impl Rec {
    /// The index of this record along `dim`.
    pub fn index(&self, dim: Dim) -> usize {
        usize::from(match dim {
            Dim::MemberState => self.member_state,
            Dim::Sector => self.sector,
            Dim::IncidentClass => self.incident_class,
            Dim::AttackVector => self.attack_vector,
            Dim::ActorType => self.actor_type,
            Dim::LossBand => self.loss_band,
        })
    }
}

/// Counts of what was read, for logs and the operator (not published: exact counts).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadStats {
    pub rows: usize,
    pub reports: usize,
    pub kept: usize,
    pub duplicate: usize,
    pub out_of_scope: usize,
    pub invalid: usize,
    /// Records whose report id or source differs from their row's.
    pub mismatched: usize,
    /// Records whose row says reviewer without a valid signature by a keyring reviewer.
    pub unverified: usize,
    /// Records no anonymizer key held opens (sealed to a retired key, or altered).
    pub unopenable: usize,
    /// Records opened with the current anonymizer key.
    pub opened_current: usize,
    /// Records opened with a retiring anonymizer key (sealed before a rotation).
    pub opened_retiring: usize,
    pub seconds_opening: f64,
    pub seconds_total: f64,
}

/// The reviewers whose signature makes a reviewer's record count: the signing keys of the
/// reviewer entries of a verified keyring, by entry id.
#[derive(Debug, Clone, Default)]
pub struct Signers {
    keys: HashMap<String, SigningPublicKey>,
}

impl Signers {
    /// The reviewers of `keyring` (verified by the caller) that have a signing key.
    pub fn of(keyring: &Keyring) -> Signers {
        let keys = keyring
            .bodies
            .values()
            .flat_map(|k| k.reviewers.iter())
            .filter_map(|e| Some((e.id.clone(), e.message_signing_key().ok()??)))
            .collect();
        Signers { keys }
    }

    /// Whether `record` (of report `report_id`) carries a valid signature by the keyring
    /// reviewer it names.
    pub fn signed(&self, report_id: &str, record: &SealedStatsRecord) -> bool {
        let (Some(signer), Some(sig)) = (record.signer.as_deref(), record.signature.as_deref())
        else {
            return false;
        };
        let (Some(pk), Some(rid)) = (self.keys.get(signer), envelope::unhex::<16>(report_id))
        else {
            return false;
        };
        envelope::signature::verify_classification(pk, &rid, &record.sealed, signer, sig)
    }
}

/// The keys derived from the anonymizer's private key: only the anonymizer can compute the
/// pseudonyms, so they mean nothing outside this process.
pub struct Pseudonyms {
    key: SymmetricKey,
}

impl Pseudonyms {
    pub fn new(anonymizer: &KeyPair) -> Pseudonyms {
        let mut material = zeroize::Zeroizing::new(Vec::with_capacity(64));
        material.extend_from_slice(b"tss/anonymizer/pseudonym/v1");
        material.extend_from_slice(anonymizer.secret.expose());
        let digest = zeroize::Zeroizing::new(token::blake2b_256(&material));
        Pseudonyms {
            key: SymmetricKey::from_slice(&digest[..]).expect("32 bytes make a key"),
        }
    }

    fn tag16(&self, parts: &[&[u8]]) -> [u8; 16] {
        let full = token::tag(&self.key, parts);
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        out
    }

    /// The unit of a report: its organisation if it names one, else the report itself.
    pub fn unit(&self, organisation: Option<&str>, report_id: &str) -> [u8; 16] {
        match organisation {
            Some(org) => self.tag16(&[b"organisation", org.as_bytes()]),
            None => self.tag16(&[b"report", report_id.as_bytes()]),
        }
    }

    pub fn order(&self, report_id: &str) -> [u8; 16] {
        self.tag16(&[b"order", report_id.as_bytes()])
    }
}

/// First and last day of a quarter.
pub fn quarter_days(q: Quarter) -> Result<(Day, Day)> {
    let first = q.first_month();
    let last = q.last_month();
    let end = match last.month {
        3 | 12 => 31,
        _ => 30,
    };
    let day = |y: u16, m: u8, d: u32| {
        Day::new(i32::from(y), u32::from(m), d)
            .map_err(|e| AnonError::Config(format!("period {q}: {e}")))
    };
    Ok((
        day(first.year, first.month, 1)?,
        day(last.year, last.month, end)?,
    ))
}

/// The outcome of opening and checking one chosen record.
enum Opened {
    Keep(Rec),
    Duplicate,
    OutOfScope,
    Invalid,
    Mismatched,
    Unverified,
    Unopenable,
}

/// What opening one record gave, and which key opened it (if one did).
type OpenedWith = (Opened, Option<OpenedBy>);

/// A chosen record: its row id, and the report id and source its row says it has.
type Chosen = (i64, String, Source);

/// Opens one chosen record; the second value says which key opened it, if one did.
fn open_one(
    stored: &SealedStatsRecord,
    keys: &AnonymizerKeys,
    signers: &Signers,
    names: &Pseudonyms,
    period: Quarter,
    row: Option<&Chosen>,
) -> OpenedWith {
    // A reviewer's record is trusted for its signature, never for its row's `source` alone.
    if let Some((_, report_id, Source::Reviewer)) = row {
        if !signers.signed(report_id, stored) {
            return (Opened::Unverified, None);
        }
    }
    match keys.open(&stored.sealed) {
        Ok((plain, by)) => (check_opened(&plain, names, period, row), Some(by)),
        Err(NotOpened::Malformed) => (Opened::Invalid, None),
        Err(NotOpened::Unopenable) => (Opened::Unopenable, None),
    }
}

/// Checks an opened record against its row and the period, and keeps what the tables need.
fn check_opened(plain: &[u8], names: &Pseudonyms, period: Quarter, row: Option<&Chosen>) -> Opened {
    let Ok(record) = serde_json::from_slice::<StatsRecord>(plain) else {
        return Opened::Invalid;
    };
    let source = match record.source {
        domain::Source::Reporter => Source::Reporter,
        domain::Source::Reviewer => Source::Reviewer,
    };
    if !row.is_some_and(|(_, id, s)| *id == record.report_id && *s == source) {
        return Opened::Mismatched;
    }
    if record.validate().is_err() || record.quarter != period {
        return Opened::Invalid;
    }
    match record.status {
        Status::Duplicate => return Opened::Duplicate,
        Status::OutOfScope => return Opened::OutOfScope,
        Status::Valid => {}
    }
    let unit = names.unit(
        record.organisation_id.as_ref().map(|o| o.as_str()),
        &record.report_id,
    );
    match rec_of(&record, unit, names.order(&record.report_id)) {
        Some(rec) => Opened::Keep(rec),
        None => Opened::Invalid,
    }
}

/// What the tables need of a valid record, with its unit and order pseudonyms; `None` if a
/// code is not in the public lists.
pub fn rec_of(record: &StatsRecord, unit: [u8; 16], order: [u8; 16]) -> Option<Rec> {
    let idx = |dim: Dim, code: &str| dim.index(code).and_then(|i| u8::try_from(i).ok());
    let band = record.loss_band().unwrap_or(crate::tables::NO_LOSS_BAND);
    let (Some(ms), Some(se), Some(ic), Some(av), Some(at), Some(lb)) = (
        idx(Dim::MemberState, &record.member_state),
        idx(Dim::Sector, &record.sector),
        idx(Dim::IncidentClass, &record.incident_class),
        idx(Dim::AttackVector, &record.attack_vector),
        idx(Dim::ActorType, &record.actor_type),
        idx(Dim::LossBand, band),
    ) else {
        return None;
    };
    Some(Rec {
        unit,
        order,
        member_state: ms,
        sector: se,
        incident_class: ic,
        attack_vector: av,
        actor_type: at,
        loss_band: lb,
        loss_eur: record.loss_eur,
        jobs_at_risk: record.jobs_at_risk,
    })
}

/// The record that counts for each report (the newest reviewer record, else the newest
/// reporter record), in row id order.
fn chosen_ids(mut heads: Vec<storage::stats::StatsRecordHead>) -> (Vec<Chosen>, usize) {
    let rank = |s: Source| u8::from(s == Source::Reviewer);
    heads.sort_unstable_by(|a, b| {
        a.report_id
            .cmp(&b.report_id)
            .then(rank(a.source).cmp(&rank(b.source)))
            .then(a.id.cmp(&b.id))
    });
    let mut chosen = Vec::new();
    let mut heads = heads.into_iter().peekable();
    while let Some(h) = heads.next() {
        let last_of_report = heads
            .peek()
            .is_none_or(|next| next.report_id != h.report_id);
        if last_of_report {
            chosen.push((h.id, h.report_id, h.source));
        }
    }
    let reports = chosen.len();
    chosen.sort_unstable_by_key(|c| c.0);
    (chosen, reports)
}

/// Rows fetched and opened per step.
const BATCH: usize = 4_096;

/// Reads and opens the records of `period` that count, on all cores, each with the anonymizer
/// key it was sealed to; reviewers' records only with a valid signature by one of `signers`.
/// Pseudonyms are keyed by the current key, so all records of one run share one keying.
pub fn load(
    db: &Database,
    keys: &AnonymizerKeys,
    signers: &Signers,
    period: Quarter,
    progress: &Progress,
) -> Result<(Vec<Rec>, LoadStats)> {
    let started = Instant::now();
    let names = Pseudonyms::new(&keys.current);
    let (from, to) = quarter_days(period)?;
    let mut conn = db.conn()?;
    let heads = stats_record_heads_received_between(&mut conn, &from, &to)?;
    tracing::debug!(
        rows = heads.len(),
        seconds = started.elapsed().as_secs_f64(),
        "record heads read"
    );
    let mut stats = LoadStats {
        rows: heads.len(),
        ..LoadStats::default()
    };
    let (chosen, reports) = chosen_ids(heads);
    let ids: Vec<i64> = chosen.iter().map(|c| c.0).collect();
    stats.reports = reports;
    tracing::debug!(
        reports,
        seconds = started.elapsed().as_secs_f64(),
        "records chosen"
    );
    let mut fetching = 0.0;
    let bar = progress.bar("opening records", ids.len() as u64);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut out = Vec::with_capacity(ids.len());
    let mut opening = 0.0;
    let batches: Vec<&[i64]> = ids.chunks(BATCH).collect();
    let batch_rows: Vec<&[Chosen]> = chosen.chunks(BATCH).collect();
    let mut fetch = |batch: &[i64], fetching: &mut f64| -> Result<Vec<SealedStatsRecord>> {
        let t = Instant::now();
        let rows = sealed_stats_records(&mut conn, batch)?;
        *fetching += t.elapsed().as_secs_f64();
        Ok(rows)
    };
    let mut next = match batches.first() {
        Some(b) => Some(fetch(b, &mut fetching)?),
        None => None,
    };
    for (i, heads) in batch_rows.iter().copied().enumerate() {
        let rows = next.take().unwrap_or_default();
        let per = rows.len().div_ceil(threads).max(1);
        // Workers open this batch while this thread fetches the next one.
        let (results, fetched) = std::thread::scope(|s| {
            let handles: Vec<_> = rows
                .chunks(per)
                .map(|chunk| {
                    let names = &names;
                    s.spawn(move || {
                        let t = Instant::now();
                        let opened = chunk
                            .iter()
                            .map(|stored| {
                                let row = heads
                                    .binary_search_by_key(&stored.id, |c| c.0)
                                    .ok()
                                    .map(|k| &heads[k]);
                                open_one(stored, keys, signers, names, period, row)
                            })
                            .collect::<Vec<_>>();
                        (opened, t.elapsed().as_secs_f64())
                    })
                })
                .collect();
            let fetched = batches.get(i + 1).map(|b| fetch(b, &mut fetching));
            let results: Vec<std::thread::Result<(Vec<OpenedWith>, f64)>> =
                handles.into_iter().map(|h| h.join()).collect();
            (results, fetched)
        });
        next = fetched.transpose()?;
        let mut slowest: f64 = 0.0;
        for r in results {
            // A worker only panics on a bug; dropping its share silently would bias the counts.
            let (opened, secs) = r.map_err(|_| {
                AnonError::Config("a worker thread failed while opening records".into())
            })?;
            slowest = slowest.max(secs);
            for (o, by) in opened {
                match by {
                    Some(OpenedBy::Current) => stats.opened_current += 1,
                    Some(OpenedBy::Retiring) => stats.opened_retiring += 1,
                    None => {}
                }
                match o {
                    Opened::Keep(r) => out.push(r),
                    Opened::Duplicate => stats.duplicate += 1,
                    Opened::OutOfScope => stats.out_of_scope += 1,
                    Opened::Invalid => stats.invalid += 1,
                    Opened::Mismatched => stats.mismatched += 1,
                    Opened::Unverified => stats.unverified += 1,
                    Opened::Unopenable => stats.unopenable += 1,
                }
            }
        }
        opening += slowest;
        bar.inc(rows.len() as u64);
    }
    bar.finish();
    // Timings only: the exact counts go to debug level in `release` (info-level logs may be
    // shipped to shared systems) and to the operator's terminal.
    tracing::info!(
        seconds_fetching = fetching,
        seconds_opening = opening,
        "records opened"
    );
    stats.kept = out.len();
    stats.seconds_opening = opening;
    stats.seconds_total = started.elapsed().as_secs_f64();
    Ok((out, stats))
}
