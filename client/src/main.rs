//! `tsr-report`: report a theft of trade secrets to EUIPO and/or EC3 from the command line.
//! The report, its attachments and its statistics record are sealed on this computer to the
//! keys of a keyring verified against a fingerprint pinned once, so nothing depends on code
//! the server sends; the follow-up derives its keys from the receipt, which is never sent.
//!
//! Commands: `init` (a commented report template), `submit`, `messages`, `reply` (with
//! `--attach`), `status` (with the Directive's deadlines). Every command takes `--json`, and
//! `--progress` / `--no-progress` for attachments' bars. Exit codes: 0 success, 1 other error,
//! 2 usage or configuration, 3 report file or attachment refused (field by field), 4 keyring
//! refused, 5 refused by the server, 6 receipt not found or receipt file not opened, 7 network.

mod attach;
mod config;
mod error;
mod followup;
mod net;
mod progress;
mod receipt_file;
mod report_file;
mod submit;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use serde_json::{json, Value};

use config::{Config, ConfigDir};
use error::{CliError, Result};

#[derive(Parser)]
#[command(
    name = "tsr-report",
    version,
    about = "Report a theft of trade secrets, sealed locally, and follow it up."
)]
struct Cli {
    /// Print one JSON object on standard output (errors too), nothing else.
    #[arg(long, global = true)]
    json: bool,
    /// The configuration directory (default: $TSR_REPORT_CONFIG_DIR, $XDG_CONFIG_HOME/tsr-report or ~/.config/tsr-report).
    #[arg(long, global = true, value_name = "DIR")]
    config_dir: Option<PathBuf>,
    /// Show progress bars for attachments even without a terminal or with --json (one line per
    /// update on standard error when it is not a terminal), and for small files too.
    #[arg(long, global = true, conflicts_with = "no_progress")]
    progress: bool,
    /// Never show progress bars (default: shown on a terminal, unless --json).
    #[arg(long, global = true)]
    no_progress: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Connection {
    /// The channel's address (https://..., or http:// to a loopback host); remembered.
    #[arg(long, env = "TSR_REPORT_SERVER", value_name = "URL")]
    server: Option<String>,
    /// The keyring signer's fingerprint (XXXX-XXXX-XXXX-XXXX), as published by the channel; pinned once.
    #[arg(long, value_name = "FINGERPRINT")]
    pin: Option<String>,
    /// A proxy for every request, e.g. socks5h://127.0.0.1:9050 (Tor); remembered.
    #[arg(long, env = "TSR_REPORT_PROXY", value_name = "URL")]
    proxy: Option<String>,
    /// The language of the server's messages (default: the report's, else en).
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
}

#[derive(Args)]
struct ReceiptSource {
    /// A receipt file saved with `submit --save-receipt` (passphrase: $TSR_REPORT_PASSPHRASE or asked).
    /// Without it the receipt is read from $TSR_REPORT_RECEIPT or asked (never an argument: it would show in the process list).
    #[arg(long, value_name = "FILE")]
    receipt_file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Write a commented report template (TOML) to FILE, or to standard output with `-`.
    Init {
        #[arg(default_value = "report.toml")]
        file: PathBuf,
    },
    /// Seal and send a report file with its attachments; prints the receipt once.
    Submit {
        #[command(flatten)]
        conn: Connection,
        /// The report (TOML, or JSON with a .json extension).
        report: PathBuf,
        /// A file to attach (repeatable).
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
        /// Also store the receipt in FILE, wrapped by a passphrase (Argon2id + secretbox).
        #[arg(long, value_name = "FILE")]
        save_receipt: Option<PathBuf>,
    },
    /// Show the conversation, decrypted here.
    Messages {
        #[command(flatten)]
        conn: Connection,
        #[command(flatten)]
        receipt: ReceiptSource,
    },
    /// Seal and send a reply (text from --text, --file, or standard input).
    Reply {
        #[command(flatten)]
        conn: Connection,
        #[command(flatten)]
        receipt: ReceiptSource,
        #[arg(long, conflicts_with = "file")]
        text: Option<String>,
        /// Read the reply from FILE (`-`: standard input).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// A file to attach (repeatable); sealed here and streamed.
        #[arg(long = "attach", value_name = "FILE")]
        attach: Vec<PathBuf>,
    },
    /// Show the report's status.
    Status {
        #[command(flatten)]
        conn: Connection,
        #[command(flatten)]
        receipt: ReceiptSource,
    },
}

/// The server, pin and proxy to use: given ones first, then the configuration's; the pin and
/// the server are remembered on first use, and a pin that differs from the remembered one is
/// refused (changing it is a deliberate edit of the configuration file).
struct Resolved {
    api: net::Api,
    pin: String,
    dir: ConfigDir,
}

fn resolve(conn: &Connection, dir: ConfigDir, lang: &str) -> Result<Resolved> {
    let mut config: Config = dir.load()?;
    let before = config.clone();
    let server = conn
        .server
        .clone()
        .or_else(|| config.server.clone())
        .ok_or_else(|| CliError::Usage("no server: give --server URL once".into()))?;
    let url = net::server_url(&server)?;
    let pin = match (&conn.pin, &config.pin) {
        (Some(given), Some(kept)) => {
            let given = envelope::keyring::normalize_fingerprint(given).ok_or_else(|| {
                CliError::Usage(format!(
                    "--pin {given:?} is not a fingerprint (XXXX-XXXX-XXXX-XXXX)"
                ))
            })?;
            if given != *kept {
                return Err(CliError::Keyring(format!(
                    "--pin {given} differs from the fingerprint pinned before, {kept}: refusing. \
                     If the channel really changed its keyring signing key, check the new \
                     fingerprint out of band and edit `pin` in {}",
                    dir.dir.join(config::CONFIG_FILE).display()
                )));
            }
            given
        }
        (Some(given), None) => {
            envelope::keyring::normalize_fingerprint(given).ok_or_else(|| {
                CliError::Usage(format!(
                    "--pin {given:?} is not a fingerprint (XXXX-XXXX-XXXX-XXXX)"
                ))
            })?
        }
        (None, Some(kept)) => kept.clone(),
        (None, None) => {
            return Err(CliError::Usage(
                "no pinned keyring fingerprint: give --pin XXXX-XXXX-XXXX-XXXX once, as the \
                 channel publishes it (not as a page of the server shows it)"
                    .into(),
            ))
        }
    };
    config.pin = Some(pin.clone());
    config.server.get_or_insert(server);
    if let Some(p) = &conn.proxy {
        config.proxy = Some(p.clone());
    }
    if config != before {
        dir.save(&config)?;
    }
    let api = net::Api::new(url, config.proxy.as_deref(), lang)?;
    Ok(Resolved { api, pin, dir })
}

fn lang_of(conn: &Connection, fallback: &str) -> String {
    conn.lang.clone().unwrap_or_else(|| fallback.to_string())
}

fn read_receipt(source: &ReceiptSource) -> Result<envelope::Receipt> {
    if let Some(path) = &source.receipt_file {
        return receipt_file::load(path);
    }
    let text = zeroize::Zeroizing::new(match std::env::var("TSR_REPORT_RECEIPT") {
        Ok(v) if !v.is_empty() => v,
        _ => rpassword_prompt("Receipt: ")?,
    });
    envelope::Receipt::parse(&text).map_err(|_| {
        CliError::Receipt("that is not a receipt (24 symbols, e.g. ABCD-EFGH-...)".into())
    })
}

fn rpassword_prompt(prompt: &str) -> Result<String> {
    keystore::passphrase(None, prompt, false)
        .map(|z| z.to_string())
        .map_err(|e| CliError::Usage(format!("cannot ask for it: {e}")))
}

fn follow_up(
    conn: &Connection,
    dir: ConfigDir,
    receipt: &ReceiptSource,
) -> Result<(
    Resolved,
    followup::Reporter,
    followup::Conversation,
    envelope::Keyring,
)> {
    let receipt = read_receipt(receipt)?;
    let me = followup::Reporter::from_receipt(&receipt)?;
    drop(receipt);
    let r = resolve(conn, dir, &lang_of(conn, "en"))?;
    let keyring = r.api.verified_keyring(&r.pin, &r.dir)?;
    let conv = followup::conversation(&r.api, &me)?;
    Ok((r, me, conv, keyring))
}

/// Runs a command; returns its JSON result and its human text.
fn run(cli: Cli) -> Result<(Value, String)> {
    let dir = || ConfigDir::locate(cli.config_dir.clone());
    let forced = match (cli.progress, cli.no_progress) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let bars = progress::Bars::choose(forced, cli.json, std::io::stderr().is_terminal());
    let forced = cli.progress;
    match &cli.command {
        Command::Init { file } => {
            let text = report_file::template();
            if file.as_os_str() == std::ffi::OsStr::new("-") {
                return Ok((json!({ "template": text }), text));
            }
            config::write_atomically(file, text.as_bytes(), true).map_err(|e| match e {
                CliError::Other(m) => CliError::Usage(m),
                e => e,
            })?;
            Ok((
                json!({ "written": file.display().to_string() }),
                format!(
                    "Wrote {}: fill it in, then `tsr-report submit {}`.\n",
                    file.display(),
                    file.display()
                ),
            ))
        }
        Command::Submit {
            conn,
            report,
            attach,
            save_receipt,
        } => {
            let raw = report_file::read(report)?;
            // Asked before sending, so a typo cannot lose the receipt after the report is in.
            let saving = match save_receipt {
                Some(p) => Some(receipt_file::prepare(p)?),
                None => None,
            };
            let r = resolve(conn, dir()?, &lang_of(conn, &raw.language))?;
            let done = submit::submit(
                &r.api,
                raw,
                attach,
                || r.api.verified_keyring(&r.pin, &r.dir),
                bars,
                forced,
            )?;
            let mut out = done.to_json();
            let mut human = format!(
                "Report sent to {}.\n\nYour receipt (shown once; keep it safe, it is the only way to follow up):\n\n    {}\n\n",
                done.recipients.join(" and "),
                done.receipt.display().as_str()
            );
            if let Some(s) = saving {
                let label = format!("tsr-report receipt {}", done.id);
                match receipt_file::save(s, &done.receipt, &label) {
                    Ok(path) => {
                        out["receipt_file"] = json!(path.display().to_string());
                        human.push_str(&format!(
                            "Receipt stored, wrapped by your passphrase, in {}.\n",
                            path.display()
                        ));
                    }
                    Err(e) => {
                        out["receipt_file_error"] = json!(e.to_string());
                        human.push_str(&format!(
                            "The receipt could NOT be stored ({e}): write it down now.\n"
                        ));
                    }
                }
            }
            Ok((out, human))
        }
        Command::Messages { conn, receipt } => {
            let (_, me, conv, keyring) = follow_up(conn, dir()?, receipt)?;
            let shown = followup::show(&conv, &keyring, &me.keys);
            Ok((
                followup::messages_json(&conv, &shown),
                followup::messages_human(&shown),
            ))
        }
        Command::Reply {
            conn,
            receipt,
            text,
            file,
            attach,
        } => {
            let raw = zeroize::Zeroizing::new(match (text, file) {
                (Some(t), _) => t.clone(),
                (None, Some(p)) if p.as_os_str() != std::ffi::OsStr::new("-") => {
                    std::fs::read_to_string(p)
                        .map_err(|e| CliError::Usage(format!("{}: {e}", p.display())))?
                }
                _ => {
                    let mut s = String::new();
                    std::io::stdin()
                        .read_to_string(&mut s)
                        .map_err(|e| CliError::Usage(format!("standard input: {e}")))?;
                    s
                }
            });
            let text = followup::reply_text(&raw, !attach.is_empty())?;
            let (r, me, conv, keyring) = follow_up(conn, dir()?, receipt)?;
            let files = followup::Files {
                paths: attach,
                bars,
                forced,
            };
            let (id, sent) = followup::reply(&r.api, &me, &conv, &keyring, &text, files)?;
            let human = match sent.len() {
                0 => "Reply sent.\n".to_string(),
                n => format!("Reply sent with {n} attachment(s).\n"),
            };
            Ok((
                json!({
                    "sent": true,
                    "message_id": id,
                    "report_id": conv.report_id,
                    "attachments": sent.iter().map(|(n, s)| json!({"name": n, "size": s})).collect::<Vec<_>>(),
                }),
                human,
            ))
        }
        Command::Status { conn, receipt } => {
            let (_, _, conv, _) = follow_up(conn, dir()?, receipt)?;
            Ok((followup::status_json(&conv), followup::status_human(&conv)))
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let json = cli.json;
    let result = run(cli);
    let mut stdout = std::io::stdout().lock();
    match result {
        Ok((value, human)) => {
            let _ = if json {
                writeln!(stdout, "{value}")
            } else {
                write!(stdout, "{human}")
            };
            ExitCode::SUCCESS
        }
        Err(e) => {
            if json {
                let _ = writeln!(stdout, "{}", e.to_json());
            } else {
                let _ = write!(std::io::stderr(), "{}", e.human());
            }
            ExitCode::from(e.exit_code())
        }
    }
}
