//! A frame's color census: its pixels binned by color, each bin kept as the mean of its pixels
//! (in linear light) and weighted by their count. Clustering the bins instead of the pixels is
//! what makes k-means cheap; keeping each bin's true mean (not its corner) keeps it accurate:
//! with 8 bits per channel the bins are the distinct colors and the result is exactly that of
//! clustering every pixel. `docs/color.md` measures the coarser settings against a
//! scikit-learn oracle.
//!
//! Pixels whose Oklab lightness is below or above the given limits are left out before binning
//! (letterbox bars, blown-out skies; see `light.rs`), unless that would leave nothing.

use std::cell::RefCell;

use super::color;
pub use super::light::LightLimits;
use super::light::PixelFilter;
use super::space::ColorSpace;
use crate::frame::Picture;

/// The binned pixels of a picture, in a color space.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Histogram {
    /// Each non-empty bin's mean color, in the space.
    pub points: Vec<[f32; 3]>,
    /// Each bin's pixel count.
    pub weights: Vec<f64>,
    /// Sum of the kept pixels in linear light (for the frame's average).
    pub linear_sum: [f64; 3],
    /// Pixels kept.
    pub kept: f64,
    /// Pixels left out by the light limits.
    pub left_out: f64,
    /// The kept bins (key, pixel count, sum in linear light), for coarsening.
    bins: Vec<Bin>,
    /// Bits per channel of the bins.
    bits: u8,
}

impl Histogram {
    /// The same pixels in coarser bins of `bits` bits per channel (at least `min_bins` of them
    /// where the finer bins allow), without reading the picture again.
    pub fn coarsened(&self, bits: u8, min_bins: usize, space: ColorSpace) -> Histogram {
        if self.bins.is_empty() {
            return self.clone();
        }
        let mut bits = bits.clamp(1, self.bits);
        loop {
            let coarse = self.merged(bits, space);
            if coarse.points.len() >= min_bins || bits >= self.bits {
                return coarse;
            }
            bits += 1;
        }
    }

    /// A small census of the same pixels for the restarts to compete on: the `heavy` bins
    /// holding the most pixels kept as they are, the rest coarsened to `bits` bits per
    /// channel, finer until they make `min_bins` − `heavy` bins (see
    /// [`Histogram::coarsened`]). Coarsening alone merges what matters most on a dark frame:
    /// all of sRGB's darkest sixteenth (pure black and the near-blacks around it, often most of
    /// the frame) falls in one 4-bit bin, so the competing seedings could not tell those colors
    /// apart, and the winner kept them merged (a within-cluster sum of squares up to 7 times
    /// the optimum at k = 8). The heaviest bins are where that sum is decided; the light tail
    /// is where coarse bins are good enough.
    pub fn scout(&self, heavy: usize, bits: u8, min_bins: usize, space: ColorSpace) -> Histogram {
        if self.bins.len() <= heavy {
            return self.clone();
        }
        let mut order: Vec<usize> = (0..self.bins.len()).collect();
        // Heaviest first; on equal counts the earlier bin, so the choice is deterministic.
        order.sort_unstable_by(|&a, &b| self.bins[b].1.cmp(&self.bins[a].1).then(a.cmp(&b)));
        let rest = Histogram {
            bins: order[heavy..].iter().map(|&i| self.bins[i]).collect(),
            bits: self.bits,
            left_out: self.left_out,
            ..Histogram::default()
        };
        let mut scout = rest.coarsened(bits, min_bins.saturating_sub(heavy), space);
        for &i in &order[..heavy] {
            scout.points.push(self.points[i]);
            scout.weights.push(self.weights[i]);
            scout.kept += self.weights[i];
        }
        scout
    }

    fn merged(&self, to_bits: u8, space: ColorSpace) -> Histogram {
        let (from, to) = (u32::from(self.bits), u32::from(to_bits));
        let (mask, shift) = ((1u32 << from) - 1, from - to);
        let mut bins: Vec<Bin> = self
            .bins
            .iter()
            .map(|&(key, count, sum)| {
                let (r, g, b) = (key >> (2 * from), (key >> from) & mask, key & mask);
                ((r >> shift) << (2 * to) | (g >> shift) << to | (b >> shift), count, sum)
            })
            .collect();
        bins.sort_unstable_by_key(|bin| bin.0);
        bins.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 += next.1;
                kept.2.iter_mut().zip(next.2).for_each(|(k, n)| *k += n);
            }
            same
        });
        let mut coarse = Histogram { bits: to_bits, left_out: self.left_out, ..Histogram::default() };
        for (key, count, sum) in bins {
            coarse.add(space, key, count, sum, sum.map(|s| f64::from(s) / f64::from(count)));
        }
        coarse
    }

    /// Takes in one bin whose mean in linear light is `linear`.
    fn add(&mut self, space: ColorSpace, key: u32, count: u32, sum: [f32; 3], linear: [f64; 3]) {
        self.points.push(space.from_linear(linear));
        self.weights.push(f64::from(count));
        self.kept += f64::from(count);
        self.linear_sum.iter_mut().zip(sum).for_each(|(t, s)| *t += f64::from(s));
        self.bins.push((key, count, sum));
    }
}

