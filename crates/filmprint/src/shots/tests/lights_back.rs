//! A power cut: the room's lights go off at once (a window stays bright), and a second later
//! come back. In color the lights going off keep the picture's shapes, lit less (`is_relit`);
//! coming back out of frames too dark for their shapes to be compared, the picture from before
//! the cut is back (`detect/flash.rs`, `is_light_back`). In gray, with no hue to keep the
//! shapes apart from the grain, the lights going off are a cut held back (`is_lights_down`)
//! and dropped when they come back (`detect/tint.rs`), also when they come back over two
//! frames, neither of them a cut.

use super::*;

/// Scene 6 in a room whose lights are off over frames `off` (`left` of their light and a
/// little glow left, grain over it), its window (the left fifth) lit throughout.
fn power_cut(n: u32, gray: bool, off: std::ops::Range<u32>, left: f32) -> FrameSignature {
    let dark = off.contains(&n);
    frame(n, move |x, y| {
        let rgb = scene(6, gray)(x, y);
        if dark && x >= SIZE.0 / 5 { rgb.map(|c| c * left + 6.0) } else { rgb }
    })
}

#[test]
fn lights_back_after_a_power_cut_are_no_cut_and_a_cut_out_of_the_dark_is() {
    for gray in [false, true] {
        // Off for 18 frames, four tenths of the light left: without `is_light_back` a cut at
        // 58 in color; without the hold of `is_lights_down`, cuts at 40 and 58 in gray.
        let found = detect((0..100).map(|n| power_cut(n, gray, 40..58, 0.4)), 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
    // Out of the dark room into another lit scene: a cut. (In gray the lights going off are
    // then a cut too: they never came back. A known limit.)
    for (gray, expected) in [(false, vec![50]), (true, vec![40, 50])] {
        let frames =
            (0..100).map(|n| if n < 50 { power_cut(n, gray, 40..80, 0.4) } else { frame(n, scene(9, gray)) });
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), expected, "gray {gray}: {found:?}");
        assert_eq!(found.len(), expected.len(), "gray {gray}: {found:?}");
    }
}

#[test]
fn lights_back_over_two_frames_after_a_power_cut_are_no_cut() {
    // Off at once at frame 40 (a fifth of the light left: held back as the lights down in
    // color too), back at frame 58 at half their light and at 59 in full: two equal steps,
    // neither a peak, and too few for a gradual run. Without `follow_tint`, a cut at 40.
    for gray in [false, true] {
        let frames = (0..100).map(|n| {
            let left = match n {
                40..58 => 0.2,
                58 => 0.6,
                _ => 1.0,
            };
            power_cut(n, gray, 40..59, left)
        });
        let found = detect(frames, 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}
