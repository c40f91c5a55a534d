//! The converter against an independent f64 reference and the standards' published values.

use super::curves::pq_inverse_eotf;
use super::gamut::Matrix;
use super::*;

// An independent f64 reference, written from the standards with their published constants and
// the published (4-decimal) primaries matrices, not from the code above.

/// ST 2084 inverse EOTF with the constants as printed (m1, m2, c1, c2, c3).
fn ref_pq_signal(nits: f64) -> f64 {
    let y = (nits / 10_000.0).powf(0.159_301_757_812_5);
    ((0.835_937_5 + 18.851_562_5 * y) / (1.0 + 18.6875 * y)).powf(78.843_75)
}

/// ST 2084 EOTF.
fn ref_pq_nits(signal: f64) -> f64 {
    let p = signal.powf(1.0 / 78.843_75);
    10_000.0 * ((p - 0.835_937_5).max(0.0) / (18.851_562_5 - 18.6875 * p)).powf(1.0 / 0.159_301_757_812_5)
}

/// BT.2100 HLG inverse OETF.
fn ref_hlg_scene(signal: f64) -> f64 {
    if signal <= 0.5 {
        signal * signal / 3.0
    } else {
        (((signal - 0.559_910_73) / 0.178_832_77).exp() + 0.284_668_92) / 12.0
    }
}

/// BT.2100 HLG OETF (scene light to signal), for building inputs.
fn ref_hlg_signal(scene: f64) -> f64 {
    if scene <= 1.0 / 12.0 {
        (3.0 * scene).sqrt()
    } else {
        0.178_832_77 * (12.0 * scene - 0.284_668_92).ln() + 0.559_910_73
    }
}

fn ref_srgb_decode(v: f64) -> f64 {
    if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
}

fn ref_srgb_encode(v: f64) -> f64 {
    if v <= 0.003_130_8 { 12.92 * v } else { 1.055 * v.powf(1.0 / 2.4) - 0.055 }
}

/// BT.2390 EETF (section 5.4.1), source 1000 nits, target 203 nits, black 0.
fn ref_bt2390(nits: f64) -> f64 {
    let source = ref_pq_signal(1000.0);
    let e1 = (ref_pq_signal(nits.min(1000.0)) / source).min(1.0);
    let max_lum = ref_pq_signal(203.0) / source;
    let ks = 1.5 * max_lum - 0.5;
    let e2 = if e1 < ks {
        e1
    } else {
        let t = (e1 - ks) / (1.0 - ks);
        (2.0 * t.powi(3) - 3.0 * t.powi(2) + 1.0) * ks
            + (t.powi(3) - 2.0 * t.powi(2) + t) * (1.0 - ks)
            + (-2.0 * t.powi(3) + 3.0 * t.powi(2)) * max_lum
    };
    ref_pq_nits(e2 * source)
}

const BT709_TO_BT2020: Matrix =
    [[0.6274, 0.3293, 0.0433], [0.0691, 0.9195, 0.0114], [0.0164, 0.0880, 0.8956]];
const BT2020_TO_BT709: Matrix =
    [[1.6605, -0.5876, -0.0728], [-0.1246, 1.1329, -0.0083], [-0.0182, -0.1006, 1.1187]];
// As commonly published (4 decimals, not all rounded the same way: hence the 3e-4 tolerance below).
const P3_TO_BT709: Matrix = [[1.2249, -0.2247, 0.0], [-0.0420, 1.0419, 0.0], [-0.0197, -0.0786, 1.0983]];
const IDENTITY: Matrix = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const LUMA_709: [f64; 3] = [0.2126, 0.7152, 0.0722];
const LUMA_2020: [f64; 3] = [0.2627, 0.6780, 0.0593];
const LUMA_P3: [f64; 3] = [0.2290, 0.6917, 0.0793];

fn apply(m: &Matrix, v: [f64; 3]) -> [f64; 3] {
    m.map(|row| row[0] * v[0] + row[1] * v[1] + row[2] * v[2])
}

fn luminance(weights: [f64; 3], v: [f64; 3]) -> f64 {
    weights[0] * v[0] + weights[1] * v[1] + weights[2] * v[2]
}