/// Bits per channel at or below which bins are counted in a direct table (2^(3·bits) entries);
/// above it the census sorts the pixels instead.
const TABLE_BITS: u8 = 6;

/// Reusable per-thread tables, so a census allocates nothing per frame. Each bin is one
/// 16-byte entry (linear sums and count together: one cache line touched per pixel).
struct Scratch {
    bins: Vec<[f32; 4]>,
    touched: Vec<u32>,
    /// For [`refined_bins`]: each coarse bin's position (plus one) in the coarse census.
    positions: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> =
        const { RefCell::new(Scratch { bins: Vec::new(), touched: Vec::new(), positions: Vec::new() }) };
}

/// One bin: its key, pixel count and sum in linear light.
type Bin = (u32, u32, [f32; 3]);

/// Bins with `bits` per channel (1..=6) counted in a direct table, and the pixels the filter
/// left out.
fn table_bins(picture: &Picture, bits: u8, filter: Option<&PixelFilter>) -> (Vec<Bin>, u64) {
    let shift = 8 - u32::from(bits);
    SCRATCH.with_borrow_mut(|scratch| {
        let size = 1usize << (3 * TABLE_BITS);
        if scratch.bins.len() != size {
            scratch.bins = vec![[0.0; 4]; size];
        }
        scratch.touched.clear();
        let mut left_out = 0;
        for rgb in picture.pixels() {
            if filter.is_some_and(|f| !f.keeps(rgb)) {
                left_out += 1;
                continue;
            }
            let key = (u32::from(rgb[0]) >> shift) << (2 * bits)
                | (u32::from(rgb[1]) >> shift) << bits
                | (u32::from(rgb[2]) >> shift);
            let entry = &mut scratch.bins[key as usize];
            if entry[3] == 0.0 {
                scratch.touched.push(key);
            }
            let linear = color::srgb8_to_linear(rgb);
            entry[0] += linear[0];
            entry[1] += linear[1];
            entry[2] += linear[2];
            entry[3] += 1.0;
        }
        scratch.touched.sort_unstable();
        let mut bins = Vec::with_capacity(scratch.touched.len());
        for &key in &scratch.touched {
            let entry = std::mem::take(&mut scratch.bins[key as usize]);
            bins.push((key, entry[3] as u32, [entry[0], entry[1], entry[2]]));
        }
        (bins, left_out)
    })
}

/// The distinct colors (8 bits per channel) of a picture whose 6-bit census is `coarse`: each
/// coarse bin holds at most 4×4×4 of them, so they are counted in a table of 64 slots per coarse
/// bin, in one pass and without a sort. Low-variety frames (fades, night scenes) come here.
fn refined_bins(picture: &Picture, filter: Option<&PixelFilter>, coarse: &[Bin]) -> Vec<Bin> {
    SCRATCH.with_borrow_mut(|scratch| {
        if scratch.positions.len() != 1 << 18 {
            scratch.positions = vec![0; 1 << 18];
        }
        for (i, bin) in coarse.iter().enumerate() {
            scratch.positions[bin.0 as usize] = i as u32 + 1;
        }
        let mut counts = vec![0u32; coarse.len() * 64];
        for rgb in picture.pixels() {
            if filter.is_some_and(|f| !f.keeps(rgb)) {
                continue;
            }
            let [r, g, b] = rgb.map(u32::from);
            let position = scratch.positions[((r >> 2) << 12 | (g >> 2) << 6 | (b >> 2)) as usize];
            // Every kept pixel is in a coarse bin: position is at least 1.
            let slot =
                (position.saturating_sub(1) as usize) * 64 + ((r & 3) << 4 | (g & 3) << 2 | (b & 3)) as usize;
            counts[slot] += 1;
        }
        let mut bins = Vec::new();
        for (i, bin) in coarse.iter().enumerate() {
            scratch.positions[bin.0 as usize] = 0;
            let (r6, g6, b6) = (bin.0 >> 12, (bin.0 >> 6) & 63, bin.0 & 63);
            for sub in 0..64u32 {
                let count = counts[i * 64 + sub as usize];
                if count > 0 {
                    let rgb = [r6 << 2 | sub >> 4, g6 << 2 | (sub >> 2) & 3, b6 << 2 | sub & 3];
                    let linear = color::srgb8_to_linear(rgb.map(|c| c as u8));
                    bins.push((rgb[0] << 16 | rgb[1] << 8 | rgb[2], count, linear.map(|v| v * count as f32)));
                }
            }
        }
        bins
    })
}

