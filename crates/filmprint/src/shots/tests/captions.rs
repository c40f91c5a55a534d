//! Subtitles and captions (`detect/flash.rs`, `signature/band.rs`): words appearing, changing
//! or going in a band across the bottom or the top of a shot that goes on are no cuts; credits
//! over black whose words change in that band are, and so is a cut with a subtitle on both
//! sides of it.

use super::*;

/// `picture` with a subtitle over it (white strokes on a dark box, `line` telling one line's
/// words from another's) across rows `rows` of the picture, when `line` is some.
fn subtitled(
    picture: impl Fn(u32, u32) -> [f32; 3],
    rows: std::ops::Range<u32>,
    line: Option<u32>,
) -> impl Fn(u32, u32) -> [f32; 3] {
    move |x, y| match line {
        Some(line) if rows.contains(&y) && (14..82).contains(&x) => {
            let stroke = y > rows.start
                && y + 1 < rows.end
                && ((x / 2).wrapping_mul(2_654_435_761).wrapping_add(line * 97) >> 7).is_multiple_of(3);
            if stroke { [240.0; 3] } else { [18.0; 3] }
        }
        _ => picture(x, y),
    }
}

#[test]
fn subtitles_and_captions_over_a_shot_are_no_cuts() {
    for gray in [false, true] {
        // A subtitle from frame 30, its next line from 45, gone at 60, a caption at the top from
        // 70 to 85; a cut at 100 (the caption is long gone by then).
        let frames = (0..130u32).map(|n| {
            let line = match n {
                30..45 => Some(1),
                45..60 => Some(2),
                _ => None,
            };
            let caption = (70..85).contains(&n).then_some(3);
            let shot = if n < 100 { 2 } else { 5 };
            frame(n, subtitled(subtitled(scene(shot, gray), 44..51, line), 3..10, caption))
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![100], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "gray {gray}: {found:?}");
    }
}

#[test]
fn a_cut_under_a_subtitle_and_credits_in_the_band_are_cuts() {
    for gray in [false, true] {
        // One subtitle over a cut at 40 (the rest of the picture changes), then credits over
        // black whose words, low in the frame, change at 80 and 110.
        let black = |_: u32, _: u32| [10.0; 3];
        let frames = (0..140u32).map(|n| match n {
            0..80 => frame(n, subtitled(scene(if n < 40 { 2 } else { 5 }, gray), 44..51, Some(1))),
            80..110 => frame(n, subtitled(black, 42..50, Some(4))),
            _ => frame(n, subtitled(black, 42..50, Some(5))),
        });
        let found = detect(frames, 25.0);
        assert_eq!(cuts(&found), vec![40, 80, 110], "gray {gray}: {found:?}");
        assert_eq!(found.len(), 3, "gray {gray}: {found:?}");
    }
}
