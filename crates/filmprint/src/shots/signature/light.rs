//! How a frame's light changed from another's while its picture stayed: the tests that tell a
//! lamp switched, dimmed or raised, the sun breaking through or an exposure settling from a cut
//! or a dissolve to another picture. Apart from the rest of the signature because they fit
//! the fine grid's lightness, cell by cell, rather than compare the frames' colors.

use super::{FINE_GRID, FrameSignature};

/// A fine cell whose lightness (0..=1) changes by more than this between two frames is one
/// where [`FrameSignature::relit_agreement`] compares their shapes (well above grain, which
/// the fine grid's cells average away).
const RELIT_CHANGE: f32 = 0.08;

/// Rows or columns of fine cells darker than this (Oklab lightness) in both frames, reaching in
/// from the frame's edge, are a bar (letterbox, pillarbox) that the crop did not take off, as
/// when a fade to white lit the bars too: their edge with the picture is the frame's, not one
/// of the picture's shapes. A black band inside the picture (a night sky under stars, above a
/// lit street) is the picture's own and keeps its edges.
const BAR: f32 = 0.05;

/// A fine cell's lightness gradient (over two cells, 0..=1) at least this strong is one of the
/// frame's edges that [`FrameSignature::edges_kept`] looks for in the other frame: a step of
/// 0.02 a cell, above what grain leaves on the fine grid.
const EDGE: f32 = 0.04;

/// [`FrameSignature::edges_kept`] says nothing of a frame with fewer edges than this (of the
/// fine grid's 2,108 inner cells): a picture nearly flat, or black.
const EDGES_MIN: usize = 100;

/// The weaker gradient [`FrameSignature::faint_edges_kept`] counts as an edge in a dim picture
/// with too few at `EDGE`: a step of 0.01 a cell. On a film's frames a fine cell averages a
/// hundred pixels or more, and grain is averaged far below it; on the tests' small frames it
/// is not (they draw such pictures without grain).
const FAINT_EDGE: f32 = 0.02;

/// Cells across and down of the blocks [`FrameSignature::local_gain_residual`] fits one gain
/// in: 8 blocks across the fine grid and 6 down, each an eighth of the picture's width and a
/// sixth of its height, small enough for a lamp's pool of light to be near even in each.
const LIGHT_BLOCK: (usize, usize) = (8, 6);

/// Groups of cells, by lightness, [`FrameSignature::relit_residual`] fits one by one: 96
/// cells each (24 divides the fine grid's 2,304 cells: no group is empty), enough to average
/// grain out, few enough to follow a curved grade.
const TONE_BINS: usize = 24;

