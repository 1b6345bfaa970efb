//! `anonymizer`: the differentially private release job. See the crate documentation.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anonymizer::plan::{self, Caps, Params};
use anonymizer::progress::Progress;
use anonymizer::release::Outcome;
use anonymizer::synth::{last_four_quarters, SynthOptions};
use anonymizer::{output, AnonError, Result};
use clap::{Args, Parser, Subcommand};
use domain::Quarter;

#[derive(Debug, Parser)]
#[command(
    name = "anonymizer",
    version,
    about = "Differentially private EU statistics from sealed records",
    long_about = "Differentially private EU statistics from sealed records.\n\nReads DATABASE_URL, KEYS_DIR and KEYS_PASSPHRASE (prompted for when absent). Exit codes: 0 done, 1 failure, 2 configuration or key problem, 3 release refused by the privacy ledger."
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
        #[command(flatten)]
        budget: Budget,
        /// Also write the release as CSV files and methodology.json under DIR/<release id>/.
        #[arg(long)]
        out: Option<PathBuf>,
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
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Check configuration, keyring, anonymizer key and database (reads DATABASE_URL, KEYS_DIR,
    /// KEYS_PASSPHRASE); exits non-zero if anything is wrong.
    Check,
}

fn init_logs() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::io::stderr().is_terminal() {
        builder.init();
    } else {
        builder.json().init();
    }
}

fn period(text: &str) -> Result<Quarter> {
    text.parse()
        .map_err(|_| AnonError::Config(format!("--period must look like 2026Q3, got `{text}`")))
}

fn database() -> Result<storage::Database> {
    let db = storage::Database::connect(&storage::database_url_from_env())?;
    let pending = db.pending_migrations()?;
    if !pending.is_empty() {
        return Err(AnonError::Config(format!(
            "the database schema is not current ({} migration(s) pending); start `server serve` once to apply them",
            pending.len()
        )));
    }
    Ok(db)
}

fn run(command: Command, out: &mut dyn Write) -> Result<()> {
    let keys_dir = keystore::keys_dir_from_env();
    match command {
        Command::Check => unreachable!("handled in main"),
        Command::Release {
            period: p,
            epsilon,
            k,
            loss_bound,
            jobs_bound,
            budget,
            out: dir,
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
            let caps = Caps {
                quarter: budget.quarter_cap,
                year: budget.year_cap,
            };
            let db = database()?;
            let key = anonymizer::anonymizer_key(&keys_dir)?;
            let outcome =
                anonymizer::release::run(&db, &key, &params, caps, &Progress::new(quiet))?;
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
            let db = database()?;
            anonymizer::ledger::print(
                &db,
                Caps {
                    quarter: budget.quarter_cap,
                    year: budget.year_cap,
                },
                out,
            )
        }
        Command::Synth {
            reports,
            seed,
            period: p,
            with_organisation,
            append,
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
            let (keyring, _) = keystore::load_keyring(
                &keys_dir,
                std::env::var("KEYRING_FINGERPRINT").ok().as_deref(),
            )
            .map_err(|e| AnonError::Key(e.to_string()))?;
            let db = database()?;
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
            let n = anonymizer::synth::run(&db, &keyring, &opts, &Progress::new(quiet))?;
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout();
    if let Command::Check = cli.command {
        let ok = anonymizer::check::run(&mut out);
        let _ = out.flush();
        return if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    init_logs();
    match run(cli.command, &mut out) {
        Ok(()) => {
            let _ = out.flush();
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
