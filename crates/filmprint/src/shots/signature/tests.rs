use super::*;

fn flat(rgb: [u8; 3]) -> FrameSignature {
    FrameSignature::of(&Picture::from_fn(64, 36, |_, _| rgb))
}

#[test]
fn a_cast_is_a_shift_of_hue_not_of_light() {
    // Grey to darker grey: no cast. Grey to a red: the red's Oklab chroma (a 0.161 and
    // b 0.074 for sRGB 200,60,60, by the published formula: 0.177; grey's are 0).
    let (grey, dark, red) = (flat([128; 3]), flat([40; 3]), flat([200, 60, 60]));
    assert!(grey.cast_difference(&dark) < 1e-3);
    assert!(grey.difference(&dark) > 0.3);
    let cast = grey.cast_difference(&red);
    assert!((cast - 0.177).abs() < 0.002, "{cast}");
    assert!((cast - red.cast_difference(&grey)).abs() < 1e-6);
}

#[test]
fn differences_are_oklab_distances_of_the_cells() {
    let (black, white) = (flat([0; 3]), flat([255; 3]));
    assert!((black.difference(&white) - 1.0).abs() < 1e-3);
    assert_eq!(black.difference(&black), 0.0);
    assert!(black.is_flat(1e-6) && black.lightness() < 1e-6);
    // Half the picture changed: half the distance.
    let half = FrameSignature::of(&Picture::from_fn(64, 36, |x, _| if x < 32 { [0; 3] } else { [255; 3] }));
    assert!((half.difference(&black) - 0.5).abs() < 1e-3);
    assert!(!half.is_flat(0.1));
    // A tiny picture still fills every cell.
    let tiny = FrameSignature::of(&Picture::from_fn(3, 2, |_, _| [255; 3]));
    assert!(tiny.difference(&white) < 1e-6);
}

#[test]
fn a_mix_of_two_frames_is_recognised_as_one() {
    let (red, blue) = (flat([200, 30, 20]), flat([20, 40, 210]));
    let in_light = |share: f32| {
        let (a, b) = (color::srgb8_to_linear([200, 30, 20]), color::srgb8_to_linear([20, 40, 210]));
        color::linear_to_srgb8(std::array::from_fn(|c| f64::from(a[c] * (1.0 - share) + b[c] * share)))
    };
    let middle = flat(in_light(0.3));
    let (distance, share) = middle.distance_from_mix(&red, &blue, Mixing::Linear);
    assert!((share - 0.3).abs() < 0.01 && distance < 0.005, "{share} {distance}");
    // Mixed in the encoded values instead: a mix of those, not of the light.
    let encoded = flat(std::array::from_fn(|c| {
        let (a, b) = ([200.0f32, 30.0, 20.0][c], [20.0f32, 40.0, 210.0][c]);
        (a * 0.6 + b * 0.4).round() as u8
    }));
    let (distance, share) = encoded.distance_from_mix(&red, &blue, Mixing::Encoded);
    assert!((share - 0.4).abs() < 0.01 && distance < 0.005, "{share} {distance}");
    assert!(encoded.distance_from_mix(&red, &blue, Mixing::Linear).0 > 0.02);
    // A third color is not a mix of the two.
    let green = flat([30, 200, 40]);
    assert!(green.distance_from_mix(&red, &blue, Mixing::Linear).0 > 0.1);
    assert!(green.distance_from_mix(&red, &blue, Mixing::Encoded).0 > 0.1);
}

#[test]
fn a_picture_relit_keeps_its_shapes_and_another_angle_does_not() {
    // Rings on a dim ground; half of them lit three times as brightly: the changed cells'
    // edges are the old ones (agreement near 1). The same rings seen from a little to
    // the side (shifted by 5 pixels) draw their edges elsewhere.
    let rings = |shift: u32, lit: bool| {
        FrameSignature::of(&Picture::from_fn(128, 72, move |x, y| {
            let (x, y) = (x + shift, y);
            let ring = (((x as f32 - 64.0).hypot(y as f32 - 36.0) / 6.0) as u32).is_multiple_of(2);
            let light = if lit && x < 64 { 3.0 } else { 1.0 };
            [((if ring { 60.0 } else { 20.0 }) * light) as u8; 3]
        }))
    };
    let dim = rings(0, false);
    let relit = rings(0, true).relit_agreement(&dim);
    assert!(relit > 0.95, "{relit}");
    let moved = rings(5, false).relit_agreement(&dim);
    assert!(moved < 0.5, "{moved}");
    // Nothing changed: nothing to compare.
    assert_eq!(dim.relit_agreement(&dim), 0.0);
}

