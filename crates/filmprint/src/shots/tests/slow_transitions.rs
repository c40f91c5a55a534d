//! The slow follower (`detect/slow.rs`): a dissolve whose frames change less than the shots'
//! grain does is found every few frames, where a slow pan is not; and boundaries still come
//! out in order, never before frames the detector has said are settled.

use super::*;
use crate::shots::detect::GRADUAL_LOW;

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
    let kinds: Vec<(Transition, u64)> = out.iter().map(|b| (b.transition, b.first)).collect();
    assert_eq!(kinds.len(), 4, "{out:?}");
    assert!(out.windows(2).all(|w| w[0].last < w[1].first), "{out:?}");
    assert_eq!(kinds[1], (Transition::Cut, 132));
    assert_eq!(kinds[3], (Transition::Cut, 250));
    assert_eq!((kinds[0].0, kinds[2].0), (Transition::Dissolve, Transition::Dissolve));
}
