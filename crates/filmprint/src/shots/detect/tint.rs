//! A colored light switched on over a shot and off again (a UV lamp over a canvas, an alarm's
//! red light, a police car's blue held for a moment). Under it the frames keep their shapes
//! but take a cast, and a tint that stays is a cut to another grade of the shot, so the
//! change in is reported as a cut (`flash.rs`). When the cast goes again within
//! [`TINT_FRAMES`] and the picture from before it is back, both changes were the light's:
//! neither is a cut. The cut in is held back until then: the detector's window of a few
//! frames cannot see that far.

use super::{Boundary, FLASH_RETURN, ShotDetector};
use crate::shots::signature::FrameSignature;

/// A tinted light is switched off within this many frames of being switched on (two seconds at
/// 24 frames a second), or the tint stays (a cut).
pub(super) const TINT_FRAMES: u64 = 48;

/// A cut into a tint of the picture before it, held back while the tint may still go again.
#[derive(Debug)]
pub(super) struct Tint {
    cut: Boundary,
    /// The last frame before the tint.
    before: FrameSignature,
}

impl ShotDetector {
    /// The first frame of the tint held back, if any: boundaries after it wait for it.
    pub(super) fn tint_from(&self) -> Option<u64> {
        self.tint.as_ref().map(|tint| tint.cut.first)
    }

    /// Whether the cut candidate `seen[at]`, a change of tint, switches off the tinted light
    /// held back: within [`TINT_FRAMES`] of it, the picture from before the tint is back within
    /// [`FLASH_RETURN`] of the change's difference (plus the shot's usual change from frame to
    /// frame, once: a lamp over a still scene, not a camera carrying it on).
    pub(super) fn ends_tint(&self, at: usize) -> bool {
        let Some(tint) = &self.tint else { return false };
        let seen = &self.seen[at];
        let allowed = FLASH_RETURN * seen.difference + self.usual_change(at);
        seen.frame <= tint.cut.first + TINT_FRAMES && seen.signature.difference(&tint.before) < allowed
    }

    /// Holds back `cut`, into a tint of the picture before it (`seen[at - 1]`), reporting any
    /// tint held before it: that one stayed.
    pub(super) fn hold_tint(&mut self, cut: Boundary, at: usize) {
        self.release_tint();
        self.tint = Some(Tint { cut, before: self.seen[at - 1].signature.clone() });
    }

    /// Reports the tint held back as the cut it is (the tint stayed, or a cut came first).
    pub(super) fn release_tint(&mut self) {
        self.found.extend(self.tint.take().map(|tint| tint.cut));
    }

    /// Reports the tint held back once `frame` is too late to switch it off.
    pub(super) fn expire_tint(&mut self, frame: u64) {
        if self.tint_from().is_some_and(|first| frame > first + TINT_FRAMES) {
            self.release_tint();
        }
    }
}