/// The whole conversion in f64 with `powf` everywhere.
fn reference(transfer: Transfer, primaries: Primaries, rgb: [u16; 3]) -> [u8; 3] {
    let (matrix, luma) = match primaries {
        Primaries::Bt709 => (IDENTITY, LUMA_709),
        Primaries::Bt2020 => (BT2020_TO_BT709, LUMA_2020),
        Primaries::DciP3 => (P3_TO_BT709, LUMA_P3),
    };
    let signal = rgb.map(|v| f64::from(v) / 65535.0);
    let mut light = match transfer {
        Transfer::Sdr => signal.map(ref_srgb_decode),
        Transfer::Pq => signal.map(|s| ref_pq_nits(s) / 203.0),
        Transfer::Hlg => {
            let scene = signal.map(ref_hlg_scene);
            let ys = luminance(luma, scene);
            scene.map(|e| 1000.0 * ys.powf(0.2) * e / 203.0)
        }
    };
    if transfer != Transfer::Sdr {
        let max = light[0].max(light[1]).max(light[2]);
        if max > 0.0 {
            let ratio = ref_bt2390(max * 203.0) / 203.0 / max;
            light = light.map(|v| v * ratio);
        }
    }
    let mut rgb = apply(&matrix, light);
    let y = luminance(LUMA_709, rgb);
    if y <= 0.0 {
        return [0; 3];
    }
    let low = rgb[0].min(rgb[1]).min(rgb[2]);
    if low < 0.0 {
        rgb = rgb.map(|v| y + y / (y - low) * (v - y));
    }
    rgb.map(|v| (255.0 * ref_srgb_encode(v.clamp(0.0, 1.0))).round() as u8)
}

/// 16-bit code value of a signal in 0..=1.
fn code(signal: f64) -> u16 {
    (signal * 65535.0).round() as u16
}

/// 16-bit PQ code values of linear light given in nits.
fn pq(nits: [f64; 3]) -> [u16; 3] {
    nits.map(|n| code(ref_pq_signal(n)))
}

fn assert_close(actual: [u8; 3], expected: [u8; 3], tolerance: u8, what: &str) {
    for (a, e) in actual.into_iter().zip(expected) {
        assert!(a.abs_diff(e) <= tolerance, "{what}: got {actual:?}, expected {expected:?} ± {tolerance}");
    }
}

fn linear_luminance(srgb: [u8; 3]) -> f64 {
    luminance(LUMA_709, srgb.map(|v| ref_srgb_decode(f64::from(v) / 255.0)))
}

#[test]
fn pq_curve_matches_published_code_values() {
    for (nits, published) in [(100.0, 0.5081), (203.0, 0.5807), (1000.0, 0.7518), (10_000.0, 1.0)] {
        assert!((ref_pq_signal(nits) - published).abs() < 6e-5, "reference PQ({nits})");
        // The converter's table at the published 16-bit code gives the luminance back.
        let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
        let decoded = f64::from(converter.decode[usize::from(code(published))]) * REFERENCE_WHITE_NITS;
        assert!((decoded / nits - 1.0).abs() < 2e-3, "PQ {published} decodes to {decoded} nits, not {nits}");
        // And the exact code of the luminance decodes to it within the 16-bit step.
        let exact = f64::from(converter.decode[usize::from(code(ref_pq_signal(nits)))]) * 203.0;
        assert!((exact / nits - 1.0).abs() < 5e-4, "{exact} nits for {nits}");
    }
    assert_eq!((ref_pq_signal(100.0) * 1023.0).round(), 520.0);
    assert!((pq_inverse_eotf(100.0) - ref_pq_signal(100.0)).abs() < 1e-12);
    assert!((pq_eotf(0.5807) - ref_pq_nits(0.5807)).abs() < 1e-9);
}

#[test]
fn primaries_matrices_match_published_values() {
    let bt709 = rgb_to_xyz(Primaries::Bt709);
    let cases = [
        (Primaries::Bt2020, BT2020_TO_BT709, LUMA_2020),
        (Primaries::DciP3, P3_TO_BT709, LUMA_P3),
        (Primaries::Bt709, IDENTITY, LUMA_709),
    ];
    for (primaries, published, luma) in cases {
        let source = rgb_to_xyz(primaries);
        let derived = multiply(&invert(&bt709), &source);
        for (row, published_row) in derived.iter().zip(&published) {
            for (d, p) in row.iter().zip(published_row) {
                assert!((d - p).abs() < 3e-4, "{primaries:?}: {derived:?}");
            }
        }
        for (d, p) in source[1].iter().zip(luma) {
            assert!((d - p).abs() < 1e-4, "{primaries:?} luminance {:?}", source[1]);
        }
    }
    let back = multiply(&invert(&rgb_to_xyz(Primaries::Bt2020)), &bt709);
    for (row, published_row) in back.iter().zip(&BT709_TO_BT2020) {
        for (d, p) in row.iter().zip(published_row) {
            assert!((d - p).abs() < 1e-4, "709 -> 2020: {back:?}");
        }
    }
}

