//! Animation on twos and threes, and pictures held for five frames (`detect/drawings.rs`): a
//! figure drawn anew every second, third or fifth frame, jumping across the picture, changes
//! nothing in between; its jumps are no cuts, and a cut between two such shots is still found
//! to the frame.

use super::*;

/// Frame `n` of a shot of scene `seed` whose figure (a light disc) is drawn anew every `hold`
/// frames, somewhere else each time.
fn drawn(n: u32, seed: u32, hold: u32, gray: bool) -> FrameSignature {
    let drawing = n / hold;
    let (cx, cy) = ((drawing * 37 % 80 + 8) as f32, (drawing * 23 % 38 + 8) as f32);
    frame(n, move |x, y| {
        let inside = (x as f32 - cx).hypot(y as f32 - cy) < 14.0;
        if inside { [235.0, 225.0, if gray { 225.0 } else { 120.0 }] } else { scene(seed, gray)(x, y) }
    })
}

#[test]
fn a_drawing_held_for_two_three_or_five_frames_is_no_cut() {
    for (hold, gray) in [(2, false), (3, false), (3, true), (5, false), (5, true)] {
        let frames = (0..120).map(|n| if n < 60 { drawn(n, 1, hold, gray) } else { drawn(n, 4, hold, gray) });
        let found = detect(frames, 24.0);
        assert_eq!(cuts(&found), vec![60], "on {hold}s, gray {gray}: {found:?}");
        assert_eq!(found.len(), 1, "on {hold}s, gray {gray}: {found:?}");
    }
}
