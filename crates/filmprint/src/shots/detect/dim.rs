//! A lamp dimmed for a second and brought up again (a power dip, the gain hunting): the frames
//! on the way down are mixes of the picture and a darker one, as a short dissolve's are, and
//! the gradual test finds one. Its change is one of light, and within [`DIM_FRAMES`] the
//! picture from before it is back; a dissolve's never is. A dissolve whose change is mostly
//! light is held back until then, and dropped if the picture comes back, as is the way back
//! up when it forms a run of its own. The detector's window of a few frames cannot see that
//! far. A light changed for good (a lamp dimmed, house lights raised) leaves the picture from
//! before it lit otherwise: such a dissolve is dropped at once. So is a light switched on or
//! raised over a part of the picture (a lamp lit, a door opened onto the sun), which no fit
//! over the whole picture takes for light, but which keeps every edge the picture had, as
//! strong: a dissolve buries them.

use super::{Boundary, FLASH_RETURN, GRADUAL_LOW, Seen, ShotDetector, flash::FLASH_SHARE};
use crate::shots::signature::FrameSignature;

/// The picture from before a dip of light is back within this many frames of the dip's last
/// frame (a second at 24 frames a second), or the change stays: a dissolve.
pub(super) const DIM_FRAMES: u64 = 24;

/// Over a dip of light the picture keeps its shapes: the changed cells' lightness gradients
/// correlate by at least this much between the dissolve's ends (a lamp dimming over a few
/// frames on the development clips: 0.88 to 0.90; dissolves between two shots: below 0.5,
/// but for a few frames inside a long one, whose picture never comes back).
const DIM_RELIT: f32 = 0.8;

/// A dissolve whose change is mostly light is the light changed for good (a lamp dimmed, a
/// phone's night mode, house lights raised) when its last frame is the picture before it lit
/// otherwise: the shapes agree by at least this much...
const FOR_GOOD_RELIT: f32 = 0.9;
/// ... and a gain and an offset of the lightness ([`FrameSignature::gain_residual`]) leave at
/// most this part of their structure difference. On the development clips (to Y): lights
/// dimmed or raised for good 0.02 to 0.10 (shapes agreeing 0.91 to 0.996; two more, 0.104
/// and 0.12, stay); dissolves between shots whose shapes agree 0.88 or more, 0.13 (the first
/// frames of one between two dark shots of balloons) and above.
const FOR_GOOD_LEFT: f32 = 0.1;

/// Or the light changed along a curve (the sun breaking through, a cloud coming over, an
/// exposure settling), which no gain and offset fit: the shapes agree by at least this much
/// (a cloud coming over on Z: 0.87 and 0.89; this keeps the test to changes that keep the
/// shapes, the residual below tells the lights from the true boundaries nearest its limit,
/// which agree 0.92 and 0.93)...
const CURVED_RELIT: f32 = 0.85;
/// ... one function of the lightness (a tone curve, [`FrameSignature::relit_residual`])
/// leaves at most this part of their structure difference (on the clips to Z: Z's lights
/// 0.059 to 0.073, the sun breaking through 0.061, a lamp turned down 0.073, the lights the
/// gain test drops 0.033 to 0.075; true boundaries whose shapes agree 0.8 or more, 0.083, the
/// first frames of a dissolve from a bright wall to a dusk scene, and above: a thin
/// margin)...
const CURVED_LEFT: f32 = 0.078;
/// ... and it leaves a picture: at most this share of the frame after it is black. A dark
/// shot sinking into black and staying there fades out (a tone curve fits the black too:
/// 0.96 of it black, with a caption); the lights on the clips to Z leave at most 0.64 black.
const CURVED_BLACK: f32 = 0.9;

/// Or a tone curve fits all but a trace of the change: it leaves at most this part of the
/// structure difference...
const TIGHT_LEFT: f32 = 0.05;
/// ... and the shapes agree by at least this much, less than [`DIM_RELIT`] asks. A room's
/// lights dimmed to its candles (AL's 233) sink most of the picture towards the grain, and
/// the flames keep their light: the shapes agree by 0.70, and a curve leaves 0.041 of the
/// structure difference. On the clips to AL, the dissolves whose shapes agree by 0.6 or more
/// leave 0.165 and above; those a curve fits as tightly (fades, mostly into or out of a flat
/// frame, which a curve maps anything to) agree by 0.19 at most.
const TIGHT_RELIT: f32 = 0.6;

/// A dissolve that raises the picture's mean lightness (Oklab, 0..=1) by at least this...
const LIT_UP_RISE: f32 = 0.03;
/// ... and whose last frame keeps at least this share of the edges of the picture before it at
/// half their strength or more ([`FrameSignature::edges_kept`])...
const LIT_UP_KEPT: f32 = 0.8;
/// ... and at least this share whole (nine tenths of their strength or more) is a light
/// switched on or raised over a part of the picture, which no gain or curve over the whole
/// picture fits. On the clips to AT: the lights on AR's, AS's and AT's clips (a door opened
/// onto the sun, the sun over a chapel, lanterns at a fête, a hurricane lamp lit) keep 0.84 to
/// 1.0 of the edges at half strength and 0.75 to 0.99 whole; the true dissolves into a
/// lighter picture that keep 0.8 or more at half strength were reported over their first
/// frames only (the mix still holds the old picture, its edges faded: 0.15 whole), and a cut
/// found as a short dissolve lit the picture by less than the rise asks (0.023).
const LIT_UP_WHOLE: f32 = 0.7;

