//! The `tsr-admin` command line: parsing, configuration from an environment snapshot, and the
//! dispatch to each command. A library function, so that tests run the very same command line
//! in-process (`run`) and the binary's `main` stays three lines.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::Parser;

use crate::accounts::NewAccount;
use crate::config::Config;

mod args;
use args::*;

/// Parses `args` (the first is the program name), reads the configuration from `env` and runs
/// the command, writing its output to `out`. `--help` and `--version` print to `out`; a
/// usage error or a failed command is `Err` with the message to print.
pub fn run<I, T>(args: I, env: &settings::Env, out: &mut dyn Write) -> Result<(), String>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            return write!(out, "{e}").map_err(|e| e.to_string());
        }
        Err(e) => {
            return Err(e
                .to_string()
                .trim_start_matches("error: ")
                .trim_end()
                .to_string())
        }
    };
    let config = Config::from_env(env).map_err(|e| e.to_string())?;
    execute(cli.command, &config, out)
}

fn execute(command: Command, config: &Config, out: &mut dyn Write) -> Result<(), String> {
    let db = config.database_url();
    let keys_dir = |dir: Option<PathBuf>| dir.unwrap_or_else(|| config.common.keys_dir.clone());
    let pass = config.common.passphrase();
    let pinned =
        |expect: Option<String>| expect.or_else(|| config.common.keyring_fingerprint.clone());
    match command {
        Command::Keys { command } => match command {
            KeysCommand::Show {
                dir,
                expect,
                min_serial,
                db: use_db,
            } => {
                let floor = crate::keys::SerialFloor {
                    given: min_serial,
                    database_url: use_db.then_some(db),
                };
                crate::keys::show(&keys_dir(dir), expect.as_deref(), &floor, out)
                    .map_err(|e| e.to_string())
            }
            KeysCommand::Init { dir } => {
                crate::keys::init(&keys_dir(dir), pass, out).map_err(|e| e.to_string())
            }
            KeysCommand::SignKeyring {
                dir,
                expect,
                approve,
                release_key,
            } => {
                use std::io::IsTerminal;
                let approvals = crate::keyring::Approvals {
                    fingerprints: approve,
                    interactive: std::io::stdin().is_terminal(),
                    release_key,
                };
                crate::keyring::sign_keyring(
                    &keys_dir(dir),
                    db,
                    pass,
                    expect.as_deref(),
                    &approvals,
                    out,
                )
                .map_err(|e| e.to_string())
            }
            KeysCommand::New {
                kind,
                body,
                id,
                dir,
            } => crate::ceremony::new_key(&keys_dir(dir), kind, body, id.as_deref(), pass, out)
                .map_err(|e| e.to_string()),
            KeysCommand::ExportReviewers { out: to } => {
                crate::ceremony::export_reviewers(db, &to, out).map_err(|e| e.to_string())
            }
            KeysCommand::Assemble {
                signing_key,
                current,
                reviewers,
                recovery,
                anonymizer,
                correlation,
                approve,
                out: out_dir,
            } => {
                let a = crate::assemble::Assemble {
                    out_dir,
                    signing_key,
                    current,
                    reviewers,
                    recovery,
                    anonymizer,
                    correlation,
                    approve,
                };
                crate::assemble::assemble(&a, pass, out).map_err(|e| e.to_string())
            }
            KeysCommand::WrapCorrelation {
                key,
                keyring,
                expect,
                out: to,
            } => {
                let w = crate::correlation::Wrap {
                    key,
                    keyring,
                    expect: pinned(expect),
                    out: to,
                };
                crate::correlation::wrap(&w, pass, out).map_err(|e| e.to_string())
            }
            KeysCommand::ImportCorrelation { from, dir, expect } => crate::correlation::import(
                db,
                &from,
                &keys_dir(dir),
                pinned(expect).as_deref(),
                out,
            )
            .map_err(|e| e.to_string()),
            KeysCommand::Import { from, dir, expect } => {
                crate::ceremony::import(&from, &keys_dir(dir), pinned(expect).as_deref(), db, out)
                    .map_err(|e| e.to_string())
            }
        },
        Command::Recovery { command } => match command {
            RecoveryCommand::Export {
                key,
                reviewer,
                out: to,
            } => crate::recovery::export(db, key.as_deref(), reviewer.as_deref(), &to, out)
                .map_err(|e| e.to_string()),
            RecoveryCommand::Reseal {
                request,
                recovery_key,
                keyring,
                expect,
                to,
                out: grants,
            } => crate::recovery::reseal(
                &crate::recovery::Reseal {
                    request,
                    recovery_key,
                    keyring_dir: keys_dir(keyring),
                    expect: pinned(expect),
                    to,
                    grants_out: grants,
                },
                pass,
                out,
            )
            .map_err(|e| e.to_string()),
            RecoveryCommand::Import {
                grants,
                dir,
                expect,
            } => {
                crate::recovery::import(db, &keys_dir(dir), pinned(expect).as_deref(), &grants, out)
                    .map_err(|e| e.to_string())
            }
        },
        Command::Reviewer {
            command: ReviewerCommand::Deactivate { name },
        } => crate::accounts::deactivate_reviewer(db, &name, out).map_err(|e| e.to_string()),
        Command::Reviewer {
            command: ReviewerCommand::SecondFactor { name, totp },
        } => crate::second_factor::set(
            db,
            storage::PrincipalKind::Reviewer,
            &name,
            totp == Totp::Allow,
            out,
        )
        .map_err(|e| e.to_string()),
        Command::MemberState {
            command: MemberStateCommand::SecondFactor { name, totp },
        } => crate::second_factor::set(
            db,
            storage::PrincipalKind::MemberState,
            &name,
            totp == Totp::Allow,
            out,
        )
        .map_err(|e| e.to_string()),
        Command::Reviewer {
            command: ReviewerCommand::Add { body, name },
        } => crate::accounts::add(
            db,
            &config.base_url,
            NewAccount::Reviewer { body },
            &name,
            out,
        )
        .map_err(|e| e.to_string()),
        Command::MemberState {
            command: MemberStateCommand::Add { country, name },
        } => crate::accounts::add(
            db,
            &config.base_url,
            NewAccount::MemberState { country: &country },
            &name,
            out,
        )
        .map_err(|e| e.to_string()),
        Command::VerifyRelease { file, dir, expect } => {
            crate::verify::verify(&file, &keys_dir(dir), pinned(expect).as_deref(), out)
                .map_err(|e| e.to_string())
        }
        Command::Tags { command } => match command {
            TagsCommand::Add { body, name } => {
                crate::tags::change(db, crate::tags::Action::Add, body, &name, out)
            }
            TagsCommand::Remove { body, name } => {
                crate::tags::change(db, crate::tags::Action::Remove, body, &name, out)
            }
            TagsCommand::List { body } => crate::tags::list(db, body, out),
        }
        .map_err(|e| e.to_string()),
        Command::Retention {
            command: RetentionCommand::Run { older_than },
        } => crate::retention::run(db, older_than, out).map_err(|e| e.to_string()),
        Command::Backup { to } => crate::backup::backup(db, &to, out).map_err(|e| e.to_string()),
        Command::Restore { from } => {
            crate::backup::restore(db, &from, out).map_err(|e| e.to_string())
        }
        Command::Notify {
            command: NotifyCommand::SendDigests,
        } => crate::notify::send_digests(db, config.smtp.as_ref(), &storage::Day::today(), out)
            .map(drop)
            .map_err(|e| e.to_string()),
        Command::Audit {
            command: AuditCommand::Verify,
        } => crate::audit::verify(db, out),
        Command::Audit {
            command: AuditCommand::List { after, limit },
        } => crate::audit::list(db, after, limit, out),
    }
}
