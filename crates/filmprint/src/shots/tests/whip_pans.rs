//! Fast camera moves, whose every frame differs from the last as a cut does: a pan inside a shot
//! is no boundary, and cuts into, out of and between pans are still found to the frame.

use super::*;

#[test]
fn a_fast_pan_is_no_boundary() {
    // The camera sweeps across a wide scene, 6 pixels a frame, for 60 frames.
    let frames: Vec<FrameSignature> = (0..90u32)
        .map(|n| {
            let offset = n.saturating_sub(15).min(60) * 6;
            frame(n, move |x, y| scene(4, false)(x + offset, y))
        })
        .collect();
    // A hard case: while it moves, every frame differs from the last far more than grain
    // does, and where it ends is far from where it began, as in a dissolve.
    let step = |n: usize| frames[n].difference(&frames[n - 1]);
    assert!((20..70).all(|n| step(n) > 5.0 * step(10)), "{} {}", step(40), step(10));
    assert!(frames[14].difference(&frames[76]) > 0.1);
    let found = detect(frames, 25.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn cuts_into_and_out_of_a_whip_pan_are_found() {
    // A still shot, a whip pan over another scene (12 pixels a frame: every frame differs from
    // the last as much as a cut does) from frame 30, a still third shot from frame 60.
    for gray in [false, true] {
        let frames = (0..90u32).map(|n| match n {
            0..30 => frame(n, scene(1, gray)),
            30..60 => frame(n, move |x, y| scene(5, gray)(x + 12 * n, y)),
            _ => frame(n, scene(9, gray)),
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![30, 60], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 2, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_between_two_panning_shots_of_like_lightness_is_no_flash() {
    // Both shots pan (3 pixels a frame), the second a little lighter: after the cut the
    // picture does not come back, however much the pan is allowed for.
    let frames = (0..80u32).map(|n| {
        let seed = if n < 40 { 2 } else { 6 };
        let lift = if n < 40 { 0.0 } else { 12.0 };
        frame(n, move |x, y| scene(seed, false)(x + 3 * n, y).map(|c| (c + lift).min(255.0)))
    });
    let found = detect(frames, 25.0);
    assert_eq!(cuts(&found), vec![40], "{found:?}");
}

#[test]
fn a_cut_from_a_whip_pan_to_a_lighter_shot_is_no_flash() {
    // A whip pan (12 pixels a frame), then from frame 40 another over a lighter scene: the
    // motion allowed for over a flash's frames would let the lighter shot count as the first
    // "come back" after a flash, but its light stays up.
    for gray in [false, true] {
        let frames = (0..80u32).map(|n| {
            if n < 40 {
                frame(n, move |x, y| scene(5, gray)(x + 12 * n, y))
            } else {
                frame(n, move |x, y| scene(7, gray)(x + 12 * n, y).map(|c| c + 40.0))
            }
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
    }
}

#[test]
fn a_whip_pan_inside_a_shot_is_no_cut() {
    // One shot; from frame 30 the camera whips across and settles, speeding up to 24 pixels a
    // frame and slowing down again: its fastest frame stands out from the slower ones around
    // it as a cut would, but with the move taken out it matches the frame before.
    for gray in [false, true] {
        let speeds = [0u32, 2, 5, 10, 16, 24, 24, 16, 10, 5, 2];
        let offset = move |n: u32| -> u32 {
            let moving = n.saturating_sub(30).min(speeds.len() as u32) as usize;
            speeds[..moving].iter().sum()
        };
        let frames = (0..70u32).map(|n| frame(n, move |x, y| scene(4, gray)(x + offset(n), y)));
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}