/// Whether a dissolve from `before` to `after` is a light switched on or raised over a part of
/// the picture (a lamp lit in the dark, lanterns at a fête, a door opened onto the sun): the
/// picture brightens ([`LIT_UP_RISE`]) and keeps the edges it had, as strong
/// ([`LIT_UP_KEPT`], [`LIT_UP_WHOLE`]). A dissolve into a lighter picture buries the old
/// one's edges under the new one's.
pub(super) fn is_lit_up(before: &FrameSignature, after: &FrameSignature) -> bool {
    // A picture too dim to have enough edges at full strength is judged by its fainter ones.
    let share_kept =
        |strength| after.edges_kept(before, strength).or_else(|| after.faint_edges_kept(before, strength));
    after.lightness() - before.lightness() >= LIT_UP_RISE
        && share_kept(0.5).is_some_and(|kept| kept >= LIT_UP_KEPT)
        && share_kept(0.9).is_some_and(|kept| kept >= LIT_UP_WHOLE)
}

/// A dissolve whose change is mostly light, held back while the picture from before it may
/// still come back.
#[derive(Debug)]
pub(super) struct Dim {
    dissolve: Boundary,
    /// The picture before the dissolve.
    before: FrameSignature,
    /// How far the dissolve took the picture from it.
    difference: f32,
}

impl ShotDetector {
    /// The first frame of the dissolve held back, if any: boundaries after it wait for it.
    pub(super) fn dim_from(&self) -> Option<u64> {
        self.dim.as_ref().map(|dim| dim.dissolve.first)
    }

    /// Takes a dissolve from `before` to `after` in hand if its change is mostly light (the
    /// change of mean lightness at least [`FLASH_SHARE`] of the difference, outweighing any
    /// cast, the shapes kept as [`DIM_RELIT`] asks): it is dropped at once when `after` is
    /// `before` lit otherwise ([`FOR_GOOD_RELIT`], [`FOR_GOOD_LEFT`]; or along a curve,
    /// [`CURVED_RELIT`], [`CURVED_LEFT`], [`CURVED_BLACK`]; or along a curve that fits all but
    /// a trace of it, the shapes agreeing less, [`TIGHT_RELIT`], [`TIGHT_LEFT`]), held back,
    /// or dropped as the way back up of a dip whose picture came back. A light switched on or
    /// raised over a part of the picture ([`is_lit_up`]) is dropped at once. Returns whether
    /// it did; otherwise the dissolve is reported as usual.
    pub(super) fn take_dim(
        &mut self,
        dissolve: Boundary,
        before: &FrameSignature,
        after: &FrameSignature,
    ) -> bool {
        // A light switched on over a part of the picture: dropped at once.
        if is_lit_up(before, after) {
            return true;
        }
        let difference = after.difference(before);
        let light = (after.lightness() - before.lightness()).abs();
        let lit = light >= FLASH_SHARE * difference && after.cast_difference(before) <= light;
        let agreement = after.relit_agreement(before);
        let apart = after.structure_difference(before);
        let curve_left = || after.relit_residual(before);
        let tight = || {
            agreement >= TIGHT_RELIT
                && after.black_share() <= CURVED_BLACK
                && curve_left() <= TIGHT_LEFT * apart
        };
        if !lit || agreement < DIM_RELIT && !tight() {
            return false;
        }
        // The light changed for good: no picture to wait for.
        let for_good = agreement >= FOR_GOOD_RELIT && after.gain_residual(before) <= FOR_GOOD_LEFT * apart;
        let curved = agreement >= CURVED_RELIT
            && after.black_share() <= CURVED_BLACK
            && curve_left() <= CURVED_LEFT * apart;
        if for_good || curved || tight() {
            return true;
        }
        // The way back up: its picture was there, held still, before the dip (its way down
        // and its moment in the dark, up to DIM_FRAMES each); not the frame just before it,
        // whose picture it leaves, nor one before a cut, nor a step of a gradual change (the
        // way into a fade through gray looks like the way out of it).
        let way_up = self.remembered_changes().any(|(frame, signature, change)| {
            frame + 2 * DIM_FRAMES >= dissolve.first
                && frame + 1 < dissolve.first
                && self.last_cut.is_none_or(|cut| frame >= cut)
                && change < GRADUAL_LOW
                && after.difference(signature) < FLASH_RETURN * difference
        });
        if !way_up {
            self.release_dim();
            self.dim = Some(Dim { dissolve, before: before.clone(), difference });
        }
        true
    }

    /// Drops the dissolve held back if the picture from before it is back at `seen[at]`
    /// (within [`FLASH_RETURN`] of the dissolve's difference, plus the shot's usual change from
    /// frame to frame), or reports it once that is too late.
    pub(super) fn follow_dim(&mut self, at: usize) {
        let Some(dim) = &self.dim else { return };
        let seen = &self.seen[at];
        if seen.frame <= dim.dissolve.last {
            return;
        }
        if seen.frame > dim.dissolve.last + DIM_FRAMES {
            self.release_dim();
            return;
        }
        let allowed = FLASH_RETURN * dim.difference + self.usual_change(at);
        if seen.signature.difference(&dim.before) < allowed {
            self.dim = None;
        }
    }

    /// Keeps the signature of a frame gone from the detector's window while a dip's way back
    /// up may still look back to it (moved, not copied: no cost per frame).
    pub(super) fn remember_gone(&mut self, gone: Option<Seen>) {
        self.gone.extend(gone.map(|seen| (seen.frame, seen.signature, seen.difference)));
        while self.gone.len() > 3 * DIM_FRAMES as usize {
            self.gone.pop_front();
        }
    }

    /// Reports the dissolve held back as the dissolve it is.
    pub(super) fn release_dim(&mut self) {
        self.found.extend(self.dim.take().map(|dim| dim.dissolve));
    }
}