#[test]
fn letterbox_bars_lend_no_shapes_to_a_cut_beside_them() {
    // A near-white picture between black bars (rows 0-9 and 62-71): a dark trunk, cut to the
    // same white with a grey strip of ground along the lower bar. The bars' edges, strong and
    // the same in both frames next to the strip, must not make the cut look relit.
    let framed = |picture: fn(u32, u32) -> u8| {
        FrameSignature::of(&Picture::from_fn(128, 72, move |x, y| {
            [if (10..62).contains(&y) { picture(x, y) } else { 0 }; 3]
        }))
    };
    let tree = framed(|x, y| if (40..46).contains(&x) && (20..40).contains(&y) { 30 } else { 245 });
    let ground = framed(|_, y| if y >= 54 { 160 } else { 245 });
    let cut = ground.relit_agreement(&tree);
    assert!(cut < 0.5, "{cut}");
    // Between the same bars, rings half lit three times as brightly still keep their shapes.
    let rings = |lit: bool| {
        FrameSignature::of(&Picture::from_fn(128, 72, move |x, y| {
            let ring = (((x as f32 - 64.0).hypot(y as f32 - 36.0) / 6.0) as u32).is_multiple_of(2);
            let light = if lit && x < 64 { 3.0 } else { 1.0 };
            let level = if (10..62).contains(&y) { (if ring { 60.0 } else { 20.0 }) * light } else { 0.0 };
            [level as u8; 3]
        }))
    };
    let relit = rings(true).relit_agreement(&rings(false));
    assert!(relit > 0.95, "{relit}");
}

#[test]
fn only_black_lines_reaching_in_from_the_frame_s_edge_are_bars() {
    // Black at both ends and in the middle (a night sky's band is the picture's own).
    let black = [true, true, false, true, false, true];
    assert_eq!(super::light::from_edges(6, |i| black[i]), [true, true, false, false, false, true]);
    assert_eq!(super::light::from_edges(3, |_| true), [true; 3]);
    assert_eq!(super::light::from_edges(3, |_| false), [false; 3]);
}

#[test]
fn a_frame_only_darkened_holds_no_steady_share_of_a_darker_shot() {
    // Upright stripes, and a darker shot of level ones: the first picture darkened (as a
    // flicker does) is a fair part of the way to the second by the mix, and nothing of it
    // with the light taken out; a true mix of the two holds its share both ways.
    let picture = |value: fn(u32, u32) -> f32| {
        FrameSignature::of(&Picture::from_fn(64, 36, move |x, y| [value(x, y).round() as u8; 3]))
    };
    fn upright(x: u32, _: u32) -> f32 {
        if x % 8 < 4 { 90.0 } else { 170.0 }
    }
    fn level(_: u32, y: u32) -> f32 {
        if y % 6 < 3 { 30.0 } else { 90.0 }
    }
    let (a, b) = (picture(upright), picture(level));
    let darkened = picture(|x, y| upright(x, y) - 20.0);
    let (_, share) = darkened.distance_from_mix(&a, &b, Mixing::Encoded);
    assert!(share > 0.2, "{share}");
    let steady = darkened.steady_share(&a, &b);
    assert!(steady < 0.05, "{steady}");
    let mixed = picture(|x, y| upright(x, y) * 0.6 + level(x, y) * 0.4);
    let steady = mixed.steady_share(&a, &b);
    assert!((steady - 0.4).abs() < 0.1, "{steady}");
}

