//! A flash whose light dies away over several frames (a bomb's flash, a flare) is neither a cut
//! nor a fade in out of white; a cut to white that fades in to another picture is a boundary,
//! and so is a dissolve from a light picture to a dark one that something light passes soon
//! after.

use super::*;

/// How much a slow flash lightens frame `n` (in codes): it strikes at frame 40, nearly to
/// white, and dies away with a time constant of four frames, as FFmpeg's
/// `eq=brightness='0.85*gte(n,40)*exp(-max(n-40,0)/4)'` lightens a clip.
fn flash_light(n: u32) -> f32 {
    if n < 40 { 0.0 } else { 0.85 * 255.0 * (-((n - 40) as f32) / 4.0).exp() }
}

#[test]
fn a_slow_flash_is_neither_a_cut_nor_a_fade() {
    for gray in [false, true] {
        for pan in [0, 3] {
            let frames = (0..90u32)
                .map(|n| frame(n, move |x, y| scene(2, gray)(x + pan * n, y).map(|c| c + flash_light(n))));
            let found = detect(frames, 24.0);
            assert!(found.is_empty(), "gray {gray}, pan {pan}: {found:?}");
        }
    }
}

#[test]
fn a_slow_flash_under_a_flickering_lamp_is_neither_a_cut_nor_a_fade() {
    // The old print's lamp changes the light by up to 6 % from frame to frame.
    for gray in [false, true] {
        let frames = (0..90u32).map(|n| {
            let lamp = 1.0 + 0.06 * ((n * 7 % 5) as f32 / 4.0 - 0.5);
            frame(n, move |x, y| scene(2, gray)(x, y).map(|c| c * lamp + flash_light(n)))
        });
        let found = detect(frames, 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_to_white_fading_in_to_another_shot_is_a_boundary() {
    // The same light as the flash's, but what comes up out of the white is another scene.
    for gray in [false, true] {
        let frames = (0..90u32).map(|n| {
            let shown = if n < 40 { 2 } else { 5 };
            frame(n, move |x, y| scene(shown, gray)(x, y).map(|c| c + flash_light(n)))
        });
        let found = detect(frames, 24.0);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert!((40..=42).contains(&found[0].first), "gray {gray}: {found:?}");
    }
}

#[test]
fn a_dissolve_to_a_dark_shot_that_something_light_crosses_later_is_no_flare() {
    // A light scene dissolves over frames 30..=49 into a dark one; from frame 57 a light lorry
    // drives in from the left and covers the frame by frame 62: the picture comes near the
    // light scene again, but well after the dissolve, and not as a flare's light dies away.
    for gray in [false, true] {
        let light = move |x, y| scene(2, gray)(x, y).map(|c| c * 0.3 + 170.0);
        let dark = move |x, y| scene(5, gray)(x, y).map(|c| c * 0.3 + 15.0);
        let frames = (0..100u32).map(|n| {
            let t = ((n as f32 - 29.0) / 21.0).clamp(0.0, 1.0);
            let lorry = n.saturating_sub(56) * 16;
            frame(n, move |x, y| if x < lorry { [205.0; 3] } else { mix(light(x, y), dark(x, y), t) })
        });
        let found = detect(frames, 24.0);
        let dissolve = found.iter().find(|b| b.transition != Transition::Cut && b.first < 50);
        assert!(
            dissolve.is_some_and(|b| (29..=33).contains(&b.first) && (44..=50).contains(&b.last)),
            "gray {gray}: {found:?}"
        );
    }
}

#[test]
fn a_cut_into_a_lit_shot_that_something_dark_then_crosses_is_no_slow_flash() {
    // A dark shot, panning fast, cuts at frame 40 into a lit one, panning too; from frame 44
    // something dark passes close to the lens from the left, covering more of the picture
    // every frame: by frames 47 and 48 the light has fallen back to the dark shot's, as a
    // flash's would die away, and the shapes differ from the dark shot's by no more than the
    // fast pan would have moved them in eight frames, but by far more than a flash's
    // shapes that come back.
    for gray in [false, true] {
        let dark = move |x: u32, y: u32| scene(2, gray)(x, y).map(|c| c * 0.6);
        let lit = move |x: u32, y: u32| scene(5, gray)(x, y).map(|c| c * 0.3 + 150.0);
        let frames = (0..90u32).map(|n| {
            let passer = if (44..60).contains(&n) { (n - 43) * 10 } else { 0 };
            frame(n, move |x, y| match n {
                _ if n < 40 => dark(x + 7 * n, y),
                _ if x < passer.min(70) => [40.0; 3],
                _ => lit(x + 7 * n, y),
            })
        });
        let found = detect(frames, 24.0);
        assert!(cuts(&found).contains(&40), "gray {gray}: {found:?}");
    }
}
