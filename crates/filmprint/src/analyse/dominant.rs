//! A frame's dominant colors: its pixels binned, clustered with k-means in the chosen space,
//! ranked by the share of the frame each cluster covers (or by how colorful it is).

use serde::{Deserialize, Serialize};

use super::color;
use super::histogram::{Histogram, histogram};
use super::kmeans::{Clustering, Effort, kmeans, lloyd_from};
use super::light::{LightLimits, PixelFilter};
use super::space::ColorSpace;
use crate::frame::Picture;

/// How clusters are ordered (the bar shows the first d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rank {
    /// By share of the frame, largest first (the seed's order).
    #[default]
    Share,
    /// Colorful clusters (Oklab chroma at least `min_chroma`) first, each group by share: the
    /// largest *colorful* area wins over a larger grey or black one.
    Vivid,
}

/// How a frame's colors are found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterSettings {
    /// k: clusters per frame. 1 means the frame's average color.
    pub clusters: usize,
    /// Seed of the k-means++ initialisation.
    pub seed: u64,
    /// Space the clustering runs in.
    pub space: ColorSpace,
    /// Independent k-means runs per frame; the best is kept.
    pub restarts: usize,
    /// Bits per channel of the color census (8 = every distinct color).
    pub bin_bits: u8,
    /// Pixels left out by lightness.
    pub limits: LightLimits,
    /// Order of the clusters.
    pub rank: Rank,
    /// Oklab chroma from which a cluster counts as colorful (for [`Rank::Vivid`]).
    pub min_chroma: f32,
}

/// Those of the default analysis settings.
impl Default for ClusterSettings {
    fn default() -> Self {
        crate::AnalysisSettings::default().cluster_settings()
    }
}

/// One color of a frame with the fraction of its pixels it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ColorShare {
    /// The color in Oklab.
    pub oklab: [f32; 3],
    /// The same color as 8-bit sRGB (clipped to the gamut).
    pub rgb: [u8; 3],
    /// Fraction of the frame's analysed pixels, 0..1.
    pub share: f32,
}

impl ColorShare {
    /// The color of a point in `space`, with its share. A mean of in-gamut colors can fall a
    /// hair outside the sRGB gamut; it is clipped, so `oklab` and `rgb` always agree.
    pub fn from_point(space: ColorSpace, point: [f32; 3], share: f32) -> Self {
        Self::from_linear(space.to_linear(point), share)
    }

    /// The color of a linear-light sRGB value, with its share.
    pub fn from_linear(linear: [f64; 3], share: f32) -> Self {
        let linear = linear.map(|c| c.clamp(0.0, 1.0));
        let oklab = color::linear_to_oklab(linear).map(|v| v as f32);
        ColorShare { oklab, rgb: color::linear_to_srgb8(linear), share }
    }

    /// Oklab chroma: how far from grey.
    pub fn chroma(&self) -> f32 {
        self.oklab[1].hypot(self.oklab[2])
    }
}

/// A frame's clusters, in rank order, and its average color.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameColors {
    /// Every non-empty cluster, in rank order.
    pub clusters: Vec<ColorShare>,
    /// The mean of the analysed pixels in linear light (`None` for an empty picture).
    pub average: Option<ColorShare>,
    /// Fraction of the frame's pixels left out by the light limits.
    pub left_out: f32,
}

impl FrameColors {
    /// The `d` colors of the frame's bar: the first d clusters, padded by cycling through them
    /// when there are fewer than d (the seed's rule).
    pub fn bar_colors(&self, d: usize) -> Vec<ColorShare> {
        self.clusters.iter().copied().cycle().take(d).collect()
    }
}

/// Orders clusters as `rank` says; ties go to the darker one, so the order is total.
pub fn rank_clusters(clusters: &mut [ColorShare], rank: Rank, min_chroma: f32) {
    let by_share =
        |a: &ColorShare, b: &ColorShare| b.share.total_cmp(&a.share).then(a.oklab[0].total_cmp(&b.oklab[0]));
    match rank {
        Rank::Share => clusters.sort_by(by_share),
        Rank::Vivid => clusters.sort_by(|a, b| {
            let dull = |c: &ColorShare| c.chroma() < min_chroma;
            dull(a).cmp(&dull(b)).then(by_share(a, b))
        }),
    }
}

