//! Finding shot boundaries in a stream of frame signatures, one frame at a time, remembering
//! only a short window (memory does not grow with the film).
//!
//! The design follows the literature on shot boundary detection rather than one tool:
//! - **Hard cuts**: the frame-to-frame difference in Oklab ([`FrameSignature::difference`]) must
//!   stand out from its neighbourhood, not only pass a fixed threshold (an adaptive threshold, as
//!   in Yeo & Liu 1995 and PySceneDetect's `detect-adaptive`): at least [`CUT_RATIO`] times the
//!   median difference of the frames around it, and above an absolute floor; and it must be a
//!   peak, clearly above both its neighbours' (a cut is one frame's change; a whip pan's
//!   fastest frame rises and falls with the frames around it), so that a cut spread over two
//!   frames never counts twice. A neighbour that is a flash's edge (a police light going on
//!   just after the cut or off just before it: a change of light whose picture comes back)
//!   does not count.
//! - **Cuts between quiet pictures** (a blizzard to a snowfield, two pale walls): little
//!   differs, and the change stays under the floor; down to 0.010 it is still a candidate when
//!   it stands out from its neighbourhood far more than a cut must (six times its median, four
//!   times both neighbours) and, with the camera's move taken out, changes the shapes at least
//!   1.5 times as much as any frame around it; then it meets every test a cut does (flashes,
//!   things passing, light switched).
//! - **Cuts into or out of motion** (a still shot cut to a tracking shot): the neighbourhood's
//!   median is the moving side's, so each side is weighed alone: the cut must outdo the calm
//!   side by far and the moving side still clearly.
//! - **Cuts in structure alone** (title cards of the same colors, another angle on the same
//!   scene): the same test on a finer grid of lightness ([`FrameSignature::structure_difference`],
//!   a cheap stand-in for Zabih, Miller & Mai's edge change ratio), held to a stricter
//!   standard: several times every other difference around it, not their median, as motion
//!   (animation held on twos above all) makes fine differences jump from frame to frame; and
//!   with the camera's move taken out it must still outdo them (a tripod knocked in a still
//!   shot changes the fine grid in one frame, but shifted back that frame matches the last).
//! - **Cuts under a flickering light** (an old print's lamp, a pulsing stage light): where the
//!   light goes up and down from frame to frame and makes most of the differences, the cut's
//!   test is made again with each frame's change of mean lightness taken out; also where only
//!   one side of the cut flickers (a camera hunting for its exposure before a calm shot). The
//!   floor stays the cut's own difference: with the light taken out, a cut between two faces
//!   before one curtain is under it, though far above every other frame's.
//! - **Repeated frames** (a frame rate raised by repeating frames, a camera stuttering or
//!   dropping and doubling frames): nothing changes into a repeat, so the step after it carries
//!   two or three frames' motion and stands out from a median that the repeats pull down. The
//!   medians of a neighbourhood leave repeats out (while at least three other frames are left).
//! - **Flashes** (lightning, a camera flash, a muzzle flash; and dark ones: a failing lamp, an
//!   inverted impact frame): the picture lightens or darkens and after a few frames comes
//!   back to what it was before, so frame t−1 is compared with t+1…t+[`FLASH_FRAMES`] (Heng &
//!   Ngan's flash test), allowing for the shot's own motion over those frames; the change of
//!   lightness must be most of the change, and the lightness must come back too (a cut to a
//!   lighter moving shot does not). Coming back from a dark flash, the picture must have
//!   dipped at least half as sharply (a cut out of a darkening shot into the same scene lit
//!   comes back from no dip). A flash of color (a game's red hurt frames, a colored strobe)
//!   is the same with a cast over the whole picture (its mean hue) in place of the light.
//!   A cut found under a flickering light, with the light taken out, must be a flash with the
//!   light taken out too to be one: the lamp's ups and downs make any frame look lit and back.
//!   No gradual transition starts at a flash's return (its light may come back in a few steps,
//!   as a dissolve out of the dark frames would), unless the return is out of a black or white
//!   frame (a fade in). A slow flash (a bomb's, a flare's) lights the picture at once and dies
//!   away over up to [`LONG_FLASH_FRAMES`] frames, as a fade in out of white would: it is one
//!   when the picture from before comes back, its light nearly back and, with the light left
//!   taken out, nearly as it was; no gradual run starts before its light has died away.
//! - **Things passing** (an object close to the lens, a tape glitch, an arc's glare): whatever
//!   their light, the picture from just before comes back, nearly as it was, within
//!   [`FLASH_FRAMES`] frames after; a cut's never does. Something that covers a part of the
//!   picture for longer (a passer-by, a flag, for up to 15 frames) and leaves it at once brings
//!   back the picture of the same shot from before it came, which it covered in every frame
//!   since, and of which the frame before it left kept at least half (`passing.rs`).
//! - **Subtitles and captions** appearing, changing or going over a shot that goes on: most
//!   of the change (0.8) lies in a band across the bottom or the top quarter of the picture,
//!   and the rest of it, which shows a scene, changes no more than the shot usually does from
//!   frame to frame; a cut changes the rest too. Credits over black change their words in such
//!   a band too, but the rest is black: those stay cuts.
//! - **A fade in hiding under the black**: while a fade out is kept open, a step out of a dark
//!   frame that is all a rise of light, small in every cell, is the fade in's, though near
//!   black (where Oklab's lightness is steepest) it stands out as a cut does.
//! - **Light switched on or off over a part of the picture** (a lamp's pool, a bank of lights):
//!   the pool's edge crosses the shapes, which agree less, but a gain of its own in each part
//!   of the picture takes the change, as one gain over the whole picture does not.
//! - **Light switched on or off** (a burner lighting a balloon, a power cut, a quiz's answer
//!   lit), which does not come back like a flash's: where the picture changed, its shapes are
//!   those of the frame before, lit otherwise, so the fine grid's lightness gradients over the
//!   changed cells point the same ways (their normalised correlation); a cut puts other edges
//!   there, even to another angle on the same scene. The edges of black bars that the crop left
//!   on (a fade to white lit them too) count for neither. A colored light (a UV lamp, an alarm's
//!   red) keeps the shapes too but casts a tint over the picture, and a tint that stays is a cut
//!   to another grade of the shot: such a cut is held back (`tint.rs`) and dropped, with the
//!   change that ends it, when within [`tint::TINT_FRAMES`] frames the tint goes and the
//!   picture from before it is back. A colored light switched on to flash from color to color
//!   (a police car's) never brings it back: a cast whose light flashes within a few frames is
//!   no cut (`flash.rs`, `starts_flashing`).
//! - **Light switched back** (the lights back after a power cut): where a light switched off
//!   was told from a cut by its shapes, the lights coming back within 36 frames (a second and
//!   a half at 24 fps) bring back the picture from before the switch (a change mostly of
//!   light, into a picture within a flash's return of it), though out of frames too dark for
//!   their shapes to be compared. A cut forgets the switch.
//! - **Lights off or down and back** (a neon sign blinking over a dark room, a stair's timer
//!   light): a change all of light into a darker picture may leave too little light for its
//!   shapes to be compared through the grain, and into near black it is a cut into black
//!   (the first half of a fade); when no fade in joins it, it is held back as a tint is
//!   (`tint.rs`) and dropped, with the change out, when the lights come back to the picture
//!   from before it within [`tint::TINT_FRAMES`] frames, at once, over a few (a dissolve), or
//!   over two or three steps none of which is a cut nor makes a gradual run (a generator's
//!   light ramping up): the picture from before is back, and no cut came between. Back over
//!   a pan, its shapes may differ from those before the dark by as much as the pan moved them
//!   over as many frames before it. The frames of a tint or of the dark so undone are set
//!   aside as light for the slow tests.
//! - **A light failing for good after a flicker** (a bulb in a power cut): a change mostly of
//!   light that repeats one the shot made a moment before (out of the picture that change
//!   came out of, into the one it went to) is no cut (`flicker.rs`).
//! - **Light dimming or coming back over many frames** (a lamp dipping for half a second, an
//!   exposure ramp): its steepest step (the shadows going black at once) stands out as a cut
//!   would, but it is mostly a change of light, as are the steps of the frames on one side of
//!   it, and with the light taken out it changes the picture no more than they do. Dimmed for
//!   a second (a dark picture sinking into black and rising out of it), its short runs of mixes
//!   pass the dissolve tests: a dissolve whose change is light and keeps the shapes is held
//!   back, and dropped when the picture from before it comes back (`dim.rs`), or at once
//!   when its last frame is that picture lit otherwise (a gain and an offset of the fine
//!   grid's lightness, or one function of it, a tone curve, leave little of their
//!   difference): the light changed for good.
//! - **A light switched on over a still picture** (a lamp in a corner, a porch light): a few
//!   frames of mixes, as a short dissolve's, but over part of the picture only, so the tests
//!   of light over the whole picture miss it. A dissolve of at most a quarter of a second out
//!   of a picture held still (or out of a shot that already showed its last picture, a light
//!   flickering on; still but for a flicker of its light, an oil lamp's before it is blown
//!   out) is held back, and dropped when the picture after it stays still as long
//!   (`still.rs`): a dissolve between shots found that short is the middle of a longer one,
//!   whose frames around it keep changing.
//! - **Gradual transitions** (dissolves, fades): a twin threshold (Zhang, Kankanhalli & Smoliar
//!   1993): a run of frames whose differences are raised above a low threshold, and whose first
//!   and last frames end far apart; then, to tell a dissolve from a camera pan or zoom (which
//!   also make such runs), every frame of the run must be a mix of the two ends, in linear
//!   light or in the encoded values (editors mix either), as a dissolve's frames are; where the
//!   run begins with a few frames that are no part of it (the camera jolting, a smear just
//!   before the dissolve), the mix is looked for from the frame before its own start too, as
//!   long as it spans enough frames and takes the picture away from the one before the run
//!   (a flare's peak dying back is none). When the shots move while they mix, the frames are
//!   no such mixes; then the run's contrast must dip towards its middle and rise again (the
//!   variance curve of Alattar 1993), as two pictures averaging out do and a camera move does
//!   not. A candidate whose ends, shifted, match is the camera's move (a short pan, a dolly:
//!   as edges cross the coarse grid's cells, each cell changes steadily, as in a mix), and the
//!   run's next candidate is tried (a dissolve may follow a swish pan in one run); a run does
//!   not settle on such a candidate either. A dissolve whose changes the camera's move
//!   explains over its last frames (a whip pan's blur over smooth shapes fits a mix) is that
//!   move; and one whose later frames come back near the picture before it is a flare that
//!   died away (the frames remembered after the run only when they come back steadily, a
//!   flash in the new shot comes back all at once, and before the new picture has held still
//!   for [`WINDOW`] frames: a shot that has arrived and holds still is no flare's light still
//!   dying, whatever passes later). A run ends when its differences fall back, or once it holds a
//!   transition and stops getting farther from the picture before it (the new shot may move or be
//!   grainier than the old one, and keep its differences raised). A fade is a gradual transition
//!   from or to a flat (black or white) frame; a fade out and a fade in through black with nothing
//!   between are one boundary, and so are a cut into black or white and a fade in that starts at
//!   once out of it (`gradual.rs`). Out of a flat frame, a fainter rise counts (a title card's
//!   words fading in on black); after a fade out, any frame that rises farther out of the black
//!   hold than those before it does, and the frames still near black are not held to the mix (Oklab
//!   spreads their few codes wide), so that a dark title card rising slowly out of black ends the
//!   same fade.
//! - **Slow transitions** (`slow.rs`): a long dissolve between moving or grainy shots changes
//!   each frame less than their own motion or grain, and no run of raised differences forms;
//!   every fourth frame, the dissolve's steps add up and grain does not, and the same twin
//!   threshold and mix tests find it there; where the shots move too much for that, the
//!   strided frames' contrast still dips towards its middle and rises again. Reported only
//!   where the frame-by-frame tests found nothing, as its ends are known to four frames.
//! - **Dissolves by their middle frame** (`halfway.rs`): where strobes, snow or a lamp's
//!   flicker change every frame as much as a dissolve's steps, no run forms at any stride; the
//!   dissolve's middle frame is still the half-and-half mix of the frames 8 (to 16, for
//!   longer dissolves) before and after it, and the change across them stands out from the
//!   same span's in the shots on either side (a centred double chromatic difference, Yu, Bozdagi & Harrington 1997).
//! - **Long dissolves found whole** (`whole.rs`): a dissolve of 20 to 40 frames between shots
//!   of a second or two, too short for those spans: a window of its length whose ends differ
//!   far more than from the frames beside them, whose quarter frames are mixes of its ends at
//!   growing shares and whose middle frame's contrast dips.
//! - **Held drawings** (`drawings.rs`): in animation on twos or threes a new drawing is a
//!   change between held frames, standing out as a cut does; it is none when the changes as
//!   many frames before and after it are comparable.
//! - **Flickering light and gradual steps**: a cut candidate is no step of a gradual change
//!   when, under a flickering light, the lone frame before it was only lit a little towards the
//!   next shot (the lamp, not a mix), or holds nothing of it once each frame's mean lightness
//!   is taken out (a time-lapse's exposure flicker darkening the frame before a cut to a
//!   darker shot); nor is a cut candidate that would begin one but already holds most of where
//!   the next frames go, or all of it once the light is taken out (a cut into a shot whose
//!   exposure pumps: its next frames are the same picture lit otherwise).
//! - **A fade out lost in flicker**: where a lamp's flicker or grain hides a short fade's
//!   steps, no run that holds it forms, and its last step into black or white is only a step of
//!   a gradual change, so no cut either. With no fade out kept open and no run that would hold
//!   a transition once that step ends it, the step is the fade out's end: reported as a fade
//!   and kept open, like any fade out, for a fade in out of the hold to join.
//!
//! Black-and-white and sepia films differ in lightness structure only; the grid of Oklab cells
//! sees that (no reliance on hue).

