//! Gradual transitions too slow to see from one frame to the next: a dissolve of a second
//! between moving or grainy shots changes each frame less than the shots' own motion or grain
//! do, so its frames do not stand out and the run of raised differences that `gradual.rs`
//! follows never forms, or breaks up. Looked at every [`STRIDE`] frames, the dissolve's steps
//! add up while grain does not (it differs as much between any two frames) and steady motion
//! adds up no faster than the dissolve: the same twin threshold and the same tests (the
//! frames are mixes of the run's ends, or its contrast dips) find it there. Where the shots
//! move too much for any run to form, the strided frames' contrast still dips towards the
//! dissolve's middle, as two pictures averaging out do. Only where the frame-by-frame detector
//! found nothing: what it finds is frame-exact, this is not.

use std::cell::OnceCell;
use std::collections::VecDeque;

use super::dim::is_lit_up;
use super::halfway::Halfway;
use super::run::{DIP, Run, contrast_dip, transition_in};
use super::{
    Boundary, FLAT, GRADUAL_FRAMES, GRADUAL_LOW, GRADUAL_MAX_FRAMES, GRADUAL_MIN, GRADUAL_RATIO,
    SPAN_MOVE_EXPLAINS, Seen, ShotDetector, Transition, WINDOW,
};

/// Strided frames a dip of the contrast may span (48 frames).
const DIP_STRIDES: usize = 13;
/// At its lowest strided frame, a dip's contrast is at most this part of its ends'. Two
/// unrelated pictures mixed half and half have about 0.71 of their contrast; the strided
/// frames may miss the middle by two frames either way.
pub(in crate::shots) const STRIDED_DIP: f32 = 0.82;
/// No stride of a dip changes the picture by more than this part of the change between its
/// ends: a dissolve spreads its change, a whip pan's blur and the jump of a fast move do not.
const DIP_STEP: f32 = 0.5;
/// A mix of two pictures is about as light as its share of each, never much darker than the
/// darker: a dip whose low (its lowest-contrast strided frame) is darker than both its ends by
/// more than this part of the darker end's mean lightness, and by [`DIP_DARKER_MIN`] at
/// least, is the shot's own light dipping (a film's flicker, a lamp) under whatever changed
/// it besides. On the corpus's clips to AX: a searchlight's glare growing at night while the
/// flicker darkened the picture (302), 0.72 to 0.73 of the darker end's lightness and 0.034
/// below it; the true dissolves found by their dip with no strided run over them, 0.92 of it
/// and above, or 0.43 of a near-black end but only 0.012 below it.
pub(in crate::shots) const DIP_DARKER: f32 = 0.15;
/// The least Oklab lightness a dip's low is below its ends for [`DIP_DARKER`] to count: near
/// black, a few codes are a large part of the lightness.
pub(in crate::shots) const DIP_DARKER_MIN: f32 = 0.02;
/// Frames between two frames the slow follower looks at.
const STRIDE: u64 = 4;
/// A slow transition spans at least this many strides.
const SLOW_STRIDES: u64 = 3;
/// Strided frames of a shot looked at before a run may start in it.
const SLOW_KNOWN: usize = 3;
/// Boundaries the frame-by-frame detector found that are remembered to check a slow one
/// against (more than can fall within one slow run).
const RECENT: usize = 16;
/// Slow transitions waiting for the frame-by-frame detector, at most (each spans 12 frames or
/// more, and waits at most while one run of that detector lasts).
const WAITING: usize = 8;

/// The strided frames, the run among them that may be a slow transition, and the transitions
/// found that wait for the frame-by-frame detector to decide their frames.
#[derive(Debug, Default)]
pub(super) struct Slow {
    /// The last strided frames of the shot (a cut or a transition found starts them over).
    frames: VecDeque<Seen>,
    run: Option<Run>,
    /// Slow transitions found, in order, waiting to be checked against what the
    /// frame-by-frame detector finds over their frames.
    waiting: VecDeque<Boundary>,
    /// The spans (first and last frames) of those waiting that were found whole
    /// (`whole.rs`): a dissolve found otherwise over one replaces it, its ends being closer.
    whole: Vec<(u64, u64)>,
    /// Slow transitions reported, not yet returned.
    pub(super) ready: Vec<Boundary>,
    /// The last boundaries the frame-by-frame detector found.
    recent: VecDeque<Boundary>,
    /// The last dissolves the frame-by-frame detector dropped as flares (their first and last
    /// frames): the same change, seen at a stride, is no dissolve either. (Not those it
    /// dropped as camera moves: it judges only their last frames, and a slow dissolve over
    /// them may be true: a follow pan dissolving into a dimmed shot.)
    flares: VecDeque<(u64, u64)>,
    /// Whether the frame-by-frame detector has found a gradual transition since the last
    /// frame the follower took.
    pub(super) restart: bool,
    /// The last strided frames of the shot, as many as a dip of the contrast may span, with
    /// their contrast.
    dipping: VecDeque<(Seen, f32)>,
    /// The frames a dissolve may be found over by its middle frame (`halfway.rs`).
    pub(super) halfway: Halfway,
}

