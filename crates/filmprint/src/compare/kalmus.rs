//! KALMUS' six barcode similarity scores, computed as KALMUS computes them
//! (`kalmus/tkinter_windows/gui_utils.py::compare_two_barcodes` with
//! `kalmus/utils/measure_utils.py`, KALMUS 1.3), so users can set filmprint's numbers beside
//! papers that used KALMUS. Written here because they are KALMUS' definitions, quirks
//! included, not a library's: the barcode is each sample's average color (sRGB 0–255), folded
//! into an image of 160 rows column by column (the tail that does not fill a column dropped);
//! the smaller image is resized to the larger's shape (bilinear, OpenCV's pixel centres); then
//!
//! - cross correlation: Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²), means per channel;
//! - local cross correlation: the same with the means taken per window (the image cut into
//!   40×40 windows of ⌊H/40⌋×⌊W/40⌋ pixels, at least 1);
//! - NRMSE similarity: 1 − √MSE / max(range₁, max₂ − min₁) — KALMUS measures the second
//!   image's range from the first image's minimum, and so does this;
//! - SSIM: scikit-image's `structural_similarity` (7×7 uniform window, sample covariance,
//!   K₁ 0.01, K₂ 0.03, data range 2 as scikit-image assumes for floating-point input, mean over
//!   channels) mapped from −1..1 to 0..1; not defined when the image is under 7 pixels on a
//!   side (KALMUS fails there; here it is `None`);
//! - Needleman–Wunsch and Smith–Waterman: the barcodes resampled to the shorter's length,
//!   each color turned into one of 12 hue classes (HSV hue + 15°, 30° wide), aligned in chunks
//!   of 2000 with match 2, mismatch −1, gap open −0.5, extend −0.1, the summed score over
//!   2 × length.

use serde::{Deserialize, Serialize};

use super::timeline::mean_color;
use crate::analyse::color::oklab_to_srgb8;
use crate::fingerprint::{Fingerprint, Sample};

/// KALMUS' barcode image height.
const FRAMES_PER_COLUMN: usize = 160;

/// KALMUS' scores of two barcodes (1 is identical for all but the two correlations, which
/// run −1..1).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct KalmusScores {
    /// Cross correlation, −1..1.
    pub cross_correlation: f64,
    /// Local cross correlation, −1..1.
    pub local_cross_correlation: f64,
    /// NRMSE similarity, 0..1.
    pub nrmse: f64,
    /// SSIM, 0..1 (`None` for a barcode image under 7 pixels on a side).
    pub ssim: Option<f64>,
    /// Needleman–Wunsch score of the hue strings, normalised.
    pub needleman_wunsch: f64,
    /// Smith–Waterman score of the hue strings, normalised.
    pub smith_waterman: f64,
}

/// An image: rows × columns × 3 channels.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    rows: usize,
    columns: usize,
    pixels: Vec<[f64; 3]>,
}

impl Image {
    fn at(&self, r: usize, c: usize) -> [f64; 3] {
        self.pixels[r * self.columns + c]
    }
}

/// A sample's color in KALMUS' barcode: its average, in sRGB 0–255.
fn sample_rgb(sample: &Sample) -> [f64; 3] {
    let rgb = sample.average.as_ref().map_or_else(|| oklab_to_srgb8(mean_color(sample)), |a| a.rgb());
    rgb.map(f64::from)
}

/// `Barcode.reshape_barcode(160)`: column-major folding.
pub fn fold(colors: &[[f64; 3]]) -> Image {
    if colors.len() < FRAMES_PER_COLUMN {
        return Image { rows: colors.len(), columns: 1, pixels: colors.to_vec() };
    }
    let columns = colors.len() / FRAMES_PER_COLUMN;
    let mut pixels = vec![[0.0; 3]; FRAMES_PER_COLUMN * columns];
    for c in 0..columns {
        for r in 0..FRAMES_PER_COLUMN {
            pixels[r * columns + c] = colors[c * FRAMES_PER_COLUMN + r];
        }
    }
    Image { rows: FRAMES_PER_COLUMN, columns, pixels }
}

/// OpenCV's bilinear resize (`INTER_LINEAR`, floating point): source coordinate
/// (d + 0.5) · scale − 0.5, clamped to the image.
pub fn resize(image: &Image, rows: usize, columns: usize) -> Image {
    let taps = |size_in: usize, size_out: usize| -> Vec<(usize, usize, f64)> {
        let scale = size_in as f64 / size_out as f64;
        (0..size_out)
            .map(|d| {
                let s = (d as f64 + 0.5) * scale - 0.5;
                let mut i = s.floor();
                let mut f = s - i;
                if i < 0.0 {
                    i = 0.0;
                    f = 0.0;
                }
                let i = i as usize;
                if i + 1 >= size_in { (size_in - 1, size_in - 1, 0.0) } else { (i, i + 1, f) }
            })
            .collect()
    };
    let (ys, xs) = (taps(image.rows, rows), taps(image.columns, columns));
    let mut pixels = Vec::with_capacity(rows * columns);
    for &(y0, y1, fy) in &ys {
        for &(x0, x1, fx) in &xs {
            let (p00, p01, p10, p11) =
                (image.at(y0, x0), image.at(y0, x1), image.at(y1, x0), image.at(y1, x1));
            pixels.push(std::array::from_fn(|ch| {
                let top = p00[ch] * (1.0 - fx) + p01[ch] * fx;
                let bottom = p10[ch] * (1.0 - fx) + p11[ch] * fx;
                top * (1.0 - fy) + bottom * fy
            }));
        }
    }
    Image { rows, columns, pixels }
}

