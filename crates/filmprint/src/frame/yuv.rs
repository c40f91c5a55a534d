//! YUV to linear light, for the shrinking in `shrink.rs`: films are YUV, and the analysis
//! wants each pixel's light. Written here rather than left to swscale because swscale's fast
//! same-size converters round loosely (0.8 of a code on average, up to 3, measured against the
//! matrix's exact arithmetic on a 720p frame) and its exact path costs seven times as much
//! as this, which computes each pixel exactly (rounded once, from integer tables) and adds its
//! light straight into the sums, without writing an RGB frame in between.

use std::sync::LazyLock;

use super::shrink::linear_u16;

/// Fractional bits of the fixed-point tables: ample for 16-bit samples, and the sum of four
/// entries stays far inside an `i32`.
const FRACTION: u32 = 16;
/// The 8-bit codes the light table covers below 0: a YUV triple can stand for a color far
/// outside RGB (every matrix's extremes lie within -330..590 codes, see the tests), clipped
/// there.
const CLIP_MARGIN: i32 = 384;

/// Entries of the clipped light table: a power of two, so that masking an index keeps it
/// inside without a comparison (the hot loop's one).
const CLIPPED_CODES: usize = 1024;

/// Linear light of an 8-bit code (in units of 1/65535), the code clipped to 0..=255 first.
static CLIPPED_LINEAR: LazyLock<[u32; CLIPPED_CODES]> = LazyLock::new(|| {
    let table = linear_u16();
    std::array::from_fn(|i| table[(i as i32 - CLIP_MARGIN).clamp(0, 255) as usize])
});

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
}

/// Entries in each table: one for every 16-bit sample, so that any sample indexes it without a
/// check (samples of fewer bits are masked: a broken decoder's stray high bits are ignored).
const SAMPLES: usize = 1 << 16;

/// A table of one term of the conversion, by sample value.
type Table = Box<[i32; SAMPLES]>;

/// Converts rows of a planar YUV frame to linear light: each pixel to 8-bit sRGB exactly as the
/// matrix says (rounded once), then to its light.
#[derive(Debug, Clone)]
pub(crate) struct YuvToLinear {
    matrix: YuvMatrix,
    /// Luma's part of every channel, with the rounding half added; each chroma sample's part
    /// of red, green (from U and from V) and blue. All in 8-bit codes, fixed point.
    luma: Table,
    red_v: Table,
    green_u: Table,
    green_v: Table,
    blue_u: Table,
}

impl YuvToLinear {
    /// The tables for `matrix` (`bits` from 8 to 16).
    pub(crate) fn new(matrix: YuvMatrix) -> Self {
        let bits = u32::from(matrix.bits.clamp(8, 16));
        let scale = f64::from(1u32 << (bits - 8));
        let max = f64::from((1u32 << bits) - 1);
        // Sample value → unit-range luma and ±0.5-range chroma.
        let full = matrix.full_range;
        let luma_of = move |y: f64| if full { y / max } else { (y - 16.0 * scale) / (219.0 * scale) };
        let chroma_of = move |c: f64| {
            if full { (c - 128.0 * scale) / max } else { (c - 128.0 * scale) / (224.0 * scale) }
        };
        let (kr, kb) = (matrix.kr, matrix.kb);
        let kg = 1.0 - kr - kb;
        let one = f64::from(1u32 << FRACTION);
        let mask = (1usize << bits) - 1;
        let table = |term: &dyn Fn(f64) -> f64, offset: i32| -> Table {
            let mut table = Box::new([0; SAMPLES]);
            for (sample, entry) in table.iter_mut().enumerate() {
                *entry = (term((sample & mask) as f64) * 255.0 * one).round() as i32 + offset;
            }
            table
        };
        YuvToLinear {
            matrix,
            luma: table(&luma_of, (CLIP_MARGIN << FRACTION) + (1 << (FRACTION - 1))),
            red_v: table(&|v| 2.0 * (1.0 - kr) * chroma_of(v), 0),
            green_u: table(&|u| -2.0 * kb * (1.0 - kb) / kg * chroma_of(u), 0),
            green_v: table(&|v| -2.0 * kr * (1.0 - kr) / kg * chroma_of(v), 0),
            blue_u: table(&|u| 2.0 * (1.0 - kb) * chroma_of(u), 0),
        }
    }

    /// The matrix the tables were made for.
    pub(crate) fn matrix(&self) -> YuvMatrix {
        self.matrix
    }

