//! What the shot detector remembers of a frame: a coarse grid of its colors. A grid rather
//! than one histogram, because two shots of one scene often share their colors and differ in
//! where they are; coarse, because grain, compression noise and small motion must not move it.
//! Cells keep their mean linear light (so that a dissolve, a mix of light, can be recognised as
//! one) and its Oklab value (so that differences are perceptual, and a black-and-white film
//! differs by lightness alone).

use crate::analyse::color;
use crate::frame::Picture;

/// Cells across and down.
pub const GRID: (usize, usize) = (16, 9);

/// Cells across and down of the finer grid the coarse one is made from. Its lightness sees
/// structure the coarse grid averages away: a title card's words, the same scene from another
/// place (the edge change of Zabih, Miller & Mai 1995, without its edge maps); its colors are
/// a small picture of the frame, enough for a shot's dominant colors.
pub const FINE_GRID: (usize, usize) = (64, 36);

/// How far, in fine cells across and down, [`FrameSignature::moved_structure_difference`]
/// looks for the camera's move: a quarter of the picture each way (a whip pan moves a fifth
/// of the frame from one frame to the next).
const MOVE_SEARCH: (isize, isize) = (16, 9);

/// A frame's colors on a [`GRID`] of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameSignature {
    /// Each cell's mean linear RGB, row by row.
    linear: Vec<[f32; 3]>,
    /// The same means sRGB-encoded (0..=1).
    encoded: Vec<[f32; 3]>,
    /// The same means in Oklab.
    oklab: Vec<[f32; 3]>,
    /// The [`FINE_GRID`]'s cells, row by row (empty when not measured): their lightness
    /// (sRGB-encoded luminance, 0..=1) for the structure, and their color for pictures.
    fine: Vec<f32>,
    fine_rgb: Vec<[u8; 3]>,
}

/// How two pictures are mixed: in linear light (a dissolve done in light, or a fade, which is
/// both) or in the encoded values (as most editors and FFmpeg's `xfade` mix).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mixing {
    /// Light mixed.
    Linear,
    /// Encoded values mixed.
    Encoded,
}

impl FrameSignature {
    /// The fine grid as a picture of one pixel per cell (each cell's mean color), or the
    /// coarse grid's when the fine one was not measured: a frame's colors at a small part of
    /// the cost of its analysis picture.
    pub fn picture(&self) -> Picture {
        if self.fine_rgb.len() == FINE_GRID.0 * FINE_GRID.1 {
            let w = FINE_GRID.0 as u32;
            return Picture::from_fn(w, FINE_GRID.1 as u32, |x, y| self.fine_rgb[(y * w + x) as usize]);
        }
        let to8 = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        let (w, h) = (GRID.0 as u32, GRID.1 as u32);
        Picture::from_fn(w, h, |x, y| self.encoded.get((y * w + x) as usize).map_or([0; 3], |c| c.map(to8)))
    }

    /// The signature of `picture` (any size; a picture smaller than the grid repeats pixels).
    pub fn of(picture: &Picture) -> Self {
        let (width, height) = (picture.width as usize, picture.height as usize);
        let (across, down) = FINE_GRID;
        let mut sums = vec![([0.0f64; 3], 0u32); across * down];
        if width > 0 && height > 0 {
            for gy in 0..down {
                let (y0, y1) = span(gy, down, height);
                for gx in 0..across {
                    let (x0, x1) = span(gx, across, width);
                    let cell = &mut sums[gy * across + gx];
                    for y in y0..y1 {
                        let row = &picture.rgb[(y * width + x0) * 3..(y * width + x1) * 3];
                        for pixel in row.chunks_exact(3) {
                            let light = color::srgb8_to_linear([pixel[0], pixel[1], pixel[2]]);
                            cell.0.iter_mut().zip(light).for_each(|(s, l)| *s += f64::from(l));
                            cell.1 += 1;
                        }
                    }
                }
            }
        }
        let linear: Vec<[f32; 3]> =
            sums.iter().map(|(sum, n)| sum.map(|s| (s / f64::from((*n).max(1))) as f32)).collect();
        Self::from_fine_linear(&linear)
    }

