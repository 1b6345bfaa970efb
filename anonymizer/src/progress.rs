//! Progress on long steps: a bar on a terminal, structured log lines otherwise.

use std::io::IsTerminal;

pub struct Progress {
    terminal: bool,
}

pub struct Bar {
    bar: Option<indicatif::ProgressBar>,
    what: &'static str,
}

impl Progress {
    /// Bars only when stderr is a terminal and `quiet` is off.
    pub fn new(quiet: bool) -> Progress {
        Progress {
            terminal: !quiet && std::io::stderr().is_terminal(),
        }
    }

    pub fn hidden() -> Progress {
        Progress { terminal: false }
    }

    pub fn bar(&self, what: &'static str, total: u64) -> Bar {
        // The total is an exact count of records: debug level only.
        tracing::info!(step = what, "started");
        tracing::debug!(step = what, total, "started");
        let bar = self.terminal.then(|| {
            let b = indicatif::ProgressBar::new(total);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{msg:>18} [{bar:40}] {pos}/{len} ({eta})")
            {
                b.set_style(style.progress_chars("=> "));
            }
            b.set_message(what);
            b
        });
        Bar { bar, what }
    }
}

impl Bar {
    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        tracing::info!(step = self.what, "finished");
    }
}
