//! Gradual transitions: following a run of raised differences frame by frame, ending it
//! when it settles or falls quiet, and keeping what it holds (a dissolve, a fade, a fade out
//! and in through black as one, a cut into black or white and a fade in at once out of it
//! as one). Apart from the cut tests in `mod.rs`, as a run keeps its own
//! state over many frames while a cut is decided from one frame's neighbourhood.

use super::{
    Boundary, DARK, FADE_IN_LOW, FADE_IN_MIN, FLAT, GRADUAL_FRAMES, GRADUAL_LOW, GRADUAL_MAX_FRAMES,
    GRADUAL_MIN, GRADUAL_RATIO, MIX_STARTED, MIX_STEP, MIX_TOLERANCE, SETTLED, SETTLED_FRAMES, SETTLED_LOOK,
    SPAN_MOVE_EXPLAINS, Seen, ShotDetector, Transition, WINDOW,
};
use crate::shots::signature::{FrameSignature, Mixing};

/// A fade in starting at most this many frames after a cut into black or white is one fade with
/// it (a fade through white whose first half is a single frame).
const FADE_AFTER_CUT: u64 = 4;
/// A dissolve's lowest contrast is at most this part of its ends'...
pub(super) const DIP: f32 = 0.75;
/// ... over at least this many frames.
const DIP_FRAMES: usize = 6;
/// A dissolve is a flare when a later frame of its run is within this part of its ends'
/// difference of the picture before it.
const FLARE_RETURN: f32 = 0.5;
/// A run is taken to hold a transition before it has ended (see `follow_gradual`) when its
/// contrast dips to this part of its ends' at least (through black, or nearly).
const DEEP_DIP: f32 = 0.25;

/// A run of raised differences that may be a gradual transition.
#[derive(Debug, Clone)]
pub(super) struct Run {
    /// The frame before the run, and the run's frames.
    before: FrameSignature,
    /// The median difference before the run (what "raised" is measured against).
    baseline: f32,
    /// The least difference that counts as raised.
    floor: f32,
    frames: Vec<Seen>,
    /// Frames since the last raised difference (a dip of one frame is allowed).
    quiet: usize,
    /// The farthest any frame of the run has got from `before` (its difference).
    reach: f32,
    /// Frames in a row that have got no farther.
    stalled: usize,
    /// Its length when it was last looked at for the transition it may hold.
    looked: Option<usize>,
    /// Whether it has ended: it holds a transition, and has stalled since.
    settled: bool,
}

impl Run {
    /// A run of `first` after `before`, raised against `baseline`, counting differences from
    /// `floor`.
    pub(super) fn starting(before: FrameSignature, baseline: f32, floor: f32, first: Seen) -> Self {
        Run {
            before,
            baseline,
            floor,
            reach: first.difference,
            frames: vec![first],
            quiet: 0,
            stalled: 0,
            looked: None,
            settled: false,
        }
    }

    /// The run's first frame.
    pub(super) fn first(&self) -> Option<&Seen> {
        self.frames.first()
    }

    /// The picture before the run.
    pub(super) fn before(&self) -> &FrameSignature {
        &self.before
    }

    /// The median difference before the run.
    pub(super) fn baseline(&self) -> f32 {
        self.baseline
    }

    /// The least difference that counts as raised.
    pub(super) fn floor(&self) -> f32 {
        self.floor
    }

    /// Frames since the last raised one.
    pub(super) fn quiet(&self) -> usize {
        self.quiet
    }

    /// Frames in it.
    pub(super) fn len(&self) -> usize {
        self.frames.len()
    }

    /// Adds a frame, raised or not.
    pub(super) fn push(&mut self, seen: Seen, raised: bool) {
        self.quiet = if raised { 0 } else { self.quiet + 1 };
        self.frames.push(seen);
    }

    /// Leaves out the quiet frames at its end.
    pub(super) fn drop_quiet(&mut self) {
        self.frames.truncate(self.frames.len() - self.quiet.min(self.frames.len()));
        self.quiet = 0;
    }
}

