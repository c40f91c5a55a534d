//! Cuts between quiet pictures: a blizzard to a snowfield, both near white, or a bridge at night
//! to a dark river, changes the picture by less than the cut floor (`CUT_MIN`) but stands out
//! from both shots' own changes by far (`detect/evidence.rs`, `is_quiet_cut`); and a cut between
//! near-white pictures next to
//! letterbox bars that the crop left on (`FrameSignature::relit_agreement`). That a quiet cut's
//! shapes are weighed with the camera's move taken out is what a whip pan's last pixel of
//! creep after still frames needs (`light_and_long_shots.rs`).

use super::*;
use crate::frame::Picture;

/// A hash of a frame and a pixel, 0..1000.
fn speck(n: u32, x: u32, y: u32) -> u32 {
    let mut h = n.wrapping_mul(0x9E37_79B1) ^ x.wrapping_mul(0x85EB_CA77) ^ y.wrapping_mul(0xC2B2_AE3D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x2C1B_3C6D);
    h ^= h >> 13;
    h % 1000
}

/// A blizzard, hand-held: a near-white sky over a slightly greyer ground, the horizon
/// shaking a pixel up and down, snowflakes (a few in a hundred pixels) different every frame.
fn blizzard(n: u32, gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let horizon = 26 + (n % 3);
        let ground = if y >= horizon { 232.0 } else { 242.0 };
        let flake = match speck(n, x, y) {
            0..=15 => 12.0,
            16..=30 => -10.0,
            _ => 0.0,
        };
        let v = ground + flake;
        if gray { [v; 3] } else { [v - 3.0, v - 1.0, v + 4.0] }
    }
}

/// A snowfield under a white sky with a row of thin dark fence posts, still.
fn snowfield(gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let post = (5..7).contains(&(x % 16)) && (22..36).contains(&y);
        let v = if post {
            110.0
        } else if y >= 30 {
            236.0
        } else {
            246.0
        };
        if gray { [v; 3] } else { [v - 2.0, v - 1.0, v + 3.0] }
    }
}

#[test]
fn a_cut_from_a_blizzard_to_a_snowfield_is_found() {
    for gray in [false, true] {
        let signatures: Vec<FrameSignature> = (0..80)
            .map(|n| if n < 40 { frame(n, blizzard(n, gray)) } else { frame(n, snowfield(gray)) })
            .collect();
        let found = detect(signatures, 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
    }
}

/// Between black bars (rows 0-9 and 44-53, which a crop would have taken off): a dark tree on
/// near white, or a faint pole, a pale box and a grey strip of ground along the lower bar.
fn letterboxed(tree: bool, gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let v = if !(10..44).contains(&y) {
            0.0
        } else if tree {
            let trunk = (60..62).contains(&x) && (14..32).contains(&y);
            if trunk { 120.0 } else { 244.0 }
        } else if x == 30 && (16..26).contains(&y) {
            170.0
        } else if (50..90).contains(&x) && (34..40).contains(&y) {
            215.0
        } else if y >= 40 {
            200.0
        } else {
            244.0
        };
        if gray || v == 0.0 { [v; 3] } else { [v - 2.0, v, v + 2.0] }
    }
}

#[test]
fn a_cut_between_near_white_shots_beside_letterbox_bars_is_found() {
    for gray in [false, true] {
        let found = detect((0..80).map(|n| frame(n, letterboxed(n < 40, gray))), 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
    }
}

#[test]
fn a_tripod_knocked_in_the_snow_is_no_cut() {
    // The snowfield held still, knocked two pixels aside at frame 40 and still again: one
    // frame's change of shapes standing alone, as a cut's does, but shifted back the frame
    // matches the last.
    for gray in [false, true] {
        let shift = |n: u32| if n >= 40 { 2 } else { 0 };
        let found = detect((0..80).map(|n| frame(n, move |x, y| snowfield(gray)(x + shift(n), y))), 25.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

/// Frame `number` of `pixel` under a digital camera's fine noise: half the film grain of `frame`.
fn digital(number: u32, pixel: impl Fn(u32, u32) -> [f32; 3]) -> FrameSignature {
    FrameSignature::of(&Picture::from_fn(SIZE.0, SIZE.1, |x, y| {
        let rgb = pixel(x, y);
        std::array::from_fn(|c| {
            (rgb[c] + 0.5 * grain(number, x, y, c as u32)).round().clamp(0.0, 255.0) as u8
        })
    }))
}

/// A bridge at night: a dark sky over darker water, a row of dim lamps along the deck and the
/// railing's posts under them (in color, a cold teal-blue night).
fn bridge(gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let lamp = x % 16 == 8 && (18..20).contains(&y);
        let post = x % 16 == 8 && (20..34).contains(&y);
        let v = if lamp {
            90.0
        } else if post {
            30.0
        } else if y < 34 {
            16.0
        } else {
            12.0
        };
        if gray { [v; 3] } else { [v * 0.8, v * 0.9, v * 1.4] }
    }
}

/// A dark river: near-black water with thin streaks of reflected light on it.
fn river(gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let streak = x % 12 == 4 && (24..50).contains(&y);
        let v = if streak { 30.0 } else { 13.0 };
        if gray { [v; 3] } else { [v * 0.8, v * 0.9, v * 1.4] }
    }
}

#[test]
fn a_cut_between_two_dark_night_shots_is_found() {
    // Both pictures nearly black: the cut changes them by 0.014, under the quiet cut's old
    // floor of 0.015, though nine times the camera noise's change from frame to frame.
    for gray in [false, true] {
        let found = detect(
            (0..80).map(|n| if n < 40 { digital(n, bridge(gray)) } else { digital(n, river(gray)) }),
            25.0,
        );
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
    }
}
