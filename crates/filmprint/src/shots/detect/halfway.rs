//! Dissolves found by their middle frame. Between shots that move, flicker, weave or are lit by
//! a light that changes on its own (strobes, headlights, snow blowing past), a dissolve's steps
//! are no larger than the shots' own change from frame to frame, or from one strided frame to
//! the next: no run of raised differences holds it, and neither `gradual.rs` nor `slow.rs`
//! sees it. Its middle frame still is the half-and-half mix of the frames a span (one of
//! [`SPANS`]) before and after it, once both lie in the shots it joins or in the dissolve; a
//! camera move, a flicker or a passing light puts no such mix halfway (the mean of two frames
//! of a move is a double image, not the frame between them); and the change across those
//! frames stands out from the same span's change in the shots on either side. This is a
//! centred form of the double chromatic difference (Yu, Bozdagi & Harrington 1997: a
//! dissolve's frames lie near the mean of a window's ends).
//! Reported, like the slow follower's, only where the frame-by-frame detector found nothing.

use std::collections::VecDeque;

use super::dim::is_lit_up;
use super::whole::{self, LENGTHS};
use super::{Boundary, FLAT, GRADUAL_MIN, ShotDetector, Transition, shifted_alike};
use crate::shots::signature::{FrameSignature, Mixing};

/// Frames between a dissolve's middle frame and the frames it is the mix of, shortest first:
/// half the longest dissolve found whole at each span (longer ones are found over their
/// middle frames). Over a dissolve of 30 frames the shortest span holds half its change, and
/// the same span beside it a quarter: between moving shots that need not stand out. A longer
/// span holds more of it, but needs more frames between the boundaries either side (six spans).
/// Shorter spans than 8 find more dissolves of 10 to 14 frames but as many false ones.
const SPANS: [usize; 5] = [8, 10, 12, 14, 16];
/// Frames looked at for a span: the span either side of the middle, and a span beyond each end
/// to measure the shots' own change over as many frames.
const fn frames(span: usize) -> usize {
    6 * span + 1
}
/// Frames kept: those the longest span looks at (more than a whole long dissolve needs).
const FRAMES: usize = frames(SPANS[SPANS.len() - 1]);
const _: () = assert!(whole::frames(LENGTHS[LENGTHS.len() - 1]) <= FRAMES);
/// The middle frame is at most this part of the change across the span from the half-and-half
/// mix of its ends. On the development clips the missed dissolves' middles reach 0.05 to 0.3;
/// frames inside a shot whose ends differ as much as a dissolve's are seldom under 0.3.
const HALFWAY: f32 = 0.3;
/// Between the span's first frame and the middle, and between the middle and its last frame,
/// the frames halfway hold at most and at least this share of the last frame (a dissolve's
/// share grows steadily; a cut just after the middle, one the frame-by-frame detector missed,
/// leaves the frames before it all with one share).
const QUARTER: f32 = 0.4;
/// The change across the span is at least this many times the change over as many frames of
/// the shot before and of the shot after: a dissolve's change is the shots', a camera move's
/// goes on.
const STANDS_OUT: f32 = 1.5;

/// A dissolve's first and last frames, as frame numbers and seconds.
type Ends = ((u64, f64), (u64, f64));

/// The frames since the last boundary found (at most [`FRAMES`]), and the dissolve in progress
/// at each span.
#[derive(Debug, Default)]
pub(super) struct Halfway {
    frames: VecDeque<(u64, f64, FrameSignature)>,
    dissolves: [Option<Ends>; SPANS.len()],
    /// The long dissolve found whole in progress: the best window over it so far (see
    /// `whole.rs`), with the times its change stands out.
    whole: Option<(f32, Ends)>,
}

impl Halfway {
    /// The earliest frame a dissolve found here may begin at: the first of those in progress,
    /// or half the shortest span before the first middle frame the frames looked at may still
    /// give (frames come in order, a frame number apart or more), whichever is earlier: a
    /// longer span's middle lags the shorter ones', so it may begin before one in progress.
    pub(super) fn earliest(&self) -> Option<u64> {
        let open = self.dissolves.iter().flatten().chain(self.whole.iter().map(|(_, ends)| ends));
        let span = SPANS[0];
        let next = self.frames.front().map(|f| f.0 + (3 * span - span / 2) as u64);
        // The next window tried whole ends at the next frame, its dissolve `frames - first`
        // frames before it (or, with too few frames yet, at least `first` from the front).
        let longest = whole::frames(LENGTHS[LENGTHS.len() - 1]);
        let (first, _) = whole::dissolve(LENGTHS[LENGTHS.len() - 1]);
        let newest = (self.frames.len() + 1).min(FRAMES);
        let index = (newest.saturating_sub(longest) + first) as u64;
        let whole_next = self.frames.front().map(|f| f.0 + index);
        open.map(|(first, _)| first.0).chain(next).chain(whole_next).min()
    }
}

