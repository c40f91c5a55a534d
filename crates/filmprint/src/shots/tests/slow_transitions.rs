//! The slow follower (`detect/slow.rs`): a dissolve whose frames change less than the shots'
//! grain does is found every few frames, where a slow pan is not; and boundaries still come
//! out in order, never before frames the detector has said are settled.

use super::*;
use crate::shots::detect::{DIP_DARKER, DIP_DARKER_MIN, GRADUAL_LOW, GRADUAL_MIN, STRIDED_DIP};

/// Scene A, a dissolve over `frames` frames starting at 40 into scene B, then B held; grain on
/// every frame.
fn slow_dissolve(frames: u32, total: u32) -> impl Iterator<Item = FrameSignature> {
    (0..total).map(move |n| {
        let t = ((n as f32 - 39.0) / (frames + 1) as f32).clamp(0.0, 1.0);
        frame(n, move |x, y| mix(scene(1, false)(x, y), scene(8, false)(x, y), t))
    })
}

#[test]
fn a_dissolve_too_slow_to_see_from_frame_to_frame_is_found_every_few_frames() {
    // 90 frames of dissolve: each frame changes less than the gradual floor, so no run of
    // raised differences forms frame by frame; four frames apart, the change stands out.
    let frames: Vec<FrameSignature> = slow_dissolve(90, 200).collect();
    let step = frames[80].difference(&frames[81]);
    assert!(step < GRADUAL_LOW, "the test needs steps under the floor, not {step}");
    let found = detect(frames, 25.0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].transition, Transition::Dissolve);
    // Within a stride of its ends (the mix is seen every four frames).
    assert!(found[0].first.abs_diff(40) <= 4 && found[0].last.abs_diff(129) <= 4, "{:?}", found[0]);
}

#[test]
fn a_slow_pan_is_no_slow_dissolve() {
    // A still shot starts panning, 2 pixels a frame, for six seconds: every four frames the
    // picture moves on as much as a slow dissolve changes it, and more than while it stood
    // still, but its frames are no mixes of where the pan started and ended.
    let frames: Vec<FrameSignature> = (0..200u32)
        .map(|n| {
            let offset = 2 * n.saturating_sub(40).min(150);
            frame(n, move |x, y| scene(3, false)(x + offset, y))
        })
        .collect();
    // The premise: four frames apart, the pan's change is raised against the still frames'.
    let (still, panning) = (frames[20].difference(&frames[24]), frames[100].difference(&frames[104]));
    assert!(panning >= GRADUAL_LOW.max(2.0 * still), "the test needs a raised pan: {still} {panning}");
    let found = detect(frames, 25.0);
    // What the slow follower reports spans three strides at least (12 frames); the
    // frame-by-frame detector's take on the pan's first frames is not the subject here.
    assert!(found.iter().all(|b| b.last - b.first < 12), "{found:?}");
}

/// The boundaries of `signatures` pushed one frame at a time, each checked to come out after
/// the last frame said to be settled, which never goes back.
pub(super) fn detect_checking_settled(signatures: Vec<FrameSignature>) -> Vec<Boundary> {
    let mut detector = ShotDetector::new();
    let (mut out, mut settled) = (Vec::new(), 0);
    for (n, signature) in signatures.into_iter().enumerate() {
        for boundary in detector.push(n as u64, n as f64 / 25.0, signature) {
            assert!(
                boundary.first >= settled,
                "{boundary:?} came out after frames to {settled} were settled"
            );
            out.push(boundary);
        }
        assert!(detector.settled_before() >= settled, "settled went back");
        settled = detector.settled_before();
    }
    out.extend(detector.finish());
    out
}

#[test]
fn boundaries_come_out_in_order_and_never_before_what_was_settled() {
    // A slow dissolve (frames 40..=129), a cut two frames after it (found while the slow
    // dissolve still waits for the frames after it, so held back), a short dissolve, another
    // cut: pushed one frame at a time, every boundary comes out after the last frame said to
    // be settled, in order.
    let mut signatures: Vec<FrameSignature> = slow_dissolve(90, 132).collect();
    signatures.extend((132..180).map(|n| frame(n, scene(4, false))));
    signatures.extend((180..250).map(|n| {
        let t = ((n as f32 - 189.0) / 13.0).clamp(0.0, 1.0);
        frame(n, move |x, y| mix(scene(4, false)(x, y), scene(6, false)(x, y), t))
    }));
    signatures.extend((250..290).map(|n| frame(n, scene(9, false))));
    let out = detect_checking_settled(signatures);
    let kinds: Vec<(Transition, u64)> = out.iter().map(|b| (b.transition, b.first)).collect();
    assert_eq!(kinds.len(), 4, "{out:?}");
    assert!(out.windows(2).all(|w| w[0].last < w[1].first), "{out:?}");
    assert_eq!(kinds[1], (Transition::Cut, 132));
    assert_eq!(kinds[3], (Transition::Cut, 250));
    assert_eq!((kinds[0].0, kinds[2].0), (Transition::Dissolve, Transition::Dissolve));
}

/// A hand-held camera's offset for frame `n` (up to 4 pixels across and 3 down, swaying back
/// and forth every few frames).
fn shake(n: u32) -> (u32, u32) {
    let sway = |speed: f32, phase: f32, reach: f32| {
        (reach * (0.5 + 0.5 * (n as f32 * speed + phase).sin())).round() as u32
    };
    (sway(0.9, 0.0, 4.0), sway(1.3, 1.0, 3.0))
}