impl FrameSignature {
    /// How much the picture keeps its shapes where it changed from `other` to this frame: the
    /// normalised correlation of the two frames' lightness gradients on the fine grid, over the
    /// cells whose lightness changed by more than `RELIT_CHANGE` (0.08) and their neighbours (-1..=1;
    /// 0 when nothing changed or either grid was not measured). Light switched on or off keeps
    /// the edges where they were, pointing the same way, only stronger or weaker (near 1); a
    /// cut draws other edges there, even to a picture much like the old one. The edges of
    /// bars black in both frames (under `BAR`, 0.05, from the frame's edge in) are left out: as
    /// strong as any, and kept by any change next to them, they would make a cut near a bar
    /// look relit.
    pub fn relit_agreement(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return 0.0;
        }
        let changed: Vec<bool> =
            self.fine.iter().zip(&other.fine).map(|(a, b)| (a - b).abs() > RELIT_CHANGE).collect();
        let near_change = |x: usize, y: usize| {
            (y - 1..=y + 1).any(|ny| (x - 1..=x + 1).any(|nx| changed[ny * across + nx]))
        };
        let bars = Bars::of(&self.fine, &other.fine);
        let (mut both, mut mine, mut theirs) = (0.0f64, 0.0f64, 0.0f64);
        for y in 1..down - 1 {
            for x in (1..across - 1).filter(|&x| near_change(x, y)) {
                let (a, b) = (bars.gradient(&self.fine, x, y), bars.gradient(&other.fine, x, y));
                both += a.0 * b.0 + a.1 * b.1;
                mine += a.0 * a.0 + a.1 * a.1;
                theirs += b.0 * b.0 + b.1 * b.1;
            }
        }
        if mine * theirs > 0.0 { (both / (mine * theirs).sqrt()) as f32 } else { 0.0 }
    }

    /// The share of `other`'s edges this frame keeps: of the fine grid's cells where `other`'s
    /// lightness gradient is at least `EDGE` (0.04), those where this frame's gradient points
    /// the same way with at least `strength` of its strength (its projection on `other`'s
    /// gradient at least that part of that gradient's length). Light switched on or raised over
    /// a part of the picture (a lamp lit, a door opened onto the sun) leaves every edge of the
    /// picture before it where it was, as strong or stronger; a dissolve into another picture
    /// buries them under the new one's, and halfway through has halved them. The edges of bars
    /// black in both frames are left out, as in [`Self::relit_agreement`]. `None` when `other`
    /// has fewer than `EDGES_MIN` (100) edges, too few to say (a frame nearly flat), or either
    /// grid was not measured.
    pub fn edges_kept(&self, other: &FrameSignature, strength: f32) -> Option<f32> {
        self.kept_above(other, strength, EDGE)
    }

    /// [`Self::edges_kept`], counting as edges of `other` the gradients of `FAINT_EDGE` (0.02)
    /// and more: a dim picture (a room lit by a lamp turned low) has too few at full strength
    /// for that test to say anything, but keeps its shapes in fainter ones.
    pub fn faint_edges_kept(&self, other: &FrameSignature, strength: f32) -> Option<f32> {
        self.kept_above(other, strength, FAINT_EDGE)
    }

    /// [`Self::edges_kept`] with gradients of `least` and more counted as edges.
    fn kept_above(&self, other: &FrameSignature, strength: f32, least: f32) -> Option<f32> {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return None;
        }
        let bars = Bars::of(&self.fine, &other.fine);
        let (mut edges, mut kept) = (0usize, 0usize);
        for y in 1..down - 1 {
            for x in 1..across - 1 {
                let (a, b) = (bars.gradient(&other.fine, x, y), bars.gradient(&self.fine, x, y));
                let edge = a.0 * a.0 + a.1 * a.1;
                if edge < f64::from(least * least) {
                    continue;
                }
                edges += 1;
                if a.0 * b.0 + a.1 * b.1 >= f64::from(strength) * edge {
                    kept += 1;
                }
            }
        }
        (edges >= EDGES_MIN).then(|| kept as f32 / edges as f32)
    }

    /// [`Self::relit_residual`] with the picture after taken as one gain and offset of
    /// `other`'s lightness (least squares over the fine grid): a lamp dimmed or raised scales
    /// and shifts every cell's lightness, and this fit leaves none of the spread of the cells a
    /// group of the tone curve holds, so it leaves less of a change close to a gain and an
    /// offset. When `other` is flat only the offset is fitted. Infinite when either grid was
    /// not measured.
    pub fn gain_residual(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return f32::INFINITY;
        }
        let cells = self.fine.len() as f32;
        let (mine, theirs) = (self.fine.iter().sum::<f32>() / cells, other.fine.iter().sum::<f32>() / cells);
        let (mut both, mut spread) = (0.0f32, 0.0f32);
        for (a, b) in self.fine.iter().zip(&other.fine) {
            both += (a - mine) * (b - theirs);
            spread += (b - theirs) * (b - theirs);
        }
        let gain = if spread > 0.0 { both / spread } else { 0.0 };
        let left: f32 =
            self.fine.iter().zip(&other.fine).map(|(a, b)| (a - mine - gain * (b - theirs)).abs()).sum();
        left / cells
    }

    /// How far this frame's structure is from `other`'s lit otherwise: the mean over the fine
    /// grid's cells of what is left of this frame's lightness once it is taken as one function
    /// of `other`'s (each cell fitted by the mean of the cells `other` lights alike:
    /// `TONE_BINS`, 24, groups of equal count, in order of lightness), against
    /// [`Self::structure_difference`]'s scale (this frame is fitted from `other`, not the other
    /// way). Light dimmed, raised, or bent by an exposure's or a grade's curve takes every cell
    /// of one lightness to another and leaves little; another picture leaves most of the
    /// difference. Infinite when either grid was not measured.
    pub fn relit_residual(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        let cells = across * down;
        if self.fine.len() != cells || other.fine.len() != cells {
            return f32::INFINITY;
        }
        // Stable, so cells of equal lightness keep their order: the same fit every run.
        let mut order: Vec<usize> = (0..cells).collect();
        order.sort_by(|&i, &j| other.fine[i].total_cmp(&other.fine[j]));
        let mut left = 0.0f32;
        for bin in 0..TONE_BINS {
            let alike = &order[bin * cells / TONE_BINS..(bin + 1) * cells / TONE_BINS];
            let fitted = alike.iter().map(|&i| self.fine[i]).sum::<f32>() / alike.len().max(1) as f32;
            left += alike.iter().map(|&i| (self.fine[i] - fitted).abs()).sum::<f32>();
        }
        left / cells as f32
    }

    /// The share of the frame that is black (0..=1): its fine grid's cells, or its coarse
    /// grid's when the fine one was not measured, whose luma (of their sRGB-encoded values,
    /// 0..=1, as the fine grid's lightness) is under 0.05, about code 13 of 255.
    pub fn black_share(&self) -> f32 {
        const BLACK: f32 = 0.05;
        let (black, cells) = if self.fine.is_empty() {
            let luma = |c: &[f32; 3]| 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            (self.encoded.iter().filter(|c| luma(c) < BLACK).count(), self.encoded.len())
        } else {
            (self.fine.iter().filter(|&&l| l < BLACK).count(), self.fine.len())
        };
        black as f32 / cells.max(1) as f32
    }

    /// [`Self::gain_residual`] with a gain of its own in each block of the fine grid
    /// (`LIGHT_BLOCK`: 8 by 6 cells, the ratio of the block's lightness after to before; 1 for
    /// a block black before), as the part of the frames' [`Self::structure_difference`] it
    /// leaves (0 when nothing changed). A light switched on or off over a part of the picture
    /// (a lamp and its pool, a bank of lights) scales each part by its own amount: the blocks'
    /// gains take most of it; another picture, with its edges elsewhere, they do not. Infinite
    /// when either grid was not measured.
    pub fn local_gain_residual(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return f32::INFINITY;
        }
        let (block_x, block_y) = LIGHT_BLOCK;
        let (mut left, mut changed) = (0.0f32, 0.0f32);
        for top in (0..down).step_by(block_y) {
            for start in (0..across).step_by(block_x) {
                let cells = || {
                    (top..(top + block_y).min(down)).flat_map(move |y| {
                        (start..(start + block_x).min(across)).map(move |x| y * across + x)
                    })
                };
                let (after, before): (f32, f32) =
                    cells().fold((0.0, 0.0), |(a, b), i| (a + self.fine[i], b + other.fine[i]));
                // A block black before has no light to scale.
                let gain = if before > 1e-3 { after / before } else { 1.0 };
                for i in cells() {
                    left += (self.fine[i] - gain * other.fine[i]).abs();
                    changed += (self.fine[i] - other.fine[i]).abs();
                }
            }
        }
        if changed > 0.0 { left / changed } else { 0.0 }
    }

    /// The largest change of lightness (0..=1) of any of the fine grid's cells from `other` to
    /// this frame (infinite when either grid was not measured, as the other fits here: a change
    /// not seen is no small one): a light change spread over the picture moves every cell a
    /// little, another picture moves some of them far.
    pub fn largest_cell_change(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return f32::INFINITY;
        }
        self.fine.iter().zip(&other.fine).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max)
    }
}

