//! Things passing close to the lens for longer than a flash lasts (a passer-by, a vehicle, a
//! flag): they cover a part of the picture for a dozen frames and may leave it at once, as a
//! cut changes it, but the picture from before they came is back (`detect/passing.rs`,
//! `has_passed_over`); an insert of as many frames brings the picture from before it back
//! too, but the cut into it ended that shot: it is cut to and back from.

use super::*;

/// Scene `seed` with a dark ellipse (42 pixels wide, nearly half the frame, and taller than it)
/// crossing it 10 pixels a frame from left to right, shown on frames 30 to 40 only: it comes
/// in and goes while covering a fifth of the picture.
fn passed(n: u32, seed: u32, gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let centre = (x as f32 - (48.0 + (n as f32 - 35.0) * 10.0), y as f32 - 27.0);
        let inside = (30..=40).contains(&n) && (centre.0 / 21.0).hypot(centre.1 / 42.0) < 1.0;
        if inside { [20.0, 12.0, 10.0] } else { scene(seed, gray)(x, y) }
    }
}

#[test]
fn something_passing_the_lens_that_leaves_at_once_is_no_cut() {
    for gray in [false, true] {
        let found = detect((0..80).map(|n| frame(n, passed(n, 3, gray))), 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn an_insert_as_long_as_a_passer_by_is_cut_to_and_back_from() {
    for gray in [false, true] {
        // Scene 3 still, scene 9 for frames 30 to 40, scene 3 again: the picture from before
        // the insert is back, but in another shot.
        let found =
            detect((0..80).map(|n| frame(n, scene(if (30..=40).contains(&n) { 9 } else { 3 }, gray))), 25.0);
        assert_eq!(cuts(&found), vec![30, 41], "gray {gray}: {found:?}");
    }
}
