//! The pipeline: plan the samples, fetch and analyse them on every core, assemble the
//! fingerprint.
//!
//! Work is split into contiguous runs of samples (a few per worker, taken from a shared
//! counter so a slow stretch of film does not leave other cores idle). Each worker has its own
//! demuxer and decoder, decodes its run in time order, and analyses each picture as soon as it
//! is decoded, so memory holds one small picture per worker, whatever the film's length.
//! Samples are placed by index, so the result is the same for any number of threads.

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use crate::analyse::dominant_colors;
use crate::analyse::squeeze::squeeze;
use crate::decode::VideoInfo;
use crate::decode::{
    ContentBox, CropMode, CropRect, DecodedSample, FfmpegSource, FrameSource, MIN_EVIDENCE, content_box,
    crop_for, is_black, unrotate,
};
use crate::error::{Error, Result};
use crate::fingerprint::{
    AnalysisSettings, Fingerprint, SCHEMA_VERSION, Sample, SourceInfo, Span, Swatch, Timings,
};
use crate::progress::Progress;
use crate::sample::{self, SampleRequest, SamplingMode, Timeline, format_time};

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
    let sampled =
        sample::trimmed(&info.timeline, settings.start, settings.end).map_err(Error::InvalidSettings)?;
    let plan = sample::plan(&sampled, settings.samples, settings.sampling);
    let times = Times { stream: &info.timeline, sampled: &sampled, n: settings.samples };
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, usize::from),
        n => n,
    };
    let crop = match settings.crop {
        CropMode::None => None,
        CropMode::Manual(rect) if rect.fits(info.width, info.height) => Some(rect),
        CropMode::Manual(rect) => {
            return Err(Error::InvalidSettings(format!(
                "--crop {rect} does not fit in the {}x{} picture of '{}'",
                info.width,
                info.height,
                info.path.display()
            )));
        }
        CropMode::Auto => {
            std::panic::catch_unwind(AssertUnwindSafe(|| detect_crop(source, &sampled, threads, progress)))
                .unwrap_or_else(|panic| Err(Error::Internal(panic_message(&panic))))?
        }
    };
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
                let mut sample = analyse_sample(request, &decoded, settings, &times);
                sample.skipped_black = skipped_black;
                done.push(sample);
                timings.decode_s += (decoded_at - clock).as_secs_f64();
                timings.analyse_s += decoded_at.elapsed().as_secs_f64();
                progress.advance(1);
            }
        }
        let stats = reader.stats();
        (timings.frames_decoded, timings.seeks) = (stats.frames_decoded, stats.seeks);
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
                            Err((at.load(Ordering::Relaxed), Error::Internal(panic_message(&panic))))
                        });
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    outcome
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| Err((0, Error::Internal(panic_message(&p))))))
            .collect()
    });
    let mut samples = Vec::with_capacity(n);
    let mut timings = Timings { workers, ..Timings::default() };
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
    let trimmed = sampled.start != info.timeline.start || sampled.end != info.timeline.end;
    Ok(Fingerprint {
        schema: SCHEMA_VERSION,
        tool: format!("filmprint {}", env!("CARGO_PKG_VERSION")),
        source: source_info(source),
        settings: settings.clone(),
        crop,
        sampled: trimmed.then(|| Span {
            start_s: info.timeline.offset_seconds(sampled.start),
            end_s: info.timeline.offset_seconds(sampled.end),
        }),
        samples,
        palette: None,
        warnings: warnings(info),
        timings: Some(timings),
    })
}

/// What the user should be told about the source.
fn warnings(info: &VideoInfo) -> Vec<String> {
    let timeline = &info.timeline;
    let mut warnings = Vec::new();
    if let Some(declared) = info.truncated_from {
        let (stops, declares) = (timeline.offset_seconds(timeline.end), timeline.offset_seconds(declared));
        warnings.push(format!(
            "'{}' is truncated: its data stops at {} but it declares {}; the fingerprint covers {}–{}, and {}–{}              is lost",
            info.path.display(),
            format_time(stops),
            format_time(declares),
            format_time(0.0),
            format_time(stops),
            format_time(stops),
            format_time(declares)
        ));
    }
    warnings
}

