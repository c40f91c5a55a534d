use super::*;

const COSTS: Costs = Costs { warp: 0.3, gap: 0.6, gap_open: 2.0 };

fn align(a: &[f32], b: &[f32], band: usize) -> Vec<Step> {
    warp(a.len(), b.len(), band, COSTS, |i, j| (a[i] - b[j]).abs()).unwrap()
}

/// A signal like a film's: scenes of 3 to 8 points, each at a level of its own and drifting.
fn signal(n: usize, seed: usize) -> Vec<f32> {
    let mut values = Vec::with_capacity(n);
    let mut scene = seed;
    while values.len() < n {
        let length = 3 + scene * 7919 % 6;
        let level = (scene.wrapping_mul(2_654_435_761) % 1000) as f32 / 100.0;
        values.extend((0..length).map(|k| level + 0.05 * k as f32));
        scene += 1;
    }
    values.truncate(n);
    values
}

/// Every point of both films appears on the path, in order.
fn check_covers(path: &[Step], n: usize, m: usize) {
    let a: Vec<usize> = path.iter().filter(|s| s.how != Move::GapB).map(|s| s.a).collect();
    let b: Vec<usize> = path.iter().filter(|s| s.how != Move::GapA).map(|s| s.b).collect();
    let mut a_seen = a.clone();
    a_seen.dedup();
    let mut b_seen = b.clone();
    b_seen.dedup();
    assert_eq!(a_seen, (0..n).collect::<Vec<_>>());
    assert_eq!(b_seen, (0..m).collect::<Vec<_>>());
}

/// The gaps found are the expected ones, each end within 2 points: a point at a gap's edge
/// that resembles its neighbour across the edge may be matched by a warp instead.
fn assert_gaps(found: &[Gap], expected: &[(bool, usize, usize)]) {
    assert_eq!(found.len(), expected.len(), "{found:?}");
    for (gap, &(in_a, first, last)) in found.iter().zip(expected) {
        assert!(
            gap.in_a == in_a && gap.first.abs_diff(first) <= 2 && gap.last.abs_diff(last) <= 2,
            "{found:?}"
        );
    }
}

#[test]
fn identical_sequences_align_on_the_diagonal() {
    let a = signal(100, 1);
    let path = align(&a, &a, 10);
    assert_eq!(path.len(), 100);
    assert!(path.iter().all(|s| s.a == s.b && s.how == Move::Both));
    assert!(gaps(&path, 3).is_empty());
}

#[test]
fn a_cut_scene_is_a_gap_of_its_length() {
    let a = signal(200, 3);
    let b: Vec<f32> = a[..80].iter().chain(&a[110..]).copied().collect();
    let path = align(&a, &b, 50);
    check_covers(&path, 200, 170);
    assert_gaps(&gaps(&path, 5), &[(true, 80, 109)]);
}

#[test]
fn an_inserted_scene_is_a_gap_in_the_other_film() {
    let a = signal(150, 4);
    let extra = signal(25, 900);
    let b: Vec<f32> = a[..60].iter().chain(&extra).chain(&a[60..]).copied().collect();
    let path = align(&a, &b, 50);
    check_covers(&path, 150, 175);
    assert_gaps(&gaps(&path, 5), &[(false, 60, 84)]);
}

#[test]
fn trims_at_both_ends_are_gaps_at_the_ends() {
    let a = signal(150, 5);
    let b = a[20..140].to_vec();
    let path = align(&a, &b, 40);
    check_covers(&path, 150, 120);
    assert_gaps(&gaps(&path, 5), &[(true, 0, 19), (true, 140, 149)]);
}

#[test]
fn a_slower_copy_warps_without_gaps() {
    let a = signal(200, 6);
    // Every 20th point shown twice: 5 % slower.
    let b: Vec<f32> =
        a.iter().enumerate().flat_map(|(i, &v)| if i % 20 == 10 { vec![v, v] } else { vec![v] }).collect();
    let path = align(&a, &b, 30);
    check_covers(&path, 200, 210);
    assert!(gaps(&path, 3).is_empty());
    assert_eq!(path.iter().filter(|s| s.how == Move::OnlyB).count(), 10);
}

#[test]
fn the_band_bounds_memory_and_refuses_what_it_cannot_hold() {
    assert!(warp(MAX_CELLS, 2, MAX_CELLS, COSTS, |_, _| 0.0).is_err());
    assert!(warp(0, 5, 3, COSTS, |_, _| 0.0).is_err());
    let path = warp(1, 1, 0, COSTS, |_, _| 0.0).unwrap();
    assert_eq!(path, vec![Step { a: 0, b: 0, how: Move::Both }]);
}
