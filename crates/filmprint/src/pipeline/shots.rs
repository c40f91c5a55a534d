//! Finding a film's shots: every frame read in order (the source's `each_signature`) and fed
//! to the shot detector as it comes; a few frames a second are looked at in full for the
//! shots' colors (`shot_colors.rs`), and, when a fingerprint is made in the same pass, the
//! frame nearest each sample's target (`exact_samples.rs`). The decoding thread only detects
//! and scales; clustering runs on a thread of its own, fed through a short queue, so the
//! decoder is not kept waiting. Memory stays the same whatever the film's length.

use std::sync::mpsc;
use std::time::Instant;

use super::exact_samples::{Chosen, ExactSampler};
use super::shot_colors::ShotCollector;
use super::{Times, all_cores, analyse_sample, resolve_crop};
use crate::error::{Error, Result, Setting};
use crate::fingerprint::{AnalysisSettings, Fingerprint, Sample, ShotList};
use crate::frame::{CropMode, Picture};
use crate::progress::Progress;
use crate::sample::{self, SampleRequest, SamplingMode};
use crate::shots::{Boundary, FrameSignature, ShotDetector};
use crate::source::{DecodedSample, FrameSource};

/// Frames the decoding thread may be ahead of the clustering thread.
const QUEUE: usize = 64;

