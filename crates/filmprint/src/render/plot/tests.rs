//! Plots of synthetic fingerprints whose colors are known: where each mark must be.

use super::*;
use crate::analyse::color::srgb8_to_oklab;
use crate::fingerprint::test_support::{sample, swatch, synthetic};

/// A fingerprint of `n` samples over a minute, sample i of `colors(i)` (sRGB, share).
fn film(n: usize, colors: impl Fn(usize) -> Vec<([u8; 3], f32)>) -> Fingerprint {
    let samples = (0..n)
        .map(|i| {
            let clusters =
                colors(i).into_iter().map(|(rgb, share)| swatch(srgb8_to_oklab(rgb), share)).collect();
            sample(i, 60.0 * (i as f64 + 0.5) / n as f64, clusters)
        })
        .collect();
    synthetic(60.0, samples)
}

#[test]
fn each_cluster_is_a_dot_at_its_a_b_place_in_its_color() {
    let fp = film(10, |_| vec![([200, 60, 40], 0.7), ([40, 90, 200], 0.3)]);
    let canvas = render_plot(&fp, PlotKind::Ab, 600, &FontFile::embedded()).unwrap();
    for rgb in [[200u8, 60, 40], [40, 90, 200]] {
        let c = srgb8_to_oklab(rgb);
        let (x, y) = ab_position(600.0, c[1], c[2]);
        let seen = canvas.pixel(x as u32, y as u32).unwrap();
        // Ten dots of one color on one place, each at 0.75 opacity over grey: the color.
        assert!(
            seen.iter().zip(rgb).all(|(s, r)| s.abs_diff(r) <= 3),
            "{rgb:?} at ({x}, {y}) shows {seen:?}"
        );
    }
}

#[test]
fn the_hue_wheel_weighs_screen_time_by_hue() {
    // Red two thirds of the time, blue one third; grey never counts.
    let fp = film(9, |i| {
        if i < 6 { vec![([220, 30, 30], 0.8), ([128, 128, 128], 0.2)] } else { vec![([30, 30, 220], 1.0)] }
    });
    let bins = hue_histogram(&fp);
    let red = srgb8_to_oklab([220, 30, 30]);
    let blue = srgb8_to_oklab([30, 30, 220]);
    let bin = |c: [f32; 3]| (c[2].atan2(c[1]).to_degrees().rem_euclid(360.0) / 10.0) as usize;
    assert!((bins[bin(red)] - 6.0 / 9.0 * 0.8).abs() < 1e-5, "{bins:?}");
    assert!((bins[bin(blue)] - 3.0 / 9.0).abs() < 1e-5, "{bins:?}");
    assert!((bins.iter().sum::<f32>() - (6.0 / 9.0 * 0.8 + 3.0 / 9.0)).abs() < 1e-5);
    let svg = plot_svg(&fp, PlotKind::Hue, 400, &FontFile::embedded()).unwrap();
    assert!(svg.contains("Screen time by hue"));
}

#[test]
fn lightness_rises_where_the_film_brightens() {
    // Dark for the first half, light for the second.
    let fp = film(20, |i| vec![(if i < 10 { [30, 30, 30] } else { [230, 230, 230] }, 1.0)]);
    let canvas = render_plot(&fp, PlotKind::Lightness, 800, &FontFile::embedded()).unwrap();
    assert_eq!((canvas.width, canvas.height), (800, 400));
    // The white lightness line: low over the first quarter, high over the last.
    // Whitish pixels (the line is anti-aliased) between the caption and the axis (the bar
    // strip below it is light too, late in the film).
    let column = |x: u32| {
        (canvas.height / 10..canvas.height * 3 / 4)
            .filter(|&y| canvas.pixel(x, y).is_some_and(|p| p.iter().all(|&v| v >= 160)))
            .collect::<Vec<_>>()
    };
    let (early, late) = (column(200), column(700));
    assert!(!early.is_empty() && !late.is_empty(), "{early:?} {late:?}");
    assert!(late[0] + 100 < early[0], "higher (smaller y) later: {early:?} {late:?}");
    assert!("ab".parse::<PlotKind>() == Ok(PlotKind::Ab) && "x".parse::<PlotKind>().is_err());
}
