//! Integer pixel layout: which sample each column shows and which color each row shows.
//!
//! Every bar gets a whole number of pixels; when the size is not a multiple of the count, bars
//! differ by one pixel, spread evenly. Nothing is resampled, so there are no blurred seams.
//! When there are more samples than pixels, each pixel shows the sample at its centre.

/// The part (0..parts) that pixel `pixel` of `total` belongs to.
pub fn part_of(pixel: u32, total: u32, parts: usize) -> usize {
    let centre = 2 * u128::from(pixel) + 1;
    let part = centre * parts as u128 / (2 * u128::from(total.max(1)));
    (part as usize).min(parts.saturating_sub(1))
}

/// The pixel edges of the parts: part i covers pixels `edges[i]..edges[i + 1]` (empty when
/// there are more parts than pixels and no pixel centre falls in it). Agrees with [`part_of`].
pub fn edges(total: u32, parts: usize) -> Vec<u32> {
    let parts = parts.max(1) as u128;
    let total_wide = u128::from(total);
    (0..=parts)
        .map(|i| {
            if i == parts {
                return total;
            }
            // The first pixel whose centre (2x + 1) / 2 lies at or past part i's start.
            let numerator = (2 * i * total_wide).saturating_sub(parts);
            let x = numerator.div_ceil(2 * parts);
            u32::try_from(x).unwrap_or(total).min(total)
        })
        .collect()
}

/// Edges that split `total` pixels in proportion to `weights` (cumulative, rounded): whole
/// pixels, no gaps, the last edge exactly `total`.
pub fn weighted_edges(total: u32, weights: &[f32]) -> Vec<u32> {
    let sum: f64 = weights.iter().map(|&w| f64::from(w.max(0.0))).sum();
    let mut edges = vec![0];
    let mut cumulative = 0.0;
    for (i, &w) in weights.iter().enumerate() {
        cumulative += f64::from(w.max(0.0));
        let edge = if i + 1 == weights.len() || sum <= 0.0 {
            if sum <= 0.0 { part_edge(total, i + 1, weights.len()) } else { total }
        } else {
            (cumulative / sum * f64::from(total)).round() as u32
        };
        edges.push(edge.min(total));
    }
    edges
}

fn part_edge(total: u32, i: usize, parts: usize) -> u32 {
    edges(total, parts)[i]
}

/// The default square size for `samples` bars: the multiple of N nearest 2000 pixels (at least
/// one pixel per bar), so every bar is equally wide; past 4096 bars, 4096 pixels (each column
/// then shows the sample at its centre).
pub fn default_size(samples: usize) -> u32 {
    const TARGET: usize = 2000;
    const LARGEST: usize = 4096;
    let samples = samples.max(1);
    let bar = ((TARGET as f64 / samples as f64).round() as usize).max(1);
    u32::try_from(samples.saturating_mul(bar).min(LARGEST)).unwrap_or(4096)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(total: u32, parts: usize) -> Vec<u32> {
        let mut widths = vec![0; parts];
        for x in 0..total {
            widths[part_of(x, total, parts)] += 1;
        }
        widths
    }

    #[test]
    fn exact_multiples_give_equal_bars() {
        assert_eq!(widths(2000, 1000), vec![2; 1000]);
        assert!((0..2000).all(|x| part_of(x, 2000, 1000) == x as usize / 2));
    }

    #[test]
    fn remainders_are_spread_evenly_and_bars_are_contiguous() {
        let w = widths(1000, 300);
        assert!(w.iter().all(|&w| w == 3 || w == 4), "{w:?}");
        assert_eq!(w.iter().sum::<u32>(), 1000);
        // parts never go backwards, so each bar is one contiguous run of columns
        assert!((1..1000).all(|x| part_of(x, 1000, 300) >= part_of(x - 1, 1000, 300)));
        // the extra pixels are not bunched at one end
        assert_eq!(w[..150].iter().sum::<u32>(), 500);
    }

    #[test]
    fn more_parts_than_pixels_picks_the_part_at_each_centre() {
        assert_eq!((0..4).map(|x| part_of(x, 4, 8)).collect::<Vec<_>>(), vec![1, 3, 5, 7]);
    }

    #[test]
    fn edges_agree_with_part_of() {
        for (total, parts) in [(2000, 1000), (1000, 300), (4, 8), (7, 3), (1, 5), (13, 13), (0, 3)] {
            let edges = edges(total, parts);
            assert_eq!(edges.len(), parts + 1);
            assert_eq!(edges[parts], total);
            for x in 0..total {
                let part = part_of(x, total, parts);
                assert!(
                    edges[part] <= x && x < edges[part + 1],
                    "{total} {parts} x={x} part={part} {edges:?}"
                );
            }
        }
    }

    #[test]
    fn weighted_edges_follow_the_weights() {
        assert_eq!(weighted_edges(100, &[0.5, 0.3, 0.2]), vec![0, 50, 80, 100]);
        assert_eq!(weighted_edges(10, &[1.0, 1.0, 1.0]), vec![0, 3, 7, 10]);
        assert_eq!(weighted_edges(9, &[0.0, 0.0, 0.0]), vec![0, 3, 6, 9], "no weight: equal parts");
        assert_eq!(weighted_edges(9, &[0.2]), vec![0, 9]);
    }

    #[test]
    fn default_sizes_are_multiples_of_n() {
        assert_eq!(default_size(1000), 2000);
        assert_eq!(default_size(1800), 1800);
        assert_eq!(default_size(300), 2100);
        assert_eq!(default_size(7), 2002);
        for n in 1..=4096 {
            assert_eq!(default_size(n) as usize % n, 0);
        }
        assert_eq!(default_size(40_000), 4096);
    }
}
