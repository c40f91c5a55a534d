//! Sample stage: which moments of the film become bars, and how each is fetched.
//!
//! The seed exported frames with ffmpeg's `fps` filter and got "about N". We plan exactly N
//! targets, evenly spaced in time, and decide per target whether the nearest keyframe is good
//! enough (one cheap decode after a seek) or the exact nearest frame is needed. Planning is pure
//! and global, so the result never depends on how the work is later split between threads.

mod timeline;
mod trim;

pub use timeline::{TimeBase, Timeline, format_time};
pub use trim::TimeSpec;
pub(crate) use trim::parse_seconds;
pub(crate) use trim::trimmed;

use serde::{Deserialize, Serialize};

/// How sampled frames are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SamplingMode {
    /// The frame whose timestamp is nearest each target (decodes up to a GOP per sample).
    Exact,
    /// The keyframe nearest each target (one decoded frame per sample; fastest).
    Keyframe,
    /// The nearest keyframe when it lies inside the sample's own interval (so within half an
    /// interval of the target, and no two samples share it), else the interval's first frame:
    /// the cheapest of its frames to reach by decoding forward from the keyframe before it.
    #[default]
    Auto,
}

impl SamplingMode {
    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            SamplingMode::Exact => "exact",
            SamplingMode::Keyframe => "keyframe",
            SamplingMode::Auto => "auto",
        }
    }
}

/// How one sample's frame is to be fetched.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    /// Decode the keyframe at this timestamp and use it.
    Keyframe {
        /// The keyframe's timestamp (as listed in [`Timeline::keyframes`]).
        at: i64,
        /// When set, the keyframe is only good enough if its actual presentation time lies in
        /// these ticks `[lo, hi)`, the sample's own interval; otherwise the exact frame is used.
        /// (Some indexes give keyframe times a few frames off, e.g. MP4's decode times.)
        window: Option<(i64, i64)>,
    },
    /// Decode forward from `from` (the last keyframe at or before the target, if known) and use
    /// the frame whose timestamp is nearest the target.
    Exact {
        /// Where decoding must start; `None` when the stream lists no keyframes.
        from: Option<i64>,
    },
    /// Decode forward from `from` (the last keyframe at or before the interval) and use the
    /// first frame shown inside the sample's interval `window` (ticks `[lo, hi)`): of the
    /// interval's frames, the one reached with the least decoding, whether the decoder starts
    /// at the keyframe or already stands at an earlier sample. When no frame lies inside (an
    /// interval shorter than a frame), the frame nearest the target, as [`Method::Exact`].
    FirstInside {
        /// Where decoding must start.
        from: Option<i64>,
        /// The sample's interval.
        window: (i64, i64),
    },
}

/// One planned sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SampleRequest {
    /// Position of the sample (0-based bar index).
    pub index: usize,
    /// The centre of the sample's interval, in stream ticks (rounded down to a whole tick).
    pub target: i64,
    /// The same centre with the fraction of a tick kept: coarse time bases (AVI counts whole
    /// frames) would otherwise shift which frame is nearest.
    pub precise_target: f64,
    /// How to fetch it.
    pub method: Method,
}

impl SampleRequest {
    /// The keyframe decoding has to start from for this sample, if known.
    pub fn anchor(&self) -> Option<i64> {
        match self.method {
            Method::Keyframe { at, .. } => Some(at),
            Method::Exact { from } | Method::FirstInside { from, .. } => from,
        }
    }
}

/// The target of sample `i` of `n`: the centre of the i-th of n equal intervals of the stream.
pub(crate) fn target(timeline: &Timeline, i: usize, n: usize) -> i64 {
    let span = i128::from(timeline.span());
    let twice_n = 2 * n as i128;
    let offset = ((2 * i as i128 + 1) * span).div_euclid(twice_n);
    timeline.start.saturating_add(i64::try_from(offset).unwrap_or(i64::MAX))
}

/// The target of sample `i` of `n` in ticks, with the fraction of a tick kept.
pub(crate) fn precise_target(timeline: &Timeline, i: usize, n: usize) -> f64 {
    timeline.start as f64 + timeline.span() as f64 * (i as f64 + 0.5) / n as f64
}

/// The target of sample `i` of `n` in seconds from the stream's start, computed exactly from
/// the span rather than from the rounded tick.
pub(crate) fn target_seconds(timeline: &Timeline, i: usize, n: usize) -> f64 {
    timeline.duration_seconds() * (i as f64 + 0.5) / n as f64
}