/// The bars of two frames' fine grids: rows and columns black in both (under `BAR`) reaching in
/// from the frame's edge. Their edge with the picture is the frame's, not one of the picture's
/// shapes.
struct Bars {
    row: Vec<bool>,
    column: Vec<bool>,
}

impl Bars {
    fn of(a: &[f32], b: &[f32]) -> Self {
        let (across, down) = FINE_GRID;
        let black = |x: usize, y: usize| a[y * across + x] < BAR && b[y * across + x] < BAR;
        Bars {
            row: from_edges(down, |y| (0..across).all(|x| black(x, y))),
            column: from_edges(across, |x| (0..down).all(|y| black(x, y))),
        }
    }

    /// The lightness gradient of the fine grid `cells` at an inner cell (central differences
    /// across and down), each component only between two cells of the picture (0 across a bar).
    fn gradient(&self, cells: &[f32], x: usize, y: usize) -> (f64, f64) {
        let across = FINE_GRID.0;
        let inside = |x: usize, y: usize| !self.row[y] && !self.column[x];
        let step = |from: (usize, usize), to: (usize, usize)| {
            if inside(from.0, from.1) && inside(to.0, to.1) {
                f64::from(cells[to.1 * across + to.0]) - f64::from(cells[from.1 * across + from.0])
            } else {
                0.0
            }
        };
        (step((x - 1, y), (x + 1, y)), step((x, y - 1), (x, y + 1)))
    }
}

/// Which of `count` lines (rows or columns) belong to a run of lines that are `black`, reaching
/// in from either end: a bar at the frame's edge.
pub(super) fn from_edges(count: usize, black: impl Fn(usize) -> bool) -> Vec<bool> {
    let mut bar = vec![false; count];
    for i in (0..count).take_while(|&i| black(i)) {
        bar[i] = true;
    }
    for i in (0..count).rev().take_while(|&i| black(i)) {
        bar[i] = true;
    }
    bar
}
