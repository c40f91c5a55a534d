//! Color conversions. Pixels arrive as gamma-encoded sRGB; averaging those numbers is what
//! makes naive barcodes look muddy, so pixels are averaged in linear light (a census bin, a
//! frame's average), and clusters are found in Oklab (by default), where equal distances look
//! like equal differences.
//!
//! The Oklab matrices are Björn Ottosson's published definition (2020). Written out here
//! rather than taken from a crate because they are a dozen constants on the hot path, and
//! the tests pin them to the published reference values.

use std::sync::LazyLock;

/// sRGB 8-bit code value → linear light (0..1), precomputed for all 256 values.
static SRGB_TO_LINEAR: LazyLock<[f32; 256]> = LazyLock::new(|| {
    let mut table = [0.0; 256];
    for (code, value) in table.iter_mut().enumerate() {
        *value = srgb_to_linear(code as f64 / 255.0) as f32;
    }
    table
});

/// The sRGB transfer function, decoded (IEC 61966-2-1).
pub fn srgb_to_linear(encoded: f64) -> f64 {
    if encoded <= 0.04045 { encoded / 12.92 } else { ((encoded + 0.055) / 1.055).powf(2.4) }
}

/// The sRGB transfer function, encoded (IEC 61966-2-1).
pub fn linear_to_srgb(linear: f64) -> f64 {
    if linear <= 0.003_130_8 { linear * 12.92 } else { 1.055 * linear.powf(1.0 / 2.4) - 0.055 }
}

/// The linear light at which 8-bit sRGB rounds up to each next code: `THRESHOLDS[k]` is where
/// code `k + 1` begins (the encoded value `k + 0.5`).
#[cfg_attr(not(feature = "ffmpeg"), allow(dead_code))]
static SRGB8_THRESHOLDS: LazyLock<[f32; 255]> =
    LazyLock::new(|| std::array::from_fn(|k| srgb_to_linear((k as f64 + 0.5) / 255.0) as f32));

/// Buckets of [`SRGB8_FIRST_CODE`]: 0..1 cut into this many equal parts (a power of two, so
/// that `linear * SRGB8_BUCKETS` is exact and a bucket's lower edge is exactly `b / BUCKETS`).
const SRGB8_BUCKETS: usize = 4096;

/// For each bucket, the code of its lower edge: where [`linear_f32_to_srgb8`] starts counting
/// (the thresholds are at least 1/3294 apart, wider than a bucket, so it then steps at most
/// once).
#[cfg_attr(not(feature = "ffmpeg"), allow(dead_code))]
static SRGB8_FIRST_CODE: LazyLock<[u8; SRGB8_BUCKETS]> = LazyLock::new(|| {
    std::array::from_fn(|b| {
        let edge = b as f32 / SRGB8_BUCKETS as f32;
        SRGB8_THRESHOLDS.partition_point(|&t| t <= edge) as u8
    })
});

/// Linear light → 8-bit sRGB code, clipped to 0..=255: [`linear_to_srgb8`] for one channel,
/// without a power function: the number of the 255 places where the code changes that lie at
/// or below `linear`, counted from its bucket's first code (every cell of every frame's shot
/// signature passes here; a binary search over all 255 cost 2 % of `filmprint shots`' time).
#[cfg_attr(not(feature = "ffmpeg"), allow(dead_code))]
pub(crate) fn linear_f32_to_srgb8(linear: f32) -> u8 {
    // Also NaN, which no threshold is at or below.
    if linear.is_nan() || linear <= 0.0 {
        return 0;
    }
    if linear >= 1.0 {
        return 255;
    }
    let thresholds = &*SRGB8_THRESHOLDS;
    // Exact: the bucket's lower edge is at or below `linear`, so its code is no higher.
    let bucket = ((linear * SRGB8_BUCKETS as f32) as usize).min(SRGB8_BUCKETS - 1);
    let mut code = usize::from(SRGB8_FIRST_CODE[bucket]);
    while code < thresholds.len() && thresholds[code] <= linear {
        code += 1;
    }
    code as u8
}

