//! The detector on generated frame sequences whose boundaries are known to the frame: cuts,
//! flashes, dissolves, fades through black, a fast pan, and a black-and-white film.

mod camera_moves;
mod captions;
mod dark_flashes;
mod dissolve_middles;
mod fades_out_of_the_dark;
mod flashes_beside_cuts;
mod held_drawings;
mod light_and_long_shots;
mod lights_for_good;
mod slow_flashes;
mod slow_transitions;
mod tinted_lights;
mod whole_dissolves;

use super::*;
use crate::frame::Picture;

const SIZE: (u32, u32) = (96, 54);

/// A scene: blocks and a gradient whose colors depend on `seed` (`gray`: no color).
fn scene(seed: u32, gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let h = |v: u32| ((v.wrapping_mul(2_654_435_761) >> 13) % 200) as f32 + 30.0;
        let block = (x / 24 + 4 * (y / 18) + seed * 7) % 11;
        let base = [h(block + seed), h(block * 3 + seed * 5), h(block * 7 + seed * 11)];
        let shade = (x as f32 / SIZE.0 as f32) * 20.0;
        let rgb = base.map(|c| (c + shade).min(255.0));
        if gray {
            let l = 0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2];
            [l; 3]
        } else {
            rgb
        }
    }
}

/// Film grain: up to ±4 codes, different in every frame.
fn grain(frame: u32, x: u32, y: u32, c: u32) -> f32 {
    let mut h =
        frame.wrapping_mul(0x9E37_79B1) ^ x.wrapping_mul(0x85EB_CA77) ^ y.wrapping_mul(0xC2B2_AE3D) ^ c;
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^= h >> 12;
    (h % 9) as f32 - 4.0
}

fn frame(number: u32, pixel: impl Fn(u32, u32) -> [f32; 3]) -> FrameSignature {
    FrameSignature::of(&Picture::from_fn(SIZE.0, SIZE.1, |x, y| {
        let rgb = pixel(x, y);
        std::array::from_fn(|c| (rgb[c] + grain(number, x, y, c as u32)).round().clamp(0.0, 255.0) as u8)
    }))
}

/// A mix of two pictures' encoded values (as editors and FFmpeg's `xfade` dissolve).
fn mix(a: [f32; 3], b: [f32; 3], t: f32) -> [f32; 3] {
    std::array::from_fn(|c| a[c] * (1.0 - t) + b[c] * t)
}

fn cuts(found: &[Boundary]) -> Vec<u64> {
    found.iter().filter(|b| b.transition == Transition::Cut).map(|b| b.first).collect()
}

#[test]
fn hard_cuts_are_found_to_the_frame() {
    for gray in [false, true] {
        let shots = [(0, 30), (30, 55), (55, 90)];
        let frames = shots
            .iter()
            .enumerate()
            .flat_map(|(i, &(from, to))| (from..to).map(move |n| (n, i as u32)))
            .map(|(n, shot)| frame(n, scene(shot * 3 + 1, gray)));
        let found = detect(frames, 25.0);
        assert_eq!(found.len(), 2, "gray {gray}: {found:?}");
        assert_eq!(cuts(&found), vec![30, 55], "gray {gray}");
    }
}

