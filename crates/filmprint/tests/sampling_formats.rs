//! Sampling on real encoded video, across containers and codecs: every frame of the test clips
//! shows a color that encodes its own frame number, so for each sample we can check that the
//! frame used is exactly the one the sampling mode promises, that it decoded correctly (not a
//! half-decoded frame after a seek), and that its timestamp is right.

use filmprint::decode::FfmpegSource;
use filmprint::source::FrameSource;
use filmprint::{AnalysisSettings, Fingerprint, NoProgress, SamplingMode};
use testkit::{Clip, frame_number, keyframe_times, numbered_frames, strs, with};

const FPS: u32 = 25;
const FRAMES: u32 = 120;

struct Case {
    name: &'static str,
    file: &'static str,
    codec: &'static [&'static str],
    /// The container indexes keyframes by decode time (MP4, AVI), so keyframe choices within a
    /// few frames of a tie or an interval boundary may go either way.
    approximate_index: bool,
    /// Frames by which display lags the container's clock. AVI stores decode order only; with
    /// B-frames the decoder shows frame n at slot n + 1, which is what FFmpeg reports too.
    delay: u32,
}

const CASES: &[Case] = &[
    Case {
        name: "H.264 in MP4, B-frames, open GOP",
        file: "h264.mp4",
        codec: &[
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "12",
            "-keyint_min",
            "12",
            "-sc_threshold",
            "0",
            "-bf",
            "3",
            "-x264-params",
            "open-gop=1",
        ],
        approximate_index: true,
        delay: 0,
    },
    Case {
        name: "HEVC 10-bit in Matroska, B-frames",
        file: "hevc10.mkv",
        codec: &[
            "-c:v",
            "libx265",
            "-pix_fmt",
            "yuv420p10le",
            "-x265-params",
            "keyint=12:min-keyint=12:scenecut=0:bframes=3:log-level=error",
        ],
        approximate_index: false,
        delay: 0,
    },
    Case {
        name: "VP9 in WebM, hidden alt-ref frames",
        file: "vp9.webm",
        codec: &[
            "-c:v",
            "libvpx-vp9",
            "-g",
            "12",
            "-keyint_min",
            "12",
            "-deadline",
            "good",
            "-cpu-used",
            "8",
            "-auto-alt-ref",
            "1",
            "-lag-in-frames",
            "12",
            "-b:v",
            "200k",
        ],
        approximate_index: false,
        delay: 0,
    },
    Case {
        name: "AV1 in Matroska",
        file: "av1.mkv",
        codec: &["-c:v", "libaom-av1", "-cpu-used", "8", "-row-mt", "1", "-g", "12", "-crf", "20"],
        approximate_index: false,
        delay: 0,
    },
    Case {
        name: "MPEG-4 part 2 in AVI, B-frames",
        file: "mpeg4.avi",
        codec: &["-c:v", "mpeg4", "-bf", "2", "-g", "12", "-q:v", "2", "-sc_threshold", "1000000000"],
        approximate_index: true,
        delay: 1,
    },
    Case {
        name: "MPEG-2 in MPEG-TS (no index: keyframes found by a packet scan)",
        file: "mpeg2.ts",
        codec: &["-c:v", "mpeg2video", "-bf", "2", "-g", "12", "-q:v", "2", "-sc_threshold", "1000000000"],
        approximate_index: false,
        delay: 0,
    },
    Case {
        name: "Motion JPEG in QuickTime (every frame a keyframe)",
        file: "mjpeg.mov",
        codec: &["-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"],
        approximate_index: false,
        delay: 0,
    },
];

fn make(case: &Case) -> Clip {
    let args = with(&numbered_frames(FRAMES, FPS, "64x48"), case.codec);
    Clip::encode(case.file, &strs(&args))
}

fn run(clip: &Clip, mode: SamplingMode, n: usize, threads: usize) -> Fingerprint {
    let settings =
        AnalysisSettings { samples: n, clusters: 1, colors: 1, sampling: mode, ..Default::default() };
    let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
    filmprint::fingerprint(&source, &settings, threads, &NoProgress).unwrap()
}

