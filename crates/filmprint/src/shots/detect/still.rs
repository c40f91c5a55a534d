//! A light switched on over a still picture (a lamp, a porch light): it comes up over a few
//! frames, and those frames are mixes of the picture unlit and lit, as a short dissolve's are.
//! Where only part of the picture changes (the lamp's corner of the room, the porch), the
//! tests of a change of light over the whole picture (`dim.rs`) do not see it. But the picture
//! was still before it and stays still after it: one shot, one new light. A dissolve between
//! two shots found this short is the middle of a longer one, whose frames around it keep
//! changing, or the shots move. So a dissolve of at most [`SWITCH_FRAMES`] frames out of a
//! picture held still for [`STILL_FRAMES`] (or out of a shot that already showed the picture it
//! ends on: a light flickering before it comes on; or still but for a flicker of its light, an
//! oil lamp's before it is blown out) is held back, and dropped when the picture after it stays
//! as still for as long. The detector's window of a few frames cannot see that
//! far. Only a change that is mostly light (as [`FLASH_SHARE`] asks, no cast outweighing it):
//! a soft cut of a few frames between two still pictures of a like lightness stays a dissolve.

use super::{Boundary, ShotDetector, flash::FLASH_SHARE};
use crate::shots::signature::FrameSignature;

/// A light comes up over at most this many frames (a quarter of a second at 24 frames a
/// second). True dissolves between still pictures are longer: at 8 frames one of the
/// development clips' (8 frames) is dropped, at 12 those of 10 to 12 frames on V, X, Y
/// and AA.
pub(super) const SWITCH_FRAMES: u64 = 6;

/// The picture is held still for this many frames before the change and after it.
pub(super) const STILL_FRAMES: u64 = 8;

/// Held still: every frame within this part of the dissolve's difference of the picture. On
/// the clips to AD, the two lights this drops: at most 0.026 before (the way they flicker on
/// counted) and 0.016 after; the short dissolves of the true transitions, 0.13 before (a
/// dissolve's middle whose first frames look like its end) and, among those still before,
/// 0.26 after.
const STILL_SHARE: f32 = 0.1;

/// Or held still but for a flickering light (an oil lamp's flame before it is blown out): its
/// light taken out, within [`STILL_SHARE`] of the dissolve's difference, and its mean lightness
/// within this part of the dissolve's change of it (on AQ's oil lamp, 0.18 at most; the frames
/// before the last steps of a fade found short, which brighten towards its end, 0.54 to 0.85
/// on AJ's 216).
const FLICKER_SHARE: f32 = 0.3;

/// A short dissolve out of a still picture, held back while the picture after it may move.
#[derive(Debug)]
pub(super) struct Still {
    dissolve: Boundary,
    /// The picture the dissolve ended on.
    after: FrameSignature,
    /// How far the dissolve took the picture.
    difference: f32,
    /// How far it took the picture's mean lightness.
    light: f32,
}

impl ShotDetector {
    /// The first frame of the dissolve held back, if any: boundaries after it wait for it.
    pub(super) fn still_from(&self) -> Option<u64> {
        self.still.as_ref().map(|still| still.dissolve.first)
    }

    /// Takes a dissolve from `before` to `after` in hand if it spans at most
    /// [`SWITCH_FRAMES`], its change is mostly light ([`FLASH_SHARE`] of it at least, more
    /// than any cast) and the picture was still before it: the [`STILL_FRAMES`] frames
    /// before it, in the same shot, are all `before` (within [`STILL_SHARE`] of the
    /// dissolve's difference, but for a flicker: `is_held`), or one of the twice as many
    /// before it already showed `after`.
    /// Returns whether it did; otherwise the dissolve is reported as usual.
    pub(super) fn take_still(
        &mut self,
        dissolve: Boundary,
        before: &FrameSignature,
        after: &FrameSignature,
    ) -> bool {
        if dissolve.last - dissolve.first + 1 > SWITCH_FRAMES {
            return false;
        }
        let difference = after.difference(before);
        let light = (after.lightness() - before.lightness()).abs();
        if light < FLASH_SHARE * difference || after.cast_difference(before) > light {
            return false;
        }
        let allowed = STILL_SHARE * difference;
        // The frames of the shot before the dissolve, twice as many as it must be held still.
        let (held_still, shown) = {
            let shot = self.remembered().filter(|&(frame, _)| {
                frame < dissolve.first
                    && frame + 2 * STILL_FRAMES >= dissolve.first
                    && self.last_cut.is_none_or(|cut| frame >= cut)
            });
            let held = shot.clone().filter(|&(frame, _)| frame + STILL_FRAMES >= dissolve.first);
            let held_still = held.clone().count() >= STILL_FRAMES as usize
                && held.clone().all(|(_, signature)| is_held(signature, before, allowed, light));
            let shown = shot.clone().any(|(_, signature)| signature.difference(after) <= allowed);
            (held_still, shown)
        };
        if !held_still && !shown {
            return false;
        }
        self.release_still();
        self.still = Some(Still { dissolve, after: after.clone(), difference, light });
        true
    }

    /// Reports the dissolve held back as soon as `seen[at]` has moved away from the picture it
    /// ended on (more than [`STILL_SHARE`] of its difference, but for a flicker: `is_held`),
    /// or drops it once that picture has stayed for [`STILL_FRAMES`] frames.
    pub(super) fn follow_still(&mut self, at: usize) {
        let Some(still) = &self.still else { return };
        let seen = &self.seen[at];
        if seen.frame <= still.dissolve.last {
            return;
        }
        if !is_held(&seen.signature, &still.after, STILL_SHARE * still.difference, still.light) {
            self.release_still();
        } else if seen.frame >= still.dissolve.last + STILL_FRAMES {
            self.still = None;
        }
    }

    /// Reports the dissolve held back as the dissolve it is.
    pub(super) fn release_still(&mut self) {
        self.found.extend(self.still.take().map(|still| still.dissolve));
    }
}

/// Whether `frame` is `picture` held still: within `allowed` of it, or so with the change of
/// mean lightness taken out and that change within [`FLICKER_SHARE`] of the dissolve's `light`.
fn is_held(frame: &FrameSignature, picture: &FrameSignature, allowed: f32, light: f32) -> bool {
    frame.difference(picture) <= allowed
        || (frame.steady_difference(picture) <= allowed
            && (frame.lightness() - picture.lightness()).abs() <= FLICKER_SHARE * light)
}
