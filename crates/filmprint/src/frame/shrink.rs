//! Shrinking a full-size frame to the analysis size in linear light. Averaging the
//! gamma-encoded values instead (what a scaler does by default) turns any pattern finer than the
//! output pixels into the wrong color: a one-pixel black and white checker, half the light of
//! white, averages to sRGB 128 instead of 188, and the color census then counts a grey that is
//! nowhere in the frame.
//!
//! An area filter: each output pixel is the mean, in linear light, of the source pixels it
//! covers, each weighted by the part of it that is covered (a source pixel on an output
//! pixel's edge counts in both). Written here because it is the hot path of the whole
//! analysis and a few lines of arithmetic: the source rows' light is summed down first, into
//! one row of sums per channel (plain loops over `f32` that the compiler vectorises), then
//! each output row is summed across once. Scalers that filter in linear light (zimg, through
//! libavfilter's `zscale`) cost about as much, weigh by a filter kernel rather than by area,
//! and would bring libavfilter into every build (docs/color.md measures both).

use std::sync::LazyLock;

use super::Picture;
use super::yuv::{YuvPlanes, YuvToLinear};
use crate::analyse::color;

/// Linear light of each 8-bit sRGB code.
static LINEAR: LazyLock<[f32; 256]> =
    LazyLock::new(|| std::array::from_fn(|code| color::srgb_to_linear(code as f64 / 255.0) as f32));

/// For each run of [`UNITS_PER_ENTRY`] units of linear light (1/65535 each), the 8-bit sRGB code
/// at its start (low byte) and the unit within the run from which the code is one more (high
/// byte; 8 when it does not change), rounded as [`color::linear_to_srgb8`] rounds (the code
/// changes at most once per 10 units, so the unit's own rounding moves nothing but
/// near-ties); read by [`srgb8_of_unit`].
static SRGB8_OF_UNIT: LazyLock<Vec<u16>> = LazyLock::new(|| {
    let code = |unit: u32| color::linear_f32_to_srgb8(unit as f32 / 65535.0);
    (0..65536u32 / UNITS_PER_ENTRY)
        .map(|entry| {
            let first = entry * UNITS_PER_ENTRY;
            let base = code(first);
            let step = (1..UNITS_PER_ENTRY).find(|&i| code(first + i) != base).unwrap_or(UNITS_PER_ENTRY);
            u16::from(base) | ((step as u16) << 8)
        })
        .collect()
});

/// Units per entry of [`SRGB8_OF_UNIT`]: fewer than the 10 between two changes of the code,
/// so an entry holds at most one change.
const UNITS_PER_ENTRY: u32 = 8;

/// The sRGB code of a linear light in units of 1/65535 (at most 65535). The table holds, for
/// each run of [`UNITS_PER_ENTRY`] units, the code at its start and the unit within the run
/// from which the code is one more: 16 KiB, which stays in the first-level cache where a
/// byte per unit (64 KiB) did not; a cache miss per output value cost as much as all the
/// arithmetic of the shrink (`perf`). The test compares every unit with the direct rounding.
#[inline(always)]
fn srgb8_of_unit(table: &[u16], unit: u32) -> u8 {
    let entry = table[(unit / UNITS_PER_ENTRY) as usize];
    let (base, step) = ((entry & 0xff) as u8, u32::from(entry >> 8));
    base + u8::from(unit % UNITS_PER_ENTRY >= step)
}

/// The source columns an output column covers: `count` from `first`, all wholly inside but
/// the first and last, which count for `first_weight` and `last_weight` of a column.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    first: usize,
    count: usize,
    first_weight: f64,
    last_weight: f64,
    /// The columns it covers in all (the first and last counted for their weights).
    width: f64,
}

/// The spans of `output` pixels laid over `source` pixels (output no larger than source).
fn spans(source: u32, output: u32) -> Vec<Span> {
    let scale = f64::from(source) / f64::from(output);
    (0..output)
        .map(|o| {
            let (lo, hi) = (f64::from(o) * scale, (f64::from(o + 1) * scale).min(f64::from(source)));
            let first = (lo.floor() as usize).min(source as usize - 1);
            let end = (hi.ceil() as usize).clamp(first + 1, source as usize);
            let count = end - first;
            let first_weight = ((first + 1) as f64).min(hi) - lo;
            let last_weight = if count == 1 { first_weight } else { hi - (end - 1) as f64 };
            let width =
                if count == 1 { first_weight } else { first_weight + last_weight + (count - 2) as f64 };
            Span { first, count, first_weight, last_weight, width }
        })
        .collect()
}

