//! The decision for one frame, with the look-ahead known: a cut, a flash, a step of a gradual
//! change, or nothing. The order of the tests is the design's (`design.md`): the cheap ones first,
//! the motion search only for frames that could be cuts, and every rule that explains a cut
//! away before one is reported.

use super::thresholds::{CUT_MIN, CUT_RATIO, FLASH_FRAMES, FLAT, GRADUAL_MIN, WINDOW, is_black_or_white};
use super::{Boundary, Seen, ShotDetector, Transition};

/// Frames of black or white out of a picture that make the end of a fade out, when no step
/// of the fade stood out (a dark shot's own frames are never all black for so long).
const BLACK_HOLD: usize = 3;

impl ShotDetector {
    /// Decides whether `seen[at]` starts a shot, or belongs to a gradual transition.
    pub(super) fn decide(&mut self, at: usize) {
        let difference = self.seen[at].difference;
        let frame = self.seen[at].frame;
        self.expire_tint(frame);
        self.follow_dim(at);
        self.follow_still(at);
        let around =
            self.median_difference(at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len()), at);
        // Cheapest tests first: the motion search runs only for frames that could be cuts.
        let stands_out = || {
            (difference >= CUT_RATIO * around && self.is_peak(at, |s| s.difference)
                || self.is_cut_into_motion(at, difference)
                || self.cut_under_flicker(at, around).is_some())
                && !self.is_beside_cut_in_motion(at)
                && !self.is_camera_move(at)
        };
        // The mean lightness first: one pass over the cells, where flatness takes three.
        let black_or_white =
            |s: &Seen| is_black_or_white(s.signature.lightness()) && s.signature.is_flat(FLAT);
        let candidate = (difference >= CUT_MIN && (stands_out() || self.is_cut_in_motion(at)))
            || self.is_quiet_cut(at, difference, around);
        let gradual_step = candidate && self.is_gradual_step(at);
        // A step of a gradual change into black or white (from a frame that is not flat), with
        // no run that holds a transition, no fade out kept open and no cut just before (which
        // took the fade's change), is the last step of a fade out whose earlier steps were
        // lost in flicker or grain: a fade, kept open like any fade out for a fade in to join.
        // So is a frame of black or white that stays so for [`BLACK_HOLD`] frames, out of a
        // picture [`WINDOW`] frames before that differs from it as a gradual transition's ends
        // do, though no step stood out: in a dark film under a flickering lamp every step of a
        // fade through black is lost, and only its black is left to tell. (A white shot
        // brightening into a flat white has come from much the same picture.)
        // This frame first: for most frames it is no black or white, and nothing else is looked at.
        let held_flat = !candidate
            && (at..at + BLACK_HOLD).all(|i| self.seen.get(i).is_some_and(black_or_white))
            && !black_or_white(&self.seen[at - 1])
            && self.seen[at.saturating_sub(WINDOW)].signature.difference(&self.seen[at].signature)
                >= GRADUAL_MIN;
        let lone_fade_end = (gradual_step && !self.seen[at - 1].signature.is_flat(FLAT) || held_flat)
            && self.pending.is_none()
            && self.last_cut.is_none_or(|cut| frame.saturating_sub(cut) > WINDOW as u64)
            && black_or_white(&self.seen[at])
            && self.run_holds_none_ending(at);
        let color_cut = candidate && (!gradual_step || lone_fade_end) || held_flat && lone_fade_end;
        let cut_like = color_cut || self.is_structure_cut(at);
        let suspect = candidate || cut_like;
        // How the light is taken out, when a flickering light hides the change (`evidence.rs`).
        let light = if suspect { self.cut_under_flicker(at, around) } else { None };
        let quick_flash =
            suspect && self.is_flash(at, difference) && light.is_none_or(|out| self.is_steady_flash(at, out));
        // Where a slow flash's light has died away by (its frame), if it is one.
        let dies_by = (suspect && !quick_flash)
            .then(|| self.slow_flash_end(at, difference))
            .flatten()
            .map(|end| self.seen[end].frame);
        let flash = quick_flash || dies_by.is_some();
        let mut is_cut = cut_like
            && !flash
            && !self.is_passing(at, difference, light)
            && !self.starts_flashing(at, difference);
        if is_cut && let Some(shown) = self.shown_before(at, difference, light) {
            // A light gone out onto a picture it flickered to a moment before (`flicker.rs`):
            // the flicker is set aside as light, for the slow follower too, and held as the
            // lights down are, should it come back after all (`tint.rs`).
            self.slow.flare(shown, frame);
            let change = Boundary::spanning(&self.seen[at], &self.seen[at], Transition::Cut);
            self.hold_failed(change, self.seen[at - 1].signature.clone());
            is_cut = false;
        }
        if is_cut && self.is_relit(at) {
            // The light switched: remembered, for it to be switched back (`is_light_back`).
            self.unlit = Some((frame, self.seen[at - 1].signature.clone()));
            is_cut = false;
        }
        let is_cut = is_cut
            && !self.is_light_back(at, difference)
            && !self.is_caption(at)
            && !self.is_fade_in_step(at)
            // Into a black held out of a picture, every step is one of light: under flicker,
            // the frames before too.
            && (held_flat || !self.is_light_change(at))
            && !self.is_new_drawing(at, difference);
        // A change of tint, or the lights switched off or down, is a cut unless it is
        // undone (the tinted light switched off, the lights back on), bringing the picture
        // from before it back: then neither it nor the change out was one, whether or not
        // another rule already explained the change out (as a flash's return).
        let tinted = is_cut && self.is_tinted(at);
        let darkened = is_cut && self.is_lights_down(at);
        let tint_off = cut_like && (self.is_tinted(at) || self.is_mostly_light(at)) && self.ends_tint(at);
        if tint_off {
            // The frames since the change in are the light's: the slow follower is told, as
            // for a flare, so as not to take the light's going and coming for a dissolve.
            if let Some(from) = self.tint_from() {
                self.set_aside_as_light(from, frame);
            }
            self.tint = None;
        }
        let is_cut = is_cut && !tint_off;
        if is_cut {
            // A gradual transition in progress ends before the cut; keep it if it is whole.
            self.close_run(Some(frame));
            self.flush_pending();
            self.release_dim();
            self.release_still();
            // A light switched in the shot before is not switched back in this one.
            self.unlit = None;
            let transition = if lone_fade_end { Transition::Fade } else { Transition::Cut };
            let cut = Boundary::spanning(&self.seen[at], &self.seen[at], transition);
            // A cut into black or white (its frame or the next one) may be the first half
            // of a fade through it: kept open, like a fade out, for a fade in to join.
            let into_flat = self.seen.range(at..(at + 2).min(self.seen.len())).any(black_or_white);
            if into_flat {
                self.release_tint();
                self.lights_down = self.is_lights_down(at).then(|| self.seen[at - 1].signature.clone());
                self.pending = Some(cut);
            } else if tinted {
                self.hold_tint(cut, at);
            } else if darkened {
                self.hold_dark(cut, self.seen[at - 1].signature.clone());
            } else {
                self.release_tint();
                self.found.push(cut);
            }
            self.last_cut = Some(frame);
            self.follow_slow(at, true);
            return;
        }
        // A flash's return (a change the flash test explains within a flash's length of
        // another): the picture comes back, and no gradual run starts there, out of the flash's
        // frames (a lamp's light coming back in a few steps is no dissolve out of the dark).
        // Out of a black or white frame it is the first step of a fade in: a fade out cut
        // short into one black frame and credits rising at once out of it also look like a
        // dark flash and its return.
        if flash {
            self.flash_until = dies_by.or(self.flash_until);
        }
        let returning = flash
            && !self.seen[at - 1].signature.is_flat(FLAT)
            && self.last_flash.is_some_and(|f| frame.saturating_sub(f) <= FLASH_FRAMES as u64)
            || self.flash_until.is_some_and(|until| frame <= until);
        if flash {
            self.last_flash = Some(frame);
        }
        self.follow_gradual(at, difference, returning);
        self.follow_tint(at);
        self.follow_slow(at, false);
    }
}
