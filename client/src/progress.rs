//! Progress bars for attachments (indicatif) on standard error: drawn in place on a terminal;
//! with `--progress` and no terminal (a log, a CI job), one line per update instead, ending
//! with the full byte count (`NAME SENT/TOTAL bytes`); never with `--json` unless forced.

use std::io::Write;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};

/// Where bars go, once decided for the whole command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bars {
    /// No bars.
    Off,
    /// Redrawn in place: standard error is a terminal.
    Terminal,
    /// One line per update: asked for (`--progress`) without a terminal.
    Lines,
}

impl Bars {
    /// `forced`: `Some(true)` for `--progress`, `Some(false)` for `--no-progress`.
    pub fn choose(forced: Option<bool>, json: bool, terminal: bool) -> Self {
        match (forced, terminal) {
            (Some(false), _) => Bars::Off,
            (Some(true), true) => Bars::Terminal,
            (Some(true), false) => Bars::Lines,
            (None, true) if !json => Bars::Terminal,
            (None, _) => Bars::Off,
        }
    }

    /// A bar for a file of `size` bytes, or none (files under 1 MiB get one only when asked).
    pub fn bar(self, name: &str, size: u64, forced: bool) -> Option<ProgressBar> {
        let (target, template) = match self {
            Bars::Off => return None,
            _ if size < 1024 * 1024 && !forced => return None,
            Bars::Terminal => (
                ProgressDrawTarget::stderr(),
                "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
            ),
            Bars::Lines => (
                ProgressDrawTarget::term_like_with_hz(Box::new(LineLog), 2),
                "{msg} {pos}/{len} bytes",
            ),
        };
        let bar = ProgressBar::with_draw_target(Some(size), target);
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(name.to_string());
        Some(bar)
    }
}

/// Standard error as a log: every drawn state is a line, nothing is moved or erased.
#[derive(Debug)]
struct LineLog;

impl TermLike for LineLog {
    fn width(&self) -> u16 {
        200
    }
    fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
        Ok(())
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.write_str(s)
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        if s.trim().is_empty() {
            return Ok(());
        }
        writeln!(std::io::stderr().lock(), "{}", s.trim_end())
    }
    fn clear_line(&self) -> std::io::Result<()> {
        Ok(())
    }
    fn flush(&self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::Bars;

    #[test]
    fn bars_follow_the_flags_the_terminal_and_json() {
        assert_eq!(Bars::choose(None, false, true), Bars::Terminal);
        assert_eq!(Bars::choose(None, true, true), Bars::Off);
        assert_eq!(Bars::choose(None, false, false), Bars::Off);
        assert_eq!(Bars::choose(Some(true), true, false), Bars::Lines);
        assert_eq!(Bars::choose(Some(true), false, true), Bars::Terminal);
        assert_eq!(Bars::choose(Some(false), false, true), Bars::Off);
    }
}