#[test]
fn a_dissolve_between_shaking_shots_is_found_by_its_dip_in_contrast() {
    // Two hand-held shots dissolve over frames 40..=71: every frame jumps with the camera, so
    // no frame is a mix of the dissolve's ends and no run of raised differences forms; the
    // contrast still falls towards the middle and rises again.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..140u32)
            .map(|n| {
                let t = ((n as f32 - 39.0) / 33.0).clamp(0.0, 1.0);
                let (dx, dy) = shake(n);
                frame(n, move |x, y| mix(scene(4, gray)(x + dx, y + dy), scene(6, gray)(x + dx, y + dy), t))
            })
            .collect();
        // The premise: the two pictures' light varies independently enough for the mix to
        // lose contrast (a mix of like pictures keeps it, and has no dip to find).
        let contrast = |n: usize| frames[n].contrast();
        assert!(contrast(56) <= 0.75 * contrast(36).min(contrast(76)), "gray {gray}: no dip");
        // Pushed one frame at a time: the dip is found frames after it began, which must
        // not have been said to be settled.
        let found = detect_checking_settled(frames);
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        let dissolve = found[0];
        // Inside the dissolve, give or take a stride (the dip's ends are strided frames where
        // the contrast has fallen or risen enough).
        assert!(dissolve.first + 4 >= 40 && dissolve.last <= 71 + 4, "gray {gray}: {dissolve:?}");
        assert!(dissolve.last - dissolve.first >= 12, "gray {gray}: {dissolve:?}");
    }
}

#[test]
fn a_shaking_shot_is_no_dissolve() {
    // Each of the two hand-held shots alone: its contrast wavers, but does not dip.
    for (seed, gray) in [(4, false), (6, false), (4, true), (6, true)] {
        let frames: Vec<FrameSignature> = (0..140u32)
            .map(|n| {
                let (dx, dy) = shake(n);
                frame(n, move |x, y| scene(seed, gray)(x + dx, y + dy))
            })
            .collect();
        let found = detect(frames, 25.0);
        assert!(found.is_empty(), "scene {seed}, gray {gray}: {found:?}");
    }
}

#[test]
fn frames_a_contrast_dip_may_still_claim_are_not_settled() {
    // A still, grainy shot, no boundary and no run: a dissolve's dip could still be found over
    // the last 48 frames (it is reported only once the contrast has risen again), so the
    // frames said to be settled stay that far behind the frames decided, and the pictures of a
    // dissolve found later are not given to the shot before it.
    let mut detector = ShotDetector::new();
    for n in 0..120u32 {
        assert!(detector.push(u64::from(n), f64::from(n) / 25.0, frame(n, scene(4, false))).is_empty());
    }
    let decided = 119 - WINDOW.max(FLASH_FRAMES) as u64;
    let settled = detector.settled_before();
    assert!(settled + 44 <= decided, "settled before {settled}, decided to {decided}");
}

/// Scene 9, then from a cut at frame 40 a hand-held shot (scene 4) whose light dips at once
/// (a gain down to 0.7 at 52 and back by 68, as a film's flicker or a failing lamp does) while
/// a lamp turned into the lens blooms at one place over frames 52..=68 and dies away by 84.
fn glare_while_the_light_dips(gray: bool) -> Vec<FrameSignature> {
    (0..140u32)
        .map(|n| {
            if n < 40 {
                return frame(n, scene(9, gray));
            }
            // Up from 0 at `from` to 1 at `to` (down, when `to` is before `from`).
            let ramp = |from: f32, to: f32| ((n as f32 - from) / (to - from)).clamp(0.0, 1.0);
            let gain = 1.0 - 0.3 * if n < 52 { ramp(40.0, 52.0) } else { ramp(68.0, 52.0) };
            let bloom = if n < 68 { ramp(52.0, 68.0) } else { ramp(84.0, 68.0) };
            let (dx, dy) = shake(n);
            frame(n, move |x, y| {
                let glow = 255.0 * bloom * (-((x as f32 - 60.0).hypot(y as f32 - 20.0)) / 20.0).exp();
                scene(4, gray)(x + dx, y + dy).map(|c| c * gain + glow)
            })
        })
        .collect()
}

#[test]
fn a_glare_blooming_while_the_light_dips_is_no_dissolve() {
    // Four frames apart, the contrast falls with the light and rises again with the bloom, as
    // a dissolve's dips towards its middle (found over 44..=68), and the light dips too little
    // from frame to frame for a run to form; but the lowest frame is darker than both ends,
    // which no mix of two pictures is: the shot's light dipped (AX's 302, a searchlight's glare
    // at night under a flickering light).
    for gray in [false, true] {
        let frames = glare_while_the_light_dips(gray);
        // The premise: over 44..=68 a dip of the contrast deep enough, its ends apart, and its
        // low darker than both ends by as much as the detector asks.
        let contrast = |n: usize| frames[n].contrast();
        assert!(contrast(52) <= STRIDED_DIP * contrast(44).min(contrast(68)), "gray {gray}: no dip");
        assert!(frames[44].difference(&frames[68]) >= GRADUAL_MIN, "gray {gray}: ends alike");
        let darker = frames[44].lightness().min(frames[68].lightness());
        let below = darker - frames[52].lightness();
        assert!(below > DIP_DARKER * darker && below >= DIP_DARKER_MIN, "gray {gray}: {below} below");
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), [40], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
