//! Light that whitens the whole picture over a few frames and dies away (a gust of snow across
//! the lens, a flare): at its height the picture is flat white, and what follows looks like a
//! fade in out of white; but nothing faded or cut into that white, and the picture from before
//! it comes back (`detect/gradual.rs`, `overexposed_back`).

use super::*;
use crate::shots::detect::FLAT;

/// How far towards white the gust takes frame `n`, at its height (`middle`) all the way (a
/// gust's bell, clipped as a bright overlay is).
fn gust(n: u32, middle: u32) -> f32 {
    let x = (n as f32 - middle as f32) / 3.0;
    (1.2 * (-x * x).exp()).min(1.0)
}

const WHITE: [f32; 3] = [246.0; 3];

#[test]
fn a_gust_that_whitens_the_picture_and_dies_away_is_no_boundary() {
    for gray in [false, true] {
        // One shot; a gust over frames 40..=54 whitens it, flat white at 46..=48, and leaves
        // the picture as it was.
        let frames: Vec<FrameSignature> = (0..100u32)
            .map(|n| frame(n, move |x, y| mix(scene(3, gray)(x, y), WHITE, gust(n, 47))))
            .collect();
        assert!(frames[47].is_flat(FLAT));
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_fade_in_out_of_a_gust_to_another_picture_is_still_a_fade() {
    for gray in [false, true] {
        // The same gust rises over scene 3, but out of the white at 48 scene 5 fades in over
        // 49..=56: another picture comes, a boundary is kept.
        let frames: Vec<FrameSignature> = (0..100u32)
            .map(|n| match n {
                0..49 => frame(n, move |x, y| mix(scene(3, gray)(x, y), WHITE, gust(n, 47))),
                49..57 => frame(n, move |x, y| mix(scene(5, gray)(x, y), WHITE, 1.0 - (n - 48) as f32 / 9.0)),
                _ => frame(n, scene(5, gray)),
            })
            .collect();
        let found = detect(frames, 25.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(found[0].transition, Transition::Fade, "gray {gray}: {found:?}");
        assert!(found[0].last >= 49, "gray {gray}: {found:?}");
    }
}