#[test]
fn pq_reference_white_is_neutral_and_just_under_the_shoulder() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
    let white = converter.pixel(pq([203.0; 3]));
    // BT.2390 with a 1000 nit source and a 203 nit target puts 203 nits at ≈ 159 nits.
    let expected = (255.0 * ref_srgb_encode(ref_bt2390(203.0) / 203.0)).round() as u8;
    assert_eq!(expected, 229);
    assert_close(white, [expected; 3], 1, "203 nit white");
    assert!(white[0] == white[1] && white[1] == white[2], "{white:?}");
    assert_eq!(converter.pixel(pq([1000.0; 3])), [255; 3]);
    assert_eq!(converter.pixel(pq([10_000.0; 3])), [255; 3]);
}

#[test]
fn pq_black_is_black() {
    for primaries in [Primaries::Bt709, Primaries::Bt2020, Primaries::DciP3] {
        assert_eq!(HdrConverter::new(Transfer::Pq, primaries).pixel([0; 3]), [0; 3]);
    }
}

#[test]
fn pq_bt2020_red_inside_bt709_round_trips() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
    let bt2020 = apply(&BT709_TO_BT2020, [0.5, 0.0, 0.0]).map(|v| v * 203.0);
    let red = converter.pixel(pq(bt2020));
    assert_close(red, [188, 0, 0], 2, "BT.709 red at half of white");
    // The same color signalled with BT.709 primaries.
    let direct = HdrConverter::new(Transfer::Pq, Primaries::Bt709).pixel(pq([0.5 * 203.0, 0.0, 0.0]));
    assert_close(direct, [188, 0, 0], 1, "BT.709 PQ red");
}

#[test]
fn pq_highlights_are_monotonic() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
    let colors = [[1.0, 1.0, 1.0], [1.0, 0.5, 0.1], [0.2, 0.4, 1.0], [0.05, 1.0, 0.2], [1.0, 0.0, 0.0]];
    for color in colors {
        let linear_steps = (0..=64).map(|i| f64::from(i) * 10_000.0 / 64.0);
        let log_steps = (0..=64).map(|i| 0.01 * 1e6_f64.powf(f64::from(i) / 64.0));
        for steps in [linear_steps.collect::<Vec<_>>(), log_steps.collect()] {
            let mut previous = -1.0;
            for nits in steps {
                let out = converter.pixel(pq(color.map(|c| c * nits)));
                let y = linear_luminance(out);
                assert!(y >= previous, "{color:?} at {nits} nits: {out:?} darker than the step before");
                previous = y;
            }
        }
    }
}

#[test]
fn pq_below_100_nits_is_not_tone_mapped() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt709);
    for nits in (0..=100).map(f64::from) {
        for color in [[1.0, 1.0, 1.0], [1.0, 0.6, 0.3], [0.1, 0.3, 1.0]] {
            let light = color.map(|c| c * nits);
            let unmapped = light.map(|v| (255.0 * ref_srgb_encode(v / 203.0)).round() as u8);
            assert_close(converter.pixel(pq(light)), unmapped, 2, &format!("{light:?} nits"));
        }
    }
}

#[test]
fn pq_out_of_gamut_green_stays_green() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
    let [r, g, b] = converter.pixel(pq([0.0, 100.0, 0.0]));
    assert!(g > r.saturating_add(60) && g > b.saturating_add(60), "{:?}", [r, g, b]);
    assert_close([r, g, b], reference(Transfer::Pq, Primaries::Bt2020, pq([0.0, 100.0, 0.0])), 1, "green");
    // Brighter and fully saturated: still green, no wrap-around.
    let [r, g, b] = converter.pixel(pq([0.0, 4000.0, 0.0]));
    assert!(g > r.saturating_add(60) && g > b.saturating_add(60), "{:?}", [r, g, b]);
    assert_close(
        [r, g, b],
        reference(Transfer::Pq, Primaries::Bt2020, pq([0.0, 4000.0, 0.0])),
        1,
        "bright green",
    );
}

