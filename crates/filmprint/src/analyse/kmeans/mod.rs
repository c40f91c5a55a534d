//! Weighted k-means over 3-D color points: greedy k-means++ seeding, then Lloyd iterations
//! accelerated with Hamerly's bounds, to convergence.
//!
//! Hand-written because it is the heart of the product, and the crates on offer either cluster
//! unweighted points, allocate per iteration, or are not reproducible bit for bit. Points are a
//! frame's colors weighted by pixel count. Hamerly's algorithm (2010) gives exactly Lloyd's
//! assignments while skipping most distance computations: each point keeps an upper bound on
//! the distance to its center and a lower bound on the distance to any other, and is only
//! re-examined when those bounds overlap. The seeding follows scikit-learn's greedy k-means++
//! (2 + ln k candidates per center, the one that lowers the potential most is kept).
//! Everything runs sequentially from a seeded generator, so the same input and seed give the
//! same bits on every run and thread count.

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

/// The result of [`kmeans`].
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Non-empty clusters, in no particular order.
    pub clusters: Vec<Cluster>,
    /// Within-cluster sum of squares: Σ weight × squared distance to the point's center.
    pub inertia: f64,
    /// Lloyd iterations run (of the best restart).
    pub iterations: usize,
}

/// How hard to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effort {
    /// Independent seedings; the clustering with the lowest inertia is kept.
    pub restarts: usize,
    /// Lloyd iterations at most per seeding (they normally stop earlier, when no point changes
    /// cluster).
    pub max_iterations: usize,
}

impl Default for Effort {
    fn default() -> Self {
        Effort { restarts: 1, max_iterations: 300 }
    }
}

