//! The evidence the detector weighs for one frame (a peak in structure, a flicker, a gradual
//! change going through it, the medians around it): the tests behind each decision of `decide.rs`,
//! kept apart from the bookkeeping. The tests that explain a jump away are in `flash.rs` (a
//! flash, a light switched) and `passing.rs` (something passing the lens).

use std::ops::Range;

use super::{
    CUT_MIN, CUT_RATIO, DARK, FLAT, GRADUAL_SPAN, MIX_TOLERANCE, MOVED_MIN, MOVED_RATIO, PEAK, STRUCTURE_MIN,
    STRUCTURE_RATIO, Seen, ShotDetector, WINDOW,
};
use crate::shots::signature::{FrameSignature, Mixing};

/// A frame's change is the camera's move when its structure difference is at least this many
/// times what is left of it with the move taken out.
const MOVE_EXPLAINS: f32 = 5.0;
/// A frame this close to the one before it repeats it (a frame rate raised by repeating
/// frames, a camera stuttering)...
const REPEATED: f32 = 0.001;
/// ... and the medians of a neighbourhood leave such frames out when at least this many others
/// are left: they say nothing of how fast the shot changes.
const REPEATS_LEAVE: usize = 3;
/// Light flickers where the change of mean lightness makes at least this part of the
/// differences around a frame.
const FLICKER_SHARE: f32 = 0.5;
/// ... and turns from rising to falling or back at least once every this many frames.
const FLICKER_TURNS: usize = 3;
/// A frame is a step of a gradual change when it holds at least this share of where the change
/// goes (and at most 1 − this)...
const MIX_LEAST: f32 = 0.1;
/// ... and, under a flickering light, a lone frame before a cut candidate only when it holds at
/// least this share of the candidate.
const FLICKER_MIX: f32 = 0.25;
/// A frame that begins a gradual change (not into black or white) holds at most this share of
/// where the next frames go.
const BEGUN_MOST: f32 = 0.8;
/// Out of a near-black frame, a beginning holds at least this share of where the next frames
/// go (`MIX_LEAST` elsewhere)...
const BEGUN_DARK_LEAST: f32 = 0.05;
/// ... and lies within this many times `MIX_TOLERANCE` of a mix (once elsewhere): as a fade in
/// lifts a grainy ground out of black, each step brings out grain and lines that were crushed
/// to black the frame before (near black, a few codes are a large change of lightness), so its
/// first steps hold little of the way and fit a mix loosely.
const BEGUN_DARK_SLACK: f32 = 2.0;
/// Light flickers on one side of a cut when its changes turn with steps of at least this much
/// (mean Oklab lightness) each way: grain turns a still shot's lightness by less.
const FLICKER_STEP: f32 = 0.005;
/// A cut between a calm shot and a moving one: one side's median difference is at least this
/// many times the other's...
const SIDES_APART: f32 = 2.25;
/// ... and the cut's difference at least this many times the calm side's...
const CALM_OUTDONE: f32 = 5.0;
/// ... and this many times the moving side's.
const MOVING_OUTDONE: f32 = 2.0;
/// A cut between two quiet pictures (near-white snow, a pale sky, a bare wall, two nearly black
/// night shots) whose change stays under [`CUT_MIN`] changes them by at least this much (a
/// bridge at night cut to a dark river, 0.013; a subtitle over a still face that the caption
/// test misses, 0.007)...
const QUIET_MIN: f32 = 0.010;
/// ... at least this many times the median difference around it (where [`CUT_RATIO`] asks
/// for less: dark grainy shots make false cuts under the floor, never so far above their own
/// grain)...
const QUIET_RATIO: f32 = 6.0;
/// ... at least this many times both its neighbours' (one frame's change)...
const QUIET_PEAK: f32 = 4.0;
/// ... and in structure, the camera's move taken out, at least this many times every other
/// frame around it (with it left in).
const QUIET_STRUCTURE: f32 = 1.5;

