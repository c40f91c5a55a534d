//! How two matched frames differ in color, and what many such pairs say about a grade.
//!
//! Each pair compares the frames' mean colors in Oklab (the lightness and a–b shifts, the
//! turn of the mean hue) and their clusters' mean chroma (a saturation change scales every
//! cluster's chroma alike, while the mean color's chroma also depends on how the clusters
//! mix). The pair's ΔE is the share-weighted distance from each cluster to the other frame's
//! nearest cluster, both ways: 0 for the same colors in the same shares.

use serde::{Deserialize, Serialize};

use super::timeline::mean_color;
use crate::fingerprint::Sample;

/// Frames whose mean lightness is below this are near black.
const DARK: f32 = 0.15;

/// Below this chroma (Oklab) a hue is too weak to measure a turn of it.
const HUE_CHROMA: f32 = 0.02;

/// One frame against its match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairColors {
    /// Mean color of B minus that of A: ΔL, Δa, Δb.
    pub shift: [f32; 3],
    /// A's and B's clusters' mean chroma.
    pub chroma: [f32; 2],
    /// How far B's hues are turned from A's, degrees in -180..180, and the weight of that
    /// reading (0 when the frames are too grey to have hues).
    pub hue_turn: (f32, f32),
    /// The colors' distance (see the module's comment).
    pub delta_e: f32,
    /// Both frames are near black (mean lightness under 0.15), where Oklab's steep start
    /// turns encoder noise into large differences.
    pub dark: bool,
}

/// The share-weighted mean chroma of a frame's clusters.
fn cluster_chroma(sample: &Sample) -> f32 {
    let total: f32 = sample.clusters.iter().map(|c| c.share).sum();
    if total <= 0.0 {
        let m = mean_color(sample);
        return m[1].hypot(m[2]);
    }
    sample.clusters.iter().map(|c| c.share * c.oklab[1].hypot(c.oklab[2])).sum::<f32>() / total
}

fn distance(x: [f32; 3], y: [f32; 3]) -> f32 {
    ((x[0] - y[0]).powi(2) + (x[1] - y[1]).powi(2) + (x[2] - y[2]).powi(2)).sqrt()
}

/// Share-weighted mean distance from each of `from`'s clusters to the nearest of `to`'s.
fn nearest_cluster_distance(from: &Sample, to: &Sample) -> f32 {
    let total: f32 = from.clusters.iter().map(|c| c.share).sum();
    if total <= 0.0 || to.clusters.is_empty() {
        return distance(mean_color(from), mean_color(to));
    }
    from.clusters
        .iter()
        .map(|c| {
            c.share * to.clusters.iter().map(|d| distance(c.oklab, d.oklab)).fold(f32::INFINITY, f32::min)
        })
        .sum::<f32>()
        / total
}

/// Spread of the votes' kernel, degrees.
const VOTE_SPREAD: f32 = 4.0;

/// How far apart in lightness two clusters may be and still vote as one color turned.
const VOTE_LIGHTNESS: f32 = 0.05;

/// The difference of two angles in degrees, in -180..180.
fn angle_difference(x: f32, y: f32) -> f32 {
    (x - y + 540.0).rem_euclid(360.0) - 180.0
}

