//! Which records count: read from a real (SQLite) database with reports sealed to a fresh
//! anonymizer key; reviewers' records signed by a reviewer of a keyring made here.

#![allow(clippy::unwrap_used)]

use anonymizer::progress::Progress;
use anonymizer::records::{load as load_signed, LoadStats, Rec, Signers};
use anonymizer::tables::Dim;
use domain::{Quarter, Source as RecordSource, StatsRecord, Status, YearMonth};
use envelope::keyring::{BodyKeys, KeyEntry, FORMAT};
use envelope::{Envelope, KeyPair, Keyring, Kind, SigningKey};
use storage::reports::{insert_report, NewReport, NewSlot};
use storage::stats::{insert_stats_record_signed, NewStatsRecord, RecordSignature};
use storage::{Body, Database, Day, SealedBy, Source};

/// The keyring entry id of the reviewer who signs the fixture's classifications.
const RITA: &str = "euipo-enrolled-1";

fn load(
    db: &Database,
    key: &KeyPair,
    period: Quarter,
    progress: &Progress,
) -> anonymizer::Result<(Vec<Rec>, LoadStats)> {
    load_signed(
        db,
        &anonymizer::AnonymizerKeys::single(key.clone()),
        &signers(),
        period,
        progress,
    )
}

/// Rita's signing key (what her console holds).
fn rita() -> SigningKey {
    SigningKey::from_seed([0x17; 32])
}

/// The reviewers of a keyring with rita as EUIPO's reviewer, with her signing key.
fn signers() -> Signers {
    let entry = |id: &str| KeyEntry::new(id, id, &KeyPair::generate().public);
    let mut bodies = std::collections::BTreeMap::new();
    bodies.insert(
        envelope::Body::Euipo,
        BodyKeys {
            correlation: None,
            reviewers: vec![entry(RITA).with_signing_key(&rita().public_key().unwrap())],
            recovery: entry("euipo-recovery"),
        },
    );
    bodies.insert(
        envelope::Body::Ec3,
        BodyKeys {
            correlation: None,
            reviewers: vec![entry("ec3-reviewer-1")],
            recovery: entry("ec3-recovery"),
        },
    );
    Signers::of(&Keyring {
        format: FORMAT.into(),
        serial: 1,
        issued: "2026-12-07".into(),
        bodies,
        anonymizer: entry("anonymizer"),
        release: None,
    })
}

/// `key`'s signature, as keyring entry `signer`, of a record of report `id`.
fn signature(key: &SigningKey, id: &str, sealed: &[u8], signer: &str) -> Vec<u8> {
    let rid = envelope::unhex::<16>(id).unwrap();
    envelope::signature::sign_classification(key, &rid, sealed, signer)
        .unwrap()
        .to_vec()
}

fn record(
    id: &str,
    quarter: Quarter,
    member_state: &str,
    source: RecordSource,
    status: Status,
) -> StatsRecord {
    StatsRecord {
        v: domain::STATS_RECORD_VERSION,
        report_id: id.to_string(),
        source,
        quarter,
        member_state: member_state.into(),
        sector: "C".into(),
        incident_class: "intrusions:system-compromise".into(),
        attack_vector: "hacking.vpn".into(),
        actor_type: "competitor".into(),
        incident_month: YearMonth {
            year: quarter.year,
            month: quarter.first_month().month,
        },
        loss_eur: Some(50_000),
        jobs_at_risk: None,
        organisation_id: None,
        status,
    }
}

struct Fixture {
    db: Database,
    key: KeyPair,
    _dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let db =
            Database::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).unwrap();
        db.migrate().unwrap();
        Fixture {
            db,
            key: KeyPair::generate(),
            _dir: dir,
        }
    }

    /// Stores a report received on `day` and returns its id.
    fn report(&self, day: &str) -> String {
        let reviewer = KeyPair::generate();
        let id_bytes = envelope::random_id();
        let id = envelope::hex(&id_bytes);
        let env = Envelope::seal(Kind::Report, id_bytes, b"{}", &[reviewer.public]).unwrap();
        let report = NewReport {
            id: id.clone(),
            to_euipo: true,
            to_ec3: false,
            recipient_digest: env.recipient_digest.to_vec(),
            envelope: env.to_bytes(),
            sealed_by: SealedBy::Server,
            received_day: day.parse::<Day>().unwrap(),
            receipt_lookup: envelope::token::blake2b_256(id.as_bytes()),
            reporter_pk: *KeyPair::generate().public.as_bytes(),
            slots: vec![NewSlot {
                recipient_pk: *reviewer.public.as_bytes(),
                body: Body::Euipo,
                sealed_key: env.slots[0].sealed_key.to_vec(),
            }],
            attachments: Vec::new(),
        };
        insert_report(&mut self.db.conn().unwrap(), &report).unwrap();
        id
    }

    /// Stores a record; a reviewer's signed by rita, as the console stores it.
    fn stats(&self, id: &str, sealed: Vec<u8>, source: Source) {
        let sig = (source == Source::Reviewer).then(|| signature(&rita(), id, &sealed, RITA));
        let signed = sig.as_deref().map(|signature| (RITA, signature));
        self.stats_signed(id, sealed, source, signed);
    }

    /// Stores a record with the given signature and signer, or none.
    fn stats_signed(
        &self,
        id: &str,
        sealed: Vec<u8>,
        source: Source,
        signed: Option<(&str, &[u8])>,
    ) {
        let new = NewStatsRecord {
            report_id: id.to_string(),
            source,
            sealed,
            created_day: "2026-05-02".parse().unwrap(),
            reviewer_id: (source == Source::Reviewer).then_some(1),
        };
        let signed = signed.map(|(signer, signature)| RecordSignature { signer, signature });
        insert_stats_record_signed(&mut self.db.conn().unwrap(), &new, signed).unwrap();
    }

    fn sealed(&self, r: &StatsRecord) -> Vec<u8> {
        envelope::stats::seal_record(&serde_json::to_vec(r).unwrap(), &self.key.public).unwrap()
    }
}

