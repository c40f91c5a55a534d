//! A band before a backdrop whose colored wash switches at once, twice in the shot (`detect/wash.rs`):
//! every edge stays where it was, so neither switch is a cut, though in color each is a cast
//! larger than most cuts' changes, and in black and white a small step of light too small for
//! the relit test to compare the shapes of. A jump cut in a still scene keeps most edges too,
//! but changes only where something moved.

use super::*;

/// The wash over the backdrop from frame `n`: teal, red from frame 30, blue from frame 46.
fn wash(n: u32) -> [f32; 3] {
    match n {
        0..30 => [0.0, 80.0, 100.0],
        30..46 => [200.0, 10.0, 0.0],
        _ => [10.0, 40.0, 210.0],
    }
}

/// The band on a stage: four black figures (a body 8 pixels wide and a head) standing on a
/// pale edge of the stage, before a backdrop of `color` brighter towards its middle, and the
/// dark stage below.
fn stage(gray: bool, color: [f32; 3]) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let figure = [16.0, 34.0, 52.0, 70.0].iter().any(|&at| {
            let body = (at..at + 8.0).contains(&fx) && (20.0..36.0).contains(&fy);
            let head = (fx - at - 4.0).hypot(fy - 16.0) < 3.5;
            body || head
        });
        let rgb = if figure {
            [8.0, 6.0, 8.0]
        } else if y == 36 {
            [230.0, 190.0, 170.0]
        } else if y > 36 {
            [20.0, 10.0, 16.0]
        } else {
            let glow = 1.0 + 0.4 * (-((fx - 48.0).powi(2) + (fy - 12.0).powi(2)) / 600.0).exp();
            color.map(|c| (c * glow).min(255.0))
        };
        if gray { [0.3 * rgb[0] + 0.59 * rgb[1] + 0.11 * rgb[2]; 3] } else { rgb }
    }
}

#[test]
fn a_backdrop_wash_switching_color_is_no_cut() {
    for gray in [false, true] {
        let found = detect((0..80).map(|n| frame(n, stage(gray, wash(n)))), 24.0);
        assert!(found.is_empty(), "gray {gray}: {found:?}");
    }
}

/// A wall of bricks, each 8 by 4 pixels in one of three tones and every other row offset by
/// half a brick, with a dark figure (a body 5 pixels wide and a head) standing at `at`.
fn wall(gray: bool, at: f32) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let row = y / 4;
        let brick = (x + 4 * (row % 2)) / 8;
        let mortar = y % 4 == 0 || (x + 4 * (row % 2)) % 8 == 0;
        let tone = if mortar { 200.0 } else { [120.0, 140.0, 105.0][((brick + row) % 3) as usize] };
        let body = (at..at + 5.0).contains(&fx) && (26.0..44.0).contains(&fy);
        let head = (fx - at - 2.5).hypot(fy - 22.0) < 2.5;
        let l = if body || head { 30.0 } else { tone };
        if gray { [l; 3] } else { [l * 1.1, l * 0.9, l * 0.75] }
    }
}

#[test]
fn a_jump_cut_in_a_still_scene_is_found() {
    // The figure is somewhere else at once: most of the wall's edges stay, both ways (in
    // color enough to pass for a wash: the spread asked keeps it a cut), but the rest of the
    // wall does not change.
    for gray in [false, true] {
        let found = detect((0..80).map(|n| frame(n, wall(gray, if n < 40 { 20.0 } else { 66.0 }))), 24.0);
        assert_eq!(cuts(&found), vec![40], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}
