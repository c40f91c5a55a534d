//! A frame's dominant colors: its distinct colors counted, clustered in Oklab, ranked by size.

use super::{color, kmeans};
use crate::decode::Picture;

/// One color of a frame with the fraction of its pixels it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColorShare {
    /// The color in Oklab.
    pub oklab: [f32; 3],
    /// The same color as 8-bit sRGB (clipped to the gamut).
    pub rgb: [u8; 3],
    /// Fraction of the frame's pixels, 0..1.
    pub share: f32,
}

/// A frame's clusters, largest first (ties: darker first, so the order is total).
#[derive(Debug, Clone, PartialEq)]
pub struct FrameColors {
    /// Every non-empty cluster, by share, descending.
    pub clusters: Vec<ColorShare>,
}

impl FrameColors {
    /// The `d` colors of the frame's bar: the d largest clusters, padded by cycling through
    /// them when there are fewer than d (the seed's rule).
    pub fn bar_colors(&self, d: usize) -> Vec<ColorShare> {
        self.clusters.iter().copied().cycle().take(d).collect()
    }
}

/// The distinct colors of a picture with their pixel counts, in ascending RGB order.
fn color_census(picture: &Picture) -> Vec<([u8; 3], u32)> {
    let mut keys: Vec<u32> =
        picture.pixels().map(|[r, g, b]| u32::from(r) << 16 | u32::from(g) << 8 | u32::from(b)).collect();
    keys.sort_unstable();
    let mut census: Vec<([u8; 3], u32)> = Vec::new();
    for key in keys {
        let rgb = [(key >> 16) as u8, (key >> 8) as u8, key as u8];
        match census.last_mut() {
            Some((last, count)) if *last == rgb => *count += 1,
            _ => census.push((rgb, 1)),
        }
    }
    census
}

/// The mean color of the census in linear light.
fn linear_mean(census: &[([u8; 3], u32)]) -> ColorShare {
    let mut sum = [0.0f64; 3];
    let mut total = 0.0f64;
    for &(rgb, count) in census {
        let linear = color::srgb8_to_linear(rgb);
        for (s, c) in sum.iter_mut().zip(linear) {
            *s += f64::from(c) * f64::from(count);
        }
        total += f64::from(count);
    }
    let mean = sum.map(|s| s / total.max(1.0));
    let lab = color::linear_to_oklab(mean);
    ColorShare { oklab: lab.map(|v| v as f32), rgb: color::linear_to_srgb8(mean), share: 1.0 }
}

/// Finds the `k` dominant colors of a picture (k-means in Oklab, seeded by `seed`).
/// With `k == 1` the single color is the mean in linear light.
pub fn dominant_colors(picture: &Picture, k: usize, seed: u64) -> FrameColors {
    let census = color_census(picture);
    if census.is_empty() {
        return FrameColors { clusters: Vec::new() };
    }
    if k <= 1 {
        return FrameColors { clusters: vec![linear_mean(&census)] };
    }
    let points: Vec<[f32; 3]> = census.iter().map(|&(rgb, _)| color::srgb8_to_oklab(rgb)).collect();
    let weights: Vec<f64> = census.iter().map(|&(_, n)| f64::from(n)).collect();
    let total: f64 = weights.iter().sum();
    let mut clusters: Vec<ColorShare> = kmeans::kmeans(&points, &weights, k, seed, kmeans::Limits::default())
        .into_iter()
        .map(|c| ColorShare {
            oklab: c.center,
            rgb: color::oklab_to_srgb8(c.center),
            share: (c.weight / total) as f32,
        })
        .collect();
    clusters.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.oklab[0].total_cmp(&b.oklab[0])));
    FrameColors { clusters }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(width: u32, left: u32, a: [u8; 3], b: [u8; 3]) -> Picture {
        Picture::from_fn(width, 10, |x, _| if x < left { a } else { b })
    }

    #[test]
    fn finds_two_colors_with_their_shares_in_order() {
        let colors = dominant_colors(&split(100, 30, [0, 0, 255], [255, 0, 0]), 5, 0);
        assert_eq!(colors.clusters.len(), 2);
        assert_eq!(colors.clusters[0].rgb, [255, 0, 0]);
        assert!((colors.clusters[0].share - 0.7).abs() < 1e-6);
        assert_eq!(colors.clusters[1].rgb, [0, 0, 255]);
        assert!((colors.clusters[1].share - 0.3).abs() < 1e-6);
    }

    #[test]
    fn pads_by_cycling_when_fewer_clusters_than_colors() {
        let colors = dominant_colors(&split(10, 6, [10, 200, 10], [200, 10, 10]), 5, 0);
        let bar: Vec<[u8; 3]> = colors.bar_colors(5).iter().map(|c| c.rgb).collect();
        let (g, r) = ([10, 200, 10], [200, 10, 10]);
        assert_eq!(bar, vec![g, r, g, r, g]);
    }

    #[test]
    fn a_uniform_frame_and_a_one_pixel_frame_work() {
        let uniform = dominant_colors(&Picture::from_fn(8, 8, |_, _| [40, 50, 60]), 5, 0);
        assert_eq!(uniform.clusters.len(), 1);
        assert_eq!(uniform.clusters[0].rgb, [40, 50, 60]);
        assert_eq!(uniform.clusters[0].share, 1.0);
        let one = dominant_colors(&Picture::from_fn(1, 1, |_, _| [1, 2, 3]), 3, 9);
        assert_eq!(one.bar_colors(3).len(), 3);
        let empty = dominant_colors(&Picture::from_fn(0, 0, |_, _| [0; 3]), 3, 9);
        assert!(empty.clusters.is_empty());
    }

    #[test]
    fn k1_is_the_mean_in_linear_light() {
        // Black and white half and half: 50 % light, which sRGB encodes as 188, not 128.
        let checker = Picture::from_fn(16, 16, |x, y| if (x + y) % 2 == 0 { [0; 3] } else { [255; 3] });
        let colors = dominant_colors(&checker, 1, 0);
        assert_eq!(colors.clusters[0].rgb, [188, 188, 188]);
        assert_eq!(colors.bar_colors(1).len(), 1);
    }

    #[test]
    fn cluster_centers_are_pixel_means_in_oklab() {
        // Two close greys form one cluster when k = 2 must also split off a far red.
        let picture =
            Picture::from_fn(3, 1, |x, _| [[100, 100, 100], [104, 104, 104], [255, 0, 0]][x as usize]);
        let colors = dominant_colors(&picture, 2, 0);
        let grey = colors.clusters[0];
        let expected: Vec<f32> = (0..3)
            .map(|i| (color::srgb8_to_oklab([100; 3])[i] + color::srgb8_to_oklab([104; 3])[i]) / 2.0)
            .collect();
        assert!((grey.oklab[0] - expected[0]).abs() < 1e-6);
        assert!((grey.share - 2.0 / 3.0).abs() < 1e-6);
    }
}
