//! A colored light switched on over a shot and off again within two seconds (a UV lamp, an
//! alarm's red light) is no cut, though a tint that stays is one.

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