impl ShotDetector {
    /// Takes the decided frame `seen[at]`; `restart` says a boundary was found there or just
    /// before (the frames before it say nothing of a dissolve after it).
    pub(super) fn follow_halfway(&mut self, at: usize, restart: bool) {
        if restart {
            self.close_halfway();
            self.slow.halfway.frames.clear();
        }
        let seen = &self.seen[at];
        let halfway = &mut self.slow.halfway;
        halfway.frames.push_back((seen.frame, seen.seconds, seen.signature.clone()));
        if halfway.frames.len() > FRAMES {
            halfway.frames.pop_front();
        }
        let mut ended = [None; SPANS.len()];
        for (k, &span) in SPANS.iter().enumerate() {
            let Some(offset) = halfway.frames.len().checked_sub(frames(span)) else { continue };
            let at = |i: usize| &halfway.frames[offset + i];
            if is_middle(span, |i| &at(i).2) {
                let (first, last) = (at(3 * span - span / 2), at(3 * span + span / 2));
                let last = (last.0, last.1);
                halfway.dissolves[k].get_or_insert(((first.0, first.1), last)).1 = last;
            } else {
                ended[k] = halfway.dissolves[k].take();
            }
        }
        let whole_ended = follow_whole(halfway);
        ended.into_iter().flatten().for_each(|dissolve| self.wait_halfway(dissolve, false));
        whole_ended.into_iter().for_each(|dissolve| self.wait_halfway(dissolve, true));
    }

    /// Ends the dissolves in progress, to be reported once the frame-by-frame detector is known
    /// to have found nothing over them.
    pub(super) fn close_halfway(&mut self) {
        let ended = std::mem::take(&mut self.slow.halfway.dissolves);
        let whole = self.slow.halfway.whole.take().map(|(_, ends)| ends);
        ended.into_iter().flatten().for_each(|dissolve| self.wait_halfway(dissolve, false));
        whole.into_iter().for_each(|dissolve| self.wait_halfway(dissolve, true));
    }

    fn wait_halfway(&mut self, ((first, first_s), (last, last_s)): Ends, found_whole: bool) {
        // A light switched on over a part of the picture (`dim.rs`), seen from the pictures
        // a span before and after it (the ends found here lie inside the dissolve, whose
        // mixes keep both pictures' edges), or as near as the frames kept go, but never from
        // inside it (a mix mostly of the new picture keeps the new picture's edges).
        let (frames, span) = (&self.slow.halfway.frames, SPANS[0] as u64);
        let before = frames.iter().find(|f| f.0 + span >= first).filter(|f| f.0 <= first).map(|f| &f.2);
        let after = frames.iter().rev().find(|f| f.0 <= last + span).filter(|f| f.0 >= last).map(|f| &f.2);
        if let (Some(before), Some(after)) = (before, after)
            && is_lit_up(before, after)
        {
            return;
        }
        self.wait(Boundary { first, last, first_s, last_s, transition: Transition::Dissolve }, found_whole);
    }
}

/// Tries the windows ending at the newest frame whole (`whole.rs`): keeps the best window of
/// the long dissolve in progress, and returns it once no window holds one.
fn follow_whole(halfway: &mut Halfway) -> Option<Ends> {
    let mut best: Option<(f32, Ends)> = None;
    for length in LENGTHS {
        let Some(offset) = halfway.frames.len().checked_sub(whole::frames(length)) else { continue };
        let at = |i: usize| &halfway.frames[offset + i];
        let Some(stands_out) = whole::whole_dissolve(length, |i| &at(i).2) else { continue };
        if best.is_none_or(|(score, _)| stands_out > score) {
            let (first, last) = whole::dissolve(length);
            best = Some((stands_out, ((at(first).0, at(first).1), (at(last).0, at(last).1))));
        }
    }
    match best {
        Some(window) => {
            if halfway.whole.is_none_or(|(score, _)| window.0 > score) {
                halfway.whole = Some(window);
            }
            None
        }
        None => halfway.whole.take().map(|(_, ends)| ends),
    }
}

/// Whether the middle of the `6 * span + 1` frames `picture` gives is a dissolve's middle frame.
fn is_middle<'a>(span: usize, picture: impl Fn(usize) -> &'a FrameSignature) -> bool {
    let (before, middle, after) = (picture(2 * span), picture(3 * span), picture(4 * span));
    let (start, end) = (picture(0), picture(6 * span));
    let across = before.difference(after);
    // Tested cheapest first: most frames are not a dissolve's middle.
    across >= GRADUAL_MIN
        && across >= STANDS_OUT * start.difference(before).max(after.difference(end))
        // ... and with each frame's mean lightness taken out: a flickering lamp may light the
        // span's ends apart by chance.
        && before.steady_difference(after)
            >= STANDS_OUT * start.steady_difference(before).max(after.steady_difference(end))
        && ![before, middle, after].into_iter().any(|p| p.is_flat(FLAT))
        && middle.distance_from_halfway(before, after) <= HALFWAY * across
        // A shaking or moving camera: shifted, the ends match (a dissolve's do not).
        && !shifted_alike(before, after)
        && {
            let share = |i: usize| picture(i).distance_from_mix(before, after, Mixing::Encoded).1;
            share(3 * span - span / 2) <= QUARTER && share(3 * span + span / 2) >= 1.0 - QUARTER
        }
}
