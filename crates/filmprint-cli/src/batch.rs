//! `filmprint batch` and `filmprint merge`: many films, side by side, each made exactly as a
//! single film is (`run`), with the manifest updated as each finishes. A film that fails is
//! recorded and the others go on; Ctrl-C stops the films being made (their staged files are
//! removed) and leaves the manifest saying which are done.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use filmprint::batch::{FilmRecord, InputStamp, Manifest, Status, find_films, manifest_name, output_names};
use filmprint::{Error, Fingerprint};

use crate::args::{BatchPlan, Input, MergePlan, Plan};
use crate::progress_bar::BatchBars;
use crate::{EXIT_FAILURE, EXIT_INTERRUPTED, READING, report, run};

/// Set by Ctrl-C: no new film starts, and those being made stop.
static CANCELLED: AtomicBool = AtomicBool::new(false);

/// Runs a batch; the exit status is 1 if any film failed, 130 if interrupted.
pub fn run_batch(plan: &BatchPlan) -> ExitCode {
    let _ = ctrlc::set_handler(|| CANCELLED.store(true, Ordering::SeqCst));
    match batch(plan) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("filmprint: error: {error}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn batch(plan: &BatchPlan) -> Result<u8, Error> {
    let folder = &plan.folder;
    if let Some(font) = &plan.picture.font {
        // Checked once for all films, before anything is made.
        filmprint::render::FontFile::load(font)?;
    }
    std::fs::create_dir_all(folder).map_err(|source| Error::Io {
        action: "create",
        path: folder.clone(),
        source,
    })?;
    let found = find_films(&plan.inputs, plan.recursive);
    for missing in &found.missing {
        eprintln!("filmprint: warning: {missing}");
    }
    if found.films.is_empty() {
        return Err(Error::InvalidSettings(format!(
            "no films among the inputs ({} other files looked at)",
            found.passed_over
        )));
    }
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
    let mut todo = Vec::new();
    for &i in &chosen {
        let (film, name) = (&found.films[i], &names[i]);
        let mut record = FilmRecord::pending(film, name, &plan.settings_key);
        let stamp = InputStamp::of(film);
        match (&stamp, earlier.get(name)) {
            (Ok(stamp), Some(old)) if old.up_to_date(stamp, &plan.settings_key, folder) => {
                record = FilmRecord { status: Status::UpToDate, input: record.input, ..old.clone() };
            }
            _ => todo.push(manifest.films.len()),
        }
        manifest.films.push(record);
    }
    let manifest_path = folder.join(manifest_name(plan.shard));
    manifest.write(&manifest_path)?;

    let bars = BatchBars::new(todo.len() as u64, plan.quiet, &CANCELLED);
    let up_to_date = manifest.films.len() - todo.len();
    if up_to_date > 0 {
        bars.println(&format!("filmprint: {up_to_date} films up to date (--force makes them again)"));
    }
    let films: Vec<(PathBuf, String)> = todo
        .iter()
        .map(|&r| (PathBuf::from(&manifest.films[r].input), manifest.films[r].name.clone()))
        .collect();
    let work = |_: usize, (film, name): &(PathBuf, String)| {
        let bar = bars.film(name);
        let outcome = make_film(plan, film, name, &bar);
        let stamp = InputStamp::of(film);
        (outcome, stamp)
    };
    let mut write_error = None;
    filmprint::batch::run_queue(
        &films,
        plan.jobs,
        &|| CANCELLED.load(Ordering::Relaxed),
        &work,
        |i, (outcome, stamp)| {
            let record = &mut manifest.films[todo[i]];
            match (outcome, stamp) {
                (Ok((fingerprint, outputs)), Ok(stamp)) => record.done(&fingerprint, stamp, outputs),
                (Err(Error::Cancelled), _) => {}
                (Err(error), _) | (Ok(_), Err(error)) => {
                    bars.println(&format!("filmprint: error: {error}"));
                    record.failed(error.to_string());
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
    let count = |status| manifest.films.iter().filter(|f| f.status == status).count();
    let (done, failed, pending) = (count(Status::Done), count(Status::Failed), count(Status::Pending));
    eprintln!(
        "filmprint: {done} made, {up_to_date} up to date, {failed} failed{}; see {}",
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

/// Makes one film's outputs in the batch folder; the output names are relative to it.
fn make_film(
    plan: &BatchPlan,
    film: &Path,
    name: &str,
    bar: &crate::progress_bar::FilmBar,
) -> Result<(Fingerprint, Vec<String>), Error> {
    let folder = &plan.folder;
    let pictures =
        plan.picture.jobs_at(folder.join(format!("{name}.png"))).map_err(Error::InvalidSettings)?;
    let json = folder.join(format!("{name}.json"));
    let html = plan.html.then(|| folder.join(format!("{name}.html")));
    let mut outputs: Vec<PathBuf> = pictures.iter().map(|p| p.path.clone()).collect();
    outputs.push(json.clone());
    outputs.extend(html.clone());
    let film_plan = Plan {
        input: Input::Movie(film.to_path_buf()),
        pictures,
        csv: None,
        json: Some(json),
        html,
        palette: None,
        font: plan.picture.font.clone(),
        analysis: plan.analysis.clone(),
        threads: plan.threads_per_film,
        quiet: true,
        timings: true,
    };
    let phase = AtomicU8::new(READING);
    let fingerprint = run(&film_plan, bar, &phase)?;
    let relative =
        outputs.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
    Ok((fingerprint, relative))
}

/// Joins the shards' manifests in `folder` into `filmprint-batch.json` (and the gallery).
pub fn merge(plan: &MergePlan) -> ExitCode {
    match merged(plan) {
        Ok(status) => ExitCode::from(status),
        Err(error) => {
            eprintln!("filmprint: error: {error}");
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
    let mut counts = Vec::new();
    for path in &paths {
        let manifest = Manifest::read(path)?;
        counts.extend(manifest.shard.map(|s| s.count));
        parts.push(manifest);
    }
    let manifest = Manifest::merge(parts);
    let path = plan.folder.join(manifest_name(None));
    manifest.write(&path)?;
    if plan.html {
        report::write_gallery(&plan.folder, &manifest)?;
    }
    let expected = counts.iter().max().copied().unwrap_or(0) as usize;
    let pending = manifest.films.iter().filter(|f| f.status == Status::Pending).count();
    eprintln!(
        "filmprint: merged {} manifests ({} films, {} failed{}) into {}",
        paths.len(),
        manifest.films.len(),
        manifest.failures(),
        if pending > 0 { format!(", {pending} not made") } else { String::new() },
        path.display()
    );
    if paths.len() < expected {
        eprintln!("filmprint: warning: {} of {expected} shards have written a manifest", paths.len());
    }
    Ok(if manifest.failures() > 0 || pending > 0 || paths.len() < expected { EXIT_FAILURE } else { 0 })
}