/// The quick census the restarts compete on: the 96 heaviest bins of the full census as they
/// are, the rest in 3-bit bins (finer if that leaves fewer than 128 of them). Measured on the
/// oracle (docs/color.md): fewer heavy bins or coarser rest bins lose dark and foggy frames,
/// more cost time for nothing.
const SCOUT_HEAVY: usize = 96;
const SCOUT_BITS: u8 = 3;
const SCOUT_MIN_BINS: usize = 224;

/// Clusters a frame's census (k ≥ 2). With several restarts, the seedings compete on a quick
/// scout census (its heaviest bins as they are, the rest in coarse bins, as `Histogram::scout`
/// makes it: a few hundred bins against a few thousand), and only the winner is refined on the
/// full census: most of the benefit of restarts at a fraction of their cost.
/// `docs/color.md` measures this against scikit-learn, dark frames included.
pub fn cluster_census(census: &Histogram, settings: &ClusterSettings) -> Clustering {
    let effort = Effort { restarts: settings.restarts, ..Effort::default() };
    let full = || kmeans(&census.points, &census.weights, settings.clusters, settings.seed, effort);
    if settings.restarts <= 1 || census.points.len() <= 2 * SCOUT_MIN_BINS {
        return full();
    }
    let scout = census.scout(SCOUT_HEAVY, SCOUT_BITS, SCOUT_MIN_BINS, settings.space);
    match kmeans(&scout.points, &scout.weights, settings.clusters, settings.seed, effort).clusters.as_slice()
    {
        [] => full(),
        winner => {
            let centers = winner.iter().map(|c| c.center).collect();
            lloyd_from(&census.points, &census.weights, centers, effort.max_iterations)
        }
    }
}

/// The mean color of the pixels the light limits keep (of all of them, if they would keep
/// none), in linear light, or of the encoded values when `encoded`; and the fraction left out.
/// One pass over the pixels.
fn mean_color(picture: &Picture, limits: LightLimits, encoded: bool) -> (Option<[f64; 3]>, f32) {
    let filter = PixelFilter::for_limits(limits);
    let pass = |filter: Option<&PixelFilter>| {
        let (mut sum, mut kept, mut left_out) = ([0.0f64; 3], 0u64, 0u64);
        for rgb in picture.pixels() {
            if filter.is_some_and(|f| !f.keeps(rgb)) {
                left_out += 1;
                continue;
            }
            let value = if encoded { rgb.map(|v| f32::from(v) / 255.0) } else { color::srgb8_to_linear(rgb) };
            sum.iter_mut().zip(value).for_each(|(s, v)| *s += f64::from(v));
            kept += 1;
        }
        (sum, kept, left_out)
    };
    let (mut sum, mut kept, mut left_out) = pass(filter.as_deref());
    if kept == 0 && left_out > 0 {
        (sum, kept, left_out) = pass(None);
    }
    let mean = (kept > 0).then(|| sum.map(|s| s / kept as f64));
    (mean, left_out as f32 / (kept + left_out).max(1) as f32)
}