impl ShotDetector {
    /// Takes `seen[at]`, which is no cut, into the gradual transition it may belong to.
    pub(super) fn follow_gradual(&mut self, at: usize, difference: f32) {
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
            Some(run) => run.baseline,
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
                Some(run) => run.floor,
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
            let far = self.seen[at].signature.difference(&run.before);
            // Out of the flat hold after a fade out (or a cut into black or white) kept open,
            // every frame that gets farther from it than any before is raised: a fade in's
            // first steps out of black may change less than grain does.
            if flat_kept_open && run.before.is_flat(FLAT) && far > run.reach {
                raised = true;
            }
            let step = run.reach / run.frames.len() as f32;
            run.stalled = if far <= run.reach + SETTLED * step { run.stalled + 1 } else { 0 };
            run.reach = run.reach.max(far);
            let look = run.stalled >= SETTLED_FRAMES
                && run.looked.is_none_or(|looked| run.frames.len() >= looked + SETTLED_LOOK);
            if look {
                run.looked = Some(run.frames.len());
            }
            if !run.settled && look && (transition_in(run).is_some() || contrast_dip(run, DEEP_DIP).is_some())
            {
                run.settled = true;
            }
            if run.settled {
                raised = false;
            }
        }
        // A flat frame (black, white) ends a fade out, and holds are not part of anything: the
        // fade in after them starts a new run from the flat frame. Flat frames that grow
        // lighter or darker are no hold: a fade in from black into an even grey is flat
        // throughout.
        if flat && !(leaving_flat && raised) {
            if let Some(run) = &mut self.run {
                run.push(self.seen[at].clone(), true);
                self.close_run();
            }
            return;
        }
        match &mut self.run {
            Some(run) if raised || run.quiet == 0 => {
                run.push(self.seen[at].clone(), raised);
                if run.frames.len() > GRADUAL_MAX_FRAMES {
                    self.run = None;
                }
            }
            Some(_) => self.close_run(),
            None if raised => {
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
            self.flush_pending();
        }
    }

