//! `filmprint`: the command-line face of the filmprint library. It parses arguments, shows
//! progress, and reports errors on one line with a meaningful exit status; all the work is
//! the library's.

mod args;
mod progress_bar;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use clap::Parser;
use filmprint::{Error, output, render};

use args::{Args, Plan};
use progress_bar::TerminalProgress;

/// Exit statuses (documented in `--help` and the README).
const EXIT_FAILURE: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_INTERRUPTED: u8 = 130;

/// What the run is doing, for the Ctrl-C handler.
const READING: u8 = 0;
const WRITING: u8 = 1;
const INTERRUPTED: u8 = 2;

fn main() -> ExitCode {
    let plan = match Args::parse().into_plan() {
        Ok(plan) => plan,
        Err(message) => {
            eprintln!("filmprint: error: {message}\n\nFor more information, try '--help'.");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let phase = Arc::new(AtomicU8::new(READING));
    let handler_phase = Arc::clone(&phase);
    // Ctrl-C while the movie is read: nothing is on disk yet, so stop at once. While outputs
    // are being written (well under a second), let them finish, so none is left half-written.
    let _ = ctrlc::set_handler(move || {
        if handler_phase.compare_exchange(READING, INTERRUPTED, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            eprintln!("\nfilmprint: interrupted; nothing was written");
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
    });
    let progress = TerminalProgress::new(plan.quiet);
    let result = run(&plan, &progress, &phase);
    progress.finish();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Cancelled) => {
            eprintln!("filmprint: interrupted; nothing was written");
            ExitCode::from(EXIT_INTERRUPTED)
        }
        Err(error @ Error::InvalidSettings(_)) => {
            eprintln!("filmprint: error: {error}");
            ExitCode::from(EXIT_USAGE)
        }
        Err(error) => {
            eprintln!("filmprint: error: {error}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn run(plan: &Plan, progress: &TerminalProgress, phase: &AtomicU8) -> Result<(), Error> {
    progress.message(format!("Opening {}", plan.movie.display()));
    let fingerprint = filmprint::fingerprint_file(&plan.movie, &plan.analysis, plan.threads, progress)?;
    progress.message(format!("Writing {}", plan.output.display()));
    let picture = render::render(&fingerprint, &plan.render)?;
    if phase.compare_exchange(READING, WRITING, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        return Err(Error::Cancelled);
    }
    // Both files are written in full under temporary names before either takes its name, so
    // a failure on the second leaves neither.
    let title = plan.render.title.as_deref();
    let png = output::stage(&plan.output, |w| render::encode_png(&picture, title, w, &plan.output))?;
    let json = match &plan.json {
        Some(path) => Some(output::stage(path, |w| {
            w.write_all(fingerprint.to_json().as_bytes()).map_err(|source| Error::Io {
                action: "write",
                path: path.clone(),
                source,
            })
        })?),
        None => None,
    };
    png.commit()?;
    if let Some(json) = json {
        json.commit()?;
    }
    Ok(())
}
