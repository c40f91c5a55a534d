//! Two fingerprints put on one clock. Their samples are spaced by each film's own length / N,
//! so sample i of one film and sample i of the other are not the same moment; laid on grids
//! of one common step, a step along either grid is the same length of film time, and an
//! alignment that moves diagonally means "same speed".

use crate::fingerprint::{Fingerprint, Sample, Span};

/// The most grid points per film: the alignment's memory grows with their product within the
/// band, so a film sampled very densely is compared at a coarser step.
pub const MAX_GRID: usize = 20_000;

/// A film on the common grid.
#[derive(Debug, Clone)]
pub struct Track {
    /// The part of the film the fingerprint covers.
    pub span: Span,
    /// For each grid point, the sample nearest its time.
    pub samples: Vec<usize>,
    /// Each sample's mean color in Oklab.
    pub means: Vec<[f32; 3]>,
    /// The film's colors' centre per channel: its clusters' mean, each weighted by its share
    /// (the frames weighing alike).
    pub centre: [f64; 3],
    /// Their spread per channel (standard deviation), as measured.
    pub spread: [f64; 3],
}

impl Track {
    /// The spread with a floor (a lightness range of 0.02, a chroma of 0.01), so the flat a–b
    /// channels of a black-and-white film stay near zero when scaled instead of amplifying
    /// noise into a signal.
    pub fn scale(&self) -> [f64; 3] {
        const FLOOR: [f64; 3] = [0.02, 0.01, 0.01];
        std::array::from_fn(|c| self.spread[c].max(FLOOR[c]))
    }
}

impl Track {
    /// Grid point k's time, seconds from the stream start.
    pub fn time(&self, k: usize, step: f64) -> f64 {
        self.span.start_s + (k as f64 + 0.5) * step
    }
}

/// The mean color of a sample: its clusters' centres weighted by share — the mean of the
/// frame's pixels in Oklab, as each centre is the mean of its pixels (a grade shifts every
/// pixel, so this is where the shift shows undistorted) — or the frame's average when it has
/// no clusters.
pub fn mean_color(sample: &Sample) -> [f32; 3] {
    let total: f32 = sample.clusters.iter().map(|c| c.share).sum();
    if total <= 0.0 {
        return sample.average.as_ref().map_or([0.0; 3], |a| a.oklab);
    }
    let mut mean = [0.0f32; 3];
    for cluster in &sample.clusters {
        for (m, v) in mean.iter_mut().zip(cluster.oklab) {
            *m += v * cluster.share / total;
        }
    }
    mean
}

/// The common grid step for two films: the coarser of their mean sample intervals (a finer
/// step would only repeat samples), no finer than [`MAX_GRID`] points allow.
pub fn common_step(a: &Fingerprint, b: &Fingerprint) -> f64 {
    let interval = |f: &Fingerprint| {
        let span = f.sampled_span();
        let length = (span.end_s - span.start_s).max(0.0);
        (length / f.samples.len().max(1) as f64).max(length / MAX_GRID as f64)
    };
    let step = interval(a).max(interval(b));
    if step.is_finite() && step > 0.0 { step } else { 1.0 }
}

/// Lays a fingerprint on the grid of `step` seconds.
pub fn track(fingerprint: &Fingerprint, step: f64) -> Track {
    let span = fingerprint.sampled_span();
    let length = (span.end_s - span.start_s).max(step);
    let points = ((length / step).round() as usize).clamp(1, MAX_GRID);
    let times: Vec<f64> = fingerprint.samples.iter().map(|s| s.time_s).collect();
    let samples = (0..points)
        .map(|k| {
            let t = span.start_s + (k as f64 + 0.5) * step;
            nearest(&times, t)
        })
        .collect();
    let means: Vec<[f32; 3]> = fingerprint.samples.iter().map(mean_color).collect();
    let (centre, spread) = statistics(&clusters(fingerprint, |c| c));
    Track { span, samples, means, centre, spread }
}

/// Each sample's clusters (colors through `map`, shares summing to 1); a sample without
/// clusters stands as its mean color.
pub fn clusters(fingerprint: &Fingerprint, map: impl Fn([f32; 3]) -> [f32; 3]) -> Vec<Vec<([f32; 3], f32)>> {
    fingerprint
        .samples
        .iter()
        .map(|sample| {
            let total: f32 = sample.clusters.iter().map(|c| c.share).sum();
            if sample.clusters.is_empty() || total <= 0.0 {
                vec![(map(mean_color(sample)), 1.0)]
            } else {
                sample.clusters.iter().map(|c| (map(c.oklab), c.share / total)).collect()
            }
        })
        .collect()
}

