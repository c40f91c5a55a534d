//! Things passing close to the lens (a passer-by, a vehicle, a flag, a tape glitch, an arc's
//! glare): they change the picture as a cut does, but the picture from before them comes back.
//! Apart from the flash tests (`flash.rs`) because they ask nothing of the light, only that the
//! picture is back nearly as it was.

use std::ops::Range;

use super::evidence::LightOut;
use super::flash::{PASSED_MOST, PASSED_RETURN};
use super::{FLASH_FRAMES, ShotDetector};
use crate::shots::signature::FrameSignature;

/// The picture from before something passing close to the lens (a passer-by, a vehicle, a
/// flag) is looked for up to this many frames before the step where it leaves at once, as a
/// cut would change the picture: it may have covered a part of the picture for up to 15 frames
/// (some two thirds of a second at 24 frames a second).
const PASSING_FRAMES: u64 = 16;
/// Every frame since that picture differed from it by at least this many times what
/// [`ShotDetector::is_passing`] allows for the picture's return (on the clips to AJ: 3.1 to 5.5
/// for things passing, 0.5 for a cut back into a near-still close-up a moment earlier)...
const PASSING_COVER: f32 = 2.0;
/// ... and the frame before the step kept at least this share of the picture's cells that are
/// not black...
const PASSING_KEPT: f32 = 0.5;
/// ... within this of what they were (an Oklab distance: grain and the shot's own motion move a
/// cell a little; on the clips to AJ, 0.71 to 0.83 of them for things passing).
const PASSING_ALIKE: f32 = 0.04;

impl ShotDetector {
    /// Whether `seen[at]` is in the middle of something passing by (an object close to the
    /// lens, a tape glitch, an arc's glare), whatever its light: a picture from the frames
    /// before it is back, nearly as it was, in one of the frames from it on, at most
    /// [`FLASH_FRAMES`] + 1 frames later. Nearly: within [`PASSED_RETURN`] of the candidate's
    /// difference (at most [`PASSED_MOST`]) besides the shot's own change from frame to frame,
    /// with a flickering `light` taken out as the candidate was found ([`Self::back_within`]).
    /// Far stricter than the flash test's return, which allows for the motion over the frames
    /// between and so needs the light's rise and fall to tell a flash from a cut. Or something
    /// that passed for longer has left the picture ([`Self::has_passed_over`]).
    pub(super) fn is_passing(&self, at: usize, difference: f32, light: Option<LightOut>) -> bool {
        let (allowed, apart) = self.back_within(at, difference, light);
        let later = at..(at + FLASH_FRAMES + 1).min(self.seen.len());
        let quick = (at.saturating_sub(FLASH_FRAMES)..at).any(|earlier| {
            later
                .clone()
                .filter(|&l| l - earlier <= FLASH_FRAMES + 1)
                .any(|l| apart(&self.seen[earlier].signature, &self.seen[l].signature) < allowed)
        });
        quick || self.has_passed_over(at, allowed, later, apart)
    }

    /// How near a picture must be to one from before the change into `seen[at]` (its
    /// `difference`) to be that picture back, and how the two are compared: within
    /// [`PASSED_RETURN`] of the change (at most [`PASSED_MOST`]) besides the shot's usual change
    /// from frame to frame, as [`FrameSignature::difference`] measures them. Under a flickering
    /// light (`light`, as [`ShotDetector::cut_under_flicker`] found the change), with the light
    /// taken out the same way: light and all, the flicker's own changes (the usual change)
    /// would let any picture of a dim shot pass for the one before.
    pub(super) fn back_within(
        &self,
        at: usize,
        difference: f32,
        light: Option<LightOut>,
    ) -> (f32, impl Fn(&FrameSignature, &FrameSignature) -> f32 + use<>) {
        let (difference, usual) = match light {
            Some(out) => (out.of()(&self.seen[at]), self.usual(at, out.of())),
            None => (difference, self.usual_change(at)),
        };
        let apart = move |a: &FrameSignature, b: &FrameSignature| match light {
            Some(out) => out.between(a, b),
            None => a.difference(b),
        };
        ((PASSED_RETURN * difference).min(PASSED_MOST) + usual, apart)
    }

    /// Whether something close to the lens that covered a part of the picture for longer than
    /// a flash lasts (a passer-by, a vehicle, a flag) has left it at `seen[at]`. The latest
    /// picture of the same shot, from [`FLASH_FRAMES`] + 1 to [`PASSING_FRAMES`] frames before
    /// (the quick test of [`Self::is_passing`] looks at the nearer ones), that is back in one of
    /// the `later` frames (within `allowed`, as the quick test asks, the pictures compared by
    /// `apart`) was covered in every frame since ([`PASSING_COVER`]), but only in part: the
    /// frame before `at` kept at least half of it ([`PASSING_KEPT`], cell by cell, light and
    /// all). Only the step out: a thing that came in at once, in a step taken
    /// for a cut, belongs to another shot. A cut back to a near-still shot after a moment's jump
    /// finds its picture in the frames just before (uncovered); one back after a short insert
    /// finds nothing of it in the insert.
    fn has_passed_over(
        &self,
        at: usize,
        allowed: f32,
        later: Range<usize>,
        apart: impl Fn(&FrameSignature, &FrameSignature) -> f32,
    ) -> bool {
        let frame = self.seen[at].frame;
        let shot: Vec<(u64, &FrameSignature)> = self
            .remembered()
            .filter(|&(earlier, _)| {
                earlier < frame
                    && earlier + PASSING_FRAMES >= frame
                    && self.last_cut.is_none_or(|cut| earlier >= cut)
            })
            .collect();
        let Some(back) = shot.iter().rposition(|&(earlier, picture)| {
            earlier + (FLASH_FRAMES as u64) < frame
                && later.clone().any(|l| apart(picture, &self.seen[l].signature) < allowed)
        }) else {
            return false;
        };
        let picture = shot[back].1;
        let covered =
            shot[back + 1..].iter().all(|(_, between)| apart(between, picture) >= PASSING_COVER * allowed);
        covered && self.seen[at - 1].signature.share_alike(picture, PASSING_ALIKE) >= PASSING_KEPT
    }
}
