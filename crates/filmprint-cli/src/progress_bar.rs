//! The terminal face of the library's progress reports: an indicatif bar with ETA on stderr,
//! drawn only when stderr is a terminal.

use std::time::Duration;

use filmprint::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar on stderr.
pub struct TerminalProgress {
    bar: ProgressBar,
}

impl TerminalProgress {
    /// A bar on stderr, hidden when `quiet` (indicatif hides it by itself when stderr is not a
    /// terminal).
    pub fn new(quiet: bool) -> Self {
        let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr() };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        TerminalProgress { bar }
    }

    /// Shows a message while no counted work runs (opening, writing).
    pub fn message(&self, text: String) {
        self.bar.set_message(text);
    }

    /// Prints a warning on its own line, above the bar; shown even with `--quiet`, since it
    /// says something about the result.
    pub fn warn(&self, text: &str) {
        self.bar.suspend(|| eprintln!("filmprint: warning: {text}"));
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Progress for TerminalProgress {
    fn start(&self, stage: &str, total: u64) {
        let style = ProgressStyle::with_template(
            "{msg:10} [{bar:40.cyan/blue}] {pos}/{len} frames  {elapsed} elapsed, ETA {eta}",
        )
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        self.bar.set_style(style);
        self.bar.set_length(total);
        self.bar.set_position(0);
        self.bar.reset_eta();
        self.bar.set_message(stage.to_string());
    }

    fn advance(&self, done: u64) {
        self.bar.inc(done);
    }
}
