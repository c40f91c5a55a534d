//! YUV to linear light, for the shrinking in `shrink.rs`: films are YUV, and the analysis
//! wants each pixel's light. Written here rather than left to swscale because swscale's fast
//! same-size converters round loosely (0.8 of a code on average, up to 3, measured against the
//! matrix's exact arithmetic on a 720p frame) and its exact path costs several times as much
//! as this, which computes each pixel by the matrix in floating point (never rounded to 8
//! bits on the way) and adds its light straight into the sums, without writing an RGB frame.
//!
//! The loops are plain arithmetic over rows of `f32`, so that the compiler vectorises them;
//! the light loop is compiled twice (baseline x86-64, and AVX2 chosen at run time by the
//! `multiversion` crate). Rust never fuses a multiply and an add on its own, so both give the
//! same bits.

use multiversion::multiversion;

/// How a frame's YUV stands for RGB: the matrix's red and blue weights (`kr`, `kb`: BT.709's
/// are 0.2126 and 0.0722), whether the samples use the full range or the studio one (16–235
/// luma at 8 bits), and the bits per sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct YuvMatrix {
    pub(crate) kr: f64,
    pub(crate) kb: f64,
    pub(crate) full_range: bool,
    pub(crate) bits: u8,
}

/// A planar YUV frame's samples: one plane each, rows `strides` bytes apart; the chroma planes
/// subsampled by `1 << chroma_shift` across and down; samples of more than 8 bits in two bytes,
/// little-endian.
#[derive(Debug, Clone, Copy)]
pub(crate) struct YuvPlanes<'a> {
    pub(crate) planes: [&'a [u8]; 3],
    pub(crate) strides: [usize; 3],
    pub(crate) chroma_shift: (u8, u8),
    pub(crate) width: u32,
    pub(crate) height: u32,
}

impl YuvPlanes<'_> {
    /// Whether every row the conversion reads lies inside its plane (`bits` per sample).
    pub(crate) fn holds_its_rows(&self, bits: u8) -> bool {
        let bytes = if bits > 8 { 2 } else { 1 };
        let (width, height) = (self.width as usize, self.height as usize);
        (0..3).all(|i| {
            let (w, h) = if i == 0 {
                (width, height)
            } else {
                (width.div_ceil(1 << self.chroma_shift.0), height.div_ceil(1 << self.chroma_shift.1))
            };
            let row = w * bytes;
            h == 0 || (self.strides[i] >= row && self.planes[i].len() >= (h - 1) * self.strides[i] + row)
        })
    }

    /// Whether rows `row` and `row + 1` share their chroma samples (so that
    /// [`YuvToLinear::add_row_pair`] may add them together).
    pub(crate) fn pairs(&self, row: usize) -> bool {
        self.chroma_shift.1 >= 1 && row.is_multiple_of(2) && row + 1 < self.height as usize
    }
}

/// The sRGB transfer function's curved part, `((v + 0.055) / 1.055)^2.4` for v in
/// 0.04045..=1, as a polynomial (least squares on Chebyshev nodes, evaluated in `f32`): within
/// 1.8e-5 of the exact light everywhere (a sixteenth of the step between the darkest codes
/// it covers; the tests check every code).
const CURVE: [f32; 7] =
    [0.000_945_298_76, 0.032_442_525, 0.516_490_3, 0.700_836_1, -0.409_039_38, 0.207_274_02, -0.048_957_776];

/// Linear light of an encoded sRGB value (clipped to 0..=1 first).
#[inline(always)]
fn light(v: f32) -> f32 {
    let v = v.clamp(0.0, 1.0);
    let curve = (((((CURVE[6] * v + CURVE[5]) * v + CURVE[4]) * v + CURVE[3]) * v + CURVE[2]) * v + CURVE[1])
        * v
        + CURVE[0];
    if v <= 0.040_45 { v * (1.0 / 12.92) } else { curve }
}

