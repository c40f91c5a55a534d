//! A colored light switched on over a shot and off again within two seconds (a UV lamp, an
//! alarm's red light) is no cut, though a tint that stays is one where it changes the
//! picture's edges (one that leaves them all in place is a wash: `detect/wash.rs`); nor is a
//! police car's light switched on to flash blue and red for longer (`detect/flash.rs`,
//! `starts_flashing`), though a cut into a shot under it is one.

use super::*;

/// The scene under a blue-violet light: red a little up, green down, blue far up (as FFmpeg's
/// `colorbalance=rs=0.15:gs=-0.25:bs=0.45` casts a clip).
fn under_uv(rgb: [f32; 3]) -> [f32; 3] {
    [(rgb[0] + 20.0).min(255.0), rgb[1] * 0.7, (rgb[2] + 90.0).min(255.0)]
}

/// The boundaries of a color scene under the light from frame 40 to frame `off` (exclusive),
/// cut to another scene at frame `cut`.
fn lit_until(off: u32, cut: u32) -> Vec<Boundary> {
    let frames = (0..120u32).map(|n| {
        let lit = (40..off).contains(&n);
        let shown = if n < cut { 2 } else { 5 };
        frame(n, move |x, y| {
            let rgb = scene(shown, false)(x, y);
            if lit { under_uv(rgb) } else { rgb }
        })
    });
    detect(frames, 24.0)
}

#[test]
fn a_tinted_light_switched_on_and_off_again_is_no_cut() {
    let found = lit_until(61, 120);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_tint_that_stays_or_goes_after_two_seconds_is_a_cut() {
    assert_eq!(cuts(&lit_until(120, 120)), vec![40]);
    assert_eq!(cuts(&lit_until(100, 120)), vec![40, 100]);
    // Cut away while the light is on: the tint held back is reported, before the cut.
    assert_eq!(cuts(&lit_until(120, 70)), vec![40, 70]);
}

/// A dark rooftop (`seed` dimmed by `dim`) with a police car's light from frame `from` on:
/// four frames blue, three red, over the lower left of the picture, and again; or, not
/// `flashing`, blue for four frames and red from then on.
fn police_light(seed: u32, dim: f32, n: u32, from: u32, flashing: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let rgb = scene(seed, false)(x, y).map(|c| c / dim);
        let near = (-((x as f32 - 20.0).hypot(y as f32 - 44.0)) / 30.0).exp();
        if n < from || near < 0.2 {
            return rgb;
        }
        let blue = if flashing { (n - from) % 7 < 4 } else { n - from < 4 };
        let glow = 60.0 * near;
        if blue {
            [rgb[0], rgb[1] + 0.3 * glow, rgb[2] + glow]
        } else {
            [rgb[0] + glow, rgb[1], rgb[2] + 0.2 * glow]
        }
    }
}

#[test]
fn a_police_light_switched_on_to_flash_is_no_cut() {
    let found = detect((0..110u32).map(|n| frame(n, police_light(3, 3.0, n, 40, true))), 24.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_light_switched_on_blue_then_to_a_steady_red_is_no_cut() {
    // No flash: the red stays, a tint that stays; but its glow, smooth over the picture,
    // leaves every edge where it was (`detect/wash.rs`). It was a cut until the fiftieth
    // round; a UV light that stays, which weakens the scene's edges, still is one.
    let found = detect((0..110u32).map(|n| frame(n, police_light(3, 3.0, n, 40, false))), 24.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cut_into_a_dark_shot_under_a_flashing_police_light_is_found() {
    // Both shots nearly black, so that the light's cast is most of the cut's change: only its
    // shapes, changed far more than the light's flashes change them, tell it from the light
    // switched on.
    let shot = |n: u32| if n < 40 { 3 } else { 8 };
    let found = detect((0..110u32).map(|n| frame(n, police_light(shot(n), 9.0, n, 40, true))), 24.0);
    assert_eq!(cuts(&found), vec![40], "{found:?}");
}

#[test]
fn a_light_cast_blue_then_steady_red_over_the_whole_scene_is_a_cut() {
    // A colored light over the whole scene that weakens its edges (as the UV light does): blue
    // for four frames, then red from then on, a tint that stays (one cut, the red taken with
    // the blue), no light flashing from color to color (`starts_flashing` asks that the light
    // flash: fails without it).
    let frames = (0..110u32).map(|n| {
        frame(n, move |x, y| {
            let rgb = scene(2, false)(x, y);
            match n {
                0..40 => rgb,
                40..44 => under_uv(rgb),
                _ => [(rgb[0] + 90.0).min(255.0), rgb[1] * 0.7, (rgb[2] + 20.0).min(255.0)],
            }
        })
    });
    let found = detect(frames, 24.0);
    assert_eq!(cuts(&found), vec![40], "{found:?}");
}
