//! Dissolves found by their middle frame. Between shots that move, flicker, weave or are lit by
//! a light that changes on its own (strobes, headlights, snow blowing past), a dissolve's steps
//! are no larger than the shots' own change from frame to frame, or from one strided frame to
//! the next: no run of raised differences holds it, and neither `gradual.rs` nor `slow.rs`
//! sees it. Its middle frame still is the half-and-half mix of the frames [`SPAN`] before and
//! after it, once both lie in the shots it joins; a camera move, a flicker or a passing light
//! puts no such mix halfway (the mean of two frames of a move is a double image, not the frame
//! between them); and the change across those frames stands out from the same span's change in
//! the shots on either side. This is a centred form of the double chromatic difference (Yu,
//! Bozdagi & Harrington 1997: a dissolve's frames lie near the mean of a window's ends).
//! Reported, like the slow follower's, only where the frame-by-frame detector found nothing.

use std::collections::VecDeque;

use super::{Boundary, FLAT, GRADUAL_MIN, SPAN_MOVE_EXPLAINS, ShotDetector, Transition};
use crate::shots::signature::{FrameSignature, Mixing};

/// Frames between a dissolve's middle frame and the frames it is the mix of: half the longest
/// dissolve found whole this way (longer ones are found over their middle frames).
const SPAN: usize = 8;
/// Frames looked at: the span either side of the middle, and a span beyond each end to measure
/// the shots' own change over as many frames.
const FRAMES: usize = 6 * SPAN + 1;
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

/// The frames since the last boundary found (at most [`FRAMES`]), and the dissolve in progress
/// (the first and last frames of its span, as frame numbers and seconds).
#[derive(Debug, Default)]
pub(super) struct Halfway {
    frames: VecDeque<(u64, f64, FrameSignature)>,
    dissolve: Option<((u64, f64), (u64, f64))>,
}

impl Halfway {
    /// The earliest frame a dissolve found here may begin at: the one in progress's first, or
    /// half a span before the first middle frame the frames looked at may still give (frames
    /// come in order, a frame number apart or more).
    pub(super) fn earliest(&self) -> Option<u64> {
        let next = self.frames.front().map(|f| f.0 + (3 * SPAN - SPAN / 2) as u64);
        self.dissolve.map(|(first, _)| first.0).or(next)
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
        if halfway.frames.len() < FRAMES {
            return;
        }
        let picture = |i: usize| &halfway.frames[i].2;
        let (before, middle, after) = (picture(2 * SPAN), picture(3 * SPAN), picture(4 * SPAN));
        let across = before.difference(after);
        let either_side = picture(0).difference(before).max(after.difference(picture(FRAMES - 1)));
        // ... and with each frame's mean lightness taken out: a flickering lamp may light the
        // span's ends apart by chance.
        let steady_side =
            picture(0).steady_difference(before).max(after.steady_difference(picture(FRAMES - 1)));
        let is_middle = across >= GRADUAL_MIN
            && across >= STANDS_OUT * either_side
            && before.steady_difference(after) >= STANDS_OUT * steady_side
            && ![before, middle, after].into_iter().any(|p| p.is_flat(FLAT))
            && middle.distance_from_halfway(before, after) <= HALFWAY * across
            // A shaking or moving camera: shifted, the ends match (a dissolve's do not).
            && SPAN_MOVE_EXPLAINS * before.moved_structure_difference(after) > before.structure_difference(after)
            && {
                let share = |i: usize| picture(i).distance_from_mix(before, after, Mixing::Encoded).1;
                share(3 * SPAN - SPAN / 2) <= QUARTER && share(3 * SPAN + SPAN / 2) >= 1.0 - QUARTER
            };
        if !is_middle {
            self.close_halfway();
            return;
        }
        let at = |i: usize| (halfway.frames[i].0, halfway.frames[i].1);
        let (first, last) = (at(3 * SPAN - SPAN / 2), at(3 * SPAN + SPAN / 2));
        let dissolve = halfway.dissolve.get_or_insert((first, last));
        dissolve.1 = last;
    }

    /// Ends the dissolve in progress, to be reported once the frame-by-frame detector is known
    /// to have found nothing over it.
    pub(super) fn close_halfway(&mut self) {
        let Some(((first, first_s), (last, last_s))) = self.slow.halfway.dissolve.take() else { return };
        self.wait(Boundary { first, last, first_s, last_s, transition: Transition::Dissolve });
    }
}
