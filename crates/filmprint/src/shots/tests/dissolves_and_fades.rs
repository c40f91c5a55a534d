//! Gradual transitions drawn as editors make them: dissolves (also while the camera moves and in
//! black and white), fades out and in through black, and a fade cut short into one black frame.

use super::*;

#[test]
fn a_dissolve_is_one_boundary_over_its_frames() {
    // Scene A, a 16-frame dissolve (frames 30..=45), scene B.
    let frames = (0..80).map(|n| {
        let t = ((n as f32 - 29.0) / 17.0).clamp(0.0, 1.0);
        frame(n, move |x, y| mix(scene(1, false)(x, y), scene(8, false)(x, y), t))
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    let b = found[0];
    assert_eq!(b.transition, Transition::Dissolve);
    assert!(b.first.abs_diff(30) <= 2 && b.last.abs_diff(45) <= 2, "{b:?}");
}

#[test]
fn a_dissolve_while_the_camera_moves_is_found_by_its_dip_in_contrast() {
    // Scene A starts panning, 8 pixels a frame, as it dissolves into scene B over frames
    // 30..=45: its frames are not mixes of the run's ends (A moves), but the picture's contrast
    // falls towards the middle, where the two pictures average out, and rises again. The same
    // pan without the dissolve is no boundary (`a_fast_pan_is_no_boundary`).
    let frames = (0..80u32).map(|n| {
        let t = ((n as f32 - 29.0) / 17.0).clamp(0.0, 1.0);
        let offset = 8 * n.saturating_sub(29);
        frame(n, move |x, y| mix(scene(1, false)(x + offset, y), scene(8, false)(x, y), t))
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    assert!(found[0].first.abs_diff(30) <= 3 && found[0].last.abs_diff(45) <= 3, "{:?}", found[0]);
}

#[test]
fn a_fade_out_and_in_through_black_is_one_fade() {
    // Scene A to frame 29, fade out over frames 30..=44, black 45..=54, fade in 55..=69, scene B.
    let frames = (0..100).map(|n| {
        let (seed, level) = match n {
            0..30 => (1, 1.0),
            30..45 => (1, 1.0 - (n - 29) as f32 / 16.0),
            45..55 => (1, 0.0),
            55..70 => (5, (n - 54) as f32 / 16.0),
            _ => (5, 1.0),
        };
        frame(
            n,
            move |x, y| if level == 0.0 { [0.0; 3] } else { scene(seed, false)(x, y).map(|c| c * level) },
        )
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    let b = found[0];
    assert_eq!(b.transition, Transition::Fade);
    assert!(b.first.abs_diff(30) <= 2 && b.last.abs_diff(69) <= 2, "{b:?}");
}

#[test]
fn a_fade_cut_short_into_one_black_frame_and_out_again_is_one_fade() {
    // Scene A fades to a tenth of its light over frames 30..=44, drops to black at 45 (one
    // frame), and scene B rises from a tenth at 46 to full light at 60: the steps into and out
    // of black are steeper than the fades, as in trailers that cut the fade's end.
    let frames = (0..90).map(|n| {
        let (seed, level) = match n {
            0..30 => (1, 1.0),
            30..45 => (1, 1.0 - 0.9 * (n - 29) as f32 / 15.0),
            45 => (1, 0.0),
            46..61 => (5, 0.1 + 0.9 * (n - 46) as f32 / 14.0),
            _ => (5, 1.0),
        };
        frame(
            n,
            move |x, y| if level == 0.0 { [0.0; 3] } else { scene(seed, false)(x, y).map(|c| c * level) },
        )
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Fade);
    assert!(found[0].first.abs_diff(30) <= 2 && found[0].last.abs_diff(60) <= 2, "{:?}", found[0]);
}

#[test]
fn cuts_to_black_and_back_are_cuts_and_a_black_and_white_dissolve_is_found() {
    // Scene, a hard cut to 12 black frames, a hard cut to another scene.
    let frames = (0..70).map(|n| match n {
        0..25 => frame(n, scene(1, false)),
        25..37 => frame(n, |_, _| [0.0; 3]),
        _ => frame(n, scene(6, false)),
    });
    let found = detect(frames, 25.0);
    assert_eq!(cuts(&found), vec![25, 37], "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
    // A dissolve in a black-and-white film: lightness structure only.
    let frames = (0..80).map(|n| {
        let t = ((n as f32 - 29.0) / 21.0).clamp(0.0, 1.0);
        frame(n, move |x, y| mix(scene(2, true)(x, y), scene(9, true)(x, y), t))
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    assert!(found[0].first.abs_diff(30) <= 2 && found[0].last.abs_diff(49) <= 2, "{found:?}");
}

#[test]
fn a_film_that_fades_in_from_black_starts_with_a_fade() {
    let frames = (0..60).map(|n| {
        let level = (n as f32 / 20.0).min(1.0);
        frame(n, move |x, y| if n == 0 { [0.0; 3] } else { scene(3, false)(x, y).map(|c| c * level) })
    });
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Fade);
    assert!(found[0].first <= 2 && found[0].last.abs_diff(20) <= 2, "{found:?}");
}

#[test]
fn a_fade_into_a_white_shot_and_its_fade_out_to_black_are_two_fades() {
    // Scene A fades into a white shot over frames 30..=44 (white 45..=59: the sun on a salt
    // flat), which fades out to black over 60..=74; black 75..=79, and a fade in over
    // 80..=89 into scene B (an end card). Two boundaries: the fade through white is over once
    // the white fades to black, which is not the way back out of it.
    for gray in [false, true] {
        let frames = (0..120u32).map(|n| {
            frame(n, move |x, y| match n {
                0..30 => scene(1, gray)(x, y),
                30..45 => mix(scene(1, gray)(x, y), [250.0; 3], (n - 29) as f32 / 16.0),
                45..60 => [250.0; 3],
                60..75 => [250.0 * (1.0 - (n - 59) as f32 / 16.0); 3],
                75..80 => [0.0; 3],
                80..90 => scene(5, gray)(x, y).map(|c| c * (n - 79) as f32 / 11.0),
                _ => scene(5, gray)(x, y),
            })
        });
        let found = detect(frames, 25.0);
        assert_eq!(found.len(), 2, "gray {gray}: {found:?}");
        assert!(found.iter().all(|b| b.transition == Transition::Fade), "gray {gray}: {found:?}");
        let (into_white, out_of_it) = (found[0], found[1]);
        assert!(into_white.first.abs_diff(30) <= 2 && into_white.last <= 47, "gray {gray}: {found:?}");
        assert!(
            out_of_it.first.abs_diff(60) <= 2 && out_of_it.last.abs_diff(89) <= 3,
            "gray {gray}: {found:?}"
        );
    }
}

#[test]
fn a_near_white_shot_fading_to_black_through_an_even_grey_is_a_fade() {
    for gray in [false, true] {
        // A snowy pass, pale and faint (codes 206 to 250), fades to black in three steps
        // (frames 30..=32: 0.63, 0.1, then none of its light), holds black to 37 and a dark
        // scene fades in over 38..=45. At a tenth of its light the snow is an even grey (its
        // faint shapes under the grain): a flat frame that is neither black nor white, which
        // split the fade out into two runs too short to hold a fade (the code before found
        // only the fade in; at a fire by a road at night, whose flames move, not even that).
        let snow = move |x: u32, y: u32| scene(1, gray)(x, y).map(|c| 200.0 + 0.2 * c);
        let level = |n: u32| match n {
            30 => 0.63,
            31 => 0.1,
            _ => 0.0,
        };
        let frames: Vec<FrameSignature> = (0..90u32)
            .map(|n| match n {
                0..30 => frame(n, snow),
                30..38 => frame(n, move |x, y| snow(x, y).map(|c| c * level(n))),
                _ => {
                    let t = ((n - 37) as f32 / 8.0).min(1.0);
                    frame(n, move |x, y| scene(5, gray)(x, y).map(|c| c * 0.3 * t))
                }
            })
            .collect();
        let flat = [29, 30, 31].map(|n| frames[n].is_flat(0.03));
        assert_eq!(flat, [false, false, true], "gray {gray}");
        assert!((0.1..0.9).contains(&frames[31].lightness()), "gray {gray}");
        let found = detect(frames, 24.0);
        assert!(cuts(&found).is_empty(), "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        assert_eq!(found[0].transition, Transition::Fade, "gray {gray}: {found:?}");
        assert!((29..=31).contains(&found[0].first) && found[0].last >= 44, "gray {gray}: {found:?}");
    }
}
