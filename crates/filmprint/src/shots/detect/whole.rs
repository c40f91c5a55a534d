//! Long dissolves found whole. A dissolve of 20 to 40 frames between shots of a second or two
//! escapes the other tests: each step is below the shots' own change, the middle-frame test
//! (`halfway.rs`) needs six spans of frames between the boundaries either side (a 16-frame
//! span needs 97), and its shorter spans see only a part of the dissolve, no larger than the
//! parts beside it, which lie in the dissolve too. Here a window of the dissolve's length is
//! tried whole: its end frames differ, far more than each differs from the frames a few
//! frames beyond it (the shots' own change), and the frames at its quarters lie near mixes of
//! its ends, a quarter, a half and three quarters of the way (the share of a dissolve grows
//! steadily; the frames of a camera move or a passing light lie near no mix), and the middle
//! frame's contrast dips below its ends' (two pictures mixed half and half average out each
//! other's variations; a light coming up over part of a shot keeps them). It needs only
//! the dissolve's length and six frames of each shot. This is the double chromatic difference
//! again (Yu, Bozdagi & Harrington 1997), tested on the whole transition at once, with the
//! shares measured rather than assumed. Reported, like the middle-frame test's, only where the
//! frame-by-frame detector found nothing, and replaced by a dissolve the other tests find over
//! it (their ends are closer than a window of a set length).

use super::shifted_alike;
use crate::shots::signature::{FrameSignature, Mixing};

/// Dissolve lengths tried, in frames (shorter ones are the frame-by-frame detector's and the
/// middle-frame test's).
pub(super) const LENGTHS: [usize; 5] = [20, 24, 30, 36, 40];
/// Frames of each shot beside the window, whose change the window's must stand out from.
const BESIDE: usize = 6;
/// The change between the window's ends is at least this (a fifth of the change across most
/// dissolves of the corpus; fainter ones are a shot's own change as often as not).
const ACROSS_MIN: f32 = 0.05;
/// The change between the ends is at least this many times each end's change over the frames
/// beside it, with and without each frame's mean lightness (a lamp may dim on its own).
const STANDS_OUT: f32 = 4.0;
/// Where the share of the window's last frame lies at the frames a quarter, a half and three
/// quarters of the way (a dissolve's grows steadily, and strictly).
const QUARTERS: [(f32, f32); 3] = [(0.05, 0.45), (0.25, 0.75), (0.55, 0.95)];
/// The quarter frames lie within this part of the change across from the mix of the ends.
const OFF_MIX: f32 = 0.45;

/// The middle frame's contrast (for its mean lightness) is at most this part of its ends'
/// mean: two pictures mixed half and half average out each other's variations (the variance
/// curve of Alattar 1993), while a face brightening or a camera move keeps the frames'
/// contrast (measured before the lightness was taken out: on the trailer such windows kept 0.99
/// to 1.03 of it; the corpus's dissolves found whole mostly 0.64 to 0.92).
const MIDDLE_DIP: f32 = 0.9;

/// Frames a window of `length` looks at.
pub(super) const fn frames(length: usize) -> usize {
    length + 2 * BESIDE + 1
}

/// Where the dissolve lies among the `frames(length)` frames: the indices of its first and last
/// frames (between the window's ends, the last frame of one shot and the first of the next).
pub(super) const fn dissolve(length: usize) -> (usize, usize) {
    (BESIDE + 1, BESIDE + length - 1)
}

/// Whether the `frames(length)` frames `picture` gives hold a whole dissolve of `length`
/// frames between the shots around it; if so, by how many times its change stands out from
/// theirs (the best of several windows over one dissolve is the one that fits it).
pub(super) fn whole_dissolve<'a>(
    length: usize,
    picture: impl Fn(usize) -> &'a FrameSignature,
) -> Option<f32> {
    let (first, last) = (picture(BESIDE), picture(BESIDE + length));
    let (before, after) = (picture(0), picture(2 * BESIDE + length));
    let across = first.difference(last);
    let beside = before.difference(first).max(last.difference(after));
    // Tested cheapest first: most windows hold no dissolve, and those over a hard cut pass the
    // first tests (the motion search, dearest, comes last).
    let middle = picture(BESIDE + length / 2);
    if across < ACROSS_MIN
        || across < STANDS_OUT * beside
        || first.steady_difference(last)
            < STANDS_OUT * before.steady_difference(first).max(last.steady_difference(after))
        // A fade through black or white is the frame-by-frame detector's.
        || [first, middle, last].into_iter().any(|p| p.is_flat(super::FLAT))
        || relative_contrast(middle) > MIDDLE_DIP * (relative_contrast(first) + relative_contrast(last)) / 2.0
    {
        return None;
    }
    let mut previous = 0.0;
    for (quarter, (low, high)) in QUARTERS.into_iter().enumerate() {
        let (off, share) =
            picture(BESIDE + (quarter + 1) * length / 4).distance_from_mix(first, last, Mixing::Encoded);
        if off > OFF_MIX * across || share < low || share > high || share <= previous {
            return None;
        }
        previous = share;
    }
    // A shaking or moving camera: shifted, the ends match (a dissolve's do not).
    if shifted_alike(first, last) {
        return None;
    }
    Some(across / beside.max(f32::EPSILON))
}

/// A frame's contrast for its mean lightness: a flickering lamp changes both alike.
fn relative_contrast(frame: &FrameSignature) -> f32 {
    frame.contrast() / frame.lightness().max(0.05)
}