/// Adds the light of one row's channel (`luma + chroma` per pixel), times `weight`, to `sums`.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn add_light(luma: &[f32], chroma: &[f32], sums: &mut [f32], weight: f32) {
    for ((sum, &y), &c) in sums.iter_mut().zip(luma).zip(chroma) {
        *sum += light(y + c) * weight;
    }
}

/// [`add_light`] for two rows sharing their chroma, summed before the weight.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn add_light_pair(luma: [&[f32]; 2], chroma: &[f32], sums: &mut [f32], weight: f32) {
    for (((sum, &y0), &y1), &c) in sums.iter_mut().zip(luma[0]).zip(luma[1]).zip(chroma) {
        *sum += (light(y0 + c) + light(y1 + c)) * weight;
    }
}

/// What a chroma sample adds to each channel: `(sample - zero)` times the weight of red (from
/// V), green (from U and from V) and blue (from U).
#[derive(Debug, Clone, Copy)]
struct ChromaWeights {
    zero: f32,
    red_v: f32,
    green_u: f32,
    green_v: f32,
    blue_u: f32,
}

/// Each pixel's chroma part of red, green and blue, each chroma sample repeated over the
/// `PER` pixels that share it (the last ones fewer when the width is not a multiple).
#[inline(always)]
fn spread_chroma<T: Copy + Into<f32>, const PER: usize>(
    u: &[T],
    v: &[T],
    w: ChromaWeights,
    [red, green, blue]: [&mut [f32]; 3],
) {
    let terms = |u: T, v: T| {
        let (u, v) = (u.into() - w.zero, v.into() - w.zero);
        [w.red_v * v, w.green_u * u + w.green_v * v, w.blue_u * u]
    };
    let (r, r_tail) = red.as_chunks_mut::<PER>();
    let (g, g_tail) = green.as_chunks_mut::<PER>();
    let (b, b_tail) = blue.as_chunks_mut::<PER>();
    let whole = r.len();
    for ((((r, g), b), &u), &v) in r.iter_mut().zip(g).zip(b).zip(u).zip(v) {
        let [tr, tg, tb] = terms(u, v);
        *r = [tr; PER];
        *g = [tg; PER];
        *b = [tb; PER];
    }
    if let (Some(&u), Some(&v)) = (u.get(whole), v.get(whole)) {
        let [tr, tg, tb] = terms(u, v);
        r_tail.fill(tr);
        g_tail.fill(tg);
        b_tail.fill(tb);
    }
}

/// [`spread_chroma`] for any subsampling across (`1 << shift` pixels per sample).
#[inline(always)]
fn spread_chroma_shifted<T: Copy + Into<f32>>(
    shift: u8,
    u: &[T],
    v: &[T],
    w: ChromaWeights,
    out: [&mut [f32]; 3],
) {
    match shift {
        0 => spread_chroma::<T, 1>(u, v, w, out),
        1 => spread_chroma::<T, 2>(u, v, w, out),
        _ => spread_chroma::<T, 4>(u, v, w, out),
    }
}

/// [`spread_chroma_shifted`] of 8-bit samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn spread_chroma_u8(shift: u8, u: &[u8], v: &[u8], w: ChromaWeights, out: [&mut [f32]; 3]) {
    spread_chroma_shifted(shift, u, v, w, out);
}

/// [`spread_chroma_shifted`] of deeper samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn spread_chroma_u16(shift: u8, u: &[u16], v: &[u16], w: ChromaWeights, out: [&mut [f32]; 3]) {
    spread_chroma_shifted(shift, u, v, w, out);
}

/// Encoded luma of a row of 8-bit samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn luma_u8(samples: &[u8], out: &mut [f32], scale: f32, offset: f32) {
    for (y, &s) in out.iter_mut().zip(samples) {
        *y = f32::from(s) * scale + offset;
    }
}

