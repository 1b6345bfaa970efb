//! The `anonymizer` command line: parsing, configuration read once from an environment
//! snapshot, and the dispatch to release, ledger, synth and check. A library function so that
//! tests run the very same command line in-process; `main` only sets up logs and exits.
//!
//! Exit codes: 0 done, 1 failure, 2 configuration or key problem (or a quarter that cannot be
//! released yet), 3 release refused by the privacy ledger.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use domain::Quarter;

use crate::plan::{self, Caps, Params};
use crate::progress::Progress;
use crate::release::Outcome;
use crate::synth::{last_four_quarters, SynthOptions};
use crate::{output, AnonError, Result};

#[derive(Debug, Parser)]
#[command(
    name = "anonymizer",
    version,
    about = "Differentially private EU statistics from sealed records",
    long_about = "Differentially private EU statistics from sealed records.\n\nReads DATABASE_URL, KEYS_DIR and KEYS_PASSPHRASE (prompted for when absent). Exit codes: 0 done, 1 failure, 2 configuration or key problem (or a quarter that cannot be released yet), 3 release refused by the privacy ledger."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Budget {
    /// Epsilon cap per quarter.
    #[arg(long, env = "ANONYMIZER_QUARTER_CAP", default_value_t = plan::DEFAULT_QUARTER_CAP)]
    quarter_cap: f64,
    /// Epsilon cap per calendar year.
    #[arg(long, env = "ANONYMIZER_YEAR_CAP", default_value_t = plan::DEFAULT_YEAR_CAP)]
    year_cap: f64,
}

