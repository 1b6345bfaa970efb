//! `demo`: sets up (or reuses) a throw-away instance and serves it with the real web server,
//! printing the credentials and the three URLs in one block once the server is up (see
//! `demo::cli::banner`).
//!
//! Reads the web server's configuration (BIND and the rest) once at start; the instance's own
//! database and key directory replace DATABASE_URL and KEYS_DIR. The key files are wrapped
//! under KEYS_PASSPHRASE when given, else under a random passphrase printed with the
//! credentials.

use std::io::Write;
use std::process::ExitCode;

use server::app::Application;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let env = settings::Env::from_process();
    let mut out = std::io::stdout();
    let Some(ready) = demo::cli::prepare(std::env::args_os(), &env, &mut out)? else {
        return Ok(());
    };
    server::telemetry::init(&ready.config.log)?;
    let system = actix_web::rt::System::new();
    system.block_on(async move {
        let app = Application::build(&ready.config).map_err(|e| e.to_string())?;
        let base = format!("http://{}", app.address());
        // One write, after the server has logged its start: credentials and URLs together.
        let banner = demo::cli::banner(&ready, &base);
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(banner.as_bytes());
        let _ = out.flush();
        drop(out);
        app.run_until_stopped().await.map_err(|e| e.to_string())
    })
}
