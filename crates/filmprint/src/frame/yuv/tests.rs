//! The conversion against the textbook formulas, the light curve against IEC 61966-2-1, and
//! the vectorised loops against plain arithmetic.

use super::kernels::{add_light, add_light_pair, light};
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
    let planes =
        YuvPlanes { planes: [&luma, &u, &v], strides: [6, 3, 3], chroma_shift: (1, 1), width: 4, height: 2 };
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

#[test]
fn cell_means_are_the_means_of_every_few_samples_of_each_cell() {
    // Sizes that do not divide into the grid, 8 and 10 bits (two bytes, little-endian), 4:2:0.
    for (width, height, bits) in [(333usize, 181usize, 8u8), (640, 360, 8), (97, 55, 10), (1280, 720, 10)] {
        let bytes = if bits > 8 { 2 } else { 1 };
        let chroma = (width.div_ceil(2), height.div_ceil(2));
        let stride = |w: usize| w * bytes + 7;
        let value = |plane: usize, x: usize, y: usize| ((x * 7 + y * 13 + plane * 31) % (1 << bits)) as u16;
        let fill = |plane: usize, (w, h): (usize, usize)| -> Vec<u8> {
            let mut data = vec![0u8; stride(w) * h];
            for y in 0..h {
                for x in 0..w {
                    let v = value(plane, x, y).to_le_bytes();
                    data[y * stride(w) + x * bytes..][..bytes].copy_from_slice(&v[..bytes]);
                }
            }
            data
        };
        let data = [fill(0, (width, height)), fill(1, chroma), fill(2, chroma)];
        let planes = YuvPlanes {
            planes: [&data[0], &data[1], &data[2]],
            strides: [stride(width), stride(chroma.0), stride(chroma.0)],
            chroma_shift: (1, 1),
            width: width as u32,
            height: height as u32,
        };
        let (across, down) = (16, 9);
        let means = cell_means(&planes, bits, (across, down));
        // Written out plainly: every sample on the grid of steps, added to the cell it is in.
        let mut sums = vec![[0u64; 3]; across * down];
        let mut counts = vec![[0usize; 3]; across * down];
        for (plane, (w, h)) in [(width, height), chroma, chroma].into_iter().enumerate() {
            let per_cell = if plane == 0 { 4 } else { 2 };
            let (step_x, step_y) = ((w / (across * per_cell)).max(1), (h / (down * per_cell)).max(1));
            for y in (0..h).step_by(step_y) {
                for x in (0..w).step_by(step_x) {
                    let cell = (y * down / h) * across + x * across / w;
                    sums[cell][plane] += u64::from(value(plane, x, y));
                    counts[cell][plane] += 1;
                }
            }
        }
        for (cell, mean) in means.iter().enumerate() {
            for plane in 0..3 {
                assert!(counts[cell][plane] > 0, "{width}x{height}: cell {cell} has no samples");
                let want = sums[cell][plane] as f32 / counts[cell][plane] as f32;
                assert_eq!(mean[plane], want, "{width}x{height} {bits}-bit: cell {cell} plane {plane}");
            }
        }
    }
}