#[test]
fn hlg_reference_white_is_near_white_and_black_is_black() {
    let converter = HdrConverter::new(Transfer::Hlg, Primaries::Bt2020);
    let white = converter.pixel([code(0.75); 3]);
    // HLG 75 % is 203 nits on a 1000 nit display, then on the BT.2390 shoulder like PQ white.
    assert!(white[0] == white[1] && white[1] == white[2], "{white:?}");
    assert!((225..=235).contains(&white[0]), "{white:?}");
    assert_close(white, reference(Transfer::Hlg, Primaries::Bt2020, [code(0.75); 3]), 1, "HLG 0.75");
    let scene = ref_hlg_scene(0.75);
    assert!((1000.0 * scene.powf(1.2) - 203.0).abs() < 1.0, "HLG 75 % is {} nits", 1000.0 * scene.powf(1.2));
    assert_eq!(converter.pixel([0; 3]), [0; 3]);
    assert_eq!(converter.pixel([65535; 3]), [255; 3]);
    // Mid-tones are untouched by the knee: 18 % grey on a 1000 nit display is ≈ 26 nits.
    let grey = ref_hlg_signal(0.18 * 0.26496);
    assert_close(
        converter.pixel([code(grey); 3]),
        reference(Transfer::Hlg, Primaries::Bt2020, [code(grey); 3]),
        1,
        "grey",
    );
}

#[test]
fn wide_gamut_sdr_grey_stays_grey() {
    for primaries in [Primaries::Bt2020, Primaries::DciP3] {
        let converter = HdrConverter::new(Transfer::Sdr, primaries);
        assert!(converter.is_needed());
        for level in [0u16, 1, 2000, 0x8000, 50_000, 65535] {
            let out = converter.pixel([level; 3]);
            let expected = ((u32::from(level) + 128) / 257) as u8;
            assert_close(out, [expected; 3], 1, &format!("{primaries:?} grey {level}"));
            assert!(out[0].abs_diff(out[1]) <= 1 && out[1].abs_diff(out[2]) <= 1, "{out:?}");
        }
    }
}

#[test]
fn sdr_bt709_is_plain_rounding() {
    let converter = HdrConverter::new(Transfer::Sdr, Primaries::Bt709);
    assert!(!converter.is_needed());
    for v in 0..=u16::MAX {
        let expected = (f64::from(v) * 255.0 / 65535.0).round() as u8;
        assert_eq!(converter.pixel([v, v, 65535 - v]), [expected, expected, 255 - expected]);
    }
    assert!(HdrConverter::new(Transfer::Pq, Primaries::Bt709).is_needed());
    assert!(HdrConverter::new(Transfer::Hlg, Primaries::Bt709).is_needed());
}

#[test]
fn tables_match_the_f64_reference() {
    let levels: Vec<u16> = (0..=16).map(|i| (i * 4096).min(65535) as u16).chain([37, 300, 1111]).collect();
    for transfer in [Transfer::Sdr, Transfer::Pq, Transfer::Hlg] {
        for primaries in [Primaries::Bt709, Primaries::Bt2020, Primaries::DciP3] {
            let converter = HdrConverter::new(transfer, primaries);
            for &r in &levels {
                for &g in &levels {
                    for &b in &levels {
                        let expected = reference(transfer, primaries, [r, g, b]);
                        let what = format!("{transfer:?} {primaries:?} {:?}", [r, g, b]);
                        assert_close(converter.pixel([r, g, b]), expected, 1, &what);
                    }
                }
            }
        }
    }
}

#[test]
fn converts_a_whole_picture() {
    let converter = HdrConverter::new(Transfer::Pq, Primaries::Bt2020);
    let (width, height) = (256usize, 144usize);
    let mut rgb48 = Vec::with_capacity(width * height * 3);
    for y in 0..height {
        for x in 0..width {
            rgb48.extend([(x * 256) as u16, (y * 455) as u16, ((x * y) % 65536) as u16]);
        }
    }
    let mut out = vec![7u8];
    converter.convert(&rgb48, &mut out);
    assert_eq!(out.len(), 1 + width * height * 3);
    assert_eq!(out[0], 7, "appends");
    for (pixel, converted) in rgb48.chunks_exact(3).zip(out[1..].chunks_exact(3)) {
        assert_eq!(converted, converter.pixel([pixel[0], pixel[1], pixel[2]]));
    }
    // A trailing partial pixel is ignored.
    let mut short = Vec::new();
    converter.convert(&rgb48[..7], &mut short);
    assert_eq!(short.len(), 6);
}

#[test]
fn describes_itself() {
    let pq = description(Transfer::Pq, Primaries::Bt2020);
    assert_eq!(
        pq,
        "PQ BT.2020 -> SDR BT.709 (BT.2390 EETF on max(R,G,B), 1000 nit source peak, 203 nit reference white)"
    );
    assert!(description(Transfer::Hlg, Primaries::Bt2020).starts_with("HLG BT.2020 -> SDR"));
    assert!(description(Transfer::Sdr, Primaries::DciP3).starts_with("SDR P3-D65 -> SDR"));
    assert_eq!(description(Transfer::Sdr, Primaries::Bt709), "SDR BT.709 (no conversion)");
}