/// A quiet cut that changes the whole picture ([`ShotDetector::changes_whole_picture`]) need
/// stand out only this many times the median difference around it (AU's 284, a cut to a nearer
/// framing out of a pan along a street, 4.5 to 5.5 times; 286's out of a boat under lightning,
/// 4.6; 4 for a margin)...
const SPREAD_RATIO: f32 = 4.0;
/// ... and this many times both its neighbours' (284's 3.2 to 3.6).
const SPREAD_PEAK: f32 = 3.0;
/// The median change of the fine grid's cells' lightness (0..1) of a frame that changes the
/// whole picture: most cells change by more than grain and compression move them (284's cut
/// 0.019, 286's 0.035; a fireball blooming over a gorge, 0.003)...
const SPREAD_MIN: f32 = 0.012;
/// ... and at least this many times every other frame's around it (284's 2.5 times the pan's
/// steps, 286's 4.4 times the rocking boat's).
const SPREAD_OUTDONE: f32 = 2.0;

/// Under a flickering light, with a gain of the light taken out ([`LightOut::Gain`]), a cut
/// outdoes every other frame around it at least this many times, not only their median: the
/// gain fits the flicker so closely that frames the shot holds still leave only the grain, and
/// in a shot that moves every other frame (a slow pan, animation on twos) that median is the
/// grain's, which every moving frame outdoes (a pan of a pixel every other frame under a lamp
/// flickering by up to 15 %: its steps leave 0.013 to 0.026, its still frames 0.006 to 0.011).
/// AS's 273 cut under a dipping lamp outdoes every frame around it 3.7 times.
const GAIN_OUTDONE: f32 = 2.0;

/// How a flickering light is taken out of the changes from frame to frame, for a cut under it
/// to stand out ([`ShotDetector::cut_under_flicker`]), and for the picture from before it to
/// come back, as a flash's does (`is_steady_flash`) or as after something passing the lens or a
/// light failing (`back_within`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LightOut {
    /// The change of mean lightness (a light added over the picture, a flicker of exposure).
    Mean,
    /// A gain and an offset of the lightness: a lamp's power dipping scales the picture's
    /// light, and the bright parts change more than the dark, which taking out the mean
    /// change leaves in. A cut to a nearer framing of a dim room under a dipping lamp (AS's
    /// 273 in black and white) changes the picture by no more, the mean change taken out,
    /// than the dips do (0.035 against up to 0.035); the gain taken out, by 3.7 times the
    /// most any frame around it does (0.034 against 0.005 to 0.009).
    Gain,
}

impl LightOut {
    /// A frame's difference from the frame before with the light taken out this way.
    pub(super) fn of(self) -> fn(&Seen) -> f32 {
        match self {
            LightOut::Mean => |seen| seen.steady,
            LightOut::Gain => |seen| seen.gained,
        }
    }

    /// `a`'s difference from `b` with the light taken out this way (for a gain, `a` is fitted
    /// from `b`).
    pub(super) fn between(self, a: &FrameSignature, b: &FrameSignature) -> f32 {
        match self {
            LightOut::Mean => a.steady_difference(b),
            LightOut::Gain => a.gain_residual(b),
        }
    }
}

impl ShotDetector {
    /// Whether `seen[at]` starts a shot that differs from the last in structure (the fine
    /// grid) several times more than any other frame around it does. Any, not the median:
    /// motion makes structure differences jump from frame to frame (animation held on twos
    /// alternates still and moving frames), which only a cut should outdo. Nor may the camera's
    /// move explain it: shifted back, the frame of a tripod knocked in a still shot matches the
    /// last as closely as the grain allows ([`QUIET_STRUCTURE`] times every other frame's at most).
    pub(super) fn is_structure_cut(&self, at: usize) -> bool {
        let structure = self.seen[at].structure;
        let others = self.most_other_structure(at);
        structure >= STRUCTURE_MIN
            && structure >= STRUCTURE_RATIO * others
            && self.moved(at) >= STRUCTURE_MIN.max(QUIET_STRUCTURE * others)
    }

    /// The largest structure difference of the frames around `seen[at]` (its neighbourhood,
    /// leaving it out).
    fn most_other_structure(&self, at: usize) -> f32 {
        self.most_other(at, |seen| seen.structure)
    }