    /// Ends the run in progress, keeping it if it is a gradual transition.
    pub(super) fn close_run(&mut self) {
        let Some(mut run) = self.run.take() else { return };
        // Trailing quiet frames are not part of it.
        run.drop_quiet();
        let Some((first, mut last)) = transition_in(&run).or_else(|| contrast_dip(&run, DIP)) else { return };
        // A run that ends on a flat frame is a fade out, even when its last steps into the
        // flat frame are too steep to fit a mix (a fade cut short): it reaches the flat frame.
        let ends_flat = run.frames.last().filter(|end| end.signature.is_flat(FLAT));
        if let Some(end) = ends_flat {
            last = end;
        }
        let from_flat = run.before.is_flat(FLAT);
        let to_flat = last.signature.is_flat(FLAT);
        let transition = if from_flat || to_flat { Transition::Fade } else { Transition::Dissolve };
        // A whip pan's blur over smooth shapes passes for a mix of its ends: a dissolve whose
        // changes the camera's move explains is that move. A flare (the sun into the lens, a
        // flambé's blaze) brightens the picture over a few frames as a dissolve into a
        // lighter one would, then dies away: a dissolve whose run comes back near the
        // picture before it is that flare (seen only when the run goes on past the flare's
        // peak, as a mix found by `transition_in` may).
        if transition == Transition::Dissolve {
            let ends = run.before.difference(&last.signature);
            let comes_back = run.frames.iter().any(|seen| {
                seen.frame > last.frame && run.before.difference(&seen.signature) <= FLARE_RETURN * ends
            });
            if comes_back || self.camera_move_explains(first.frame..=last.frame) {
                return;
            }
        }
        let boundary = Boundary::spanning(first, last, transition);
        self.slow.restart = true;
        match self.pending.take() {
            // A fade in right after a fade out through a flat hold, or at once after a cut into
            // black or white: one fade.
            Some(out)
                if from_flat
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

    /// Reports the boundary kept open for a fade in.
    pub(super) fn flush_pending(&mut self) {
        self.found.extend(self.pending.take());
    }
}

/// The transition in a run of raised differences, if there is one: its first and last frames.
/// The run may hold more than the transition (camera motion before it, or after it into the
/// new shot), so the latest end whose frames are all mixes of the frame before the run and that
/// end is taken, and the frames before the mix begins (its share of the end still about 0) are
/// left out.
pub(super) fn transition_in(run: &Run) -> Option<(&Seen, &Seen)> {
    for end in (GRADUAL_FRAMES - 1..run.frames.len()).rev() {
        let last = &run.frames[end].signature;
        let ends = run.before.difference(last);
        // Out of a flat frame into one that is not, any change is a fade in, however dark
        // the picture it reaches.
        let least = if run.before.is_flat(FLAT) && !last.is_flat(FLAT) { FADE_IN_MIN } else { GRADUAL_MIN };
        if ends < least {
            continue;
        }
        let frames = &run.frames[..=end];
        let fit = |seen: &Seen, mixing| seen.signature.distance_from_mix(&run.before, last, mixing);
        // Out of black into a picture that is not dark, the frames still dark are not held to
        // the mix: near black, Oklab's cube root spreads a few codes of grain or rounding as
        // wide as the faint picture itself (a dark title card's first frames out of black).
        let out_of_black =
            run.before.is_flat(FLAT) && run.before.lightness() < DARK && last.lightness() >= DARK;
        let held = |seen: &&Seen| !(out_of_black && seen.signature.lightness() < DARK);
        // ... as long as enough frames are left for the mix to test.
        if frames.iter().filter(held).count() < GRADUAL_FRAMES {
            continue;
        }
        let fitting: Vec<Mixing> = [Mixing::Linear, Mixing::Encoded]
            .into_iter()
            .filter(|&mixing| {
                frames.iter().filter(held).all(|seen| fit(seen, mixing).0 <= MIX_TOLERANCE * ends)
            })
            .collect();
        if fitting.is_empty() {
            continue;
        }
        // Back from the end while the frames hold less and less of it: the mix has begun
        // where its share stops falling (the scene before may drift) or is gone. A fade's
        // share in light grows as a power of its share in the encoded values: either counts.
        let share = |seen: &Seen| fitting.iter().map(|&mixing| fit(seen, mixing).1).fold(0.0f32, f32::max);
        let mut start = end;
        while start > 0 {
            let (earlier, later) = (share(&frames[start - 1]), share(&frames[start]));
            if earlier < MIX_STARTED || earlier > later - MIX_STEP {
                break;
            }
            start -= 1;
        }
        if end + 1 - start >= GRADUAL_FRAMES {
            return Some((&run.frames[start], &run.frames[end]));
        }
    }
    None
}

/// A dissolve under motion, when the run's frames are not mixes of its ends (the shots move
/// while they mix): the frames' contrast dips towards the middle of a dissolve, where the two
/// pictures' variations average out, and rises again (the variance curve of Alattar 1993).
/// The run's contrast must fall from its start to a minimum at most `dip` of the lower of its
/// ends' and rise to its end, mostly steadily, over at least [`DIP_FRAMES`] frames, and its
/// ends must differ.
pub(super) fn contrast_dip(run: &Run, dip: f32) -> Option<(&Seen, &Seen)> {
    let frames = &run.frames;
    if frames.len() < DIP_FRAMES {
        return None;
    }
    let contrast: Vec<f32> =
        std::iter::once(run.before.contrast()).chain(frames.iter().map(|f| f.signature.contrast())).collect();
    let lowest = (1..contrast.len() - 1).min_by(|&a, &b| contrast[a].total_cmp(&contrast[b]))?;
    let (start, end) = (contrast[0], contrast[contrast.len() - 1]);
    let steady = |values: &[f32], falling: bool| {
        let against = values.windows(2).filter(|w| if falling { w[1] > w[0] } else { w[1] < w[0] }).count();
        against * 4 <= values.len()
    };
    let last = frames.last()?;
    let dips = contrast[lowest] <= dip * start.min(end)
        && steady(&contrast[..=lowest], true)
        && steady(&contrast[lowest..], false)
        && run.before.difference(&last.signature) >= GRADUAL_MIN;
    dips.then(|| (&frames[0], last))
}