/// For each source row: the output row it falls in, its weight there and its weight in the
/// next one (0 unless it lies on the edge), in parts of a row.
fn row_shares(source: u32, output: u32) -> Vec<(usize, f32, f32)> {
    let scale = f64::from(source) / f64::from(output);
    (0..source)
        .map(|y| {
            let lo = f64::from(y);
            let first = ((lo / scale).floor() as usize).min(output as usize - 1);
            let edge = (first + 1) as f64 * scale;
            if lo + 1.0 <= edge || first + 1 >= output as usize {
                (first, 1.0, 0.0)
            } else {
                let share = (edge - lo) as f32;
                (first, share, 1.0 - share)
            }
        })
        .collect()
}

/// One row of light sums per channel (red, green, blue), one sum per source column.
type Sums = [Vec<f32>; 3];

/// Each output column's factor from a weighted sum to units of 1/65535, for rows of one weight.
#[derive(Debug, Default)]
struct Scales {
    row_weight: f64,
    factors: Vec<f64>,
}

/// Shrinks frames of one size to one output size, keeping its tables and sums between frames
/// (a film's frames are all alike; allocating them afresh for each frame made the allocator
/// hand the pages back and fault them in again, which cost more than the sums).
#[derive(Debug, Default)]
pub(crate) struct LinearShrinker {
    /// Source and output sizes the tables are for.
    sizes: ((u32, u32), (u32, u32)),
    columns: Vec<Span>,
    rows: Vec<(usize, f32, f32)>,
    /// Linear light summed down the source rows of the current output row, weighted, and
    /// likewise the next output row's share of an edge row.
    line: Sums,
    next: Sums,
    scales: Scales,
}

impl LinearShrinker {
    /// `rgb` (8-bit sRGB, `width` × `height` pixels, rows `stride` bytes apart) shrunk to
    /// `out_width` × `out_height` (each clamped to 1..= the source's) in linear light.
    pub(crate) fn shrink(
        &mut self,
        rgb: &[u8],
        stride: usize,
        (width, height): (u32, u32),
        (out_width, out_height): (u32, u32),
    ) -> Picture {
        let table = &*LINEAR;
        let row_len = width as usize * 3;
        self.shrink_rows(
            (width, height),
            (out_width, out_height),
            |_| false,
            |y, _, sums, weight| {
                let [red, green, blue] = sums;
                let pixels = rgb[y * stride..y * stride + row_len].chunks_exact(3);
                for (((pixel, r), g), b) in
                    pixels.zip(red.iter_mut()).zip(green.iter_mut()).zip(blue.iter_mut())
                {
                    *r += table[usize::from(pixel[0])] * weight;
                    *g += table[usize::from(pixel[1])] * weight;
                    *b += table[usize::from(pixel[2])] * weight;
                }
            },
        )
    }

    /// A planar YUV frame (`planes`, converted by `convert`) shrunk to `out_width` ×
    /// `out_height` in linear light.
    pub(crate) fn shrink_yuv(
        &mut self,
        planes: &YuvPlanes<'_>,
        convert: &mut YuvToLinear,
        (out_width, out_height): (u32, u32),
    ) -> Picture {
        self.shrink_rows(
            (planes.width, planes.height),
            (out_width, out_height),
            |y| planes.pairs(y),
            |y, pair, sums, weight| match pair {
                true => convert.add_row_pair(planes, y, sums, weight),
                false => convert.add_row(planes, y, sums, weight),
            },
        )
    }

