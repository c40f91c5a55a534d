//! A film's color statistics, the numbers film scholars and the gallery sort by: how colorful
//! it is (Hasler & Süsstrunk's measure), how much of its color is warm or cool, its lightness
//! and chroma (mean and spread), and how varied its palette is (Shannon entropy).
//!
//! They are computed on the fingerprint's clusters — every sample's, each weighted by its
//! share of its frame, the frames weighing alike — which stand for the film's pixels: a
//! cluster's spread within itself is lost, so the colorfulness is that of the frames' dominant
//! colors, a little below the per-pixel figure of busy frames.

use serde::{Deserialize, Serialize};

use super::Fingerprint;
use crate::analyse::color::{linear_to_srgb, oklab_to_linear};
use crate::error::Result;

/// Below this Oklab chroma a color is neutral: neither warm nor cool.
pub const NEUTRAL_CHROMA: f32 = 0.02;

/// The film's color statistics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FilmStatistics {
    /// Hasler & Süsstrunk's colorfulness M = σ_rgyb + 0.3 μ_rgyb, with rg = R − G and
    /// yb = (R + G)/2 − B in 8-bit sRGB: about 0 grey, 15 slightly, 33 moderately, 59 quite,
    /// 82 highly, 109 extremely colorful.
    pub colorfulness: f32,
    /// Share of the film's colors (by weight) that are warm: Oklab hue from magenta-red through
    /// yellow (−45° to 110°), among those with some chroma.
    pub warm: f32,
    /// Share that are cool (the other hues: green, cyan, blue, violet).
    pub cool: f32,
    /// Share that are neutral (chroma under 0.02): greys, black, white.
    pub neutral: f32,
    /// Mean Oklab lightness.
    pub lightness: f32,
    /// Its standard deviation.
    pub lightness_sd: f32,
    /// Mean Oklab chroma.
    pub chroma: f32,
    /// Its standard deviation.
    pub chroma_sd: f32,
    /// Shannon entropy of the 8-color palette's shares, in bits (0: one color; 3: eight in equal
    /// shares).
    pub palette_entropy: f32,
}

/// The 8-bit sRGB value (0–255, unclipped to keep the measure continuous) of an Oklab color.
fn srgb(oklab: [f32; 3]) -> [f64; 3] {
    oklab_to_linear(oklab.map(f64::from)).map(|c| linear_to_srgb(c.clamp(0.0, 1.0)) * 255.0)
}

/// Whether an Oklab hue (degrees) is warm.
fn is_warm(hue: f32) -> bool {
    let h = (hue + 360.0) % 360.0;
    !(110.0..315.0).contains(&h)
}

impl Fingerprint {
    /// The film's color statistics (see [`FilmStatistics`]).
    pub fn statistics(&self) -> Result<FilmStatistics> {
        // (weight, Oklab) of every cluster of every sample.
        let frames = self.samples.len().max(1) as f64;
        let mut points: Vec<(f64, [f32; 3])> = Vec::new();
        for sample in &self.samples {
            let total: f32 = sample.clusters.iter().map(|c| c.share).sum();
            if total > 0.0 {
                points.extend(sample.clusters.iter().map(|c| (f64::from(c.share / total) / frames, c.oklab)));
            } else if let Some(color) = sample.colors.first() {
                points.push((1.0 / frames, color.oklab));
            }
        }
        let weight: f64 = points.iter().map(|p| p.0).sum::<f64>().max(f64::MIN_POSITIVE);
        let mean_sd = |value: &dyn Fn(&[f32; 3]) -> f64| {
            let mean = points.iter().map(|(w, c)| w * value(c)).sum::<f64>() / weight;
            let variance = points.iter().map(|(w, c)| w * (value(c) - mean).powi(2)).sum::<f64>() / weight;
            (mean, variance.max(0.0).sqrt())
        };
        let rg = |c: &[f32; 3]| {
            let [r, g, _] = srgb(*c);
            r - g
        };
        let yb = |c: &[f32; 3]| {
            let [r, g, b] = srgb(*c);
            (r + g) / 2.0 - b
        };
        let ((rg_mean, rg_sd), (yb_mean, yb_sd)) = (mean_sd(&rg), mean_sd(&yb));
        let colorfulness = rg_sd.hypot(yb_sd) + 0.3 * rg_mean.hypot(yb_mean);
        let chroma_of = |c: &[f32; 3]| f64::from(c[1].hypot(c[2]));
        let (lightness, lightness_sd) = mean_sd(&|c| f64::from(c[0]));
        let (chroma, chroma_sd) = mean_sd(&chroma_of);
        let (mut warm, mut cool, mut neutral) = (0.0, 0.0, 0.0);
        for (w, c) in &points {
            if chroma_of(c) < f64::from(NEUTRAL_CHROMA) {
                neutral += w;
            } else if is_warm(c[2].atan2(c[1]).to_degrees()) {
                warm += w;
            } else {
                cool += w;
            }
        }
        let palette = self.compute_palette(8, 0)?;
        let palette_entropy = -palette
            .colors
            .iter()
            .map(|c| f64::from(c.share))
            .filter(|&p| p > 0.0)
            .map(|p| p * p.log2())
            .sum::<f64>();
        Ok(FilmStatistics {
            colorfulness: colorfulness as f32,
            warm: (warm / weight) as f32,
            cool: (cool / weight) as f32,
            neutral: (neutral / weight) as f32,
            lightness: lightness as f32,
            lightness_sd: lightness_sd as f32,
            chroma: chroma as f32,
            chroma_sd: chroma_sd as f32,
            palette_entropy: palette_entropy.max(0.0) as f32,
        })
    }
}