#[test]
fn a_picture_lit_otherwise_leaves_little_once_its_lightness_curve_is_taken_out() {
    // A smooth grey pattern (a fine cell's mean is then the curve's value of the pattern's
    // there), the same at half its light, 50 codes lighter, twice as light with its
    // highlights blown, along a gamma, and another pattern.
    let picture = |light: fn(f32) -> f32, turn: f32| {
        FrameSignature::of(&Picture::from_fn(160, 90, move |x, y| {
            let (x, y) = (x as f32, y as f32);
            let value =
                125.0 + 105.0 * (x / 9.0 + (y / turn).sin() * 3.0).sin() * (y / 11.0 + x / 23.0).cos();
            [light(value).round() as u8; 3]
        }))
    };
    let original = picture(|v| v, 53.0);
    let other = picture(|v| v, 17.0);
    let apart = other.structure_difference(&original);
    let relit = [
        picture(|v| v * 0.5, 53.0),
        picture(|v| v + 50.0, 53.0),
        picture(|v| (v * 2.0).min(255.0), 53.0),
        picture(|v| 255.0 * (v / 255.0).powf(0.4), 53.0),
    ];
    // The cells fitted as one differ a little: even the picture itself leaves that.
    let itself = original.relit_residual(&original);
    assert!(itself < 0.07 * apart, "{itself} of {apart}");
    for relit in &relit {
        let (left, apart) = (relit.relit_residual(&original), relit.structure_difference(&original));
        // Below the part a light changed for good may leave (`detect/dim.rs`: 0.078); a gain
        // and an offset alone leave 0.3 of the blown highlights'.
        assert!(apart > 0.1 && left < 0.07 * apart, "{left} of {apart}");
    }
    let left = other.relit_residual(&original);
    assert!(left > 0.5 * apart, "{left} of {apart}");
    // One gain and offset fit the halved and the lighter pattern but not the blown one.
    for relit in &relit[..2] {
        let (left, apart) = (relit.gain_residual(&original), relit.structure_difference(&original));
        assert!(left < 0.07 * apart, "{left} of {apart}");
    }
    let (left, blown) = (relit[2].gain_residual(&original), relit[2].structure_difference(&original));
    assert!(left > 0.2 * blown, "{left} of {blown}");
    let left = other.gain_residual(&original);
    assert!(left > 0.5 * apart, "{left} of {apart}");
    // Without a fine grid there is nothing to fit: never a match.
    let coarse = FrameSignature::from_linear(vec![[0.5; 3]; GRID.0 * GRID.1]);
    assert_eq!(coarse.relit_residual(&original), f32::INFINITY);
    assert_eq!(original.relit_residual(&coarse), f32::INFINITY);
    assert_eq!(coarse.gain_residual(&original), f32::INFINITY);
}

#[test]
fn the_black_share_counts_the_cells_near_black() {
    // Black but for a bright quarter on the left, then the same lifted to codes either side
    // of the limit (luma 0.05, about code 13).
    let picture = |floor: u8| {
        FrameSignature::of(&Picture::from_fn(160, 90, move |x, _| if x < 40 { [200; 3] } else { [floor; 3] }))
    };
    for floor in [0, 12] {
        let share = picture(floor).black_share();
        assert!((share - 0.75).abs() < 0.02, "floor {floor}: {share}");
    }
    assert_eq!(picture(14).black_share(), 0.0);
    // Without a fine grid the coarse cells count, on the same scale: code 12 is black, 14 not.
    let gray = |code: u8| {
        let linear = color::srgb8_to_linear([code; 3])[0];
        FrameSignature::from_linear(vec![[linear; 3]; GRID.0 * GRID.1]).black_share()
    };
    assert_eq!(gray(12), 1.0);
    assert_eq!(gray(14), 0.0);
}

