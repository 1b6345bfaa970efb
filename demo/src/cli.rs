//! The `demo` command line: parse, read the web server's configuration once, prepare (or
//! reuse) the instance and print its credentials. A library function so that tests run the
//! same steps in-process; `main` then serves with the real web server.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use server::config::Config;
use zeroize::Zeroizing;

use crate::instance::{self, DemoOptions};

#[derive(Debug, Parser)]
#[command(
    name = "demo",
    version,
    about = "A throw-away instance of the reporting channel: development keys, enrolled accounts \
             (credentials printed), synthetic reports and a release per quarter, served by the real server"
)]
struct Cli {
    /// Where the instance lives (SQLite database, keys, credentials).
    #[arg(long, default_value = "data/demo")]
    dir: PathBuf,
    /// Delete the existing demo instance in --dir and start clean.
    #[arg(long)]
    fresh: bool,
    /// How many synthetic reports to submit (a new instance only).
    #[arg(long, default_value_t = crate::data::DEFAULT_REPORTS as u32,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    reports: u32,
}

/// What [`prepare`] hands to `main`: the server's configuration for the instance, where the
/// instance lives, and the credentials to print with the URLs once the server is up.
#[derive(Debug)]
pub struct Ready {
    pub config: Config,
    pub dir: PathBuf,
    /// The accounts' credentials and the keyring fingerprint, printed by [`banner`].
    pub credentials: Zeroizing<String>,
}

/// Parses `args`, reads the configuration from `env`, prepares the instance and prints its
/// progress to `out`. The credentials are not printed here but kept in [`Ready`], for
/// [`banner`] to print in one block with the URLs once the server has started (and has logged
/// its start). `--help`/`--version` are `Ok(None)`.
pub fn prepare<I, T>(
    args: I,
    env: &settings::Env,
    out: &mut dyn Write,
) -> Result<Option<Ready>, String>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            write!(out, "{e}").map_err(|e| e.to_string())?;
            return Ok(None);
        }
        Err(e) => {
            return Err(e
                .to_string()
                .trim_start_matches("error: ")
                .trim_end()
                .to_string())
        }
    };
    // The demo makes its keyring below and pins that keyring's signer itself (unless
    // KEYRING_FINGERPRINT is given: then the server refuses any other signer, as always).
    let mut config = Config::from_env_unpinned(env).map_err(|e| e.to_string())?;
    let passphrase = match env.secret("KEYS_PASSPHRASE").map_err(|e| e.to_string())? {
        Some(p) => p,
        None => {
            let mut raw = Zeroizing::new([0u8; 12]);
            envelope::fill_random(&mut *raw);
            Zeroizing::new(envelope::hex(&*raw))
        }
    };
    let opts = DemoOptions {
        dir: cli.dir,
        fresh: cli.fresh,
        reports: cli.reports as usize,
        passphrase,
    };
    let prepared = instance::prepare(&opts, out).map_err(|e| e.to_string())?;
    let mut credentials = Zeroizing::new(format!("{}\n", prepared.credentials.as_str()));
    config.database_url = Zeroizing::new(prepared.database_url.clone());
    config.keys_dir = prepared.keys_dir.clone();
    if config.keyring_fingerprint.is_none() {
        let (_, signed) =
            keystore::load_keyring(&prepared.keys_dir, None).map_err(|e| e.to_string())?;
        let fingerprint = signed.signer.fingerprint();
        credentials.push_str(&format!(
            "KEYRING_FINGERPRINT={fingerprint} (this instance's keyring)\n"
        ));
        config.keyring_fingerprint = Some(fingerprint);
    }
    Ok(Some(Ready {
        config,
        dir: opts.dir,
        credentials,
    }))
}

/// Everything a user of the demo needs, in one block: the credentials, the fingerprint and
/// the URLs of a server at `base`. `main` writes it with a single call once the server is
/// built, so that no log line lands in the middle.
pub fn banner(ready: &Ready, base: &str) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "\n{}\n{}Stop with Ctrl-C; the instance stays in {}.\n",
        ready.credentials.as_str(),
        urls(base),
        ready.dir.display()
    ))
}

/// The lines that tell each kind of user where to go, for a server at `base`.
pub fn urls(base: &str) -> String {
    format!(
        "Report (reporting companies):  {base}/report\n\
         Console (EUIPO and EC3):        {base}/console/\n\
         Portal (member-state users):    {base}/portal/\n"
    )
}
