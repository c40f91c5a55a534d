//! Gradual transitions: following a run of raised differences frame by frame, ending it
//! when it settles or falls quiet, and keeping what it holds (a dissolve, a fade, a fade out
//! and in through black as one, a cut into black or white and a fade in at once out of it
//! as one). Apart from the cut tests in `decide.rs`, as a run keeps its own
//! state over many frames while a cut is decided from one frame's neighbourhood.

use crate::shots::signature::FrameSignature;

use super::run::{
    DIP, Run, comes_back, contrast_dip, ends_shifted_match, transition_in, transition_in_later,
};
use super::{
    Boundary, DARK, FADE_IN_LOW, FLAT, GRADUAL_FRAMES, GRADUAL_LOW, GRADUAL_MAX_FRAMES, GRADUAL_RATIO,
    LONG_FLASH_FRAMES, SPAN_MOVE_EXPLAINS, Seen, ShotDetector, Transition, WINDOW, is_black_or_white,
};

/// A fade in starting at most this many frames after a cut into black or white is one fade with
/// it (a fade through white whose first half is a single frame).
const FADE_AFTER_CUT: u64 = 4;

/// While a fade out is kept open, a step out of a dark frame that is all a rise of light (this
/// part of its difference at least) and moves no cell of the fine grid by more than
/// [`FADE_STEP_MOST`] is the fade in's: near black, where Oklab's lightness is steepest, the
/// step that lifts a dark title card out of the black stands out as a cut does (on the
/// development clips, end cards fading in: all of it light, their cells moving at most 0.035
/// and 0.043; the cuts inside fades, 0.039 to 0.11, all into black; every other cut, 0.13 and
/// above).
const FADE_STEP_LIGHT: f32 = 0.95;
/// See [`FADE_STEP_LIGHT`].
const FADE_STEP_MOST: f32 = 0.08;
/// A fade in out of a flat frame is the shot's own light dying away (a gust of snow or a blast
/// that whitened the picture over a few frames, a tunnel's dark) when a picture from before the
/// flat frame, and before the fade out or cut into it kept open if any, is back at its end,
/// within this part of the fade's difference: 0.007 to 0.022 for those on the development clips
/// (to AB); no true fade in there comes back so near (those that no boundary went into, 0.08 at
/// the nearest).
const OVEREXPOSED_BACK: f32 = 0.04;
/// How far back, before a fade in's first frame, [`OVEREXPOSED_BACK`] looks for the picture.
const OVEREXPOSED_FRAMES: u64 = 2 * LONG_FLASH_FRAMES as u64;

impl ShotDetector {
    /// Whether `seen[at]`, a change that stands out as a cut's does, is a step of the fade in a
    /// fade out kept open waits for ([`FADE_STEP_LIGHT`], [`FADE_STEP_MOST`]), out of a dark
    /// frame.
    pub(super) fn is_fade_in_step(&self, at: usize) -> bool {
        if at == 0 || self.pending.is_none() {
            return false;
        }
        let (now, before) = (&self.seen[at].signature, &self.seen[at - 1].signature);
        let rise = now.lightness() - before.lightness();
        before.lightness() < DARK
            && rise >= FADE_STEP_LIGHT * self.seen[at].difference
            && now.largest_cell_change(before) <= FADE_STEP_MOST
    }