mod boundary;
mod decide;
mod dim;
mod drawings;
mod evidence;
mod flash;
mod flicker;
mod gradual;
mod halfway;
mod passing;
mod run;
mod slow;
mod still;
mod thresholds;
mod tint;
mod whole;

use std::cell::OnceCell;
use std::collections::VecDeque;

pub use boundary::{Boundary, Transition};
use dim::Dim;
#[cfg(test)]
pub(super) use gradual::transition_held;
use run::Run;
use slow::Slow;
use still::Still;
use thresholds::*;
pub use thresholds::{CUT_MIN, CUT_RATIO, FLASH_FRAMES, LONG_FLASH_FRAMES, WINDOW};
pub(super) use thresholds::{FLAT, GRADUAL_LOW, GRADUAL_MIN, PEAK};
use tint::Tint;

use super::signature::FrameSignature;

/// One remembered frame: its number, signature and difference from the frame before.
#[derive(Debug, Clone)]
struct Seen {
    frame: u64,
    seconds: f64,
    signature: FrameSignature,
    difference: f32,
    /// Its structure difference from the frame before.
    structure: f32,
    /// Its difference from the frame before with the change of mean lightness taken out.
    steady: f32,
    /// The same with the camera's move taken out, computed when first needed.
    moved: OnceCell<f32>,
}

