//! Cuts to a nearer framing of the same scene out of a moving shot: a pan along a street cut to
//! the same street a step closer keeps its colors, and its change stands out from the pan's
//! own less than a quiet cut's must; but it changes the whole picture, where the pan's steps
//! of a fraction of a cell move only its edges (`detect/evidence.rs`, `changes_whole_picture`).
//! Something bursting over a part of the same pan (a fireball) changes as much, but only there.

use super::*;

/// A street of house fronts under a pale sky, in picture pixels at framing `zoom` (1 the wide
/// shot) with the camera `shift` pixels along (0 the wide shot's place), panned `offset` pixels
/// along (sampled four by four in each pixel, as a lens blurs
/// a move of a fraction of a pixel): houses 20 pixels wide in three tones, each with a door
/// and two rows of windows, and a road.
fn street(gray: bool, zoom: f32, shift: f32, offset: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    let at = move |u: f32, v: f32| {
        let house = (u / 20.0).floor();
        let along = u - 20.0 * house;
        let tone = [150.0, 170.0, 135.0][(house as i64).rem_euclid(3) as usize];
        let window =
            (3.0..7.0).contains(&(along % 10.0)) && ((16.0..22.0).contains(&v) || (27.0..33.0).contains(&v));
        let door = (8.0..12.0).contains(&along) && (36.0..44.0).contains(&v);
        // Brick, plaster and cobbles: a fine texture over everything.
        let texture = 9.0 * (u * 1.9).sin() * (v * 1.6).sin();
        texture
            + if v < 10.0 {
                200.0
            } else if v >= 44.0 {
                100.0
            } else if window || door {
                95.0
            } else {
                tone
            }
    };
    move |x, y| {
        let (cx, cy) = (SIZE.0 as f32 / 2.0, SIZE.1 as f32 / 2.0);
        let mut sum = 0.0;
        for (sx, sy) in (0..16).map(|s| (s % 4, s / 4)) {
            let (px, py) = (x as f32 + (sx as f32 + 0.5) / 4.0, y as f32 + (sy as f32 + 0.5) / 4.0);
            sum += at((px - cx) / zoom + cx + offset + shift, (py - cy) / zoom + cy) / 16.0;
        }
        if gray { [sum; 3] } else { [sum * 1.1, sum * 0.95, sum * 0.8] }
    }
}

/// The pan: half a pixel a frame.
fn pan(n: u32) -> f32 {
    0.5 * n as f32
}

/// A fireball bursting at frame 40 over a part of `picture`: a bright disc of radius 12 pixels
/// at once, growing to 15 over the next ten frames.
fn fireball(n: u32, picture: impl Fn(u32, u32) -> [f32; 3]) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let radius = if n < 40 { 0.0 } else { 12.0 + 0.3 * (n - 40).min(10) as f32 };
        let (dx, dy) = (x as f32 - 30.0, y as f32 - 22.0);
        if dx.hypot(dy) < radius { [250.0, 200.0, 120.0] } else { picture(x, y) }
    }
}

#[test]
fn a_cut_to_a_nearer_framing_out_of_a_pan_is_found() {
    // The nearer framing: 1.1 times closer, three pixels further along. Its change stands out
    // 5.5 times from the pan's, under a quiet cut's six, and 4.8 times from its neighbours';
    // the median cell changes 2.2 times more than in any frame of the pan.
    for gray in [false, true] {
        let signatures = (0..80).map(|n| {
            let (zoom, shift) = if n < 40 { (1.0, 0.0) } else { (1.1, 3.0) };
            frame(n, street(gray, zoom, shift, pan(n)))
        });
        let found = detect(signatures, 24.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_fireball_bursting_over_a_pan_is_no_cut() {
    // As much change as the cut to the nearer framing (5.2 times the pan's, 4.2 times its
    // neighbours'), but only where the fireball is: the median cell changes as in the pan.
    for gray in [false, true] {
        let found = detect((0..80).map(|n| frame(n, fireball(n, street(gray, 1.0, 0.0, pan(n))))), 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}