/// Finds the dominant colors of a picture, and its average.
pub fn dominant_colors(picture: &Picture, settings: &ClusterSettings) -> FrameColors {
    let space = settings.space;
    if settings.clusters <= 1 {
        // The frame's average color: in linear light, except in the seed's sRGB space, which
        // averaged the encoded values. One pass over the pixels, no census.
        let (linear_mean, left_out) = mean_color(picture, settings.limits, false);
        let average = linear_mean.map(|mean| ColorShare::from_linear(mean, 1.0));
        let single = if space == ColorSpace::Srgb {
            let encoded_mean = mean_color(picture, settings.limits, true).0;
            encoded_mean.map(|mean| ColorShare::from_point(space, mean.map(|v| v as f32), 1.0))
        } else {
            average
        };
        return FrameColors { clusters: single.into_iter().collect(), average, left_out };
    }
    let census = histogram(picture, space, settings.bin_bits, settings.limits);
    let left_out = (census.left_out / (census.kept + census.left_out).max(1.0)) as f32;
    // The census's sums are the kept pixels' exact sums in linear light.
    let average =
        (census.kept > 0.0).then(|| ColorShare::from_linear(census.linear_sum.map(|s| s / census.kept), 1.0));
    let mut clusters: Vec<ColorShare> = cluster_census(&census, settings)
        .clusters
        .iter()
        .map(|c| ColorShare::from_point(space, c.center, (c.weight / census.kept) as f32))
        .collect();
    rank_clusters(&mut clusters, settings.rank, settings.min_chroma);
    FrameColors { clusters, average, left_out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::histogram::histogram;

    fn split(width: u32, left: u32, a: [u8; 3], b: [u8; 3]) -> Picture {
        Picture::from_fn(width, 10, |x, _| if x < left { a } else { b })
    }

    fn settings(k: usize) -> ClusterSettings {
        ClusterSettings { clusters: k, ..ClusterSettings::default() }
    }

    #[test]
    fn finds_two_colors_with_their_shares_in_order_in_every_space() {
        for space in [ColorSpace::Oklab, ColorSpace::Cielab, ColorSpace::Srgb] {
            for bits in [5, 6, 8] {
                let s = ClusterSettings { space, bin_bits: bits, ..settings(5) };
                let colors = dominant_colors(&split(100, 30, [0, 0, 255], [255, 0, 0]), &s);
                assert_eq!(colors.clusters.len(), 2, "{space:?} {bits}");
                assert_eq!(colors.clusters[0].rgb, [255, 0, 0]);
                assert!((colors.clusters[0].share - 0.7).abs() < 1e-6);
                assert_eq!(colors.clusters[1].rgb, [0, 0, 255]);
                assert!((colors.clusters[1].share - 0.3).abs() < 1e-6);
            }
        }
    }

    #[test]
    fn pads_by_cycling_when_fewer_clusters_than_colors() {
        let colors = dominant_colors(&split(10, 6, [10, 200, 10], [200, 10, 10]), &settings(5));
        let bar: Vec<[u8; 3]> = colors.bar_colors(5).iter().map(|c| c.rgb).collect();
        let (g, r) = ([10, 200, 10], [200, 10, 10]);
        assert_eq!(bar, vec![g, r, g, r, g]);
    }

    #[test]
    fn a_uniform_frame_and_a_one_pixel_frame_work() {
        let uniform = dominant_colors(&Picture::from_fn(8, 8, |_, _| [40, 50, 60]), &settings(5));
        assert_eq!(uniform.clusters.len(), 1);
        assert_eq!(uniform.clusters[0].rgb, [40, 50, 60]);
        assert_eq!(uniform.clusters[0].share, 1.0);
        let one = dominant_colors(&Picture::from_fn(1, 1, |_, _| [1, 2, 3]), &settings(3));
        assert_eq!(one.bar_colors(3).len(), 3);
        let empty = dominant_colors(&Picture::from_fn(0, 0, |_, _| [0; 3]), &settings(3));
        assert!(empty.clusters.is_empty());
    }

    #[test]
    fn k1_is_the_mean_in_linear_light_or_in_srgb_for_the_seeds_space() {
        // Black and white half and half: 50 % light, which sRGB encodes as 188, not 128.
        let checker = Picture::from_fn(16, 16, |x, y| if (x + y) % 2 == 0 { [0; 3] } else { [255; 3] });
        for space in [ColorSpace::Oklab, ColorSpace::Cielab] {
            let colors = dominant_colors(&checker, &ClusterSettings { space, ..settings(1) });
            assert_eq!(colors.clusters[0].rgb, [188, 188, 188], "{space:?}");
        }
        // The seed averaged encoded values: 127.5.
        let seed = dominant_colors(&checker, &ClusterSettings { space: ColorSpace::Srgb, ..settings(1) });
        assert!(seed.clusters[0].rgb[0].abs_diff(128) <= 1, "{:?}", seed.clusters[0].rgb);
    }

    #[test]
    fn letterbox_bars_can_be_left_out() {
        let letterboxed =
            Picture::from_fn(10, 10, |_, y| if (3..7).contains(&y) { [30, 120, 200] } else { [0, 0, 0] });
        let plain = dominant_colors(&letterboxed, &settings(3));
        assert_eq!(plain.clusters[0].rgb, [0, 0, 0], "black wins by area");
        let limits = LightLimits { below: Some(0.1), above: None };
        let cropped = dominant_colors(&letterboxed, &ClusterSettings { limits, ..settings(3) });
        assert_eq!(cropped.clusters.len(), 1);
        assert_eq!(cropped.clusters[0].rgb, [30, 120, 200]);
        assert_eq!(cropped.clusters[0].share, 1.0);
        assert!((cropped.left_out - 0.6).abs() < 1e-6);
    }

    #[test]
    fn vivid_ranking_puts_the_largest_colorful_cluster_first() {
        // 70 % grey, 20 % orange, 10 % dark blue.
        let picture = Picture::from_fn(10, 10, |x, _| match x {
            0..7 => [128, 128, 128],
            7..9 => [240, 140, 20],
            _ => [20, 30, 120],
        });
        let by_share = dominant_colors(&picture, &settings(3));
        assert_eq!(by_share.clusters[0].rgb, [128, 128, 128]);
        let vivid = dominant_colors(&picture, &ClusterSettings { rank: Rank::Vivid, ..settings(3) });
        let order: Vec<[u8; 3]> = vivid.clusters.iter().map(|c| c.rgb).collect();
        assert_eq!(order, vec![[240, 140, 20], [20, 30, 120], [128, 128, 128]]);
    }

    #[test]
    fn a_dark_frame_keeps_black_and_near_black_apart() {
        // A planet on black space with stars, grain on everything: 25 % pure black, 44 %
        // near-black (sRGB 12 ± 3), 21 % a dim planet (120, 96, 72 ± 3) and 10 % stars of every
        // bright color, which give the coarse census its hundreds of bins while all the black
        // and near-black falls in one of them. The best k = 4 keeps the four groups apart (the
        // stars' spread costs far less than merging black into near-black would); a scout that
        // merged sRGB's darkest sixteenth into one bin gave pure and near black one cluster
        // and split the stars (docs/color.md).
        let hash = |i: u32, c: u32| i.wrapping_mul(2_654_435_761).rotate_left(7 * c + 3).wrapping_mul(40_503);
        let picture = Picture::from_fn(100, 100, |x, y| {
            let i = y * 100 + x;
            let jitter = |c: u32| (hash(i, c) % 7) as i32 - 3;
            let pixel =
                |base: [i32; 3]| std::array::from_fn(|c| (base[c] + jitter(c as u32)).clamp(0, 255) as u8);
            match i % 100 {
                0..25 => [0, 0, 0],
                25..69 => pixel([12, 12, 12]),
                69..90 => pixel([120, 96, 72]),
                _ => std::array::from_fn(|c| 128 + (hash(i, c as u32 + 3) % 128) as u8),
            }
        });
        let settings = settings(4);
        let census = histogram(&picture, settings.space, settings.bin_bits, settings.limits);
        assert!(
            census.points.len() > 2 * SCOUT_MIN_BINS,
            "{} colors: the scout is not used",
            census.points.len()
        );
        // Each point with its group's mean: what the best clustering does at least as well as.
        let group = |p: [f32; 3]| match p[0] {
            l if l < 0.05 => 0,
            l if l < 0.3 => 1,
            l if l < 0.6 => 2,
            _ => 3,
        };
        let mut sums = [[0.0f64; 4]; 4];
        for (p, &w) in census.points.iter().zip(&census.weights) {
            let s = &mut sums[group(*p)];
            (0..3).for_each(|c| s[c] += f64::from(p[c]) * w);
            s[3] += w;
        }
        let means: Vec<[f64; 3]> = sums.iter().map(|s| [s[0] / s[3], s[1] / s[3], s[2] / s[3]]).collect();
        let groups: f64 = census
            .points
            .iter()
            .zip(&census.weights)
            .map(|(p, &w)| w * (0..3).map(|c| (f64::from(p[c]) - means[group(*p)][c]).powi(2)).sum::<f64>())
            .sum();
        let found = cluster_census(&census, &settings);
        assert!(
            found.inertia <= groups * 1.0001,
            "WCSS {} against {groups} for the four groups",
            found.inertia
        );
        let mut lightness: Vec<f32> = found.clusters.iter().map(|c| c.center[0]).collect();
        lightness.sort_by(f32::total_cmp);
        assert!(lightness[0] < 0.01 && (0.1..0.25).contains(&lightness[1]), "{lightness:?}");
    }

    #[test]
    fn cluster_centers_are_pixel_means() {
        // Two close greys form one cluster when k = 2 must also split off a far red.
        let picture =
            Picture::from_fn(3, 1, |x, _| [[100, 100, 100], [104, 104, 104], [255, 0, 0]][x as usize]);
        let colors = dominant_colors(&picture, &settings(2));
        let grey = colors.clusters[0];
        let expected = (color::srgb8_to_oklab([100; 3])[0] + color::srgb8_to_oklab([104; 3])[0]) / 2.0;
        assert!((grey.oklab[0] - expected).abs() < 1e-6);
        assert!((grey.share - 2.0 / 3.0).abs() < 1e-6);
    }
}