#[test]
fn the_newest_reviewer_record_counts_and_excluded_reports_do_not() {
    let f = Fixture::new();
    let q: Quarter = "2026Q2".parse().unwrap();
    let ms = |r: &anonymizer::records::Rec| Dim::MemberState.code(r.member_state.into());

    // A: the reporter's record alone.
    let a = f.report("2026-04-03");
    f.stats(
        &a,
        f.sealed(&record(&a, q, "DE", RecordSource::Reporter, Status::Valid)),
        Source::Reporter,
    );
    // B: a reviewer corrected the member state twice; the newest correction counts.
    let b = f.report("2026-05-10");
    f.stats(
        &b,
        f.sealed(&record(&b, q, "FR", RecordSource::Reporter, Status::Valid)),
        Source::Reporter,
    );
    f.stats(
        &b,
        f.sealed(&record(&b, q, "IT", RecordSource::Reviewer, Status::Valid)),
        Source::Reviewer,
    );
    f.stats(
        &b,
        f.sealed(&record(&b, q, "ES", RecordSource::Reviewer, Status::Valid)),
        Source::Reviewer,
    );
    // C and D: marked duplicate and out of scope by a reviewer.
    let c = f.report("2026-06-30");
    f.stats(
        &c,
        f.sealed(&record(&c, q, "PL", RecordSource::Reporter, Status::Valid)),
        Source::Reporter,
    );
    f.stats(
        &c,
        f.sealed(&record(
            &c,
            q,
            "PL",
            RecordSource::Reviewer,
            Status::Duplicate,
        )),
        Source::Reviewer,
    );
    let d = f.report("2026-06-01");
    f.stats(
        &d,
        f.sealed(&record(&d, q, "NL", RecordSource::Reporter, Status::Valid)),
        Source::Reporter,
    );
    f.stats(
        &d,
        f.sealed(&record(
            &d,
            q,
            "NL",
            RecordSource::Reviewer,
            Status::OutOfScope,
        )),
        Source::Reviewer,
    );
    // E: a record claiming another quarter; G: bytes that do not open; H: sealed to another key.
    let e = f.report("2026-04-20");
    f.stats(
        &e,
        f.sealed(&record(
            &e,
            "2026Q1".parse().unwrap(),
            "AT",
            RecordSource::Reporter,
            Status::Valid,
        )),
        Source::Reporter,
    );
    let g = f.report("2026-04-21");
    let mut broken = f.sealed(&record(&g, q, "BE", RecordSource::Reporter, Status::Valid));
    let last = broken.len() - 1;
    broken[last] ^= 1;
    f.stats(&g, broken, Source::Reporter);
    let h = f.report("2026-04-22");
    let other = KeyPair::generate();
    let sealed = envelope::stats::seal_record(
        &serde_json::to_vec(&record(&h, q, "SE", RecordSource::Reporter, Status::Valid)).unwrap(),
        &other.public,
    )
    .unwrap();
    f.stats(&h, sealed, Source::Reporter);
    // F: received in another quarter: not read at all.
    let other_q = f.report("2026-07-01");
    f.stats(
        &other_q,
        f.sealed(&record(
            &other_q,
            "2026Q3".parse().unwrap(),
            "DK",
            RecordSource::Reporter,
            Status::Valid,
        )),
        Source::Reporter,
    );

    let (recs, stats) = load(&f.db, &f.key, q, &Progress::hidden()).unwrap();
    let mut states: Vec<&str> = recs.iter().map(ms).collect();
    states.sort_unstable();
    assert_eq!(states, vec!["DE", "ES"]);
    assert_eq!(stats.rows, 11, "rows of the quarter's reports");
    assert_eq!(stats.reports, 7);
    assert_eq!(
        (
            stats.kept,
            stats.duplicate,
            stats.out_of_scope,
            stats.invalid
        ),
        (2, 1, 1, 1)
    );
    // The altered record and the one sealed to another key open with no key held: unopenable
    // (a release is refused over them unless told to skip them), not invalid.
    assert_eq!(stats.unopenable, 2);
    // Reports without an organisation are their own units.
    assert_ne!(recs[0].unit, recs[1].unit);
}

