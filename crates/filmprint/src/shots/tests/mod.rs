//! The detector on generated frame sequences whose boundaries are known to the frame: the helpers
//! every test here draws with, and the plain cases (cuts, flashes, title cards, the stream's
//! window, dim cuts); dissolves and fades, pans and the harder cases have files of their own.

mod blinking_lights;
mod camera_moves;
mod captions;
mod dark_flashes;
mod dissolve_middles;
mod dissolves_and_fades;
mod faces_under_flicker;
mod fades_out_of_the_dark;
mod flashes_beside_cuts;
mod gusts;
mod held_drawings;
mod intertitles;
mod lamps_dipping;
mod light_and_long_shots;
mod lights_back;
mod lights_failing;
mod lights_for_good;
mod lights_over_part;
mod lights_switched_on;
mod muzzle_flashes;
mod nearer_framings;
mod passers_by;
mod quiet_cuts;
mod repeated_frames;
mod slow_flashes;
mod slow_transitions;
mod tinted_lights;
mod washes;
mod whip_pans;
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

/// A frame drawn without grain: on these small frames a fine cell averages a pixel or two, and
/// grain would draw faint edges of its own (on a film's frames a cell averages a hundred pixels
/// or more).
fn clean(pixel: impl Fn(u32, u32) -> [f32; 3]) -> FrameSignature {
    FrameSignature::of(&Picture::from_fn(SIZE.0, SIZE.1, |x, y| {
        pixel(x, y).map(|c| c.round().clamp(0.0, 255.0) as u8)
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
