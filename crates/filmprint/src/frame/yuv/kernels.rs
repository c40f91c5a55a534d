//! The vectorised loops of the YUV conversion: plain arithmetic over rows of `f32` (no table
//! look-ups, which do not vectorise), each compiled for baseline x86-64 and for AVX2 and chosen
//! at run time by the `multiversion` crate. Rust never fuses a multiply and an add on its own,
//! so both versions give the same bits (a test compares them with one pixel at a time).

use multiversion::multiversion;

/// The sRGB transfer function's curved part, `((v + 0.055) / 1.055)^2.4` for v in
/// 0.04045..=1, as a polynomial (least squares on Chebyshev nodes, evaluated in `f32`): within
/// 1.8e-5 of the exact light everywhere (a sixteenth of the step between the darkest codes
/// it covers; the tests check every code).
const CURVE: [f32; 7] =
    [0.000_945_298_76, 0.032_442_525, 0.516_490_3, 0.700_836_1, -0.409_039_38, 0.207_274_02, -0.048_957_776];

/// Linear light of an encoded sRGB value (clipped to 0..=1 first).
#[inline(always)]
pub(super) fn light(v: f32) -> f32 {
    let v = v.clamp(0.0, 1.0);
    let curve = (((((CURVE[6] * v + CURVE[5]) * v + CURVE[4]) * v + CURVE[3]) * v + CURVE[2]) * v + CURVE[1])
        * v
        + CURVE[0];
    if v <= 0.040_45 { v * (1.0 / 12.92) } else { curve }
}

/// Adds the light of one row's channel (`luma + chroma` per pixel), times `weight`, to `sums`.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
pub(super) fn add_light(luma: &[f32], chroma: &[f32], sums: &mut [f32], weight: f32) {
    for ((sum, &y), &c) in sums.iter_mut().zip(luma).zip(chroma) {
        *sum += light(y + c) * weight;
    }
}

/// [`add_light`] for two rows sharing their chroma, summed before the weight.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
pub(super) fn add_light_pair(luma: [&[f32]; 2], chroma: &[f32], sums: &mut [f32], weight: f32) {
    for (((sum, &y0), &y1), &c) in sums.iter_mut().zip(luma[0]).zip(luma[1]).zip(chroma) {
        *sum += (light(y0 + c) + light(y1 + c)) * weight;
    }
}

/// What a chroma sample adds to each channel: `(sample - zero)` times the weight of red (from
/// V), green (from U and from V) and blue (from U).
#[derive(Debug, Clone, Copy)]
pub(super) struct ChromaWeights {
    pub(super) zero: f32,
    pub(super) red_v: f32,
    pub(super) green_u: f32,
    pub(super) green_v: f32,
    pub(super) blue_u: f32,
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
pub(super) fn spread_chroma_u8(shift: u8, u: &[u8], v: &[u8], w: ChromaWeights, out: [&mut [f32]; 3]) {
    spread_chroma_shifted(shift, u, v, w, out);
}

/// [`spread_chroma_shifted`] of deeper samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
pub(super) fn spread_chroma_u16(shift: u8, u: &[u16], v: &[u16], w: ChromaWeights, out: [&mut [f32]; 3]) {
    spread_chroma_shifted(shift, u, v, w, out);
}

/// Encoded luma of a row of 8-bit samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
pub(super) fn luma_u8(samples: &[u8], out: &mut [f32], scale: f32, offset: f32) {
    for (y, &s) in out.iter_mut().zip(samples) {
        *y = f32::from(s) * scale + offset;
    }
}

/// Encoded luma of a row of deeper samples.
#[multiversion(targets("x86_64+avx2+avx+sse4.2+sse4.1+ssse3+sse3"))]
pub(super) fn luma_u16(samples: &[u16], out: &mut [f32], scale: f32, offset: f32) {
    for (y, &s) in out.iter_mut().zip(samples) {
        *y = f32::from(s) * scale + offset;
    }
}

/// Little-endian two-byte samples into `out` (resized to hold them).
pub(super) fn widen(bytes: &[u8], out: &mut Vec<u16>) {
    out.clear();
    out.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
}
