//! A colored light switched on over a shot and off again (a UV lamp over a canvas, an alarm's
//! red light, a police car's blue held for a moment). Under it the frames keep their shapes
//! but take a cast, and a tint that stays is a cut to another grade of the shot (unless every
//! edge of the picture stays where it was: a wash, `wash.rs`), so the
//! change in is reported as a cut (`flash.rs`). When the cast goes again within
//! [`TINT_FRAMES`] and the picture from before it is back, both changes were the light's:
//! neither is a cut. The cut in is held back until then: the detector's window of a few
//! frames cannot see that far. So is a cut that was the lights switched off or down (a neon
//! sign blinking over a dark room, a stair's timer light): the lights back, at once or over a
//! few frames, bring the picture from before it. So is a light failing after a flicker
//! (`flicker.rs`), as no cut: should it come back, its coming back is none either.

use super::{Boundary, CUT_MIN, FLASH_RETURN, ShotDetector, flash::LOCAL_RELIT};
use crate::shots::signature::FrameSignature;

/// A tinted light is switched off within this many frames of being switched on (two seconds at
/// 24 frames a second), or the tint stays (a cut).
pub(super) const TINT_FRAMES: u64 = 48;

/// With the lights down, their coming back brings the picture from before within this part of
/// the change out (besides the shot's usual change), not the [`FLASH_RETURN`] a tint's going
/// is allowed: the change out of the dark is most of the picture's light, and a cut out of
/// the dark into another scene comes within 0.29 to 0.5 of it of the picture from before the
/// dark (a blinking sign's light back, within 0.02 to 0.04 on the development clips, to AG).
const DARK_RETURN: f32 = 0.1;

/// A cut into a tint of the picture before it, held back while the tint may still go again.
#[derive(Debug)]
pub(super) struct Tint {
    cut: Boundary,
    /// The last frame before the tint.
    before: FrameSignature,
    /// Whether it is the lights switched off or down rather than a tint (`is_lights_down`).
    dark: bool,
    /// How far from the picture before it the frames since have gone, at most: the change the
    /// light's going takes back.
    depth: f32,
    /// Whether it is a light failing after a flicker (`flicker.rs`): no cut whether or not the
    /// light comes back, held only for its coming back to be none either.
    failed: bool,
}

impl Tint {
    /// The part of the change out that the picture from before may be off by, once back.
    fn back(&self) -> f32 {
        if self.dark { DARK_RETURN } else { FLASH_RETURN }
    }
}

impl ShotDetector {
    /// The first frame of the tint held back, if any: boundaries after it wait for it.
    pub(super) fn tint_from(&self) -> Option<u64> {
        self.tint.as_ref().map(|tint| tint.cut.first)
    }

    /// Whether the cut candidate `seen[at]`, a change of tint, switches off the tinted light
    /// held back (or the lights back on after they went off): within [`TINT_FRAMES`] of it, the
    /// picture from before the tint is back within [`FLASH_RETURN`] of the change's difference
    /// ([`DARK_RETURN`] with the lights down), plus the shot's usual change from frame to frame, once
    /// (a lamp over a still scene, not a camera carrying it on).
    ///
    /// With the lights down, the shapes must be back too: where the frame still differs from
    /// the picture before the dark by more than [`DARK_RETURN`] of the change's structure
    /// difference besides the shot's own drift over as many frames before the dark
    /// (`drift_before`), the two agree as a light left on over part of it does ([`LOCAL_RELIT`]). A
    /// cut from words on black (an intertitle held as the lights down) to another landscape of
    /// the same tones comes within [`DARK_RETURN`] of the picture before in color, but draws
    /// other shapes.
    pub(super) fn ends_tint(&self, at: usize) -> bool {
        let Some(tint) = &self.tint else { return false };
        let seen = &self.seen[at];
        let allowed = tint.back() * seen.difference + self.usual_change(at);
        let reshaped = tint.dark
            && seen.signature.structure_difference(&tint.before)
                > DARK_RETURN * seen.structure
                    + self.drift_before(tint.cut.first, seen.frame.saturating_sub(tint.cut.first) + 1)
            && seen.signature.relit_agreement(&tint.before) < LOCAL_RELIT;
        seen.frame <= tint.cut.first + TINT_FRAMES
            && seen.signature.difference(&tint.before) < allowed
            && !reshaped
    }