/// Finds shot boundaries in frames given one at a time ([`ShotDetector::push`]), in order.
#[derive(Debug, Default)]
pub struct ShotDetector {
    /// The last frames: the one being decided has [`WINDOW`] before it and the look-ahead after.
    seen: VecDeque<Seen>,
    run: Option<Run>,
    /// The last boundary found, while it can still merge with a following fade in: a fade
    /// out that ended on a flat frame, with only flat frames or a fade in since; or a cut into
    /// black or white, for up to `FADE_AFTER_CUT` frames (`gradual.rs`).
    pending: Option<Boundary>,
    /// The frame the last cut went to.
    last_cut: Option<u64>,
    /// The last frame whose cut-like change a flash explained.
    last_flash: Option<u64>,
    /// The frame a slow flash's light has died away by: no gradual run starts before it.
    flash_until: Option<u64>,
    found: Vec<Boundary>,
    /// The slow follower (`slow.rs`).
    slow: Slow,
    /// Boundaries found, held back while a slow transition before them may still be reported
    /// (boundaries are returned in order).
    held: Vec<Boundary>,
    /// A cut into a tint of the shot, held back while the tint may go again (`tint.rs`).
    tint: Option<Tint>,
    /// A dissolve whose change is mostly light, held back while its picture may come back
    /// (`dim.rs`).
    dim: Option<Dim>,
    /// A short dissolve out of a still picture, held back while the picture after it may
    /// move (`still.rs`).
    still: Option<Still>,
    /// The frame before the last change that a light switched explained (`is_relit`), and that
    /// change's frame: the light switched back brings that picture back (`flash.rs`).
    unlit: Option<(u64, FrameSignature)>,
    /// The frame before the cut into black kept open (`pending`), if that cut was the lights
    /// switched off (`is_lights_down`): should no fade in join it, it is held back as a tint
    /// is, for the light to come back (`tint.rs`).
    lights_down: Option<FrameSignature>,
    /// The last frames gone from `seen` (numbers, signatures and differences), 72 at most: a
    /// dip of light's way back up is to a picture from before the dip (`dim.rs`), the step
    /// out of something passing the lens to one from before it came (`passing.rs`, 16 back),
    /// a light failing again to one it flickered to (`flicker.rs`, 17 back), and the lights
    /// back over a pan to one moved on as far as the pan went before (`tint.rs`).
    gone: VecDeque<(u64, FrameSignature, f32)>,
}

