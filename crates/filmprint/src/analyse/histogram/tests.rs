//! The census against exact counts and means, on synthetic pictures with known colors.

use super::*;

fn gradient() -> Picture {
    Picture::from_fn(97, 31, |x, y| [(x * 2) as u8, (y * 8) as u8, ((x + y) % 256) as u8])
}

#[test]
fn eight_bits_count_every_distinct_color() {
    let picture = Picture::from_fn(4, 1, |x, _| [[9, 9, 9], [200, 0, 0], [9, 9, 9], [9, 9, 9]][x as usize]);
    let census = histogram(&picture, ColorSpace::Srgb, 8, LightLimits::default());
    assert_eq!(census.weights, vec![3.0, 1.0]);
    assert_eq!(
        census.points[0],
        ColorSpace::Srgb.from_linear(color::srgb8_to_linear([9, 9, 9]).map(f64::from))
    );
    assert_eq!(census.kept, 4.0);
}

#[test]
fn coarse_bins_keep_their_pixels_mean_and_count() {
    let picture = gradient();
    for bits in [4, 5, 6, 7] {
        let census = histogram_with_at_least(&picture, ColorSpace::Oklab, bits, LightLimits::default(), 0);
        assert_eq!(census.kept, f64::from(97 * 31), "{bits} bits");
        assert!(census.points.len() <= 1 << (3 * bits));
        // The weighted mean of the bins is the mean of the pixels.
        let exact = histogram(&picture, ColorSpace::Oklab, 8, LightLimits::default());
        for c in 0..3 {
            let (a, b) = (census.linear_sum[c], exact.linear_sum[c]);
            assert!((a - b).abs() < 1e-3 * b.max(1.0), "{bits} bits, channel {c}: {a} vs {b}");
        }
    }
    // Table and sort paths agree on the same bins.
    let (table, sorted) = (table_bins(&picture, 5, None).0, sorted_bins(&picture, 5, None).0);
    assert_eq!(
        table.iter().map(|b| (b.0, b.1)).collect::<Vec<_>>(),
        sorted.iter().map(|b| (b.0, b.1)).collect::<Vec<_>>()
    );
}

#[test]
fn refining_six_bit_bins_finds_every_distinct_color() {
    let picture = gradient();
    let limits = LightLimits { below: Some(0.3), above: None };
    for filter in [None, PixelFilter::for_limits(limits)] {
        let (coarse, _) = table_bins(&picture, 6, filter.as_deref());
        let mut refined = refined_bins(&picture, filter.as_deref(), &coarse);
        let (mut sorted, _) = sorted_bins(&picture, 8, filter.as_deref());
        refined.sort_by_key(|b| b.0);
        sorted.sort_by_key(|b| b.0);
        assert_eq!(
            refined.iter().map(|b| (b.0, b.1)).collect::<Vec<_>>(),
            sorted.iter().map(|b| (b.0, b.1)).collect::<Vec<_>>()
        );
        for (a, b) in refined.iter().zip(&sorted) {
            assert!(a.2.iter().zip(b.2).all(|(x, y)| (x - y).abs() <= 1e-4 * y.max(1.0)));
        }
    }
}

#[test]
fn frames_with_few_colors_are_counted_finer() {
    // 40 greys one code apart: a 5-bit census would merge them into 5 bins.
    let greys = Picture::from_fn(40, 1, |x, _| [x as u8 + 10; 3]);
    assert_eq!(histogram(&greys, ColorSpace::Oklab, 5, LightLimits::default()).points.len(), 40);
    // A colorful frame keeps the coarse bins.
    let colorful = Picture::from_fn(256, 144, |x, y| [x as u8, (y * 2) as u8, (x ^ y) as u8]);
    let census = histogram(&colorful, ColorSpace::Oklab, 5, LightLimits::default());
    assert!((MIN_BINS..=32 * 32 * 32).contains(&census.points.len()), "{}", census.points.len());
}