    /// Takes `seen[at]`, which is no cut, into the gradual transition it may belong to
    /// (`flash_return`: it brings the picture back from a flash, and starts no run).
    pub(super) fn follow_gradual(&mut self, at: usize, difference: f32, flash_return: bool) {
        self.settle_pending_cut(self.seen[at].frame);
        // Leaving a flat frame (a fade in from black) is measured against the flat hold, not
        // against the fade out that may have just led into it.
        let flat = self.seen[at].signature.is_flat(FLAT);
        let leaving_flat = self.seen[at - 1].signature.is_flat(FLAT);
        // "Raised" is against the shot's own frames: just after a cut, the shot before says
        // nothing of how much this one moves, and a run waits until it does.
        let since_cut =
            self.last_cut.map_or(0, |cut| (0..at).rev().take_while(|&i| self.seen[i].frame > cut).count());
        let same_shot = at - since_cut.min(WINDOW)..at;
        let known = self.last_cut.is_none() || since_cut >= GRADUAL_FRAMES;
        let baseline = match &self.run {
            Some(run) => run.baseline(),
            None if leaving_flat => 0.0,
            None if self.last_cut.is_some() && since_cut < WINDOW => self.median_difference(same_shot, at),
            None => self.median_difference(at.saturating_sub(WINDOW)..at, at),
        };
        // From one flat frame to the next, only a change of the whole frame's color counts
        // (a fade to or from black through frames still flat); grain in black does not.
        let mut raised = if flat && leaving_flat {
            self.seen[at].signature.mean_color_difference(&self.seen[at - 1].signature) >= GRADUAL_LOW
        } else {
            // A fade in out of a flat frame may be faint (white words on black rising out of
            // it): a lower floor counts there.
            let floor = match &self.run {
                Some(run) => run.floor(),
                None if leaving_flat => FADE_IN_LOW,
                None => GRADUAL_LOW,
            };
            // Out of the flat hold after a fade out kept open, the first frame that is flat no
            // more begins the fade in, however faint its change (a dark title card rising out
            // of black): left out, the fade in would start a few frames on, out of a frame
            // that is no longer flat, and count as a boundary of its own. (Its later frames:
            // see `flat_kept_open` below.)
            let rising = leaving_flat && self.run.is_none() && self.pending.is_some();
            rising
                || difference >= floor.max(GRADUAL_RATIO * baseline)
                    && (known || self.run.is_some() || leaving_flat)
        };
        // A run ends once it holds a transition and its frames have stopped getting farther
        // from the picture before it: what is left is the new shot's own motion or grain,
        // which may be far more than the old shot's (a still shot dissolving into a moving
        // one, a fade in from black into a grainy one). A run that holds no transition yet
        // goes on (a camera move may carry the picture as far as it will go within a few
        // frames, while the dissolve under it has just begun).
        let flat_kept_open = self.pending.is_some();
        if let Some(run) = &mut self.run {
            let far = self.seen[at].signature.difference(run.before());
            raised = run.follow(far, flat_kept_open, raised);
        }
        // A flat frame (black, white) ends a fade out, and holds are not part of anything: the
        // fade in after them starts a new run from the flat frame. Flat frames that grow
        // lighter or darker are no hold: a fade in from black into an even grey is flat
        // throughout. A flat frame neither black nor white that a run out of a picture reaches
        // while still too short to hold a transition is a fast fade out passing through an
        // even grey (a pale, low-contrast picture fading to black in three frames): the run
        // goes on through it (to the black or white hold that ends it), or the fade, split
        // there into runs too short to hold one, is lost.
        if flat && !(leaving_flat && raised) {
            let grey = !is_black_or_white(self.seen[at].signature.lightness());
            if let Some(run) = &mut self.run {
                let short = run.len() + 1 < GRADUAL_FRAMES && !run.before().is_flat(FLAT);
                let passing = grey && !leaving_flat && short;
                run.push(self.seen[at].clone(), true);
                if !passing {
                    self.close_run(None);
                }
            }
            return;
        }
        match &mut self.run {
            Some(run) if raised || run.quiet() == 0 => {
                run.push(self.seen[at].clone(), raised);
                if run.len() > GRADUAL_MAX_FRAMES {
                    self.run = None;
                }
            }
            Some(_) => self.close_run(None),
            None if raised && !flash_return => {
                let floor = if leaving_flat { FADE_IN_LOW } else { GRADUAL_LOW };
                let (before, first) = (self.seen[at - 1].signature.clone(), self.seen[at].clone());
                self.run = Some(Run::starting(before, baseline, floor, first));
            }
            None => {}
        }
        // Anything but a flat hold (above) or a fade in settles a fade out kept open.
        if self.run.is_none() {
            self.flush_pending();
        }
    }

    /// Reports a cut into black or white kept open once no fade in can join it any more (a
    /// long hold would otherwise keep it, and the pictures waiting for the next shot, back).
    pub(super) fn settle_pending_cut(&mut self, frame: u64) {
        let expired = self.pending.is_some_and(|pending| {
            pending.transition == Transition::Cut && frame.saturating_sub(pending.last) > FADE_AFTER_CUT
        });
        if expired && self.run.is_none() {
            // The lights switched off into black: held back for them to come back.
            match (self.lights_down.take(), self.pending.take()) {
                (Some(before), Some(cut)) => self.hold_dark(cut, before),
                (_, cut) => self.found.extend(cut),
            }
        }
    }

