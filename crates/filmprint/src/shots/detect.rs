//! Finding shot boundaries in a stream of frame signatures, one frame at a time, remembering
//! only a short window (memory does not grow with the film).
//!
//! The design follows the literature on shot boundary detection rather than one tool:
//! - **Hard cuts**: the frame-to-frame difference in Oklab ([`FrameSignature::difference`]) must
//!   stand out from its neighbourhood, not only pass a fixed threshold (an adaptive threshold, as
//!   in Yeo & Liu 1995 and PySceneDetect's `detect-adaptive`): at least [`CUT_RATIO`] times the
//!   median difference of the frames around it, and above an absolute floor; and it must be the
//!   largest nearby, so a cut blended over two frames counts once.
//! - **Flashes** (lightning, a camera flash, a muzzle flash): the picture after a few frames
//!   comes back to what it was before, so frame t−1 is compared with t+1…t+[`FLASH_FRAMES`]
//!   (Heng & Ngan's flash test).
//! - **Gradual transitions** (dissolves, fades): a twin threshold (Zhang, Kankanhalli & Smoliar
//!   1993): a run of frames whose differences are raised above a low threshold, and whose first
//!   and last frames end far apart; then, to tell a dissolve from a camera pan or zoom (which
//!   also make such runs), every frame of the run must be a mix of the two ends, in linear light
//!   or in the encoded values (editors mix either), as a dissolve's frames are. A fade is a
//!   gradual transition from or to a flat (black or white) frame; a fade out and a fade in
//!   through black with nothing between are one boundary.
//!
//! Black-and-white and sepia films differ in lightness structure only; the grid of Oklab cells
//! sees that (no reliance on hue).

use std::collections::VecDeque;

use super::signature::{FrameSignature, Mixing};

/// A cut's difference must be at least this many times the median of its neighbourhood.
pub const CUT_RATIO: f32 = 3.0;
/// ... and at least this much (a mean Oklab distance per cell).
pub const CUT_MIN: f32 = 0.05;
/// Frames each side of a frame whose differences make its neighbourhood.
pub const WINDOW: usize = 6;
/// A flash lasts at most this many frames.
pub const FLASH_FRAMES: usize = 4;
/// The picture after a flash is within this part of the flash's own difference of the picture
/// before it.
const FLASH_RETURN: f32 = 0.35;
/// A gradual transition's frames differ from their predecessors by at least this much...
const GRADUAL_LOW: f32 = 0.004;
/// ... and by at least this many times the median difference before the run started.
const GRADUAL_RATIO: f32 = 1.8;
/// Its two ends differ by at least this much.
const GRADUAL_MIN: f32 = 0.06;
/// It lasts from this many frames...
const GRADUAL_FRAMES: usize = 3;
/// ... to this many (longer runs are camera work or lighting, not transitions).
const GRADUAL_MAX_FRAMES: usize = 200;
/// Every frame of it is within this part of its ends' difference of a mix of its ends.
const MIX_TOLERANCE: f32 = 0.2;
/// A transition's first frame holds at least this share of its last.
const MIX_STARTED: f32 = 0.05;
/// ... and each frame of it holds at least this much more of the last than the one before.
const MIX_STEP: f32 = 0.005;
/// Cells within this distance of their frame's mean make a flat (black, white) frame.
const FLAT: f32 = 0.03;
/// Frames each side of a cut candidate looked at to see whether a gradual change goes through
/// it (the steepest step of a fade, into or out of black, stands out like a cut).
const GRADUAL_SPAN: usize = 3;

/// What a boundary between two shots is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Transition {
    /// From one frame to the next.
    Cut,
    /// Two shots mixed over several frames.
    Dissolve,
    /// Through black or white (or from or to it).
    Fade,
}