/// Frames after the one being decided that must be known first.
const AHEAD: usize = max(max(WINDOW, FLASH_FRAMES), LONG_FLASH_FRAMES);

/// The larger of two lengths, for constants (`Ord::max` is not `const`).
const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

/// Whether the camera's move between two frames explains their change: shifted, they match,
/// at most 1/[`SPAN_MOVE_EXPLAINS`] of their structure difference left (a dissolve's ends are
/// two pictures, which no shift matches). True for frames whose fine grid was not measured
/// (0 against 0): callers that must not take those for a move check the difference first.
fn shifted_alike(a: &FrameSignature, b: &FrameSignature) -> bool {
    SPAN_MOVE_EXPLAINS * a.moved_structure_difference(b) <= a.structure_difference(b)
}

impl ShotDetector {
    /// A detector that has seen nothing.
    pub fn new() -> Self {
        ShotDetector::default()
    }

    /// Takes the next frame (frame numbers increasing, its time in seconds) and returns the
    /// boundaries it settles.
    pub fn push(&mut self, frame: u64, seconds: f64, signature: FrameSignature) -> Vec<Boundary> {
        let difference = self.seen.back().map_or(0.0, |last| last.signature.difference(&signature));
        let structure = self.seen.back().map_or(0.0, |last| last.signature.structure_difference(&signature));
        let steady = self.seen.back().map_or(0.0, |last| last.signature.steady_difference(&signature));
        self.seen.push_back(Seen {
            frame,
            seconds,
            signature,
            difference,
            structure,
            steady,
            moved: OnceCell::new(),
        });
        if self.seen.len() > WINDOW + AHEAD + 1 {
            let gone = self.seen.pop_front();
            self.remember_gone(gone);
        }
        let candidate = self.seen.len().checked_sub(AHEAD + 1);
        if let Some(at) = candidate.filter(|&at| at >= 1) {
            self.decide(at);
        }
        self.release(false)
    }