    /// A signature from the mean linear RGB of the [`FINE_GRID`]'s cells (row by row): each
    /// cell of the coarse [`GRID`] is the mean of the fine cells it covers.
    pub fn from_fine_linear(fine: &[[f32; 3]]) -> Self {
        let (across, down) = FINE_GRID;
        let (per_x, per_y) = (across / GRID.0, down / GRID.1);
        let mut coarse = vec![[0.0f32; 3]; GRID.0 * GRID.1];
        for (i, cell) in fine.iter().enumerate().take(across * down) {
            let (x, y) = (i % across, i / across);
            let target = &mut coarse[(y / per_y) * GRID.0 + x / per_x];
            for c in 0..3 {
                target[c] += cell[c] / (per_x * per_y) as f32;
            }
        }
        // Encoded without a power function (every frame of a film passes here); the lightness
        // is the cells' luma, from their encoded values.
        let rgb: Vec<[u8; 3]> = fine.iter().map(|c| c.map(color::linear_f32_to_srgb8)).collect();
        let lightness = rgb
            .iter()
            .map(|c| (0.2126 * f32::from(c[0]) + 0.7152 * f32::from(c[1]) + 0.0722 * f32::from(c[2])) / 255.0)
            .collect();
        FrameSignature { fine: lightness, fine_rgb: rgb, ..Self::from_linear(coarse) }
    }

    /// How much the frame's lightness varies across it: the standard deviation of the fine
    /// grid's cells (of the coarse grid's when the fine one was not measured). A dissolve
    /// lowers it towards its middle, where two pictures' variations average out.
    pub fn contrast(&self) -> f32 {
        // Without copying the grid: called for every window the detector tries.
        fn deviation<I: Iterator<Item = f32>>(values: impl Fn() -> I, n: usize) -> f32 {
            let n = n.max(1) as f32;
            let mean = values().sum::<f32>() / n;
            (values().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n).sqrt()
        }
        if self.fine.is_empty() {
            deviation(|| self.oklab.iter().map(|c| c[0]), self.oklab.len())
        } else {
            deviation(|| self.fine.iter().copied(), self.fine.len())
        }
    }

    /// How different two frames' structure is: the mean over the fine grid's cells of their
    /// luma difference (0 when either was not measured).
    pub fn structure_difference(&self, other: &FrameSignature) -> f32 {
        if self.fine.len() != other.fine.len() || self.fine.is_empty() {
            return 0.0;
        }
        let total: f32 = self.fine.iter().zip(&other.fine).map(|(a, b)| (a - b).abs()).sum();
        total / self.fine.len() as f32
    }

    /// How much of the picture changed from `other`: the median over the fine grid's cells of
    /// their luma difference (0 when either was not measured). The mean
    /// ([`Self::structure_difference`]) grows as much when a few cells change much (a fireball
    /// blooming, a passer-by, the edges a pan a fraction of a cell moves) as when every cell
    /// changes a little; the median grows only when most of the picture changes, as when the
    /// camera cuts to a nearer framing of the same scene.
    pub(crate) fn median_structure_difference(&self, other: &FrameSignature) -> f32 {
        if self.fine.len() != other.fine.len() || self.fine.is_empty() {
            return 0.0;
        }
        let mut changes: Vec<f32> = self.fine.iter().zip(&other.fine).map(|(a, b)| (a - b).abs()).collect();
        let middle = changes.len() / 2;
        *changes.select_nth_unstable_by(middle, f32::total_cmp).1
    }