/// A boundary between shots: for a cut, `first == last` is the first frame of the new shot;
/// for a gradual transition, the first and last frames that are part of it (the new shot
/// starts after `last`).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Boundary {
    /// First frame of the transition (frames numbered from 0 in presentation order).
    pub first: u64,
    /// Last frame of the transition.
    pub last: u64,
    /// The first frame's time, in seconds (as the caller gave it).
    pub first_s: f64,
    /// The last frame's time, in seconds.
    pub last_s: f64,
    /// Its kind.
    pub transition: Transition,
}

/// One remembered frame: its number, signature and difference from the frame before.
#[derive(Debug, Clone)]
struct Seen {
    frame: u64,
    seconds: f64,
    signature: FrameSignature,
    difference: f32,
}

/// A run of raised differences that may be a gradual transition.
#[derive(Debug, Clone)]
struct Run {
    /// The frame before the run, and the run's frames.
    before: FrameSignature,
    /// The median difference before the run (what "raised" is measured against).
    baseline: f32,
    frames: Vec<Seen>,
    /// Frames since the last raised difference (a dip of one frame is allowed).
    quiet: usize,
}

/// Finds shot boundaries in frames given one at a time ([`ShotDetector::push`]), in order.
#[derive(Debug, Default)]
pub struct ShotDetector {
    /// The last frames: the one being decided has [`WINDOW`] before it and the look-ahead after.
    seen: VecDeque<Seen>,
    run: Option<Run>,
    /// The last gradual boundary found, while it can still merge with a following fade in:
    /// its end frame was flat, and every frame since is flat.
    pending: Option<Boundary>,
    found: Vec<Boundary>,
}

/// Frames after the one being decided that must be known first.
const AHEAD: usize = if WINDOW > FLASH_FRAMES { WINDOW } else { FLASH_FRAMES };

impl ShotDetector {
    /// A detector that has seen nothing.
    pub fn new() -> Self {
        ShotDetector::default()
    }

    /// Takes the next frame (frame numbers increasing, its time in seconds) and returns the
    /// boundaries it settles.
    pub fn push(&mut self, frame: u64, seconds: f64, signature: FrameSignature) -> Vec<Boundary> {
        let difference = self.seen.back().map_or(0.0, |last| last.signature.difference(&signature));
        self.seen.push_back(Seen { frame, seconds, signature, difference });
        if self.seen.len() > WINDOW + AHEAD + 1 {
            self.seen.pop_front();
        }
        let candidate = self.seen.len().checked_sub(AHEAD + 1);
        if let Some(at) = candidate.filter(|&at| at >= 1) {
            self.decide(at);
        }
        std::mem::take(&mut self.found)
    }

    /// The earliest frame a boundary not yet returned may begin at: frames before it are
    /// settled (they belong to the shot in progress, or to one already returned).
    pub fn settled_before(&self) -> u64 {
        let undecided = self.seen.len().saturating_sub(AHEAD);
        let next = self.seen.get(undecided).or(self.seen.back()).map_or(0, |s| s.frame);
        let run = self.run.as_ref().and_then(|r| r.frames.first()).map(|s| s.frame);
        let pending = self.pending.map(|b| b.first);
        [Some(next), run, pending].into_iter().flatten().min().unwrap_or(0)
    }

    /// Settles the last frames (the end of the film) and returns the remaining boundaries.
    pub fn finish(mut self) -> Vec<Boundary> {
        let first_undecided = self.seen.len().saturating_sub(AHEAD).max(1);
        for at in first_undecided..self.seen.len() {
            self.decide(at);
        }
        self.close_run();
        self.flush_pending();
        self.found
    }