/// Bins of the distinct colors (8 bits per channel) or 7-bit bins, by sorting the pixels, and
/// the pixels the filter left out.
fn sorted_bins(picture: &Picture, bits: u8, filter: Option<&PixelFilter>) -> (Vec<Bin>, u64) {
    let shift = 8 - u32::from(bits);
    let mut left_out = 0;
    let mut keys: Vec<u64> = picture
        .pixels()
        .filter(|&rgb| {
            let keep = filter.is_none_or(|f| f.keeps(rgb));
            left_out += u64::from(!keep);
            keep
        })
        .map(|[r, g, b]| {
            let bin = (u32::from(r) >> shift) << (2 * bits)
                | (u32::from(g) >> shift) << bits
                | (u32::from(b) >> shift);
            u64::from(bin) << 24 | u64::from(r) << 16 | u64::from(g) << 8 | u64::from(b)
        })
        .collect();
    keys.sort_unstable();
    let mut bins: Vec<Bin> = Vec::new();
    for key in keys {
        let bin = (key >> 24) as u32;
        let linear = color::srgb8_to_linear([(key >> 16) as u8, (key >> 8) as u8, key as u8]);
        match bins.last_mut() {
            Some((last, count, sum)) if *last == bin => {
                *count += 1;
                sum.iter_mut().zip(linear).for_each(|(s, l)| *s += l);
            }
            _ => bins.push((bin, 1, linear)),
        }
    }
    (bins, left_out)
}

/// A census with fewer bins than this is redone one bit finer: a frame with little color
/// variation (a dark or foggy scene) would otherwise have its colors merged before clustering.
pub const MIN_BINS: usize = 2048;

/// Counts the picture's colors in bins of `bits` bits per channel (1..=8; 8 = every distinct
/// color), finer where the frame has few colors (see `MIN_BINS`), expressed in `space`,
/// leaving out what `limits` exclude.
pub fn histogram(picture: &Picture, space: ColorSpace, bits: u8, limits: LightLimits) -> Histogram {
    histogram_with_at_least(picture, space, bits, limits, MIN_BINS)
}

/// [`histogram`] with another floor than `MIN_BINS` on the number of bins.
pub fn histogram_with_at_least(
    picture: &Picture,
    space: ColorSpace,
    bits: u8,
    limits: LightLimits,
    min_bins: usize,
) -> Histogram {
    let mut bits = bits.clamp(1, 8);
    let filter = PixelFilter::for_limits(limits);
    let mut filter = filter.as_deref();
    let (mut bins, mut left_out) = census_bins(picture, bits, filter);
    if bins.is_empty() && left_out > 0 {
        // The limits would leave out everything (a black frame): keep everything.
        filter = None;
        (bins, left_out) = census_bins(picture, bits, None);
    }
    while bins.len() < min_bins && bits < 8 {
        if bits == TABLE_BITS {
            // Straight to every distinct color, refining the table's bins.
            bins = refined_bins(picture, filter, &bins);
            bits = 8;
        } else {
            bits += 1;
            (bins, left_out) = census_bins(picture, bits, filter);
        }
    }
    let mut census = Histogram { bits, left_out: left_out as f64, ..Histogram::default() };
    for (key, count, sum) in bins {
        // A bin's color: its pixels' mean in linear light; with 8 bits, exactly the one color.
        let linear = if bits == 8 {
            color::srgb8_to_linear([(key >> 16) as u8, (key >> 8) as u8, key as u8]).map(f64::from)
        } else {
            sum.map(|s| f64::from(s) / f64::from(count))
        };
        census.add(space, key, count, sum, linear);
    }
    census
}

fn census_bins(picture: &Picture, bits: u8, filter: Option<&PixelFilter>) -> (Vec<Bin>, u64) {
    if bits <= TABLE_BITS { table_bins(picture, bits, filter) } else { sorted_bins(picture, bits, filter) }
}

#[cfg(test)]
mod tests;
