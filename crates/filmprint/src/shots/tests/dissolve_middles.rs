//! Dissolves found by their middle frame (`detect/halfway.rs`): one between shots lit by a
//! strobe, whose steps no run of raised differences holds, is found, short or long; the same
//! shots with no dissolve, and a panning shot under a flickering lamp, give nothing.

use super::*;

/// A colour strobe: a block of a quarter of the picture's width and height lit brightly,
/// somewhere new every frame.
pub(super) fn strobe(n: u32, x: u32, y: u32) -> f32 {
    let h =
        |k: u32| n.wrapping_add(k).wrapping_mul(0x9E37_79B1).rotate_left(11).wrapping_mul(0x85EB_CA77) >> 8;
    let (bx, by) = (h(1) % 4, h(7) % 4);
    if x / 24 == bx && y / 14 == by { 150.0 } else { 0.0 }
}

/// Frame `n` of scene 1 dissolving over `frames` frames from frame 56 into scene 8 (no
/// dissolve: `frames` 0), under a strobe.
fn strobed(n: u32, frames: u32) -> FrameSignature {
    let t = if frames == 0 { 0.0 } else { ((n as f32 - 55.0) / (frames + 1) as f32).clamp(0.0, 1.0) };
    frame(n, move |x, y| {
        mix(scene(1, false)(x, y), scene(8, false)(x, y), t).map(|c| (c + strobe(n, x, y)).min(255.0))
    })
}

#[test]
fn a_dissolve_under_a_strobe_is_found_by_its_middle() {
    let frames: Vec<FrameSignature> = (0..130).map(|n| strobed(n, 14)).collect();
    // The premise: under the strobe, the dissolve's frames change hardly more than the shot's.
    let median = |range: std::ops::Range<usize>| {
        let mut d: Vec<f32> = range.map(|n| frames[n].difference(&frames[n + 1])).collect();
        d.sort_by(f32::total_cmp);
        d[d.len() / 2]
    };
    let (dissolving, strobe) = (median(56..69), median(10..50));
    assert!(dissolving < 1.3 * strobe, "the test needs steps lost in the strobe: {dissolving} {strobe}");
    let found = super::slow_transitions::detect_checking_settled(frames);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    // The dissolve is frames 56 to 69; its span is found to within half the span.
    assert!(found[0].first.abs_diff(56) <= 4 && found[0].last.abs_diff(69) <= 4, "{:?}", found[0]);
    let found = detect((0..130).map(|n| strobed(n, 0)), 25.0);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_long_dissolve_under_a_strobe_is_found_by_a_longer_span() {
    // Over 34 frames, the change across the shortest span is hardly more than across the same
    // span beside it, which holds a quarter of the dissolve: only a longer span sees it.
    let found = super::slow_transitions::detect_checking_settled((0..150).map(|n| strobed(n, 34)).collect());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    // The dissolve is frames 56 to 89; what is found lies within it (to half the shortest span).
    assert!(found[0].first + 4 >= 56 && found[0].last <= 89 + 4, "{:?}", found[0]);
}

/// The lamp's gain on frame `n`: 0.85 to 1.15, at random from frame to frame.
fn lamp(n: u32) -> f32 {
    let h = n.wrapping_mul(0x9E37_79B1).rotate_left(13).wrapping_mul(0x85EB_CA77) >> 16;
    0.85 + (h % 101) as f32 / 333.0
}

#[test]
fn a_panning_shot_under_a_flickering_lamp_has_no_middle() {
    // Panning a pixel every other frame: the mean of two frames a span apart is near the one
    // between them, and the lamp may light them apart by chance; with the light taken out, the
    // change across the span is the shot's own.
    let frames = (0..130)
        .map(|n| frame(n, move |x, y| scene(1, false)(x + n / 2, y).map(|c| (c * lamp(n)).min(255.0))));
    let found = detect(frames, 25.0);
    assert!(found.is_empty(), "{found:?}");
}