/// Plans `n` samples over the timeline in the given mode, in ascending time order.
pub fn plan(timeline: &Timeline, n: usize, mode: SamplingMode) -> Vec<SampleRequest> {
    (0..n)
        .map(|index| {
            let target = target(timeline, index, n);
            let exact = Method::Exact { from: timeline.keyframe_at_or_before(target) };
            let window = timeline.interval_bounds(index, n);
            let method = match (mode, timeline.nearest_keyframe_inside(target)) {
                (SamplingMode::Exact, _) | (_, None) => exact,
                (SamplingMode::Keyframe, Some(at)) => Method::Keyframe { at, window: None },
                // Only a keyframe inside the sample's own interval [i, i + 1) × span / n: one on
                // a boundary belongs to the later sample, as the frame after a cut belongs to
                // the new scene.
                (SamplingMode::Auto, Some(at)) if timeline.interval_of(at, n) == Some(index) => {
                    Method::Keyframe { at, window: Some(window) }
                }
                // Dense sampling, where keyframes are rarer than samples: any frame of the
                // interval keeps the promise (every sample inside its own interval), and its
                // first frame costs least: at N = 3600 on the 2-hour benchmark film this decodes
                // far fewer frames than the one nearest the target (docs/BENCHMARKS.md).
                (SamplingMode::Auto, Some(_)) => {
                    Method::FirstInside { from: timeline.keyframe_at_or_before(window.0), window }
                }
            };
            SampleRequest { index, target, precise_target: precise_target(timeline, index, n), method }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(start: i64, end: i64, keyframes: Vec<i64>) -> Timeline {
        Timeline {
            time_base: TimeBase { num: 1, den: 1000 },
            start,
            end,
            keyframes,
            frame_duration: Some(40),
        }
    }

    #[test]
    fn targets_are_interval_centres_from_the_stream_start() {
        let t = timeline(10_000, 20_000, vec![]);
        let targets: Vec<i64> = (0..4).map(|i| target(&t, i, 4)).collect();
        assert_eq!(targets, vec![11_250, 13_750, 16_250, 18_750]);
        assert!((target_seconds(&t, 0, 4) - 1.25).abs() < 1e-12);
        let coarse = timeline(0, 120, vec![]);
        assert_eq!(target(&coarse, 0, 37), 1);
        assert!((precise_target(&coarse, 0, 37) - 120.0 / 74.0).abs() < 1e-12);
    }

    #[test]
    fn plans_exactly_n_samples_even_when_n_exceeds_the_ticks() {
        let t = timeline(0, 3, vec![0]);
        let p = plan(&t, 10, SamplingMode::Exact);
        assert_eq!(p.len(), 10);
        assert!(p.windows(2).all(|w| w[0].target <= w[1].target));
    }

    #[test]
    fn keyframe_mode_takes_the_nearest_keyframe() {
        let t = timeline(0, 10_000, vec![0, 3000, 6000, 9000]);
        let p = plan(&t, 2, SamplingMode::Keyframe);
        // targets 2500 and 7500: nearest keyframes 3000 and 6000 (7500 is a tie -> earlier)
        assert_eq!(p[0].method, Method::Keyframe { at: 3000, window: None });
        assert_eq!(p[1].method, Method::Keyframe { at: 6000, window: None });
    }

    #[test]
    fn auto_uses_a_keyframe_only_within_the_samples_interval() {
        // 10 samples of 1000 ticks: targets 500, 1500, …; intervals [0, 1000), [1000, 2000), …
        let t = timeline(0, 10_000, vec![0, 1000, 4600, 9990]);
        let p = plan(&t, 10, SamplingMode::Auto);
        let keyframe = |at: i64| {
            let lo = at / 1000 * 1000;
            Method::Keyframe { at, window: Some((lo, lo + 1000)) }
        };
        // target 500: nearest 0 (a tie with 1000 goes to the earlier), inside [0, 1000).
        assert_eq!(p[0].method, keyframe(0));
        // target 1500: nearest 1000, inside [1000, 2000).
        assert_eq!(p[1].method, keyframe(1000));
        // target 2500: nearest 1000, outside -> the first frame of [2000, 3000), from 1000.
        assert_eq!(p[2].method, Method::FirstInside { from: Some(1000), window: (2000, 3000) });
        // target 4500: 4600 inside; target 5500: 4600 is not in [5000, 6000) -> exact.
        assert_eq!(p[4].method, keyframe(4600));
        assert_eq!(p[5].method, Method::FirstInside { from: Some(4600), window: (5000, 6000) });
        // target 9500: 9990 inside [9000, 10000).
        assert_eq!(p[9].method, keyframe(9990));
    }

    #[test]
    fn a_keyframe_on_an_interval_boundary_goes_to_the_later_sample() {
        // A cut at 3000 with 20 samples over 4000 ticks: the boundary of sample 14's
        // [2800, 3000) and sample 15's [3000, 3200).
        let t = timeline(0, 4000, vec![0, 3000]);
        let p = plan(&t, 20, SamplingMode::Auto);
        assert_eq!(p[14].method, Method::FirstInside { from: Some(0), window: (2800, 3000) });
        assert_eq!(p[15].method, Method::Keyframe { at: 3000, window: Some((3000, 3200)) });
    }

    #[test]
    fn without_keyframes_every_mode_falls_back_to_exact() {
        let t = timeline(0, 1000, vec![]);
        for mode in [SamplingMode::Auto, SamplingMode::Keyframe] {
            assert!(plan(&t, 3, mode).iter().all(|r| r.method == Method::Exact { from: None }));
        }
    }
}
