//! A dim room under a lamp whose power dips every few frames, cut to a nearer framing of the
//! same room: each dip scales the picture's light, and the bright parts change more than the
//! dark, so that with the change of mean lightness taken out the dips still change the picture
//! as much as the cut does. With a gain taken out (`detect/evidence.rs`, `LightOut::Gain`) the
//! dips all but vanish and the cut stands out; and the picture's return, looked for by the
//! flash and passing tests, is looked for with the gain taken out too (light and all, the
//! dips' own changes let the nearer framing pass for the room come back).

use super::*;
use crate::shots::detect::PEAK;

/// The lamp's light in frame `n`: full, then down to 55 % for a frame and halfway back for
/// the next, every three frames.
fn lamp(n: u32) -> f32 {
    match n % 3 {
        1 => 0.55,
        2 => 0.78,
        _ => 1.0,
    }
}

/// The room (scene 6 at a third of its light), from where it was framed (`near`: a third
/// nearer, on its middle), lit by `light`.
fn room(gray: bool, near: bool, light: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let (x, y) = if near { (x * 3 / 4 + 12, y * 3 / 4 + 7) } else { (x, y) };
        scene(6, gray)(x, y).map(|c| c * 0.33 * light)
    }
}

#[test]
fn a_cut_under_a_dipping_lamp_is_found() {
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..80).map(|n| frame(n, room(gray, n >= 42, lamp(n)))).collect();
        // The hard case: with the mean lightness taken out, the cut changes the picture less
        // than a peak's margin over the dips' largest change; with a gain taken out, by more
        // than twice it.
        let steady = |n: usize| frames[n].steady_difference(&frames[n - 1]);
        let most_dip = (36..49).filter(|&n| n != 42).map(steady).fold(0.0f32, f32::max);
        assert!(steady(42) < PEAK * most_dip, "gray {gray}: {} {most_dip}", steady(42));
        let gained = |n: usize| frames[n].gain_residual(&frames[n - 1]);
        let most_gained = (36..49).filter(|&n| n != 42).map(gained).fold(0.0f32, f32::max);
        assert!(gained(42) > 2.0 * most_gained, "gray {gray}: {} {most_gained}", gained(42));
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![42], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
