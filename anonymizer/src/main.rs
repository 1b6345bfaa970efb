//! `anonymizer`: the differentially private release job.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod check;

#[derive(Debug, Parser)]
#[command(
    name = "anonymizer",
    version,
    about = "Differentially private EU statistics from sealed records"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check configuration, keyring, anonymizer key and database (reads DATABASE_URL, KEYS_DIR,
    /// KEYS_PASSPHRASE); exits non-zero if anything is wrong.
    Check,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check => {
            let mut out = std::io::stdout();
            let ok = check::run(&mut out);
            let _ = out.flush();
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}