impl Slow {
    /// The earliest frame a slow transition not yet reported may begin at, but for one the
    /// contrast dip may still find: the slow run's first, or the first of those waiting. The
    /// boundaries found after it are held back.
    pub(super) fn holds_from(&self) -> Option<u64> {
        let run = self.run.as_ref().and_then(Run::first).map(|s| s.frame);
        let waiting = self.waiting.front().map(|b| b.first);
        [run, waiting, self.halfway.earliest()].into_iter().flatten().min()
    }

    /// The earliest frame a slow transition not yet reported may begin at: [`Self::holds_from`],
    /// or the oldest strided frame a dip of the contrast may still start from (at most 48
    /// frames back). No boundary found needs holding back for the dip (every boundary found
    /// starts the strided frames over, so a dip lies after them all), but its frames are not
    /// settled.
    pub(super) fn unsettled_from(&self) -> Option<u64> {
        let dip = self.dipping.front().map(|(s, _)| s.frame);
        [self.holds_from(), dip].into_iter().flatten().min()
    }

    /// Remembers a dissolve the frame-by-frame detector dropped as a flare.
    pub(super) fn flare(&mut self, first: u64, last: u64) {
        self.flares.push_back((first, last));
        if self.flares.len() > RECENT {
            self.flares.pop_front();
        }
    }

    /// Remembers a boundary the frame-by-frame detector found.
    pub(super) fn note(&mut self, boundary: Boundary) {
        self.recent.push_back(boundary);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
    }
}

impl ShotDetector {
    /// Takes the decided frame `seen[at]` into the slow follower (if it falls on the stride),
    /// and reports a slow transition found earlier once the frame-by-frame detector has
    /// decided its frames and found nothing there. `cut` says whether `seen[at]` is a cut.
    pub(super) fn follow_slow(&mut self, at: usize, cut: bool) {
        let restart = std::mem::take(&mut self.slow.restart);
        if cut || restart {
            // A cut, or a transition the frame-by-frame detector found, starts over: the
            // frames before it say nothing of the next shot (a fade in's flat frames would
            // make the next shot's own motion look raised).
            self.close_slow_run();
            self.slow.frames.clear();
            self.slow.dipping.clear();
        }
        self.follow_halfway(at, cut || restart);
        let seen = &self.seen[at];
        if seen.frame.is_multiple_of(STRIDE) {
            let difference =
                self.slow.frames.back().map_or(0.0, |last| last.signature.difference(&seen.signature));
            // Only the signature and the difference are read by the run's tests.
            let strided = Seen {
                frame: seen.frame,
                seconds: seen.seconds,
                signature: seen.signature.clone(),
                difference,
                structure: 0.0,
                steady: 0.0,
                gained: 0.0,
                moved: OnceCell::new(),
            };
            let contrast = strided.signature.contrast();
            self.slow.dipping.push_back((strided.clone(), contrast));
            if self.slow.dipping.len() > DIP_STRIDES {
                self.slow.dipping.pop_front();
            }
            self.find_dip();
            self.slow.frames.push_back(strided);
            if self.slow.frames.len() > WINDOW + 1 {
                self.slow.frames.pop_front();
            }
            if self.slow.frames.len() >= 2 {
                self.take_strided();
            }
        }
        self.report_slow(Some(self.seen[at].frame));
    }

