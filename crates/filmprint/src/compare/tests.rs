//! Comparisons of synthetic films whose differences are known exactly: a film is a function
//! from time to colors, and a copy is the same function trimmed, cut, retimed or graded.

use super::*;
use crate::fingerprint::test_support::{sample, swatch, synthetic};

/// A scene every 1.5–4 s, each with its own two colors that drift a little.
pub(super) fn scene_colors(t: f64) -> Vec<([f32; 3], f32)> {
    let mut start = 0.0;
    let mut scene = 0u64;
    loop {
        let length = 1.5 + ((scene * 2_654_435_761) % 1000) as f64 / 400.0;
        if t < start + length || scene > 10_000 {
            break;
        }
        start += length;
        scene += 1;
    }
    let hue = ((scene * 7919) % 360) as f32;
    let lightness = 0.3 + ((scene * 104_729) % 50) as f32 / 100.0 + 0.03 * (t as f32).sin();
    let (s, c) = hue.to_radians().sin_cos();
    vec![([lightness, 0.12 * c, 0.12 * s], 0.7), ([lightness * 0.5, -0.04 * s, 0.04 * c], 0.3)]
}

/// A fingerprint of `n` samples over `duration` seconds of `content`.
pub(super) fn film(duration: f64, n: usize, content: impl Fn(f64) -> Vec<([f32; 3], f32)>) -> Fingerprint {
    let samples = (0..n)
        .map(|i| {
            let t = duration * (i as f64 + 0.5) / n as f64;
            sample(i, t, content(t).into_iter().map(|(oklab, share)| swatch(oklab, share)).collect())
        })
        .collect();
    synthetic(duration, samples)
}

fn compared(a: &Fingerprint, b: &Fingerprint) -> Comparison {
    compare(a, b, &CompareSettings::default()).unwrap()
}

#[test]
fn a_film_against_itself_is_identical() {
    let a = film(120.0, 600, scene_colors);
    let c = compared(&a, &a);
    assert_eq!(c.distance, 0.0);
    assert!(c.only_in_a.is_empty() && c.only_in_b.is_empty());
    let timing = c.timing.unwrap();
    assert!((timing.speed - 1.0).abs() < 1e-9 && timing.offset_s.abs() < 1e-9, "{timing:?}");
    assert_eq!(c.kalmus.nrmse, 1.0);
}

#[test]
fn trims_at_both_ends_are_found_to_a_sample() {
    let a = film(120.0, 600, scene_colors);
    let b = film(120.0 - 9.3, 555, |t| scene_colors(t + 7.3));
    let c = compared(&a, &b);
    let interval = 120.0 / 600.0;
    let timing = c.timing.clone().unwrap();
    assert!((timing.offset_s + 7.3).abs() <= interval, "{timing:?}");
    assert_eq!(c.only_in_a.len(), 2, "{:?}", c.only_in_a);
    // A trim's inner end is found within the still scene it falls in (scenes here drift
    // only slightly), so within a second; the offset is exact.
    assert!((c.only_in_a[0].end_s - 7.3).abs() <= 1.0, "{:?}", c.only_in_a);
    assert!((c.only_in_a[1].start_s - 118.0).abs() <= 1.0, "{:?}", c.only_in_a);
    assert!(c.only_in_b.is_empty());
    assert!(c.distance < 0.01, "{}", c.distance);
}

#[test]
fn a_cut_scene_is_found_within_two_seconds() {
    let a = film(150.0, 750, scene_colors);
    // 12 s cut out at 61 s.
    let b = film(138.0, 690, |t| scene_colors(if t < 61.0 { t } else { t + 12.0 }));
    let c = compared(&a, &b);
    assert_eq!(c.only_in_a.len(), 1, "{:?}", c.only_in_a);
    let gap = c.only_in_a[0];
    assert!((gap.start_s - 61.0).abs() <= 2.0 && (gap.end_s - 73.0).abs() <= 2.0, "{gap:?}");
    assert!(c.summary.iter().any(|l| l.starts_with("B lacks 1:0")), "{:?}", c.summary);
}