/// Encoded luma of a row of deeper samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
fn luma_u16(samples: &[u16], out: &mut [f32], scale: f32, offset: f32) {
    for (y, &s) in out.iter_mut().zip(samples) {
        *y = f32::from(s) * scale + offset;
    }
}

/// Little-endian two-byte samples into `out` (resized to hold them).
fn widen(bytes: &[u8], out: &mut Vec<u16>) {
    out.clear();
    out.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
}

/// Converts rows of a planar YUV frame to linear light by the frame's matrix, keeping its row
/// buffers between frames.
#[derive(Debug, Clone)]
pub(crate) struct YuvToLinear {
    matrix: YuvMatrix,
    /// Encoded luma (0..=1 for black to white) is `sample * luma_scale + luma_offset`; a
    /// chroma sample's part of a channel is `(sample - chroma_zero) * weight` with the
    /// weights of red (from V), green (from U and from V) and blue (from U).
    luma_scale: f32,
    luma_offset: f32,
    chroma: ChromaWeights,
    /// Two rows of encoded luma, and each pixel's chroma part of red, green and blue.
    luma_rows: [Vec<f32>; 2],
    chroma_rows: [Vec<f32>; 3],
    /// Deep samples (Y, U, V) read from their bytes.
    wide: [Vec<u16>; 3],
}

impl YuvToLinear {
    /// The conversion for `matrix` (`bits` from 8 to 16).
    pub(crate) fn new(matrix: YuvMatrix) -> Self {
        let bits = u32::from(matrix.bits.clamp(8, 16));
        let scale = f64::from(1u32 << (bits - 8));
        let max = f64::from((1u32 << bits) - 1);
        let (luma_range, chroma_range) =
            if matrix.full_range { (max, max) } else { (219.0 * scale, 224.0 * scale) };
        let luma_black = if matrix.full_range { 0.0 } else { 16.0 * scale };
        let (kr, kb) = (matrix.kr, matrix.kb);
        let kg = 1.0 - kr - kb;
        YuvToLinear {
            matrix,
            luma_scale: (1.0 / luma_range) as f32,
            luma_offset: (-luma_black / luma_range) as f32,
            chroma: ChromaWeights {
                zero: (128.0 * scale) as f32,
                red_v: (2.0 * (1.0 - kr) / chroma_range) as f32,
                green_u: (-2.0 * kb * (1.0 - kb) / kg / chroma_range) as f32,
                green_v: (-2.0 * kr * (1.0 - kr) / kg / chroma_range) as f32,
                blue_u: (2.0 * (1.0 - kb) / chroma_range) as f32,
            },
            luma_rows: [Vec::new(), Vec::new()],
            chroma_rows: [Vec::new(), Vec::new(), Vec::new()],
            wide: [Vec::new(), Vec::new(), Vec::new()],
        }
    }

    /// The matrix the conversion is for.
    pub(crate) fn matrix(&self) -> YuvMatrix {
        self.matrix
    }

    /// The encoded red, green and blue of one pixel, unclipped (for tests and references).
    #[cfg(test)]
    pub(crate) fn encoded(&self, y: u16, u: u16, v: u16) -> [f32; 3] {
        self.encoded_f32(f32::from(y), f32::from(u), f32::from(v))
    }

    /// [`Self::encoded`] of sample values that need not be whole (means of samples).
    pub(crate) fn encoded_f32(&self, y: f32, u: f32, v: f32) -> [f32; 3] {
        let luma = y * self.luma_scale + self.luma_offset;
        let w = self.chroma;
        let (u, v) = (u - w.zero, v - w.zero);
        [luma + w.red_v * v, luma + (w.green_u * u + w.green_v * v), luma + w.blue_u * u]
    }

    /// Adds row `row` of `planes`, in linear light times `weight`, to `sums` (one row of sums
    /// per channel, red, green and blue, one per pixel).
    pub(crate) fn add_row(
        &mut self,
        planes: &YuvPlanes<'_>,
        row: usize,
        sums: &mut [Vec<f32>; 3],
        weight: f32,
    ) {
        self.add_rows(planes, row, 1, sums, weight);
    }

