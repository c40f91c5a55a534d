//! `filmprint`: the command-line face of the filmprint library. It parses arguments, shows
//! progress, and reports errors on one line with a meaningful exit status; all the work is
//! the library's.

mod args;
mod progress_bar;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Parser;
use filmprint::{Error, output, render};

use args::{Args, Plan};
use progress_bar::TerminalProgress;

/// Exit statuses (documented in `--help` and the README).
const EXIT_FAILURE: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    let plan = match Args::parse().into_plan() {
        Ok(plan) => plan,
        Err(message) => {
            eprintln!("filmprint: error: {message}\n\nFor more information, try '--help'.");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&interrupted);
    // Without a handler Ctrl-C would kill the process mid-write; with it, the work stops at
    // the next sample and temporary files are removed. A second Ctrl-C exits at once.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::Relaxed) {
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
    });
    let progress = TerminalProgress::new(plan.quiet, interrupted);
    let result = run(&plan, &progress);
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

fn run(plan: &Plan, progress: &TerminalProgress) -> Result<(), Error> {
    progress.message(format!("Opening {}", plan.movie.display()));
    let fingerprint = filmprint::fingerprint_file(&plan.movie, &plan.analysis, plan.threads, progress)?;
    progress.message(format!("Writing {}", plan.output.display()));
    let picture = render::render(&fingerprint, &plan.render)?;
    render::write_png(&picture, plan.render.title.as_deref(), &plan.output)?;
    if let Some(json) = &plan.json {
        output::write_bytes(json, fingerprint.to_json().as_bytes())?;
    }
    Ok(())
}