    /// Follows the run of raised strided differences with the last strided frame (copied into
    /// the run only when it joins one).
    fn take_strided(&mut self) {
        let slow = &mut self.slow;
        let n = slow.frames.len();
        let Some(last) = slow.frames.back() else { return };
        let flat = last.signature.is_flat(FLAT);
        match &mut slow.run {
            Some(run) => {
                let raised = last.difference >= run.floor().max(GRADUAL_RATIO * run.baseline());
                if raised || run.quiet() == 0 {
                    run.push(last.clone(), raised);
                    if run.len() > GRADUAL_MAX_FRAMES / STRIDE as usize {
                        // Longer than any transition: camera work or lighting.
                        slow.run = None;
                    } else if flat {
                        // A fade out ends on a flat frame (and a fade in out of it is the
                        // frame-by-frame detector's).
                        self.close_slow_run();
                    }
                } else {
                    self.close_slow_run();
                }
            }
            None => {
                // Only after a few strided frames of the shot's own: "raised" is against
                // them (the lower median, as so few frames may include the start of the
                // transition's rise).
                if n < SLOW_KNOWN + 1 {
                    return;
                }
                // The first frame's difference is a placeholder (its predecessor is gone).
                let mut before: Vec<f32> =
                    slow.frames.iter().skip(1).take(n - 2).map(|s| s.difference).collect();
                before.sort_by(f32::total_cmp);
                let baseline = before[(before.len() - 1) / 2];
                if last.difference >= GRADUAL_LOW.max(GRADUAL_RATIO * baseline) && !flat {
                    let previous = slow.frames[n - 2].signature.clone();
                    slow.run = Some(Run::starting(previous, baseline, GRADUAL_LOW, last.clone()));
                }
            }
        }
    }

    /// Ends the slow run, keeping the transition it holds.
    fn close_slow_run(&mut self) {
        let Some(mut run) = self.slow.run.take() else { return };
        run.drop_quiet();
        // Out of a flat frame or into one, a fade is the frame-by-frame detector's: it sees
        // the flat frames, and joins a fade out with the fade in after it.
        if run.len() < GRADUAL_FRAMES || run.before().is_flat(FLAT) {
            return;
        }
        let Some((first, last)) = transition_in(&run).or_else(|| contrast_dip(&run, DIP)) else { return };
        if last.frame - first.frame < SLOW_STRIDES * STRIDE || last.signature.is_flat(FLAT) {
            return;
        }
        // A light switched on over a part of the picture (`dim.rs`): dropped, and not to be
        // found again by the contrast either.
        if is_lit_up(run.before(), &last.signature) {
            self.slow.dipping.clear();
            return;
        }
        // Its ends are strided frames, known to a stride; it is not moved earlier, as the
        // frames before its first may have been settled already.
        let boundary = Boundary::spanning(first, last, Transition::Dissolve);
        self.wait(boundary, false);
        // The same dissolve is not to be found again by its contrast.
        self.slow.dipping.clear();
    }

    /// Keeps a slow transition found until the frame-by-frame detector has decided its frames
    /// (in order of their first frames; one that overlaps another waiting is the same).
    /// A long dissolve found whole is replaced by one found otherwise over it (whose ends the
    /// middle-frame test finds closer than a window of a set length does).
    pub(super) fn wait(&mut self, boundary: Boundary, found_whole: bool) {
        let Slow { waiting, whole, .. } = &mut self.slow;
        if let Some(at) = waiting.iter().position(|b| b.first <= boundary.last && b.last >= boundary.first) {
            let span = (waiting[at].first, waiting[at].last);
            match whole.iter().position(|&w| w == span) {
                Some(w) if !found_whole => {
                    whole.swap_remove(w);
                    waiting.remove(at);
                }
                _ => return,
            }
        }
        if waiting.len() >= WAITING {
            return;
        }
        if found_whole {
            if whole.len() >= WAITING {
                whole.remove(0);
            }
            whole.push((boundary.first, boundary.last));
        }
        let at = waiting.partition_point(|b| b.first <= boundary.first);
        waiting.insert(at, boundary);
    }

