//! Weighted k-means (Lloyd's algorithm with k-means++ seeding) over 3-D color points.
//!
//! Hand-written because it is the heart of the product and the crates on offer either cluster
//! unweighted points, allocate per iteration, or are not reproducible bit for bit. Points are
//! a frame's distinct colors weighted by pixel count: identical pixels always share a
//! cluster, so this gives exactly the result of clustering every pixel, at a fraction of the
//! cost. Everything is sequential with a seeded generator, so the same input and seed give
//! the same bits on every run and every thread count.

use rand_core::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

/// One cluster of the result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cluster {
    /// The weighted mean of the cluster's points.
    pub center: [f32; 3],
    /// Total weight (pixel count) of the cluster's points; never zero.
    pub weight: f64,
}

/// Limits for [`kmeans`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Lloyd iterations at most.
    pub max_iterations: usize,
    /// Stop when no center moved more than this (Euclidean distance).
    pub tolerance: f32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_iterations: 100, tolerance: 1e-5 }
    }
}

fn distance2(a: [f32; 3], b: [f32; 3]) -> f32 {
    let (d0, d1, d2) = (a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    d0 * d0 + d1 * d1 + d2 * d2
}

fn nearest(centers: &[[f32; 3]], p: [f32; 3]) -> (usize, f32) {
    let mut best = (0, f32::INFINITY);
    for (i, &c) in centers.iter().enumerate() {
        let d = distance2(p, c);
        if d < best.1 {
            best = (i, d);
        }
    }
    best
}

/// A uniform number in [0, 1) from the generator.
fn uniform(rng: &mut Pcg64Mcg) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Picks an index with probability proportional to `weights` (which must sum to `total` > 0).
fn pick(weights: impl Iterator<Item = f64>, total: f64, rng: &mut Pcg64Mcg) -> usize {
    let threshold = uniform(rng) * total;
    let mut sum = 0.0;
    let mut last = 0;
    for (i, w) in weights.enumerate() {
        if w > 0.0 {
            last = i;
            sum += w;
            if sum > threshold {
                return i;
            }
        }
    }
    last
}

/// k-means++: the first center by weight, each next one with probability proportional to
/// weight × squared distance to the nearest center so far. Stops early when every point
/// already coincides with a center (fewer distinct colors than k).
fn seed_centers(points: &[[f32; 3]], weights: &[f64], k: usize, rng: &mut Pcg64Mcg) -> Vec<[f32; 3]> {
    let total: f64 = weights.iter().sum();
    let mut centers = vec![points[pick(weights.iter().copied(), total, rng)]];
    let mut d2: Vec<f64> = points.iter().map(|&p| f64::from(distance2(p, centers[0]))).collect();
    while centers.len() < k {
        let total: f64 = d2.iter().zip(weights).map(|(d, w)| d * w).sum();
        if total <= 0.0 {
            break;
        }
        let chosen = points[pick(d2.iter().zip(weights).map(|(d, w)| d * w), total, rng)];
        centers.push(chosen);
        for (d, &p) in d2.iter_mut().zip(points) {
            *d = d.min(f64::from(distance2(p, chosen)));
        }
    }
    centers
}

/// Clusters weighted points into at most `k` clusters.
///
/// Returns the non-empty clusters in no particular order. Fewer than `k` come back only when
/// the points have fewer than `k` distinct values. Empty clusters met during the iterations are
/// re-seeded at the point farthest from its center.
pub fn kmeans(points: &[[f32; 3]], weights: &[f64], k: usize, seed: u64, limits: Limits) -> Vec<Cluster> {
    assert_eq!(points.len(), weights.len(), "one weight per point");
    if points.is_empty() || k == 0 {
        return Vec::new();
    }
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let mut centers = seed_centers(points, weights, k, &mut rng);
    let mut labels = vec![0usize; points.len()];
    let mut sums = vec![[0.0f64; 4]; centers.len()];
    for _ in 0..limits.max_iterations.max(1) {
        sums.iter_mut().for_each(|s| *s = [0.0; 4]);
        let mut farthest = (0usize, -1.0f32);
        for (i, &p) in points.iter().enumerate() {
            let (c, d) = nearest(&centers, p);
            labels[i] = c;
            let w = weights[i];
            let s = &mut sums[c];
            s[0] += f64::from(p[0]) * w;
            s[1] += f64::from(p[1]) * w;
            s[2] += f64::from(p[2]) * w;
            s[3] += w;
            if d > farthest.1 {
                farthest = (i, d);
            }
        }
        let mut moved = 0.0f32;
        for (c, s) in centers.iter_mut().zip(&sums) {
            let updated = if s[3] > 0.0 {
                [(s[0] / s[3]) as f32, (s[1] / s[3]) as f32, (s[2] / s[3]) as f32]
            } else if farthest.1 > 0.0 {
                // Empty cluster: restart it on the worst-served point.
                let p = points[farthest.0];
                farthest.1 = 0.0;
                p
            } else {
                *c
            };
            moved = moved.max(distance2(*c, updated));
            *c = updated;
        }
        if moved <= limits.tolerance * limits.tolerance {
            break;
        }
    }
    // Final census with the final centers, so weights and centers agree.
    sums.iter_mut().for_each(|s| *s = [0.0; 4]);
    for (&p, &w) in points.iter().zip(weights) {
        let s = &mut sums[nearest(&centers, p).0];
        s[0] += f64::from(p[0]) * w;
        s[1] += f64::from(p[1]) * w;
        s[2] += f64::from(p[2]) * w;
        s[3] += w;
    }
    sums.iter()
        .filter(|s| s[3] > 0.0)
        .map(|s| Cluster {
            center: [(s[0] / s[3]) as f32, (s[1] / s[3]) as f32, (s[2] / s[3]) as f32],
            weight: s[3],
        })
        .collect()
}

/// Within-cluster sum of squares: Σ weight × squared distance to the nearest center.
pub fn inertia(points: &[[f32; 3]], weights: &[f64], clusters: &[Cluster]) -> f64 {
    let centers: Vec<[f32; 3]> = clusters.iter().map(|c| c.center).collect();
    points.iter().zip(weights).map(|(&p, &w)| f64::from(nearest(&centers, p).1) * w).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut clusters: Vec<Cluster>) -> Vec<Cluster> {
        clusters.sort_by(|a, b| a.center[0].total_cmp(&b.center[0]));
        clusters
    }

    #[test]
    fn separates_well_separated_groups_with_their_weights() {
        let points = [[0.0, 0.0, 0.0], [0.02, 0.0, 0.0], [1.0, 1.0, 1.0], [1.0, 0.98, 1.0]];
        let weights = [3.0, 1.0, 5.0, 1.0];
        let clusters = sorted(kmeans(&points, &weights, 2, 7, Limits::default()));
        assert_eq!(clusters.len(), 2);
        assert!((clusters[0].center[0] - 0.005).abs() < 1e-6, "{clusters:?}");
        assert_eq!(clusters[0].weight, 4.0);
        assert!((clusters[1].center[1] - (5.0 + 0.98) / 6.0).abs() < 1e-6);
        assert_eq!(clusters[1].weight, 6.0);
    }

    #[test]
    fn fewer_distinct_points_than_k_gives_fewer_clusters() {
        let points = [[0.5, 0.1, 0.1]; 4];
        let clusters = kmeans(&points, &[1.0; 4], 5, 1, Limits::default());
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].weight, 4.0);
        let two = kmeans(&[[0.0; 3], [1.0; 3]], &[1.0, 1.0], 5, 1, Limits::default());
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn a_single_point_is_its_own_cluster() {
        let clusters = kmeans(&[[0.3, 0.2, 0.1]], &[1.0], 3, 0, Limits::default());
        assert_eq!(clusters, vec![Cluster { center: [0.3, 0.2, 0.1], weight: 1.0 }]);
    }

    #[test]
    fn same_seed_same_bits_and_different_seeds_still_converge() {
        // A ring of points has many equally good solutions: a stress test for determinism.
        let points: Vec<[f32; 3]> = (0..500)
            .map(|i| {
                let t = i as f32 * 0.0126;
                [t.cos(), t.sin(), (i % 7) as f32 * 0.01]
            })
            .collect();
        let weights: Vec<f64> = (0..500).map(|i| f64::from(1 + i % 3)).collect();
        let a = kmeans(&points, &weights, 6, 42, Limits::default());
        let b = kmeans(&points, &weights, 6, 42, Limits::default());
        assert_eq!(a, b);
        for seed in 0..5 {
            let c = kmeans(&points, &weights, 6, seed, Limits::default());
            assert_eq!(c.len(), 6);
            let total: f64 = c.iter().map(|c| c.weight).sum();
            assert_eq!(total, weights.iter().sum::<f64>());
        }
    }

    #[test]
    fn lloyd_improves_on_the_seeding() {
        let points: Vec<[f32; 3]> =
            (0..300).map(|i| [(i % 17) as f32, (i % 5) as f32, (i / 60) as f32]).collect();
        let weights = vec![1.0; points.len()];
        let one_step = kmeans(&points, &weights, 4, 3, Limits { max_iterations: 1, tolerance: 0.0 });
        let converged = kmeans(&points, &weights, 4, 3, Limits::default());
        assert!(inertia(&points, &weights, &converged) <= inertia(&points, &weights, &one_step));
    }
}