    /// How different two frames' structure is once the camera's move between them is taken
    /// out: the least [`Self::structure_difference`] over shifts of one fine grid against the
    /// other (up to `MOVE_SEARCH`: 16 cells across and 9 down each way), over the cells they
    /// share. A pan or a whip pan shifts the picture, and the shifted picture matches; a cut's
    /// does not. 0 when either grid was not measured.
    pub fn moved_structure_difference(&self, other: &FrameSignature) -> f32 {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return 0.0;
        }
        let (reach_x, reach_y) = MOVE_SEARCH;
        let mut best = f32::INFINITY;
        for dy in -reach_y..=reach_y {
            for dx in -reach_x..=reach_x {
                let xs = dx.max(0) as usize..(across as isize + dx.min(0)) as usize;
                let ys = dy.max(0) as usize..(down as isize + dy.min(0)) as usize;
                // A shift whose partial sum already exceeds the best cannot win: stop it
                // there (the minimum, and so the result, is unchanged).
                let area = (xs.len() * ys.len()) as f32;
                let limit = best * area;
                let mut total = 0.0f32;
                for y in ys.clone() {
                    if total > limit {
                        break;
                    }
                    let mine = &self.fine[y * across..(y + 1) * across];
                    let yo = (y as isize - dy) as usize;
                    let theirs = &other.fine[yo * across..(yo + 1) * across];
                    let shifted = &theirs[(xs.start as isize - dx) as usize..(xs.end as isize - dx) as usize];
                    total += mine[xs.clone()].iter().zip(shifted).map(|(a, b)| (a - b).abs()).sum::<f32>();
                }
                best = best.min(total / area);
            }
        }
        best
    }

    /// A signature from its cells' mean linear RGB (row by row, [`GRID`] cells).
    pub fn from_linear(linear: Vec<[f32; 3]>) -> Self {
        let oklab =
            linear.iter().map(|c| color::linear_to_oklab(c.map(f64::from)).map(|v| v as f32)).collect();
        let encoded =
            linear.iter().map(|c| c.map(|v| color::linear_to_srgb(f64::from(v.max(0.0))) as f32)).collect();
        FrameSignature { linear, encoded, oklab, fine: Vec::new(), fine_rgb: Vec::new() }
    }

    /// The cells as `mixing` mixes them.
    fn cells(&self, mixing: Mixing) -> &[[f32; 3]] {
        match mixing {
            Mixing::Linear => &self.linear,
            Mixing::Encoded => &self.encoded,
        }
    }

    /// How different two frames look: the mean over cells of their Oklab distance (0 for the
    /// same frame; about 0.1 to 0.4 between two shots of a film).
    pub fn difference(&self, other: &FrameSignature) -> f32 {
        let total: f32 = self.oklab.iter().zip(&other.oklab).map(|(a, b)| distance(*a, *b)).sum();
        total / self.oklab.len().max(1) as f32
    }

    /// [`Self::difference`] with the change of the frames' mean lightness taken out (each
    /// cell's lightness moved by it): what is left of the difference when a film's lamp
    /// flickers or its exposure pulses, which lighten or darken the whole picture at once.
    pub fn steady_difference(&self, other: &FrameSignature) -> f32 {
        let shift = self.lightness() - other.lightness();
        let total: f32 =
            self.oklab.iter().zip(&other.oklab).map(|(a, b)| distance(*a, [b[0] + shift, b[1], b[2]])).sum();
        total / self.oklab.len().max(1) as f32
    }

    /// How much of the way from `a` to `b` this frame has gone with each frame's mean lightness
    /// taken out (its Oklab cells projected onto the line from `a` to `b`, 0..=1): under a
    /// flickering light, what a frame holds of the next shot beyond being lit like it.
    pub fn steady_share(&self, a: &FrameSignature, b: &FrameSignature) -> f32 {
        let unlit = |frame: &FrameSignature| {
            let light = frame.lightness();
            frame.oklab.iter().map(move |c| [c[0] - light, c[1], c[2]]).collect::<Vec<_>>()
        };
        share_along(&unlit(a), &unlit(b), &unlit(self))
    }

    /// How far this frame is from the mix of `a` and `b` nearest to it (mixed as `mixing`
    /// says), as [`Self::difference`] measures it, and the share of `b` in that mix (0..=1):
    /// the frames of a dissolve between `a` and `b` are close to such mixes.
    pub fn distance_from_mix(&self, a: &FrameSignature, b: &FrameSignature, mixing: Mixing) -> (f32, f32) {
        let share = share_along(a.cells(mixing), b.cells(mixing), self.cells(mixing));
        (self.difference(&FrameSignature::mixed(a, b, share, mixing)), share)
    }

    /// How far this frame is from `a` and `b` mixed half and half (in linear light or in the
    /// encoded values, whichever is nearer), as [`Self::difference`] measures it: the middle
    /// frame of a dissolve between `a` and `b` is close to it.
    pub fn distance_from_halfway(&self, a: &FrameSignature, b: &FrameSignature) -> f32 {
        [Mixing::Linear, Mixing::Encoded]
            .map(|mixing| self.difference(&FrameSignature::mixed(a, b, 0.5, mixing)))
            .into_iter()
            .fold(f32::INFINITY, f32::min)
    }

    /// `a` and `b` mixed, `share` of `b` (0..=1), as `mixing` says (the coarse grid only).
    fn mixed(a: &FrameSignature, b: &FrameSignature, share: f32, mixing: Mixing) -> FrameSignature {
        let mixed: Vec<[f32; 3]> = a
            .cells(mixing)
            .iter()
            .zip(b.cells(mixing))
            .map(|(x, y)| std::array::from_fn(|c| x[c] * (1.0 - share) + y[c] * share))
            .collect();
        let linear = match mixing {
            Mixing::Linear => mixed,
            Mixing::Encoded => {
                mixed.iter().map(|c| c.map(|v| color::srgb_to_linear(f64::from(v)) as f32)).collect()
            }
        };
        FrameSignature::from_linear(linear)
    }

    /// The share (0..=1) of `other`'s cells that are not black (Oklab lightness 0.1 and up)
    /// whose color this frame keeps within `tolerance` (an Oklab distance); 0 when all are
    /// black. What a thing passing close to the lens leaves of the picture behind it.
    pub(crate) fn share_alike(&self, other: &FrameSignature, tolerance: f32) -> f32 {
        const BLACK: f32 = 0.1;
        let lit = || other.oklab.iter().zip(&self.oklab).filter(|(theirs, _)| theirs[0] >= BLACK);
        let alike = lit().filter(|(theirs, mine)| distance(**mine, **theirs) <= tolerance).count();
        alike as f32 / lit().count().max(1) as f32
    }

    /// The frame's mean Oklab lightness (0 black, 1 white).
    pub fn lightness(&self) -> f32 {
        self.oklab.iter().map(|c| c[0]).sum::<f32>() / self.oklab.len().max(1) as f32
    }

    /// How far apart two frames' mean hues are, their lightness left out (the distance between
    /// their mean Oklab a and b): a color cast over the whole picture.
    pub fn cast_difference(&self, other: &FrameSignature) -> f32 {
        let (x, y) = (mean(&self.oklab), mean(&other.oklab));
        (x[1] - y[1]).hypot(x[2] - y[2])
    }

    /// How far apart two frames' mean colors are (an Oklab distance): what changes from one
    /// flat frame to the next in a fade to or from black, while grain averages out.
    pub fn mean_color_difference(&self, other: &FrameSignature) -> f32 {
        distance(mean(&self.oklab), mean(&other.oklab))
    }

    /// Whether every cell is within `tolerance` of the frame's mean color (a black, white or
    /// flat frame, as fades pass through), in Oklab or in the encoded values: near black,
    /// Oklab's cube root spreads a few codes of glow or noise wide, and a scanned film's black
    /// is seldom even.
    pub fn is_flat(&self, tolerance: f32) -> bool {
        let flat = |cells: &[[f32; 3]]| {
            let mean = mean(cells);
            cells.iter().all(|v| distance(*v, mean) <= tolerance)
        };
        flat(&self.oklab) || flat(&self.encoded)
    }
}

