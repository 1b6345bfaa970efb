//! The demo's content: synthetic reports in several languages, sealed by the intake's own
//! server-side sealing ([`server::intake::seal::seal_report`]), reviewer messages sealed to the
//! reporter and the report's bodies and signed by the enrolled reviewer, some reports
//! acknowledged or closed, and an anonymizer
//! release of each of the last four complete quarters (oldest first), so the portal shows what
//! a member state would see at a realistic volume.

use std::collections::BTreeMap;

use anonymizer::plan::{Caps, Params};
use anonymizer::progress::Progress;
use anonymizer::synth::{last_four_quarters, raw_report, Rng};
use domain::message::{MessageBody, MESSAGE_JSON_VERSION};
use domain::report::validate;
use domain::Quarter;
use envelope::{Keyring, SigningKey};
use storage::messages::NewMessage;
use storage::{Author, Database, Day, Status, StorageError};
use zeroize::Zeroizing;

use server::intake::seal::seal_report;

/// Reports a demo makes unless told otherwise: about 1,500 received a quarter over four
/// quarters, about 1,000 a quarter kept after truncation (one per organisation and quarter) —
/// the volume the release plan is made for (docs/BENCHMARKS.md).
pub const DEFAULT_REPORTS: u32 = 6_000;

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("key: {0}")]
    Key(String),
    #[error("database: {0}")]
    Database(#[from] StorageError),
    #[error("a synthetic report failed validation")]
    Invalid,
    #[error("sealing failed: {0}")]
    Seal(String),
    #[error("anonymizer release: {0}")]
    Release(String),
}

/// What was made.
#[derive(Debug)]
pub struct Summary {
    pub reports: usize,
    pub with_messages: usize,
    pub closed: usize,
    pub release_id: String,
    pub period: String,
    /// The receipt of one report with a reviewer message, to try the follow-up page.
    pub receipt: Zeroizing<String>,
}

/// Narratives and what was taken, per language (all say they are synthetic).
const TEXTS: &[(&str, &str, &str)] = &[
    (
        "en",
        "Design files of a new gearbox were copied from our file server after a phishing e-mail. (Synthetic demo report.)",
        "Gearbox design drawings (synthetic)",
    ),
    (
        "da",
        "Efter en phishing-mail blev tegninger af en ny vindmøllevinge kopieret fra vores filserver. (Syntetisk demorapport.)",
        "Konstruktionstegninger (syntetisk)",
    ),
    (
        "de",
        "Nach einem Phishing-Angriff wurden Rezepturen aus unserem ERP-System abgezogen. (Synthetischer Demobericht.)",
        "Rezepturen (synthetisch)",
    ),
    (
        "fr",
        "Des plans de fabrication ont été exfiltrés de notre serveur après la compromission d'un compte VPN. (Rapport de démonstration synthétique.)",
        "Plans de fabrication (synthétique)",
    ),
    (
        "it",
        "Un ex dipendente ha copiato l'elenco clienti e i listini riservati. (Segnalazione dimostrativa sintetica.)",
        "Elenco clienti (sintetico)",
    ),
];

const REPLIES: &[&str] = &[
    "Thank you for your report. Could you tell us which systems the attackers reached first?",
    "Tak for din indberetning. Har I bevaret logfilerne fra filserveren?",
    "Vielen Dank. Wir haben den Fall an die zuständige Stelle weitergeleitet.",
];

fn current_quarter() -> Quarter {
    let d = time::OffsetDateTime::now_utc().date();
    let year = u16::try_from(d.year()).unwrap_or(2026);
    Quarter::of_day(year, u8::from(d.month())).unwrap_or(Quarter { year, q: 1 })
}

