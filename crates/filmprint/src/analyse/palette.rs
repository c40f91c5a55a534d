//! A whole film's palette from its frames' colors, without decoding anything again.
//!
//! Every cluster of every sampled frame is a point, weighted by its share of its frame and
//! divided by the number of frames, so the weights are shares of screen time and sum to 1.
//! Clustering those points into P colors gives the film's P dominant colors with the share of
//! the film each covers. Frames at the same moment count the same whatever their cluster
//! count, and the result is as deterministic as the per-frame analysis. Colors a hair apart are
//! merged first, which keeps a long film with many clusters per frame quick to summarise.

use super::color;
use std::collections::BTreeMap;

use super::dominant::ColorShare;
use super::kmeans::{Effort, kmeans};
use super::space::ColorSpace;

/// How a palette is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaletteSettings {
    /// P: colors in the palette.
    pub colors: usize,
    /// Space the clustering runs in.
    pub space: ColorSpace,
    /// Seed of the k-means++ initialisation.
    pub seed: u64,
    /// Independent k-means runs; the best is kept (the data is small: a few thousand points).
    pub restarts: usize,
}

impl Default for PaletteSettings {
    fn default() -> Self {
        PaletteSettings { colors: 8, space: ColorSpace::Oklab, seed: 0, restarts: 10 }
    }
}

/// One frame's colors for the palette: each color in Oklab with its share of the frame.
pub type FrameShares = [([f32; 3], f32)];

/// Colors closer than this in Oklab (a twentieth of a just noticeable difference) are merged
/// before clustering, so a long film with many clusters per frame stays cheap to summarise.
const GRID: f32 = 1e-3;
/// Above this many distinct points, fewer restarts.
const MANY_POINTS: usize = 20_000;

/// The palette of a run of frames: P colors (fewer if the frames hold fewer distinct colors),
/// largest share first, shares summing to 1. Empty for no frames.
pub fn palette<'a>(
    frames: impl IntoIterator<Item = &'a FrameShares>,
    settings: &PaletteSettings,
) -> Vec<ColorShare> {
    let frames: Vec<&FrameShares> = frames.into_iter().filter(|f| f.iter().any(|c| c.1 > 0.0)).collect();
    // Merge near-identical colors on an Oklab grid: (grid cell) -> (weighted Oklab sum, weight).
    let mut cells: BTreeMap<[i32; 3], ([f64; 3], f64)> = BTreeMap::new();
    for frame in &frames {
        let total: f32 = frame.iter().map(|c| c.1.max(0.0)).sum();
        for &(oklab, share) in frame.iter() {
            if share > 0.0 && oklab.iter().all(|v| v.is_finite()) {
                let weight = f64::from(share / total) / frames.len() as f64;
                let cell = cells.entry(oklab.map(|v| (v / GRID).round() as i32)).or_insert(([0.0; 3], 0.0));
                cell.0.iter_mut().zip(oklab).for_each(|(s, v)| *s += f64::from(v) * weight);
                cell.1 += weight;
            }
        }
    }
    let (mut points, mut weights) = (Vec::with_capacity(cells.len()), Vec::with_capacity(cells.len()));
    for (sum, weight) in cells.values() {
        let oklab = sum.map(|s| s / weight);
        points.push(settings.space.from_linear(color::oklab_to_linear(oklab)));
        weights.push(*weight);
    }
    let restarts = if points.len() > MANY_POINTS { settings.restarts.min(3) } else { settings.restarts };
    let effort = Effort { restarts, ..Effort::default() };
    let clustering = kmeans(&points, &weights, settings.colors, settings.seed, effort);
    let total: f64 = clustering.clusters.iter().map(|c| c.weight).sum();
    let mut colors: Vec<ColorShare> = clustering
        .clusters
        .iter()
        .map(|c| ColorShare::from_point(settings.space, c.center, (c.weight / total) as f32))
        .collect();
    super::rank_clusters(&mut colors, super::Rank::Share, 0.0);
    colors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oklab(rgb: [u8; 3]) -> [f32; 3] {
        color::srgb8_to_oklab(rgb)
    }

    #[test]
    fn shares_are_shares_of_screen_time() {
        // Three frames: all red; 50/50 red and blue; all green.
        let (red, blue, green) = (oklab([220, 20, 20]), oklab([20, 20, 220]), oklab([20, 200, 20]));
        let frames: Vec<Vec<([f32; 3], f32)>> =
            vec![vec![(red, 1.0)], vec![(red, 0.5), (blue, 0.5)], vec![(green, 1.0)]];
        let palette =
            palette(frames.iter().map(Vec::as_slice), &PaletteSettings { colors: 3, ..Default::default() });
        let got: Vec<([u8; 3], f32)> = palette.iter().map(|c| (c.rgb, c.share)).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, [220, 20, 20]);
        assert!((got[0].1 - 0.5).abs() < 1e-6, "{got:?}");
        assert!((got[1].1 - 1.0 / 3.0).abs() < 1e-6 && got[1].0 == [20, 200, 20], "{got:?}");
        assert!((got[2].1 - 1.0 / 6.0).abs() < 1e-6 && got[2].0 == [20, 20, 220], "{got:?}");
    }

    #[test]
    fn similar_colors_merge_and_the_result_is_deterministic() {
        let frames: Vec<Vec<([f32; 3], f32)>> = (0..50u8)
            .map(|i| vec![(oklab([200 + i % 5, 40, 40]), 0.6), (oklab([30, 30, 160 + i % 7]), 0.4)])
            .collect();
        let settings = PaletteSettings { colors: 2, ..Default::default() };
        let a = palette(frames.iter().map(Vec::as_slice), &settings);
        assert_eq!(a, palette(frames.iter().map(Vec::as_slice), &settings));
        assert!((a[0].share - 0.6).abs() < 1e-5 && (a[1].share - 0.4).abs() < 1e-5, "{a:?}");
        assert!(palette(std::iter::empty(), &settings).is_empty());
    }
}
