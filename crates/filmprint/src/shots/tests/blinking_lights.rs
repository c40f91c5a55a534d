//! A neon sign blinking over a dark room: every few frames the room goes almost black and the
//! light comes back to the same picture. Into black, each blink looks like a cut into it (the
//! first half of a fade); out of it, like a cut to a lit shot. Held back, the cut into black
//! is dropped when the picture from before it comes back (`detect/flash.rs`,
//! `is_blacked_out`, and `detect/tint.rs`).

use super::*;

/// Scene 6 lit by a sign that is off (the room near black, grain over it) on the frames that
/// `off` holds.
fn blinking(n: u32, gray: bool, off: impl Fn(u32) -> bool) -> FrameSignature {
    let dark = off(n);
    frame(n, move |x, y| {
        let rgb = scene(6, gray)(x, y);
        if dark { rgb.map(|c| c * 0.01) } else { rgb }
    })
}

/// Off for the last 6 frames of every 14 from frame 30 on: 8 frames lit, 6 dark.
fn neon(n: u32) -> bool {
    n >= 30 && (n - 30) % 14 >= 8
}

#[test]
fn a_blinking_sign_is_no_cut_and_cuts_into_and_out_of_its_dark_are() {
    for gray in [false, true] {
        // Five blinks: the code before finds a cut at each change (38, 44, 52, 58, ...).
        let found = detect((0..104).map(|n| blinking(n, gray, neon)), 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
        // The sign goes off at 38 and the film cuts out of the dark to another scene at 44:
        // the cut into black and the cut out of it.
        let frames = (0..90).map(|n| if n < 44 { blinking(n, gray, neon) } else { frame(n, scene(9, gray)) });
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![38, 44], "gray {gray}: {found:?}");
        // Off for good from 38: a cut into the dark, reported once the light has not come back.
        let found = detect((0..110).map(|n| blinking(n, gray, |n| n >= 38 || neon(n))), 24.0);
        assert_eq!(cuts(&found), vec![38], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
