//! Fades whose fade in hides under the black (`detect/gradual.rs`, `is_fade_in_step`): a dim
//! end card rising out of a grainy black in one step after a fade out is the fade's, not a cut.

use super::*;

#[test]
fn a_dim_end_card_stepping_out_of_the_black_is_part_of_the_fade() {
    for gray in [false, true] {
        // Scene A fades out over 30..=39 into a grainy black, under which a dim end card (grey
        // words on a dark ground, 3 and 1 codes) already stands; frame 54 lifts it out of the
        // black in one step (to 14 and 8 codes) and it holds. Near black, that step stands out
        // from the frames before as a cut does, but it is all a rise of light, and small in
        // every cell: the fade's (the code before reported the fade out and a cut at 54).
        let words = |x: u32, y: u32| (26..29).contains(&y) && (24..72).contains(&x) && x % 4 != 3;
        let card = |lifted: bool| {
            let (ground, word) = if lifted { (8.0, 14.0) } else { (1.0, 3.0) };
            move |x: u32, y: u32| [if words(x, y) { word } else { ground }; 3]
        };
        let frames: Vec<FrameSignature> = (0..100u32)
            .map(|n| match n {
                0..30 => frame(n, scene(1, gray)),
                30..40 => {
                    frame(n, move |x, y| scene(1, gray)(x, y).map(|c| c * (1.0 - (n - 29) as f32 / 11.0)))
                }
                _ => frame(n, card(n >= 54)),
            })
            .collect();
        assert!(frames[54].largest_cell_change(&frames[53]) < 0.08);
        let found = detect(frames, 25.0);
        assert!(cuts(&found).is_empty(), "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!((found[0].transition, found[0].first), (Transition::Fade, 30), "gray {gray}: {found:?}");
    }
}

/// Scene `seed` dark (a fifth of its light) under a lamp that flickers from frame to frame
/// by up to half its light either way.
fn flickering_night(seed: u32, gray: bool, n: u32, level: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    let flicker = [1.0, 1.45, 0.6, 1.3, 0.75, 1.5, 0.55, 1.2][n as usize % 8];
    move |x, y| scene(seed, gray)(x, y).map(|c| c * 0.2 * flicker * level)
}

#[test]
fn a_fade_through_black_lost_in_a_dark_films_flicker_is_found_by_its_black() {
    for gray in [false, true] {
        // A dark scene under a flickering lamp fades out over 30..=41, black 42..=47, and a
        // dark scene fades in over 48..=59 under the same flicker: no step of either stands
        // out from the flicker, but five frames of black out of a picture end a fade out.
        let frames = (0..100u32).map(|n| match n {
            0..30 => frame(n, flickering_night(1, gray, n, 1.0)),
            30..42 => frame(n, flickering_night(1, gray, n, 1.0 - (n - 29) as f32 / 13.0)),
            42..48 => frame(n, |_, _| [0.0; 3]),
            48..60 => frame(n, flickering_night(5, gray, n, (n - 47) as f32 / 13.0)),
            _ => frame(n, flickering_night(5, gray, n, 1.0)),
        });
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(found[0].transition, Transition::Fade, "gray {gray}: {found:?}");
        assert!((30..=48).contains(&found[0].first) && found[0].last <= 60, "gray {gray}: {found:?}");
        // The same night without the fade: the flicker alone is no boundary.
        let night = (0..100u32).map(|n| frame(n, flickering_night(1, gray, n, 1.0)));
        assert!(detect(night, 24.0).is_empty(), "gray {gray}");
    }
}