#[test]
fn a_flash_is_not_a_cut() {
    // Frames 40 and 41 are lit by a flash (most of the picture near white), then it is gone.
    let frames = (0..80).map(|n| {
        let lit = (40..42).contains(&n);
        frame(n, move |x, y| {
            let rgb = scene(2, false)(x, y);
            if lit { rgb.map(|c| c * 0.2 + 204.0) } else { rgb }
        })
    });
    let found = detect(frames, 25.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_flash_in_a_moving_shot_is_not_a_cut() {
    // The camera pans 5 pixels a frame; frames 40 and 41 are lit by a flash: after it the
    // picture has moved on, so it does not come back to the frame before the flash.
    let frames = (0..80).map(|n| {
        let lit = (40..42).contains(&n);
        frame(n, move |x, y| {
            let rgb = scene(2, false)(x + 5 * n, y);
            if lit { rgb.map(|c| c * 0.2 + 204.0) } else { rgb }
        })
    });
    let found = detect(frames, 25.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn cuts_between_title_cards_of_the_same_colors_are_found_by_their_structure() {
    // White words on black, centred, changing at frames 30 and 60: the cards' colors are all
    // but the same, only where the strokes are differs.
    let card = |word: u32| {
        move |x: u32, y: u32| {
            let stroke = (24..30).contains(&y)
                && (20..76).contains(&x)
                && ((x / 2).wrapping_mul(2_654_435_761).wrapping_add(word * 97) >> 7).is_multiple_of(3);
            if stroke { [235.0; 3] } else { [12.0; 3] }
        }
    };
    let word_at = |n: u32| {
        if n < 30 {
            1
        } else if n < 60 {
            2
        } else {
            3
        }
    };
    let frames: Vec<FrameSignature> = (0..90).map(|n| frame(n, card(word_at(n)))).collect();
    // The color grid alone does not tell the cards apart.
    assert!(frames[30].difference(&frames[29]) < CUT_MIN, "{}", frames[30].difference(&frames[29]));
    let found = detect(frames, 25.0);
    assert_eq!(cuts(&found), vec![30, 60], "{found:?}");
    assert_eq!(found.len(), 2);
}

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
fn the_stream_keeps_a_short_window_and_a_short_film_still_settles() {
    // Boundaries come out while frames go in, a window behind.
    let mut detector = ShotDetector::new();
    let mut seen_at = None;
    for n in 0..60u32 {
        let shot = u32::from(n >= 20);
        if !detector.push(u64::from(n), f64::from(n) / 25.0, frame(n, scene(shot * 5 + 1, false))).is_empty()
        {
            seen_at = Some(n);
        }
    }
    assert_eq!(seen_at, Some(20 + WINDOW.max(FLASH_FRAMES).max(LONG_FLASH_FRAMES) as u32));
    assert!(detector.finish().is_empty());
    // Four frames with a cut in the middle: decided at the end.
    let frames = (0..4).map(|n| frame(n, scene(if n < 2 { 1 } else { 9 }, false)));
    assert_eq!(cuts(&detect(frames, 25.0)), vec![2]);
    assert!(detect(std::iter::empty(), 25.0).is_empty());
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
fn a_shot_whose_light_drifts_after_a_cut_is_no_dissolve() {
    // A still shot, then from frame 30 a shot whose light rises steadily (a sunrise): each of
    // its frames is a mix of its neighbours, and it changes more than the still shot did, but
    // not more than it itself goes on changing.
    let frames = (0..90u32).map(|n| {
        if n < 30 {
            frame(n, scene(3, false))
        } else {
            let lift = (n - 30) as f32 * 1.5;
            frame(n, move |x, y| scene(8, false)(x, y).map(|c| (c * 0.6 + lift).min(255.0)))
        }
    });
    let found = detect(frames, 25.0);
    assert_eq!(cuts(&found), vec![30], "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
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
fn a_dim_cut_just_above_the_floor_is_found() {
    // Two still shots dimmed until the cut between them differs by 0.044 (a mean Oklab
    // distance per cell, as rolling credits to an end card): quiet on both sides, it stands out.
    let dimmed = |seed: u32, by: f32| move |x, y| scene(seed, false)(x, y).map(|c| c * by);
    let cut_at = |by: f32| frame(0, dimmed(1, by)).difference(&frame(1, dimmed(6, by)));
    let by = (1..100)
        .map(|step| step as f32 / 100.0)
        .find(|&by| cut_at(by) >= 0.044)
        .expect("some dimming makes the cut differ by 0.044");
    // Just above the floor, and under the floor it replaced (0.05).
    assert!(cut_at(by) < 0.05, "dimmed by {by}: {}", cut_at(by));
    let frames = (0..60u32).map(|n| frame(n, dimmed(if n < 30 { 1 } else { 6 }, by)));
    let found = detect(frames, 25.0);
    assert_eq!(cuts(&found), vec![30], "dimmed by {by}: {found:?}");
}

#[test]
fn a_black_that_is_not_quite_even_is_flat_and_a_dim_scene_is_not() {
    // As a scanned film's black: a faint glow of up to 4 codes across the frame. Near black,
    // Oklab lightness spreads a few codes wide (the cube root), so it must read as flat in the
    // encoded values; a scene at a tenth of its light is still no flat frame.
    let picture = |pixel: &dyn Fn(u32, u32) -> f32| {
        FrameSignature::of(&Picture::from_fn(SIZE.0, SIZE.1, |x, y| [pixel(x, y).round() as u8; 3]))
    };
    let glow = picture(&|x, _| 4.0 * x as f32 / SIZE.0 as f32);
    assert!(glow.is_flat(0.03));
    let dim = picture(&|x, y| scene(1, true)(x, y)[0] * 0.1);
    assert!(!dim.is_flat(0.03));
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
