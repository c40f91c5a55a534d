//! The terminal face of the library's progress reports: indicatif bars with ETA on stderr,
//! drawn only when stderr is a terminal. One bar for a single film; for a batch, an overall
//! bar (films done, ETA) over one bar per film being made.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use filmprint::Progress;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

/// What a film's run reports besides its progress.
pub trait Report: Progress {
    /// Shows a message while no counted work runs (opening, writing).
    fn message(&self, text: String);
    /// Says something about the result (e.g. a truncated file).
    fn warn(&self, text: &str);
}

fn spinner(bar: &ProgressBar) {
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
}

fn frames_style(prefix: &str, stage: &str) -> ProgressStyle {
    // The shot stage counts milliseconds of film, not frames.
    let count = if stage == "shots" { "{percent:>3}% of the film" } else { "{pos}/{len} frames" };
    ProgressStyle::with_template(&format!(
        "{prefix}{{msg:10}} [{{bar:40.cyan/blue}}] {count}  {{elapsed}} elapsed, ETA {{eta}}"
    ))
    .map(|s| s.progress_chars("=> "))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
}

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
        spinner(&bar);
        TerminalProgress { bar }
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Report for TerminalProgress {
    fn message(&self, text: String) {
        self.bar.set_message(text);
    }

    /// Printed on its own line, above the bar; shown even with `--quiet`, since it says
    /// something about the result.
    fn warn(&self, text: &str) {
        self.bar.suspend(|| eprintln!("filmprint: warning: {text}"));
    }
}

/// Turns `bar` into a count of `total` frames for `stage`, its line starting with `prefix`.
fn count_frames(bar: &ProgressBar, prefix: &str, stage: &str, total: u64) {
    bar.set_style(frames_style(prefix, stage));
    bar.set_length(total);
    bar.set_position(0);
    bar.reset_eta();
    bar.set_message(stage.to_string());
}

impl Progress for TerminalProgress {
    fn start(&self, stage: &str, total: u64) {
        count_frames(&self.bar, "", stage, total);
    }

    fn advance(&self, done: u64) {
        self.bar.inc(done);
    }
}

/// The bars of a batch: films done overall, and one line per film being made.
pub struct BatchBars {
    bars: MultiProgress,
    overall: ProgressBar,
    cancelled: &'static AtomicBool,
}

impl BatchBars {
    /// `films` to make; hidden when `quiet`. `cancelled` is set by Ctrl-C.
    pub fn new(films: u64, quiet: bool, cancelled: &'static AtomicBool) -> Self {
        let target = if quiet { ProgressDrawTarget::hidden() } else { ProgressDrawTarget::stderr() };
        let bars = MultiProgress::with_draw_target(target);
        let overall = bars.add(ProgressBar::new(films));
        overall.set_style(
            ProgressStyle::with_template(
                "films      [{bar:40.green/white}] {pos}/{len} done  {elapsed} elapsed, ETA {eta}",
            )
            .map(|s| s.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        overall.enable_steady_tick(Duration::from_millis(250));
        BatchBars { bars, overall, cancelled }
    }

    /// A bar for one film, shown while it is made.
    pub fn film(&self, name: &str) -> FilmBar {
        let bar = self.bars.add(ProgressBar::new_spinner());
        spinner(&bar);
        bar.set_message(format!("{name}: opening"));
        FilmBar { bar, name: short(name), bars: self.bars.clone(), cancelled: self.cancelled }
    }

    /// One more film finished.
    pub fn film_done(&self) {
        self.overall.inc(1);
    }

    /// Prints a line above the bars.
    pub fn println(&self, text: &str) {
        if self.bars.is_hidden() {
            eprintln!("{text}");
        } else {
            let _ = self.bars.println(text);
        }
    }

    /// Removes the bars.
    pub fn finish(&self) {
        self.overall.finish_and_clear();
        let _ = self.bars.clear();
    }
}

/// A film's name cut to fit a bar's line.
fn short(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= 24 { name.to_string() } else { chars[..23].iter().collect::<String>() + "…" }
}

/// The bar of one film of a batch.
pub struct FilmBar {
    bar: ProgressBar,
    name: String,
    bars: MultiProgress,
    cancelled: &'static AtomicBool,
}

impl Drop for FilmBar {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
        self.bars.remove(&self.bar);
    }
}

impl Report for FilmBar {
    fn message(&self, text: String) {
        self.bar.set_message(format!("{}: {text}", self.name));
    }

    fn warn(&self, text: &str) {
        let line = format!("filmprint: warning: {text}");
        if self.bars.is_hidden() {
            eprintln!("{line}");
        } else {
            let _ = self.bars.println(line);
        }
    }
}

impl Progress for FilmBar {
    fn start(&self, stage: &str, total: u64) {
        count_frames(&self.bar, &format!("{:24} ", self.name), stage, total);
    }

    fn advance(&self, done: u64) {
        self.bar.inc(done);
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}