#[test]
fn a_pal_speed_up_is_measured_within_half_a_percent() {
    let speed = 25.0 / 24.0;
    let a = film(120.0, 600, scene_colors);
    let b = film(120.0 / speed, 600, |t| scene_colors(t * speed));
    let c = compared(&a, &b);
    let timing = c.timing.clone().unwrap();
    assert!((timing.speed / speed - 1.0).abs() < 0.005, "{timing:?}");
    assert!(c.only_in_a.is_empty() && c.only_in_b.is_empty(), "{:?} {:?}", c.only_in_a, c.only_in_b);
}

#[test]
fn a_grade_is_measured_in_direction_and_size() {
    let a = film(100.0, 500, scene_colors);
    let b = film(100.0, 500, |t| {
        scene_colors(t).into_iter().map(|([l, x, y], share)| ([l - 0.05, 0.8 * x, 0.8 * y], share)).collect()
    });
    let c = compared(&a, &b);
    assert!((c.grade.chroma_ratio - 0.8).abs() < 0.01, "{:?}", c.grade);
    assert!((c.grade.lightness + 0.05).abs() < 0.005, "{:?}", c.grade);
    assert!(c.only_in_a.is_empty(), "{:?}", c.only_in_a);
    let timing = c.timing.unwrap();
    assert!(timing.offset_s.abs() < 0.2, "{timing:?}");
}

#[test]
fn unrelated_films_are_far_apart() {
    let a = film(100.0, 500, scene_colors);
    let b = film(90.0, 450, |t| scene_colors(t * 1.7 + 400.0));
    let same = compared(&a, &a).distance;
    let far = compared(&a, &b).distance;
    assert!(far > 0.05 && far > 10.0 * (same + 0.001), "{far} against {same}");
}

#[test]
fn bad_settings_are_refused() {
    let a = film(10.0, 10, scene_colors);
    let settings = CompareSettings { segments: 0, ..CompareSettings::default() };
    assert!(compare(&a, &a, &settings).is_err());
}

#[test]
fn the_picture_shows_both_films_on_one_clock_and_strikes_out_what_one_lacks() {
    use crate::render::{ComparePicture, compare_layout, delta_e_color, render_comparison};
    let a = film(100.0, 500, scene_colors);
    // B lacks A's 40–60 s.
    let b = film(80.0, 400, |t| scene_colors(if t < 40.0 { t } else { t + 20.0 }));
    let c = compared(&a, &b);
    let picture = ComparePicture::default();
    let layout = compare_layout(&c, &a, &b, &picture).unwrap();
    let canvas = render_comparison(&c, &a, &b, &picture).unwrap();
    assert_eq!((canvas.width, canvas.height), (layout.width, layout.height));
    let x_of = |t: f64| (layout.left + t * layout.pixels_per_s) as u32;
    // A's bars at 20 s show A's sample there; B's at its own 70 s (A's 90 s) show B's.
    let y_a = layout.top_a + 2;
    let sample_a = &a.samples[100];
    assert_eq!(canvas.pixel(x_of(sample_a.time_s), y_a), Some(sample_a.colors[0].rgb()));
    let sample_b = &b.samples[350];
    assert_eq!(canvas.pixel(x_of(sample_b.time_s), layout.top_b + 2), Some(sample_b.colors[0].rgb()));
    // The ΔE strip under a matched moment has the scale's color of that moment's ΔE.
    let pair = c.pairs.iter().find(|p| (p.a_s - 20.0).abs() < 0.2).unwrap();
    let strip = canvas.pixel(x_of(pair.a_s), layout.top_strip + 1).unwrap();
    let want = delta_e_color(pair.delta_e);
    assert!(strip.iter().zip(want).all(|(x, y)| x.abs_diff(y) <= 12), "{strip:?} against {want:?}");
    // Inside the span B lacks, A's bars are struck through: lighter than the bar itself.
    let inside = &a.samples[250];
    let struck = canvas.pixel(x_of(inside.time_s) + 3, y_a + 20).unwrap();
    assert_ne!(struck, inside.colors[0].rgb());
}

