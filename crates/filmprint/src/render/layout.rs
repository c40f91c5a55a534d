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
