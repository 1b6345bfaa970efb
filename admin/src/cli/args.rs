//! The `tsr-admin` command line's grammar: every command, subcommand and flag with its help
//! text (clap derive), and the parsers of key kinds and bodies. `super` runs what is parsed.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tsr-admin",
    version,
    about = "Operator commands of the trade-secret theft reporting channel: keys and the keyring, \
             accounts, audit log, retention, backup and restore, release checks"
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Key tooling: create and inspect keyrings, re-sign with enrolled reviewers' keys.
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
    /// Verify a release archive (ZIP) against the release key of the signed keyring:
    /// signature, then every file.
    VerifyRelease {
        /// The archive, e.g. 2026Q3-1a2b3c4d.zip.
        file: PathBuf,
        /// The key directory holding keyring.json and keyring.sig (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
    },
    /// The fixed tag list of a body, which its reviewers put on reports (reads DATABASE_URL).
    /// Tag names are visible to the server's operator: labels only, never case content.
    Tags {
        #[command(subcommand)]
        command: TagsCommand,
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
    /// Re-access to the reports sealed to a lost key through the body's recovery key: export
    /// (server host), reseal (offline host), import (server host). See keys/README.md.
    Recovery {
        #[command(subcommand)]
        command: RecoveryCommand,
    },
    /// The hash-chained audit log (reads DATABASE_URL).
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Reviewers' content-free digests (reads DATABASE_URL and SMTP_*).
    Notify {
        #[command(subcommand)]
        command: NotifyCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum NotifyCommand {
    /// Send the digests that are due (counts only); run daily by tsr-digest.timer. Exits
    /// non-zero when a delivery failed; that digest is sent again by the next run.
    SendDigests,
}

#[derive(Debug, Subcommand)]
pub(super) enum ReviewerCommand {
    /// Create a reviewer and print a one-time enrolment link (valid 72 hours).
    Add {
        /// EUIPO or EC3.
        #[arg(long, value_parser = parse_body)]
        body: storage::Body,
        /// Login name (unique).
        #[arg(long)]
        name: String,
    },
    /// Deactivate a reviewer: signed out, cannot sign in, and left out of the next keyring.
    Deactivate {
        /// Login name.
        #[arg(long)]
        name: String,
    },
    /// Whether the reviewer may sign in with an authenticator code, or only with a security key.
    SecondFactor {
        /// Login name.
        #[arg(long)]
        name: String,
        /// `allow` (security key or code) or `forbid` (security key only).
        #[arg(long, value_enum)]
        totp: Totp,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum RecoveryCommand {
    /// Server host: write the reports that have a slot for a lost key (envelopes and sealed
    /// data keys, no private material) to FILE. Audited.
    Export {
        /// The lost key's fingerprint (a reviewer's, or an old recovery key's).
        #[arg(long, value_name = "FINGERPRINT", required_unless_present = "reviewer")]
        key: Option<String>,
        /// ... or the reviewer whose current key it is.
        #[arg(long, value_name = "NAME", conflicts_with = "key")]
        reviewer: Option<String>,
        /// Where to write the request (tsr-recovery-request/1 JSON).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Offline host, no database: open each report's data key with the recovery key file and
    /// seal it to one key of the signed keyring (KEYS_PASSPHRASE or a prompt).
    Reseal {
        /// The file `recovery export` wrote.
        #[arg(long, value_name = "FILE")]
        request: PathBuf,
        /// The body's wrapped recovery key file.
        #[arg(long, value_name = "FILE")]
        recovery_key: PathBuf,
        /// The directory of the signed keyring that holds the new key (default: KEYS_DIR).
        #[arg(long)]
        keyring: Option<PathBuf>,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
        /// The fingerprint of the keyring key to grant to (new reviewer key, colleague's, or
        /// new recovery key).
        #[arg(long, value_name = "FINGERPRINT")]
        to: String,
        /// Where to write the grants (tsr-recovery-grants/1 JSON).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Server host: store the grants `recovery reseal` made, after checking the recipient is in
    /// the keyring pinned by its fingerprint. Audited per report.
    Import {
        /// The file `recovery reseal` wrote.
        #[arg(long, value_name = "FILE")]
        grants: PathBuf,
        /// The server's key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum MemberStateCommand {
    /// Create a member-state user and print a one-time enrolment link (valid 72 hours).
    Add {
        /// EU member state code (DK, DE, EL for Greece, ...).
        #[arg(long)]
        country: String,
        /// Login name (unique).
        #[arg(long)]
        name: String,
    },
    /// Whether the user may sign in with an authenticator code, or only with a security key.
    SecondFactor {
        /// Login name.
        #[arg(long)]
        name: String,
        /// `allow` (security key or code) or `forbid` (security key only).
        #[arg(long, value_enum)]
        totp: Totp,
    },
}

/// `--totp`: whether an authenticator code may be the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Totp {
    Allow,
    Forbid,
}

#[derive(Debug, Subcommand)]
pub(super) enum TagsCommand {
    /// Add a tag (1-32 letters, digits, '-' or '_') to the body's list. Audited.
    Add {
        /// EUIPO or EC3.
        #[arg(long, value_parser = parse_body)]
        body: storage::Body,
        name: String,
    },
    /// Remove a tag from the body's list and from every report that has it. Audited.
    Remove {
        /// EUIPO or EC3.
        #[arg(long, value_parser = parse_body)]
        body: storage::Body,
        name: String,
    },
    /// Print the body's tag list, one name a line.
    List {
        /// EUIPO or EC3.
        #[arg(long, value_parser = parse_body)]
        body: storage::Body,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum RetentionCommand {
    /// Delete closed reports (with their attachments, messages and statistics records) closed
    /// more than DAYS days ago; audit-logged with ids and counts. Releases are untouched.
    Run {
        #[arg(long, value_name = "DAYS",
              value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::retention::MAX_DAYS)))]
        older_than: u32,
    },
}

#[derive(Debug, Subcommand)]
pub(super) enum AuditCommand {
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

#[derive(Debug, Subcommand)]
pub(super) enum KeysCommand {
    /// Create a development keyring (EUIPO and EC3 reviewer and recovery keys, the anonymizer
    /// key, the keyring signing key). Refuses to overwrite an existing keyring.
    Init {
        /// The key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Print bodies, keys and fingerprints, and verify the keyring signature.
    Show {
        /// The key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Fail unless the keyring is signed by the key with this fingerprint.
        #[arg(long)]
        expect: Option<String>,
        /// Fail if the keyring's serial is lower than this (the highest you saw before).
        #[arg(long, value_name = "SERIAL")]
        min_serial: Option<u64>,
        /// Also fail if the serial is lower than the highest the web server recorded in
        /// DATABASE_URL for this signing key.
        #[arg(long)]
        db: bool,
    },
    /// Add the enrolled reviewers' public keys approved by fingerprint to their body's keyring
    /// entry (and remove those of deactivated reviewers), then re-sign with the keyring signing key (reads
    /// DATABASE_URL; KEYS_PASSPHRASE or a prompt). Restart the web server afterwards.
    SignKeyring {
        /// The key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Refuse unless the current keyring is signed by the key with this fingerprint.
        #[arg(long)]
        expect: Option<String>,
        /// Add the new reviewer key with this fingerprint (repeatable), once its reviewer has
        /// read it out to you through another channel. On a terminal, the others are asked
        /// for; unapproved keys are left out.
        #[arg(long, value_name = "FINGERPRINT")]
        approve: Vec<String>,
        /// Put this release signing key (base64 Ed25519 public key, as `anonymizer check`
        /// prints it on the anonymizer's host) into the keyring.
        #[arg(long, value_name = "BASE64")]
        release_key: Option<String>,
    },
    /// Make one key pair of one kind in DIR (on its own host): the private key wrapped with
    /// KEYS_PASSPHRASE or a prompted passphrase, the public half in <name>.pub.json to carry out.
    New {
        /// recovery, anonymizer, keyring-signing or correlation.
        #[arg(long, value_parser = parse_kind)]
        kind: crate::files::KeyKind,
        /// EUIPO or EC3 (recovery and correlation keys only).
        #[arg(long, value_parser = parse_body)]
        body: Option<storage::Body>,
        /// The key's label (default: euipo-recovery, ec3-recovery, anonymizer,
        /// keyring-signing, euipo-correlation, ec3-correlation).
        #[arg(long)]
        id: Option<String>,
        /// The key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Server host: write the enrolled, active reviewers' public keys with their fingerprints
    /// to FILE for the offline host (reads DATABASE_URL; no private material). Audited.
    ExportReviewers {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Offline host, no database: make a keyring from public key files and sign it with the
    /// keyring signing key file; new reviewer keys only when approved by fingerprint.
    Assemble {
        /// The wrapped keyring signing key file.
        #[arg(long, value_name = "FILE")]
        signing_key: PathBuf,
        /// The current signed keyring's directory (omit for the first keyring).
        #[arg(long, value_name = "DIR")]
        current: Option<PathBuf>,
        /// The file `keys export-reviewers` wrote.
        #[arg(long, value_name = "FILE")]
        reviewers: Option<PathBuf>,
        /// A body's recovery public key file (repeatable; replaces that body's).
        #[arg(long, value_name = "FILE")]
        recovery: Vec<PathBuf>,
        /// The anonymizer public key file (with its release key).
        #[arg(long, value_name = "FILE")]
        anonymizer: Option<PathBuf>,
        /// A body's correlation key id file (repeatable; sets or replaces that body's).
        #[arg(long, value_name = "FILE")]
        correlation: Vec<PathBuf>,
        /// Add the new reviewer key with this fingerprint (repeatable), once its reviewer has
        /// read it out to you through another channel.
        #[arg(long, value_name = "FINGERPRINT")]
        approve: Vec<String>,
        /// Where to write keyring.json and keyring.sig.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Server host: take the keyring signed offline (in DIR), checked against the pinned
    /// fingerprint and never with a serial lower than the current one (reads DATABASE_URL).
    Import {
        /// The directory holding the new keyring.json and keyring.sig.
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
        /// The server's key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
    },
    /// On the host holding a body's correlation key: seal it to every reviewer and the
    /// recovery key of its body in the signed keyring (refused unless the keyring names this
    /// key's id for the body). Run again after each keyring that adds reviewers.
    WrapCorrelation {
        /// The wrapped correlation key file (`<body>-correlation.key`).
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// The directory of the signed keyring (keyring.json, keyring.sig).
        #[arg(long, value_name = "DIR")]
        keyring: PathBuf,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
        /// The file of sealed copies to write (`tsr-correlation-keys/1`).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Server host: store the sealed copies of a body's correlation key (replacing that body's
    /// earlier ones), checked against the keyring in the key directory (reads DATABASE_URL).
    ImportCorrelation {
        /// The file `keys wrap-correlation` wrote.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// The server's key directory (default: KEYS_DIR).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The keyring signing key's fingerprint (default: KEYRING_FINGERPRINT).
        #[arg(long)]
        expect: Option<String>,
    },
}

fn parse_kind(s: &str) -> Result<crate::files::KeyKind, String> {
    use crate::files::KeyKind;
    match s {
        "recovery" => Ok(KeyKind::Recovery),
        "anonymizer" => Ok(KeyKind::Anonymizer),
        "keyring-signing" => Ok(KeyKind::KeyringSigning),
        "correlation" => Ok(KeyKind::Correlation),
        _ => Err("expected recovery, anonymizer, keyring-signing or correlation".into()),
    }
}

fn parse_body(s: &str) -> Result<storage::Body, String> {
    s.to_ascii_uppercase()
        .parse()
        .map_err(|_| "expected EUIPO or EC3".to_string())
}