#[test]
fn a_library_finds_each_films_relatives_first() {
    use crate::compare::library::{coarse, similarity};
    let original = film(100.0, 500, scene_colors);
    let graded = film(100.0, 500, |t| {
        scene_colors(t)
            .into_iter()
            .map(|([l, x, y], share)| ([l * 0.95, 0.85 * x, 0.85 * y], share))
            .collect()
    });
    let trimmed = film(90.0, 450, |t| scene_colors(t + 6.0));
    let other = film(80.0, 400, |t| scene_colors(t * 1.9 + 500.0));
    let another = film(120.0, 600, |t| scene_colors(t * 0.7 + 900.0));
    let films: Vec<Fingerprint> = [&original, &graded, &trimmed, &other, &another].map(coarse).to_vec();
    assert!(films.iter().all(|f| f.samples.len() == 60));
    let s = similarity(&films, 2);
    let matrix = s.matrix.unwrap();
    for (i, row) in matrix.iter().enumerate() {
        assert_eq!(row[i], 0.0);
        assert!(row.iter().zip(&matrix).all(|(d, other)| *d == other[i]), "symmetric");
    }
    let nearest: Vec<usize> = s.nearest[0].iter().map(|n| n.film).collect();
    assert_eq!(&nearest[..2].iter().copied().collect::<std::collections::BTreeSet<_>>(), &[1, 2].into());
    assert!(s.nearest[0][1].distance * 3.0 < s.nearest[0][2].distance, "{:?}", s.nearest[0]);
    assert_eq!(s.nearest[0].len(), 4);
}

#[test]
fn a_black_and_white_copy_still_aligns_on_lightness() {
    let a = film(100.0, 500, scene_colors);
    // Every color made grey (chroma 0), and 6 s trimmed at the start.
    let b = film(94.0, 470, |t| {
        scene_colors(t + 6.0).into_iter().map(|([l, _, _], s)| ([l, 0.0, 0.0], s)).collect()
    });
    let c = compared(&a, &b);
    let timing = c.timing.clone().unwrap();
    assert!((timing.offset_s + 6.0).abs() <= 0.4, "{timing:?}");
    assert!(c.matched[1] > 0.95, "{:?}", c.matched);
    assert!(c.grade.chroma_ratio < 0.05, "{:?}", c.grade);
}

#[test]
fn fingerprints_made_with_other_cluster_counts_are_compared_on_mean_colors() {
    let a = film(60.0, 300, scene_colors);
    let mut b = a.clone();
    b.settings.clusters = 1;
    for sample in &mut b.samples {
        let mean = swatch(crate::compare::timeline::mean_color(sample), 1.0);
        sample.clusters = vec![mean.clone()];
        sample.colors = vec![mean];
    }
    let c = compared(&a, &b);
    assert_eq!(c.unit, units::Unit::Means);
    assert!(c.distance < 1e-6 && (c.grade.chroma_ratio - 1.0).abs() < 1e-4, "{} {:?}", c.distance, c.grade);
    assert!(c.summary.iter().any(|l| l.contains("different numbers of clusters")), "{:?}", c.summary);
}

#[test]
fn hostile_fingerprints_are_refused_with_the_reason() {
    let good = film(30.0, 60, scene_colors);
    let mut shuffled = good.clone();
    shuffled.samples.swap(3, 40);
    let mut far = good.clone();
    far.source.duration_s = 1e300;
    let mut negative = good.clone();
    negative.samples[0].clusters[0].share = -1.0;
    for (bad, why) in [(shuffled, "comes before"), (far, "not a film's length"), (negative, "share outside")]
    {
        let error = check_comparable(&bad).unwrap_err();
        assert!(error.contains(why), "{error}");
        assert!(compare(&good, &bad, &CompareSettings::default()).is_err());
    }
    assert_eq!(check_comparable(&good), Ok(()));
}

#[test]
fn a_long_title_is_cut_short_on_the_picture() {
    use crate::render::{ComparePicture, render_comparison_svg};
    let mut a = film(30.0, 60, scene_colors);
    a.title = Some("A very long title ".repeat(300));
    let c = compared(&a, &a);
    let svg = render_comparison_svg(&c, &a, &a, &ComparePicture { width: 800, ..ComparePicture::default() })
        .unwrap();
    // The label under A's bars ("A  title (file)  (0:30.0)"), not the document's <title>.
    let label = svg.lines().find(|l| l.contains("A  A very long title")).unwrap();
    assert!(label.contains('…') && label.len() < 600, "{}", &label[..label.len().min(300)]);
}