    /// The largest `value` of the frames around `seen[at]` (its neighbourhood, leaving it out).
    fn most_other(&self, at: usize, value: impl Fn(&Seen) -> f32) -> f32 {
        (at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len()))
            .filter(|&i| i != at && i >= 1)
            .map(|i| value(&self.seen[i]))
            .fold(0.0f32, f32::max)
    }

    /// Whether `seen[at]` (its `difference`, `around` the median of its neighbourhood's) starts
    /// a shot out of another as quiet: a change under [`CUT_MIN`] (little differs between a
    /// blizzard and a snowfield, or two pale walls) that still stands out from its neighbourhood
    /// far more than a cut must ([`QUIET_RATIO`]), is one frame's change ([`QUIET_PEAK`]), and
    /// changes the shapes, with the camera's move taken out, more than any other frame around
    /// it does ([`QUIET_STRUCTURE`]): a tripod bumped a pixel in a still shot stands alone too,
    /// but shifted back its frame is as close to the last as the grain allows. The structure
    /// must also pass [`STRUCTURE_MIN`] (frames held still, or with no fine grid, differ by 0).
    ///
    /// A cut to a nearer framing of the same scene out of a moving shot (a pan along a street,
    /// a boat rocking under lightning) keeps the colors and stands out less
    /// ([`SPREAD_RATIO`], [`SPREAD_PEAK`]): it still counts as one when it changes the whole picture
    /// as no other frame around it does ([`Self::changes_whole_picture`]).
    pub(super) fn is_quiet_cut(&self, at: usize, difference: f32, around: f32) -> bool {
        if !(QUIET_MIN..CUT_MIN).contains(&difference) || difference < SPREAD_RATIO * around {
            return false;
        }
        let neighbours = [at.checked_sub(1), Some(at + 1)]
            .into_iter()
            .flatten()
            .filter_map(|i| self.seen.get(i))
            .map(|s| s.difference)
            .fold(0.0f32, f32::max);
        let loud = difference >= QUIET_RATIO * around && difference >= QUIET_PEAK * neighbours;
        // The motion search last: it runs only for the few frames that pass the rest.
        (loud || (difference >= SPREAD_PEAK * neighbours && self.changes_whole_picture(at)))
            && self.moved(at) >= STRUCTURE_MIN.max(QUIET_STRUCTURE * self.most_other_structure(at))
    }

    /// Whether `seen[at]` changes most of the picture's shapes
    /// ([`FrameSignature::median_structure_difference`] at least [`SPREAD_MIN`]) and several
    /// times more of it than any other frame around it does ([`SPREAD_OUTDONE`]): a pan by a
    /// fraction of a cell moves only the picture's edges, something passing or blooming (a
    /// fireball) only a part of it.
    fn changes_whole_picture(&self, at: usize) -> bool {
        if at == 0 {
            return false;
        }
        let spread =
            |i: usize| self.seen[i].signature.median_structure_difference(&self.seen[i - 1].signature);
        let mine = spread(at);
        mine >= SPREAD_MIN
            && (at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len()))
                .filter(|&i| i != at && i >= 1)
                .all(|i| SPREAD_OUTDONE * spread(i) <= mine)
    }

    /// Whether `seen[at]` starts a shot that the camera's move around it hides: next to a whip
    /// pan or a fast pan every frame differs from the last as much as a cut does, so the cut
    /// does not stand out from its neighbours; with the move taken out
    /// ([`FrameSignature::moved_structure_difference`]) the moving frames match their
    /// predecessors and the cut stands out again.
    ///
    /// [`FrameSignature::moved_structure_difference`]: crate::shots::FrameSignature::moved_structure_difference
    pub(super) fn is_cut_in_motion(&self, at: usize) -> bool {
        let moved = self.moved(at);
        // The moved difference is at most the plain one (no shift is one of the shifts tried),
        // so a calm neighbour is let through without searching.
        let calm = |i: usize| {
            i >= self.seen.len()
                || MOVED_RATIO * self.seen[i].structure <= moved
                || MOVED_RATIO * self.moved(i) <= moved
        };
        moved >= MOVED_MIN && calm(at - 1) && calm(at + 1)
    }

    /// Whether `seen[at]` starts a shot that moves much more than the one before it (a cut
    /// from a still shot into a tracking shot), or ends one that moved much more than the next:
    /// the neighbourhood's median is then the moving side's, which the cut outdoes by less than
    /// [`CUT_RATIO`]. Weighed side by side, with one side moving at least [`SIDES_APART`] times
    /// more than the other, the cut must outdo the calm side [`CALM_OUTDONE`] times and the
    /// moving side [`MOVING_OUTDONE`] times, and be a peak.
    pub(super) fn is_cut_into_motion(&self, at: usize, difference: f32) -> bool {
        let (before, after) = self.side_medians(at);
        let (calm, moving) = (before.min(after), before.max(after));
        moving >= SIDES_APART * calm
            && difference >= CALM_OUTDONE * calm
            && difference >= MOVING_OUTDONE * moving
            && self.is_peak(at, |s| s.difference)
    }

    /// Whether `seen[at]` starts a shot that a flickering or pulsing light hides: every frame
    /// lightens or darkens the whole picture, so that the cut does not stand out from its
    /// neighbours; with the light taken out it does, by the cut's own test. Only where the
    /// light does flicker: the lightness changes make most of the differences around
    /// (elsewhere, taking them out would turn the steep step of a fade into a cut). `around` is
    /// the median difference of the frames around it. Returns how the light was taken out for
    /// the cut to stand out ([`LightOut`]): the change of mean lightness first, then a gain.
    ///
    /// The light may flicker on one side of the cut only (a camera's auto-gain hunting in the
    /// shot before it, the next shot calm): then that side's frames are weighed alone, and the
    /// cut must outdo each of them with the light taken out (a strobe starting in the next shot
    /// is no flicker of the frames before it).
    ///
    /// The floor ([`CUT_MIN`]) is the cut's own difference, light and all, as for any cut: with
    /// the light taken out, a cut between two faces before one painted curtain changes the
    /// picture by less (0.032 on AL's 231), though eight times the frames around it do.
    pub(super) fn cut_under_flicker(&self, at: usize, around: f32) -> Option<LightOut> {
        if self.seen[at].difference < CUT_MIN {
            return None;
        }
        let window = at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len());
        let lit = |frames: Range<usize>, around: f32| {
            around - self.median_of(frames.clone(), at, |s| s.steady) >= FLICKER_SHARE * around
                && self.flickers_over(frames, at, FLICKER_STEP)
        };
        let stands_out = |out: LightOut| {
            let value = out.of();
            let mine = value(&self.seen[at]);
            let lit_alone = |frames: Range<usize>| {
                lit(frames.clone(), self.median_difference(frames.clone(), at))
                    && frames.filter(|&i| i >= 1).all(|i| value(&self.seen[i]) < mine)
            };
            (lit(window.clone(), around) || lit_alone(window.start..at) || lit_alone(at + 1..window.end))
                && mine >= CUT_RATIO * self.median_of(window.clone(), at, value)
                && self.is_peak(at, value)
                && (out == LightOut::Mean || mine >= GAIN_OUTDONE * self.most_other(at, value))
        };
        [LightOut::Mean, LightOut::Gain].into_iter().find(|&out| stands_out(out))
    }

    /// Whether the light around `seen[at]` goes up and down (a flicker, a pulse), rather than
    /// one way (a fade): the change of mean lightness turns from rising to falling or back at
    /// least every [`FLICKER_TURNS`] frames.
    fn flickers(&self, at: usize) -> bool {
        self.flickers_over(at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(self.seen.len()), at, 0.0)
    }

    /// [`Self::flickers`] over `frames` (but `skip`), counting only the turns between changes
    /// of at least `step` each way.
    fn flickers_over(&self, frames: Range<usize>, skip: usize, step: f32) -> bool {
        let light = |i: usize| self.seen[i].signature.lightness();
        let frames = frames.start.max(1)..frames.end;
        let changes: Vec<f32> = frames.filter(|&i| i != skip).map(|i| light(i) - light(i - 1)).collect();
        let turns = changes
            .windows(2)
            .filter(|w| (w[0] > 0.0) != (w[1] > 0.0) && w[0].abs().min(w[1].abs()) >= step)
            .count();
        !changes.is_empty() && turns * FLICKER_TURNS >= changes.len()
    }

    /// Whether `seen[at]`'s difference (as `value` reads it from a frame) is a peak: at least
    /// [`PEAK`] times both its neighbours' (so that a cut spread over two frames never counts
    /// twice; a frame that is an even mix of the two shots is a step of a gradual change, see
    /// [`Self::is_gradual_step`]). A neighbour that is a flash's edge does not count
    /// ([`Self::is_flash_edge`]).
    pub(super) fn is_peak(&self, at: usize, value: impl Fn(&Seen) -> f32) -> bool {
        let difference = value(&self.seen[at]);
        let of = |i: Option<usize>| {
            i.filter(|&i| !self.is_flash_edge(at, i)).and_then(|i| self.seen.get(i)).map_or(0.0, &value)
        };
        PEAK * of(at.checked_sub(1)) <= difference && PEAK * of(Some(at + 1)) < difference
    }

    /// Whether `seen[at]`'s change from the frame before is the camera's move: with the move
    /// taken out, its structure difference all but vanishes (a whip pan's fastest frame
    /// stands out from the pan's slower ones as a cut would).
    pub(super) fn is_camera_move(&self, at: usize) -> bool {
        let structure = self.seen[at].structure;
        structure >= MOVED_MIN && MOVE_EXPLAINS * self.moved(at) <= structure
    }

    /// Whether the frame next to `seen[at]` is where the shot really changes, `at` being the
    /// last or first frame of a camera move beside it: with the move taken out, it differs
    /// from its predecessor several times more than `at` does.
    pub(super) fn is_beside_cut_in_motion(&self, at: usize) -> bool {
        let moved = self.moved(at);
        [at - 1, at + 1]
            .into_iter()
            .any(|i| i >= 1 && i < self.seen.len() && self.moved(i) >= MOVED_MIN.max(MOVED_RATIO * moved))
    }

    /// `seen[at]`'s structure difference from the frame before with the camera's move taken
    /// out (0 for the first frame remembered, whose predecessor is gone).
    pub(super) fn moved(&self, at: usize) -> f32 {
        let Some(before) = at.checked_sub(1) else { return 0.0 };
        *self.seen[at]
            .moved
            .get_or_init(|| self.seen[before].signature.moved_structure_difference(&self.seen[at].signature))
    }

    /// The median difference of `seen[range]`, leaving out `seen[skip]`.
    pub(super) fn median_difference(&self, range: Range<usize>, skip: usize) -> f32 {
        self.median_of(range, skip, |seen| seen.difference)
    }

    /// The median of `value` over `seen[range]`, leaving out `seen[skip]` (and the first frame,
    /// which has no difference).
    pub(super) fn median_of(&self, range: Range<usize>, skip: usize, value: impl Fn(&Seen) -> f32) -> f32 {
        let frames = range.filter(|&i| i != skip && i >= 1);
        let moving = frames.clone().filter(|&i| self.seen[i].difference >= REPEATED).count();
        let mut values: Vec<f32> = frames
            .filter(|&i| moving < REPEATS_LEAVE || self.seen[i].difference >= REPEATED)
            .map(|i| value(&self.seen[i]))
            .collect();
        if values.is_empty() {
            return 0.0;
        }
        values.sort_by(f32::total_cmp);
        values[values.len() / 2]
    }

    /// Every frame still remembered, in order: those gone from the window (kept for `dim.rs`,
    /// `passing.rs`, `flicker.rs` and `tint.rs`) and those in it, by number and signature.
    pub(super) fn remembered(&self) -> impl Iterator<Item = (u64, &crate::shots::FrameSignature)> + Clone {
        self.remembered_changes().map(|(frame, signature, _)| (frame, signature))
    }

    /// [`Self::remembered`], each frame with its difference from the frame before it.
    pub(super) fn remembered_changes(
        &self,
    ) -> impl Iterator<Item = (u64, &crate::shots::FrameSignature, f32)> + Clone {
        let gone = self.gone.iter().map(|(frame, signature, change)| (*frame, signature, *change));
        gone.chain(self.seen.iter().map(|seen| (seen.frame, &seen.signature, seen.difference)))
    }

    /// The shot's usual change from frame to frame around `seen[at]`: the smaller of the median
    /// differences of the frames before it and after it (both sides of a flash or of something
    /// passing in a moving shot move; a cut after a camera move has the move on one side only).
    pub(super) fn usual_change(&self, at: usize) -> f32 {
        self.usual(at, |seen| seen.difference)
    }

    /// [`Self::usual_change`] of `value` (a frame's difference, or its difference with the light
    /// taken out: [`LightOut::of`]).
    pub(super) fn usual(&self, at: usize, value: impl Fn(&Seen) -> f32) -> f32 {
        let (before, after) = self.side_medians_of(at, value);
        before.min(after)
    }

    /// The median differences of the [`WINDOW`] frames before `seen[at]` and of those after it.
    fn side_medians(&self, at: usize) -> (f32, f32) {
        self.side_medians_of(at, |seen| seen.difference)
    }

    /// The medians of `value` over the [`WINDOW`] frames before `seen[at]` and those after it.
    fn side_medians_of(&self, at: usize, value: impl Fn(&Seen) -> f32) -> (f32, f32) {
        let before = self.median_of(at.saturating_sub(WINDOW)..at, at, &value);
        let after = self.median_of(at + 1..(at + 1 + WINDOW).min(self.seen.len()), at, &value);
        (before, after)
    }

    /// Whether a gradual change goes through `seen[at]`: the frame before it lies between the
    /// frames before that and `seen[at]` (a change already under way that `at` completes), or
    /// `seen[at]` lies between the frame before it and the frames after (a change that `at`
    /// begins), as mixes do. A cut's frames are not between anything; a camera move's are not
    /// mixes.
    pub(super) fn is_gradual_step(&self, at: usize) -> bool {
        let between_within = |middle: usize, from: usize, to: usize, least: f32, most: f32, slack: f32| {
            let (a, b, z) =
                (&self.seen[from].signature, &self.seen[to].signature, &self.seen[middle].signature);
            let ends = a.difference(b);
            [Mixing::Linear, Mixing::Encoded].into_iter().any(|mixing| {
                let (distance, share) = z.distance_from_mix(a, b, mixing);
                (least..=most).contains(&share) && distance <= slack * MIX_TOLERANCE * ends
            })
        };
        let between = |middle, from, to, least, most| between_within(middle, from, to, least, most, 1.0);
        // Where the light flickers, one frame lit a little towards the next shot is no mix: the
        // frame before `at` must hold a good part of it, or the one before that be a mix too;
        // and with the light taken out as well (a frame the flicker darkened towards a darker
        // shot holds nothing of it but its light), unless near black, where all is light.
        let lit_mix = |middle: usize, from: usize, least: f32| {
            let (a, b, z) =
                (&self.seen[from].signature, &self.seen[at].signature, &self.seen[middle].signature);
            let dark = [a, b, z].iter().any(|s| s.lightness() < DARK);
            between(middle, from, at, least, 1.0 - MIX_LEAST) && (dark || z.steady_share(a, b) >= least)
        };
        let under_way = at > GRADUAL_SPAN && {
            let from = at - 1 - GRADUAL_SPAN;
            if self.flickers(at) {
                lit_mix(at - 1, from, FLICKER_MIX)
                    || lit_mix(at - 2, from, MIX_LEAST) && lit_mix(at - 1, from, MIX_LEAST)
            } else {
                between(at - 1, from, at, MIX_LEAST, 1.0 - MIX_LEAST)
            }
        };
        // A change that `at` begins carries on over the next frames: `at` holds at most
        // `BEGUN_MOST` of where they go, and, with each frame's mean lightness taken out, not
        // all of it (a cut into a shot whose camera hunts for its exposure: the first frame is
        // the new picture, only lit otherwise), unless they go into black or white (a fade's
        // last steps, in linear light, are its steepest) or out of black (all is light there);
        // out of a near-black frame it may hold less of the way and fit the mix more loosely
        // (`BEGUN_DARK_LEAST`, `BEGUN_DARK_SLACK`).
        let begins = at + GRADUAL_SPAN < self.seen.len() && {
            let (a, b, z) = (
                &self.seen[at - 1].signature,
                &self.seen[at + GRADUAL_SPAN].signature,
                &self.seen[at].signature,
            );
            let flat = b.is_flat(FLAT);
            let dark = [a, b, z].iter().any(|s| s.lightness() < DARK);
            let (least, slack) =
                if a.lightness() < DARK { (BEGUN_DARK_LEAST, BEGUN_DARK_SLACK) } else { (MIX_LEAST, 1.0) };
            between_within(
                at,
                at - 1,
                at + GRADUAL_SPAN,
                least,
                if flat { 1.0 - MIX_LEAST } else { BEGUN_MOST },
                slack,
            ) && (flat || dark || z.steady_share(a, b) <= 1.0 - MIX_LEAST)
        };
        under_way || begins
    }
}
