//! `filmprint compare`: both films read or analysed, compared, and the picture, JSON and page
//! written together (all or none).

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Instant;

use filmprint::compare::{Comparison, compare};
use filmprint::render::{self, ComparePicture, FontFile, PictureFormat};
use filmprint::{AnalysisSettings, Error, Fingerprint, output};

use crate::args::{ComparePlan, Film};
use crate::progress_bar::{Report, TerminalProgress};
use crate::{
    INTERRUPTED_NOTHING_WRITTEN, READING, STOP_WRITING, WRITING, exit_status, interrupt_phase, stage_bytes,
    stage_text,
};

/// Runs a comparison and says how it went.
pub fn run_compare(plan: &ComparePlan) -> ExitCode {
    let phase = interrupt_phase();
    let started = Instant::now();
    let progress = TerminalProgress::new(plan.quiet);
    let result = run(plan, &progress, &phase);
    progress.finish();
    match result {
        Ok(comparison) => {
            let text: String = comparison.summary.iter().map(|line| format!("{line}\n")).collect();
            // Standard output is the findings', unless the JSON goes there.
            if plan.json.as_ref().is_some_and(|p| p.as_os_str() == "-") {
                eprint!("{text}");
            } else {
                print!("{text}");
            }
            if !plan.quiet && std::io::stderr().is_terminal() {
                let written: Vec<String> = plan.outputs().iter().map(|p| p.display().to_string()).collect();
                eprintln!("wrote {} in {:.1} s", written.join(", "), started.elapsed().as_secs_f64());
            }
            ExitCode::SUCCESS
        }
        Err(Error::Cancelled) => {
            eprintln!("{INTERRUPTED_NOTHING_WRITTEN}");
            ExitCode::from(crate::EXIT_INTERRUPTED)
        }
        Err(error) => {
            eprintln!("filmprint: error: {}", crate::args::usage(&error));
            ExitCode::from(exit_status(&error))
        }
    }
}

/// A film's fingerprint: read, or made with `settings`.
fn load(
    film: &Film,
    settings: &AnalysisSettings,
    other_has_shots: bool,
    plan: &ComparePlan,
    progress: &dyn Report,
) -> Result<Fingerprint, Error> {
    match film {
        Film::Fingerprint(path) => {
            let fingerprint = Fingerprint { timings: None, ..Fingerprint::read(path)? };
            filmprint::compare::check_comparable(&fingerprint).map_err(|why| Error::Fingerprint {
                path: path.clone(),
                why: format!("it cannot be compared: {why}"),
            })?;
            Ok(fingerprint)
        }
        Film::Movie(path) => {
            progress.message(format!("Analysing {}", path.display()));
            // A movie compared with a fingerprint made with shots gets its shots too.
            let shots = plan.shots || other_has_shots;
            let mut fingerprint = if shots {
                filmprint::fingerprint_file_with_shots(path, settings, plan.threads, progress)?
            } else {
                filmprint::fingerprint_file(path, settings, plan.threads, progress)?
            };
            fingerprint.timings = None;
            Ok(fingerprint)
        }
    }
}

fn run(plan: &ComparePlan, progress: &dyn Report, phase: &AtomicU8) -> Result<Comparison, Error> {
    for path in plan.outputs() {
        output::check_writable(path)?;
    }
    let font = plan.font.as_deref().map(FontFile::load).transpose()?;
    let mut settings = plan.analysis.clone().unwrap_or_default();
    // The page shows each moment's frames.
    settings.thumbnails = plan.html.is_some();
    // A saved fingerprint is read first, so a movie compared with it is analysed as it was made.
    let (a, b) = match (&plan.a, &plan.b) {
        (Film::Movie(_), Film::Fingerprint(_)) => {
            let b = load(&plan.b, &settings, false, plan, progress)?;
            let made_as = AnalysisSettings { thumbnails: settings.thumbnails, ..b.settings.clone() };
            (load(&plan.a, &made_as, b.shots.is_some(), plan, progress)?, b)
        }
        _ => {
            let a = load(&plan.a, &settings, false, plan, progress)?;
            let made_as = match (&plan.a, plan.analysis.is_none()) {
                (Film::Fingerprint(_), true) => {
                    AnalysisSettings { thumbnails: settings.thumbnails, ..a.settings.clone() }
                }
                _ => settings.clone(),
            };
            let a_has_shots = a.shots.is_some() && matches!(plan.a, Film::Fingerprint(_));
            (a, load(&plan.b, &made_as, a_has_shots, plan, progress)?)
        }
    };
    if plan.shots && (a.shots.is_none() || b.shots.is_none()) {
        progress.warn("a saved fingerprint holds no shots: comparing by samples (make it with --shots)");
    }
    progress.message("Comparing".into());
    let comparison = compare(&a, &b, &plan.settings)?;
    let picture = ComparePicture { width: plan.width, font: font.unwrap_or_default() };
    progress.message("Drawing".into());
    let mut staged = output::Staging::default();
    let mut stage_picture = |path: &std::path::Path| -> Result<(), Error> {
        staged.push(match PictureFormat::of(path) {
            Some(PictureFormat::Svg) => {
                stage_text(path, &render::render_comparison_svg(&comparison, &a, &b, &picture)?)?
            }
            Some(PictureFormat::Pdf) => {
                let svg = render::render_comparison_svg(&comparison, &a, &b, &picture)?;
                stage_bytes(
                    path,
                    &render::svg_to_pdf(&svg, &picture.font.covering(&comparison_title(&comparison)))?,
                )?
            }
            Some(PictureFormat::Png) | None => {
                let canvas = render::render_comparison(&comparison, &a, &b, &picture)?;
                let title = comparison_title(&comparison);
                output::stage(path, |w| render::encode_png(&canvas, Some(&title), w, path))?
            }
        });
        Ok(())
    };
    if phase.compare_exchange(READING, WRITING, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        return Err(Error::Cancelled);
    }
    stage_picture(&plan.picture)?;
    if let Some(path) = &plan.svg {
        stage_picture(path)?;
    }
    if let Some(path) = &plan.html {
        staged.push(stage_text(path, &filmprint::export::compare_page(&comparison, &a, &b, &picture)?)?);
    }
    if let Some(path) = &plan.json {
        staged.push(stage_text(path, &comparison.to_json())?);
    }
    staged.commit_unless(&|| phase.load(Ordering::SeqCst) == STOP_WRITING)?;
    Ok(comparison)
}

fn comparison_title(c: &Comparison) -> String {
    let name = |s: &filmprint::compare::Side| s.title.clone().unwrap_or_else(|| s.file.clone());
    format!("{} against {}", name(&c.a), name(&c.b))
}
