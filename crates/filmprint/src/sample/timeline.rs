//! The video stream's time axis as the sampler sees it: integer ticks of the stream's time base,
//! where its picture starts and ends, and where its keyframes are. Integer ticks (not seconds)
//! so that planning is exact and the same on every machine.

use serde::{Deserialize, Serialize};

/// A rational time base: one tick lasts `num / den` seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeBase {
    /// Numerator.
    pub num: i32,
    /// Denominator.
    pub den: i32,
}

impl TimeBase {
    /// Seconds in `ticks` ticks.
    pub fn seconds(self, ticks: i64) -> f64 {
        ticks as f64 * f64::from(self.num) / f64::from(self.den)
    }

    /// Whole ticks nearest to `seconds`.
    pub fn ticks(self, seconds: f64) -> i64 {
        (seconds * f64::from(self.den) / f64::from(self.num)).round() as i64
    }
}

/// What the sampler needs to know about a video stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Unit of every timestamp below.
    pub time_base: TimeBase,
    /// Presentation time of the first frame (need not be 0).
    pub start: i64,
    /// End of the last frame's display (start + duration); always greater than `start`.
    pub end: i64,
    /// Timestamps the demuxer can seek to exactly and that start a decodable picture,
    /// ascending and unique. May be empty when the stream has no usable keyframe marks.
    pub keyframes: Vec<i64>,
    /// Typical frame duration in ticks, when the stream declares a frame rate.
    pub frame_duration: Option<i64>,
}

impl Timeline {
    /// A one-tick timeline with no keyframes, to fill in with struct update syntax.
    pub fn empty(time_base: TimeBase) -> Self {
        Timeline { time_base, start: 0, end: 1, keyframes: Vec::new(), frame_duration: None }
    }

    /// Length of the stream in ticks.
    pub fn span(&self) -> i64 {
        self.end.saturating_sub(self.start)
    }

    /// Which of `n` equal intervals of the span `ts` falls in (`None` outside the span).
    pub fn interval_of(&self, ts: i64, n: usize) -> Option<usize> {
        if ts < self.start || ts >= self.end || n == 0 {
            return None;
        }
        let i = (i128::from(ts) - i128::from(self.start)) * n as i128 / i128::from(self.span());
        usize::try_from(i).ok()
    }

    /// The ticks `[lo, hi)` of interval `i` of `n`: exactly those `ts` with
    /// `interval_of(ts, n) == Some(i)`.
    pub fn interval_bounds(&self, i: usize, n: usize) -> (i64, i64) {
        let span = i128::from(self.span());
        let n = (n as i128).max(1);
        let edge = |i: usize| {
            let offset = (i as i128 * span + n - 1).div_euclid(n); // ceil(i * span / n)
            self.start.saturating_add(i64::try_from(offset).unwrap_or(i64::MAX))
        };
        (edge(i), edge(i + 1))
    }

    /// Length of the stream in seconds.
    pub fn duration_seconds(&self) -> f64 {
        self.time_base.seconds(self.span())
    }

    /// Seconds from the start of the stream to `ticks`.
    pub fn offset_seconds(&self, ticks: i64) -> f64 {
        self.time_base.seconds(ticks.saturating_sub(self.start))
    }

    /// The last keyframe at or before `ts`, if any.
    pub fn keyframe_at_or_before(&self, ts: i64) -> Option<i64> {
        let i = self.keyframes.partition_point(|&k| k <= ts);
        i.checked_sub(1).map(|i| self.keyframes[i])
    }

    /// The keyframe just before `ts` (strictly earlier), if any.
    pub fn keyframe_before(&self, ts: i64) -> Option<i64> {
        let i = self.keyframes.partition_point(|&k| k < ts);
        i.checked_sub(1).map(|i| self.keyframes[i])
    }

    /// The keyframe nearest to `ts`; on a tie, the earlier one.
    pub fn nearest_keyframe(&self, ts: i64) -> Option<i64> {
        nearest_in(&self.keyframes, ts)
    }
}