#[test]
fn a_change_in_a_band_is_told_from_one_over_the_picture() {
    // A gray picture (its luma is its code / 255 exactly) whose row 32 (in the bottom band)
    // lightens by 100 codes: all the change is in the band, none in the rest.
    let gray = |value: u8| [value; 3];
    let before = FrameSignature::of(&Picture::from_fn(64, 36, |_, _| gray(100)));
    let subtitle =
        FrameSignature::of(&Picture::from_fn(64, 36, |_, y| gray(if y == 32 { 200 } else { 100 })));
    let band = subtitle.band_change(&before).expect("measured and changed");
    assert!((band.share - 1.0).abs() < 1e-6 && band.rest_change < 1e-6, "{band:?}");
    // Row 10 (outside the bands) lightening as much too: half the change is in the band, and
    // the rest's 27 rows change by a 27th of 100 / 255 on average.
    let both = FrameSignature::of(&Picture::from_fn(64, 36, |_, y| {
        gray(if y == 32 || y == 10 { 200 } else { 100 })
    }));
    let band = both.band_change(&before).expect("measured and changed");
    assert!((band.share - 0.5).abs() < 1e-5, "{band:?}");
    assert!((band.rest_change - 100.0 / 255.0 / 27.0).abs() < 1e-5, "{band:?}");
    // At the top it is the top band's: row 2.
    let caption = FrameSignature::of(&Picture::from_fn(64, 36, |_, y| gray(if y == 2 { 30 } else { 100 })));
    assert!((caption.band_change(&before).expect("changed").share - 1.0).abs() < 1e-6);
    // The rest of a flat picture shows nothing; of stripes two cells wide, cells two apart
    // across always differ by the stripes' whole difference (black to white: 1).
    assert_eq!(band.rest_structure, 0.0);
    let stripes =
        FrameSignature::of(&Picture::from_fn(64, 36, |x, _| gray(if (x / 2) % 2 == 0 { 0 } else { 255 })));
    let striped = FrameSignature::of(&Picture::from_fn(64, 36, |x, y| {
        if y == 33 { gray(128) } else { gray(if (x / 2) % 2 == 0 { 0 } else { 255 }) }
    }));
    let band = striped.band_change(&stripes).expect("changed");
    assert!((band.rest_structure - 1.0).abs() < 1e-6, "{band:?}");
    // Nothing changed, or a grid not measured: nothing to tell.
    assert_eq!(before.band_change(&before), None);
}

#[test]
fn a_gain_in_each_part_of_the_picture_takes_a_local_light_but_not_another_picture() {
    let gray = |value: u8| [value; 3];
    let before =
        FrameSignature::of(&Picture::from_fn(64, 36, |x, y| gray((60 + (x * 7 + y * 13) % 80) as u8)));
    // The left half (whole blocks: 4 of 8 across) at half its light: each block one gain, so
    // nothing is left (but the rounding to codes); one gain over the whole picture leaves much.
    let halved = FrameSignature::of(&Picture::from_fn(64, 36, |x, y| {
        let value = 60 + (x * 7 + y * 13) % 80;
        gray(if x < 32 { (value / 2) as u8 } else { value as u8 })
    }));
    let left = halved.local_gain_residual(&before);
    assert!(left < 0.02, "{left}");
    assert!(halved.gain_residual(&before) > 0.2 * halved.structure_difference(&before));
    // Another picture with each block's mean unchanged (cells of 60 and 140 in a checker over a
    // flat 100): every block's gain is 1 and all the change is left.
    let flat = FrameSignature::of(&Picture::from_fn(64, 36, |_, _| gray(100)));
    let checker =
        FrameSignature::of(&Picture::from_fn(64, 36, |x, y| gray(if (x + y) % 2 == 0 { 60 } else { 140 })));
    assert!((checker.local_gain_residual(&flat) - 1.0).abs() < 1e-5);
    // Nothing changed: nothing left.
    assert_eq!(flat.local_gain_residual(&flat), 0.0);
}

#[test]
fn the_largest_cell_change_is_the_one_cell_that_changed_most() {
    // A gray picture (luma is code / 255) with one cell 50 codes lighter and another 20 darker.
    let flat = FrameSignature::of(&Picture::from_fn(64, 36, |_, _| [100; 3]));
    let marked = FrameSignature::of(&Picture::from_fn(64, 36, |x, y| match (x, y) {
        (3, 4) => [150; 3],
        (40, 20) => [80; 3],
        _ => [100; 3],
    }));
    assert!((marked.largest_cell_change(&flat) - 50.0 / 255.0).abs() < 1e-6);
    assert_eq!(flat.largest_cell_change(&flat), 0.0);
    // A signature with no fine grid (the coarse cells only) tells no change as small.
    let coarse = FrameSignature::from_linear(vec![[0.2; 3]; GRID.0 * GRID.1]);
    assert_eq!(coarse.largest_cell_change(&flat), f32::INFINITY);
}