/// Reads every frame of `source` and finds its shots: where each starts and ends, the
/// transition into it, and its colors (clustered over several of its frames as `settings`
/// say: k, d, color space, light limits, thumbnails). The analysed part of the picture is
/// `settings.crop`'s (letterbox bars would only dilute the differences). Shots always cover
/// the whole film (`settings.start`/`end` narrow only the samples). `threads == 0` uses every
/// core. Reports progress in milliseconds of film ("shots") and stops when `progress` asks.
pub fn find_shots(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<ShotList> {
    settings.validate()?;
    let threads = all_cores(threads);
    let crop = resolve_crop(source, settings, &source.info().timeline, threads, progress)?;
    let settings =
        AnalysisSettings { crop: crop.map_or(CropMode::None, CropMode::Manual), ..settings.clone() };
    Ok(read_every_frame(source, &settings, Vec::new(), None, threads, progress)?.0)
}

/// A fingerprint and the film's shots from one reading of every frame: each sample is the
/// frame nearest its target (the `exact` sampling mode, which the fingerprint records: the
/// film is decoded whole anyway). `--skip-black` needs frames the pass has gone by, so with it
/// the samples are fetched as [`crate::fingerprint()`] does, after the pass.
pub fn fingerprint_with_shots(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Fingerprint> {
    settings.validate()?;
    let threads = all_cores(threads);
    if settings.skip_black {
        let mut fingerprint = super::fingerprint(source, settings, threads, progress)?;
        let crop = fingerprint.crop.map_or(CropMode::None, CropMode::Manual);
        fingerprint.shots =
            Some(find_shots(source, &AnalysisSettings { crop, ..settings.clone() }, threads, progress)?);
        return Ok(fingerprint);
    }
    let info = source.info();
    let sampled = sample::trimmed(&info.timeline, settings.start, settings.end)
        .map_err(|why| Error::setting(Setting::Span, why))?;
    let started = Instant::now();
    let crop = resolve_crop(source, settings, &sampled, threads, progress)?;
    let crop_s = started.elapsed().as_secs_f64();
    let settings = AnalysisSettings {
        crop: crop.map_or(CropMode::None, CropMode::Manual),
        sampling: SamplingMode::Exact,
        ..settings.clone()
    };
    let plan = sample::plan(&sampled, settings.samples, SamplingMode::Exact);
    let times = Times { stream: &info.timeline, sampled: &sampled, n: settings.samples };
    let reading = Instant::now();
    let (shots, mut samples) = read_every_frame(source, &settings, plan, Some(&times), threads, progress)?;
    samples.sort_by_key(|s| s.index);
    if samples.len() != settings.samples {
        return Err(Error::Internal(format!(
            "{} of {} samples were analysed",
            samples.len(),
            settings.samples
        )));
    }
    let timings = crate::fingerprint::Timings {
        crop_s,
        sampling_s: reading.elapsed().as_secs_f64(),
        workers: 1,
        frames_decoded: shots.frames,
        ..Default::default()
    };
    let mut fingerprint = super::assemble(source, &settings, crop, &sampled, samples, timings);
    fingerprint.shots = Some(shots);
    Ok(fingerprint)
}

/// Opens `path` with FFmpeg and finds its shots (see [`find_shots`]).
#[cfg(feature = "ffmpeg")]
pub fn find_shots_file(
    path: &std::path::Path,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<ShotList> {
    settings.validate()?;
    let source = crate::decode::FfmpegSource::open(path, settings.stream, settings.analysis_width)?;
    find_shots(&source, settings, threads, progress)
}

/// Opens `path` with FFmpeg and makes its fingerprint with its shots (see
/// [`fingerprint_with_shots`]).
#[cfg(feature = "ffmpeg")]
pub fn fingerprint_file_with_shots(
    path: &std::path::Path,
    settings: &AnalysisSettings,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Fingerprint> {
    settings.validate()?;
    let opened = Instant::now();
    let source = crate::decode::FfmpegSource::open(path, settings.stream, settings.analysis_width)?;
    let open_s = opened.elapsed().as_secs_f64();
    let mut fingerprint = fingerprint_with_shots(&source, settings, threads, progress)?;
    if let Some(timings) = &mut fingerprint.timings {
        timings.open_s = open_s;
    }
    Ok(fingerprint)
}

/// What the decoding thread hands the clustering thread.
enum Work {
    /// A frame: its grid, whether the shots look at it (with its analysis picture when
    /// thumbnails are wanted), the boundaries it settled and the first frame a boundary may
    /// still begin at.
    Frame {
        frame: u64,
        seconds: f64,
        grid: FrameSignature,
        pick: bool,
        full: Option<Picture>,
        found: Vec<Boundary>,
        settled: u64,
    },
    /// Samples whose frame is known.
    Samples(Chosen),
}

/// The pass itself: the shots, and the samples of `plan` (read on `times`).
fn read_every_frame(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    plan: Vec<SampleRequest>,
    times: Option<&Times<'_>>,
    threads: usize,
    progress: &dyn Progress,
) -> Result<(ShotList, Vec<Sample>)> {
    let info = source.info();
    let timeline = &info.timeline;
    let crop = match settings.crop {
        CropMode::Manual(rect) => Some(rect),
        _ => None,
    };
    let millis = |ticks: i64| (timeline.time_base.seconds(ticks.max(0)) * 1000.0) as u64;
    progress.start("shots", millis(timeline.span()));
    let (sender, receiver) = mpsc::sync_channel::<Work>(QUEUE);
    std::thread::scope(|scope| {
        let clustering = scope.spawn(move || {
            let mut collector = ShotCollector::new(settings);
            let mut samples = Vec::new();
            let mut frames = 0;
            for work in receiver {
                match work {
                    Work::Frame { frame, seconds, grid, pick, full, found, settled } => {
                        collector.frame(frame, seconds, grid, pick, full);
                        collector.settle(&found, settled);
                        frames = frame + 1;
                    }
                    Work::Samples(chosen) => {
                        if let Some(times) = times {
                            analyse_chosen(&chosen, settings, times, &mut samples);
                        }
                    }
                }
            }
            (collector, samples, frames)
        });
        let decoding = decode_pass(source, settings, crop, plan, threads, progress, &sender);
        drop(sender);
        let (collector, samples, frames) = clustering.join().map_err(|panic| Error::from_panic(&*panic))?;
        let (rest, last_sample) = decoding?;
        if frames == 0 {
            return Err(Error::Internal(format!("no frame of '{}' could be read", info.path.display())));
        }
        let mut samples = samples;
        if let (Some(chosen), Some(times)) = (last_sample, times) {
            analyse_chosen(&chosen, settings, times, &mut samples);
        }
        let shots = ShotList::new(frames, collector.finish(&rest, frames, timeline.duration_seconds()));
        // What is written must read back: a list that does not is a bug, said as one.
        shots
            .validate()
            .map_err(|why| Error::Internal(format!("the shots found are inconsistent: {why}")))?;
        Ok((shots, samples))
    })
}

/// Reads every frame, detecting and scaling, and sends the work on; returns the boundaries
/// the detector settles at the end and the samples left for the last frame.
fn decode_pass(
    source: &dyn FrameSource,
    settings: &AnalysisSettings,
    crop: Option<crate::frame::CropRect>,
    plan: Vec<SampleRequest>,
    threads: usize,
    progress: &dyn Progress,
    sender: &mpsc::SyncSender<Work>,
) -> Result<(Vec<Boundary>, Option<Chosen>)> {
    let timeline = &source.info().timeline;
    let millis = |ticks: i64| (timeline.time_base.seconds(ticks.max(0)) * 1000.0) as u64;
    let mut detector = ShotDetector::new();
    let mut sampler = ExactSampler::new(plan, timeline.frame_duration);
    let wants = ShotCollector::stride(source.info().frame_rate);
    let (mut frame, mut reported) = (0u64, 0u64);
    // The clustering thread stopped (it failed): stop reading; its failure is reported.
    let gone = || Error::Internal("the clustering thread stopped".into());
    source.each_signature(threads, crop, &mut |pts, signature, picture| {
        if progress.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let mut made: Option<Picture> = None;
        let mut once = || -> Result<Picture> {
            if let Some(p) = &made {
                return Ok(p.clone());
            }
            let p = picture()?;
            made = Some(p.clone());
            Ok(p)
        };
        for chosen in sampler.frame(pts, &mut once)? {
            sender.send(Work::Samples(chosen)).map_err(|_| gone())?;
        }
        // A shot's colors come from its frames' fine grids; the frame shown for it on the page
        // from the analysis picture of one of them.
        let pick = frame % wants == 0;
        let full = if pick && settings.thumbnails { Some(once()?) } else { None };
        let seconds = timeline.offset_seconds(pts);
        let found = detector.push(frame, seconds, signature.clone());
        let settled = detector.settled_before();
        sender
            .send(Work::Frame { frame, seconds, grid: signature, pick, full, found, settled })
            .map_err(|_| gone())?;
        frame += 1;
        let done = millis(pts.saturating_sub(timeline.start));
        if done > reported {
            progress.advance(done - reported);
            reported = done;
        }
        Ok(())
    })?;
    let last = sampler.finish().map_err(|request| Error::NoFrame {
        path: source.info().path.clone(),
        index: request.index,
        time: sample::format_time(timeline.offset_seconds(request.target)),
    })?;
    Ok((detector.finish(), last))
}

/// The samples of `chosen`: the first analysed, the rest (targets sharing its frame) copied.
fn analyse_chosen(
    chosen: &Chosen,
    settings: &AnalysisSettings,
    times: &Times<'_>,
    samples: &mut Vec<Sample>,
) {
    let decoded = DecodedSample { pts: chosen.pts, keyframe: false, picture: chosen.picture.clone() };
    let Some(first) = chosen.requests.first() else { return };
    let analysed = analyse_sample(first, &decoded, settings, times);
    for request in &chosen.requests[1..] {
        samples.push(Sample {
            index: request.index,
            target_s: super::target_s(request, times),
            ..analysed.clone()
        });
    }
    samples.push(analysed);
}