impl Timeline {
    /// The keyframe nearest to `ts` among those inside `[start, end)` (the sampled part, which
    /// trimming may make narrower than the stream); on a tie, the earlier one.
    pub fn nearest_keyframe_inside(&self, ts: i64) -> Option<i64> {
        let first = self.keyframes.partition_point(|&k| k < self.start);
        let last = self.keyframes.partition_point(|&k| k < self.end);
        nearest_in(&self.keyframes[first..last.max(first)], ts)
    }
}

/// The value of the ascending list nearest to `ts`; on a tie, the earlier one.
fn nearest_in(keyframes: &[i64], ts: i64) -> Option<i64> {
    let i = keyframes.partition_point(|&k| k < ts);
    let after = keyframes.get(i).copied();
    let before = i.checked_sub(1).map(|i| keyframes[i]);
    match (before, after) {
        (Some(b), Some(a)) => Some(if ts - b <= a - ts { b } else { a }),
        (b, a) => b.or(a),
    }
}

/// Formats seconds as `h:mm:ss.sss`, the way people read film times.
pub fn format_time(seconds: f64) -> String {
    let millis = (seconds.max(0.0) * 1000.0).round() as u64;
    let (h, rest) = (millis / 3_600_000, millis % 3_600_000);
    let (m, rest) = (rest / 60_000, rest % 60_000);
    format!("{h}:{m:02}:{:02}.{:03}", rest / 1000, rest % 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(keyframes: Vec<i64>) -> Timeline {
        Timeline {
            time_base: TimeBase { num: 1, den: 1000 },
            start: 0,
            end: 10_000,
            keyframes,
            frame_duration: Some(40),
        }
    }

    #[test]
    fn keyframe_lookups() {
        let t = timeline(vec![0, 2000, 4000]);
        assert_eq!(t.keyframe_at_or_before(1999), Some(0));
        assert_eq!(t.keyframe_at_or_before(2000), Some(2000));
        assert_eq!(t.keyframe_before(2000), Some(0));
        assert_eq!(t.keyframe_at_or_before(-5), None);
        assert_eq!(t.nearest_keyframe(1000), Some(0), "ties go to the earlier keyframe");
        assert_eq!(t.nearest_keyframe(1001), Some(2000));
        assert_eq!(t.nearest_keyframe(9000), Some(4000));
        assert_eq!(timeline(vec![]).nearest_keyframe(5), None);
        let trimmed = Timeline { start: 1500, end: 3000, ..t.clone() };
        assert_eq!(trimmed.nearest_keyframe_inside(1000), Some(2000), "0 is before the sampled part");
        assert_eq!(trimmed.nearest_keyframe_inside(9000), Some(2000), "4000 is after it");
        assert_eq!(Timeline { start: 2500, end: 3000, ..t }.nearest_keyframe_inside(2600), None);
    }

    #[test]
    fn interval_bounds_agree_with_interval_of() {
        for (start, end, n) in [(0, 10_000, 7), (-500, 333, 10), (90_000, 90_017, 5), (0, 3, 10)] {
            let t = Timeline { start, end, ..timeline(vec![]) };
            for i in 0..n {
                let (lo, hi) = t.interval_bounds(i, n);
                for ts in lo.saturating_sub(2)..hi.saturating_add(2) {
                    assert_eq!(
                        t.interval_of(ts, n) == Some(i),
                        (lo..hi).contains(&ts),
                        "{start}..{end}/{n}: {ts}"
                    );
                }
            }
        }
        assert_eq!(timeline(vec![]).interval_of(10_000, 4), None);
    }

    #[test]
    fn formats_film_times() {
        assert_eq!(format_time(0.0), "0:00:00.000");
        assert_eq!(format_time(3723.5), "1:02:03.500");
        assert_eq!(format_time(59.9996), "0:01:00.000");
    }

    #[test]
    fn converts_ticks_and_seconds() {
        let tb = TimeBase { num: 1, den: 90_000 };
        assert_eq!(tb.ticks(1.5), 135_000);
        assert!((tb.seconds(45_000) - 0.5).abs() < 1e-12);
    }
}
