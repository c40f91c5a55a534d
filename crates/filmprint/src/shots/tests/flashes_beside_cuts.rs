//! A cut next to a flash's edge (a police light pulsing on the frames just before or just after
//! it) is still a cut: the flash's change beside it does not count against it.

use super::*;

/// A blue light over the left half of the picture, as a police car's lights pulse.
fn blue_light(rgb: [f32; 3], x: u32) -> [f32; 3] {
    if x < SIZE.0 / 2 { [rgb[0] + 20.0, rgb[1] + 45.0, rgb[2] + 110.0].map(|c| c.min(255.0)) } else { rgb }
}

#[test]
fn cuts_beside_a_pulsing_light_are_found() {
    // A dim car park whose blue lights pulse on frames 37-38 and go off at 39, just before the
    // cut at 40 to the detective; at 70 it cuts back to the car park, its lights going on at
    // once at 71 (off at 73), and pulsing again over frames 100-101.
    for gray in [false, true] {
        let frames = (0..120u32).map(|n| {
            let shown = if (40..70).contains(&n) { 5 } else { 2 };
            let lit = matches!(n, 37 | 38 | 71 | 72 | 100 | 101);
            frame(n, move |x, y| {
                let rgb = scene(shown, gray)(x, y).map(|c| c * 0.5);
                if lit { blue_light(rgb, x) } else { rgb }
            })
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40, 70], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 2, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_at_the_second_frame_is_found() {
    // The frame before the cut is the film's first: it has no change of its own to weigh.
    for gray in [false, true] {
        let frames = (0..60u32).map(|n| frame(n, move |x, y| scene(if n < 1 { 2 } else { 5 }, gray)(x, y)));
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![1], "gray {gray}: {found:?}");
    }
}
