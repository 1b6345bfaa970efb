//! `server`: the web server (`server serve`) and nothing else. It holds public keys only; the
//! operator's commands are `tsr-admin`, the throw-away instance is `demo`.
//!
//! The configuration is read once, before anything starts; an invalid value exits non-zero
//! with a message naming the variable.
//!
//! Every heap block is zeroed when it is freed (and when `realloc` moves it: the default
//! `realloc` allocates, copies and frees the old block): the buffers that hold a report's
//! plaintext on its way in are mostly not ours (actix-http's read buffer, actix-multipart's,
//! serde's temporaries), and without this their bytes stay in freed memory until reused. The
//! end-to-end test `intake_wipe` reads the process's memory after a submission to check it.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::{app::Application, config::Config};

#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> =
    zeroizing_alloc::ZeroAlloc(std::alloc::System);

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "Confidential channel for reporting cyber theft of trade secrets: the web server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (reads DATABASE_URL, KEYS_DIR, BIND and the rest of the README's
    /// configuration table).
    Serve,
}

fn main() -> ExitCode {
    let Cli {
        command: Command::Serve,
    } = Cli::parse();
    let config = match Config::from_env(&settings::Env::from_process()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = server::telemetry::init(&config.log) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    match serve(&config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn serve(config: &Config) -> Result<(), String> {
    let system = actix_web::rt::System::new();
    system.block_on(async move {
        let app = Application::build(config).map_err(|e| e.to_string())?;
        eprintln!("listening on http://{}", app.address());
        app.run_until_stopped().await.map_err(|e| e.to_string())
    })
}
