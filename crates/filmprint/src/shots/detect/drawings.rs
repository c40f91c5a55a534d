//! Animation drawn on twos or threes. Each drawing is held for two or three frames, so a shot
//! that moves changes only on every second or third frame, and by all of its motion at once:
//! around such a change the frames differ by their grain alone, and the change stands out from
//! its neighbourhood's median as a cut's does. The drawings before and after it changed as
//! much, the same number of frames away: in held animation the shot's usual change is the
//! change from one drawing to the next, and a cut must stand out from that. The same holds for a
//! picture still but for a part that changes on a beat of a few frames (a quote board's digits,
//! a departure board, a display): each change stands out from the grain around it.
//! The price: cuts between still shots of no more than a hold's length each, one after the
//! other (a montage of fifth-of-a-second shots), look like held drawings too.

use super::ShotDetector;

/// Frames a drawing may be held: on twos, threes or fours; and five, as a board of digits or
/// a display that changes five or so times a second while the rest of the picture holds still.
const HELD_FOR: [usize; 4] = [2, 3, 4, 5];
/// The frames a drawing is held differ by at most this part of the change between drawings.
const HELD: f32 = 0.2;
/// A cut on a drawing's frame changes the picture by at least this many times the drawings'
/// change before and after it (their figures move, a cut changes everything). In the anime of
/// the development clips (on threes, measured on 64×36 frames), new drawings change it by 0.8
/// to 1.2 times as much as the ones before and after them, its cuts by 5 times and more.
const DRAWN_RATIO: f32 = 2.0;

impl ShotDetector {
    /// Whether the change into `seen[at]` (its `difference`) is a new drawing of held
    /// animation: for one of the holds, the changes that many frames before and after it are
    /// more than a [`DRAWN_RATIO`]th of it, and the frames between hold still. At the film's first
    /// and last frames, the side there is.
    pub(super) fn is_new_drawing(&self, at: usize, difference: f32) -> bool {
        let change = |i: usize| self.seen[i].difference;
        let frames = 1..self.seen.len();
        HELD_FOR.iter().any(|&hold| {
            let sides = [at.checked_sub(hold), Some(at + hold)];
            let Some(drawings) =
                sides.into_iter().flatten().filter(|i| frames.contains(i)).map(change).reduce(f32::min)
            else {
                return false;
            };
            DRAWN_RATIO * drawings > difference
                && (at.saturating_sub(hold) + 1..at + hold)
                    .filter(|&i| i != at && frames.contains(&i))
                    .all(|i| change(i) <= HELD * drawings)
        })
    }
}
