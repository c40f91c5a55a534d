//! The pipeline: plan the samples, fetch and analyse them on every core, assemble the
//! fingerprint.
//!
//! Work is split into contiguous runs of samples (a few per worker, taken from a shared
//! counter so a slow stretch of film does not leave other cores idle). Each worker has its own
//! demuxer and decoder, decodes its run in time order, and analyses each picture as soon as it
//! is decoded, so memory holds one small picture per worker, whatever the film's length.
//! Samples are placed by index, so the result is the same for any number of threads.

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::analyse::dominant_colors;
use crate::decode::{FfmpegSource, FrameSource};
use crate::error::{Error, Result};
use crate::fingerprint::{AnalysisSettings, Fingerprint, SCHEMA_VERSION, Sample, SourceInfo, Swatch};
use crate::progress::Progress;
use crate::sample::{self, SampleRequest};

/// Runs of samples handed out per worker (more runs balance better, fewer seek less).
const RUNS_PER_WORKER: usize = 4;

/// Opens `path` with FFmpeg and fingerprints it. `threads == 0` uses every core.
pub fn fingerprint_file(
    path: &Path,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Fingerprint> {
    settings.validate()?;
    let source = FfmpegSource::open(path, settings.analysis_width)?;
    fingerprint(&source, settings, threads, progress)
}

/// Fingerprints any frame source. `threads == 0` uses every core.
pub fn fingerprint(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Fingerprint> {
    settings.validate()?;
    let info = source.info();
    let plan = sample::plan(&info.timeline, settings.samples, settings.sampling);
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    };
    let workers = threads.min(plan.len()).max(1);
    let decoder_threads = (threads / workers).max(1);
    let run_len = plan.len().div_ceil(workers * RUNS_PER_WORKER).max(1);
    let runs: Vec<&[SampleRequest]> = plan.chunks(run_len).collect();

    progress.start("sampling", plan.len() as u64);
    let next_run = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let slots: Mutex<Vec<Option<Sample>>> = Mutex::new(vec![None; plan.len()]);
    let worker = || -> Result<()> {
        let mut reader = source.reader(decoder_threads)?;
        loop {
            let Some(run) = runs.get(next_run.fetch_add(1, Ordering::Relaxed)) else {
                return Ok(());
            };
            for (i, request) in run.iter().enumerate() {
                if stop.load(Ordering::Relaxed) {
                    return Ok(());
                }
                if progress.is_cancelled() {
                    return Err(Error::Cancelled);
                }
                let decoded = reader.fetch(request, run.get(i + 1))?;
                let colors = dominant_colors(&decoded.picture, settings.clusters, settings.seed);
                let sample = Sample {
                    index: request.index,
                    target_s: sample::target_seconds(&info.timeline, request.index, plan.len()),
                    time_s: info.timeline.offset_seconds(decoded.pts),
                    pts: decoded.pts,
                    keyframe: decoded.keyframe,
                    colors: colors
                        .bar_colors(settings.colors)
                        .iter()
                        .map(Swatch::from_color)
                        .collect(),
                    clusters: colors.clusters.iter().map(Swatch::from_color).collect(),
                };
                if let Ok(mut slots) = slots.lock() {
                    slots[request.index] = Some(sample);
                }
                progress.advance(1);
            }
        }
    };
    let outcomes: Vec<Result<()>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let outcome = worker();
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    outcome
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or(Err(Error::Cancelled)))
            .collect()
    });
    // Report the first real error (a worker stopped by another's failure has none).
    if let Some(err) = outcomes
        .into_iter()
        .filter_map(Result::err)
        .min_by_key(error_rank)
    {
        return Err(err);
    }
    let slots = slots.into_inner().map_err(|_| Error::Cancelled)?;
    let samples: Option<Vec<Sample>> = slots.into_iter().collect();
    let samples = samples.ok_or(Error::Cancelled)?;
    Ok(Fingerprint {
        schema: SCHEMA_VERSION,
        tool: format!("filmprint {}", env!("CARGO_PKG_VERSION")),
        source: source_info(source),
        settings: settings.clone(),
        samples,
    })
}

/// Cancellation is reported only when nothing else went wrong.
fn error_rank(error: &Error) -> u8 {
    u8::from(matches!(error, Error::Cancelled))
}

fn source_info(source: &dyn FrameSource) -> SourceInfo {
    let info = source.info();
    let timeline = &info.timeline;
    SourceInfo {
        file: info.path.file_name().map_or_else(
            || info.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        container: info.container.clone(),
        stream_index: info.stream_index,
        codec: info.codec.clone(),
        width: info.width,
        height: info.height,
        frame_rate: info.frame_rate,
        time_base: timeline.time_base,
        start_s: timeline.time_base.seconds(timeline.start),
        duration_s: timeline.duration_seconds(),
        keyframes: timeline.keyframes.len(),
        keyframe_source: info.keyframe_source.to_string(),
    }
}
