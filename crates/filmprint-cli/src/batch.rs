//! `filmprint batch` and `filmprint merge`: many films, side by side, each made exactly as a
//! single film is (`run`), with the manifest updated as each finishes. A film that fails is
//! recorded and the others go on; Ctrl-C stops the films being made (their staged files are
//! removed) and leaves the manifest saying which are done.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use filmprint::batch::{
    FilmRecord, Freshness, InputStamp, Manifest, Status, find_films, manifest_name, output_names,
};
use filmprint::{Error, Fingerprint};

use crate::args::{BatchPlan, Input, MergePlan, PictureJob, Plan};
use crate::progress_bar::BatchBars;
use crate::{EXIT_FAILURE, EXIT_INTERRUPTED, READING, exit_status, report, run};

/// Set by Ctrl-C: no new film starts, and those being made stop.
static CANCELLED: AtomicBool = AtomicBool::new(false);

/// Runs a batch; the exit status is 1 if any film failed, 130 if interrupted.
pub fn run_batch(plan: &BatchPlan) -> ExitCode {
    let _ = ctrlc::set_handler(|| CANCELLED.store(true, Ordering::SeqCst));
    match batch(plan) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("filmprint: error: {}", crate::args::usage(&error));
            ExitCode::from(exit_status(&error))
        }
    }
}

fn batch(plan: &BatchPlan) -> Result<u8, Error> {
    let folder = &plan.folder;
    if let Some(font) = &plan.picture.font {
        // Checked once for all films, before anything is made.
        filmprint::render::FontFile::load(font)?;
    }
    let found = find_films(&plan.inputs, plan.recursive);
    for missing in &found.missing {
        eprintln!("filmprint: warning: {missing}");
    }
    if found.films.is_empty() {
        return Err(Error::NoFilms { looked_at: found.passed_over });
    }
    std::fs::create_dir_all(folder).map_err(|source| Error::Io {
        action: "create",
        path: folder.clone(),
        source,
    })?;
    let names = output_names(&found.films);
    let chosen: Vec<usize> = match plan.shard {
        Some(shard) => shard.select(&names),
        None => (0..found.films.len()).collect(),
    };
    let earlier: HashMap<String, FilmRecord> = if plan.force {
        HashMap::new()
    } else {
        Manifest::earlier(folder).into_iter().map(|r| (r.name.clone(), r)).collect()
    };
    let mut manifest = Manifest::new(plan.shard);
    let mut todo: Vec<(usize, Work)> = Vec::new();
    for &i in &chosen {
        let (film, name) = (&found.films[i], &names[i]);
        let mut record = FilmRecord::pending(film, name, &plan.key);
        let outputs = FilmOutputs::new(plan, name)?;
        let freshness = match (InputStamp::of(film), earlier.get(name)) {
            (Ok(stamp), Some(old)) => {
                old.freshness(&record, &stamp, &outputs.names(), &outputs.json_name(), folder)
            }
            _ => Freshness::Remake,
        };
        match (freshness, earlier.get(name)) {
            (Freshness::UpToDate, Some(old)) => {
                record = FilmRecord { status: Status::UpToDate, input: record.input, ..old.clone() };
            }
            (Freshness::Redraw, Some(old)) => {
                let pictures = old.settings.picture != record.settings.picture;
                record = FilmRecord {
                    status: Status::Pending,
                    input: record.input,
                    settings: record.settings,
                    ..old.clone()
                };
                todo.push((manifest.films.len(), Work::Redraw { pictures }));
            }
            _ => todo.push((manifest.films.len(), Work::Make)),
        }
        manifest.films.push(record);
    }
    let manifest_path = folder.join(manifest_name(plan.shard));
    manifest.write(&manifest_path)?;

    let bars = BatchBars::new(todo.len() as u64, plan.quiet, &CANCELLED);
    let up_to_date = manifest.films.len() - todo.len();
    if up_to_date > 0 {
        let films = if up_to_date == 1 { "film" } else { "films" };
        bars.println(&format!("filmprint: {up_to_date} {films} up to date (--force makes them again)"));
    }
    let films: Vec<(PathBuf, String, Work)> = todo
        .iter()
        .map(|&(r, work)| (PathBuf::from(&manifest.films[r].input), manifest.films[r].name.clone(), work))
        .collect();
    let work = |_: usize, (film, name, work): &(PathBuf, String, Work)| {
        let bar = bars.film(name);
        let outcome = make_film(plan, film, name, *work, &bar);
        let stamp = InputStamp::of(film);
        (outcome, stamp)
    };
    let mut write_error = None;
    let mut redrawn = 0;
    let mut pages_without_frames = 0;
    filmprint::batch::run_queue(
        &films,
        plan.jobs,
        &|| CANCELLED.load(Ordering::Relaxed),
        &work,
        |i, (outcome, stamp)| {
            let (r, work) = todo[i];
            let record = &mut manifest.films[r];
            match (outcome, stamp) {
                (Ok((fingerprint, outputs)), Ok(stamp)) => {
                    let no_frames = fingerprint.samples.iter().all(|s| s.thumbnail.is_none());
                    pages_without_frames += usize::from(work != Work::Make && plan.html && no_frames);
                    record.done(&fingerprint, stamp, outputs);
                    redrawn += usize::from(work != Work::Make);
                }
                (Err(Error::Cancelled), _) => {}
                (Err(error), _) | (Ok(_), Err(error)) => {
                    let message = crate::args::usage(&error);
                    bars.println(&format!("filmprint: error: {message}"));
                    record.failed(message);
                }
            }
            if let Err(error) = manifest.write(&manifest_path) {
                write_error.get_or_insert(error);
            }
            bars.film_done();
        },
    );
    bars.finish();
    if let Some(error) = write_error {
        return Err(error);
    }
    if plan.html && plan.shard.is_none() {
        report::write_gallery(folder, &manifest)?;
    }
    if pages_without_frames > 0 {
        eprintln!(
            "filmprint: {pages_without_frames} pages were made from fingerprints saved without frame thumbnails \
             (hovering shows times and colors, not the frame); --force decodes those films again to add them"
        );
    }
    let count = |status| manifest.films.iter().filter(|f| f.status == status).count();
    let (done, failed, pending) = (count(Status::Done), count(Status::Failed), count(Status::Pending));
    eprintln!(
        "filmprint: {} made, {}{up_to_date} up to date, {failed} failed{}; see {}",
        done - redrawn,
        if redrawn > 0 { format!("{redrawn} drawn again from their fingerprints, ") } else { String::new() },
        if pending > 0 { format!(", {pending} not made (interrupted)") } else { String::new() },
        manifest_path.display()
    );
    Ok(if CANCELLED.load(Ordering::Relaxed) {
        EXIT_INTERRUPTED
    } else if failed > 0 {
        EXIT_FAILURE
    } else {
        0
    })
}

