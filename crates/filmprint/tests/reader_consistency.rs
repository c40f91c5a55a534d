//! The frame a sample gets must not depend on the reader's history: a worker that continues
//! decoding from the previous sample and a worker that starts fresh at this sample must agree,
//! or results would change with the number of threads. Checked sample by sample, with
//! variable frame rates (a 3-second gap) and frame-threaded decoders, plus streams whose last
//! frame is held for seconds (which must not look truncated).

use filmprint::decode::FfmpegSource;
use filmprint::sample::{self, SamplingMode};
use filmprint::source::FrameSource;
use filmprint::{AnalysisSettings, NoProgress};
use testkit::{Clip, frame_number, numbered_frames, strs, with};

/// 100 numbered frames at 25 fps with a 3 s hole after frame 49; frame 49 is a B-frame nothing
/// refers to, so a reader that skips non-reference frames far from its target can miss it.
fn vfr_gap_clip() -> Clip {
    let args = with(
        &numbered_frames(100, 25, "64x48"),
        &[
            "-vf",
            "setpts=N/25/TB+gte(N\\,50)*3/TB",
            "-fps_mode",
            "passthrough",
            "-c:v",
            "libx264",
            "-g",
            "40",
            "-keyint_min",
            "40",
            "-sc_threshold",
            "0",
            "-bf",
            "3",
            "-x264-params",
            "b-pyramid=none",
        ],
    );
    Clip::encode("vfr_gap_after_frame_49.mp4", &strs(&args))
}

/// Display time of frame n of the gap clip.
fn gap_clip_time(n: u32) -> f64 {
    f64::from(n) / 25.0 + if n >= 50 { 3.0 } else { 0.0 }
}

fn assert_fresh_equals_sequential(clip: &Clip, n: usize, threads: usize) {
    let source = FfmpegSource::open(&clip.path, None, 64).unwrap();
    for mode in [SamplingMode::Exact, SamplingMode::Auto, SamplingMode::Keyframe] {
        let plan = sample::plan(&source.info().timeline, n, mode);
        let mut sequential = source.reader(threads, None).unwrap();
        for (i, request) in plan.iter().enumerate() {
            let continued = sequential.fetch(request, plan.get(i + 1)).unwrap();
            let fresh = source.reader(threads, None).unwrap().fetch(request, None).unwrap();
            assert_eq!(
                (continued.pts, continued.keyframe),
                (fresh.pts, fresh.keyframe),
                "{mode:?} sample {i} ({threads} decoder threads)"
            );
            assert!(continued.picture == fresh.picture, "{mode:?} sample {i}: same frame, other pixels");
        }
    }
}

#[test]
fn a_fresh_reader_and_a_continuing_one_pick_the_same_frames() {
    let cfr = Clip::encode(
        "h264_bframes.mp4",
        &strs(&with(&numbered_frames(120, 25, "64x48"), &["-c:v", "libx264", "-g", "12", "-bf", "3"])),
    );
    assert_fresh_equals_sequential(&cfr, 37, 1);
    assert_fresh_equals_sequential(&cfr, 37, 2);
    let gap = vfr_gap_clip();
    for n in [9, 23] {
        assert_fresh_equals_sequential(&gap, n, 1);
    }
    assert_fresh_equals_sequential(&gap, 9, 2);
}

#[test]
fn across_a_gap_exact_sampling_still_finds_the_nearest_frame() {
    let gap = vfr_gap_clip();
    let source = FfmpegSource::open(&gap.path, None, 64).unwrap();
    let settings =
        AnalysisSettings { samples: 23, clusters: 1, sampling: SamplingMode::Exact, ..Default::default() };
    for threads in [1, 2, 3] {
        let fp = filmprint::fingerprint(&source, &settings, threads, &NoProgress).unwrap();
        for s in &fp.samples {
            let n = frame_number(s.colors[0].rgb()).unwrap();
            assert!(
                (s.time_s - gap_clip_time(n)).abs() < 1e-3,
                "sample {}: frame {n} at {}",
                s.index,
                s.time_s
            );
            let best = (0..100).map(|f| (gap_clip_time(f) - s.target_s).abs()).fold(f64::INFINITY, f64::min);
            assert!(
                (gap_clip_time(n) - s.target_s).abs() <= best + 1e-3,
                "sample {} (target {}) got frame {n}, nearest is {best} away",
                s.index,
                s.target_s
            );
        }
    }
}

#[test]
fn a_last_frame_held_for_seconds_is_not_mistaken_for_truncation() {
    let base = Clip::encode(
        "two_seconds.mp4",
        &strs(&with(&numbered_frames(50, 25, "64x48"), &["-c:v", "libx264", "-g", "12", "-bf", "3"])),
    );
    let held = base.sibling("last_frame_held_5s.mp4");
    testkit::run_ffmpeg(
        &[
            "-i",
            base.path.to_str().unwrap(),
            "-c",
            "copy",
            "-bsf:v",
            "setts=duration='if(eq(N\\,49)\\,5/TB\\,DURATION)'",
        ],
        &held,
    );
    let source = FfmpegSource::open(&held, None, 64).unwrap();
    assert!(source.info().timeline.duration_seconds() > 6.5, "the hold is part of the stream");
    for mode in [SamplingMode::Exact, SamplingMode::Auto] {
        let settings = AnalysisSettings { samples: 20, clusters: 1, sampling: mode, ..Default::default() };
        let fp = filmprint::fingerprint(&source, &settings, 2, &NoProgress).unwrap();
        let last = fp.samples.last().unwrap();
        assert_eq!(frame_number(last.colors[0].rgb()), Some(49), "{mode:?}: the held frame ends the film");
    }
}