/// Linear light of an 8-bit sRGB pixel.
pub fn srgb8_to_linear(rgb: [u8; 3]) -> [f32; 3] {
    let t = &*SRGB_TO_LINEAR;
    [t[rgb[0] as usize], t[rgb[1] as usize], t[rgb[2] as usize]]
}

/// Cube root, for the color conversions on the hot path: a bit-level first guess refined by
/// two Halley steps, accurate to 1e-14 relative over 1e-300..1e300 (see the test; colors live
/// in 0..1) and twice as fast as the portable `cbrt` Rust links here. Outside that range it
/// defers to `f64::cbrt`.
pub(crate) fn cbrt(x: f64) -> f64 {
    let magnitude = x.abs();
    if !(1e-300..=1e300).contains(&magnitude) {
        return x.cbrt();
    }
    // Dividing the exponent by three gives a guess within a few percent.
    let mut y = f64::from_bits(magnitude.to_bits() / 3 + 0x2A9F_7893_782D_A1CE);
    for _ in 0..2 {
        let cube = y * y * y;
        y *= (cube + 2.0 * magnitude) / (2.0 * cube + magnitude);
    }
    y.copysign(x)
}

/// Linear sRGB → Oklab (L in 0..1 for in-gamut colors).
pub fn linear_to_oklab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let l = 0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b;
    let m = 0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b;
    let s = 0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b;
    let (l, m, s) = (cbrt(l), cbrt(m), cbrt(s));
    [
        0.210_454_255_3 * l + 0.793_617_785_0 * m - 0.004_072_046_8 * s,
        1.977_998_495_1 * l - 2.428_592_205_0 * m + 0.450_593_709_9 * s,
        0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766_0 * s,
    ]
}

/// Oklab → linear sRGB (may fall outside 0..1 for colors outside the sRGB gamut).
pub fn oklab_to_linear([lightness, a, b]: [f64; 3]) -> [f64; 3] {
    let l = lightness + 0.396_337_777_4 * a + 0.215_803_757_3 * b;
    let m = lightness - 0.105_561_345_8 * a - 0.063_854_172_8 * b;
    let s = lightness - 0.089_484_177_5 * a - 1.291_485_548_0 * b;
    let (l, m, s) = (l * l * l, m * m * m, s * s * s);
    [
        4.076_741_662_1 * l - 3.307_711_591_3 * m + 0.230_969_929_2 * s,
        -1.268_438_004_6 * l + 2.609_757_401_1 * m - 0.341_319_396_5 * s,
        -0.004_196_086_3 * l - 0.703_418_614_7 * m + 1.707_614_701_0 * s,
    ]
}

/// An 8-bit sRGB pixel in Oklab.
pub fn srgb8_to_oklab(rgb: [u8; 3]) -> [f32; 3] {
    let [r, g, b] = srgb8_to_linear(rgb);
    let [l, a, b] = linear_to_oklab([f64::from(r), f64::from(g), f64::from(b)]);
    [l as f32, a as f32, b as f32]
}

/// Linear sRGB → 8-bit sRGB, clipped to the gamut.
pub fn linear_to_srgb8(linear: [f64; 3]) -> [u8; 3] {
    linear.map(|c| (linear_to_srgb(c.clamp(0.0, 1.0)) * 255.0).round() as u8)
}

/// Oklab → 8-bit sRGB, clipped to the gamut.
pub fn oklab_to_srgb8(lab: [f32; 3]) -> [u8; 3] {
    linear_to_srgb8(oklab_to_linear(lab.map(f64::from)))
}

