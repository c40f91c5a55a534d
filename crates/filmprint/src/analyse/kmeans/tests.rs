//! Hamerly against plain Lloyd on the same seeding, and the clustering's edge cases.

use super::*;

fn sorted(mut clusters: Vec<Cluster>) -> Vec<Cluster> {
    clusters.sort_by(|a, b| a.center[0].total_cmp(&b.center[0]));
    clusters
}

/// Plain Lloyd iterations from the same seeding, as the reference Hamerly must reproduce.
fn lloyd(points: &[[f32; 3]], weights: &[f64], k: usize, seed: u64) -> Vec<Cluster> {
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    let mut centers = seed_centers(points, weights, k, &mut rng);
    let mut labels: Vec<usize> = points.iter().map(|&p| two_nearest(&centers, p).0).collect();
    loop {
        centers = means(points, weights, &labels, centers.len())
            .into_iter()
            .map(|m| m.map_or([0.0; 3], |m| m.0))
            .collect();
        let next: Vec<usize> = points.iter().map(|&p| two_nearest(&centers, p).0).collect();
        if next == labels {
            break;
        }
        labels = next;
    }
    means(points, weights, &labels, centers.len())
        .into_iter()
        .flatten()
        .map(|(center, weight)| Cluster { center, weight })
        .collect()
}

fn ring(n: usize) -> (Vec<[f32; 3]>, Vec<f64>) {
    let points = (0..n).map(|i| {
        let t = i as f32 * 0.0126;
        [t.cos(), t.sin(), (i % 7) as f32 * 0.01]
    });
    (points.collect(), (0..n).map(|i| f64::from(1 + (i % 3) as u32)).collect())
}

#[test]
fn separates_well_separated_groups_with_their_weights() {
    let points = [[0.0, 0.0, 0.0], [0.02, 0.0, 0.0], [1.0, 1.0, 1.0], [1.0, 0.98, 1.0]];
    let weights = [3.0, 1.0, 5.0, 1.0];
    let result = kmeans(&points, &weights, 2, 7, Effort::default());
    let clusters = sorted(result.clusters);
    assert_eq!(clusters.len(), 2);
    assert!((clusters[0].center[0] - 0.005).abs() < 1e-6, "{clusters:?}");
    assert_eq!(clusters[0].weight, 4.0);
    assert!((clusters[1].center[1] - (5.0 + 0.98) / 6.0).abs() < 1e-6);
    assert_eq!(clusters[1].weight, 6.0);
    let expected =
        3.0 * 0.005f64.powi(2) + 0.015f64.powi(2) + 5.0 * (0.02f64 / 6.0).powi(2) + (0.1f64 / 6.0).powi(2);
    assert!((result.inertia - expected).abs() < 1e-6, "{} vs {expected}", result.inertia);
}

#[test]
fn hamerly_gives_exactly_lloyds_clusters() {
    let (points, weights) = ring(700);
    for (k, seed) in [(2, 1), (5, 2), (8, 3), (16, 4)] {
        let fast = kmeans(&points, &weights, k, seed, Effort::default());
        assert_eq!(sorted(fast.clusters), sorted(lloyd(&points, &weights, k, seed)), "k {k}");
    }
}

#[test]
fn fewer_distinct_points_than_k_gives_fewer_clusters() {
    let clusters = kmeans(&[[0.5, 0.1, 0.1]; 4], &[1.0; 4], 5, 1, Effort::default()).clusters;
    assert_eq!(clusters, vec![Cluster { center: [0.5, 0.1, 0.1], weight: 4.0 }]);
    let two = kmeans(&[[0.0; 3], [1.0; 3]], &[1.0, 1.0], 5, 1, Effort::default());
    assert_eq!(two.clusters.len(), 2);
    assert_eq!(two.inertia, 0.0);
    assert!(kmeans(&[], &[], 3, 0, Effort::default()).clusters.is_empty());
    assert!(kmeans(&[[0.0; 3]], &[0.0], 3, 0, Effort::default()).clusters.is_empty());
}

#[test]
fn same_seed_same_bits_and_restarts_never_do_worse() {
    let (points, weights) = ring(500);
    let a = kmeans(&points, &weights, 6, 42, Effort::default());
    assert_eq!(a, kmeans(&points, &weights, 6, 42, Effort::default()));
    let more = kmeans(&points, &weights, 6, 42, Effort { restarts: 4, ..Effort::default() });
    assert!(more.inertia <= a.inertia, "the first restart is the single run");
    let total: f64 = more.clusters.iter().map(|c| c.weight).sum();
    assert_eq!(total, weights.iter().sum::<f64>());
}

#[test]
fn an_emptied_cluster_is_reseeded() {
    // The third center is far from every point: its cluster empties at once and must be
    // restarted on a point, giving three clusters at a fixed point.
    let points = [[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [10.0, 0.0, 0.0], [11.0, 0.0, 0.0]];
    let result =
        lloyd_from(&points, &[1.0; 4], vec![[0.5, 0.0, 0.0], [10.5, 0.0, 0.0], [100.0, 0.0, 0.0]], 300);
    assert_eq!(result.clusters.len(), 3, "{result:?}");
    assert_eq!(result.clusters.iter().map(|c| c.weight).sum::<f64>(), 4.0);
    assert!(result.inertia < 1.0, "{}", result.inertia);
    let again = lloyd_from(&points, &[1.0; 4], result.clusters.iter().map(|c| c.center).collect(), 300);
    assert_eq!(again.inertia, result.inertia, "a fixed point");
}

#[test]
fn unusable_weights_give_no_clusters() {
    let points = [[0.0; 3], [1.0; 3], [2.0; 3]];
    for weights in [[1.0, -1.0, 1.0], [1.0, f64::NAN, 1.0], [0.0; 3], [1.0, f64::INFINITY, 0.0]] {
        assert!(kmeans(&points, &weights, 2, 0, Effort::default()).clusters.is_empty(), "{weights:?}");
    }
}

#[test]
fn converges_to_a_fixed_point() {
    // A converged clustering: every point is nearest to its own cluster's mean.
    let points: Vec<[f32; 3]> =
        (0..300).map(|i| [(i % 17) as f32, (i % 5) as f32, (i / 60) as f32]).collect();
    let weights = vec![1.0; points.len()];
    let result = kmeans(&points, &weights, 4, 3, Effort::default());
    assert!(result.iterations < 300);
    assert!((result.inertia - inertia(&points, &weights, &result.clusters)).abs() < 1e-9);
    let one_step = kmeans(&points, &weights, 4, 3, Effort { restarts: 1, max_iterations: 1 });
    assert!(result.inertia <= one_step.inertia);
}
