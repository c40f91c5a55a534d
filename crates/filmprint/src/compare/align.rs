//! The alignment: dynamic time warping with gaps, of one film's grid onto the other's. Written
//! here because it is the heart of `compare` and its details are ours:
//!
//! - a match pairs a point of A with a point of B at the cost of their color distance;
//! - warping (one film advancing while its partner stays paired) costs the distance plus a
//!   step penalty, so the path runs diagonally wherever the films play alike and warps only
//!   where one runs slower;
//! - a gap leaves a point of one film unmatched at a fixed cost per point (plus an opening
//!   cost), whatever the point shows: a scene one film lacks, or a trim at either end, is a
//!   run of gap steps, placed where the films' remaining points match best — not where a
//!   frame of the other film happens to resemble the missing material, as warping alone would;
//! - a band around the same-time diagonal bounds memory (two bytes per cell).

use crate::error::{Error, Result};

/// Most cells of the band kept for the way back (two bytes each).
pub const MAX_CELLS: usize = 32 << 20;

/// How the path reached a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// A match after both films advanced.
    Both,
    /// A match after only A advanced (B's point stays paired: warping).
    OnlyA,
    /// A match after only B advanced.
    OnlyB,
    /// A's point left unmatched (B lacks it).
    GapA,
    /// B's point left unmatched (A lacks it).
    GapB,
}

impl Move {
    /// Whether the step pairs A's point with B's.
    pub fn is_match(self) -> bool {
        matches!(self, Move::Both | Move::OnlyA | Move::OnlyB)
    }
}

/// One point of the path: A's grid point `a` and B's `b` (for a gap step, the other film's
/// point is the one it last reached).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// A's grid point.
    pub a: usize,
    /// B's grid point.
    pub b: usize,
    /// How the path got here.
    pub how: Move,
}

/// The costs of the alignment, in units of the color distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Costs {
    /// Added to a match reached by warping.
    pub warp: f32,
    /// Per point left unmatched.
    pub gap: f32,
    /// Once per run of unmatched points.
    pub gap_open: f32,
}

// The states of a cell: its point pair matched after both films advanced, matched after a
// warp of A or of B, or A's or B's point unmatched.
const M: usize = 0;
const WA: usize = 1;
const WB: usize = 2;
const GA: usize = 3;
const GB: usize = 4;
const STATES: usize = 5;

