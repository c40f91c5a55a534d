//! A run of raised differences, and what it may hold: a transition whose frames are mixes of
//! its ends, a dip of the contrast (a dissolve under motion), or a flare that died away. Apart
//! from `gradual.rs`, which decides when a run starts and ends and what its boundary is, as
//! the slow follower (`slow.rs`) reads its strided runs with the same tests.

use super::{
    DARK, FADE_IN_MIN, FLAT, GRADUAL_FRAMES, GRADUAL_MIN, MIX_STARTED, MIX_STEP, MIX_TOLERANCE, SETTLED,
    SETTLED_FRAMES, SETTLED_LOOK, Seen, WINDOW, shifted_alike,
};
use crate::shots::signature::{FrameSignature, Mixing};

/// A dissolve's lowest contrast is at most this part of its ends'...
pub(super) const DIP: f32 = 0.75;
/// ... over at least this many frames.
const DIP_FRAMES: usize = 6;
/// A dissolve is a flare when a later frame of its run is within this part of its ends'
/// difference of the picture before it.
const FLARE_RETURN: f32 = 0.5;
/// A frame after the run that comes back so gets there in steps: the last one is at most this
/// part of its way back from the farthest frame since the dissolve's end.
const FLARE_STEP: f32 = 0.8;
/// ... and the picture after the run has not held still first, for this many frames in a
/// row...
const ARRIVED: usize = WINDOW;
/// ... its difference from the picture before the run changing by at most this part of the
/// dissolve's change from frame to frame.
const STILL: f32 = 0.02;
/// A run is taken to hold a transition before it has ended (see [`Run::follow`]) when its
/// contrast dips to this part of its ends' at least (through black, or nearly).
const DEEP_DIP: f32 = 0.25;

/// A transition found in a run started later spans at least this many frames...
const LATER_FRAMES: usize = 8;
/// ... starting within this many frames of the run's first...
const LATER_STARTS: usize = 12;
/// ... in a run of at most this many frames...
const LATER_RUN: usize = 64;
/// ... and its last frame differs from the picture before the whole run by at least this part
/// of its own change.
const LATER_AWAY: f32 = 0.75;

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

    /// Takes the next frame's difference from the picture before the run (`far`), and whether
    /// it counts as raised: `raised`, or, out of the flat hold after a fade out (or a cut into
    /// black or white) kept open (`flat_kept_open`), any frame that gets farther from it than
    /// any before (a fade in's first steps out of black may change less than grain does); but
    /// no frame once the run has settled (it holds a transition and has stalled since).
    pub(super) fn follow(&mut self, far: f32, flat_kept_open: bool, raised: bool) -> bool {
        let rising = flat_kept_open && self.before.is_flat(FLAT) && far > self.reach;
        let step = self.reach / self.frames.len() as f32;
        self.stalled = if far <= self.reach + SETTLED * step { self.stalled + 1 } else { 0 };
        self.reach = self.reach.max(far);
        let look = self.stalled >= SETTLED_FRAMES
            && self.looked.is_none_or(|looked| self.frames.len() >= looked + SETTLED_LOOK);
        if look {
            self.looked = Some(self.frames.len());
        }
        let holds =
            |held: Option<(&Seen, &Seen)>| held.is_some_and(|(_, last)| !ends_shifted_match(self, last));
        if !self.settled && look && (holds(transition_in(self)) || holds(contrast_dip(self, DEEP_DIP))) {
            self.settled = true;
        }
        (raised || rising) && !self.settled
    }

    /// Its last frame.
    pub(super) fn last(&self) -> Option<&Seen> {
        self.frames.last()
    }
}

/// Whether the picture before `run` and `last`, shifted, match ([`shifted_alike`], as for the
/// dissolves found whole or by their middle frame): the camera moved between them (a swish
/// pan, a dolly across a line of dancers kicking in unison, a follow pan), and the frames
/// between, a smear or a moving figure, passed for mixes. (`camera_move_explains` in
/// `gradual.rs` judges only the last frames still remembered; this judges the whole span at
/// once.) A fade's flat end, or a run that reaches one, is no move; nor is any span of frames
/// whose fine grid was not measured.
pub(super) fn ends_shifted_match(run: &Run, last: &Seen) -> bool {
    let (before, last) = (run.before(), &last.signature);
    let flat =
        [before, last].into_iter().chain(run.last().map(|end| &end.signature)).any(|p| p.is_flat(FLAT));
    !flat && before.structure_difference(last) > 0.0 && shifted_alike(before, last)
}

