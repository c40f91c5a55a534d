//! Lights that fail inside a shot: a hall's lights failing for ten frames while the camera
//! pans on and coming back over a picture the pan moved on (`detect/tint.rs`, the shot's own
//! drift); an oil lamp whose flame flickers and is blown out over a few frames
//! (`detect/still.rs`, a picture held still but for its light); a bulb that fails for a frame,
//! comes back and goes out for good, or comes back again later (`detect/flicker.rs`). None is
//! a boundary; a cut out of the dark, or after a glimpse of the next shot, still is one.

use super::camera_moves::panned;
use super::*;

/// Scene 4 panned a third of a pixel a frame, its lights down to a fifth (and a little glow) over `off`;
/// from frame `cut` on, scene 9 (lit).
fn hall(n: u32, gray: bool, off: std::ops::Range<u32>, cut: u32) -> FrameSignature {
    if n >= cut {
        return frame(n, scene(9, gray));
    }
    let dark = off.contains(&n);
    let picture = panned(n, 4, gray, |t| t / 3.0);
    frame(n, move |x, y| {
        let rgb = picture(x, y);
        if dark { rgb.map(|c| c * 0.2 + 4.0) } else { rgb }
    })
}

#[test]
fn lights_failing_over_a_pan_and_back_are_no_cut() {
    for gray in [false, true] {
        // Off over 40..50: ten frames on, the pan has moved the picture three pixels, and its
        // shapes differ from those before the dark by more than the lights' return allowed
        // before the pan's own drift counted (cuts at 40 and 50 without it).
        let found = detect((0..100).map(|n| hall(n, gray, 40..50, 100)), 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
        // Out of the dark into another scene: a cut (in gray the lights going off are then a
        // cut too, as in `lights_back.rs`).
        let found = detect((0..100).map(|n| hall(n, gray, 40..100, 50)), 24.0);
        assert!(cuts(&found).contains(&50), "gray {gray}: {found:?}");
    }
}

/// A dark room (scene 2 at `base` of its light) lit by an oil lamp's flame at (30, 22), a
/// bright tongue of fire whose glow spreads a little way around it, at `flame` of its light;
/// the whole picture at `flicker` of its light.
fn lamp_lit(n: u32, gray: bool, base: f32, flame: f32, flicker: f32) -> FrameSignature {
    frame(n, move |x, y| {
        let (dx, dy) = (x as f32 - 30.0, y as f32 - 22.0);
        let tongue = if (dx / 3.0).hypot(dy / 6.0) <= 1.0 { 230.0 } else { 0.0 };
        let glow = 0.8 * (-dx.hypot(dy) / 9.0).exp();
        scene(2, gray)(x, y).map(|c| ((c * (base + glow * flame) + tongue * flame) * flicker).min(255.0))
    })
}

#[test]
fn an_oil_lamp_flickering_and_blown_out_is_no_dissolve() {
    // The flame flickers (the room's light up to 8 % off its level from frame to frame) until
    // frame 40, then goes out over four frames, the room's own light sinking with it, and
    // stays out but for a last flicker of its wick at 47; at 80 a cut to another room.
    // Without the flicker's allowance the picture before the lamp goes out is not held
    // still, nor the one after it, and its four frames are a dissolve.
    for gray in [false, true] {
        let frames: Vec<FrameSignature> = (0..110u32)
            .map(|n| {
                if n >= 80 {
                    return frame(n, scene(6, gray));
                }
                let out = ((n as f32 - 39.0) / 4.0).clamp(0.0, 1.0);
                let flicker = match n {
                    ..40 => 1.0 + 0.08 * [0.0, 1.0, -0.6, 0.4, -1.0, 0.7][n as usize % 6],
                    47 => 1.1,
                    _ => 1.0,
                };
                lamp_lit(n, gray, 0.4 - 0.15 * out, 1.0 - out, flicker)
            })
            .collect();
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![80], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_bulb_failing_for_a_frame_then_for_good_is_no_cut() {
    // A room's bulb fails for one frame at 34 (a fifth of its light left), comes back, and
    // goes out for good at 40; at 80 a cut to another room. The change at 40 repeats the one
    // at 34, onto the picture shown then (a cut at 40 without `flicker.rs`).
    let room =
        |n: u32, gray: bool, left: f32| frame(n, move |x, y| scene(2, gray)(x, y).map(|c| c * left + 4.0));
    // The bulb out at 34 and from 40 until `back`; from 80, another room.
    let failing = move |gray: bool, back: u32| {
        (0..110u32).map(move |n| match n {
            80.. => frame(n, scene(6, gray)),
            34 => room(n, gray, 0.2),
            40.. if n < back => room(n, gray, 0.2),
            _ => room(n, gray, 1.0),
        })
    };
    for gray in [false, true] {
        let found = detect(failing(gray, 110), 24.0);
        assert_eq!(cuts(&found), vec![80], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
        // The same, but the bulb comes back at 60 after all: no cut either (one at 60
        // without the failure held as the lights down are).
        let found = detect(failing(gray, 60), 24.0);
        assert_eq!(cuts(&found), vec![80], "gray {gray}, back: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}, back: {found:?}");
        // A glimpse of the next shot at 34 (a flash cut), then the cut to it at 40: not a
        // change of light, and still a cut. (One to a next shot that differs from this one
        // mostly in light would be taken for the bulb: a known limit.)
        let frames = (0..110u32).map(|n| match n {
            34 | 40.. => frame(n, scene(9, gray)),
            _ => room(n, gray, 1.0),
        });
        let found = detect(frames, 24.0);
        assert!(cuts(&found).contains(&40), "gray {gray}: {found:?}");
    }
}