/// `#rrggbb`.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Parses `#rrggbb` (the `#` is optional).
pub fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let digits = text.strip_prefix('#').unwrap_or(text);
    // Checked digit by digit: `from_str_radix` alone would also take a sign, as in "+f".
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: [f64; 3], b: [f64; 3], tolerance: f64) -> bool {
        a.iter().zip(&b).all(|(x, y)| (x - y).abs() <= tolerance)
    }

    #[test]
    fn oklab_matches_the_published_reference_values() {
        // Reference values from Ottosson's definition of Oklab.
        let cases = [
            ([1.0, 1.0, 1.0], [1.0, 0.0, 0.0]),
            ([1.0, 0.0, 0.0], [0.627_955_4, 0.224_863_1, 0.125_846_3]),
            ([0.0, 1.0, 0.0], [0.866_439_6, -0.233_887_6, 0.179_498_5]),
            ([0.0, 0.0, 1.0], [0.452_013_7, -0.032_457_0, -0.311_528_2]),
        ];
        for (rgb, lab) in cases {
            assert!(close(linear_to_oklab(rgb), lab, 1e-6), "{rgb:?} -> {:?}", linear_to_oklab(rgb));
            assert!(close(oklab_to_linear(lab), rgb, 1e-5), "{lab:?} -> {:?}", oklab_to_linear(lab));
        }
    }

    #[test]
    fn srgb_transfer_matches_the_standard() {
        // IEC 61966-2-1: code 128 is 21.586 % linear light; mid-grey 50 % light is code 188.
        assert!((srgb_to_linear(128.0 / 255.0) - 0.215_861).abs() < 1e-6);
        assert_eq!(linear_to_srgb8([0.5, 0.5, 0.5]), [188, 188, 188]);
        for code in 0..=255u8 {
            assert_eq!(linear_to_srgb8(srgb8_to_linear([code; 3]).map(f64::from)), [code; 3]);
        }
    }

    #[test]
    fn every_8bit_color_round_trips_through_oklab() {
        for r in (0..=255u8).step_by(15) {
            for g in (0..=255u8).step_by(15) {
                for b in (0..=255u8).step_by(15) {
                    assert_eq!(oklab_to_srgb8(srgb8_to_oklab([r, g, b])), [r, g, b]);
                }
            }
        }
    }

    #[test]
    fn the_fast_cube_root_is_accurate() {
        let mut x = 1e-12;
        while x < 1e3 {
            for v in [x, -x] {
                let (fast, exact) = (cbrt(v), v.cbrt());
                assert!((fast - exact).abs() <= 1e-14 * exact.abs(), "{v}: {fast} vs {exact}");
            }
            x *= 1.0137;
        }
        assert_eq!(cbrt(0.0), 0.0);
        assert!((cbrt(8.0) - 2.0).abs() < 1e-14);
        for extreme in [1e-310, 5e-324, 1.7e308, f64::INFINITY] {
            assert_eq!(cbrt(extreme), extreme.cbrt());
        }
    }

    #[test]
    fn the_bucketed_8bit_encoding_counts_exactly_the_thresholds_below() {
        let by_search = |x: f32| SRGB8_THRESHOLDS.partition_point(|&t| t <= x) as u8;
        let mut values: Vec<f32> =
            vec![-1.0, -0.0, 0.0, 1.0, 2.0, f32::NAN, f32::INFINITY, f32::MIN_POSITIVE];
        // Every place where the code changes, and the floats either side of it.
        for &t in SRGB8_THRESHOLDS.iter() {
            values.extend([t.next_down(), t, t.next_up()]);
        }
        // Every bucket's edges, and a dense sweep of 0..1.
        for b in 0..=SRGB8_BUCKETS {
            let edge = b as f32 / SRGB8_BUCKETS as f32;
            values.extend([edge.next_down(), edge, edge.next_up()]);
        }
        values.extend((0..=1_000_000).map(|i| i as f32 / 1_000_000.0));
        for x in values {
            assert_eq!(linear_f32_to_srgb8(x), by_search(x), "at {x:e}");
        }
        assert_eq!(linear_f32_to_srgb8(0.5), 188);
        assert_eq!(linear_f32_to_srgb8(0.2158), 128);
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex([255, 16, 0]), "#ff1000");
        assert_eq!(parse_hex("#ff1000"), Some([255, 16, 0]));
        assert_eq!(parse_hex("ff1000"), Some([255, 16, 0]));
        assert_eq!(parse_hex("#ff10"), None);
        assert_eq!(parse_hex("#ggg000"), None);
    }

    #[test]
    fn hex_codes_with_signs_are_refused() {
        // Found by fuzzing (fuzz/README.md): "ff+000" read as [255, 0, 0].
        for signed in ["ff+000", "#+f+f+f", "ff-000", "#00ff+1"] {
            assert_eq!(parse_hex(signed), None, "{signed}");
        }
        assert_eq!(parse_hex("#A0b1C2"), Some([0xa0, 0xb1, 0xc2]));
    }
}