/// The index of the time nearest `t` in increasing `times` (0 for an empty list).
fn nearest(times: &[f64], t: f64) -> usize {
    let after = times.partition_point(|&x| x < t);
    match (after.checked_sub(1), times.get(after)) {
        (Some(before), Some(&next)) if t - times[before] <= next - t => before,
        (Some(before), None) => before,
        _ => after.min(times.len().saturating_sub(1)),
    }
}

/// Each channel's mean and spread over every sample's clusters (weighted by share, the
/// samples weighing alike): the spread of the film's colors, within frames and over time —
/// a film whose mean color hardly changes still has the spread of its palette.
pub fn statistics(samples: &[Vec<([f32; 3], f32)>]) -> ([f64; 3], [f64; 3]) {
    let n = samples.len().max(1) as f64;
    let mut centre = [0.0f64; 3];
    for clusters in samples {
        for (color, share) in clusters {
            for c in 0..3 {
                centre[c] += f64::from(*share) * f64::from(color[c]) / n;
            }
        }
    }
    let mut variance = [0.0f64; 3];
    for clusters in samples {
        for (color, share) in clusters {
            for c in 0..3 {
                variance[c] += f64::from(*share) * (f64::from(color[c]) - centre[c]).powi(2) / n;
            }
        }
    }
    (centre, variance.map(f64::sqrt))
}

/// How far apart two frames' normalised clusters are: each cluster's distance to the other
/// frame's nearest, weighted by share, both ways. Richer than the mean colors alone, which a
/// long scene keeps nearly constant while its clusters still tell its shots apart.
pub fn cluster_distance(x: &[([f32; 3], f32)], y: &[([f32; 3], f32)]) -> f32 {
    let one_way = |from: &[([f32; 3], f32)], to: &[([f32; 3], f32)]| -> f32 {
        from.iter()
            .map(|(p, share)| {
                let nearest = to
                    .iter()
                    .map(|(q, _)| (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2))
                    .fold(f32::INFINITY, f32::min);
                share * nearest.sqrt()
            })
            .sum()
    };
    0.5 * (one_way(x, y) + one_way(y, x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_picks_the_closer_neighbour() {
        let times = [0.5, 1.5, 2.5];
        assert_eq!(nearest(&times, 0.0), 0);
        assert_eq!(nearest(&times, 0.9), 0);
        assert_eq!(nearest(&times, 1.1), 1);
        assert_eq!(nearest(&times, 9.0), 2);
        assert_eq!(nearest(&[], 1.0), 0);
    }

    #[test]
    fn a_global_grade_scales_the_statistics_alike() {
        let a: Vec<Vec<([f32; 3], f32)>> = (0..50)
            .map(|i| {
                let x = 0.05 * ((i as f32) * 0.3).sin();
                vec![([0.3 + 0.05 * (i % 7) as f32, x, 0.02], 0.6), ([0.7, -x, 0.1], 0.4)]
            })
            .collect();
        let b: Vec<Vec<([f32; 3], f32)>> = a
            .iter()
            .map(|f| {
                f.iter().map(|&(m, s)| ([m[0] * 0.9 + 0.05, m[1] * 0.8, m[2] * 0.8 - 0.01], s)).collect()
            })
            .collect();
        let ((ca, sa), (cb, sb)) = (statistics(&a), statistics(&b));
        for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
            for k in 0..3 {
                let (u, v) = ((f64::from(x.0[k]) - ca[k]) / sa[k], (f64::from(y.0[k]) - cb[k]) / sb[k]);
                assert!((u - v).abs() < 1e-4, "{x:?} {y:?}");
            }
        }
    }

    #[test]
    fn cluster_distance_is_zero_for_the_same_clusters_and_symmetric() {
        let x = [([0.1, 0.2, 0.3], 0.6), ([1.0, -1.0, 0.0], 0.4)];
        let y = [([0.1, 0.2, 0.3], 0.2), ([2.0, -1.0, 0.0], 0.8)];
        assert_eq!(cluster_distance(&x, &x), 0.0);
        assert_eq!(cluster_distance(&x, &y), cluster_distance(&y, &x));
        assert!((cluster_distance(&x, &y) - 0.5 * (0.4 + 0.8)).abs() < 1e-6);
    }
}
