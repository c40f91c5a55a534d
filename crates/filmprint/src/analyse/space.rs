//! The spaces colors are clustered in. Distances must mean something: in Oklab (the default)
//! and CIELAB equal distances look like roughly equal differences; plain sRGB is offered to
//! reproduce the seed's pictures.
//!
//! CIELAB uses the D65 white of sRGB and the sRGB→XYZ matrix as published by Lindbloom (from
//! IEC 61966-2-1); the tests pin both spaces to published reference values.

use serde::{Deserialize, Serialize};

use super::color;

/// A space to cluster colors in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorSpace {
    /// Oklab (L 0..1): perceptually uniform, the default.
    #[default]
    Oklab,
    /// CIE 1976 L*a*b* under D65 (L 0..100).
    Cielab,
    /// Gamma-encoded sRGB (0..1 per channel): the seed's space.
    Srgb,
}

/// D65 reference white in XYZ (Y = 1), from the sRGB matrix's rows.
const WHITE: [f64; 3] = [0.950_47, 1.0, 1.088_83];

/// CIE's ε = (6/29)³ and the slope of the linear segment, 1 / (3 (6/29)²).
const EPSILON: f64 = 216.0 / 24389.0;
const KAPPA_SLOPE: f64 = 841.0 / 108.0;

fn linear_to_xyz([r, g, b]: [f64; 3]) -> [f64; 3] {
    [
        0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b,
        0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b,
        0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b,
    ]
}

fn xyz_to_linear([x, y, z]: [f64; 3]) -> [f64; 3] {
    [
        3.240_454_2 * x - 1.537_138_5 * y - 0.498_531_4 * z,
        -0.969_266_0 * x + 1.876_010_8 * y + 0.041_556_0 * z,
        0.055_643_4 * x - 0.204_025_9 * y + 1.057_225_2 * z,
    ]
}

/// Linear sRGB → CIELAB (D65).
pub fn linear_to_cielab(linear: [f64; 3]) -> [f64; 3] {
    let f = |t: f64| if t > EPSILON { color::cbrt(t) } else { KAPPA_SLOPE * t + 4.0 / 29.0 };
    let xyz = linear_to_xyz(linear);
    let [fx, fy, fz] = [f(xyz[0] / WHITE[0]), f(xyz[1] / WHITE[1]), f(xyz[2] / WHITE[2])];
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIELAB (D65) → linear sRGB (may fall outside 0..1 out of gamut).
pub fn cielab_to_linear([l, a, b]: [f64; 3]) -> [f64; 3] {
    let inverse = |f: f64| if f > 6.0 / 29.0 { f * f * f } else { (f - 4.0 / 29.0) / KAPPA_SLOPE };
    let fy = (l + 16.0) / 116.0;
    let (fx, fz) = (fy + a / 500.0, fy - b / 200.0);
    xyz_to_linear([inverse(fx) * WHITE[0], inverse(fy) * WHITE[1], inverse(fz) * WHITE[2]])
}

impl ColorSpace {
    /// The lowercase name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            ColorSpace::Oklab => "oklab",
            ColorSpace::Cielab => "cielab",
            ColorSpace::Srgb => "srgb",
        }
    }

    /// A linear-light sRGB color's coordinates in this space.
    pub fn from_linear(self, linear: [f64; 3]) -> [f32; 3] {
        let coordinates = match self {
            ColorSpace::Oklab => color::linear_to_oklab(linear),
            ColorSpace::Cielab => linear_to_cielab(linear),
            ColorSpace::Srgb => linear.map(|c| color::linear_to_srgb(c.clamp(0.0, 1.0))),
        };
        coordinates.map(|v| v as f32)
    }

    /// Coordinates in this space back to linear-light sRGB.
    pub fn to_linear(self, point: [f32; 3]) -> [f64; 3] {
        let point = point.map(f64::from);
        match self {
            ColorSpace::Oklab => color::oklab_to_linear(point),
            ColorSpace::Cielab => cielab_to_linear(point),
            ColorSpace::Srgb => point.map(color::srgb_to_linear),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: [f64; 3], b: [f64; 3], tolerance: f64) -> bool {
        a.iter().zip(&b).all(|(x, y)| (x - y).abs() <= tolerance)
    }

    #[test]
    fn cielab_matches_the_published_reference_values() {
        // sRGB primaries and white under D65 (Lindbloom's calculator, CIE 15:2004 formulae).
        let cases = [
            ([1.0, 1.0, 1.0], [100.0, 0.0, 0.0]),
            ([1.0, 0.0, 0.0], [53.2408, 80.0925, 67.2032]),
            ([0.0, 1.0, 0.0], [87.7347, -86.1827, 83.1793]),
            ([0.0, 0.0, 1.0], [32.2970, 79.1875, -107.8602]),
            ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0]),
        ];
        for (rgb, lab) in cases {
            assert!(close(linear_to_cielab(rgb), lab, 1e-3), "{rgb:?} -> {:?}", linear_to_cielab(rgb));
            assert!(close(cielab_to_linear(lab), rgb, 1e-4), "{lab:?} -> {:?}", cielab_to_linear(lab));
        }
        // Mid-grey, sRGB 128: L* = 53.585 (below and above CIE's ε both checked by the dark grey).
        let grey = color::srgb_to_linear(128.0 / 255.0);
        assert!((linear_to_cielab([grey; 3])[0] - 53.585).abs() < 1e-2);
        let dark = 0.001; // Y below ε: the linear segment of f
        assert!((cielab_to_linear(linear_to_cielab([dark; 3]))[1] - dark).abs() < 1e-9);
    }

    #[test]
    fn every_space_round_trips() {
        for space in [ColorSpace::Oklab, ColorSpace::Cielab, ColorSpace::Srgb] {
            for rgb in [[0.0, 0.0, 0.0], [0.2, 0.5, 0.9], [1.0, 1.0, 1.0], [0.01, 0.0, 0.3]] {
                let back = space.to_linear(space.from_linear(rgb));
                assert!(close(back, rgb, 1e-5), "{space:?}: {rgb:?} -> {back:?}");
            }
        }
    }

    #[test]
    fn names_match_the_serialised_form() {
        for space in [ColorSpace::Oklab, ColorSpace::Cielab, ColorSpace::Srgb] {
            assert_eq!(serde_json::to_string(&space).ok(), Some(format!("\"{}\"", space.name())));
        }
    }
}