/// Time slot (frame number + display delay) shown in each sample, read back from its color.
fn slots_shown(fp: &Fingerprint, case: &Case) -> Vec<u32> {
    fp.samples
        .iter()
        .map(|s| {
            let rgb = s.colors[0].rgb();
            let n = frame_number(rgb)
                .unwrap_or_else(|| panic!("{}: sample {} has color {rgb:?}", case.name, s.index));
            n + case.delay
        })
        .collect()
}

/// Slots nearest each target (ties to the earlier), for slots shown at slot / FPS.
fn nearest_slots(fp: &Fingerprint, case: &Case) -> Vec<u32> {
    fp.samples
        .iter()
        .map(|s| {
            let exact = s.target_s * f64::from(FPS);
            let below = exact.floor();
            let n = if exact - below <= 0.5 { below } else { below + 1.0 };
            (n as u32).clamp(case.delay, FRAMES - 1 + case.delay)
        })
        .collect()
}

#[test]
fn every_format_yields_the_promised_frames() {
    for case in CASES {
        let clip = make(case);
        let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
        let timeline = &source.info().timeline;
        let duration = timeline.duration_seconds();
        assert!((duration - 4.8).abs() < 0.05, "{}: duration {duration}", case.name);
        assert!(!timeline.keyframes.is_empty(), "{}: no keyframes found", case.name);

        // exact: the nearest frame to every target, decoded correctly, timestamp right.
        let exact = run(&clip, SamplingMode::Exact, 37, 2);
        let shown = slots_shown(&exact, case);
        for ((s, &n), best) in exact.samples.iter().zip(&shown).zip(nearest_slots(&exact, case)) {
            // Nearest, allowing a tie within Matroska's millisecond timestamps.
            let distance = |f: u32| (f64::from(f) / f64::from(FPS) - s.target_s).abs();
            assert!(
                distance(n) <= distance(best) + 2e-3,
                "{}: exact sample {} shows {n}, nearest is {best}",
                case.name,
                s.index
            );
        }
        for (s, &n) in exact.samples.iter().zip(&shown) {
            let expected = f64::from(n) / f64::from(FPS);
            assert!(
                (s.time_s - expected).abs() < 1e-3,
                "{}: sample {} at {} not {expected}",
                case.name,
                s.index,
                s.time_s
            );
            assert!(!s.keyframe);
        }

        // The keyframes' display times, as ffprobe sees them decoding in sequence.
        let keys = keyframe_times(&clip.path);
        let nearest_key = |t: f64| {
            keys.iter()
                .copied()
                .fold(f64::INFINITY, |best, k| if (k - t).abs() < (best - t).abs() { k } else { best })
        };
        // MP4 indexes keyframes by decode time: decisions within a few frames of a tie or an
        // interval boundary may go either way.
        let slack = if case.approximate_index { 0.2 } else { 0.0 };

        // keyframe: every sample is the keyframe nearest its target.
        let keyframe = run(&clip, SamplingMode::Keyframe, 9, 2);
        let shown = slots_shown(&keyframe, case);
        for (s, &n) in keyframe.samples.iter().zip(&shown) {
            // AVI's last keyframe (with B-frames) only gets a time when decoded in sequence, so
            // its sample falls back to the exact frame.
            let avi_tail = case.delay > 0 && s.index + 1 == keyframe.samples.len();
            assert!(s.keyframe || avi_tail, "{}: sample {} not from a keyframe", case.name, s.index);
            assert!((s.time_s - f64::from(n) / f64::from(FPS)).abs() < 1e-3, "{}: keyframe time", case.name);
            if !avi_tail {
                let best = nearest_key(s.target_s);
                let ok = (s.time_s - best).abs() < 1e-3
                    || (keys.iter().any(|&k| (k - s.time_s).abs() < 1e-3)
                        && (s.time_s - s.target_s).abs() <= (best - s.target_s).abs() + slack + 1e-6);
                assert!(
                    ok,
                    "{}: keyframe sample {} (target {}) at {}, nearest keyframe {best}",
                    case.name, s.index, s.target_s, s.time_s
                );
            }
        }

        // auto: the nearest keyframe when it lies in the sample's own interval, else the
        // interval's first frame; always the frame the timestamp says.
        let auto = run(&clip, SamplingMode::Auto, 40, 2);
        let shown = slots_shown(&auto, case);
        let interval = auto.source.duration_s / 40.0;
        for ((s, &n), best) in auto.samples.iter().zip(&shown).zip(nearest_slots(&auto, case)) {
            assert!((s.time_s - f64::from(n) / f64::from(FPS)).abs() < 1e-3, "{}: auto time", case.name);
            let (lo, hi) = (s.index as f64 * interval, (s.index + 1) as f64 * interval);
            let key = nearest_key(s.target_s);
            if s.keyframe {
                // Checked on the decoded frame's own time, so no slack (beyond rounding).
                let is_key = keys.iter().any(|&k| (k - s.time_s).abs() < 1e-3);
                let nearest = (s.time_s - s.target_s).abs() <= (key - s.target_s).abs() + 1e-6;
                assert!(
                    is_key && nearest,
                    "{}: auto sample {} is not the nearest keyframe",
                    case.name,
                    s.index
                );
                assert!(
                    lo - 1e-9 <= s.time_s && s.time_s < hi,
                    "{}: auto sample {} outside its interval",
                    case.name,
                    s.index
                );
            } else {
                let clearly_inside = lo + slack <= key && key < hi - slack - 1e-9;
                assert!(
                    !clearly_inside,
                    "{}: auto sample {} ignored the keyframe at {key}",
                    case.name, s.index
                );
                // The first frame shown inside the interval (the cheapest of them to reach);
                // an interval without a frame takes the nearest. Matroska's millisecond
                // timestamps make a frame within 2 ms of the boundary count either way.
                let time = |f: u32| f64::from(f) / f64::from(FPS);
                let first = (case.delay..FRAMES + case.delay).find(|&f| time(f) >= lo - 2e-3 && time(f) < hi);
                match first {
                    Some(first) => assert!(
                        n == first || (n == first + 1 && time(first) < lo + 2e-3),
                        "{}: auto sample {} shows {n}, the interval's first frame is {first}",
                        case.name,
                        s.index
                    ),
                    None => {
                        let distance = |f: u32| (time(f) - s.target_s).abs();
                        assert!(
                            distance(n) <= distance(best) + 2e-3,
                            "{}: auto sample {} (no frame inside) not nearest",
                            case.name,
                            s.index
                        );
                    }
                }
            }
        }
        assert!(auto.samples.iter().any(|s| s.keyframe), "{}: auto used no keyframe", case.name);
        let intra_only = timeline.keyframes.len() as u32 == FRAMES;
        assert_eq!(
            auto.samples.iter().any(|s| !s.keyframe),
            !intra_only,
            "{}: exact frames in auto",
            case.name
        );
    }
}

