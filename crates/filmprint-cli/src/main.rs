//! `filmprint`: the command-line face of the filmprint library. It parses arguments, shows
//! progress, and reports errors on one line with a meaningful exit status; all the work is
//! the library's.

mod args;
mod batch;
mod bug_report;
mod compare;
mod plot;
mod progress_bar;
mod report;
mod staging;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use clap::{CommandFactory, Parser};
use std::path::Path;
use std::time::{Duration, Instant};

use filmprint::render::PictureFormat;
use filmprint::{Error, Fingerprint, export, output, render};

use args::{Cli, Input, Plan, Task};
use progress_bar::{Report, TerminalProgress};
use staging::{stage_bytes, stage_swatch, stage_text};

/// Exit statuses (documented in `--help` and the README).
const EXIT_FAILURE: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_INTERRUPTED: u8 = 130;

/// What the run is doing, for the Ctrl-C handler.
const READING: u8 = 0;
const WRITING: u8 = 1;
const INTERRUPTED: u8 = 2;
/// Ctrl-C while outputs are written: they stop only if still waiting (for a FIFO's reader).
const STOP_WRITING: u8 = 3;

const INTERRUPTED_NOTHING_WRITTEN: &str = "filmprint: interrupted; nothing was written";

fn main() -> ExitCode {
    bug_report::guard(EXIT_FAILURE, command)
}

/// What the command line asks for, done.
fn command() -> ExitCode {
    // FFmpeg's logging off (filmprint says what matters itself), freed memory handed back.
    filmprint::decode::init_process();
    let args = args::join_optional_values(std::env::args_os());
    let subcommands: Vec<String> =
        Cli::command().get_subcommands().map(|c| c.get_name().to_string()).collect();
    let names: Vec<&str> = subcommands.iter().map(String::as_str).collect();
    if let Some(message) = args::mistyped_subcommand(&args, &names) {
        eprintln!("filmprint: error: {message}");
        return ExitCode::from(EXIT_USAGE);
    }
    let task = match Cli::parse_from(args).into_task() {
        Ok(task) => task,
        Err(message) => {
            eprintln!("filmprint: error: {message} (see --help)");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match task {
        Task::Single(plan) => single(&plan),
        Task::Batch(plan) => batch::run_batch(&plan),
        Task::Merge(plan) => batch::merge(&plan),
        Task::Compare(plan) => compare::run_compare(&plan),
        Task::Plot(args) => plot::run_plot(&args),
        Task::Completions(shell) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "filmprint", &mut script);
            print_out(&script)
        }
        Task::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => print_out(&page),
                Err(error) => {
                    eprintln!("filmprint: error: cannot write the manual page: {error}");
                    ExitCode::from(EXIT_FAILURE)
                }
            }
        }
    }
}

