//! A light switched on over a part of the picture in a moving shot (a door opened onto the sun,
//! lanterns lit at a fête): the frames on the way are mixes of the dark picture and a lighter
//! one, as a dissolve's are, and no gain or tone curve over the whole picture fits the change.
//! But the picture keeps every edge it had, as strong (`detect/dim.rs`, `is_lit_up`), while a
//! dissolve into a lighter picture buries them.

use super::*;

/// A dark room (scene 2 at 30 % of its light), seen from `sway` pixels to the right, with a
/// door over a third of it opened onto the sun by `open` (0 shut, 1 open): the door's part of
/// the picture lit to nearly its full light and more.
fn room(gray: bool, sway: u32, open: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let (x, y) = (x + sway, y);
        let dark = scene(2, gray)(x, y).map(|c| c * 0.3);
        let sunlit = scene(2, gray)(x, y).map(|c| (c * 0.9 + 40.0).min(255.0));
        if (60..90).contains(&x) && (6..48).contains(&y) { mix(dark, sunlit, open) } else { dark }
    }
}

/// The camera's sway at frame `n`: a pixel either way, every few frames (held by hand).
fn sway(n: u32) -> u32 {
    [1, 1, 2, 2, 1, 0, 0, 1][n as usize % 8]
}

/// How far the door is open at frame `n`: it swings open over frames 40 to 49.
fn opening(n: u32) -> f32 {
    ((n as f32 - 39.0) / 10.0).clamp(0.0, 1.0)
}

#[test]
fn a_door_opened_onto_the_sun_is_no_boundary() {
    for gray in [false, true] {
        let frames: Vec<FrameSignature> =
            (0..120)
                .map(|n| {
                    if n < 90 { frame(n, room(gray, sway(n), opening(n))) } else { frame(n, scene(6, gray)) }
                })
                .collect();
        // The hard case: one gain over the whole picture leaves much of the change.
        let (before, after) = (&frames[38], &frames[51]);
        assert!(
            after.gain_residual(before) > 0.2 * after.structure_difference(before),
            "gray {gray}: {} {}",
            after.gain_residual(before),
            after.structure_difference(before)
        );
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![90], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dissolve_from_the_dark_room_into_a_lighter_picture_is_kept() {
    // The same ten frames' mix, from the dark room into another, lighter scene.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..120)
            .map(|n| {
                let t = opening(n);
                frame(n, move |x, y| mix(room(gray, sway(n), 0.0)(x, y), scene(8, gray)(x, y), t))
            })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(found[0].transition, Transition::Dissolve, "gray {gray}: {found:?}");
        assert!(found[0].first <= 42 && found[0].last >= 47, "gray {gray}: {found:?}");
    }
}

/// A meeting room lit by a pressure lamp near (70, 14) at `pumped` (0 low, 1 full): the whole
/// picture (scene 4, dim and low in contrast: codes 16 to 45 low) brightens by two thirds, and
/// a glow spreads around the lamp. Drawn without grain (see `clean`).
fn meeting(gray: bool, pumped: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let glow = 40.0 * pumped * (-(x as f32 - 70.0).hypot(y as f32 - 14.0) / 30.0).exp();
        scene(4, gray)(x, y).map(|c| ((12.0 + 0.13 * c) * (1.0 + 0.65 * pumped) + glow).min(255.0))
    }
}

#[test]
fn a_pressure_lamp_pumped_up_in_a_dim_room_is_no_boundary() {
    for gray in [false, true] {
        // Pumped up over frames 40..=55; a cut to another scene at 90. The room is too dim to
        // have enough edges at full strength for the test of edges kept to say anything (the
        // code before reported a dissolve), but its fainter edges are all kept, whole; no gain
        // over the whole picture fits the change (the glow).
        let pumped = |n: u32| ((n as f32 - 39.0) / 16.0).clamp(0.0, 1.0);
        let frames: Vec<FrameSignature> = (0..120)
            .map(|n| if n < 90 { clean(meeting(gray, pumped(n))) } else { clean(scene(6, gray)) })
            .collect();
        let (before, after) = (&frames[38], &frames[57]);
        assert_eq!(after.edges_kept(before, 0.5), None, "gray {gray}");
        assert!(after.faint_edges_kept(before, 0.9).is_some_and(|kept| kept >= 0.7), "gray {gray}");
        assert!(after.gain_residual(before) > 0.1 * after.structure_difference(before), "gray {gray}");
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![90], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dissolve_from_the_dim_room_into_a_lighter_picture_is_kept() {
    // The same sixteen frames' mix, from the dim room into another, lighter scene: its faint
    // edges are buried.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..120)
            .map(|n| {
                let t = ((n as f32 - 39.0) / 16.0).clamp(0.0, 1.0);
                clean(move |x, y| mix(meeting(gray, 0.0)(x, y), scene(8, gray)(x, y), t))
            })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(found[0].transition, Transition::Dissolve, "gray {gray}: {found:?}");
        assert!(found[0].first <= 42 && found[0].last >= 53, "gray {gray}: {found:?}");
    }
}
