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
    /// Set up a throw-away demo instance (keys, enrolled accounts with their credentials
    /// printed, synthetic reports, a release) on SQLite under --dir, then serve it (reads BIND).
    Demo {
        #[arg(long, default_value = "data/demo")]
        dir: PathBuf,
        /// Delete the existing demo instance in --dir and start clean.
        #[arg(long)]
        fresh: bool,
        /// How many synthetic reports to submit (a new instance only).
        #[arg(long, default_value_t = operator::demo::DEFAULT_REPORTS,
              value_parser = clap::value_parser!(u32).range(1..=100_000))]
        reports: u32,
    },
    /// Key tooling: create and inspect keyrings.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Reviewer accounts (reads DATABASE_URL; BASE_URL for the links it prints).
    Reviewer {
        #[command(subcommand)]
        command: ReviewerCommand,
    },
    /// Member-state authority users of the data portal (reads DATABASE_URL; BASE_URL for links).
    MemberState {
        #[command(subcommand)]
        command: MemberStateCommand,
    },
    /// Verify a release archive (ZIP) against its release key: signature, then every file.
    VerifyRelease {
        /// The archive, e.g. 2026Q3-1a2b3c4d.zip.
        file: PathBuf,
        /// The release key (base64 Ed25519 public key, as the portal shows it).
        #[arg(long, conflicts_with = "db")]
        key: Option<String>,
        /// Take the release key from the release in DATABASE_URL (the default).
        #[arg(long)]
        db: bool,
    },
    /// Retention of closed reports (reads DATABASE_URL).
    Retention {
        #[command(subcommand)]
        command: RetentionCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE (safe while serving; ciphertext
    /// only). PostgreSQL: use pg_dump (the error says how).
    Backup {
        #[arg(long)]
        to: PathBuf,
    },
    /// Restore a backup into DATABASE_URL, which must not exist or be empty. Stop the server.
    Restore {
        #[arg(long)]
        from: PathBuf,
    },
    /// The hash-chained audit log (reads DATABASE_URL).
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ReviewerCommand {
    /// Create a reviewer and print a one-time enrolment link (valid 72 hours).
    Add {
        /// EUIPO or EC3.
        #[arg(long, value_parser = parse_body)]
        body: storage::Body,
        /// Login name (unique).
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum MemberStateCommand {
    /// Create a member-state user and print a one-time enrolment link (valid 72 hours).
    Add {
        /// EU member state code (DK, DE, EL for Greece, ...).
        #[arg(long)]
        country: String,
        /// Login name (unique).
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum RetentionCommand {
    /// Delete closed reports (with their attachments, messages and statistics records) closed
    /// more than DAYS days ago; audit-logged with ids and counts. Releases are untouched.
    Run {
        #[arg(long, value_name = "DAYS",
              value_parser = clap::value_parser!(u32).range(1..=i64::from(operator::retention::MAX_DAYS)))]
        older_than: u32,
    },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the hash chain; name the first broken row.
    Verify,
    /// Print audit rows (ids and actions only), oldest first.
    List {
        /// Start after this sequence number.
        #[arg(long, default_value_t = 0)]
        after: i64,
        /// At most this many rows.
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
}

fn parse_body(s: &str) -> Result<storage::Body, String> {
    s.to_ascii_uppercase()
        .parse()
        .map_err(|_| "expected EUIPO or EC3".to_string())
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
    /// Add the enrolled reviewers' public keys to their body's keyring entry (and remove those
    /// of deactivated reviewers), then re-sign with the keyring signing key (reads
    /// DATABASE_URL; KEYS_PASSPHRASE or a prompt). Restart `server serve` afterwards.
    SignKeyring {
        #[arg(long, env = "KEYS_DIR")]
        dir: PathBuf,
        /// Refuse unless the current keyring is signed by the key with this fingerprint.
        #[arg(long)]
        expect: Option<String>,
    },
}

fn main() -> ExitCode {
    init_tracing();
    let cli = Cli::parse();
    let result: Result<(), String> = match cli.command {
        Command::Serve => serve(),
        Command::Demo {
            dir,
            fresh,
            reports,
        } => demo(operator::demo::DemoOptions {
            dir,
            fresh,
            reports: reports as usize,
        }),
        Command::Keys { command } => {
            let mut out = std::io::stdout();
            match command {
                KeysCommand::Show { dir, expect } => {
                    operator::keys::show(&dir, expect.as_deref(), &mut out)
                        .map_err(|e| e.to_string())
                }
                KeysCommand::Init { dir } => {
                    operator::keys::init(&dir, &mut out).map_err(|e| e.to_string())
                }
                KeysCommand::SignKeyring { dir, expect } => operator::keyring::sign_keyring(
                    &dir,
                    &storage::database_url_from_env(),
                    expect.as_deref(),
                    &mut out,
                )
                .map_err(|e| e.to_string()),
            }
        }
        Command::Reviewer {
            command: ReviewerCommand::Add { body, name },
        } => operator::reviewer::add(
            &storage::database_url_from_env(),
            body,
            &name,
            &mut std::io::stdout(),
        )
        .map_err(|e| e.to_string()),
        Command::MemberState {
            command: MemberStateCommand::Add { country, name },
        } => operator::member_state::add(
            &storage::database_url_from_env(),
            &country,
            &name,
            &mut std::io::stdout(),
        )
        .map_err(|e| e.to_string()),
        Command::VerifyRelease { file, key, db: _ } => {
            let source = match key {
                Some(k) => operator::verify::KeySource::Base64(k),
                None => operator::verify::KeySource::Database(storage::database_url_from_env()),
            };
            operator::verify::verify(&file, &source, &mut std::io::stdout())
                .map_err(|e| e.to_string())
        }
        Command::Retention {
            command: RetentionCommand::Run { older_than },
        } => operator::retention::run(
            &storage::database_url_from_env(),
            older_than,
            &mut std::io::stdout(),
        )
        .map_err(|e| e.to_string()),
        Command::Backup { to } => operator::backup::backup(
            &storage::database_url_from_env(),
            &to,
            &mut std::io::stdout(),
        )
        .map_err(|e| e.to_string()),
        Command::Restore { from } => operator::backup::restore(
            &storage::database_url_from_env(),
            &from,
            &mut std::io::stdout(),
        )
        .map_err(|e| e.to_string()),
        Command::Audit {
            command: AuditCommand::Verify,
        } => operator::audit::verify(&storage::database_url_from_env(), &mut std::io::stdout()),
        Command::Audit {
            command: AuditCommand::List { after, limit },
        } => operator::audit::list(
            &storage::database_url_from_env(),
            after,
            limit,
            &mut std::io::stdout(),
        ),
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

fn demo(opts: operator::demo::DemoOptions) -> Result<(), String> {
    // The demo's key files are wrapped under a random passphrase unless one is given; it is
    // printed with the credentials. Set before any thread starts.
    if std::env::var_os("KEYS_PASSPHRASE").is_none() {
        let mut raw = zeroize::Zeroizing::new([0u8; 12]);
        envelope::fill_random(&mut *raw);
        std::env::set_var("KEYS_PASSPHRASE", envelope::hex(&*raw));
    }
    let mut out = std::io::stdout();
    let prepared = operator::demo::prepare(&opts, &mut out).map_err(|e| e.to_string())?;
    println!("\n{}", prepared.credentials.as_str());
    let mut config = Config::from_env();
    config.database_url = prepared.database_url.clone();
    config.keys_dir = prepared.keys_dir.clone();
    let system = actix_web::rt::System::new();
    system.block_on(async move {
        let app = Application::build(&config).map_err(|e| e.to_string())?;
        let base = format!("http://{}", display_addr(&config.bind, app.port()));
        println!("Report (reporting companies):  {base}/report");
        println!("Console (EUIPO and EC3):        {base}/console/");
        println!("Portal (member-state users):    {base}/portal/");
        println!(
            "Stop with Ctrl-C; the instance stays in {}.",
            opts.dir.display()
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