/// Aligns sequences of `n` and `m` points whose cost of matching is `cost(i, j)`. The band
/// lets A's point i meet B's points within `i ± band` (widened to reach the last corner).
///
/// A warp must follow a diagonal match: one film may run up to twice as fast as the other,
/// but a film standing still over many points is a gap, not a warp — a trim inside a still
/// scene shows as the trim it is.
pub fn warp(
    n: usize,
    m: usize,
    band: usize,
    costs: Costs,
    cost: impl Fn(usize, usize) -> f32,
) -> Result<Vec<Step>> {
    if n == 0 || m == 0 {
        return Err(Error::InvalidSettings("nothing to align: a film has no samples".into()));
    }
    let band = band.max(n.abs_diff(m)).min(n.max(m));
    let width = 2 * band + 1;
    if (n + 1).saturating_mul(width) > MAX_CELLS {
        return Err(Error::InvalidSettings(format!(
            "the alignment would need {} cells (at most {MAX_CELLS}): compare with fewer samples",
            (n + 1).saturating_mul(width)
        )));
    }
    // Rows and columns are shifted by one: row 0 / column 0 stand for "before the first
    // point", so a film can open with unmatched points (a trim at the start).
    let lo = |r: usize| r.saturating_sub(band);
    let hi = |r: usize| (r + band).min(m);
    let slot = |r: usize, c: usize| r * width + (c + band - r);
    // Each cell's predecessors: bits 0–2 the diagonal match's, 3–5 and 6–8 the gaps' (a
    // warp's is always the diagonal match beside it).
    let mut from = vec![0u16; (n + 1) * width];
    let inf = f32::INFINITY;
    let mut previous = vec![[inf; STATES]; m + 1];
    let mut current = vec![[inf; STATES]; m + 1];
    for r in 0..=n {
        // The band moves right by one cell per row: only the cell left of it can hold a stale
        // value (from two rows back) that this row would read.
        if lo(r) > 0 {
            current[lo(r) - 1] = [inf; STATES];
        }
        for c in lo(r)..=hi(r) {
            let mut cell = [inf; STATES];
            if r == 0 && c == 0 {
                cell[M] = 0.0;
                current[0] = cell;
                continue;
            }
            let mut code = 0u16;
            if r > 0 && c > 0 {
                let d = cost(r - 1, c - 1);
                let (k, best) = smallest(&previous[c - 1]);
                cell[M] = best + d;
                code |= k as u16;
                if r > 1 {
                    cell[WA] = previous[c][M] + costs.warp + d;
                }
                if c > 1 {
                    cell[WB] = current[c - 1][M] + costs.warp + d;
                }
            }
            let open = |p: &[f32; STATES], keep: usize| -> [f32; STATES] {
                std::array::from_fn(|k| if k == keep { p[k] } else { p[k] + costs.gap_open })
            };
            if r > 0 {
                let (k, best) = smallest(&open(&previous[c], GA));
                cell[GA] = best + costs.gap;
                code |= (k as u16) << 3;
            }
            if c > 0 {
                let (k, best) = smallest(&open(&current[c - 1], GB));
                cell[GB] = best + costs.gap;
                code |= (k as u16) << 6;
            }
            current[c] = cell;
            from[slot(r, c)] = code;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let (mut state, total) = smallest(&previous[m]);
    if !total.is_finite() {
        return Err(Error::InvalidSettings("the films could not be aligned (no finite path)".into()));
    }
    let (mut r, mut c) = (n, m);
    let mut path = Vec::with_capacity(n + m);
    while r > 0 || c > 0 {
        let code = usize::from(from[slot(r, c)]);
        let (a, b) = (r.saturating_sub(1), c.saturating_sub(1));
        (state, r, c) = match state {
            M => {
                path.push(Step { a, b, how: Move::Both });
                (code & 7, r - 1, c - 1)
            }
            WA => {
                path.push(Step { a, b, how: Move::OnlyA });
                (M, r - 1, c)
            }
            WB => {
                path.push(Step { a, b, how: Move::OnlyB });
                (M, r, c - 1)
            }
            GA => {
                path.push(Step { a, b, how: Move::GapA });
                ((code >> 3) & 7, r - 1, c)
            }
            _ => {
                path.push(Step { a, b, how: Move::GapB });
                ((code >> 6) & 7, r, c - 1)
            }
        };
    }
    path.reverse();
    Ok(path)
}

/// The index and value of the smallest option (the first of equals).
fn smallest(options: &[f32]) -> (usize, f32) {
    options
        .iter()
        .copied()
        .enumerate()
        .fold((0, f32::INFINITY), |best, (k, v)| if v < best.1 { (k, v) } else { best })
}

/// A run of points of one film with no counterpart in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap {
    /// Whether the points are A's (else B's).
    pub in_a: bool,
    /// First grid point of the film that has them.
    pub first: usize,
    /// Last grid point.
    pub last: usize,
}

/// The path's runs of unmatched points of at least `min_run` points. Runs of the same film
/// with fewer than `min_run` matches between them are one (a still frame inside a missing
/// scene can match; the other film's unmatched points do not separate them).
pub fn gaps(path: &[Step], min_run: usize) -> Vec<Gap> {
    let mut found: Vec<Gap> = Vec::new();
    // Matches since the last unmatched point of A, of B.
    let mut since = [usize::MAX; 2];
    for step in path {
        let in_a = match step.how {
            Move::GapA => true,
            Move::GapB => false,
            _ => {
                since = since.map(|s| s.saturating_add(1));
                continue;
            }
        };
        let side = usize::from(!in_a);
        let point = if in_a { step.a } else { step.b };
        match found.iter_mut().rev().find(|g| g.in_a == in_a) {
            Some(gap) if since[side] < min_run => gap.last = point,
            _ => found.push(Gap { in_a, first: point, last: point }),
        }
        since[side] = 0;
    }
    found.retain(|g| g.last + 1 - g.first >= min_run);
    found
}

#[cfg(test)]
mod tests;