/// How far B's hues are turned from A's. Which cluster of B is which of A is not known, so
/// every pair of colorful clusters votes for the turn between them (weighted by both shares
/// and chromas) and the turn most votes agree on wins — the peak of the frames' hue
/// cross-correlation; a grade turns every cluster alike, so the true pairs agree while the
/// others scatter. Nearest-cluster matching would instead pair a cluster with its turned
/// neighbour's and understate the turn. The result is refined to the votes' mean near the
/// peak; its weight is theirs.
fn hue_turn(a: &Sample, b: &Sample) -> (f32, f32) {
    // (hue in degrees, weight, lightness) of each colorful cluster.
    let colorful = |s: &Sample| -> Vec<(f32, f32, f32)> {
        s.clusters
            .iter()
            .filter_map(|c| {
                let chroma = c.oklab[1].hypot(c.oklab[2]);
                (chroma >= HUE_CHROMA)
                    .then(|| (c.oklab[2].atan2(c.oklab[1]).to_degrees(), c.share * chroma, c.oklab[0]))
            })
            .collect()
    };
    let (ha, hb) = (colorful(a), colorful(b));
    // A turn of hue keeps a color's lightness: pairs of unlike lightness are hardly the same
    // color turned (a test pattern's bars, evenly spaced in hue, would otherwise agree on a
    // turn to the neighbouring bar).
    let votes: Vec<(f32, f32)> = ha
        .iter()
        .flat_map(|&(x, wx, lx)| {
            hb.iter().map(move |&(y, wy, ly)| {
                let alike = (-((ly - lx) / VOTE_LIGHTNESS).powi(2) / 2.0).exp();
                (angle_difference(y, x), wx * wy * alike)
            })
        })
        .collect();
    let support = |turn: f32| -> f32 {
        votes.iter().map(|&(t, w)| w * (-(angle_difference(t, turn) / VOTE_SPREAD).powi(2) / 2.0).exp()).sum()
    };
    let Some(&(peak, _)) = votes.iter().max_by(|x, y| support(x.0).total_cmp(&support(y.0))) else {
        return (0.0, 0.0);
    };
    let (mut offset, mut weight) = (0.0, 0.0);
    for &(t, w) in &votes {
        let d = angle_difference(t, peak);
        if d.abs() <= 2.5 * VOTE_SPREAD {
            offset += w * d;
            weight += w;
        }
    }
    if weight <= 0.0 {
        return (0.0, 0.0);
    }
    (angle_difference(peak + offset / weight, 0.0), weight.sqrt())
}

/// Compares two matched frames.
pub fn pair_colors(a: &Sample, b: &Sample) -> PairColors {
    let (ma, mb) = (mean_color(a), mean_color(b));
    PairColors {
        dark: ma[0] < DARK && mb[0] < DARK,
        shift: [mb[0] - ma[0], mb[1] - ma[1], mb[2] - ma[2]],
        chroma: [cluster_chroma(a), cluster_chroma(b)],
        hue_turn: hue_turn(a, b),
        delta_e: 0.5 * (nearest_cluster_distance(a, b) + nearest_cluster_distance(b, a)),
    }
}

/// What a set of pairs says about the grade of B against A.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Grade {
    /// Pairs measured.
    pub pairs: usize,
    /// Of them, pairs of near-black frames (where Oklab's steep start makes encoder noise
    /// look like a difference; a shadow grade shows there too).
    pub dark_pairs: usize,
    /// Mean ΔL (B − A) of the frames' mean colors, Oklab lightness (0..1).
    pub lightness: f32,
    /// Its standard deviation over the pairs.
    pub lightness_sd: f32,
    /// Mean Δa (B − A): positive is toward red/magenta, negative toward green.
    pub a: f32,
    /// Standard deviation of Δa.
    pub a_sd: f32,
    /// Mean Δb (B − A): positive is toward yellow, negative toward blue.
    pub b: f32,
    /// Standard deviation of Δb.
    pub b_sd: f32,
    /// B's total cluster chroma over A's: 0.8 is 20 % less saturated (1 when A's frames are
    /// next to grey, mean chroma under 0.02, and there is no saturation to compare).
    pub chroma_ratio: f32,
    /// Standard deviation of the per-pair chroma ratio (pairs with some chroma only).
    pub chroma_ratio_sd: f32,
    /// Weighted circular mean of B's hue minus A's, degrees (positive is counter-clockwise
    /// on the a–b plane: red → yellow → green → blue).
    pub hue_turn: f32,
    /// Weighted standard deviation of the hue turn, degrees.
    pub hue_turn_sd: f32,
    /// Median ΔE of the pairs (Oklab; about 0.02 is just noticeable).
    pub delta_e: f32,
}

fn mean_sd(values: impl Iterator<Item = f32> + Clone) -> (f32, f32) {
    let (sum, count) = values.clone().fold((0.0f64, 0usize), |(s, n), v| (s + f64::from(v), n + 1));
    if count == 0 {
        return (0.0, 0.0);
    }
    let mean = sum / count as f64;
    let variance = values.map(|v| (f64::from(v) - mean).powi(2)).sum::<f64>() / count as f64;
    (mean as f32, variance.sqrt() as f32)
}

