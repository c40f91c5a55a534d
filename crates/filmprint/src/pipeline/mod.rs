//! The pipeline: plan the samples, fetch and analyse them on every core, assemble the
//! fingerprint.
//!
//! Work is split into contiguous runs of samples (a few per worker, taken from a shared
//! counter so a slow stretch of film does not leave other cores idle). Each worker has its own
//! demuxer and decoder, decodes its run in time order, and analyses each picture as soon as it
//! is decoded, so memory holds one small picture per worker, whatever the film's length.
//! Samples are placed by index, so the result is the same for any number of threads.

mod bars;
mod exact_samples;
#[cfg(feature = "ffmpeg")]
pub(crate) mod loudness;
mod shot_colors;
pub(crate) mod shots;
mod source_notes;

use std::panic::AssertUnwindSafe;
#[cfg(feature = "ffmpeg")]
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use crate::analyse::dominant_colors;
use crate::analyse::squeeze::squeeze;
#[cfg(feature = "ffmpeg")]
use crate::decode::FfmpegSource;
use crate::error::{Error, Result, Setting};
use crate::export::thumbnail::thumbnail;
use crate::fingerprint::{AnalysisSettings, Fingerprint, SCHEMA_VERSION, Sample, Span, Swatch, Timings};
use crate::frame::{CropMode, is_black};
use crate::progress::Progress;
use crate::sample::{self, SampleRequest, Timeline};
use crate::source::{DecodedSample, FrameSource};
use source_notes::{samples_warning, source_info, warnings};

/// Runs of samples handed out per worker (more runs balance better, fewer seek less).
const RUNS_PER_WORKER: usize = 4;

/// Opens `path` with FFmpeg and fingerprints it. `threads == 0` uses every core.
#[cfg(feature = "ffmpeg")]
pub fn fingerprint_file(
    path: &Path,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Fingerprint> {
    settings.validate()?;
    let opened = Instant::now();
    let source = FfmpegSource::open(path, settings.stream, settings.analysis_width)?;
    let open_s = opened.elapsed().as_secs_f64();
    let mut fingerprint = fingerprint(&source, settings, threads, progress)?;
    if let Some(timings) = &mut fingerprint.timings {
        timings.open_s = open_s;
    }
    Ok(fingerprint)
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
    let sampled = sample::trimmed(&info.timeline, settings.start, settings.end)
        .map_err(|why| Error::setting(Setting::Span, why))?;
    let plan = sample::plan(&sampled, settings.samples, settings.sampling);
    let times = Times { stream: &info.timeline, sampled: &sampled, n: settings.samples };
    let threads = all_cores(threads);
    let probing = Instant::now();
    let crop = resolve_crop(source, settings, &sampled, threads, progress)?;
    let crop_s = probing.elapsed().as_secs_f64();
    let workers = threads.min(plan.len()).max(1);
    let decoder_threads = (threads / workers).max(1);
    let run_len = plan.len().div_ceil(workers * RUNS_PER_WORKER).max(1);
    let runs: Vec<&[SampleRequest]> = plan.chunks(run_len).collect();

    progress.start("sampling", plan.len() as u64);
    let next_run = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let n = plan.len();
    let started = Instant::now();
    // Each worker returns its samples and timings, or the first error it met with the sample
    // it was at.
    let worker = |at: &AtomicUsize| -> std::result::Result<(Vec<Sample>, Timings), (usize, Error)> {
        let mut reader = source.reader(decoder_threads, crop).map_err(|e| (0, e))?;
        let mut done = Vec::new();
        let mut timings = Timings::default();
        while let Some(run) = runs.get(next_run.fetch_add(1, Ordering::Relaxed)) {
            for (i, request) in run.iter().enumerate() {
                if stop.load(Ordering::Relaxed) {
                    return Ok((done, timings));
                }
                if progress.is_cancelled() {
                    return Err((request.index, Error::Cancelled));
                }
                at.store(request.index, Ordering::Relaxed);
                let clock = Instant::now();
                let mut decoded = reader.fetch(request, run.get(i + 1)).map_err(|e| (request.index, e))?;
                let mut skipped_black = false;
                if settings.skip_black && is_black(&decoded.picture) {
                    let (lo, hi) = sampled.interval_bounds(request.index, n);
                    let other = reader
                        .nearest_accepted(lo, hi, request.precise_target, &|p| !is_black(p))
                        .map_err(|e| (request.index, e))?;
                    if let Some(other) = other {
                        (decoded, skipped_black) = (other, true);
                    }
                }
                let decoded_at = Instant::now();
                // Neighbouring samples often land on the same keyframe (keyframe mode, or auto
                // with N above the keyframe count): its colors are the same, so they are reused.
                let mut sample = match done.last() {
                    Some(last) if same_frame(last, &decoded) => {
                        Sample { index: request.index, target_s: target_s(request, &times), ..last.clone() }
                    }
                    _ => analyse_sample(request, &decoded, settings, &times),
                };
                sample.skipped_black = skipped_black;
                done.push(sample);
                timings.decode_s += (decoded_at - clock).as_secs_f64();
                timings.analyse_s += decoded_at.elapsed().as_secs_f64();
                progress.advance(1);
            }
        }
        let stats = reader.stats();
        (timings.frames_decoded, timings.seeks) = (stats.frames_decoded, stats.seeks);
        timings.scale_s = stats.scale_ns as f64 / 1e9;
        Ok((done, timings))
    };
    let outcomes: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    // The sample being worked on, to place a panic among the other failures.
                    let at = AtomicUsize::new(0);
                    let outcome =
                        std::panic::catch_unwind(AssertUnwindSafe(|| worker(&at))).unwrap_or_else(|panic| {
                            Err((at.load(Ordering::Relaxed), Error::from_panic(&*panic)))
                        });
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    outcome
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|p| Err((0, Error::from_panic(&*p))))).collect()
    });
    let mut samples = Vec::with_capacity(n);
    let mut timings = Timings { workers, crop_s, ..Timings::default() };
    let mut first_error: Option<(usize, Error)> = None;
    for outcome in outcomes {
        match outcome {
            Ok((done, worker_timings)) => {
                samples.extend(done);
                timings.add(&worker_timings);
            }
            // The error of the earliest sample, so a broken file reports the same on every run.
            Err((index, error)) => {
                if first_error.as_ref().is_none_or(|(i, e)| (error_rank(&error), index) < (error_rank(e), *i))
                {
                    first_error = Some((index, error));
                }
            }
        }
    }
    if let Some((_, error)) = first_error {
        return Err(error);
    }
    samples.sort_by_key(|s| s.index);
    timings.sampling_s = started.elapsed().as_secs_f64();
    timings.keyframe_samples = samples.iter().filter(|s| s.keyframe).count();
    if samples.len() != n {
        return Err(Error::Internal(format!("{} of {n} samples were analysed", samples.len())));
    }
    Ok(assemble(source, settings, crop, &sampled, samples, timings))
}