fn distance2(a: [f32; 3], b: [f32; 3]) -> f32 {
    let (d0, d1, d2) = (a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    d0 * d0 + d1 * d1 + d2 * d2
}

/// A uniform number in [0, 1) from the generator.
fn uniform(rng: &mut Pcg64Mcg) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Picks an index with probability proportional to `weights`, which sum to `total` > 0.
fn pick(weights: impl Iterator<Item = f64>, total: f64, rng: &mut Pcg64Mcg) -> usize {
    let threshold = uniform(rng) * total;
    let (mut sum, mut last) = (0.0, 0);
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

/// Greedy k-means++. Stops early when every point already coincides with a center (fewer
/// distinct colors than k).
fn seed_centers(points: &[[f32; 3]], weights: &[f64], k: usize, rng: &mut Pcg64Mcg) -> Vec<[f32; 3]> {
    let trials = 2 + (k as f64).ln().floor() as usize;
    let total: f64 = weights.iter().sum();
    let mut centers = vec![points[pick(weights.iter().copied(), total, rng)]];
    let mut closest: Vec<f64> = points.iter().map(|&p| f64::from(distance2(p, centers[0]))).collect();
    let mut potential: f64 = closest.iter().zip(weights).map(|(d, w)| d * w).sum();
    let mut candidate_closest = vec![0.0; points.len()];
    let mut best_closest = vec![0.0; points.len()];
    while centers.len() < k && potential > 0.0 {
        let mut best: Option<(usize, f64)> = None;
        for _ in 0..trials {
            let candidate = pick(closest.iter().zip(weights).map(|(d, w)| d * w), potential, rng);
            let mut candidate_potential = 0.0;
            for (i, &p) in points.iter().enumerate() {
                let d = closest[i].min(f64::from(distance2(p, points[candidate])));
                candidate_closest[i] = d;
                candidate_potential += d * weights[i];
            }
            if best.is_none_or(|(_, b)| candidate_potential < b) {
                best = Some((candidate, candidate_potential));
                std::mem::swap(&mut best_closest, &mut candidate_closest);
            }
        }
        let Some((chosen, chosen_potential)) = best else { break };
        centers.push(points[chosen]);
        std::mem::swap(&mut closest, &mut best_closest);
        potential = chosen_potential;
    }
    centers
}

/// The nearest and second-nearest center of `p`: (index, distance, second distance).
fn two_nearest(centers: &[[f32; 3]], p: [f32; 3]) -> (usize, f32, f32) {
    let (mut best, mut d1, mut d2) = (0, f32::INFINITY, f32::INFINITY);
    for (j, &c) in centers.iter().enumerate() {
        let d = distance2(p, c);
        if d < d1 {
            (d2, d1, best) = (d1, d, j);
        } else if d < d2 {
            d2 = d;
        }
    }
    (best, d1.sqrt(), d2.sqrt())
}

/// Weighted means of the points per cluster; `None` for a cluster with no points.
fn means(points: &[[f32; 3]], weights: &[f64], labels: &[usize], k: usize) -> Vec<Option<([f32; 3], f64)>> {
    let mut sums = vec![[0.0f64; 4]; k];
    for ((p, &w), &label) in points.iter().zip(weights).zip(labels) {
        let s = &mut sums[label];
        s[0] += f64::from(p[0]) * w;
        s[1] += f64::from(p[1]) * w;
        s[2] += f64::from(p[2]) * w;
        s[3] += w;
    }
    sums.iter()
        .map(|s| {
            (s[3] > 0.0).then(|| ([(s[0] / s[3]) as f32, (s[1] / s[3]) as f32, (s[2] / s[3]) as f32], s[3]))
        })
        .collect()
}

/// Lloyd iterations (with Hamerly's bounds) from the given centers to convergence. Nothing
/// comes back for no points, no centers or unusable weights (see [`kmeans`]).
pub fn lloyd_from(
    points: &[[f32; 3]],
    weights: &[f64],
    centers: Vec<[f32; 3]>,
    max_iterations: usize,
) -> Clustering {
    if points.is_empty() || centers.is_empty() || !usable(points, weights) {
        return Clustering { clusters: Vec::new(), inertia: 0.0, iterations: 0 };
    }
    lloyd(points, weights, centers, max_iterations)
}

/// [`lloyd_from`] on points already checked.
fn lloyd(
    points: &[[f32; 3]],
    weights: &[f64],
    mut centers: Vec<[f32; 3]>,
    max_iterations: usize,
) -> Clustering {
    let k = centers.len();
    let n = points.len();
    let mut labels = vec![0usize; n];
    let mut upper = vec![0.0f32; n];
    let mut lower = vec![0.0f32; n];
    for (i, &p) in points.iter().enumerate() {
        (labels[i], upper[i], lower[i]) = two_nearest(&centers, p);
    }
    // Per-cluster weighted sums, kept up to date as points move (O(moves), not O(n), per round).
    let mut sums = vec![[0.0f64; 4]; k];
    for ((p, &w), &label) in points.iter().zip(weights).zip(&labels) {
        add_point(&mut sums[label], *p, w, 1.0);
    }
    let mut half_gap = vec![0.0f32; k];
    let mut moved = vec![0.0f32; k];
    let mut iterations = 0;
    while iterations < max_iterations {
        iterations += 1;
        // Move each center to the mean of its points. An emptied one restarts on the point with
        // the largest upper bound (the worst-served point, as far as the bounds tell), and every
        // bound is then recomputed from scratch.
        let mut reseeded = false;
        for j in 0..k {
            let s = sums[j];
            let updated = if s[3] > 0.0 {
                [(s[0] / s[3]) as f32, (s[1] / s[3]) as f32, (s[2] / s[3]) as f32]
            } else {
                let far = (0..n).max_by(|&a, &b| upper[a].total_cmp(&upper[b])).unwrap_or(0);
                reseeded = true;
                upper[far] = 0.0;
                points[far]
            };
            moved[j] = distance2(centers[j], updated).sqrt();
            centers[j] = updated;
        }
        if reseeded {
            upper.iter_mut().for_each(|u| *u = f32::INFINITY);
            lower.iter_mut().for_each(|l| *l = 0.0);
        } else {
            // Hamerly's bound update: the own center moved at most `moved[label]` away, any other
            // center at most the largest movement among the others.
            let (farthest, largest) = moved
                .iter()
                .enumerate()
                .fold((0, 0.0f32), |(fj, fm), (j, &m)| if m > fm { (j, m) } else { (fj, fm) });
            let second =
                moved.iter().enumerate().filter(|&(j, _)| j != farthest).map(|(_, &m)| m).fold(0.0, f32::max);
            for i in 0..n {
                upper[i] += moved[labels[i]];
                lower[i] -= if labels[i] == farthest { second } else { largest };
            }
        }
        for (j, gap) in half_gap.iter_mut().enumerate() {
            let nearest_other = (0..k)
                .filter(|&o| o != j)
                .map(|o| distance2(centers[j], centers[o]))
                .fold(f32::INFINITY, f32::min);
            *gap = 0.5 * nearest_other.sqrt();
        }
        let mut changed = 0usize;
        for (i, &p) in points.iter().enumerate() {
            let bound = half_gap[labels[i]].max(lower[i]);
            if upper[i] <= bound {
                continue;
            }
            upper[i] = distance2(p, centers[labels[i]]).sqrt();
            if upper[i] <= bound {
                continue;
            }
            let (best, d1, d2) = two_nearest(&centers, p);
            if best != labels[i] {
                add_point(&mut sums[labels[i]], p, weights[i], -1.0);
                add_point(&mut sums[best], p, weights[i], 1.0);
                labels[i] = best;
                changed += 1;
            }
            (upper[i], lower[i]) = (d1, d2);
        }
        if changed == 0 && !reseeded {
            break;
        }
    }
    // The final centers are the means of the final assignment, summed afresh (the running sums
    // carry rounding from every move), and the inertia is that of this assignment.
    let final_means = means(points, weights, &labels, k);
    let mut inertia = 0.0;
    for ((&p, &w), &label) in points.iter().zip(weights).zip(&labels) {
        if let Some((center, _)) = final_means[label] {
            inertia += f64::from(distance2(p, center)) * w;
        }
    }
    let clusters =
        final_means.into_iter().flatten().map(|(center, weight)| Cluster { center, weight }).collect();
    Clustering { clusters, inertia, iterations }
}

/// Adds (sign 1) or removes (sign −1) a weighted point to a cluster's running sums.
fn add_point(sum: &mut [f64; 4], p: [f32; 3], weight: f64, sign: f64) {
    let w = weight * sign;
    sum[0] += f64::from(p[0]) * w;
    sum[1] += f64::from(p[1]) * w;
    sum[2] += f64::from(p[2]) * w;
    sum[3] += w;
}

/// Whether the points can be clustered: as many weights as points, every weight finite and not
/// negative, some positive.
fn usable(points: &[[f32; 3]], weights: &[f64]) -> bool {
    points.len() == weights.len()
        && weights.iter().all(|w| w.is_finite() && *w >= 0.0)
        && weights.iter().any(|&w| w > 0.0)
        && points.iter().flatten().all(|c| c.is_finite())
}

/// Clusters weighted points into at most `k` clusters, keeping the best of `effort.restarts`
/// seedings (the earliest on a tie). Fewer than `k` clusters come back when the points have
/// fewer than `k` distinct values (or, rarely, when the iteration limit stops a run right after
/// it re-seeded an emptied cluster). Nothing comes back for no points or unusable weights
/// (negative, infinite or all zero).
pub fn kmeans(points: &[[f32; 3]], weights: &[f64], k: usize, seed: u64, effort: Effort) -> Clustering {
    let mut best = Clustering { clusters: Vec::new(), inertia: 0.0, iterations: 0 };
    if points.is_empty() || k == 0 || !usable(points, weights) {
        return best;
    }
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    for restart in 0..effort.restarts.max(1) {
        let centers = seed_centers(points, weights, k, &mut rng);
        let run = lloyd(points, weights, centers, effort.max_iterations.max(1));
        if restart == 0 || run.inertia < best.inertia {
            best = run;
        }
    }
    best
}

/// Within-cluster sum of squares of `clusters` over the points: Σ weight × squared distance to
/// the nearest center.
#[cfg(test)]
fn inertia(points: &[[f32; 3]], weights: &[f64], clusters: &[Cluster]) -> f64 {
    let centers: Vec<[f32; 3]> = clusters.iter().map(|c| c.center).collect();
    points
        .iter()
        .zip(weights)
        .map(|(&p, &w)| {
            let nearest = centers.iter().map(|&c| distance2(p, c)).fold(f32::INFINITY, f32::min);
            f64::from(nearest) * w
        })
        .sum()
}

#[cfg(test)]
mod tests;