    /// The fixed-point chroma terms of red, green and blue for one chroma sample pair.
    #[inline(always)]
    fn chroma(&self, u: usize, v: usize) -> [i32; 3] {
        let (u, v) = (u & (SAMPLES - 1), v & (SAMPLES - 1));
        [self.red_v[v], self.green_u[u] + self.green_v[v], self.blue_u[u]]
    }

    /// One pixel as 8-bit sRGB (what the light is taken of; for tests and references).
    #[cfg(test)]
    pub(crate) fn rgb8(&self, y: u16, u: u16, v: u16) -> [u8; 3] {
        let luma = self.luma[usize::from(y)];
        self.chroma(usize::from(u), usize::from(v))
            .map(|c| (((luma + c) >> FRACTION) - CLIP_MARGIN).clamp(0, 255) as u8)
    }

    /// Adds row `row` of `planes`, in linear light times `weight`, to `line` (R G B per pixel).
    pub(crate) fn add_row(&self, planes: &YuvPlanes<'_>, row: usize, line: &mut [u32], weight: u32) {
        self.add_rows::<1>(planes, row, line, weight);
    }

    /// Whether rows `row` and `row + 1` share their chroma samples (so that
    /// [`Self::add_row_pair`] may add them together).
    pub(crate) fn pairs(planes: &YuvPlanes<'_>, row: usize) -> bool {
        planes.chroma_shift.1 >= 1 && row.is_multiple_of(2) && row + 1 < planes.height as usize
    }

    /// Adds rows `row` and `row + 1` (which share their chroma: see [`Self::pairs`]), as
    /// [`Self::add_row`] adds one: each chroma sample's terms are worked out once for the four
    /// pixels that use it, and each sum in `line` is read and written once for two pixels.
    pub(crate) fn add_row_pair(&self, planes: &YuvPlanes<'_>, row: usize, line: &mut [u32], weight: u32) {
        self.add_rows::<2>(planes, row, line, weight);
    }

    /// Adds `ROWS` rows from `row` on, which share their chroma row.
    fn add_rows<const ROWS: usize>(&self, planes: &YuvPlanes<'_>, row: usize, line: &mut [u32], weight: u32) {
        let width = planes.width as usize;
        let chroma_width = width.div_ceil(1 << planes.chroma_shift.0);
        let chroma_row = row >> planes.chroma_shift.1;
        let bytes = if self.matrix.bits > 8 { 2 } else { 1 };
        let [y_plane, u_plane, v_plane] = planes.planes;
        let luma: [&[u8]; ROWS] =
            std::array::from_fn(|r| &y_plane[(row + r) * planes.strides[0]..][..width * bytes]);
        let u = &u_plane[chroma_row * planes.strides[1]..][..chroma_width * bytes];
        let v = &v_plane[chroma_row * planes.strides[2]..][..chroma_width * bytes];
        let line = &mut line[..width * 3];
        if bytes == 1 {
            self.add_samples_shifted(planes.chroma_shift.0, luma, u, v, line, weight);
        } else {
            let wide = |row: &[u8]| {
                row.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect::<Vec<_>>()
            };
            let luma = luma.map(wide);
            let luma: [&[u16]; ROWS] = std::array::from_fn(|r| luma[r].as_slice());
            self.add_samples_shifted(planes.chroma_shift.0, luma, &wide(u), &wide(v), line, weight);
        }
    }

    /// [`Self::add_samples`] for a horizontal chroma subsampling of `1 << shift`.
    fn add_samples_shifted<T: Copy + Into<usize>, const ROWS: usize>(
        &self,
        shift: u8,
        luma: [&[T]; ROWS],
        u: &[T],
        v: &[T],
        line: &mut [u32],
        weight: u32,
    ) {
        match shift {
            0 => self.add_samples::<T, 1, ROWS>(luma, u, v, line, weight),
            1 => self.add_samples::<T, 2, ROWS>(luma, u, v, line, weight),
            _ => self.add_samples::<T, 4, ROWS>(luma, u, v, line, weight),
        }
    }

