//! Primaries and gamut, kept apart from the transfer curves because this is linear-light color
//! arithmetic with no tables: the 3×3 matrices derived from the standards' chromaticities, and
//! the mapping that brings colors outside BT.709 back in without shifting their hue.

use super::Primaries;

/// D65 white point (CIE xy).
const D65: [f64; 2] = [0.3127, 0.3290];

/// A 3×3 matrix, rows first.
pub(super) type Matrix = [[f64; 3]; 3];

impl Primaries {
    /// CIE xy chromaticities of red, green and blue.
    fn chromaticities(self) -> [[f64; 2]; 3] {
        match self {
            Primaries::Bt709 => [[0.640, 0.330], [0.300, 0.600], [0.150, 0.060]],
            Primaries::Bt2020 => [[0.708, 0.292], [0.170, 0.797], [0.131, 0.046]],
            Primaries::DciP3 => [[0.680, 0.320], [0.265, 0.690], [0.150, 0.060]],
        }
    }
}

/// The normalised primary matrix: linear RGB in `primaries` to CIE XYZ (Y of white = 1).
pub(super) fn rgb_to_xyz(primaries: Primaries) -> Matrix {
    let xyz = |[x, y]: [f64; 2]| [x / y, 1.0, (1.0 - x - y) / y];
    let [r, g, b] = primaries.chromaticities().map(xyz);
    let columns = [[r[0], g[0], b[0]], [r[1], g[1], b[1]], [r[2], g[2], b[2]]];
    let white = xyz(D65);
    let inverse = invert(&columns);
    let scale = inverse.map(|row| row[0] * white[0] + row[1] * white[1] + row[2] * white[2]);
    columns.map(|row| [row[0] * scale[0], row[1] * scale[1], row[2] * scale[2]])
}

/// Inverse of a 3×3 matrix (the primaries matrices are far from singular).
pub(super) fn invert(m: &Matrix) -> Matrix {
    let cofactor = |r0: usize, r1: usize, c0: usize, c1: usize| m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
    let adjugate = [
        [cofactor(1, 2, 1, 2), -cofactor(0, 2, 1, 2), cofactor(0, 1, 1, 2)],
        [-cofactor(1, 2, 0, 2), cofactor(0, 2, 0, 2), -cofactor(0, 1, 0, 2)],
        [cofactor(1, 2, 0, 1), -cofactor(0, 2, 0, 1), cofactor(0, 1, 0, 1)],
    ];
    let determinant = m[0][0] * adjugate[0][0] + m[0][1] * adjugate[1][0] + m[0][2] * adjugate[2][0];
    adjugate.map(|row| row.map(|v| v / determinant))
}

/// Matrix product `a · b`.
pub(super) fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    let mut product = [[0.0; 3]; 3];
    for (row, a_row) in product.iter_mut().zip(a) {
        for (column, value) in row.iter_mut().enumerate() {
            *value = (0..3).map(|k| a_row[k] * b[k][column]).sum();
        }
    }
    product
}

/// Moves a linear BT.709 color into the 0..=1 cube: desaturated toward its luminance until no
/// component is negative, then clamped.
#[inline]
pub(super) fn into_gamut(rgb: [f32; 3], luma: [f32; 3]) -> [f32; 3] {
    let y = dot(luma, rgb);
    if y.is_nan() || y <= 0.0 {
        return [0.0; 3];
    }
    let low = rgb[0].min(rgb[1]).min(rgb[2]);
    let rgb = if low < 0.0 {
        let keep = y / (y - low);
        rgb.map(|v| (y + keep * (v - y)).max(0.0))
    } else {
        rgb
    };
    rgb.map(|v| v.clamp(0.0, 1.0))
}

/// Dot product.
#[inline]
pub(super) fn dot(a: [f32; 3], b: [f32; 3]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}
