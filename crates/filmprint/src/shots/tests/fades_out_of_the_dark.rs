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