    /// Ends the run in progress, keeping it if it is a gradual transition; `cut` is the frame
    /// of the cut that ends it, if one does (the frames from it on are another shot's).
    pub(super) fn close_run(&mut self, cut: Option<u64>) {
        let Some(mut run) = self.run.take() else { return };
        // Trailing quiet frames are not part of it.
        run.drop_quiet();
        let Some((first, mut last)) = held_transition(&run) else { return };
        // A run that ends on a flat frame is a fade out, even when its last steps into the
        // flat frame are too steep to fit a mix (a fade cut short): it reaches the flat frame.
        let ends_flat = run.last().filter(|end| end.signature.is_flat(FLAT));
        if let Some(end) = ends_flat {
            last = end;
        }
        let from_flat = run.before().is_flat(FLAT);
        let to_flat = last.signature.is_flat(FLAT);
        let transition = if from_flat || to_flat { Transition::Fade } else { Transition::Dissolve };
        // A whip pan's blur over smooth shapes passes for a mix of its ends: a dissolve whose
        // changes the camera's move explains is that move. A flare (the sun into the lens, a
        // flambé's blaze) brightens the picture over a few frames as a dissolve into a
        // lighter one would, then dies away: a dissolve whose run, or the frames remembered
        // after it, come back near the picture before it is that flare (`comes_back`; the
        // slow follower is told, so as not to find it again at its stride).
        if transition == Transition::Dissolve {
            let later = self.seen.iter().take_while(|seen| cut.is_none_or(|cut| seen.frame < cut));
            if comes_back(&run, last, later) {
                self.slow.flare(first.frame, last.frame);
                return;
            }
            if self.camera_move_explains(first.frame..=last.frame) {
                return;
            }
        }
        if transition == Transition::Fade && from_flat && !to_flat && self.overexposed_back(first.frame, last)
        {
            let from = self.pending.take().map_or(first.frame, |out| out.first);
            self.slow.flare(from, last.frame);
            return;
        }
        // The lights switched down in a cut held back, coming back up over a few frames
        // (`tint.rs`): neither the cut nor this is a boundary.
        if transition == Transition::Dissolve
            && self.lights_back_up(last.frame, &last.signature, last.signature.difference(run.before()))
        {
            self.set_aside_as_light(first.frame, last.frame);
            return;
        }
        let boundary = Boundary::spanning(first, last, transition);
        // A dip of light (`dim.rs`) is held back while its picture may come back, a light
        // changed for good or switched on over a part of the picture dropped; the slow
        // follower is told, as for a flare, so as not to find it again at its stride.
        if transition == Transition::Dissolve && self.take_dim(boundary, run.before(), &last.signature) {
            self.set_aside_as_light(first.frame, last.frame);
            return;
        }
        // So is a light coming up over a still picture in a few frames (`still.rs`).
        if transition == Transition::Dissolve && self.take_still(boundary, run.before(), &last.signature) {
            self.set_aside_as_light(first.frame, last.frame);
            return;
        }
        self.slow.restart = true;
        match self.pending.take() {
            // A fade in right after a fade out through a flat hold, or at once after a cut into
            // black or white: one fade. Not a fade from white to black, or from black to white
            // (a fade into a white shot, held, then a fade out of it to black): the white was
            // a shot, and this fades it out.
            Some(out)
                if from_flat
                    && !(to_flat && between_black_and_white(run.before(), &last.signature))
                    && transition == Transition::Fade
                    && (out.transition != Transition::Cut
                        || first.frame.saturating_sub(out.last) <= FADE_AFTER_CUT) =>
            {
                self.pending = Some(Boundary {
                    last: boundary.last,
                    last_s: boundary.last_s,
                    transition: Transition::Fade,
                    ..out
                });
            }
            earlier => {
                self.found.extend(earlier);
                if to_flat {
                    self.pending = Some(boundary);
                } else {
                    self.found.push(boundary);
                }
            }
        }
        if !to_flat {
            self.flush_pending();
        }
    }

    /// Sets aside a dissolve from `first` to `last` that a change of light explains (dropped as
    /// the lights back up, a light changed for good or switched on over a part of the picture,
    /// or held back as a dip of light or a light coming up over a still picture): the slow
    /// follower is told, as for a flare, so as not to find it again at its stride, and restarts
    /// after it; a fade out kept open is reported.
    pub(super) fn set_aside_as_light(&mut self, first: u64, last: u64) {
        self.slow.flare(first, last);
        self.slow.restart = true;
        self.flush_pending();
    }