    /// The conversion loop: `PER_CHROMA` luma samples across and `ROWS` down share each chroma
    /// pair; each pixel of `line` gets the light of its `ROWS` pixels, times `weight`.
    #[inline(always)]
    fn add_samples<T: Copy + Into<usize>, const PER_CHROMA: usize, const ROWS: usize>(
        &self,
        luma: [&[T]; ROWS],
        u: &[T],
        v: &[T],
        line: &mut [u32],
        weight: u32,
    ) {
        let light: &[u32; CLIPPED_CODES] = &CLIPPED_LINEAR;
        let to_light = |fixed: i32| light[(fixed >> FRACTION) as usize & (CLIPPED_CODES - 1)];
        let width = line.len() / 3;
        for (i, (&u, &v)) in u.iter().zip(v).enumerate() {
            let [red, green, blue] = self.chroma(u.into(), v.into());
            let first = i * PER_CHROMA;
            for x in first..(first + PER_CHROMA).min(width) {
                let mut sum = [0u32; 3];
                for row in luma {
                    let y = self.luma[row[x].into() & (SAMPLES - 1)];
                    sum[0] += to_light(y + red);
                    sum[1] += to_light(y + green);
                    sum[2] += to_light(y + blue);
                }
                let out = &mut line[x * 3..x * 3 + 3];
                out[0] += sum[0] * weight;
                out[1] += sum[1] * weight;
                out[2] += sum[2] * weight;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BT601: (f64, f64) = (0.299, 0.114);
    const BT709: (f64, f64) = (0.2126, 0.0722);

    /// The matrix's arithmetic in floating point (ITU-R BT.601/709 as written), rounded.
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
        [r, g, b].map(|c| (c * 255.0).clamp(0.0, 255.0))
    }

    #[test]
    fn every_pixel_is_the_matrix_exactly() {
        // Against the textbook formula on a grid of samples, both matrices, both ranges, 8 and
        // 10 bits: the nearest code, or either one within the tables' fixed-point error of a
        // half (three entries, each within 2^-17 of a code).
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
                                let got = convert.rgb8(y, u, v);
                                for c in 0..3 {
                                    assert!(
                                        (f64::from(got[c]) - want[c]).abs() <= 0.5 + 3.0 / 131_072.0,
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
    fn every_sum_stays_inside_the_light_table() {
        // The hot loop masks its index instead of clamping it: the extremes of luma plus the
        // chroma terms, for every matrix, range and depth, must fall inside the table.
        for (kr, kb) in [BT601, BT709, (0.30, 0.11), (0.212, 0.087), (0.2627, 0.0593)] {
            for full_range in [false, true] {
                for bits in [8u8, 10, 12, 16] {
                    let convert = YuvToLinear::new(YuvMatrix { kr, kb, full_range, bits });
                    let range = |t: &Table| {
                        (t.iter().min().copied().unwrap_or(0), t.iter().max().copied().unwrap_or(0))
                    };
                    let (luma, red) = (range(&convert.luma), range(&convert.red_v));
                    let (gu, gv, blue) =
                        (range(&convert.green_u), range(&convert.green_v), range(&convert.blue_u));
                    for (lo, hi) in [red, (gu.0 + gv.0, gu.1 + gv.1), blue] {
                        let (low, high) = ((luma.0 + lo) >> FRACTION, (luma.1 + hi) >> FRACTION);
                        assert!(low >= 0, "{kr} {kb} {full_range} {bits}: {low}");
                        assert!(high < CLIPPED_CODES as i32, "{kr} {kb} {full_range} {bits}: {high}");
                    }
                }
            }
        }
        // And the table clips: below 0 is black, beyond 255 white.
        assert_eq!(CLIPPED_LINEAR[0], 0);
        assert_eq!(CLIPPED_LINEAR[CLIPPED_CODES - 1], 65535);
    }

    #[test]
    fn rows_add_the_light_of_their_pixels_with_chroma_shared() {
        // A 4x2 4:2:0 frame with padding in every row: two chroma samples per row pair.
        let matrix = YuvMatrix { kr: BT709.0, kb: BT709.1, full_range: false, bits: 8 };
        let convert = YuvToLinear::new(matrix);
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
        let mut line = vec![0u32; 12];
        convert.add_row(&planes, 1, &mut line, 2);
        let table = linear_u16();
        for x in 0..4 {
            let rgb = convert.rgb8(u16::from(luma[6 + x]), u16::from(u[x / 2]), u16::from(v[x / 2]));
            for c in 0..3 {
                assert_eq!(line[x * 3 + c], 2 * table[usize::from(rgb[c])], "pixel {x} channel {c}");
            }
        }
        // Black, white, and BT.709 red as 8-bit studio range stores it (63, 102, 240), which
        // comes back as (1.002, 0.00225, -0.0008) × 255 by hand: 255, 1, 0.
        assert_eq!(convert.rgb8(16, 128, 128), [0; 3]);
        assert_eq!(convert.rgb8(235, 128, 128), [255; 3]);
        assert_eq!(convert.rgb8(63, 102, 240), [255, 1, 0]);
        // Too short a plane is refused rather than read past.
        let short = YuvPlanes { planes: [&luma[..9], &u, &v], ..planes };
        assert!(!short.holds_its_rows(8));
    }
}