/// The median of `values` (0 for none).
pub fn median(values: &mut [f32]) -> f32 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f32::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 { values[mid] } else { 0.5 * (values[mid - 1] + values[mid]) }
}

/// Sums up pairs.
pub fn grade(pairs: &[PairColors]) -> Grade {
    let (lightness, lightness_sd) = mean_sd(pairs.iter().map(|p| p.shift[0]));
    let (a, a_sd) = mean_sd(pairs.iter().map(|p| p.shift[1]));
    let (b, b_sd) = mean_sd(pairs.iter().map(|p| p.shift[2]));
    let (sum_a, sum_b) = pairs
        .iter()
        .fold((0.0f64, 0.0f64), |(x, y), p| (x + f64::from(p.chroma[0]), y + f64::from(p.chroma[1])));
    // Frames with next to no color (credits, black and white) have no saturation to scale.
    let colorful = sum_a >= f64::from(HUE_CHROMA) * pairs.len() as f64;
    let chroma_ratio = if colorful && sum_a > 0.0 { (sum_b / sum_a) as f32 } else { 1.0 };
    let ratios = pairs.iter().filter(|p| p.chroma[0] >= HUE_CHROMA).map(|p| p.chroma[1] / p.chroma[0]);
    let (_, chroma_ratio_sd) = mean_sd(ratios);
    // The circular mean: the direction of the summed unit vectors, each by its weight.
    let (sin, cos, weight) = pairs.iter().fold((0.0f64, 0.0f64, 0.0f64), |(s, c, w), p| {
        let (turn, wt) = (f64::from(p.hue_turn.0).to_radians(), f64::from(p.hue_turn.1));
        (s + wt * turn.sin(), c + wt * turn.cos(), w + wt)
    });
    let hue_turn = if weight > 0.0 { sin.atan2(cos).to_degrees() as f32 } else { 0.0 };
    let hue_turn_sd = if weight > 0.0 {
        let spread = pairs
            .iter()
            .map(|p| {
                let d = (p.hue_turn.0 - hue_turn + 540.0).rem_euclid(360.0) - 180.0;
                f64::from(p.hue_turn.1) * f64::from(d).powi(2)
            })
            .sum::<f64>()
            / weight;
        spread.sqrt() as f32
    } else {
        0.0
    };
    let mut delta_e: Vec<f32> = pairs.iter().map(|p| p.delta_e).collect();
    Grade {
        pairs: pairs.len(),
        dark_pairs: pairs.iter().filter(|p| p.dark).count(),
        lightness,
        lightness_sd,
        a,
        a_sd,
        b,
        b_sd,
        chroma_ratio,
        chroma_ratio_sd,
        hue_turn,
        hue_turn_sd,
        delta_e: median(&mut delta_e),
    }
}

/// Named hues on the Oklab a–b plane (their hue angles), for saying where a cast points.
const HUES: [(&str, f32); 6] = [
    ("red", 29.0),
    ("yellow", 110.0),
    ("green", 142.0),
    ("cyan", 195.0),
    ("blue", 264.0),
    ("magenta", 328.0),
];

/// The named hue nearest the direction of (Δa, Δb).
pub fn direction_name(da: f32, db: f32) -> &'static str {
    let angle = db.atan2(da).to_degrees().rem_euclid(360.0);
    let gap = |h: f32| {
        let d = (angle - h).abs() % 360.0;
        d.min(360.0 - d)
    };
    HUES.iter().min_by(|x, y| gap(x.1).total_cmp(&gap(y.1))).map_or("red", |h| h.0)
}