    /// How far the shot's own shapes went over `span` frames up to the frame before `first`
    /// (as many as lie between that frame and the one the lights came back on):
    /// the structure difference between that frame and the one `span` frames before it, when
    /// both are still remembered and no step between was as large as a cut's least change
    /// ([`CUT_MIN`]); 0 otherwise. The lights down over a pan (a hall's lights failing for ten
    /// frames as the camera goes on turning) come back over a picture moved on by as much as
    /// the pan moved it over as many frames before.
    fn drift_before(&self, first: u64, span: u64) -> f32 {
        let Some(last) = first.checked_sub(1) else { return 0.0 };
        let Some(from) = last.checked_sub(span) else { return 0.0 };
        let between: Vec<_> =
            self.remembered_changes().filter(|&(frame, _, _)| (from..=last).contains(&frame)).collect();
        match (between.first(), between.last()) {
            (Some(&(start, earlier, _)), Some(&(end, later, _)))
                if start == from
                    && end == last
                    && between.len() as u64 == span + 1
                    && between[1..].iter().all(|&(_, _, difference)| difference < CUT_MIN) =>
            {
                later.structure_difference(earlier)
            }
            _ => 0.0,
        }
    }

    /// Holds back `cut`, into a tint of the picture before it (`seen[at - 1]`), reporting any
    /// tint held before it: that one stayed.
    pub(super) fn hold_tint(&mut self, cut: Boundary, at: usize) {
        let before = self.seen[at - 1].signature.clone();
        self.hold(cut, before, false, false);
    }

    /// Holds back `cut`, the lights switched off or down over the picture `before` it, as a
    /// tint is.
    pub(super) fn hold_dark(&mut self, cut: Boundary, before: FrameSignature) {
        self.hold(cut, before, true, false);
    }

    /// Holds back the change at `cut`, a light failing after a flicker over the picture
    /// `before` it (`flicker.rs`), as the lights down are, but as no cut: should the light come
    /// back, its coming back is no cut either.
    pub(super) fn hold_failed(&mut self, cut: Boundary, before: FrameSignature) {
        self.hold(cut, before, true, true);
    }

    /// Holds back `cut` over the picture `before` it, reporting any tint held before it: that
    /// one stayed. `dark` and `failed` are [`Tint`]'s.
    fn hold(&mut self, cut: Boundary, before: FrameSignature, dark: bool, failed: bool) {
        self.release_tint();
        self.tint = Some(Tint { cut, before, dark, depth: 0.0, failed });
    }

    /// Whether a gradual change into `after` (by `difference` from the picture before it),
    /// ending at `frame`, brings back the lights switched down in a cut held back: within
    /// [`TINT_FRAMES`] of it, the picture from before the cut is back within [`DARK_RETURN`]
    /// of that change (a timer light, a fluorescent tube coming back over a few frames). If so,
    /// the cut is dropped.
    pub(super) fn lights_back_up(&mut self, frame: u64, after: &FrameSignature, difference: f32) -> bool {
        let back = self.tint.as_ref().is_some_and(|tint| {
            tint.dark
                && frame <= tint.cut.first + TINT_FRAMES
                && after.difference(&tint.before) < DARK_RETURN * difference
        });
        if back {
            self.tint = None;
        }
        back
    }

    /// Drops the tint held back when the picture from before it is back at `seen[at]`, a frame
    /// that is no cut: the light came back over two or three frames, none a cut and too few
    /// for a gradual run (a generator's light ramping up after a power cut). Back means within
    /// what the tint's own test allows ([`FLASH_RETURN`], [`DARK_RETURN`] with the lights down)
    /// of the farthest the frames since went from it, plus the shot's usual change. While a
    /// gradual run is open, its close judges it (`lights_back_up`).
    pub(super) fn follow_tint(&mut self, at: usize) {
        if self.tint.is_none() {
            return;
        }
        let usual = self.usual_change(at);
        let running = self.run.is_some();
        let Some(tint) = &mut self.tint else { return };
        let apart = self.seen[at].signature.difference(&tint.before);
        if !running && apart < tint.back() * tint.depth + usual {
            self.tint = None;
        } else {
            tint.depth = tint.depth.max(apart);
        }
    }

    /// Reports the tint held back as the cut it is (the tint stayed, or a cut came first), but
    /// for a light failed after a flicker.
    pub(super) fn release_tint(&mut self) {
        self.found.extend(self.tint.take().filter(|tint| !tint.failed).map(|tint| tint.cut));
    }

    /// Reports the tint held back once `frame` is too late to switch it off.
    pub(super) fn expire_tint(&mut self, frame: u64) {
        if self.tint_from().is_some_and(|first| frame > first + TINT_FRAMES) {
            self.release_tint();
        }
    }
}
