//! Logs: `tracing` to stderr, text or JSON (`LOG_FORMAT`), filtered by `LOG`. Set up once by a
//! binary; a library (and the in-process test app) never installs a subscriber.

use crate::config::LogConfig;

/// Installs the global subscriber. An invalid `LOG` filter is a start-up error.
pub fn init(log: &LogConfig) -> Result<(), String> {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(&log.filter)
        .map_err(|e| format!("LOG={:?} is not accepted: expected a tracing filter such as info or server=debug,warn ({e})", log.filter))?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let result = if log.json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
    result.map_err(|e| format!("cannot set up logging: {e}"))
}
