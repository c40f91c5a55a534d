//! The timing between two aligned films: one speed factor for the whole film (a PAL transfer
//! plays 25/23.976 faster) and an offset for each stretch between the spans present in only
//! one film, fitted to the path's matched points.

use serde::{Deserialize, Serialize};

/// Speed ratios that transfers and frame-rate conversions produce: (ratio, conversion, name).
const KNOWN_SPEEDS: [(f64, &str, &str); 6] = [
    (25.0 / 24.0, "24 → 25 fps", "PAL speed-up"),
    (25.0 / (24_000.0 / 1001.0), "23.976 → 25 fps", "PAL speed-up"),
    (24.0 / 25.0, "25 → 24 fps", "PAL slow-down"),
    ((24_000.0 / 1001.0) / 25.0, "25 → 23.976 fps", "PAL slow-down"),
    (24.0 / (24_000.0 / 1001.0), "23.976 → 24 fps", "NTSC rate to film rate"),
    ((24_000.0 / 1001.0) / 24.0, "24 → 23.976 fps", "film rate to NTSC rate"),
];

/// A speed within this fraction of a known ratio is named after it.
const KNOWN_SPEED_TOLERANCE: f64 = 0.002;

/// The known conversions within tolerance of `speed`, nearest first: "24 → 25 fps or
/// 23.976 → 25 fps (PAL speed-up)" when the measurement cannot tell them apart.
fn known_speed(speed: f64) -> Option<String> {
    let mut near: Vec<&(f64, &str, &str)> = KNOWN_SPEEDS
        .iter()
        .filter(|(ratio, _, _)| (speed / ratio - 1.0).abs() < KNOWN_SPEED_TOLERANCE)
        .collect();
    near.sort_by(|x, y| (speed / x.0 - 1.0).abs().total_cmp(&(speed / y.0 - 1.0).abs()));
    let first = near.first()?;
    let conversions: Vec<&str> = near.iter().map(|k| k.1).collect();
    Some(format!("{} ({})", conversions.join(" or "), first.2))
}

/// A stretch of the films matched at one offset.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Stretch {
    /// Where it starts and ends in A, seconds.
    pub a_start_s: f64,
    /// End in A.
    pub a_end_s: f64,
    /// B's time = A's time × `1 / speed` + this, seconds.
    pub offset_s: f64,
}

/// How B's clock runs against A's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// How much faster B plays: A's duration of a matched stretch over B's (1.0427 for a PAL
    /// transfer of a 23.976 fps film); exactly 1 when the measured speed is within
    /// `speed_uncertainty` of 1.
    pub speed: f64,
    /// The transfer this speed is, when it is a known one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_speed: Option<String>,
    /// How far off the speed may be (the alignment's step over the longest stretch): a
    /// speed closer to 1 than this is the same speed.
    pub speed_uncertainty: f64,
    /// The offset of the longest stretch: B's time of A's time t is t / speed + this.
    pub offset_s: f64,
    /// Every stretch, in A's order.
    pub stretches: Vec<Stretch>,
    /// Root mean square of the matched points' distance from the fit, seconds.
    pub residual_s: f64,
}

/// Fits the timing to matched (A time, B time) points grouped into stretches (each needs at
/// least 2 points), the points on a grid of `step` seconds. `None` when no stretch has
/// enough points to measure a speed.
pub fn fit(stretches: &[Vec<(f64, f64)>], step: f64) -> Option<Timing> {
    // One slope for all stretches (each about its own centre), as a speed change applies to
    // the whole film, while each stretch keeps its own offset.
    let mut num = 0.0;
    let mut den = 0.0;
    for points in stretches.iter().filter(|p| p.len() >= 2) {
        let n = points.len() as f64;
        let (ma, mb) = points.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0 / n, y + p.1 / n));
        for &(ta, tb) in points {
            num += (ta - ma) * (tb - mb);
            den += (ta - ma) * (ta - ma);
        }
    }
    if den <= 0.0 || num <= 0.0 {
        return None;
    }
    let measured = num / den;
    // The path is quantised to grid steps: a step's error at either end of the longest
    // stretch bounds how well the speed is known; within that, the films run alike and the
    // offsets are measured at speed 1.
    let longest_length =
        stretches.iter().filter(|p| p.len() >= 2).map(|p| p[p.len() - 1].0 - p[0].0).fold(0.0, f64::max);
    let speed_uncertainty = (2.0 * step / longest_length.max(step)).max(0.0005);
    let same_speed = (1.0 / measured - 1.0).abs() <= speed_uncertainty;
    let slope = if same_speed { 1.0 } else { measured };
    let mut fitted = Vec::new();
    let mut squares = 0.0;
    let mut count = 0usize;
    let mut longest = (0usize, 0.0);
    for points in stretches.iter().filter(|p| !p.is_empty()) {
        let mut offsets: Vec<f64> = points.iter().map(|&(ta, tb)| tb - slope * ta).collect();
        offsets.sort_by(f64::total_cmp);
        let offset = offsets[offsets.len() / 2];
        squares += offsets.iter().map(|o| (o - offset).powi(2)).sum::<f64>();
        count += points.len();
        if points.len() > longest.0 {
            longest = (points.len(), offset);
        }
        fitted.push(Stretch {
            a_start_s: points[0].0,
            a_end_s: points[points.len() - 1].0,
            offset_s: offset,
        });
    }
    let speed = 1.0 / slope;
    let known_speed = if same_speed { None } else { known_speed(speed) };
    Some(Timing {
        speed,
        known_speed,
        speed_uncertainty,
        offset_s: longest.1,
        stretches: fitted,
        residual_s: (squares / count.max(1) as f64).sqrt(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pal_speed_up_is_found_and_named() {
        let speed = 25.0 / (24_000.0 / 1001.0);
        let first: Vec<(f64, f64)> = (0..100).map(|i| (i as f64, i as f64 / speed - 3.0)).collect();
        let second: Vec<(f64, f64)> = (150..300).map(|i| (i as f64, i as f64 / speed - 13.0)).collect();
        let timing = fit(&[first, second], 1.0).unwrap();
        assert!((timing.speed - speed).abs() < 1e-9, "{timing:?}");
        assert_eq!(timing.known_speed.as_deref(), Some("23.976 → 25 fps or 24 → 25 fps (PAL speed-up)"));
        assert!((timing.offset_s + 13.0).abs() < 1e-9, "the longest stretch's offset: {timing:?}");
        assert_eq!(timing.stretches.len(), 2);
        assert!((timing.stretches[0].offset_s + 3.0).abs() < 1e-9);
    }

    #[test]
    fn no_points_no_timing() {
        assert!(fit(&[], 1.0).is_none());
        assert!(fit(&[vec![(1.0, 2.0)]], 1.0).is_none());
    }
}