    /// Adds rows `row` and `row + 1` (which share their chroma: see [`YuvPlanes::pairs`]), as
    /// [`Self::add_row`] adds one: their chroma is worked out once, and each sum is read and
    /// written once for the two pixels.
    pub(crate) fn add_row_pair(
        &mut self,
        planes: &YuvPlanes<'_>,
        row: usize,
        sums: &mut [Vec<f32>; 3],
        weight: f32,
    ) {
        self.add_rows(planes, row, 2, sums, weight);
    }

    /// Adds `count` rows (1 or 2) from `row` on, which share their chroma row.
    fn add_rows(
        &mut self,
        planes: &YuvPlanes<'_>,
        row: usize,
        count: usize,
        sums: &mut [Vec<f32>; 3],
        weight: f32,
    ) {
        let width = planes.width as usize;
        let wide = self.matrix.bits > 8;
        let bytes = if wide { 2 } else { 1 };
        let shift = planes.chroma_shift.0;
        let chroma_width = width.div_ceil(1 << shift);
        let chroma_row = row >> planes.chroma_shift.1;
        let [y_plane, u_plane, v_plane] = planes.planes;
        let u = &u_plane[chroma_row * planes.strides[1]..][..chroma_width * bytes];
        let v = &v_plane[chroma_row * planes.strides[2]..][..chroma_width * bytes];
        for buffer in self.luma_rows.iter_mut().chain(&mut self.chroma_rows) {
            buffer.resize(width, 0.0);
        }
        let [red, green, blue] = &mut self.chroma_rows;
        let chroma_out = [red.as_mut_slice(), green.as_mut_slice(), blue.as_mut_slice()];
        let (scale, offset) = (self.luma_scale, self.luma_offset);
        if wide {
            let [wide_y, wide_u, wide_v] = &mut self.wide;
            widen(u, wide_u);
            widen(v, wide_v);
            spread_chroma_u16(shift, wide_u, wide_v, self.chroma, chroma_out);
            for (r, luma) in self.luma_rows.iter_mut().take(count).enumerate() {
                widen(&y_plane[(row + r) * planes.strides[0]..][..width * 2], wide_y);
                luma_u16(wide_y, luma, scale, offset);
            }
        } else {
            spread_chroma_u8(shift, u, v, self.chroma, chroma_out);
            for (r, luma) in self.luma_rows.iter_mut().take(count).enumerate() {
                luma_u8(&y_plane[(row + r) * planes.strides[0]..][..width], luma, scale, offset);
            }
        }
        for (sums, chroma) in sums.iter_mut().zip(&self.chroma_rows) {
            let sums = &mut sums[..width];
            match count {
                2 => add_light_pair([&self.luma_rows[0], &self.luma_rows[1]], chroma, sums, weight),
                _ => add_light(&self.luma_rows[0], chroma, sums, weight),
            }
        }
    }
}

