//! An intertitle in a silent film: a cut from a landscape to white words on black, and, a
//! second later, a cut to another landscape in the same sepia tones. Into the words the light
//! goes as a power cut's does (`is_lights_down`): the cut is held back while the lights may
//! come back (`detect/tint.rs`). The landscape after comes within a tenth of the change of the
//! one before in color, but its shapes are others: both cuts stand.

use super::*;

/// A sepia landscape: a sky lightening to the horizon over darker ground, under a fine
/// texture (three pixels light, three dark) in rows (`rows`) or in columns. The two textures
/// average alike over the color grid's cells; the structure grid tells them apart.
fn landscape(rows: bool) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| {
        let light = if y < SIZE.1 / 2 { 150.0 + y as f32 * 2.0 } else { 90.0 };
        let texture = if (if rows { y } else { x } / 3).is_multiple_of(2) { 25.0 } else { -25.0 };
        let l = light + texture;
        [l * 1.1, l * 0.95, l * 0.75].map(|c| c.min(255.0))
    }
}

/// White words on black, in a line.
fn words(x: u32, y: u32) -> [f32; 3] {
    let line = (24..30).contains(&y);
    let stroke =
        line && (16..80).contains(&x) && ((x / 2).wrapping_mul(2_654_435_761) >> 7).is_multiple_of(3);
    if stroke { [230.0, 215.0, 190.0] } else { [14.0, 12.0, 9.0] }
}

#[test]
fn cuts_into_an_intertitle_and_out_to_a_like_landscape_are_found() {
    let frames: Vec<FrameSignature> = (0..110)
        .map(|n| match n {
            0..40 => frame(n, landscape(true)),
            40..70 => frame(n, words),
            _ => frame(n, landscape(false)),
        })
        .collect();
    // The landscapes are alike in color, within a tenth of the change out of the words...
    let (before, after) = (&frames[39], &frames[70]);
    assert!(after.difference(before) < 0.1 * after.difference(&frames[69]), "{}", after.difference(before));
    // ... but not in structure.
    assert!(after.structure_difference(before) > 0.05, "{}", after.structure_difference(before));
    let found = detect(frames, 24.0);
    assert_eq!(cuts(&found), vec![40, 70], "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
}