/// The grade in words, "B is 8 % less saturated and shifted toward cyan", leaving out what
/// is too small to see.
pub fn describe(grade: &Grade) -> String {
    let mut parts = Vec::new();
    if grade.lightness.abs() >= 0.01 {
        let how = if grade.lightness > 0.0 { "lighter" } else { "darker" };
        parts.push(format!("{how} by {:.1} % of the lightness range", grade.lightness.abs() * 100.0));
    }
    let change = grade.chroma_ratio - 1.0;
    if change.abs() >= 0.03 {
        let how = if change > 0.0 { "more" } else { "less" };
        parts.push(format!("{:.0} % {how} saturated", change.abs() * 100.0));
    }
    if grade.a.hypot(grade.b) >= 0.005 {
        parts.push(format!("shifted toward {}", direction_name(grade.a, grade.b)));
    }
    if grade.hue_turn.abs() >= 3.0 {
        let how = if grade.hue_turn > 0.0 { "red toward yellow" } else { "red toward magenta" };
        parts.push(format!("hues turned {:.0}° ({how})", grade.hue_turn.abs()));
    }
    match parts.len() {
        0 => "the same grade (no shift above what the eye sees)".into(),
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{} and {last}", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::color::srgb8_to_oklab;
    use crate::fingerprint::Swatch;

    fn sample(clusters: &[([f32; 3], f32)]) -> Sample {
        Sample {
            index: 0,
            target_s: 0.0,
            time_s: 0.0,
            pts: 0,
            keyframe: true,
            colors: Vec::new(),
            clusters: clusters
                .iter()
                .map(|&(oklab, share)| Swatch { hex: String::new(), oklab, share })
                .collect(),
            skipped_black: false,
            left_out: 0.0,
            average: None,
            column: None,
            thumbnail: None,
        }
    }

    /// Turns the a–b part of a color by `degrees` and scales it by `scale`.
    fn graded([l, a, b]: [f32; 3], degrees: f32, scale: f32) -> [f32; 3] {
        let (s, c) = degrees.to_radians().sin_cos();
        [l, scale * (a * c - b * s), scale * (a * s + b * c)]
    }

    #[test]
    fn a_known_grade_is_measured() {
        let colors: Vec<[f32; 3]> =
            [[200u8, 60, 40], [30, 140, 200], [90, 160, 60], [220, 200, 90]].map(srgb8_to_oklab).to_vec();
        let pairs: Vec<PairColors> = colors
            .iter()
            .map(|&c| {
                let a = sample(&[(c, 0.7), ([0.3, 0.0, 0.0], 0.3)]);
                let b = sample(&[(graded(c, 15.0, 0.8), 0.7), ([0.3, 0.0, 0.0], 0.3)]);
                pair_colors(&a, &b)
            })
            .collect();
        let g = grade(&pairs);
        assert!((g.chroma_ratio - 0.8).abs() < 1e-3, "{g:?}");
        assert!((g.hue_turn - 15.0).abs() < 0.1, "{g:?}");
        assert!(g.lightness.abs() < 1e-6);
        let text = describe(&g);
        assert!(text.contains("20 % less saturated") && text.contains("hues turned 15°"), "{text}");
    }

    #[test]
    fn identical_frames_are_zero_apart() {
        let a = sample(&[([0.5, 0.1, 0.02], 0.6), ([0.2, -0.05, 0.03], 0.4)]);
        let p = pair_colors(&a, &a);
        assert_eq!(p.delta_e, 0.0);
        assert_eq!(p.shift, [0.0; 3]);
        assert_eq!(describe(&grade(&[p])), "the same grade (no shift above what the eye sees)");
    }

    #[test]
    fn near_black_frames_are_counted_apart() {
        let dark = sample(&[([0.02, 0.0, 0.0], 1.0)]);
        let noisy = sample(&[([0.08, 0.01, -0.02], 1.0)]);
        let lit = sample(&[([0.6, 0.1, 0.05], 1.0)]);
        let pairs = [pair_colors(&dark, &noisy), pair_colors(&lit, &lit)];
        assert!(pairs[0].dark && !pairs[1].dark);
        assert_eq!(grade(&pairs).dark_pairs, 1);
    }

    #[test]
    fn casts_are_named_by_their_direction() {
        assert_eq!(direction_name(-0.03, -0.01), "cyan");
        assert_eq!(direction_name(0.0, 0.04), "yellow");
        assert_eq!(direction_name(0.0, -0.04), "blue");
        assert_eq!(direction_name(0.04, 0.02), "red");
    }
}