#[test]
fn coarsening_a_census_equals_counting_coarse() {
    let picture = gradient();
    let fine = histogram_with_at_least(&picture, ColorSpace::Oklab, 6, LightLimits::default(), 0);
    let coarse = fine.coarsened(4, 0, ColorSpace::Oklab);
    let direct = histogram_with_at_least(&picture, ColorSpace::Oklab, 4, LightLimits::default(), 0);
    assert_eq!(coarse.weights, direct.weights);
    for (a, b) in coarse.points.iter().zip(&direct.points) {
        assert!(a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-5), "{a:?} vs {b:?}");
    }
    // Asking for more bins than 4 bits give keeps the finer bins.
    assert!(fine.coarsened(1, 100, ColorSpace::Oklab).points.len() >= 100);
}

#[test]
fn light_limits_leave_out_bars_but_never_everything() {
    // A letterboxed frame: black bars above and below a red picture.
    let letterboxed =
        Picture::from_fn(10, 10, |_, y| if (2..8).contains(&y) { [200, 30, 30] } else { [0, 0, 0] });
    let limits = LightLimits { below: Some(0.1), above: None };
    let census = histogram(&letterboxed, ColorSpace::Oklab, 6, limits);
    assert_eq!((census.kept, census.left_out), (60.0, 40.0));
    let black = Picture::from_fn(10, 10, |_, _| [0, 0, 0]);
    let census = histogram(&black, ColorSpace::Oklab, 6, limits);
    assert_eq!((census.kept, census.left_out), (100.0, 0.0));
    let white_sky = Picture::from_fn(4, 4, |_, y| if y == 0 { [255; 3] } else { [0, 90, 0] });
    let census = histogram(&white_sky, ColorSpace::Cielab, 8, LightLimits { below: None, above: Some(0.95) });
    assert_eq!(census.kept, 12.0);
}

#[test]
fn light_limits_judge_each_pixel_not_its_bin() {
    // 40 % letterbox black, 20 % a dark grey just above the limit, 40 % color: a 5-bit bin
    // holds both black and the grey (codes 0 and 6), and must still keep the grey.
    let picture = Picture::from_fn(10, 1, |x, _| match x {
        0..4 => [0, 0, 0],
        4..6 => [6, 6, 6],
        _ => [30, 120, 200],
    });
    assert!(color::srgb8_to_oklab([6, 6, 6])[0] > 0.1);
    let limits = LightLimits { below: Some(0.1), above: None };
    for bits in [4, 5, 6, 8] {
        let census = histogram_with_at_least(&picture, ColorSpace::Oklab, bits, limits, 0);
        assert_eq!((census.kept, census.left_out), (6.0, 4.0), "{bits} bits");
    }
}

#[test]
fn an_empty_census_coarsens_to_itself() {
    assert_eq!(Histogram::default().coarsened(4, 0, ColorSpace::Oklab), Histogram::default());
}

#[test]
fn an_empty_picture_has_an_empty_census() {
    let census =
        histogram(&Picture::from_fn(0, 0, |_, _| [0; 3]), ColorSpace::Oklab, 6, LightLimits::default());
    assert!(census.points.is_empty() && census.kept == 0.0);
}

#[test]
fn the_scout_keeps_the_heaviest_bins_as_they_are_and_every_pixel() {
    // Black and near-black (one 3- or 4-bit bin together) in bulk, and a spread of other
    // colors: the scout keeps the two dark colors apart, and every pixel's weight.
    let picture = Picture::from_fn(64, 64, |x, y| match (x + 64 * y) % 10 {
        0..3 => [0, 0, 0],
        3..7 => [12, 12, 12],
        _ => [(x * 4) as u8, (y * 4) as u8, 200],
    });
    let census = histogram(&picture, ColorSpace::Oklab, 8, LightLimits::default());
    let scout = census.scout(2, 3, 0, ColorSpace::Oklab);
    assert!(scout.points.len() < census.points.len());
    assert_eq!(scout.weights.iter().sum::<f64>(), census.weights.iter().sum::<f64>());
    let black = color::srgb8_to_oklab([0, 0, 0]);
    let near = color::srgb8_to_oklab([12, 12, 12]);
    for dark in [black, near] {
        let kept = scout.points.iter().zip(&scout.weights).find(|(p, _)| **p == dark);
        assert!(kept.is_some(), "{dark:?} was merged");
    }
    // A census no larger than the heavy bins is its own scout.
    assert_eq!(census.scout(census.points.len(), 3, 0, ColorSpace::Oklab).points.len(), census.points.len());
}
