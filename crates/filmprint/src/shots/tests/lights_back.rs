//! A power cut: the room's lights go off at once (a window stays bright), and a second later
//! come back. The lights going off keep the picture's shapes, lit less (`is_relit`); coming
//! back out of frames too dark for their shapes to be compared, the picture from before the
//! cut is back (`detect/flash.rs`, `is_light_back`).

use super::*;

/// Scene 6 in a room whose lights are off over frames `off` (`left` of their light and a
/// little glow left, grain over it), its window (the left fifth) lit throughout.
fn power_cut(n: u32, off: std::ops::Range<u32>, left: f32) -> FrameSignature {
    let dark = off.contains(&n);
    frame(n, move |x, y| {
        let rgb = scene(6, false)(x, y);
        if dark && x >= SIZE.0 / 5 { rgb.map(|c| c * left + 6.0) } else { rgb }
    })
}

#[test]
fn lights_back_after_a_power_cut_are_no_cut_and_a_cut_out_of_the_dark_is() {
    // Off for 18 frames, four tenths of the light left: the lights going off keep the shapes;
    // coming back, the dark frames' shapes are too faint to compare (the code before finds a
    // cut at 58). (In B&W, with no hue, the lights going off already make a cut at this
    // level; a known limit.)
    let found = detect((0..100).map(|n| power_cut(n, 40..58, 0.4)), 24.0);
    assert!(found.is_empty(), "{found:?}");
    // Out of the dark room into another lit scene: a cut.
    let frames = (0..100).map(|n| if n < 50 { power_cut(n, 40..80, 0.4) } else { frame(n, scene(9, false)) });
    let found = detect(frames, 24.0);
    assert_eq!(cuts(&found), vec![50], "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
}
