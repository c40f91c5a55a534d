//! A light that flickers before it goes out for good (a bulb in a power cut, a lamp running
//! out of oil): the frame it goes out on is a picture the shot already showed a moment before,
//! when the light first failed for a frame or two and came back: the change repeats one the
//! shot made and undid. A cut brings a picture the shot has not shown, or not out of this one.
//! Apart from the flash tests (`flash.rs`), which look for the picture from before the change
//! to come back: here it never does.

use super::evidence::LightOut;
use super::{FLASH_FRAMES, ShotDetector};
use crate::shots::signature::FrameSignature;

/// The picture is looked for up to this many frames before the change (two thirds of a second
/// at 24 frames a second: a bulb failing flickers for a moment before it goes; AP's 256 went
/// out six frames after its flicker).
const FLICKER_FRAMES: u64 = 16;

impl ShotDetector {
    /// The frame of a picture the same shot showed from [`FLASH_FRAMES`] + 2 to
    /// [`FLICKER_FRAMES`] frames before `seen[at]` (nearer ones are the flash and passing
    /// tests') that the change into `seen[at]` (its `difference`), mostly one of light, repeats:
    /// the frame before `seen[at]` is the one before that picture, and `seen[at]` is that
    /// picture, each as nearly as those tests ask of a picture back
    /// ([`ShotDetector::back_within`], under a flickering `light` with it taken out); the
    /// latest if several. A change the shot already made, and undid: a light's. A cut to a
    /// shot that looks like this one a moment before (smoke drifting off a battlefield as the
    /// cut comes) lands on a picture shown, but out of another; a glimpse of the next shot cut
    /// in a moment before it (a flash cut) shows another picture than a light going out does.
    pub(super) fn shown_before(&self, at: usize, difference: f32, light: Option<LightOut>) -> Option<u64> {
        if !self.is_mostly_light(at) {
            return None;
        }
        let (now, last) = (&self.seen[at], &self.seen[at - 1]);
        let (allowed, apart) = self.back_within(at, difference, light);
        let shot: Vec<(u64, &FrameSignature)> = self
            .remembered()
            .filter(|&(earlier, _)| {
                earlier + FLICKER_FRAMES + 1 >= now.frame && self.last_cut.is_none_or(|cut| earlier >= cut)
            })
            .collect();
        shot.windows(2)
            .filter(|pair| {
                let ((before, out_of), (earlier, picture)) = (pair[0], pair[1]);
                before + 1 == earlier
                    && earlier + FLASH_FRAMES as u64 + 2 <= now.frame
                    && apart(picture, &now.signature) < allowed
                    && apart(out_of, &last.signature) < allowed
            })
            .map(|pair| pair[1].0)
            .last()
    }
}