/// The mean of `cells`, channel by channel.
fn mean(cells: &[[f32; 3]]) -> [f32; 3] {
    let n = cells.len().max(1) as f32;
    std::array::from_fn(|c| cells.iter().map(|v| v[c]).sum::<f32>() / n)
}

/// The pixels `[first, end)` of cell `index` of `cells` over `size` pixels (at least one).
fn span(index: usize, cells: usize, size: usize) -> (usize, usize) {
    let first = (index * size / cells).min(size - 1);
    let end = ((index + 1) * size / cells).clamp(first + 1, size);
    (first, end)
}

/// How far the cells `zs` lie along the line from `xs` to `ys` (their projection on it, 0..=1;
/// 0 when the two ends are the same).
fn share_along(xs: &[[f32; 3]], ys: &[[f32; 3]], zs: &[[f32; 3]]) -> f32 {
    let (mut along, mut length) = (0.0f64, 0.0f64);
    for ((x, y), z) in xs.iter().zip(ys).zip(zs) {
        for c in 0..3 {
            let step = f64::from(y[c] - x[c]);
            along += step * f64::from(z[c] - x[c]);
            length += step * step;
        }
    }
    if length <= 0.0 { 0.0 } else { (along / length).clamp(0.0, 1.0) as f32 }
}

fn distance(a: [f32; 3], b: [f32; 3]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

mod band;
mod light;

pub use band::BandChange;

#[cfg(test)]
mod tests;