/// Submits `n` synthetic reports, adds messages and statuses, and makes one release.
pub fn populate(
    db: &Database,
    keyring: &Keyring,
    signing: &BTreeMap<i64, SigningKey>,
    keys_dir: &std::path::Path,
    passphrase: &str,
    n: usize,
) -> Result<Summary, DataError> {
    let quarters = last_four_quarters(current_quarter());
    let latest = *quarters.last().ok_or(DataError::Invalid)?;
    let mut seed = [0u8; 8];
    envelope::fill_random(&mut seed);
    let mut rng = Rng::new(u64::from_le_bytes(seed));
    let org_pool = (n / 3).max(10);
    let reviewers = reviewer_ids(db)?;
    let mut summary = Summary {
        reports: 0,
        with_messages: 0,
        closed: 0,
        release_id: String::new(),
        period: latest.to_string(),
        receipt: Zeroizing::new(String::new()),
    };
    let mut batch = Vec::new();
    for i in 0..n {
        let q = quarters[rng.below(quarters.len())];
        let (mut raw, month_in_q) = raw_report(&mut rng, org_pool, q, 0.6);
        let (lang, narrative, taken) = TEXTS[i % TEXTS.len()];
        raw.language = lang.into();
        raw.narrative = narrative.into();
        raw.what_taken = taken.into();
        let fields = validate(&raw, q.last_month()).map_err(|_| DataError::Invalid)?;
        raw.wipe();
        let bodies: Vec<envelope::Body> = fields.recipients.clone();
        let month = u32::from(q.first_month().month) + month_in_q;
        let day = Day::new(i32::from(q.year), month, 1 + (rng.below(28) as u32))?;
        let sealed = seal_report(keyring, &fields, &bodies, Vec::new(), day.clone(), q)
            .map_err(|e| DataError::Seal(e.to_string()))?;
        // Every fifth report has been answered by a reviewer; every third of those closed.
        let message = if i % 5 == 0 {
            let body = if sealed.report.to_euipo {
                storage::Body::Euipo
            } else {
                storage::Body::Ec3
            };
            let reviewer = reviewers
                .iter()
                .find(|(b, _)| *b == body)
                .map(|(_, id)| *id);
            let text = REPLIES[(i / 5) % REPLIES.len()];
            let m = reviewer_message(keyring, &sealed.report, &bodies, text, reviewer, &day)?;
            // Signed as the console signs it, so the reporter's page shows it as the
            // reviewer's (an unsigned one would be refused).
            let sig = reviewer
                .and_then(|id| signing.get(&id))
                .map(|key| sign(key, &m))
                .transpose()?;
            Some((m, sig))
        } else {
            None
        };
        if message.is_some() && summary.receipt.is_empty() {
            summary.receipt = Zeroizing::new(sealed.receipt.display().as_str().to_string());
        }
        let status = match (&message, i % 15) {
            (Some(_), 0) => Some(Status::Closed),
            (Some(_), _) => Some(Status::Acknowledged),
            _ => None,
        };
        summary.with_messages += usize::from(message.is_some());
        summary.closed += usize::from(status == Some(Status::Closed));
        batch.push((sealed.report, sealed.stats, message, status, day));
        if batch.len() == 100 || i + 1 == n {
            summary.reports += store(db, std::mem::take(&mut batch))?;
        }
    }
    let keys = anonymizer::anonymizer_keys(keys_dir, None, Some(passphrase))
        .map_err(|e| DataError::Key(e.to_string()))?;
    // Every quarter, oldest first: the latest is the one the summary names. Four quarters at
    // epsilon 1 stay within the default year cap of 4 even when they fall in one year.
    for q in &quarters {
        let outcome = anonymizer::release::run(
            db,
            &keys,
            &anonymizer::records::Signers::of(keyring),
            &Params::new(*q, 1.0),
            Caps {
                quarter: 1.0,
                year: 4.0,
            },
            anonymizer::release::Unopenable::Refuse,
            &Progress::hidden(),
        )
        .map_err(|e| DataError::Release(e.to_string()))?;
        if *q == latest {
            summary.release_id = outcome.release().id.clone();
        }
    }
    Ok(summary)
}

/// The reviewer's signature of message `m` (keys/FORMAT.md, "Signed reviewer messages").
fn sign(key: &SigningKey, m: &NewMessage) -> Result<[u8; 64], DataError> {
    let ids = envelope::unhex::<16>(&m.report_id).zip(envelope::unhex::<16>(&m.id));
    let (rid, mid) = ids.ok_or(DataError::Invalid)?;
    envelope::signature::sign_message(key, &rid, &mid, &m.envelope)
        .map_err(|e| DataError::Seal(e.to_string()))
}

type Row = (
    storage::reports::NewReport,
    storage::stats::NewStatsRecord,
    Option<(NewMessage, Option<[u8; 64]>)>,
    Option<Status>,
    Day,
);

fn store(db: &Database, rows: Vec<Row>) -> Result<usize, DataError> {
    let n = rows.len();
    db.write(|conn| {
        for (report, stats, message, status, day) in &rows {
            storage::reports::insert_report(conn, report)?;
            storage::stats::insert_stats_record(conn, stats)?;
            if let Some((m, sig)) = message {
                let origin = match sig {
                    Some(s) => storage::messages::Origin::Signed(s),
                    None => storage::messages::Origin::Unsigned,
                };
                storage::messages::insert_message_from(conn, m, origin)?;
            }
            if let Some(s) = status {
                storage::reports::set_status(conn, &report.id, *s, day)?;
            }
        }
        Ok(())
    })?;
    Ok(n)
}

fn reviewer_ids(db: &Database) -> Result<Vec<(storage::Body, i64)>, DataError> {
    let mut conn = db.conn()?;
    Ok(
        storage::accounts::list_accounts::<storage::accounts::ReviewerProfile>(&mut conn)?
            .into_iter()
            .map(|r| (r.profile.body, r.id))
            .collect(),
    )
}

/// A reviewer's message, sealed like the console's: to the report's bodies and the reporter.
fn reviewer_message(
    keyring: &Keyring,
    report: &storage::reports::NewReport,
    bodies: &[envelope::Body],
    text: &str,
    reviewer_id: Option<i64>,
    day: &Day,
) -> Result<NewMessage, DataError> {
    let seal = |e: envelope::EnvelopeError| DataError::Seal(e.to_string());
    let mut keys: Vec<envelope::PublicKey> = keyring
        .recipients(bodies)
        .map_err(seal)?
        .into_iter()
        .map(|(_, pk)| pk)
        .collect();
    keys.push(envelope::PublicKey(report.reporter_pk));
    let body = MessageBody {
        v: MESSAGE_JSON_VERSION,
        text: text.to_string(),
        attachments: Vec::new(),
    };
    let plain = Zeroizing::new(serde_json::to_vec(&body).map_err(|_| DataError::Invalid)?);
    let id = envelope::random_id();
    let env = envelope::Envelope::seal(envelope::Kind::Message, id, &plain, &keys).map_err(seal)?;
    Ok(NewMessage {
        id: envelope::hex(&id),
        report_id: report.id.clone(),
        author: Author::Reviewer,
        reviewer_id,
        envelope: env.to_bytes(),
        created_day: day.clone(),
        attachments: Vec::new(),
    })
}
