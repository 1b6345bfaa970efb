//! `server`: the web server and the operator's subcommands.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::{app::Application, config::Config, operator};

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "Confidential channel for reporting cyber theft of trade secrets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (reads DATABASE_URL, KEYS_DIR, BIND).
    Serve,
    /// Key tooling: create and inspect keyrings.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// Create a development keyring (EUIPO and EC3 reviewer and recovery keys, the anonymizer
    /// key, the keyring signing key). Refuses to overwrite an existing keyring.
    Init {
        #[arg(long, env = "KEYS_DIR")]
        dir: PathBuf,
    },
    /// Print bodies, keys and fingerprints, and verify the keyring signature.
    Show {
        #[arg(long, env = "KEYS_DIR")]
        dir: PathBuf,
        /// Fail unless the keyring is signed by the key with this fingerprint.
        #[arg(long)]
        expect: Option<String>,
    },
}

fn main() -> ExitCode {
    init_tracing();
    let cli = Cli::parse();
    let result: Result<(), String> = match cli.command {
        Command::Serve => serve(),
        Command::Keys { command } => {
            let mut out = std::io::stdout();
            match command {
                KeysCommand::Init { dir } => operator::keys::init(&dir, &mut out),
                KeysCommand::Show { dir, expect } => {
                    operator::keys::show(&dir, expect.as_deref(), &mut out)
                }
            }
            .map_err(|e| e.to_string())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    let config = Config::from_env();
    let system = actix_web::rt::System::new();
    system.block_on(async move {
        let app = Application::build(&config).map_err(|e| e.to_string())?;
        eprintln!(
            "listening on http://{}",
            display_addr(&config.bind, app.port())
        );
        app.run_until_stopped().await.map_err(|e| e.to_string())
    })
}

fn display_addr(bind: &str, port: u16) -> String {
    match bind.rsplit_once(':') {
        Some((host, _)) => format!("{host}:{port}"),
        None => format!("{bind}:{port}"),
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("LOG_FORMAT").is_ok_and(|v| v == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}