/// Writes `bytes` to standard output; a reader that stopped early (`| head`) is not an error.
fn print_out(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("filmprint: error: cannot write to standard output: {error}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// The run's phase, watched by a Ctrl-C handler. Ctrl-C while the movie is read: nothing is
/// on disk yet, so stop at once. While outputs are being written (well under a second), let
/// them finish, so none is left half-written; but while waiting for a FIFO's reader, stop,
/// removing what was staged.
fn interrupt_phase() -> Arc<AtomicU8> {
    let phase = Arc::new(AtomicU8::new(READING));
    let handler_phase = Arc::clone(&phase);
    let _ = ctrlc::set_handler(move || {
        if handler_phase.compare_exchange(READING, INTERRUPTED, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
            eprintln!("\n{INTERRUPTED_NOTHING_WRITTEN}");
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
        let _ = handler_phase.compare_exchange(WRITING, STOP_WRITING, Ordering::SeqCst, Ordering::SeqCst);
    });
    phase
}

/// One film, or one saved fingerprint.
fn single(plan: &Plan) -> ExitCode {
    let phase = interrupt_phase();
    let started = Instant::now();
    let progress = TerminalProgress::new(plan.quiet);
    let result = run(plan, &progress, &phase);
    progress.finish();
    match result {
        Ok(made) => {
            if plan.timings {
                print_timings(&made.fingerprint, started.elapsed());
            }
            if let (Some(shots), Some(list)) = (&plan.shots, &made.fingerprint.shots)
                && shots.summary
            {
                let text = report::shot_summary(&made.fingerprint.source.file, list);
                // Standard output is the summary's, unless an output goes there.
                if plan.outputs().iter().any(|p| p.as_os_str() == "-") {
                    eprint!("{text}");
                } else {
                    print!("{text}");
                }
            }
            // One line on a terminal; nothing when piped (scripts) or quiet.
            if !plan.quiet && std::io::stderr().is_terminal() {
                let shots = made.fingerprint.shots.as_ref().map(|l| format!(", {} shots", l.shots.len()));
                eprintln!(
                    "wrote {} — {} bars{} in {:.1} s",
                    made.written.join(", "),
                    made.fingerprint.samples.len(),
                    shots.unwrap_or_default(),
                    started.elapsed().as_secs_f64()
                );
            }
            ExitCode::SUCCESS
        }
        Err(Error::Cancelled) => {
            eprintln!("{INTERRUPTED_NOTHING_WRITTEN}");
            ExitCode::from(EXIT_INTERRUPTED)
        }
        Err(error) => {
            eprintln!("filmprint: error: {}", args::usage(&error));
            ExitCode::from(exit_status(&error))
        }
    }
}

/// The exit status for a failure: usage errors are 2, an interruption 130, anything else 1.
fn exit_status(error: &Error) -> u8 {
    match error {
        Error::Setting { .. } | Error::InvalidSettings(_) => EXIT_USAGE,
        Error::Cancelled => EXIT_INTERRUPTED,
        _ => EXIT_FAILURE,
    }
}

/// What a run made.
struct Made {
    /// The fingerprint, for reports.
    fingerprint: Fingerprint,
    /// The outputs as the summary names them: `movie.png (2000×2000)`, `movie.json`.
    written: Vec<String>,
}

/// Makes one film's outputs.
fn run(plan: &Plan, progress: &dyn Report, phase: &AtomicU8) -> Result<Made, Error> {
    // Before any decoding: an output that cannot be written fails the run at once.
    for path in plan.outputs() {
        output::check_writable(path)?;
    }
    let font = plan.font.as_deref().map(render::FontFile::load).transpose()?;
    let wave = plan.pictures.iter().any(|job| job.settings.style.needs_loudness());
    if let (Input::Movie(path), true) = (&plan.input, plan.loudness || wave) {
        // Before the pictures are read: a film without sound fails at once.
        filmprint::require_audio_stream(path)?;
    }
    let mut fingerprint = match &plan.input {
        Input::Movie(path) => {
            progress.message(format!("Opening {}", path.display()));
            if plan.shots.is_some() {
                // Every frame is read for the shots; the samples come from the same reading.
                filmprint::fingerprint_file_with_shots(path, &plan.analysis, plan.threads, progress)?
            } else {
                filmprint::fingerprint_file(path, &plan.analysis, plan.threads, progress)?
            }
        }
        Input::Fingerprint(path) => {
            // A saved run's timings describe that run, not this one.
            Fingerprint { timings: None, ..Fingerprint::read(path)? }
        }
    };
    if let (Input::Movie(path), true) = (&plan.input, plan.loudness || wave) {
        progress.message("Measuring the loudness".into());
        fingerprint.loudness = Some(filmprint::measure_loudness(path, &fingerprint)?);
    }
    if let (Some(_), Input::Fingerprint(path), None) = (&plan.shots, &plan.input, &fingerprint.shots) {
        return Err(Error::InvalidSettings(format!(
            "'{}' holds no shots: make it with `filmprint shots MOVIE --json {}`",
            path.display(),
            path.display()
        )));
    }
    if !plan.timings {
        // Timings differ from run to run; the JSON must not, unless asked.
        fingerprint.timings = None;
    }
    if let Some(palette) = &plan.palette {
        fingerprint.palette = Some(fingerprint.compute_palette(palette.colors, palette.segments)?);
    }
    if plan.json.is_some() || plan.html.is_some() {
        fingerprint.statistics = Some(fingerprint.statistics()?);
    }
    match &plan.input {
        // The title given now is kept, for pictures drawn from the JSON later.
        Input::Movie(_) => {
            if let Some(job) = plan.pictures.iter().find(|job| !job.default_title) {
                fingerprint.title = job.settings.title.clone();
            }
            fingerprint.subtitle = plan.pictures.first().and_then(|job| job.settings.subtitle.clone());
        }
        Input::Fingerprint(_) => {
            if let Some(d) = plan.bar_colors {
                fingerprint = fingerprint.with_bar_colors(d)?;
            }
        }
    }
    let rendering = Instant::now();
    progress.message("Drawing".into());
    let mut staged = output::Staging::default();
    let mut pictures = Vec::new();
    for job in &plan.pictures {
        let mut settings = job.settings.clone();
        if let Some(font) = &font {
            settings.font = font.clone();
        }
        if job.default_title {
            settings.title = Some(fingerprint.title.clone().unwrap_or_else(|| source_stem(&fingerprint)));
        }
        if settings.subtitle.is_none() && settings.title.is_some() {
            settings.subtitle = fingerprint.subtitle.clone();
        }
        // Said once, though every style draws the title.
        if let Some(warning) = report::missing_glyphs(&settings).filter(|_| pictures.is_empty()) {
            progress.warn(&warning);
        }
        pictures.push((job, render::Drawing::new(&fingerprint, &settings)?, settings.title));
    }
    if phase.compare_exchange(READING, WRITING, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        return Err(Error::Cancelled);
    }
    let writing = Instant::now();
    // Every file is written in full under a temporary name before any takes its name, so a
    // failure on one leaves none.
    for (job, picture, title) in &pictures {
        let path = &job.path;
        staged.push(match job.format {
            // Asked to stop (Ctrl-C) between bands of a large picture: nothing is kept.
            PictureFormat::Png => output::stage(path, |w| {
                let stop = || phase.load(Ordering::SeqCst) == STOP_WRITING;
                picture.write_png_unless(title.as_deref(), w, path, &stop)
            })?,
            PictureFormat::Svg => stage_text(path, &picture.to_svg()?)?,
            PictureFormat::Pdf => stage_bytes(path, &picture.to_pdf()?)?,
        });
    }
    if let Some(path) = &plan.csv {
        staged.push(stage_text(path, &export::samples_csv(&fingerprint))?);
    }
    if let (Some(palette_plan), Some(palette)) = (&plan.palette, &fingerprint.palette) {
        for path in &palette_plan.pictures {
            staged.push(stage_swatch(path, palette, &palette_plan.layout)?);
        }
        if let Some(path) = &palette_plan.csv {
            let csv = export::palette_csv(palette, fingerprint.source.duration_s);
            staged.push(stage_text(path, &csv)?);
        }
    }
    if let (Some(shots_plan), Some(list)) = (&plan.shots, &fingerprint.shots) {
        if let Some(path) = &shots_plan.csv {
            staged.push(stage_text(path, &export::shots_csv(list))?);
        }
        if let Some(path) = &shots_plan.edl {
            let title = fingerprint.title.clone().unwrap_or_else(|| source_stem(&fingerprint));
            let fps = fingerprint.source.frame_rate.unwrap_or(0.0);
            staged.push(stage_text(path, &export::shots_edl(list, &title, &fingerprint.source.file, fps))?);
        }
    }
    if let Some(path) = &plan.html {
        let title = pictures
            .iter()
            .find_map(|(_, _, title)| title.clone())
            .unwrap_or_else(|| source_stem(&fingerprint));
        staged.push(stage_text(path, &report::film_page(&fingerprint, &title, path)?)?);
    }
    if let Some(timings) = &mut fingerprint.timings {
        timings.render_s = (writing - rendering).as_secs_f64();
        timings.write_s = writing.elapsed().as_secs_f64();
    }
    if let Some(path) = &plan.json {
        staged.push(stage_text(path, &fingerprint.to_json())?);
    }
    bug_report::panic_if_asked("commit");
    staged.commit_unless(&|| phase.load(Ordering::SeqCst) == STOP_WRITING)?;
    // Said once the outputs are there: a run that fails says only why.
    if let Input::Movie(_) = &plan.input {
        for warning in &fingerprint.warnings {
            progress.warn(warning);
        }
    }
    let mut written: Vec<String> = pictures
        .iter()
        .map(|(job, picture, _)| {
            let (width, height) = picture.size();
            format!("{} ({width}×{height})", job.path.display())
        })
        .collect();
    let others = plan.outputs().into_iter().skip(pictures.len());
    written.extend(
        others.map(|p| if p.as_os_str() == "-" { "standard output".into() } else { p.display().to_string() }),
    );
    Ok(Made { fingerprint, written })
}

/// The movie's file name without its extension: the default title.
fn source_stem(fingerprint: &Fingerprint) -> String {
    let file = Path::new(&fingerprint.source.file);
    file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `--timings`: where the time went, on stderr.
fn print_timings(fingerprint: &Fingerprint, total: Duration) {
    eprintln!("timings:");
    let Some(t) = &fingerprint.timings else { return };
    eprintln!("  open and index   {:8.3} s", t.open_s);
    eprintln!("  find bars        {:8.3} s", t.crop_s);
    eprintln!(
        "  sampling         {:8.3} s wall ({} workers, CPU: demux+decode {:.3} s, scale+convert {:.3} s, \
         analyse {:.3} s)",
        t.sampling_s,
        t.workers,
        t.decode_s - t.scale_s,
        t.scale_s,
        t.analyse_s
    );
    eprintln!(
        "  frames decoded   {:8}   seeks {}, samples from keyframes {} of {}",
        t.frames_decoded,
        t.seeks,
        t.keyframe_samples,
        fingerprint.samples.len()
    );
    eprintln!("  render           {:8.3} s", t.render_s);
    eprintln!("  write            {:8.3} s", t.write_s);
    eprintln!("  total            {:8.3} s", total.as_secs_f64());
}