/// The mean sample of each plane over each cell of a `cells` grid (across, down), read every
/// few rows and columns (at least eight samples each way per cell where the plane has them: a
/// coarse grid's means do not need every sample): `[Y, U, V]` per cell, row by row.
pub(crate) fn cell_means(planes: &YuvPlanes<'_>, bits: u8, (across, down): (usize, usize)) -> Vec<[f32; 3]> {
    let wide = bits > 8;
    let mut sums = vec![([0u64; 3], [0u32; 3]); across * down];
    for plane in 0..3 {
        let (width, height) = match plane {
            0 => (planes.width as usize, planes.height as usize),
            _ => (
                (planes.width as usize).div_ceil(1 << planes.chroma_shift.0),
                (planes.height as usize).div_ceil(1 << planes.chroma_shift.1),
            ),
        };
        let step_x = (width / (across * 8)).max(1);
        let step_y = (height / (down * 8)).max(1);
        let cell_of_column: Vec<usize> = (0..width).step_by(step_x).map(|x| x * across / width).collect();
        for y in (0..height).step_by(step_y) {
            let row = &planes.planes[plane][y * planes.strides[plane]..];
            let cells = &mut sums[(y * down / height) * across..][..across];
            for (i, &cell) in cell_of_column.iter().enumerate() {
                let x = i * step_x;
                let sample = if wide {
                    u64::from(u16::from_le_bytes([row[2 * x], row[2 * x + 1]]))
                } else {
                    u64::from(row[x])
                };
                cells[cell].0[plane] += sample;
                cells[cell].1[plane] += 1;
            }
        }
    }
    sums.iter().map(|(sum, count)| std::array::from_fn(|p| sum[p] as f32 / count[p].max(1) as f32)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::color;

    const BT601: (f64, f64) = (0.299, 0.114);
    const BT709: (f64, f64) = (0.2126, 0.0722);

    /// The matrix's arithmetic in floating point (ITU-R BT.601/709 as written), unclipped.
    fn reference(matrix: YuvMatrix, y: f64, u: f64, v: f64) -> [f64; 3] {
        let scale = f64::from(1u32 << (matrix.bits - 8));
        let max = f64::from((1u32 << matrix.bits) - 1);
        let (y, u, v) = if matrix.full_range {
            (y / max, (u - 128.0 * scale) / max, (v - 128.0 * scale) / max)
        } else {
            (
                (y - 16.0 * scale) / (219.0 * scale),
                (u - 128.0 * scale) / (224.0 * scale),
                (v - 128.0 * scale) / (224.0 * scale),
            )
        };
        let (kr, kb) = (matrix.kr, matrix.kb);
        let (r, b) = (y + 2.0 * (1.0 - kr) * v, y + 2.0 * (1.0 - kb) * u);
        let g = (y - kr * r - kb * b) / (1.0 - kr - kb);
        [r, g, b]
    }

    #[test]
    fn every_pixel_is_the_matrix_exactly() {
        // Against the textbook formula on a grid of samples, both matrices, both ranges, 8 and
        // 10 bits: within f32's rounding (a millionth of white; a code is 1/255).
        for (kr, kb) in [BT601, BT709] {
            for full_range in [false, true] {
                for bits in [8u8, 10] {
                    let matrix = YuvMatrix { kr, kb, full_range, bits };
                    let convert = YuvToLinear::new(matrix);
                    let step = if bits == 8 { 3 } else { 13 };
                    for y in (0..1u16 << bits).step_by(step) {
                        for u in (0..1u16 << bits).step_by(step * 4) {
                            for v in (0..1u16 << bits).step_by(step * 4 + 1) {
                                let want = reference(matrix, f64::from(y), f64::from(u), f64::from(v));
                                let got = convert.encoded(y, u, v);
                                for c in 0..3 {
                                    assert!(
                                        (f64::from(got[c]) - want[c]).abs() < 2e-6,
                                        "{matrix:?} yuv {y} {u} {v}: {got:?} vs {want:?}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_light_curve_is_srgbs() {
        // Every 8-bit code, and values between codes: within 1.8e-5 of IEC 61966-2-1, so a flat
        // color's mean light rounds back to its own code; clipped outside 0..=1.
        for step in 0..=255 * 16 {
            let v = step as f64 / (255.0 * 16.0);
            let exact = color::srgb_to_linear(v);
            let got = f64::from(light(v as f32));
            assert!((got - exact).abs() < 1.8e-5, "{v}: {got} vs {exact}");
        }
        for code in 0..=255u8 {
            let encoded = f32::from(code) / 255.0;
            assert_eq!(color::linear_f32_to_srgb8(light(encoded)), code);
        }
        assert_eq!(light(-0.3), 0.0);
        assert!((light(1.7) - 1.0).abs() < 1e-5);
    }

    #[test]
    fn the_vectorised_loops_give_the_bits_of_plain_arithmetic() {
        // Whichever version the machine runs (AVX2 or baseline), each sum is the same IEEE
        // operations as one pixel at a time: no reordering, no fused multiply-add.
        let values: Vec<f32> = (0..1000).map(|i| ((i * 7919) % 1300) as f32 / 1000.0 - 0.1).collect();
        let chroma: Vec<f32> = (0..1000).map(|i| ((i * 104_729) % 900) as f32 / 1000.0 - 0.45).collect();
        let mut sums = vec![0.25f32; 1000];
        add_light_pair([&values, &chroma], &values, &mut sums, 0.75);
        add_light(&chroma, &values, &mut sums, 0.5);
        for i in 0..1000 {
            let mut want = std::hint::black_box(0.25f32);
            want += (light(values[i] + values[i]) + light(chroma[i] + values[i])) * 0.75;
            want += light(std::hint::black_box(chroma[i] + values[i])) * 0.5;
            assert_eq!(sums[i].to_bits(), want.to_bits(), "{i}");
        }
    }

    #[test]
    fn rows_add_the_light_of_their_pixels_with_chroma_shared() {
        // A 4x2 4:2:0 frame with padding in every row: two chroma samples per row pair.
        let matrix = YuvMatrix { kr: BT709.0, kb: BT709.1, full_range: false, bits: 8 };
        let mut convert = YuvToLinear::new(matrix);
        let luma = [16u8, 235, 126, 81, 0, 0, 50, 60, 70, 80, 0, 0];
        let (u, v) = ([128u8, 90, 0], [128u8, 240, 0]);
        let planes = YuvPlanes {
            planes: [&luma, &u, &v],
            strides: [6, 3, 3],
            chroma_shift: (1, 1),
            width: 4,
            height: 2,
        };
        assert!(planes.holds_its_rows(8));
        assert!(planes.pairs(0) && !planes.pairs(1));
        let mut one = [vec![0.0f32; 4], vec![0.0; 4], vec![0.0; 4]];
        convert.add_row(&planes, 1, &mut one, 2.0);
        let mut both = [vec![0.0f32; 4], vec![0.0; 4], vec![0.0; 4]];
        convert.add_row_pair(&planes, 0, &mut both, 0.5);
        for x in 0..4 {
            let pixel = |row: usize| {
                reference(matrix, f64::from(luma[row * 6 + x]), f64::from(u[x / 2]), f64::from(v[x / 2]))
            };
            let lights = |rgb: [f64; 3]| rgb.map(|c| color::srgb_to_linear(c.clamp(0.0, 1.0)));
            let (top, bottom) = (lights(pixel(0)), lights(pixel(1)));
            for c in 0..3 {
                assert!((f64::from(one[c][x]) - 2.0 * bottom[c]).abs() < 1e-4, "pixel {x} channel {c}");
                assert!(
                    (f64::from(both[c][x]) - 0.5 * (top[c] + bottom[c])).abs() < 1e-4,
                    "pixel {x} channel {c}"
                );
            }
        }
        // Black, white, and BT.709 red as 8-bit studio range stores it (63, 102, 240), which
        // comes back as (1.002, 0.00225, -0.0008) by hand.
        let close = |got: [f32; 3], want: [f32; 3]| got.iter().zip(want).all(|(a, b)| (a - b).abs() < 2e-4);
        assert!(close(convert.encoded(16, 128, 128), [0.0; 3]));
        assert!(close(convert.encoded(235, 128, 128), [1.0; 3]));
        assert!(
            close(convert.encoded(63, 102, 240), [1.0020, 0.00225, -0.0008]),
            "{:?}",
            convert.encoded(63, 102, 240)
        );
        // Too short a plane is refused rather than read past.
        let short = YuvPlanes { planes: [&luma[..9], &u, &v], ..planes };
        assert!(!short.holds_its_rows(8));
    }
}