    /// Looks for a dissolve between shots that move too much for a run of raised strided
    /// differences to form: the contrast of the strided frames falls steadily to a low and
    /// rises again to the newest, and the ends differ (the variance curve of Alattar 1993, as
    /// `contrast_dip` reads it in a run). Neither end nor the low is a flat frame: fades are
    /// the frame-by-frame detector's. A low much darker than both ends ([`DIP_DARKER`]) is no
    /// mix's: the dip is dropped.
    fn find_dip(&mut self) {
        let frames = &self.slow.dipping;
        let Some(end) = frames.len().checked_sub(1) else { return };
        let contrast = |i: usize| frames[i].1;
        let picture = |i: usize| &frames[i].0.signature;
        let steady = |range: std::ops::RangeInclusive<usize>, falling: bool| {
            let steps = range.end() - range.start();
            let against = (*range.start()..*range.end())
                .filter(
                    |&i| if falling { contrast(i + 1) > contrast(i) } else { contrast(i + 1) < contrast(i) },
                )
                .count();
            against * 4 <= steps + 1
        };
        // A pan or a tilt across a picture whose parts differ in contrast dips too, but each
        // stride's change is the camera's move: shifted, the frames match (a dissolve's do not,
        // as the mix changes what is there).
        let camera_moves = |start: usize| {
            let (mut structure, mut moved) = (0.0f32, 0.0f32);
            for i in start..end {
                structure += picture(i).structure_difference(picture(i + 1));
                moved += picture(i).moved_structure_difference(picture(i + 1));
            }
            SPAN_MOVE_EXPLAINS * moved <= structure
        };
        // The dip's low, if it dips from `start`.
        let dips = |start: usize| {
            let lowest = (start + 1..end).min_by(|&a, &b| contrast(a).total_cmp(&contrast(b)))?;
            let ends = picture(start).difference(picture(end));
            let dip = contrast(lowest) <= STRIDED_DIP * contrast(start).min(contrast(end))
                && steady(start..=lowest, true)
                && steady(lowest..=end, false)
                && ![start, lowest, end].into_iter().any(|i| picture(i).is_flat(FLAT))
                && ends >= GRADUAL_MIN
                && (start..end).all(|i| picture(i).difference(picture(i + 1)) <= DIP_STEP * ends)
                && !camera_moves(start);
            dip.then_some(lowest)
        };
        // The shortest dip that is deep enough, from the latest start: the frames around the
        // low, inside the dissolve, rather than the shots' own wavering before it.
        let Some((start, lowest)) = (0..(end + 1).saturating_sub(SLOW_STRIDES as usize))
            .rev()
            .find_map(|start| dips(start).map(|lowest| (start, lowest)))
        else {
            return;
        };
        let (first, last) = (&frames[start].0, &frames[end].0);
        // A light switched on over a part of the picture (`dim.rs`) is found once too, and
        // dropped; so is the shot's light dipping.
        let lit_up = is_lit_up(&first.signature, &last.signature);
        let darker = picture(start).lightness().min(picture(end).lightness());
        let below = darker - picture(lowest).lightness();
        let darkened = below > DIP_DARKER * darker && below >= DIP_DARKER_MIN;
        let boundary = Boundary::spanning(first, last, Transition::Dissolve);
        // Found once: its frames start over (a run out of them would find its second half).
        self.slow.dipping.clear();
        self.slow.frames.clear();
        // A slow run in progress over the same frames decides instead: its ends are the
        // dissolve's own, not where the contrast turned.
        if self.slow.run.is_none() && !lit_up && !darkened {
            self.wait(boundary, false);
        }
    }

    /// Reports the slow transitions waiting once every frame near them is decided (`frame` is
    /// the last decided; `None` at the end of the film), unless the frame-by-frame detector
    /// found a gradual boundary there (it cannot have found a cut inside one: a cut starts
    /// the follower over), or dropped most of its frames as a flare.
    fn report_slow(&mut self, frame: Option<u64>) {
        while let Some(&slow) = self.slow.waiting.front() {
            // Its ends are known to a stride: a gradual boundary found that near is the same
            // transition, or the other half of a fade out and in.
            let (from, to) = (slow.first.saturating_sub(STRIDE), slow.last.saturating_add(STRIDE));
            let open = self.run.as_ref().and_then(Run::first).is_some_and(|first| first.frame <= to)
                || self.pending.is_some_and(|pending| pending.first <= to);
            if frame.is_some_and(|frame| frame <= to || open) {
                return;
            }
            let overlaps = |b: &Boundary| b.transition != Transition::Cut && b.first <= to && b.last >= from;
            // A flare over most of its frames (one in the shot after a slow dissolve leaves it;
            // its ends are not widened by a stride here, as a flare beside it is not it).
            let flare = |&(first, last): &(u64, u64)| {
                let shared = (last.min(slow.last) + 1).saturating_sub(first.max(slow.first));
                2 * shared > slow.last - slow.first + 1
            };
            let found_there = self.slow.recent.iter().chain(&self.found).chain(&self.pending).any(overlaps)
                || self.slow.flares.iter().any(flare);
            self.slow.waiting.pop_front();
            if !found_there {
                self.slow.ready.push(slow);
                // Found again over the same frames (by its middle after a run found it), it is
                // the same transition.
                self.slow.note(slow);
            }
        }
    }

    /// Settles the slow follower at the end of the film (after the frame-by-frame detector).
    pub(super) fn finish_slow(&mut self) {
        self.close_slow_run();
        self.close_halfway();
        self.report_slow(None);
    }
}