    /// Whether the camera's move explains the changes into the still remembered `frames`:
    /// their structure differences from their predecessors add up to at least
    /// [`SPAN_MOVE_EXPLAINS`] times what is left with the move taken out. The window is short,
    /// so for all but a few frames' dissolve only its last frames are judged. (Judging every
    /// frame of the run, the move searched as each joined it, was tried: it lost a dissolve
    /// out of a swish pan, whose first frames the move explains.)
    fn camera_move_explains(&self, frames: std::ops::RangeInclusive<u64>) -> bool {
        let (mut structure, mut moved) = (0.0f32, 0.0f32);
        for at in (1..self.seen.len()).filter(|&i| frames.contains(&self.seen[i].frame)) {
            structure += self.seen[at].structure;
            moved += self.moved(at);
        }
        structure > 0.0 && SPAN_MOVE_EXPLAINS * moved <= structure
    }

    /// Whether a fade in out of a flat frame, from frame `first` to `last`, brings back a
    /// picture from before the flat frame and before the fade out or cut into it kept open, if
    /// any ([`OVEREXPOSED_BACK`], over [`OVEREXPOSED_FRAMES`] frames before those): the light
    /// (or the dark of a tunnel) was the shot's.
    fn overexposed_back(&self, first: u64, last: &Seen) -> bool {
        let earlier = self.remembered().filter(|&(frame, _)| frame < first);
        // The latest flat frame before the fade in, and the pictures before it.
        let Some((flat, hold)) = earlier.clone().filter(|(_, signature)| signature.is_flat(FLAT)).last()
        else {
            return false;
        };
        let before = self.pending.map_or(flat, |out| out.first.min(flat));
        let ends = hold.difference(&last.signature);
        earlier
            .filter(|&(frame, signature)| {
                frame < before && frame + OVEREXPOSED_FRAMES >= before && !signature.is_flat(FLAT)
            })
            .any(|(_, signature)| signature.difference(&last.signature) <= OVEREXPOSED_BACK * ends)
    }

    /// Whether the run in progress, ended at `seen[at]`, would hold no transition (or there is
    /// no run): a fade out into `seen[at]` is then none the run will report.
    pub(super) fn run_holds_none_ending(&self, at: usize) -> bool {
        self.run.as_ref().is_none_or(|run| {
            let mut run = run.clone();
            run.push(self.seen[at].clone(), true);
            run.drop_quiet();
            held_transition(&run).is_none()
        })
    }

    /// Reports the boundary kept open for a fade in.
    pub(super) fn flush_pending(&mut self) {
        self.found.extend(self.pending.take());
    }
}

/// The frames of the transition a run holds, if any: a mix of its ends, a dip of the contrast,
/// or a mix starting a little later, the first whose ends are no camera move (a swish pan's
/// smear passes for a mix, and the dissolve just after it dips the contrast).
fn held_transition(run: &Run) -> Option<(&Seen, &Seen)> {
    let fits = |&(_, last): &(&Seen, &Seen)| !ends_shifted_match(run, last);
    transition_in(run)
        .filter(fits)
        .or_else(|| contrast_dip(run, DIP).filter(fits))
        .or_else(|| transition_in_later(run).filter(fits))
}

/// The first and last frames of the transition that the run of `frames` (numbered from 1) after
/// `before` holds, as the detector would report it: a hook for the tests of what a run holds.
#[cfg(test)]
pub(in crate::shots) fn transition_held(
    before: crate::shots::FrameSignature,
    frames: Vec<crate::shots::FrameSignature>,
) -> Option<(u64, u64)> {
    let mut previous = before.clone();
    let mut run: Option<Run> = None;
    for (n, signature) in frames.into_iter().enumerate() {
        let seen = Seen {
            frame: n as u64 + 1,
            seconds: (n + 1) as f64 / 24.0,
            difference: previous.difference(&signature),
            structure: previous.structure_difference(&signature),
            steady: previous.steady_difference(&signature),
            gained: 0.0,
            moved: std::cell::OnceCell::new(),
            signature: signature.clone(),
        };
        previous = signature;
        match &mut run {
            Some(run) => run.push(seen, true),
            None => run = Some(Run::starting(before.clone(), 0.0, GRADUAL_LOW, seen)),
        }
    }
    let run = run?;
    held_transition(&run).map(|(first, last)| (first.frame, last.frame))
}

/// Whether a change from flat frame `from` to flat frame `to` goes from white to black or from
/// black to white (their lightness at the two ends of [`DARK`]).
fn between_black_and_white(from: &FrameSignature, to: &FrameSignature) -> bool {
    (from.lightness() - to.lightness()).abs() >= 1.0 - 2.0 * DARK
}
