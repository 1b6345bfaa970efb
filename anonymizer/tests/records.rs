//! Which records count: read from a real (SQLite) database with reports sealed to a fresh
//! anonymizer key.

#![allow(clippy::unwrap_used)]

use anonymizer::progress::Progress;
use anonymizer::records::load;
use anonymizer::tables::Dim;
use domain::{Quarter, Source as RecordSource, StatsRecord, Status, YearMonth};
use envelope::{Envelope, KeyPair, Kind};
use storage::reports::{insert_report, NewReport, NewSlot};
use storage::stats::{insert_stats_record, NewStatsRecord};
use storage::{Body, Database, Day, SealedBy, Source};

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

    fn stats(&self, id: &str, sealed: Vec<u8>, source: Source) {
        let new = NewStatsRecord {
            report_id: id.to_string(),
            source,
            sealed,
            created_day: "2026-05-02".parse().unwrap(),
            reviewer_id: (source == Source::Reviewer).then_some(1),
        };
        insert_stats_record(&mut self.db.conn().unwrap(), &new).unwrap();
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
        (2, 1, 1, 3)
    );
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
    // C's row says "reviewer" but the record inside says "reporter": its source is not trusted.
    f.stats(
        &c,
        f.sealed(&record(&c, q, "FR", RecordSource::Reporter, Status::Valid)),
        Source::Reviewer,
    );
    let (recs, stats) = load(&f.db, &f.key, q, &Progress::hidden()).unwrap();
    assert_eq!(recs.iter().map(ms).collect::<Vec<_>>(), vec!["DE"]);
    assert_eq!((stats.reports, stats.kept), (3, 1));
    assert_eq!((stats.mismatched, stats.invalid), (2, 0));
}
