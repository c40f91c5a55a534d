//! The pipeline on synthetic sources: order, threads, trimming, black frames, failures.

use std::sync::atomic::AtomicU64;

use super::*;
use crate::NoProgress;
use crate::frame::{CropRect, Picture};
use crate::source::{FrameReader, ReaderStats, SyntheticSource, VideoInfo};

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
    fn each_signature(
        &self,
        _: usize,
        _: Option<CropRect>,
        _: &mut dyn FnMut(
            i64,
            crate::shots::FrameSignature,
            crate::source::PictureOnDemand<'_>,
        ) -> Result<()>,
    ) -> Result<()> {
        Err(Error::Internal("no frames".into()))
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
        assert!(matches!(result, Err(Error::NoFrame { index: 7, .. } | Error::Internal(_))), "{result:?}");
    }
}

#[test]
fn shots_are_found_over_every_frame_of_a_source() {
    // 4 s at 25 fps: red, then blue from 1.6 s (frame 40), then a red/green split from 2.8 s
    // (frame 70); a letterbox crop leaves the bars out.
    let source = SyntheticSource::new(4.0, 25, 12, 64, 48, |t| {
        Picture::from_fn(64, 48, |x, y| match (!(6..42).contains(&y), t) {
            (true, _) => [0, 0, 0],
            (false, t) if t < 1.6 => [200, 30, 20],
            (false, t) if t < 2.8 => [20, 40, 200],
            (false, _) => {
                if x < 32 {
                    [200, 30, 20]
                } else {
                    [30, 180, 40]
                }
            }
        })
    });
    let crop = CropRect { x: 0, y: 6, width: 64, height: 36 };
    let settings = AnalysisSettings {
        crop: CropMode::Manual(crop),
        clusters: 2,
        colors: 2,
        thumbnails: true,
        ..AnalysisSettings::default()
    };
    let list = crate::find_shots(&source, &settings, 1, &NoProgress).unwrap();
    assert_eq!(list.frames, 100);
    let cuts: Vec<(u64, f64)> = list.boundaries().iter().map(|b| (b.first, b.first_s)).collect();
    assert_eq!(cuts, vec![(40, 1.6), (70, 2.8)]);
    assert!(list.boundaries().iter().all(|b| b.transition == crate::shots::Transition::Cut));
    // The shots tile the film, and their colors are those of their frames (the bars cut off).
    let spans: Vec<(u64, u64, f64, f64)> =
        list.shots.iter().map(|s| (s.first_frame, s.last_frame, s.start_s, s.end_s)).collect();
    assert_eq!(spans, vec![(0, 39, 0.0, 1.6), (40, 69, 1.6, 2.8), (70, 99, 2.8, 4.0)]);
    let hexes = |i: usize| -> Vec<(String, f32)> {
        list.shots[i].clusters.iter().map(|c| (c.hex.clone(), (c.share * 100.0).round() / 100.0)).collect()
    };
    assert_eq!(hexes(0), vec![("#c81e14".to_string(), 1.0)]);
    assert_eq!(hexes(1), vec![("#1428c8".to_string(), 1.0)]);
    let mut split = hexes(2);
    split.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(split, vec![("#1eb428".to_string(), 0.5), ("#c81e14".to_string(), 0.5)]);
    // Several frames of each shot were looked at (4 a second), the shown one in its middle.
    assert!(list.shots.iter().all(|s| s.frames_analysed >= 3 && s.thumbnail.is_some()), "{list:?}");
    assert!(list.shots.iter().all(|s| (s.frame_s - (s.start_s + s.end_s) / 2.0).abs() <= 0.25));
    assert_eq!(list.statistics.count, 3);
    assert!((list.statistics.average_s - 4.0 / 3.0).abs() < 1e-9);
    assert!((list.statistics.median_s - 1.2).abs() < 1e-9);
    // A source that fails reports its error.
    let broken = Broken { info: source.info().clone(), error_at: 0, panic_at: 99 };
    assert!(crate::find_shots(&broken, &AnalysisSettings::default(), 1, &NoProgress).is_err());
}

#[test]
fn samples_read_with_the_shots_are_those_of_exact_sampling() {
    // A frame's color encodes its time, so any other frame would show; 3.96 s at 25 fps,
    // sampled more and less densely than the frames, trimmed and not.
    let source = SyntheticSource::new(3.96, 25, 10, 8, 8, |t| {
        let n = (t * 25.0).round() as u8;
        Picture::from_fn(8, 8, |_, _| [n * 2, 255 - n * 2, 40])
    });
    for (samples, start) in [(7, None), (40, None), (150, None), (9, Some(0.5))] {
        let settings = AnalysisSettings {
            samples,
            sampling: crate::SamplingMode::Exact,
            start: start.map(crate::sample::TimeSpec::FromStart),
            ..AnalysisSettings::default()
        };
        let sampled = fingerprint(&source, &settings, 2, &NoProgress).unwrap();
        let read = super::shots::fingerprint_with_shots(&source, &settings, 2, &NoProgress).unwrap();
        assert_eq!(read.samples, sampled.samples, "{samples} samples from {start:?}");
        assert_eq!(read.sampled, sampled.sampled);
        assert_eq!(read.shots.as_ref().map(|s| s.frames), Some(99));
    }
}