/// Correlation of two images after subtracting per-channel means over windows of
/// `wr` × `wc` pixels.
fn windowed_correlation(x: &Image, y: &Image, wr: usize, wc: usize) -> f64 {
    let (mut num, mut xx, mut yy) = (0.0, 0.0, 0.0);
    for r0 in (0..x.rows).step_by(wr) {
        for c0 in (0..x.columns).step_by(wc) {
            let (r1, c1) = ((r0 + wr).min(x.rows), (c0 + wc).min(x.columns));
            let count = ((r1 - r0) * (c1 - c0)) as f64;
            for ch in 0..3 {
                let (mut mx, mut my) = (0.0, 0.0);
                for r in r0..r1 {
                    for c in c0..c1 {
                        mx += x.at(r, c)[ch];
                        my += y.at(r, c)[ch];
                    }
                }
                let (mx, my) = (mx / count, my / count);
                for r in r0..r1 {
                    for c in c0..c1 {
                        let (dx, dy) = (x.at(r, c)[ch] - mx, y.at(r, c)[ch] - my);
                        num += dx * dy;
                        xx += dx * dx;
                        yy += dy * dy;
                    }
                }
            }
        }
    }
    num / (xx.sqrt() * yy.sqrt())
}

fn nrmse(x: &Image, y: &Image) -> f64 {
    let values = |i: &Image| i.pixels.iter().flatten().copied().collect::<Vec<f64>>();
    let (vx, vy) = (values(x), values(y));
    let max = |v: &[f64]| v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = |v: &[f64]| v.iter().copied().fold(f64::INFINITY, f64::min);
    let mse = vx.iter().zip(&vy).map(|(a, b)| (a - b).powi(2)).sum::<f64>() / vx.len() as f64;
    let denom = (max(&vx) - min(&vx)).max(max(&vy) - min(&vx));
    1.0 - mse.sqrt() / denom
}

