//! Long dissolves found whole (`detect/whole.rs`): one of 20 frames under a strobe, between
//! shots of ten frames either side, whose steps are lost in the strobe and whose shots are too
//! short for the middle-frame test's long spans, is found, the cuts around it too; the same
//! shots cut together, with no dissolve, give the cuts only; a light coming up over the top of
//! a shot under the strobe, whose frames lie near mixes of its ends too but keep their
//! contrast, is no dissolve.

use super::*;

/// Frame `n`: scene 2 until the cut at 40, then scene 1 dissolving over frames 50 to 69 into
/// scene 8 (`dissolve` false: a cut at 60 instead) under a strobe, and scene 3 from the cut at
/// 80.
fn film(n: u32, dissolve: bool) -> FrameSignature {
    frame(n, move |x, y| match n {
        0..40 => scene(2, false)(x, y),
        40..80 => {
            let t = match dissolve {
                false => f32::from(u8::from(n >= 60)),
                true => ((n as f32 - 49.0) / 21.0).clamp(0.0, 1.0),
            };
            let strobe = super::dissolve_middles::strobe(n, x, y);
            mix(scene(1, false)(x, y), scene(8, false)(x, y), t).map(|c| (c + strobe).min(255.0))
        }
        _ => scene(3, false)(x, y),
    })
}

#[test]
fn a_long_dissolve_between_short_shots_under_a_strobe_is_found_whole() {
    let found = super::slow_transitions::detect_checking_settled((0..120).map(|n| film(n, true)).collect());
    assert_eq!(cuts(&found), [40, 80], "{found:?}");
    let dissolves: Vec<&Boundary> = found.iter().filter(|b| b.transition != Transition::Cut).collect();
    assert_eq!(dissolves.len(), 1, "{found:?}");
    // The dissolve is frames 50 to 69: found within a few frames of its ends.
    let (first, last) = (dissolves[0].first, dissolves[0].last);
    assert!(first.abs_diff(50) <= 4 && last.abs_diff(69) <= 4, "{first}-{last}");
}

#[test]
fn the_same_short_shots_cut_together_give_the_cuts_only() {
    let found = detect((0..120).map(|n| film(n, false)), 25.0);
    assert_eq!(cuts(&found), [40, 60, 80], "{found:?}");
    assert_eq!(found.len(), 3, "{found:?}");
}

/// Frame `n` of scene 1 under a strobe, its top half lit up four times over frames 40 to 70.
fn lit_up(n: u32) -> FrameSignature {
    frame(n, move |x, y| {
        let gain = if y < 27 { 1.0 + 3.0 * ((n as f32 - 40.0) / 30.0).clamp(0.0, 1.0) } else { 1.0 };
        let strobe = super::dissolve_middles::strobe(n, x, y);
        scene(1, false)(x, y).map(|c| (c * gain + strobe).min(255.0))
    })
}

#[test]
fn a_light_coming_up_over_part_of_a_shot_keeps_its_contrast_and_is_no_dissolve() {
    let frames: Vec<FrameSignature> = (0..140).map(lit_up).collect();
    // The premise: the top half lights up, so the window's ends differ.
    assert!(frames[40].difference(&frames[70]) > 0.05);
    let found = detect(frames, 25.0);
    assert!(found.is_empty(), "{found:?}");
}
