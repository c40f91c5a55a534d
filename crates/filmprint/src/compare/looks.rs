//! The alignment of two fingerprints, looked at twice: first each film on its own scale
//! (blind to a global grade), then B regraded to A by the first look's matches, both on one
//! scale (blind to what each film holds) — see `regrade`. Its path and gaps are what the
//! comparison reports, and what the library's distances are measured along.

use super::CompareSettings;
use super::align::{Gap, MAX_CELLS, Step, gaps, warp};
use super::grade::{median, pair_colors};
use super::regrade;
use super::timeline::{self, MAX_GRID, Track, cluster_distance, common_step, track};
use crate::error::Result;
use crate::fingerprint::Fingerprint;

/// Two films aligned.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// The common clock's step, seconds.
    pub step: f64,
    /// A on the clock.
    pub a: Track,
    /// B on the clock.
    pub b: Track,
    /// The path through both grids.
    pub path: Vec<Step>,
    /// Its runs of unmatched points.
    pub gaps: Vec<Gap>,
}

/// Same-time points meet within a band wide enough for the length difference and a fifth of
/// the film more (trims and cut scenes at both ends, a speed change).
fn band(n: usize, m: usize) -> usize {
    n.abs_diff(m) + n.max(m) / 5 + 4
}

/// The common step, coarsened until the alignment's band fits in `cells` (densely sampled
/// films, or a short film against a long one, are aligned at a coarser step rather than
/// refused).
fn fitted_step(a: &Fingerprint, b: &Fingerprint, cells: usize) -> f64 {
    let length = |f: &Fingerprint| (f.sampled_span().end_s - f.sampled_span().start_s).max(0.0);
    let mut step = common_step(a, b);
    for _ in 0..64 {
        let points = |f: &Fingerprint| ((length(f) / step).round() as usize).clamp(1, MAX_GRID);
        let (n, m) = (points(a), points(b));
        let needed = (n + 1).saturating_mul(2 * band(n, m).max(n.abs_diff(m)).min(n.max(m)) + 1);
        if needed <= cells {
            break;
        }
        step *= (needed as f64 / cells as f64).sqrt().max(1.05);
    }
    step
}

/// Aligns B to A.
pub fn align_films(a: &Fingerprint, b: &Fingerprint, settings: &CompareSettings) -> Result<Alignment> {
    let step = fitted_step(a, b, MAX_CELLS);
    let (ta, tb) = (track(a, step), track(b, step));
    let (n, m) = (ta.samples.len(), tb.samples.len());
    let band = band(n, m);
    // The a–b channels count by how alike the films' chroma spreads are: against a
    // black-and-white (or strongly desaturated) copy only lightness can say which moments
    // match.
    let likeness = |x: f64, y: f64| (x.min(y) + 1e-4) / (x.max(y) + 1e-4);
    let weight = [1.0, likeness(ta.spread[1], tb.spread[1]), likeness(ta.spread[2], tb.spread[2])];
    // First look: each film on its own scale.
    let own = |t: &Track| {
        let (centre, scale) = (t.centre, t.scale());
        move |c: [f32; 3]| -> [f32; 3] {
            std::array::from_fn(|k| ((f64::from(c[k]) - centre[k]) / scale[k] * weight[k]) as f32)
        }
    };
    let (na, nb) = (timeline::clusters(a, own(&ta)), timeline::clusters(b, own(&tb)));
    let first =
        warp(n, m, band, settings.costs, |i, j| cluster_distance(&na[ta.samples[i]], &nb[tb.samples[j]]))?;
    // Second look: B regraded to A by the first look's matches, both on A's scale.
    let matched: Vec<([f32; 3], [f32; 3])> = first
        .iter()
        .filter(|s| s.how.is_match())
        .map(|s| (tb.means[tb.samples[s.b]], ta.means[ta.samples[s.a]]))
        .collect();
    let map = regrade::fit(&matched);
    let spread = ta.scale();
    let scale = |c: [f32; 3]| -> [f32; 3] {
        std::array::from_fn(|k| (f64::from(c[k]) / spread[k] * weight[k]) as f32)
    };
    let (ca, cb) = (timeline::clusters(a, scale), timeline::clusters(b, |c| scale(map.apply(c))));
    let path =
        warp(n, m, band, settings.costs, |i, j| cluster_distance(&ca[ta.samples[i]], &cb[tb.samples[j]]))?;
    let min_run = ((settings.min_gap_s / step).ceil() as usize).max(3);
    let found = gaps(&path, min_run);
    Ok(Alignment { step, a: ta, b: tb, path, gaps: found })
}

/// The median ΔE along the path: every step's pair of frames, an unmatched point with the
/// other film's point beside it, so films that share little are far apart however well their
/// few matches match.
pub fn distance_along(a: &Fingerprint, b: &Fingerprint, alignment: &Alignment) -> f32 {
    let mut all: Vec<f32> = alignment
        .path
        .iter()
        .map(|s| {
            pair_colors(&a.samples[alignment.a.samples[s.a]], &b.samples[alignment.b.samples[s.b]]).delta_e
        })
        .collect();
    median(&mut all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn film(duration: f64, samples: usize) -> Fingerprint {
        super::super::tests::film(duration, samples, super::super::tests::scene_colors)
    }

    #[test]
    fn dense_or_mismatched_films_are_aligned_at_a_coarser_step_within_the_budget() {
        let budget = 1_000_000;
        for (a, b) in [(film(7200.0, 20_000), film(7000.0, 20_000)), (film(600.0, 6000), film(7200.0, 1000))]
        {
            let step = fitted_step(&a, &b, budget);
            let (n, m) = (
                (a.source.duration_s / step).round() as usize,
                (b.source.duration_s / step).round() as usize,
            );
            assert!((n + 1) * (2 * band(n, m) + 1) <= budget, "{step} s: {n} × {m}");
            if step > common_step(&a, &b) {
                assert!((n + 1) * (2 * band(n, m) + 1) > budget / 4, "not coarser than needed: {step} s");
            }
        }
        // Films that fit keep their own step.
        let (a, b) = (film(60.0, 500), film(55.0, 500));
        assert_eq!(fitted_step(&a, &b, budget), common_step(&a, &b));
    }
}