/// The fingerprint of `samples` (in index order) taken from `sampled` with `crop`.
fn assemble(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    crop: Option<crate::frame::CropRect>,
    sampled: &Timeline,
    samples: Vec<Sample>,
    timings: Timings,
) -> Fingerprint {
    let info = source.info();
    let trimmed = sampled.start != info.timeline.start || sampled.end != info.timeline.end;
    let warnings = warnings(info, &samples_warning(&samples, info, settings));
    Fingerprint {
        schema: SCHEMA_VERSION,
        tool: format!("filmprint {}", env!("CARGO_PKG_VERSION")),
        source: source_info(source),
        settings: settings.clone(),
        title: None,
        subtitle: None,
        crop,
        sampled: trimmed.then(|| Span {
            start_s: info.timeline.offset_seconds(sampled.start),
            end_s: info.timeline.offset_seconds(sampled.end),
        }),
        samples,
        palette: None,
        shots: None,
        loudness: None,
        statistics: None,
        warnings,
        timings: Some(timings),
    }
}

/// `threads`, or every core for 0.
fn all_cores(threads: usize) -> usize {
    match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    }
}

/// The part of every frame to analyse, in source pixels: the settings' crop, checked against
/// the picture, or the letterbox bars found in `sampled` (`CropMode::Auto`).
fn resolve_crop(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    sampled: &Timeline,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Option<crate::frame::CropRect>> {
    let info = source.info();
    Ok(match settings.crop {
        CropMode::None => None,
        CropMode::Manual(rect) if rect.fits(info.width, info.height) => Some(rect),
        CropMode::Manual(rect) => {
            return Err(Error::setting(
                Setting::Crop,
                format!(
                    "{rect} does not fit in the {}x{} picture of '{}'",
                    info.width,
                    info.height,
                    info.path.display()
                ),
            ));
        }
        CropMode::Auto => std::panic::catch_unwind(AssertUnwindSafe(|| {
            bars::detect_crop(source, sampled, threads, progress)
        }))
        .unwrap_or_else(|panic| Err(Error::from_panic(&*panic)))?,
    })
}

/// The time axes a sample's times are read on.
struct Times<'a> {
    /// The whole stream: times are given from its start.
    stream: &'a Timeline,
    /// The part sampled (the stream unless trimmed).
    sampled: &'a Timeline,
    /// Number of samples.
    n: usize,
}

/// Decodes nothing: turns a fetched frame into its fingerprint entry.
fn analyse_sample(
    request: &SampleRequest,
    decoded: &DecodedSample,
    settings: &AnalysisSettings,
    times: &Times<'_>,
) -> Sample {
    let colors = dominant_colors(&decoded.picture, &settings.cluster_settings());
    Sample {
        index: request.index,
        target_s: target_s(request, times),
        time_s: times.stream.offset_seconds(decoded.pts),
        pts: decoded.pts,
        keyframe: decoded.keyframe,
        skipped_black: false,
        colors: colors.bar_colors(settings.colors).iter().map(Swatch::from_color).collect(),
        clusters: colors.clusters.iter().map(Swatch::from_color).collect(),
        left_out: colors.left_out,
        average: colors.average.as_ref().map(Swatch::from_color),
        column: Some(Sample::encode_column(&squeeze(&decoded.picture))),
        thumbnail: if settings.thumbnails { thumbnail(&decoded.picture) } else { None },
    }
}

/// When sample `request` was aimed at, seconds from the stream start.
fn target_s(request: &SampleRequest, times: &Times<'_>) -> f64 {
    times.stream.offset_seconds(times.sampled.start)
        + sample::target_seconds(times.sampled, request.index, times.n)
}

/// Whether `decoded` is the very frame `sample` was analysed from: the analysis of a picture
/// depends on nothing else, so it can be reused.
fn same_frame(sample: &Sample, decoded: &DecodedSample) -> bool {
    sample.pts == decoded.pts && sample.keyframe == decoded.keyframe
}

/// Cancellation is reported only when nothing else went wrong.
fn error_rank(error: &Error) -> u8 {
    u8::from(matches!(error, Error::Cancelled))
}

#[cfg(test)]
mod tests;