    /// Decides whether `seen[at]` starts a shot, or belongs to a gradual transition.
    fn decide(&mut self, at: usize) {
        let difference = self.seen[at].difference;
        let (frame, seconds) = (self.seen[at].frame, self.seen[at].seconds);
        let around =
            self.median_difference(at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len()), at);
        let neighbours_lower = at.checked_sub(1).is_none_or(|b| self.seen[b].difference <= difference)
            && self.seen.get(at + 1).is_none_or(|next| next.difference < difference);
        let is_cut = difference >= CUT_MIN
            && difference >= CUT_RATIO * around
            && neighbours_lower
            && !self.is_flash(at, difference)
            && !self.is_gradual_step(at);
        if is_cut {
            // A gradual transition in progress ends before the cut; keep it if it is whole.
            self.close_run();
            self.flush_pending();
            let cut = Boundary {
                first: frame,
                last: frame,
                first_s: seconds,
                last_s: seconds,
                transition: Transition::Cut,
            };
            self.found.push(cut);
            return;
        }
        // A flat frame (black, white) ends a fade out, and holds are not part of anything: the
        // fade in after them starts a new run from the flat frame.
        if self.seen[at].signature.is_flat(FLAT) {
            if let Some(run) = &mut self.run {
                run.frames.push(self.seen[at].clone());
                run.quiet = 0;
                self.close_run();
            }
            return;
        }
        // Leaving a flat frame (a fade in from black) is measured against the flat hold, not
        // against the fade out that may have just led into it.
        let leaving_flat = self.seen[at - 1].signature.is_flat(FLAT);
        let baseline = match &self.run {
            Some(run) => run.baseline,
            None if leaving_flat => 0.0,
            None => self.median_difference(at.saturating_sub(WINDOW)..at, at),
        };
        let raised = difference >= GRADUAL_LOW.max(GRADUAL_RATIO * baseline);
        match &mut self.run {
            Some(run) if raised || run.quiet == 0 => {
                run.quiet = if raised { 0 } else { run.quiet + 1 };
                run.frames.push(self.seen[at].clone());
                if run.frames.len() > GRADUAL_MAX_FRAMES {
                    self.run = None;
                }
            }
            Some(_) => self.close_run(),
            None if raised => {
                self.run = Some(Run {
                    before: self.seen[at - 1].signature.clone(),
                    baseline,
                    frames: vec![self.seen[at].clone()],
                    quiet: 0,
                });
            }
            None => {}
        }
        // Anything but a flat hold (above) or a fade in settles a fade out kept open.
        if self.run.is_none() {
            self.flush_pending();
        }
    }

    /// The median difference of `seen[range]`, leaving out `seen[skip]`.
    fn median_difference(&self, range: std::ops::Range<usize>, skip: usize) -> f32 {
        let mut values: Vec<f32> =
            range.filter(|&i| i != skip && i >= 1).map(|i| self.seen[i].difference).collect();
        if values.is_empty() {
            return 0.0;
        }
        values.sort_by(f32::total_cmp);
        values[values.len() / 2]
    }

    /// Whether `seen[at]` is a flash's first frame (the picture before it comes back within
    /// [`FLASH_FRAMES`] frames) or the first after one (it is the picture from before the flash).
    fn is_flash(&self, at: usize, difference: f32) -> bool {
        let close = |a: usize, b: usize| {
            self.seen[a].signature.difference(&self.seen[b].signature) < FLASH_RETURN * difference
        };
        // A flash lightens the picture (a black frame between a fade out and a fade in is the
        // fades' bottom, not a flash).
        let lighter =
            |a: usize, b: usize| self.seen[a].signature.lightness() > self.seen[b].signature.lightness();
        let returns = lighter(at, at - 1)
            && (at + 1..(at + 1 + FLASH_FRAMES).min(self.seen.len())).any(|later| close(at - 1, later));
        let came_back = lighter(at - 1, at)
            && (at.saturating_sub(FLASH_FRAMES + 1)..at - 1).any(|earlier| close(at, earlier));
        returns || came_back
    }

    /// Whether a gradual change goes through `seen[at]`: the frame before it lies between the
    /// frames before that and `seen[at]` (a change already under way that `at` completes), or
    /// `seen[at]` lies between the frame before it and the frames after (a change that `at`
    /// begins), as mixes do. A cut's frames are not between anything; a camera move's are not
    /// mixes.
    fn is_gradual_step(&self, at: usize) -> bool {
        let between = |middle: usize, from: usize, to: usize| {
            let (a, b, z) =
                (&self.seen[from].signature, &self.seen[to].signature, &self.seen[middle].signature);
            let ends = a.difference(b);
            [Mixing::Linear, Mixing::Encoded].into_iter().any(|mixing| {
                let (distance, share) = z.distance_from_mix(a, b, mixing);
                (0.1..=0.9).contains(&share) && distance <= MIX_TOLERANCE * ends
            })
        };
        let under_way = at > GRADUAL_SPAN && between(at - 1, at - 1 - GRADUAL_SPAN, at);
        let begins = at + GRADUAL_SPAN < self.seen.len() && between(at, at - 1, at + GRADUAL_SPAN);
        under_way || begins
    }

    /// Ends the run in progress, keeping it if it is a gradual transition.
    fn close_run(&mut self) {
        let Some(mut run) = self.run.take() else { return };
        // Trailing quiet frames are not part of it.
        run.frames.truncate(run.frames.len() - run.quiet.min(run.frames.len()));
        let Some((first, mut last)) = transition_in(&run) else { return };
        // A run that ends on a flat frame is a fade out, even when its last steps into the
        // flat frame are too steep to fit a mix (a fade cut short): it reaches the flat frame.
        let ends_flat = run.frames.last().filter(|end| end.signature.is_flat(FLAT));
        if let Some(end) = ends_flat {
            last = end;
        }
        let from_flat = run.before.is_flat(FLAT);
        let to_flat = last.signature.is_flat(FLAT);
        let transition = if from_flat || to_flat { Transition::Fade } else { Transition::Dissolve };
        let boundary = Boundary {
            first: first.frame,
            last: last.frame,
            first_s: first.seconds,
            last_s: last.seconds,
            transition,
        };
        match self.pending.take() {
            // A fade in right after a fade out through a flat hold: one boundary.
            Some(out) if from_flat && transition == Transition::Fade => {
                self.pending = Some(Boundary { last: boundary.last, last_s: boundary.last_s, ..out });
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

    /// Reports the boundary kept open for a fade in.
    fn flush_pending(&mut self) {
        self.found.extend(self.pending.take());
    }
}

/// The transition in a run of raised differences, if there is one: its first and last frames.
/// The run may hold more than the transition (camera motion before it, or after it into the
/// new shot), so the latest end whose frames are all mixes of the frame before the run and that
/// end is taken, and the frames before the mix begins (its share of the end still about 0) are
/// left out.
fn transition_in(run: &Run) -> Option<(&Seen, &Seen)> {
    for end in (GRADUAL_FRAMES - 1..run.frames.len()).rev() {
        let last = &run.frames[end].signature;
        let ends = run.before.difference(last);
        if ends < GRADUAL_MIN {
            continue;
        }
        let frames = &run.frames[..=end];
        let fit = |seen: &Seen, mixing| seen.signature.distance_from_mix(&run.before, last, mixing);
        let fitting: Vec<Mixing> = [Mixing::Linear, Mixing::Encoded]
            .into_iter()
            .filter(|&mixing| frames.iter().all(|seen| fit(seen, mixing).0 <= MIX_TOLERANCE * ends))
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

/// All the boundaries of a sequence of frame signatures (frames numbered from 0, `fps` frames
/// a second).
pub fn detect(signatures: impl IntoIterator<Item = FrameSignature>, fps: f64) -> Vec<Boundary> {
    let mut detector = ShotDetector::new();
    let mut found = Vec::new();
    for (frame, signature) in signatures.into_iter().enumerate() {
        found.extend(detector.push(frame as u64, frame as f64 / fps, signature));
    }
    found.extend(detector.finish());
    found
}
