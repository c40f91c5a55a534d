//! YUV to linear light, for the shrinking in `shrink.rs`: films are YUV, and the analysis
//! wants each pixel's light. Written here rather than left to swscale because swscale's fast
//! same-size converters round loosely (0.8 of a code on average, up to 3, measured against the
//! matrix's exact arithmetic on a 720p frame) and its exact path costs several times as much
//! as this, which computes each pixel by the matrix in floating point (never rounded to 8
//! bits on the way) and adds its light straight into the sums, without writing an RGB frame.
//!
//! The loops (`kernels.rs`) are plain arithmetic over rows of `f32`, so that the compiler
//! vectorises them; each is compiled twice (baseline x86-64, and AVX2 chosen at run time by
//! the `multiversion` crate). Rust never fuses a multiply and an add on its own, so both give
//! the same bits.

mod kernels;
#[cfg(test)]
mod tests;

use kernels::{
    ChromaWeights, add_light, add_light_pair, luma_u8, luma_u16, spread_chroma_u8, spread_chroma_u16, widen,
};

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

/// Linear light of an encoded sRGB value (clipped to 0..=1), by the conversion's polynomial:
/// no power function, for the shot detector's grid of every frame.
pub(crate) fn srgb_light(v: f32) -> f32 {
    kernels::light(v)
}

/// The mean sample of each plane over each cell of a `cells` grid (across, down), read every
/// few rows and columns (at least four luma and two chroma samples each way per cell where
/// the plane has them: a grid's means do not need every sample): `[Y, U, V]` per cell, row by row.
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
        // Chroma varies slowly: half the samples per cell each way.
        let per_cell = if plane == 0 { 4 } else { 2 };
        let step_x = (width / (across * per_cell)).max(1);
        let step_y = (height / (down * per_cell)).max(1);
        // How many of the sampled columns fall in each cell (in order: a cell's are adjacent),
        // so that a row adds up each cell's samples before touching its sums.
        let mut columns_of_cell = vec![0usize; across];
        for x in (0..width).step_by(step_x) {
            columns_of_cell[x * across / width] += 1;
        }
        for y in (0..height).step_by(step_y) {
            let row = &planes.planes[plane][y * planes.strides[plane]..];
            let cells = &mut sums[(y * down / height) * across..][..across];
            let mut x = 0;
            for (cell, &columns) in cells.iter_mut().zip(&columns_of_cell) {
                let mut total = 0u64;
                for _ in 0..columns {
                    total += if wide {
                        u64::from(u16::from_le_bytes([row[2 * x], row[2 * x + 1]]))
                    } else {
                        u64::from(row[x])
                    };
                    x += step_x;
                }
                cell.0[plane] += total;
                cell.1[plane] += columns as u32;
            }
        }
    }
    sums.iter().map(|(sum, count)| std::array::from_fn(|p| sum[p] as f32 / count[p].max(1) as f32)).collect()
}