#[test]
fn results_do_not_depend_on_the_number_of_threads() {
    let clip = make(&CASES[0]);
    for mode in [SamplingMode::Exact, SamplingMode::Auto, SamplingMode::Keyframe] {
        let settings =
            AnalysisSettings { samples: 50, clusters: 4, colors: 2, sampling: mode, ..Default::default() };
        let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
        let one = Fingerprint {
            timings: None,
            ..filmprint::fingerprint(&source, &settings, 1, &NoProgress).unwrap()
        };
        for threads in [2, 3, 7] {
            let many = Fingerprint {
                timings: None,
                ..filmprint::fingerprint(&source, &settings, threads, &NoProgress).unwrap()
            };
            assert_eq!(one, many, "{mode:?} with {threads} threads");
        }
    }
    // Denser than the keyframes in every format: `auto` takes each interval's first frame,
    // decoding on from wherever the worker stands, and gets the same frames on any split.
    for case in CASES {
        let clip = make(case);
        let source = FfmpegSource::open(&clip.path, None, 64).unwrap();
        let settings = AnalysisSettings {
            samples: 90,
            clusters: 2,
            colors: 1,
            analysis_width: 64,
            ..Default::default()
        };
        let times = |threads: usize| -> Vec<f64> {
            let fp = filmprint::fingerprint(&source, &settings, threads, &NoProgress).unwrap();
            fp.samples.iter().map(|s| s.time_s).collect()
        };
        let one = times(1);
        for threads in [2, 5] {
            assert_eq!(one, times(threads), "{}: auto with {threads} threads", case.name);
        }
    }
}