/// The outputs of one film of the batch, named after it in the batch folder.
struct FilmOutputs {
    pictures: Vec<PictureJob>,
    json: PathBuf,
    html: Option<PathBuf>,
}

impl FilmOutputs {
    fn new(plan: &BatchPlan, name: &str) -> Result<Self, Error> {
        let folder = &plan.folder;
        let pictures =
            plan.picture.jobs_at(folder.join(format!("{name}.png"))).map_err(Error::InvalidSettings)?;
        let json = folder.join(format!("{name}.json"));
        let html = plan.html.then(|| folder.join(format!("{name}.html")));
        Ok(FilmOutputs { pictures, json, html })
    }

    /// The file names, relative to the batch folder.
    fn names(&self) -> Vec<String> {
        let paths = self.pictures.iter().map(|p| &p.path).chain([&self.json]).chain(&self.html);
        paths.filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect()
    }

    fn json_name(&self) -> String {
        self.json.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// What a film of the batch needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Work {
    /// Decoding and analysing, and every output.
    Make,
    /// Drawing from the saved fingerprint: every picture when their options changed, else only
    /// the outputs that are missing (a page asked for now).
    Redraw { pictures: bool },
}

/// Makes one film's outputs in the batch folder, or draws them again from its saved
/// fingerprint; the output names returned are relative to the folder.
fn make_film(
    plan: &BatchPlan,
    film: &Path,
    name: &str,
    work: Work,
    bar: &crate::progress_bar::FilmBar,
) -> Result<(Fingerprint, Vec<String>), Error> {
    let mut outputs = FilmOutputs::new(plan, name)?;
    let relative = outputs.names();
    let redraw = work != Work::Make;
    if work == (Work::Redraw { pictures: false }) {
        outputs.pictures.retain(|p| !p.path.is_file());
        outputs.html = outputs.html.filter(|page| !page.is_file());
    }
    // A bar per shot needs the shots: found with the film, or read back with its fingerprint.
    let by_shot = outputs.pictures.iter().any(|job| job.settings.bars == filmprint::render::BarUnit::Shots);
    let film_plan = Plan {
        input: if redraw {
            Input::Fingerprint(outputs.json.clone())
        } else {
            Input::Movie(film.to_path_buf())
        },
        pictures: outputs.pictures,
        csv: None,
        json: (!redraw).then_some(outputs.json),
        html: outputs.html,
        palette: None,
        shots: by_shot.then(crate::args::ShotsPlan::default),
        loudness: false,
        font: plan.picture.font.clone(),
        bar_colors: None,
        analysis: plan.analysis.clone(),
        threads: plan.threads_per_film,
        quiet: true,
        timings: true,
    };
    let phase = AtomicU8::new(READING);
    let made = run(&film_plan, bar, &phase)?;
    Ok((made.fingerprint, relative))
}

/// Joins the shards' manifests in `folder` into `filmprint-batch.json` (and the gallery).
pub fn merge(plan: &MergePlan) -> ExitCode {
    match merged(plan) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("filmprint: error: {}", crate::args::usage(&error));
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn merged(plan: &MergePlan) -> Result<u8, Error> {
    let mut parts = Vec::new();
    let entries = std::fs::read_dir(&plan.folder).map_err(|source| Error::Io {
        action: "read",
        path: plan.folder.clone(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.starts_with("filmprint-batch-") && name.ends_with(".json")
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(Error::InvalidSettings(format!(
            "no shard manifests (filmprint-batch-I-of-N.json) in '{}'",
            plan.folder.display()
        )));
    }
    let mut shards = Vec::new();
    for path in &paths {
        let manifest = Manifest::read(path)?;
        shards.extend(manifest.shard);
        parts.push(manifest);
    }
    // A library is cut one way per folder: manifests of another cut (a resubmission with
    // another N) would make a partial library look whole.
    let mut counts: Vec<u32> = shards.iter().map(|s| s.count).collect();
    counts.sort_unstable();
    counts.dedup();
    if counts.len() > 1 {
        let counts: Vec<String> = counts.iter().map(u32::to_string).collect();
        eprintln!(
            "filmprint: error: '{}' holds manifests of the library cut into {} shards: merge needs one cut per \
             folder (remove the stale manifests, or make the missing shards with the same N)",
            plan.folder.display(),
            counts.join(" and ")
        );
        return Ok(EXIT_FAILURE);
    }
    let manifest = Manifest::merge(parts);
    let path = plan.folder.join(manifest_name(None));
    manifest.write(&path)?;
    if plan.html {
        report::write_gallery(&plan.folder, &manifest)?;
    }
    let expected = counts.first().copied().unwrap_or(0) as usize;
    let mut present: Vec<u32> = shards.iter().map(|s| s.index).collect();
    present.sort_unstable();
    present.dedup();
    let written = present.len();
    // The warning first: it is what a scheduler's log should show at the top.
    if written < expected {
        let missing: Vec<String> =
            (1..=expected as u32).filter(|i| !present.contains(i)).map(|i| i.to_string()).collect();
        eprintln!(
            "filmprint: warning: {written} of {expected} shards have written a manifest (missing: {})",
            missing.join(", ")
        );
    }
    let pending = manifest.films.iter().filter(|f| f.status == Status::Pending).count();
    eprintln!(
        "filmprint: merged {} manifests ({} films, {} failed{}) into {}",
        paths.len(),
        manifest.films.len(),
        manifest.failures(),
        if pending > 0 { format!(", {pending} not made") } else { String::new() },
        path.display()
    );
    Ok(if manifest.failures() > 0 || pending > 0 || written < expected { EXIT_FAILURE } else { 0 })
}