/// Frames looked at to find letterbox/pillarbox bars.
const CROP_PROBES: usize = 24;

/// Finds the bars to cut off: the union of what [`CROP_PROBES`] keyframes spread over the
/// middle 90 % of the sampled part show (openings and end credits are often small text on
/// black, which says nothing about the film's frame). Frames that fail to decode are not
/// evidence; too little evidence means no crop.
fn detect_crop(
    source: &dyn FrameSource,
    sampled: &Timeline,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Option<CropRect>> {
    let margin = sampled.span() / 20;
    let middle = Timeline { start: sampled.start + margin, end: sampled.end - margin, ..sampled.clone() };
    let plan = sample::plan(&middle, CROP_PROBES, SamplingMode::Keyframe);
    let mut reader = source.reader(threads, None)?;
    let mut union: Option<ContentBox> = None;
    let mut evidence = 0;
    let mut size = None;
    for (i, request) in plan.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let Ok(decoded) = reader.fetch(request, plan.get(i + 1)) else { continue };
        let picture_size = (decoded.picture.width, decoded.picture.height);
        if size.is_some_and(|s| s != picture_size) {
            // The frame size changes: bars found on one size say nothing about the other.
            return Ok(None);
        }
        size = Some(picture_size);
        if let Some(content) = content_box(&decoded.picture) {
            evidence += 1;
            union = Some(union.map_or(content, |u| u.union(content)));
        }
    }
    let info = source.info();
    Ok(match (union, size) {
        (Some(union), Some(size)) if evidence >= MIN_EVIDENCE => {
            // Pictures come turned the right way up; the crop applies to the stored frame.
            let (stored, stored_size) = unrotate(union, size, info.rotation);
            crop_for(stored, stored_size, (info.width, info.height))
        }
        _ => None,
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
    let offset = times.stream.offset_seconds(times.sampled.start);
    Sample {
        index: request.index,
        target_s: offset + sample::target_seconds(times.sampled, request.index, times.n),
        time_s: times.stream.offset_seconds(decoded.pts),
        pts: decoded.pts,
        keyframe: decoded.keyframe,
        skipped_black: false,
        colors: colors.bar_colors(settings.colors).iter().map(Swatch::from_color).collect(),
        clusters: colors.clusters.iter().map(Swatch::from_color).collect(),
        left_out: colors.left_out,
        average: colors.average.as_ref().map(Swatch::from_color),
        column: Some(Sample::encode_column(&squeeze(&decoded.picture))),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("a worker thread failed ({text}); please report this as a bug")
}

/// Cancellation is reported only when nothing else went wrong.
fn error_rank(error: &Error) -> u8 {
    u8::from(matches!(error, Error::Cancelled))
}

fn source_info(source: &dyn FrameSource) -> SourceInfo {
    let info = source.info();
    let timeline = &info.timeline;
    SourceInfo {
        file: info
            .path
            .file_name()
            .map_or_else(|| info.path.display().to_string(), |n| n.to_string_lossy().into_owned()),
        container: info.container.clone(),
        stream_index: info.stream_index,
        codec: info.codec.clone(),
        width: info.width,
        height: info.height,
        rotation: info.rotation,
        color_conversion: info.color_conversion.clone(),
        frame_rate: info.frame_rate,
        time_base: timeline.time_base,
        start_s: timeline.time_base.seconds(timeline.start),
        duration_s: timeline.duration_seconds(),
        keyframes: timeline.keyframes.len(),
        keyframe_source: info.keyframe_source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU64;

    use super::*;
    use crate::NoProgress;
    use crate::decode::{FrameReader, Picture, ReaderStats, SyntheticSource, VideoInfo};

    /// Red for the first three seconds, then blue.
    fn red_then_blue() -> SyntheticSource<impl Fn(f64) -> Picture + Sync> {
        SyntheticSource::new(4.0, 25, 25, 16, 9, |t| {
            Picture::from_fn(16, 9, |_, _| if t < 3.0 { [255, 0, 0] } else { [0, 0, 255] })
        })
    }

    #[test]
    fn black_samples_are_kept_or_replaced_by_the_nearest_frame_that_is_not() {
        // One second per color: black, red, black (the middle of a fade), blue; 4 samples of
        // 1 s each, so samples 0 and 2 fall on black.
        let source = SyntheticSource::new(4.0, 10, 10, 8, 8, |t| {
            let color = match t {
                t if t < 1.0 => [0, 0, 0],
                t if t < 2.0 => [255, 0, 0],
                t if t < 2.8 => [0, 0, 0],
                _ => [0, 0, 255],
            };
            Picture::from_fn(8, 8, |_, _| color)
        });
        let run = |skip_black| {
            let settings = AnalysisSettings { samples: 4, skip_black, ..Default::default() };
            fingerprint(&source, &settings, 1, &NoProgress).unwrap()
        };
        let kept = run(false);
        let colors: Vec<&str> = kept.samples.iter().map(|s| s.colors[0].hex.as_str()).collect();
        assert_eq!(colors, ["#000000", "#ff0000", "#000000", "#0000ff"]);
        let skipped = run(true);
        let colors: Vec<&str> = skipped.samples.iter().map(|s| s.colors[0].hex.as_str()).collect();
        // Sample 0's interval is all black: kept. Sample 2 ([2, 3), target 2.5) takes the
        // first blue frame, at 2.8 s.
        assert_eq!(colors, ["#000000", "#ff0000", "#0000ff", "#0000ff"]);
        assert_eq!(
            skipped.samples.iter().map(|s| s.skipped_black).collect::<Vec<_>>(),
            [false, false, true, false]
        );
        assert!((skipped.samples[2].time_s - 2.8).abs() < 1e-9, "{}", skipped.samples[2].time_s);
    }

    #[test]
    fn start_and_end_narrow_the_part_sampled_and_times_stay_on_the_stream_clock() {
        use crate::sample::TimeSpec;
        let trimmed = |start, end| {
            let settings = AnalysisSettings { samples: 8, start, end, ..Default::default() };
            fingerprint(&red_then_blue(), &settings, 1, &NoProgress).unwrap()
        };
        let blue = trimmed(Some(TimeSpec::FromStart(3.0)), None);
        assert!(blue.samples.iter().all(|s| s.colors[0].hex == "#0000ff"));
        assert_eq!(blue.sampled, Some(Span { start_s: 3.0, end_s: 4.0 }));
        // Eight samples over [3, 4): targets 3.0625, 3.1875, … on the stream's clock.
        assert!((blue.samples[0].target_s - 3.0625).abs() < 1e-9, "{}", blue.samples[0].target_s);
        assert!(blue.samples.iter().all(|s| s.time_s >= 3.0 && s.time_s < 4.0));
        let red = trimmed(None, Some(TimeSpec::Percent(75.0)));
        assert!(red.samples.iter().all(|s| s.colors[0].hex == "#ff0000"));
        let palette = red.compute_palette(1, 2).unwrap();
        assert_eq!((palette.segments[1].start_s, palette.segments[1].end_s), (1.5, 3.0));
        let whole = trimmed(None, None);
        assert_eq!(whole.sampled, None);
        let empty = AnalysisSettings {
            start: Some(TimeSpec::FromEnd(0.5)),
            end: Some(TimeSpec::FromStart(1.0)),
            ..Default::default()
        };
        let error = fingerprint(&red_then_blue(), &empty, 1, &NoProgress).unwrap_err().to_string();
        assert!(error.contains("nothing is left to sample"), "{error}");
    }

    #[test]
    fn samples_land_in_order_with_their_colors_for_any_thread_count() {
        let settings = AnalysisSettings { samples: 40, ..Default::default() };
        let untimed = |threads| Fingerprint {
            timings: None,
            ..fingerprint(&red_then_blue(), &settings, threads, &NoProgress).unwrap()
        };
        let one = untimed(1);
        let hexes: Vec<&str> = one.samples.iter().map(|s| s.colors[0].hex.as_str()).collect();
        assert_eq!(hexes[..30], ["#ff0000"; 30]);
        assert_eq!(hexes[30..], ["#0000ff"; 10]);
        assert!(one.samples.iter().enumerate().all(|(i, s)| s.index == i));
        for threads in [2, 3, 8] {
            assert_eq!(untimed(threads), one);
        }
    }

    /// Asks to stop after a few samples.
    struct StopAfter(u64, AtomicU64);

    impl Progress for StopAfter {
        fn advance(&self, done: u64) {
            self.1.fetch_add(done, Ordering::Relaxed);
        }
        fn is_cancelled(&self) -> bool {
            self.1.load(Ordering::Relaxed) >= self.0
        }
    }

    #[test]
    fn a_cancelled_run_stops_early_with_cancelled() {
        let progress = StopAfter(5, AtomicU64::new(0));
        let settings = AnalysisSettings { samples: 1000, ..Default::default() };
        let result = fingerprint(&red_then_blue(), &settings, 2, &progress);
        assert!(matches!(result, Err(Error::Cancelled)), "{result:?}");
        assert!(progress.1.load(Ordering::Relaxed) < 20, "stopped within a few samples");
    }

    /// A source whose reader fails with an error at one sample and panics at another.
    struct Broken {
        info: VideoInfo,
        error_at: usize,
        panic_at: usize,
    }

    impl FrameSource for Broken {
        fn info(&self) -> &VideoInfo {
            &self.info
        }
        fn reader(&self, _: usize, _: Option<CropRect>) -> Result<Box<dyn FrameReader + '_>> {
            Ok(Box::new(BrokenReader { error_at: self.error_at, panic_at: self.panic_at }))
        }
    }

    struct BrokenReader {
        error_at: usize,
        panic_at: usize,
    }

    impl FrameReader for BrokenReader {
        fn fetch(&mut self, request: &SampleRequest, _: Option<&SampleRequest>) -> Result<DecodedSample> {
            if request.index == self.error_at {
                return Err(Error::NoFrame { path: "x".into(), index: request.index, time: "t".into() });
            }
            assert_ne!(request.index, self.panic_at, "a bug at sample {}", request.index);
            let picture = Picture::from_fn(1, 1, |_, _| [0; 3]);
            Ok(DecodedSample { pts: request.target, keyframe: false, picture })
        }
        fn nearest_accepted(
            &mut self,
            _: i64,
            _: i64,
            _: f64,
            _: &dyn Fn(&Picture) -> bool,
        ) -> Result<Option<DecodedSample>> {
            Ok(None)
        }
        fn stats(&self) -> ReaderStats {
            ReaderStats::default()
        }
    }

    #[test]
    fn the_earliest_failure_is_reported_and_a_panic_is_an_internal_error() {
        let info = red_then_blue().info().clone();
        let settings = AnalysisSettings { samples: 20, crop: CropMode::None, ..Default::default() };
        let broken = |error_at, panic_at| Broken { info: info.clone(), error_at, panic_at };
        // The bar-finding pass reports a panic the same way, and skips frames that fail.
        let auto = AnalysisSettings { crop: CropMode::Auto, ..settings.clone() };
        let result = fingerprint(&broken(99, 5), &auto, 1, &NoProgress);
        assert!(matches!(&result, Err(Error::Internal(m)) if m.contains("a bug at sample 5")), "{result:?}");
        let result = fingerprint(&broken(7, 9), &settings, 1, &NoProgress);
        assert!(matches!(result, Err(Error::NoFrame { index: 7, .. })), "{result:?}");
        let result = fingerprint(&broken(12, 9), &settings, 1, &NoProgress);
        assert!(matches!(&result, Err(Error::Internal(m)) if m.contains("a bug at sample 9")), "{result:?}");
        // With several workers, whichever failure stops the others first is among those met.
        for threads in [2, 4] {
            let result = fingerprint(&broken(7, 9), &settings, threads, &NoProgress);
            assert!(
                matches!(result, Err(Error::NoFrame { index: 7, .. } | Error::Internal(_))),
                "{result:?}"
            );
        }
    }
}