/// scikit-image's SSIM, uniform 7×7 window; `None` under 7 pixels on a side.
fn ssim(x: &Image, y: &Image) -> Option<f64> {
    const WIN: usize = 7;
    if x.rows < WIN || x.columns < WIN {
        return None;
    }
    let np = (WIN * WIN) as f64;
    let cov_norm = np / (np - 1.0);
    let range = 2.0;
    let (c1, c2) = ((0.01 * range) * (0.01f64 * range), (0.03 * range) * (0.03f64 * range));
    let mut total = 0.0;
    for ch in 0..3 {
        let mut sum = 0.0;
        let mut count = 0usize;
        // Only windows wholly inside the image are kept (scikit-image crops the border of
        // half a window), so the filter's edge mode never matters.
        for r in 0..=x.rows - WIN {
            for c in 0..=x.columns - WIN {
                let (mut ux, mut uy, mut uxx, mut uyy, mut uxy) = (0.0, 0.0, 0.0, 0.0, 0.0);
                for dr in 0..WIN {
                    for dc in 0..WIN {
                        let (a, b) = (x.at(r + dr, c + dc)[ch], y.at(r + dr, c + dc)[ch]);
                        ux += a;
                        uy += b;
                        uxx += a * a;
                        uyy += b * b;
                        uxy += a * b;
                    }
                }
                let (ux, uy, uxx, uyy, uxy) = (ux / np, uy / np, uxx / np, uyy / np, uxy / np);
                let vx = cov_norm * (uxx - ux * ux);
                let vy = cov_norm * (uyy - uy * uy);
                let vxy = cov_norm * (uxy - ux * uy);
                sum +=
                    ((2.0 * ux * uy + c1) * (2.0 * vxy + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
                count += 1;
            }
        }
        total += sum / count as f64;
    }
    Some((total / 3.0 + 1.0) / 2.0)
}

/// `get_resample_index`: `samples` indexes spread evenly over `frames`.
fn resample_indexes(frames: usize, samples: usize) -> Vec<usize> {
    if samples <= 1 {
        return vec![0; samples];
    }
    let step = (frames - 1) as f64 / (samples - 1) as f64;
    let mut indexes: Vec<usize> = (0..samples)
        .map(|k| k as f64 * step)
        .take_while(|&v| v < frames as f64)
        .map(|v| v.round_ties_even() as usize)
        .collect();
    if let Some(last) = indexes.last_mut() {
        *last = frames - 1;
    }
    indexes
}

/// The hue class (0..12) of an sRGB color: scikit-image's HSV hue, + 15°, in 30° classes.
/// The arithmetic is scikit-image's to the last bit (values scaled by 1/255 first), as a hue
/// on a class boundary falls either side by a rounding.
fn hue_class(rgb: [f64; 3]) -> u8 {
    let [r, g, b] = rgb.map(|v| v * (1.0 / 255.0));
    let max = r.max(g).max(b);
    let delta = max - r.min(g).min(b);
    let mut h = 0.0;
    // Later tests win ties, as in scikit-image.
    if r == max {
        h = (g - b) / delta;
    }
    if g == max {
        h = 2.0 + (b - r) / delta;
    }
    if b == max {
        h = 4.0 + (r - g) / delta;
    }
    let mut hue = if delta == 0.0 { 0.0 } else { (h / 6.0).rem_euclid(1.0) };
    hue = hue * 360.0 + 15.0;
    if hue >= 360.0 {
        hue -= 360.0;
    }
    (hue / 30.0) as u8
}

/// The alignment score of two strings (Gotoh's affine gaps), global or local.
fn align_score(x: &[u8], y: &[u8], local: bool) -> f64 {
    const MATCH: f64 = 2.0;
    const MISMATCH: f64 = -1.0;
    const OPEN: f64 = -0.5;
    const EXTEND: f64 = -0.1;
    let (n, m) = (x.len(), y.len());
    let floor = if local { 0.0 } else { f64::NEG_INFINITY };
    let gap = |len: usize| if len == 0 { 0.0 } else { OPEN + EXTEND * (len - 1) as f64 };
    // best[j]: best score of x[..i] against y[..j]; down[j]: ending with a gap in y.
    let mut best: Vec<f64> = (0..=m).map(|j| if local { 0.0 } else { gap(j) }).collect();
    let mut down = vec![f64::NEG_INFINITY; m + 1];
    let mut top = if local { 0.0 } else { f64::NEG_INFINITY };
    for i in 1..=n {
        let mut diagonal = best[0];
        best[0] = if local { 0.0 } else { gap(i) };
        let mut right = f64::NEG_INFINITY;
        for j in 1..=m {
            down[j] = (best[j] + OPEN).max(down[j] + EXTEND);
            right = (best[j - 1] + OPEN).max(right + EXTEND);
            let step = diagonal + if x[i - 1] == y[j - 1] { MATCH } else { MISMATCH };
            diagonal = best[j];
            best[j] = step.max(down[j]).max(right).max(floor);
            if local {
                top = top.max(best[j]);
            }
        }
    }
    if local { top } else { best[m] }
}

fn chunked_score(x: &[u8], y: &[u8], local: bool) -> f64 {
    const CHUNK: usize = 2000;
    let total: f64 = x.chunks(CHUNK).zip(y.chunks(CHUNK)).map(|(a, b)| align_score(a, b, local)).sum();
    total / (x.len() as f64 * 2.0)
}

/// KALMUS' six scores of two fingerprints' barcodes.
pub fn scores(a: &Fingerprint, b: &Fingerprint) -> KalmusScores {
    let ca: Vec<[f64; 3]> = a.samples.iter().map(sample_rgb).collect();
    let cb: Vec<[f64; 3]> = b.samples.iter().map(sample_rgb).collect();
    scores_of(&ca, &cb)
}

/// KALMUS' six scores of two barcodes given as colors (sRGB 0–255).
pub fn scores_of(ca: &[[f64; 3]], cb: &[[f64; 3]]) -> KalmusScores {
    if ca.is_empty() || cb.is_empty() {
        return KalmusScores::default();
    }
    let (mut x, mut y) = (fold(ca), fold(cb));
    if x.pixels.len() <= y.pixels.len() {
        x = resize(&x, y.rows, y.columns);
    } else {
        y = resize(&y, x.rows, x.columns);
    }
    let (wr, wc) = ((x.rows / 40).max(1), (x.columns / 40).max(1));
    let (mut ra, mut rb) = (ca.to_vec(), cb.to_vec());
    if ra.len() > rb.len() {
        ra = resample_indexes(ra.len(), rb.len()).into_iter().map(|i| ca[i]).collect();
    } else if rb.len() > ra.len() {
        rb = resample_indexes(rb.len(), ra.len()).into_iter().map(|i| cb[i]).collect();
    }
    let (ha, hb): (Vec<u8>, Vec<u8>) =
        (ra.iter().map(|&c| hue_class(c)).collect(), rb.iter().map(|&c| hue_class(c)).collect());
    KalmusScores {
        cross_correlation: windowed_correlation(&x, &y, x.rows, x.columns),
        local_cross_correlation: windowed_correlation(&x, &y, wr, wc),
        nrmse: nrmse(&x, &y),
        ssim: ssim(&x, &y),
        needleman_wunsch: chunked_score(&ha, &hb, false),
        smith_waterman: chunked_score(&ha, &hb, true),
    }
}

#[cfg(test)]
mod tests;