#[test]
fn the_share_alike_counts_the_picture_kept_and_leaves_black_out() {
    // A grey picture whose left quarter a dark shape covers keeps three quarters of it (the
    // grid's 16 columns: 4 covered); black cells of the picture (letterbox bars) count neither
    // way, and a picture all black leaves nothing to keep.
    let grey = flat([128; 3]);
    let covered =
        FrameSignature::of(&Picture::from_fn(64, 36, |x, _| if x < 16 { [20, 12, 10] } else { [128; 3] }));
    assert!((covered.share_alike(&grey, 0.04) - 0.75).abs() < 1e-6);
    assert!((grey.share_alike(&grey, 0.04) - 1.0).abs() < 1e-6);
    let barred = FrameSignature::of(&Picture::from_fn(64, 36, |_, y| if y < 8 { [0; 3] } else { [128; 3] }));
    let barred_covered = FrameSignature::of(&Picture::from_fn(64, 36, |x, y| {
        if y < 8 {
            [0; 3]
        } else if x < 32 {
            [230; 3]
        } else {
            [128; 3]
        }
    }));
    assert!((barred_covered.share_alike(&barred, 0.04) - 0.5).abs() < 1e-6);
    assert_eq!(grey.share_alike(&flat([0; 3]), 0.04), 0.0);
}

/// Stripes of codes `low` and `high`, 4 pixels wide (two fine cells), down the picture or
/// `across` it: every cell between two stripes is an edge.
fn stripes(across: bool, low: f32, high: f32) -> impl Fn(u32, u32) -> f32 {
    move |x, y| if (if across { y } else { x } / 4).is_multiple_of(2) { high } else { low }
}

/// A grey picture of 128 by 72 pixels drawn by `f`.
fn grey_picture(f: impl Fn(u32, u32) -> f32) -> FrameSignature {
    FrameSignature::of(&Picture::from_fn(128, 72, |x, y| [f(x, y).round().clamp(0.0, 255.0) as u8; 3]))
}

#[test]
fn a_picture_lit_over_a_part_keeps_its_edges_and_a_dissolve_does_not() {
    // Stripes of 20 and 60 on a dim ground. Its right half lit three times as brightly keeps
    // them all, whole; stripes the other way (across) keep none of them, and a mix of the two
    // keeps them at the share of the first it holds.
    let right_lit =
        |gain: f32| move |x: u32, y: u32| stripes(false, 20.0, 60.0)(x, y) * if x >= 64 { gain } else { 1.0 };
    let dim = grey_picture(stripes(false, 20.0, 60.0));
    let lit = grey_picture(right_lit(3.0));
    let other = grey_picture(stripes(true, 20.0, 60.0));
    assert!(lit.edges_kept(&dim, 0.9).is_some_and(|kept| kept > 0.99), "{:?}", lit.edges_kept(&dim, 0.9));
    assert!(other.edges_kept(&dim, 0.5).is_some_and(|kept| kept < 0.01), "{:?}", other.edges_kept(&dim, 0.5));
    // A mix still mostly the old picture (seven tenths) keeps its edges at more than half
    // their strength, not whole; halfway, it keeps none whole.
    let mix = |share: f32| {
        grey_picture(move |x, y| {
            share * stripes(false, 20.0, 60.0)(x, y) + (1.0 - share) * stripes(true, 20.0, 60.0)(x, y)
        })
    };
    assert_eq!(mix(0.7).edges_kept(&dim, 0.5), Some(1.0));
    assert_eq!(mix(0.7).edges_kept(&dim, 0.9), Some(0.0));
    assert_eq!(mix(0.5).edges_kept(&dim, 0.9), Some(0.0));
    // A flat picture has no edges to keep.
    assert_eq!(dim.edges_kept(&flat([40; 3]), 0.5), None);
}

#[test]
fn a_dim_pictures_faint_edges_are_counted_when_its_strong_ones_are_too_few() {
    // Stripes of codes 20 and 28: their steps (0.03 of the encoded values) are under the
    // edges' full strength (0.04 over two cells) but over the faint edges' (0.02). The same
    // stripes a third lighter keep them; stripes across keep none.
    let dim = grey_picture(stripes(false, 20.0, 28.0));
    let lit = grey_picture(stripes(false, 27.0, 37.8));
    let other = grey_picture(stripes(true, 27.0, 37.8));
    assert_eq!(lit.edges_kept(&dim, 0.5), None);
    assert_eq!(lit.faint_edges_kept(&dim, 0.9), Some(1.0));
    assert!(
        other.faint_edges_kept(&dim, 0.5).is_some_and(|kept| kept < 0.01),
        "{:?}",
        other.faint_edges_kept(&dim, 0.5)
    );
}