    /// The boundaries found that no slow transition can come before any more, in order (with
    /// `all`, every one: the film has ended).
    fn release(&mut self, all: bool) -> Vec<Boundary> {
        for boundary in std::mem::take(&mut self.found) {
            self.slow.note(boundary);
            self.held.push(boundary);
        }
        self.held.append(&mut self.slow.ready);
        self.held.sort_by_key(|b| b.first);
        let from = if all {
            None
        } else {
            [self.slow.holds_from(), self.tint_from(), self.dim_from(), self.still_from()]
                .into_iter()
                .flatten()
                .min()
        };
        let out = from.map_or(self.held.len(), |from| self.held.partition_point(|b| b.first < from));
        let kept = self.held.split_off(out);
        std::mem::replace(&mut self.held, kept)
    }

    /// The earliest frame a boundary not yet returned may begin at: frames before it are
    /// settled (they belong to the shot in progress, or to one already returned). It lags the
    /// frames pushed by the look-ahead, and more while a boundary may still come: a fade out
    /// kept open through its black hold, a gradual run in progress, or a slow run, the frames a
    /// dip of the contrast may start from (48) and the slow transitions waiting for it (up to
    /// about 400 frames: a 200-frame slow run, then a wait while a gradual run of up to 200
    /// frames over its end closes), a cut into a tint held back while the tint may go again
    /// (up to 48 frames), or a short dissolve of light held back while the picture after it
    /// may still move (up to 14 frames).
    pub fn settled_before(&self) -> u64 {
        let undecided = self.seen.len().saturating_sub(AHEAD);
        let next = self.seen.get(undecided).or(self.seen.back()).map_or(0, |s| s.frame);
        let run = self.run.as_ref().and_then(Run::first).map(|s| s.frame);
        let pending = self.pending.map(|b| b.first);
        let held = self.held.first().map(|b| b.first);
        [
            Some(next),
            run,
            pending,
            self.slow.unsettled_from(),
            held,
            self.tint_from(),
            self.dim_from(),
            self.still_from(),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(0)
    }

    /// Settles the last frames (the end of the film) and returns the remaining boundaries.
    pub fn finish(mut self) -> Vec<Boundary> {
        let first_undecided = self.seen.len().saturating_sub(AHEAD).max(1);
        for at in first_undecided..self.seen.len() {
            self.decide(at);
        }
        self.close_run(None);
        self.flush_pending();
        self.finish_slow();
        self.release_tint();
        self.release_dim();
        self.release_still();
        self.release(true)
    }
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