#[test]
fn a_record_copied_into_another_reports_row_is_excluded_and_counted() {
    let f = Fixture::new();
    let q: Quarter = "2026Q2".parse().unwrap();
    let ms = |r: &anonymizer::records::Rec| Dim::MemberState.code(r.member_state.into());
    let a = f.report("2026-04-03");
    let b = f.report("2026-04-04");
    let c = f.report("2026-04-05");
    let a_record = f.sealed(&record(&a, q, "DE", RecordSource::Reporter, Status::Valid));
    f.stats(&a, a_record.clone(), Source::Reporter);
    // B's row holds A's record: counted for neither B nor twice for A.
    f.stats(&b, a_record, Source::Reporter);
    // C's row says "reviewer", signed by rita, but the record inside says "reporter": its
    // source is not trusted.
    f.stats(
        &c,
        f.sealed(&record(&c, q, "FR", RecordSource::Reporter, Status::Valid)),
        Source::Reviewer,
    );
    let (recs, stats) = load(&f.db, &f.key, q, &Progress::hidden()).unwrap();
    assert_eq!(recs.iter().map(ms).collect::<Vec<_>>(), vec!["DE"]);
    assert_eq!((stats.reports, stats.kept), (3, 1));
    assert_eq!(
        (stats.mismatched, stats.invalid, stats.unverified),
        (2, 0, 0)
    );
}

#[test]
fn a_reviewer_record_counts_only_with_a_valid_signature_by_a_keyring_reviewer() {
    let f = Fixture::new();
    let q: Quarter = "2026Q2".parse().unwrap();
    let ms = |r: &anonymizer::records::Rec| Dim::MemberState.code(r.member_state.into());
    let reviewed = |id: &str, state: &str| {
        f.sealed(&record(id, q, state, RecordSource::Reviewer, Status::Valid))
    };
    // A: rita's classification, signed as the console signs it: it counts.
    let a = f.report("2026-04-03");
    f.stats(&a, reviewed(&a, "DE"), Source::Reviewer);
    // B: a reporter's record whose row was flipped to "reviewer", without a signature.
    let b = f.report("2026-04-04");
    f.stats_signed(
        &b,
        f.sealed(&record(&b, q, "FR", RecordSource::Reporter, Status::Valid)),
        Source::Reviewer,
        None,
    );
    // C: a forged classification sealed with the public key, unsigned, over the reporter's.
    let c = f.report("2026-04-05");
    f.stats(
        &c,
        f.sealed(&record(&c, q, "IT", RecordSource::Reporter, Status::Valid)),
        Source::Reporter,
    );
    f.stats_signed(&c, reviewed(&c, "ES"), Source::Reviewer, None);
    // D: signed by a key that is not in the keyring, claiming rita.
    let d = f.report("2026-04-06");
    let sealed = reviewed(&d, "PL");
    let stranger = signature(&SigningKey::generate(), &d, &sealed, RITA);
    f.stats_signed(&d, sealed, Source::Reviewer, Some((RITA, &stranger)));
    // E: rita's signature of another report's record, and F: of this record but as a signer
    // id that is not hers (EC3's reviewer, who has no signing key).
    let e = f.report("2026-04-07");
    let sealed = reviewed(&e, "NL");
    let moved = signature(&rita(), &a, &sealed, RITA);
    f.stats_signed(&e, sealed, Source::Reviewer, Some((RITA, &moved)));
    let g = f.report("2026-04-08");
    let sealed = reviewed(&g, "SE");
    let as_other = signature(&rita(), &g, &sealed, "ec3-reviewer-1");
    f.stats_signed(
        &g,
        sealed,
        Source::Reviewer,
        Some(("ec3-reviewer-1", &as_other)),
    );

    let (recs, stats) = load(&f.db, &f.key, q, &Progress::hidden()).unwrap();
    assert_eq!(recs.iter().map(ms).collect::<Vec<_>>(), vec!["DE"]);
    assert_eq!((stats.reports, stats.kept), (6, 1));
    assert_eq!(
        (stats.unverified, stats.mismatched, stats.invalid),
        (5, 0, 0)
    );
    // Without rita in the keyring, her signed record does not count either.
    let (recs, stats) = load_signed(
        &f.db,
        &anonymizer::AnonymizerKeys::single(f.key.clone()),
        &Signers::default(),
        q,
        &Progress::hidden(),
    )
    .unwrap();
    assert!(recs.is_empty());
    assert_eq!(stats.unverified, 6);
}
