//! Camera moves whose frames pass for mixes: between the picture before a short pan and the
//! picture after it, each cell of the coarse grid changes steadily as the edges cross it, as it
//! would in a dissolve; shifted, the two pictures match, as a dissolve's never do (`gradual.rs`).

use super::*;
use crate::shots::detect::transition_held;

/// Scene `seed` panned by `offset(n)` pixels at frame `n`, with the motion blur of a shutter
/// open for the whole frame (five samples of the move).
pub(super) fn panned(
    n: u32,
    seed: u32,
    gray: bool,
    offset: impl Fn(f32) -> f32,
) -> impl Fn(u32, u32) -> [f32; 3] {
    let shifts: Vec<u32> = (0..5).map(|s| offset(n as f32 + (s as f32 - 2.0) / 5.0).round() as u32).collect();
    move |x, y| {
        let mut sum = [0.0f32; 3];
        for &shift in &shifts {
            let rgb = scene(seed, gray)(x + shift, y);
            (0..3).for_each(|c| sum[c] += rgb[c] / shifts.len() as f32);
        }
        sum
    }
}

/// A move of `total` pixels over `frames` frames from frame 30, easing in and out.
fn eased(total: u32, frames: u32) -> impl Fn(f32) -> f32 + Copy {
    move |t| {
        let t = ((t - 30.0) / frames as f32).clamp(0.0, 1.0);
        total as f32 * t * t * (3.0 - 2.0 * t)
    }
}

#[test]
fn a_short_pan_from_rest_to_rest_is_no_dissolve() {
    // Moves of 12 to 48 pixels over 6 to 12 frames (an eighth to half the frame's width).
    for gray in [false, true] {
        for (total, frames) in [(12, 6), (16, 8), (24, 8), (24, 12), (36, 12), (48, 12)] {
            let move_by = eased(total, frames);
            let found = detect((0..80).map(|n| frame(n, panned(n, 3, gray, move_by))), 25.0);
            assert!(found.is_empty(), "gray {gray}, {total} pixels over {frames} frames: {found:?}");
        }
    }
}

#[test]
fn a_run_through_a_swish_pan_and_a_dissolve_holds_the_dissolve() {
    // Scene A swishes 12 pixels over frames 30..=35 and then dissolves into scene B over
    // frames 36..=45, B still or panning a pixel a frame; the run of raised differences holds
    // both (numbered from 1 at frame 31). The swish's first frames pass for mixes of the
    // picture before them and frame 33, which, shifted, matches it: the run holds the
    // dissolve instead (by its dip in contrast, or as a mix from the frame before it).
    let move_by = eased(12, 6);
    for b_speed in [0, 1] {
        let at = |n: u32| {
            let t = ((n as f32 - 35.0) / 10.0).clamp(0.0, 1.0);
            frame(n, move |x, y| {
                mix(panned(n, 3, false, move_by)(x, y), scene(9, false)(x + b_speed * n, y), t)
            })
        };
        let held = transition_held(at(30), (31..=46).map(at).collect());
        let (first, last) = held.unwrap_or_else(|| panic!("B panning {b_speed}: no transition held"));
        assert!(first <= 7 && last >= 14, "B panning {b_speed}: {first}..={last}");
    }
}
