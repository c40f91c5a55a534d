//! A neon sign blinking over a dark room: every few frames the room goes almost black and the
//! light comes back to the same picture. Into black, each blink looks like a cut into it (the
//! first half of a fade); out of it, like a cut to a lit shot. Held back, the cut into black
//! is dropped when the picture from before it comes back (`detect/flash.rs`,
//! `is_lights_down`, and `detect/tint.rs`). So is a stair's timer light, off at once and back
//! over a few frames.

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
        // Five blinks: the thirty-eighth round's code finds a cut at each blink off (38, 52, 66,
        // 80, 94) and one more at 100.
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

/// Scene 6 in gray (no hue to keep its shapes apart from the grain) under a light at `light`.
fn timer_lit(n: u32, light: f32) -> FrameSignature {
    frame(n, move |x, y| scene(6, true)(x, y).map(|c| c * light))
}

#[test]
fn a_timer_light_going_off_and_coming_back_over_frames_is_no_boundary() {
    // A stair's timer light: off at once at 40 (a quarter of the light left), back over three
    // frames from 58. In gray the light going off is a cut (the code before, or this one
    // without the way back up, finds it).
    let light = |n: u32| match n {
        40..58 => 0.25,
        58..61 => 0.25 + 0.25 * (n - 57) as f32,
        _ => 1.0,
    };
    let found = detect((0..100).map(|n| timer_lit(n, light(n))), 24.0);
    assert!(found.is_empty(), "{found:?}");
    // Off at 40 and, still dark, a cut to another scene at 52: the cut into the dark and the
    // cut out of it.
    let frames = (0..100).map(|n| if n < 52 { timer_lit(n, light(n)) } else { frame(n, scene(9, true)) });
    let found = detect(frames, 24.0);
    assert_eq!(cuts(&found), vec![40, 52], "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
}