impl Budget {
    /// The caps, refused unless finite, above 0 and under the compiled-in maxima.
    fn caps(&self) -> Result<Caps> {
        let caps = Caps {
            quarter: self.quarter_cap,
            year: self.year_cap,
        };
        caps.check()?;
        Ok(caps)
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Make the differentially private release of a quarter (or return it if it exists).
    Release {
        /// The quarter, e.g. 2026Q3.
        #[arg(long)]
        period: String,
        /// Epsilon this release spends (split over its tables).
        #[arg(long, default_value_t = plan::DEFAULT_EPSILON)]
        epsilon: f64,
        /// Reports kept per organisation and quarter.
        #[arg(long, env = "ANONYMIZER_K", default_value_t = plan::DEFAULT_K)]
        k: u32,
        /// Losses are clamped to this many euros per report before summing.
        #[arg(long, env = "ANONYMIZER_LOSS_BOUND", default_value_t = plan::DEFAULT_LOSS_BOUND)]
        loss_bound: u64,
        /// Jobs at risk are clamped to this many per report before summing.
        #[arg(long, env = "ANONYMIZER_JOBS_BOUND", default_value_t = plan::DEFAULT_JOBS_BOUND)]
        jobs_bound: u32,
        /// Days after the quarter's last day before it may be released (late reports and
        /// reviews); an earlier run is refused with the day it can run.
        #[arg(long, env = "ANONYMIZER_GRACE_DAYS", default_value_t = crate::schedule::DEFAULT_GRACE_DAYS)]
        grace_days: u32,
        #[command(flatten)]
        budget: Budget,
        /// Also write the release as CSV files and methodology.json under DIR/<release id>/.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Release even if some records open with no anonymizer key held here (sealed to a
        /// retired key); they are left out and their number printed. Without it such a
        /// release is refused.
        #[arg(long)]
        skip_unopenable: bool,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Show the privacy budget spent and left per quarter and year, and the releases.
    Ledger {
        #[command(flatten)]
        budget: Budget,
    },
    /// Store realistic synthetic reports (sealed like real ones) for tests, demos, benchmarks.
    Synth {
        /// How many reports.
        #[arg(long)]
        reports: usize,
        /// Seed of the generator (same seed, same field values).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Put every report in this quarter instead of the last four complete quarters.
        #[arg(long)]
        period: Option<String>,
        /// Share of reports that give an organisation identifier.
        #[arg(long, default_value_t = 0.6)]
        with_organisation: f64,
        /// Allow adding to a database that already holds reports.
        #[arg(long)]
        append: bool,
        /// Also write the exact value of every published cell over the reports stored (CSV:
        /// period, table, cell, value; before truncation, clamping and noise) to FILE.
        #[arg(long, value_name = "FILE")]
        truth: Option<PathBuf>,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Check configuration, keyring, anonymizer key and database (reads DATABASE_URL, KEYS_DIR,
    /// KEYS_PASSPHRASE); exits non-zero if anything is wrong.
    Check,
}

fn period(text: &str) -> Result<Quarter> {
    text.parse()
        .map_err(|_| AnonError::Config(format!("--period must look like 2026Q3, got `{text}`")))
}

/// `DATABASE_URL`, `KEYS_DIR`, `KEYS_PASSPHRASE`, `KEYRING_FINGERPRINT` (with `_FILE` variants
/// for the secrets), read once at start; the flags' own variables are read by clap.
fn common(env: &settings::Env) -> Result<settings::Common> {
    settings::Common::from_env(
        env,
        storage::DEFAULT_DATABASE_URL,
        keystore::DEFAULT_KEYS_DIR,
        storage::check_database_url,
    )
    .map_err(|e| AnonError::Config(e.to_string()))
}

fn database(common: &settings::Common) -> Result<storage::Database> {
    let db = storage::Database::connect(&common.database_url)?;
    let pending = db.pending_migrations()?;
    if !pending.is_empty() {
        return Err(AnonError::Config(format!(
            "the database schema is not current ({} migration(s) pending); start `server serve` once to apply them",
            pending.len()
        )));
    }
    Ok(db)
}

fn execute(command: Command, common: &settings::Common, out: &mut dyn Write) -> Result<()> {
    let keys_dir = &common.keys_dir;
    match command {
        Command::Check => unreachable!("handled in main"),
        Command::Release {
            period: p,
            epsilon,
            k,
            loss_bound,
            jobs_bound,
            grace_days,
            budget,
            out: dir,
            skip_unopenable,
            quiet,
        } => {
            let params = Params {
                period: period(&p)?,
                epsilon,
                k,
                loss_bound,
                jobs_bound,
            };
            params.check()?;
            let caps = budget.caps()?;
            crate::schedule::check_finished(
                params.period,
                crate::schedule::today_utc(),
                grace_days,
            )?;
            // Reviewers' records count by their signature, so by the keyring: only one signed
            // by the pinned key will do.
            let pinned = common.keyring_fingerprint.as_deref().ok_or_else(|| {
                AnonError::Config(
                    "release needs KEYRING_FINGERPRINT (the keyring signing key's fingerprint, from the key ceremony minutes): reviewers' classifications count only if signed by a reviewer of the keyring it pins".into(),
                )
            })?;
            let db = database(common)?;
            let keys = crate::anonymizer_keys(keys_dir, Some(pinned), common.passphrase())?;
            let signers = crate::reviewer_signers(keys_dir, pinned, &db)?;
            let unopenable = if skip_unopenable {
                crate::release::Unopenable::Skip
            } else {
                crate::release::Unopenable::Refuse
            };
            let outcome = crate::release::run(
                &db,
                &keys,
                &signers,
                &params,
                caps,
                unopenable,
                &Progress::new(quiet),
            )?;
            let release = outcome.release();
            match &outcome {
                Outcome::Created { load, .. } => {
                    let _ = writeln!(
                        out,
                        "release {} for {} written: epsilon {:.6} spent",
                        release.id, release.period, release.epsilon
                    );
                    let _ = writeln!(
                        out,
                        "opening records took {:.1} s of {:.1} s reading",
                        load.seconds_opening, load.seconds_total
                    );
                    // Operator output only (exact counts are never published).
                    if !keys.retiring.is_empty() || load.unopenable > 0 {
                        let _ = writeln!(
                            out,
                            "anonymizer keys: {} record(s) opened with a retiring key, {} with the current key {}; {} open with no key held here{}",
                            load.opened_retiring,
                            load.opened_current,
                            keys.current.public.fingerprint(),
                            load.unopenable,
                            if load.unopenable > 0 { " and were left out (--skip-unopenable)" } else { "" }
                        );
                    }
                    if load.mismatched + load.unverified > 0 {
                        let _ = writeln!(
                            out,
                            "records excluded: {} not matching their row, {} reviewer records without a valid keyring signature",
                            load.mismatched, load.unverified
                        );
                    }
                }
                Outcome::Existing(_) => {
                    let _ = writeln!(
                        out,
                        "release {} for {} already exists: returned, nothing spent",
                        release.id, release.period
                    );
                }
            }
            if let Some(dir) = dir {
                let path = output::write(&db, release, &dir)?;
                let _ = writeln!(out, "files written to {}", path.display());
            }
            Ok(())
        }
        Command::Ledger { budget } => {
            let caps = budget.caps()?;
            let db = database(common)?;
            crate::ledger::print(&db, caps, out)
        }
        Command::Synth {
            reports,
            seed,
            period: p,
            with_organisation,
            append,
            truth,
            quiet,
        } => {
            if reports == 0 || reports > 10_000_000 {
                return Err(AnonError::Config("--reports must be 1 to 10000000".into()));
            }
            if !(0.0..=1.0).contains(&with_organisation) {
                return Err(AnonError::Config(
                    "--with-organisation must be between 0 and 1".into(),
                ));
            }
            let quarters = match p {
                Some(p) => vec![period(&p)?],
                None => {
                    let d = time::OffsetDateTime::now_utc().date();
                    let today =
                        Quarter::of_day(d.year().clamp(0, 9999) as u16, u8::from(d.month()))
                            .ok_or_else(|| {
                                AnonError::Config("the system clock is out of range".into())
                            })?;
                    last_four_quarters(today)
                }
            };
            let (keyring, _) =
                keystore::load_keyring(keys_dir, common.keyring_fingerprint.as_deref())
                    .map_err(|e| AnonError::Key(e.to_string()))?;
            let db = database(common)?;
            if !append && storage::reports::count_reports(&mut *db.conn()?)? > 0 {
                return Err(AnonError::Config(
                    "the database already holds reports; synthetic reports would mix with them (pass --append to add them anyway)".into(),
                ));
            }
            let opts = SynthOptions {
                reports,
                seed,
                quarters: quarters.clone(),
                with_organisation,
            };
            let (n, stored) = crate::synth::run_with_truth(
                &db,
                &keyring,
                &opts,
                &Progress::new(quiet),
                truth.is_some(),
            )?;
            if let Some(path) = truth {
                let cells: Vec<_> = stored
                    .iter()
                    .map(|(q, recs)| {
                        (
                            *q,
                            crate::truth::truth_cells(*q, recs, plan::DEFAULT_K as usize),
                        )
                    })
                    .collect();
                crate::truth::write(&path, &cells)?;
                let _ = writeln!(out, "exact values written to {}", path.display());
            }
            let names: Vec<String> = quarters.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                out,
                "{n} synthetic reports stored over {}",
                names.join(", ")
            );
            Ok(())
        }
    }
}

/// Runs the command line `args` (the first is the program name) with the configuration in
/// `env`; output goes to `out`, errors and usage to `err`. Returns the exit code.
pub fn run<I, T>(args: I, env: &settings::Env, out: &mut dyn Write, err: &mut dyn Write) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            let _ = write!(err, "{e}");
            return 2;
        }
        Err(e) => {
            let _ = write!(out, "{e}");
            return 0;
        }
    };
    let common = match common(env) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return e.exit_code();
        }
    };
    if let Command::Check = cli.command {
        let ok = crate::check::run(&common, out);
        let _ = out.flush();
        return if ok { 0 } else { 1 };
    }
    let result = execute(cli.command, &common, out);
    let _ = out.flush();
    match result {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            e.exit_code()
        }
    }
}
