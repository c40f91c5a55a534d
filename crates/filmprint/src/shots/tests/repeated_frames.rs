//! A stuttering camera: a walk towards a house filmed at a lower rate and brought up to the
//! film's by repeating frames, irregularly (a frame rate converted, a camera dropping and
//! doubling frames). Between the repeats nothing changes, so each step of the walk stands out
//! from a neighbourhood's median as a cut does; the repeated frames say nothing of how fast the
//! shot moves (`detect/evidence.rs`). (A walk three times as fast still makes a false cut: a
//! step of it beside a repeat passes for a cut in motion, as the camera-move test only shifts
//! frames and a zoom's step is no shift; looking past the repeat there cost a true cut of the
//! development clips, into anime drawn on twos.)

use super::*;

/// A picture of fine detail (windows of 4 by 3 pixels over scene `seed`'s blocks), as seen
/// zoomed in by `zoom` about its centre and shifted `shift` pixels across.
fn facade(seed: u32, gray: bool, zoom: f32, shift: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let (cx, cy) = (SIZE.0 as f32 / 2.0, SIZE.1 as f32 / 2.0);
        let sx = cx + (x as f32 - cx) / zoom + shift;
        let sy = cy + (y as f32 - cy) / zoom;
        let (ux, uy) = (sx.max(0.0) as u32, sy.max(0.0) as u32);
        let rgb = scene(seed, gray)(ux, uy);
        let window = ux % 7 < 4 && uy % 6 < 3;
        if window { rgb.map(|c| c * 0.3) } else { rgb }
    }
}

/// The source frame shown at frame `n`: the walk's frames are shown once, twice or three
/// times, irregularly (two frames of three on average).
fn shown(n: u32) -> u32 {
    const REPEATS: [u32; 8] = [1, 2, 1, 3, 2, 1, 2, 2];
    let mut source = 0;
    let mut at = 0;
    while at + REPEATS[source as usize % REPEATS.len()] <= n {
        at += REPEATS[source as usize % REPEATS.len()];
        source += 1;
    }
    source
}

/// Frame `n` of a walk towards facade `seed`, shown as [`shown`] says.
fn walk(n: u32, seed: u32, gray: bool) -> FrameSignature {
    let s = shown(n);
    let (zoom, shift) = (1.0 + 0.006 * s as f32, 1.5 * (s as f32 * 0.9).sin());
    // A repeated frame repeats its grain too.
    frame(s, facade(seed, gray, zoom, shift))
}

#[test]
fn a_walk_whose_frames_repeat_is_no_cut_and_a_cut_out_of_it_is_found() {
    // Without leaving the repeats out, a step of the walk is taken for a cut (frame 98, in
    // color).
    for gray in [false, true] {
        let walk_on = (0..100).map(|n| walk(n, 5, gray));
        let found = detect(walk_on, 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
        let cut_away = (0..110).map(|n| if n < 60 { walk(n, 5, gray) } else { frame(n, scene(9, gray)) });
        let found = detect(cut_away, 24.0);
        assert_eq!(cuts(&found), vec![60], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
