//! Golden values from KALMUS 1.3.14's own `compare_two_barcodes` (scikit-image 0.19.3,
//! Biopython 1.79, OpenCV 4.11), run by `scripts/kalmus-reference.py` on the same barcodes.

use super::*;

fn quantise(v: [f64; 3]) -> [f64; 3] {
    v.map(|x| x.round_ties_even().clamp(0.0, 255.0))
}

fn f(i: usize) -> [f64; 3] {
    let i = i as f64;
    quantise([128.0 + 100.0 * (i / 13.0).sin(), 128.0 + 80.0 * (i / 7.0).cos(), (i * 37.0) % 256.0])
}

fn g(i: usize) -> [f64; 3] {
    let i = i as f64;
    quantise([
        60.0 + 50.0 * (i / 5.0).sin(),
        200.0 - 90.0 * (i / 23.0).sin().abs(),
        128.0 + 120.0 * (i / 31.0).cos(),
    ])
}

fn f_redder(i: usize) -> [f64; 3] {
    let i_ = i as f64;
    quantise([138.0 + 100.0 * (i_ / 13.0).sin(), 128.0 + 80.0 * (i_ / 7.0).cos(), (i_ * 37.0) % 256.0])
}

fn check(a: Vec<[f64; 3]>, b: Vec<[f64; 3]>, want: [f64; 5], ssim_want: Option<f64>) {
    let got = scores_of(&a, &b);
    let values = [
        got.cross_correlation,
        got.local_cross_correlation,
        got.nrmse,
        got.needleman_wunsch,
        got.smith_waterman,
    ];
    for (name, (g, w)) in ["cc", "lcc", "nrmse", "nw", "sw"].iter().zip(values.iter().zip(want)) {
        assert!((g - w).abs() < 1e-9, "{name}: {g} against KALMUS' {w}");
    }
    match (got.ssim, ssim_want) {
        (Some(g), Some(w)) => assert!((g - w).abs() < 1e-9, "ssim {g} against {w}"),
        (g, w) => assert_eq!(g, w),
    }
}

#[test]
fn same_length_barcodes_match_kalmus() {
    check(
        (0..400).map(f).collect(),
        (0..400).map(f_redder).collect(),
        [0.9999999999999998, 1.0, 0.9773588129729559, 0.8184999999999996, 0.8186249999999995],
        None,
    );
    check(
        (0..1000).map(f).collect(),
        (20..1020).map(f).collect(),
        [-0.043562792051208256, 0.31543622095531015, 0.6175840368122035, 0.9776000000000008, 0.98],
        None,
    );
}

#[test]
fn barcodes_of_other_lengths_are_resized_and_resampled_as_kalmus_does() {
    check(
        (0..500).map(f).collect(),
        (0..320).map(g).collect(),
        [
            -0.006015562535629237,
            -0.003792760656176918,
            0.6239797047474752,
            0.10093750000000024,
            0.11890624999999946,
        ],
        None,
    );
    check(
        (0..100).map(f).collect(),
        (0..400).map(g).collect(),
        [
            0.008427415268089511,
            0.03706725932799903,
            0.620329598447143,
            0.2269999999999996,
            0.24849999999999978,
        ],
        None,
    );
}

#[test]
fn short_barcodes_fold_into_one_column() {
    check(
        (0..100).map(f).collect(),
        (0..100).map(g).collect(),
        [
            -0.08544414636029057,
            -0.012360908140414751,
            0.6024731073266053,
            0.13999999999999982,
            0.18449999999999964,
        ],
        None,
    );
}

#[test]
fn ssim_matches_scikit_image_where_kalmus_can_compute_it() {
    check(
        (0..2000).map(f).collect(),
        (0..1500).map(g).collect(),
        [
            -0.003332101156126381,
            -0.0009510821308640532,
            0.632324751046728,
            0.14026666666666102,
            0.14353333333332763,
        ],
        Some(0.503688154217616),
    );
}

#[test]
fn hue_classes_follow_scikit_image_hsv() {
    // Red is hue 0 → class 0; yellow 60° + 15° → class 2; grey has hue 0; blue 240° → 8.
    assert_eq!(hue_class([255.0, 0.0, 0.0]), 0);
    assert_eq!(hue_class([255.0, 255.0, 0.0]), 2);
    assert_eq!(hue_class([90.0, 90.0, 90.0]), 0);
    assert_eq!(hue_class([0.0, 0.0, 255.0]), 8);
    assert_eq!(hue_class([255.0, 0.0, 100.0]), 11);
}