    /// The shrinking: `add_row(y, pair, sums, weight)` adds source row `y`'s linear light,
    /// times `weight`, to `sums` (and row `y + 1`'s too when `pair`, which is asked only where
    /// `pairs(y)` allows it and both rows fall wholly in one output row); called twice for a
    /// row on the edge of two output rows.
    fn shrink_rows(
        &mut self,
        (width, height): (u32, u32),
        (out_width, out_height): (u32, u32),
        pairs: impl Fn(usize) -> bool,
        mut add_row: impl FnMut(usize, bool, &mut Sums, f32),
    ) -> Picture {
        if width == 0 || height == 0 {
            return Picture { width: 0, height: 0, rgb: Vec::new() };
        }
        let (out_w, out_h) = (out_width.clamp(1, width), out_height.clamp(1, height));
        if self.sizes != ((width, height), (out_w, out_h)) {
            self.sizes = ((width, height), (out_w, out_h));
            self.columns = spans(width, out_w);
            self.rows = row_shares(height, out_h);
            self.scales = Scales::default();
            let zeros = || vec![0.0; width as usize];
            self.line = [zeros(), zeros(), zeros()];
            self.next = [zeros(), zeros(), zeros()];
        }
        let mut out = Vec::with_capacity(out_w as usize * out_h as usize * 3);
        let Self { columns, rows, line, next, scales, .. } = self;
        line.iter_mut().chain(next.iter_mut()).for_each(|sums| sums.fill(0.0));
        let (mut current, mut weight, mut next_weight) = (0, 0.0, 0.0);
        let mut y = 0;
        while let Some(&(out_y, share, next_share)) = rows.get(y) {
            if out_y != current {
                finish_row(line, columns, weight, scales, &mut out);
                std::mem::swap(line, next);
                next.iter_mut().for_each(|sums| sums.fill(0.0));
                (current, weight, next_weight) = (out_y, next_weight, 0.0);
            }
            if next_share == 0.0 && rows.get(y + 1) == Some(&(out_y, share, 0.0)) && pairs(y) {
                add_row(y, true, line, share);
                weight += 2.0 * f64::from(share);
                y += 2;
                continue;
            }
            add_row(y, false, line, share);
            if next_share > 0.0 {
                add_row(y, false, next, next_share);
            }
            weight += f64::from(share);
            next_weight += f64::from(next_share);
            y += 1;
        }
        finish_row(line, columns, weight, scales, &mut out);
        Picture { width: out_w, height: out_h, rgb: out }
    }
}

