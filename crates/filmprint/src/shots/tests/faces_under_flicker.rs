//! Two faces before one painted curtain, cut from one to the other under an old print's
//! flickering lamp: the cut changes the picture little more than the flicker does from frame
//! to frame, and with the flicker's light taken out it changes it by less than the cut floor
//! (`CUT_MIN`) but far more than any other frame (`detect/evidence.rs`,
//! `cut_under_flicker`); and the flicker's ups and downs make it look like a flash that
//! comes back, which with the light taken out it is not (`is_steady_flash`).

use super::*;

/// A curtain's folds (vertical stripes of light and shade) and a face in the middle: an oval
/// of skin with a dark band of hair or a crown over it, eyes and a mouth; `who` moves them.
fn face_before_curtain(who: u32, gray: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let fold = 110.0 + 25.0 * ((x as f32) / 3.0).sin();
        let (cx, top, hair) =
            if who == 0 { (44.0, 12.0, [60.0, 45.0, 30.0]) } else { (52.0, 16.0, [190.0, 180.0, 160.0]) };
        let (dx, dy) = ((x as f32 - cx) / 12.0, (y as f32 - 30.0) / 16.0);
        let rgb = if dx * dx + dy * dy <= 1.0 {
            let eye = (y as f32 - 26.0).abs() < 1.5 && ((x as f32 - cx).abs() - 5.0).abs() < 1.5;
            let mouth = (y as f32 - 36.0 - who as f32 * 2.0).abs() < 1.0 && (x as f32 - cx).abs() < 4.0;
            if (y as f32) < top + 6.0 {
                hair
            } else if eye || mouth {
                [50.0, 30.0, 30.0]
            } else {
                [200.0, 160.0, 130.0]
            }
        } else {
            [fold, fold * 0.5, fold * 0.4]
        };
        if gray { [0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]; 3] } else { rgb }
    }
}

#[test]
fn a_cut_between_two_faces_under_a_flickering_lamp_is_found() {
    // The lamp's gain jumps at random by up to 10 % either way from frame to frame.
    let gain = |n: u32| 1.0 + 0.1 * grain(n, 3, 5, 11) / 4.0;
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..80)
            .map(|n| {
                frame(n, move |x, y| face_before_curtain(u32::from(n >= 40), gray)(x, y).map(|c| c * gain(n)))
            })
            .collect();
        // The hard case: with the light taken out the cut is under the floor, and it differs
        // from the frame before less than three times the median of the flicker's differences.
        let step = |n: usize| frames[n].difference(&frames[n - 1]);
        let mut around: Vec<f32> = (34..47).filter(|&n| n != 40).map(step).collect();
        around.sort_by(f32::total_cmp);
        assert!(frames[40].steady_difference(&frames[39]) < CUT_MIN, "gray {gray}");
        assert!(step(40) < CUT_RATIO * around[around.len() / 2], "gray {gray}: {} {around:?}", step(40));
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
