//! Muzzle flashes in a dark shot: single lit frames every few frames, the shot dark between
//! them. A cut out of the dark frames after a flash into a lit shot is no return from a dark
//! flash to the lit frame before it (`detect/flash.rs`, `is_flash`: the frame a dark flash
//! comes back to must not be lit by a flash of its own).

use super::*;

/// Scene `seed` moving `speed` pixels a frame to the left (wrapping round), lit by `gain`.
fn moving(n: u32, seed: u32, gray: bool, speed: u32, gain: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| scene(seed, gray)((x + n * speed) % SIZE.0, y).map(|c| c * gain)
}

#[test]
fn a_cut_out_of_a_dark_shot_lit_by_muzzle_flashes_is_found() {
    for gray in [false, true] {
        // A dark corridor (a third of its light), a muzzle flash lighting it at frames 42, 45,
        // 48 and 51; the dark frames 52 and 53; a cut at 54 into another shot, lit as the flashes
        // light the corridor, the camera shaking (moving 3 pixels a frame).
        let frames: Vec<FrameSignature> = (0..90u32)
            .map(|n| match n {
                0..54 => {
                    let lit = n >= 42 && (n - 42) % 3 == 0;
                    frame(n, moving(n, 2, gray, 0, if lit { 0.95 } else { 0.35 }))
                }
                _ => frame(n, moving(n, 6, gray, 3, 0.95)),
            })
            .collect();
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![54], "gray {gray}: {found:?}");
    }
}
