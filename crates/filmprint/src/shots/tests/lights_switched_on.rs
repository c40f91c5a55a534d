//! A light switched on over part of a still picture in a few frames (`still.rs`): no dissolve,
//! while the same few frames' mix between two shots, or inside moving ones, is one.

use super::*;

/// A dark room (scene `seed` at 30 % of its light) with a lamp's pool of light near (72, 16)
/// at `lit` (0 off, 1 on) of its strength, added over what is there.
fn room(seed: u32, gray: bool, lit: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let glow = 150.0 * lit * (-(x as f32 - 72.0).hypot(y as f32 - 16.0) / 12.0).exp();
        scene(seed, gray)(x, y).map(|c| (c * 0.3 + glow).min(255.0))
    }
}

/// How far the lamp is on at frame `n`, coming up over frames 40 to 43.
fn switched_on(n: u32) -> f32 {
    ((n as f32 - 39.0) / 4.0).clamp(0.0, 1.0)
}

#[test]
fn a_lamp_coming_up_over_four_frames_in_a_still_room_is_no_boundary() {
    for gray in [false, true] {
        let frames: Vec<FrameSignature> =
            (0..110)
                .map(|n| {
                    if n < 80 {
                        frame(n, room(2, gray, switched_on(n)))
                    } else {
                        frame(n, room(6, gray, 0.0))
                    }
                })
                .collect();
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![80], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_light_flickering_before_it_comes_on_is_no_boundary() {
    // The lamp flickers on and off (frames 30-31 and 34 on) before it comes up for good over
    // frames 40-43: the picture before it was not still, but it had shown the lit room.
    for gray in [false, true] {
        let lit = |n: u32| if matches!(n, 30 | 31 | 34) { 1.0 } else { switched_on(n) };
        let frames: Vec<FrameSignature> = (0..110)
            .map(|n| if n < 80 { frame(n, room(2, gray, lit(n))) } else { frame(n, room(6, gray, 0.0)) })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![80], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_soft_cut_between_two_still_pictures_of_a_like_lightness_is_a_dissolve() {
    // Five frames' mix (40-44) from a still picture to the same picture mirrored, its lightness
    // the same: no light came up, whatever the stillness around it.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..90u32)
            .map(|n| {
                let t = ((n as f32 - 39.0) / 5.0).clamp(0.0, 1.0);
                frame(n, move |x, y| mix(scene(2, gray)(x, y), scene(2, gray)(SIZE.0 - 1 - x, y), t))
            })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert!(found[0].first <= 41 && found[0].last >= 43, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dissolve_out_of_the_dark_room_longer_than_a_light_comes_up_is_kept() {
    // The dark room dissolving over 12 frames (40-51) into a lit scene: still before and after,
    // mostly light, but too long for a lamp.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..90u32)
            .map(|n| {
                let t = ((n as f32 - 39.0) / 12.0).clamp(0.0, 1.0);
                frame(n, move |x, y| mix(room(2, gray, 0.0)(x, y), scene(8, gray)(x, y), t))
            })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert!(found[0].first <= 44 && found[0].last >= 47, "gray {gray}: {found:?}");
    }
}
