//! `tsr-admin`: the operator's commands (see `admin::cli`). Configuration is read once at
//! start; errors are printed as `error: ...` with a non-zero exit.

use std::process::ExitCode;

fn main() -> ExitCode {
    init_tracing();
    let mut out = std::io::stdout();
    match admin::cli::run(
        std::env::args_os(),
        &settings::Env::from_process(),
        &mut out,
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Logs to stderr; `LOG` filters (default `warn`: the commands print what matters).
fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