/// Reduces one output row's column sums (`line`, weighted `row_weight` rows in all) to its
/// pixels and appends them as sRGB. `scales` keeps each column's factor from sums to units
/// (one division per column, not per value) for as long as the rows weigh the same, which
/// they all do but the last when the output height divides the source's unevenly.
fn finish_row(line: &Sums, columns: &[Span], row_weight: f64, scales: &mut Scales, out: &mut Vec<u8>) {
    let encode = SRGB8_OF_UNIT.as_slice();
    if scales.row_weight != row_weight || scales.factors.len() != columns.len() {
        scales.row_weight = row_weight;
        scales.factors.clear();
        scales.factors.extend(columns.iter().map(|span| 65535.0 / (span.width * row_weight)));
    }
    let start = out.len();
    out.resize(start + columns.len() * 3, 0);
    let pixels = &mut out[start..];
    for (channel, sums) in line.iter().enumerate() {
        for ((span, pixel), &factor) in columns.iter().zip(pixels.chunks_exact_mut(3)).zip(&scales.factors) {
            let sums = &sums[span.first..span.first + span.count];
            let (first, last) = (f64::from(sums[0]), f64::from(sums[sums.len() - 1]));
            let weighted = if span.count == 1 {
                span.first_weight * first
            } else {
                let whole: f32 = sums.iter().sum();
                f64::from(whole) - (1.0 - span.first_weight) * first - (1.0 - span.last_weight) * last
            };
            // Sums are never negative; adding a half and truncating rounds.
            let unit = weighted * factor;
            pixel[channel] = srgb8_of_unit(encode, ((unit + 0.5) as u32).min(65535));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shrink(picture: &Picture, out: (u32, u32)) -> Picture {
        let stride = picture.width as usize * 3;
        LinearShrinker::default().shrink(&picture.rgb, stride, (picture.width, picture.height), out)
    }

    /// The exact area mean, in linear light, of output pixel (ox, oy): every source pixel
    /// weighted by its overlap, computed the slow way.
    fn exact(picture: &Picture, out: (u32, u32), ox: u32, oy: u32) -> [u8; 3] {
        let (sx, sy) =
            (f64::from(picture.width) / f64::from(out.0), f64::from(picture.height) / f64::from(out.1));
        let (x0, x1, y0, y1) =
            (f64::from(ox) * sx, f64::from(ox + 1) * sx, f64::from(oy) * sy, f64::from(oy + 1) * sy);
        let mut sum = [0.0f64; 3];
        for y in y0.floor() as u32..(y1.ceil() as u32).min(picture.height) {
            for x in x0.floor() as u32..(x1.ceil() as u32).min(picture.width) {
                let w = (f64::from(x + 1).min(x1) - f64::from(x).max(x0))
                    * (f64::from(y + 1).min(y1) - f64::from(y).max(y0));
                let i = ((y * picture.width + x) * 3) as usize;
                let linear = color::srgb8_to_linear([picture.rgb[i], picture.rgb[i + 1], picture.rgb[i + 2]]);
                (0..3).for_each(|c| sum[c] += w * f64::from(linear[c]));
            }
        }
        color::linear_to_srgb8(sum.map(|s| s / (sx * sy)))
    }

    #[test]
    fn the_two_level_table_gives_every_units_code() {
        let table = SRGB8_OF_UNIT.as_slice();
        for unit in 0..=65535u32 {
            let direct = color::linear_f32_to_srgb8(unit as f32 / 65535.0);
            assert_eq!(srgb8_of_unit(table, unit), direct, "unit {unit}");
        }
    }

    #[test]
    fn a_one_pixel_checker_keeps_its_light() {
        // Black and white in equal parts: half of white's light, which sRGB encodes as 188 (a
        // scaler averaging the codes gives 128). Every output pixel is its area's exact mean.
        for (size, out) in [((1280, 720), (256, 144)), ((1920, 1080), (256, 144)), ((1000, 700), (333, 233))]
        {
            let checker =
                Picture::from_fn(size.0, size.1, |x, y| if (x + y) % 2 == 0 { [0; 3] } else { [255; 3] });
            let small = shrink(&checker, out);
            assert_eq!((small.width, small.height), out);
            let light: f64 = small.pixels().map(|p| f64::from(color::srgb8_to_linear(p)[0])).sum::<f64>()
                / f64::from(out.0 * out.1);
            assert!((light - 0.5).abs() < 0.005, "{light} at {size:?} -> {out:?}");
            assert_eq!(color::linear_to_srgb8([light; 3]), [188; 3]);
            for (ox, oy) in [(0, 0), (1, 0), (7, 3), (out.0 - 1, out.1 - 1), (out.0 / 2, out.1 / 3)] {
                let i = ((oy * out.0 + ox) * 3) as usize;
                let got = [small.rgb[i], small.rgb[i + 1], small.rgb[i + 2]];
                let want = exact(&checker, out, ox, oy);
                assert!(
                    got.iter().zip(want).all(|(a, b)| a.abs_diff(b) <= 1),
                    "{got:?} vs {want:?} at {ox},{oy}"
                );
            }
        }
    }

    #[test]
    fn areas_weigh_what_they_cover_and_flat_colors_stay() {
        // 3 source columns into 2: the middle one is half in each.
        let bands = Picture::from_fn(3, 1, |x, _| [[255, 0, 0], [0, 255, 0], [0, 0, 255]][x as usize]);
        let small = shrink(&bands, (2, 1));
        let expected = |a: [u8; 3], b: [u8; 3]| {
            let (la, lb) = (color::srgb8_to_linear(a), color::srgb8_to_linear(b));
            color::linear_to_srgb8(std::array::from_fn(|c| f64::from(la[c] + 0.5 * lb[c]) / 1.5))
        };
        assert_eq!(small.rgb[..3], expected([255, 0, 0], [0, 255, 0]));
        assert_eq!(small.rgb[3..], expected([0, 0, 255], [0, 255, 0]));
        // A flat color is itself at any size, and the same size is the identity.
        let flat = Picture::from_fn(97, 41, |_, _| [200, 70, 60]);
        assert!(shrink(&flat, (13, 7)).pixels().all(|p| p == [200, 70, 60]));
        let noise = Picture::from_fn(16, 9, |x, y| [(x * 16) as u8, (y * 28) as u8, ((x * y) % 256) as u8]);
        assert_eq!(shrink(&noise, (16, 9)), noise);
    }

    #[test]
    fn padded_rows_and_degenerate_sizes() {
        // Rows with padding at their end (as decoders lay frames out).
        let picture = Picture::from_fn(4, 2, |x, _| if x < 2 { [255; 3] } else { [0; 3] });
        let mut padded = Vec::new();
        for row in picture.rgb.chunks_exact(12) {
            padded.extend_from_slice(row);
            padded.extend_from_slice(&[9; 4]);
        }
        let small = LinearShrinker::default().shrink(&padded, 16, (4, 2), (2, 1));
        assert_eq!(small.rgb, vec![255, 255, 255, 0, 0, 0]);
        assert_eq!(shrink(&Picture::from_fn(0, 0, |_, _| [0; 3]), (1, 1)).rgb, Vec::<u8>::new());
        assert_eq!(shrink(&picture, (0, 0)).width, 1, "at least one pixel");
    }
}