/// Whether a dissolve from the picture before `run` to `last` is a flare that died away: a
/// later frame of the run comes back within [`FLARE_RETURN`] of the dissolve's change of the
/// picture before it; or, as a run may end before the flare has died, one of the `later`
/// frames (those remembered after the run) does, getting there gradually: its own step is
/// at most [`FLARE_STEP`] of the way back from the farthest frame since `last` (a flash in the
/// new shot comes back all at once), and before the picture has held still for [`ARRIVED`]
/// frames (a shot that has arrived and holds still is no flare's light still dying).
pub(super) fn comes_back<'r, 's>(run: &'r Run, last: &Seen, later: impl Iterator<Item = &'s Seen>) -> bool {
    let ends = run.before.difference(&last.signature);
    let far = |seen: &Seen| run.before.difference(&seen.signature);
    let in_run = run.frames.iter().filter(|seen| seen.frame > last.frame);
    if in_run.clone().any(|seen| far(seen) <= FLARE_RETURN * ends) {
        return true;
    }
    let run_end = run.frames.last().map_or(last.frame, |seen| seen.frame);
    let (mut previous, mut farthest) = (ends, ends);
    for seen in in_run {
        previous = far(seen);
        farthest = farthest.max(previous);
    }
    let mut still = 0;
    for seen in later.filter(|seen| seen.frame > run_end) {
        let distance = far(seen);
        // Once the picture after the run has held still for a while, the new shot has
        // arrived: what takes it back near the one before later is something else (a light
        // lorry passing after a fade through grays), not a flare's light still dying.
        still = if (distance - previous).abs() <= STILL * ends { still + 1 } else { 0 };
        if still >= ARRIVED {
            return false;
        }
        if distance <= FLARE_RETURN * ends {
            return previous - distance <= FLARE_STEP * (farthest - distance);
        }
        previous = distance;
        farthest = farthest.max(distance);
    }
    false
}

/// The transition in a run of raised differences, if there is one: its first and last frames.
/// The run may hold more than the transition (camera motion before it, or after it into the
/// new shot), so the latest end whose frames are all mixes of the frame before the run and that
/// end is taken, and the frames before the mix begins (its share of the end still about 0) are
/// left out.
pub(super) fn transition_in(run: &Run) -> Option<(&Seen, &Seen)> {
    mix_in(&run.before, &run.frames)
}

/// [`transition_in`] with the run started later: a run may begin with frames that are no part
/// of the transition and no mix of anything (the camera jolting, a smear, a flare's peak just
/// before a dissolve begins), and the dissolve is then a mix from the frame before its own
/// first. The run is started at each of its first [`LATER_STARTS`] frames in turn, when it
/// is no longer than [`LATER_RUN`] frames (a bound on the work: each start tries every end);
/// what it finds must span [`LATER_FRAMES`] frames at least, as a few frames of camera motion
/// may fit a mix by chance, and must take the picture away from the one before the whole run
/// too (by [`LATER_AWAY`] of its own change at least; a flare's peak dying back to the picture
/// before it is no dissolve). Fades from or into a flat frame are left to the other tests.
pub(super) fn transition_in_later(run: &Run) -> Option<(&Seen, &Seen)> {
    if run.frames.len() > LATER_RUN || run.before.is_flat(FLAT) {
        return None;
    }
    let starts = 1..run.frames.len().saturating_sub(LATER_FRAMES - 1).min(LATER_STARTS + 1);
    starts.into_iter().find_map(|start| {
        let before = &run.frames[start - 1].signature;
        if before.is_flat(FLAT) {
            return None;
        }
        let (first, last) = mix_in(before, &run.frames[start..])?;
        let away = run.before.difference(&last.signature)
            >= GRADUAL_MIN.max(LATER_AWAY * before.difference(&last.signature));
        (last.frame + 1 >= first.frame + LATER_FRAMES as u64 && away && !last.signature.is_flat(FLAT))
            .then_some((first, last))
    })
}

/// The transition in `frames` from the picture `before` them (see [`transition_in`]).
fn mix_in<'a>(before: &FrameSignature, frames: &'a [Seen]) -> Option<(&'a Seen, &'a Seen)> {
    for end in (GRADUAL_FRAMES - 1..frames.len()).rev() {
        let last = &frames[end].signature;
        let ends = before.difference(last);
        // Out of a flat frame into one that is not, any change is a fade in, however dark
        // the picture it reaches.
        let least = if before.is_flat(FLAT) && !last.is_flat(FLAT) { FADE_IN_MIN } else { GRADUAL_MIN };
        if ends < least {
            continue;
        }
        let upto = &frames[..=end];
        let fit = |seen: &Seen, mixing| seen.signature.distance_from_mix(before, last, mixing);
        // Out of black into a picture that is not dark, the frames still dark are not held to
        // the mix: near black, Oklab's cube root spreads a few codes of grain or rounding as
        // wide as the faint picture itself (a dark title card's first frames out of black).
        let out_of_black = before.is_flat(FLAT) && before.lightness() < DARK && last.lightness() >= DARK;
        let held = |seen: &&Seen| !(out_of_black && seen.signature.lightness() < DARK);
        // ... as long as enough frames are left for the mix to test.
        if upto.iter().filter(held).count() < GRADUAL_FRAMES {
            continue;
        }
        let fitting: Vec<Mixing> = [Mixing::Linear, Mixing::Encoded]
            .into_iter()
            .filter(|&mixing| {
                upto.iter().filter(held).all(|seen| fit(seen, mixing).0 <= MIX_TOLERANCE * ends)
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
            let (earlier, later) = (share(&upto[start - 1]), share(&upto[start]));
            if earlier < MIX_STARTED || earlier > later - MIX_STEP {
                break;
            }
            start -= 1;
        }
        if end + 1 - start >= GRADUAL_FRAMES {
            return Some((&frames[start], &frames[end]));
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
