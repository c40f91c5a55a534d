//! The tests that keep a jump in the picture from counting as a cut when the shot goes on
//! after it: a flash (of light or of color), a light switched on or off in the shot, a subtitle
//! or a caption. Kept apart from `evidence.rs`, whose tests find cuts, because these explain
//! them away; something passing by the lens has its own file, `passing.rs`.

use std::ops::Range;

use super::evidence::LightOut;
use super::{FLASH_FRAMES, FLASH_RETURN, LONG_FLASH_FRAMES, PEAK, ShotDetector, WINDOW};
use crate::shots::signature::FrameSignature;

/// A frame whose changed cells keep the shapes of the frame before this closely (see
/// [`FrameSignature::relit_agreement`]) was relit, not cut to: cuts to near-identical angles
/// of a scene reach 0.88 on the development clips, lights switched on in a shot 0.93 to 0.97.
const RELIT: f32 = 0.91;
/// A change at least this much of which (of its cells' lightness differences) lies in a band
/// across the bottom or the top of the picture (a quarter of it, see
/// [`FrameSignature::band_change`]) may be a subtitle or a caption: 0.84 to 0.88 for those on
/// the development clips (to AA); the cuts between shots that hold most of their change
/// there, 0.85 and below...
const CAPTION_SHARE: f32 = 0.8;
/// ... if the rest of the picture changes by at most this (its cells' mean lightness
/// difference) besides the shot's usual change of structure from frame to frame (its grain,
/// its motion): at most 0.002 under the subtitles and captions on the development clips, the
/// least of those cuts 0.027...
const CAPTION_REST: f32 = 0.005;
/// ... and shows a scene: its cells differ from their neighbours across by this much on average
/// (0.045 to 0.049 under those captions). Credits over black change one card's words in a
/// band for the next card's, and the rest stays black: that is a cut.
const CAPTION_SCENE: f32 = 0.01;
/// A light switched on or off over a part of the picture (a lamp, a bank of lights) draws its
/// pool's edges over the picture, and its shapes agree less than [`RELIT`] asks: it is one
/// still when they agree by at least this much...
pub(super) const LOCAL_RELIT: f32 = 0.6;
/// ... its change is light, the change of mean lightness at least this part of the
/// difference...
const LOCAL_LIGHT: f32 = 0.95;
/// ... no one gain and offset over the whole picture takes it from the frame before (a fade's
/// step does), leaving at least this part of their structure difference
/// ([`FrameSignature::gain_residual`])...
const LOCAL_NOT_WHOLE: f32 = 0.2;
/// ... and a gain in each part of the picture ([`FrameSignature::local_gain_residual`]) leaves
/// at most this part of it: a lamp switched off and a cell block's lights going out on the
/// development clips (to AB) 0.099 to 0.13; cuts whose shapes agree by 0.6 or more, 0.177 and
/// above (that one mostly a change of light too, but at 0.89 of the difference; the one cut
/// with as much light in its change leaves 0.58 to 0.60) ...
const LOCAL_LEFT: f32 = 0.14;
/// ... unless the shapes agree by at least this much: then the light needs no gain to fit in
/// each part. A lamp's glow, a bank of deck lights or a window lit at night adds light over
/// what was there rather than scaling it, and leaves 0.16 to 1.36 of the change to a gain in
/// each part; its shapes agree by 0.71 to 0.89 on the development clips (to AD), those of
/// the cut above by 0.60 to 0.62. Cuts between near-identical angles may agree by more (up to
/// 0.88, see [`RELIT`]): only their share of light ([`LOCAL_LIGHT`]) and the gain over the
/// whole picture ([`LOCAL_NOT_WHOLE`]) keep them cuts here.
const LOCAL_RELIT_FIRM: f32 = 0.7;
/// A flash's lightening (its mean Oklab lightness rise), or a flash of color's cast (its mean
/// hue's shift), is at least this part of its difference: a flash adds light, or a color,
/// everywhere it reaches, so that carries most of the change.
pub(super) const FLASH_SHARE: f32 = 0.5;
/// After a flash the picture's lightness (its cast, after a flash of color) is back within this
/// part of the flash's rise.
const FLASH_RETURN_SHARE: f32 = 0.5;
/// After something has passed by, the picture from before it is back within this part of the
/// candidate cut's difference...
pub(super) const PASSED_RETURN: f32 = 0.175;
/// ... but never more than this (a mean Oklab distance per cell), besides the shot's own change.
pub(super) const PASSED_MOST: f32 = 0.0175;
/// While a slow flash's light dies away, no frame is lighter than the one before it by more than
/// this part of the flash's rise (its mean lightness; grain and the shot's own motion move it a
/// little).
const DYING_SLACK: f32 = 0.05;
/// A slow flash's rise of light is at least this many times any change of light over the
/// frames before it.
const FLICKER_OUTDONE: f32 = 4.0;
/// Once a slow flash's light is taken out, the picture from before it is back within this part
/// of the flash's difference (besides the shot's own change over the frames between).
const SLOW_RETURN: f32 = 0.1;
/// ... however long it took: with the light taken out, the picture that comes back is within
/// this part of the flash's difference, whatever the shot's motion allows (a cut out of a dark
/// shot into a lit one that something dark then crosses darkens back, but never to the old
/// shapes).
const SLOW_SHAPES_BACK: f32 = 0.6;
/// ... and its light within this part of the flash's rise: a picture still lit near white
/// hides what it shows.
const SLOW_LIGHT_BACK: f32 = 0.25;
/// A dark flash's first frame differs from the one before by at least this part of the
/// difference of the frame that comes back from it.
const FLASH_DIP: f32 = 0.5;
/// A light switched off (or on) and back again within this many frames (a power cut of a
/// second or so) brings back the picture from before it.
const LIGHT_BACK_FRAMES: u64 = 36;
/// A colored light that starts flashing (a police car's lights beginning to sweep) flashes
/// within this many frames of being switched on...
const FLASHING_FROM: usize = 2 * FLASH_FRAMES;
/// ... by a change of at least this part of the change that switched it on; and unless the
/// switch kept the picture's shapes (as a relit frame's), by at least this part of its change
/// of shapes, the camera's move taken out (rain over the picture hides the light's shapes): a
/// cut into a shot under a flashing light changes the shapes far more than the flashes do.
const FLASHING_LIKE: f32 = 0.5;
// The last flash looked at is judged on frames the detector already knows.
const _: () =
    assert!(FLASHING_FROM + FLASH_FRAMES <= super::AHEAD, "the flashes are judged on frames not yet known");

impl ShotDetector {
    /// Whether the change into `seen[at]` (its `difference`) is mostly a cast over the whole
    /// picture: its mean hue's shift outweighs its change of light and is at least
    /// [`FLASH_SHARE`] of the difference (darkening a strongly colored picture shifts its mean
    /// a and b too, but less than its light).
    fn is_cast(&self, at: usize, difference: f32) -> bool {
        let (now, before) = (&self.seen[at].signature, &self.seen[at - 1].signature);
        let cast = now.cast_difference(before);
        cast > (now.lightness() - before.lightness()).abs() && cast >= FLASH_SHARE * difference
    }

    /// Whether the change into `seen[at]` (its `difference`), a cast, switches on a colored light
    /// that goes on flashing: within [`FLASHING_FROM`] frames the light flashes from color to
    /// color (a cast that is a flash, its picture back a few frames later), by a change at least
    /// [`FLASHING_LIKE`] of the switch's, and, unless the switch kept the picture's shapes,
    /// changing them at least that part as much. The picture from before the light never comes back while it
    /// flashes, so the tint's test (`tint.rs`) cannot see it go.
    pub(super) fn starts_flashing(&self, at: usize, difference: f32) -> bool {
        if !self.is_cast(at, difference) {
            return false;
        }
        let kept = self.keeps_shapes(at);
        let moved = self.moved(at);
        let end = (at + 1 + FLASHING_FROM).min(self.seen.len());
        (at + 1..end).any(|i| {
            let change = self.seen[i].difference;
            // The motion search last: it runs only for the few frames that pass the rest.
            change >= FLASHING_LIKE * difference
                && self.is_cast(i, change)
                && self.is_flash(i, change)
                && (kept || self.moved(i) >= FLASHING_LIKE * moved)
        })
    }

    /// Whether `seen[at]` is a flash's first frame (the picture before it comes back within
    /// [`FLASH_FRAMES`] frames) or the first after one (it is the picture from before the flash).
    /// "Comes back" allows for the picture's usual change from frame to frame over the frames
    /// in between (the smaller of the median differences before and after: both sides of a
    /// flash in a moving shot move, while a cut after a camera move has it on one side only):
    /// a flash in a moving shot returns to where the shot has moved on to. A flash of light, or
    /// of color (a cast over the whole picture).
    pub(super) fn is_flash(&self, at: usize, difference: f32) -> bool {
        let motion = self.usual_change(at);
        // Coming back includes the light: the motion allowed for moves the picture, it does
        // not keep it as light as the flash left it (a cut to a lighter shot does).
        let light = |i: usize| self.seen[i].signature.lightness();
        let rise = (light(at) - light(at - 1)).abs();
        // Frame `a` is back at frame `b`: the pictures differ by a part of the flash's
        // difference (plus the motion between them), and `measure` (the light, or the cast of a
        // flash of color) by a part of the flash's `jump` in it.
        let back = |a: usize, b: usize, measure: fn(&FrameSignature, &FrameSignature) -> f32, jump: f32| {
            let moved = a.abs_diff(b) as f32 * motion;
            let (x, y) = (&self.seen[a].signature, &self.seen[b].signature);
            x.difference(y) < FLASH_RETURN * difference + moved && measure(x, y) <= FLASH_RETURN_SHARE * jump
        };
        let close = |a: usize, b: usize| back(a, b, light_change, rise);
        // A flash lightens the picture, or darkens it (a failing lamp, a power dip, an
        // inverted impact frame), and the change of light is most of its change (a black frame
        // between a fade out and a fade in is the fades' bottom, not a flash; a cut from one
        // moving shot into another a little lighter is no flash either).
        let lighter = |a: usize, b: usize| light(a) - light(b) >= FLASH_SHARE * difference;
        let darker = |a: usize, b: usize| light(b) - light(a) >= FLASH_SHARE * difference;
        let returns = (lighter(at, at - 1) || darker(at, at - 1))
            && (at + 1..(at + 1 + FLASH_FRAMES).min(self.seen.len())).any(|later| close(at - 1, later));
        // Coming back from a dark flash, the picture must have dipped, right after the frame
        // it comes back to, by at least half as much as it comes back (`FLASH_DIP`), most of
        // it a fall of lightness: a cut out of a darkening shot into a lit shot of the same
        // scene comes back to no dip.
        let dipped_after = |earlier: usize| {
            let dip = self.seen[earlier + 1].difference;
            dip >= FLASH_DIP * difference && light(earlier) - light(earlier + 1) >= FLASH_SHARE * dip
        };
        // ... and the picture it comes back to must have been the shot's, not a flash of its
        // own: a frame that a change as large (`FLASH_DIP`), most of it a rise of light, lit
        // just before the dip is a muzzle flash or a strobe in a dark shot, whose dark frames
        // after it are the shot, and a cut out of them into a lit shot comes back to nothing.
        let lit_by_own_flash = |earlier: usize| {
            let change = self.seen[earlier].difference;
            earlier >= 1
                && change >= FLASH_DIP * difference
                && light(earlier) - light(earlier - 1) >= FLASH_SHARE * change
        };
        let earlier = at.saturating_sub(FLASH_FRAMES + 1)..at - 1;
        let came_back = (lighter(at - 1, at) && earlier.clone().any(|e| close(at, e)))
            || (darker(at - 1, at)
                && earlier.clone().any(|e| close(at, e) && dipped_after(e) && !lit_by_own_flash(e)));
        // A flash of color (a game's red hurt frames, a colored strobe): a cast over the whole
        // picture, its hue, not its light, most of its change; it goes again (the cast back
        // within the same part of it as the light must be).
        let cast = self.seen[at].signature.cast_difference(&self.seen[at - 1].signature);
        let cast_close = |a: usize, b: usize| back(a, b, FrameSignature::cast_difference, cast);
        // The hue must outweigh the light (a darkening is judged above, with the dark
        // flash's guard).
        let colored = self.is_cast(at, difference)
            && ((at + 1..(at + 1 + FLASH_FRAMES).min(self.seen.len()))
                .any(|later| cast_close(at - 1, later))
                || earlier.into_iter().any(|e| cast_close(at, e)));
        returns || came_back || colored
    }

    /// Where the picture from before `seen[at]` is back (an index into the frames seen), if
    /// `seen[at]` is a slow flash's first frame: a bomb's flash, a flare, whose light rises at
    /// once and dies away over up to [`LONG_FLASH_FRAMES`] frames, as a fade in out of white
    /// would, but back to the picture from before it. The light's rise is most of the change,
    /// it falls frame by frame after (within [`DYING_SLACK`] of the rise), and the picture from
    /// before comes back: its light within [`SLOW_LIGHT_BACK`] of the rise, and, with the light
    /// that is left taken out, within [`SLOW_RETURN`] of the flash's difference plus the shot's
    /// usual change over the frames between, and never beyond [`SLOW_SHAPES_BACK`] of it. A cut
    /// to white and a fade in out of it to another picture never comes back.
    pub(super) fn slow_flash_end(&self, at: usize, difference: f32) -> Option<usize> {
        let light = |i: usize| self.seen[i].signature.lightness();
        let rise = light(at) - light(at - 1);
        // A lamp's flicker lightens and darkens every frame: the flash must outdo it by far (its
        // own test, with the light taken out, cannot hold: a flash to near white also flattens
        // the picture's shapes).
        let flicker = (at.saturating_sub(WINDOW).max(1)..at)
            .map(|i| (light(i) - light(i - 1)).abs())
            .fold(0.0, f32::max);
        if rise < FLASH_SHARE * difference || rise < FLICKER_OUTDONE * flicker {
            return None;
        }
        let motion = self.usual_change(at);
        let end = (at + 1 + LONG_FLASH_FRAMES).min(self.seen.len());
        let dying = |i: usize| light(i) <= light(i - 1) + DYING_SLACK * rise;
        (at + 1..end).take_while(|&i| dying(i)).find(|&later| {
            let (before, after) = (&self.seen[at - 1].signature, &self.seen[later].signature);
            let light = light_change(before, after);
            let residual = before.difference(after) - light;
            residual < SLOW_RETURN * difference + (later - at + 1) as f32 * motion
                && residual < SLOW_SHAPES_BACK * difference
                && light <= SLOW_LIGHT_BACK * rise
        })
    }

    /// Whether `seen[at]` is a flash once each frame's light is taken out (`out`, as it was for
    /// the cut candidate found under a flickering light): the picture from before it comes
    /// back within [`FLASH_FRAMES`] frames (or it is the picture from before the flash), within
    /// [`FLASH_RETURN`] of its difference so measured plus the usual such change from frame to
    /// frame, once and not per frame between: the flicker's weave shakes the picture, it does
    /// not carry it on as a camera's move does.
    pub(super) fn is_steady_flash(&self, at: usize, out: LightOut) -> bool {
        let allowed = FLASH_RETURN * out.of()(&self.seen[at]) + self.usual(at, out.of());
        let back =
            |a: usize, b: usize| out.between(&self.seen[a].signature, &self.seen[b].signature) < allowed;
        (at + 1..(at + 1 + FLASH_FRAMES).min(self.seen.len())).any(|later| back(at - 1, later))
            || (at.saturating_sub(FLASH_FRAMES + 1)..at - 1).any(|earlier| back(at, earlier))
    }

    /// Whether `seen[at]` is a step of a change of light that the frames on one side of it carry
    /// on (a lamp dimming and coming back over a dozen frames, an exposure ramp): its change of
    /// mean lightness is most of its difference ([`FLASH_SHARE`]), as it is for most of the
    /// [`WINDOW`] frames on that side, and its steady difference (the light taken out) is at
    /// most [`PEAK`] times theirs (their median). A cut changes the picture's shapes beyond
    /// that; a cut from a light shot into a dark one that moves fast is no step of light the
    /// moving frames carry on, their changes are motion.
    pub(super) fn is_light_change(&self, at: usize) -> bool {
        let carried_by = |side: Range<usize>| {
            let steady = self.median_of(side.clone(), at, |s| s.steady);
            let frames = side.len();
            2 * side.filter(|&i| self.is_mostly_light(i)).count() > frames
                && self.seen[at].steady <= PEAK * steady
        };
        let before = at.saturating_sub(WINDOW).max(1)..at;
        let after = at + 1..(at + 1 + WINDOW).min(self.seen.len());
        self.is_mostly_light(at) && (carried_by(before) || carried_by(after))
    }

    /// Whether the change into `seen[next]`, next to `seen[at]`, is a flash's edge that leaves
    /// `at`'s own change alone (a police light pulsing beside a cut): a change of light (its
    /// mean lightness at least [`FLASH_SHARE`] of it: a shaking camera coming back to where it
    /// was is none), and the picture before it (`next` before `at`) was there a few frames
    /// before, or `at`'s picture (`next` after `at`) is there again a few frames after, nearly
    /// as it was (as [`Self::is_passing`] allows).
    pub(super) fn is_flash_edge(&self, at: usize, next: usize) -> bool {
        if !self.is_mostly_light(next) {
            return false;
        }
        let change = self.seen[next].difference;
        let allowed = (PASSED_RETURN * change).min(PASSED_MOST) + self.usual_change(at);
        let near = |a: usize, b: usize| self.seen[a].signature.difference(&self.seen[b].signature) < allowed;
        if next < at {
            (next.saturating_sub(FLASH_FRAMES + 1)..next.saturating_sub(1)).any(|e| near(next, e))
        } else {
            (next + 1..(next + 1 + FLASH_FRAMES).min(self.seen.len())).any(|l| near(at, l))
        }
    }

    /// Whether `seen[at]` is the frame before it with the light switched on or off in part of
    /// it or all over (a balloon lit by its burner, a power cut, a quiz's answer lit): where
    /// the picture changed, its shapes are the same, their gradients correlating by at least
    /// [`RELIT`]. Light, not a tint: a cast over the whole picture that outweighs the change
    /// of light and makes most of the change (as in a flash of color, but staying) is a cut
    /// to another grade of the shot, unless it goes again ([`Self::is_tinted`]); but a light or
    /// a wash over most of the picture that leaves every edge in place, cast or not, is none
    /// (`wash.rs`).
    pub(super) fn is_relit(&self, at: usize) -> bool {
        at >= 1
            && ((!self.is_cast(at, self.seen[at].difference)
                && (self.keeps_shapes(at) || self.is_local_light(at)))
                || self.is_washed_over(at))
    }

    /// Whether the change into `seen[at]` (its `difference`), mostly light, switches back a
    /// light switched within [`LIGHT_BACK_FRAMES`] frames before it (`is_relit`): the picture
    /// from before that switch is back, within [`FLASH_RETURN`] of the change plus the shot's
    /// usual change. The lights coming back after a power cut may flicker, or come back over
    /// a picture that the dark frames showed too little of for their shapes to be compared.
    pub(super) fn is_light_back(&self, at: usize, difference: f32) -> bool {
        let Some((switched, before)) = &self.unlit else { return false };
        let frame = self.seen[at].frame;
        frame > *switched
            && frame - switched <= LIGHT_BACK_FRAMES
            && self.is_mostly_light(at)
            && self.seen[at].signature.difference(before) < FLASH_RETURN * difference + self.usual_change(at)
    }

    /// Whether `seen[at]` is the frame before it with a light switched on or off over a part
    /// of it: its shapes agree by [`LOCAL_RELIT`], its change is light ([`LOCAL_LIGHT`]), not
    /// one gain over the whole picture ([`LOCAL_NOT_WHOLE`]), but a gain in each part of it
    /// ([`LOCAL_LEFT`]) unless its shapes agree by [`LOCAL_RELIT_FIRM`].
    fn is_local_light(&self, at: usize) -> bool {
        let (now, before) = (&self.seen[at].signature, &self.seen[at - 1].signature);
        let apart = now.structure_difference(before);
        let agreement = now.relit_agreement(before);
        agreement >= LOCAL_RELIT
            && light_change(now, before) >= LOCAL_LIGHT * self.seen[at].difference
            && now.gain_residual(before) >= LOCAL_NOT_WHOLE * apart
            && (agreement >= LOCAL_RELIT_FIRM || now.local_gain_residual(before) <= LOCAL_LEFT)
    }

    /// Whether the change into `seen[at]` is a subtitle or a caption appearing, changing or
    /// going over a shot that goes on: it lies in a band across the bottom or the top of the
    /// picture ([`CAPTION_SHARE`]) while the rest of the picture, which shows a scene
    /// ([`CAPTION_SCENE`]), changes no more than the shot usually does ([`CAPTION_REST`]).
    pub(super) fn is_caption(&self, at: usize) -> bool {
        at >= 1
            && self.seen[at].signature.band_change(&self.seen[at - 1].signature).is_some_and(|band| {
                band.share >= CAPTION_SHARE
                    && band.rest_structure >= CAPTION_SCENE
                    && band.rest_change <= CAPTION_REST + self.usual(at, |seen| seen.structure)
            })
    }

    /// Whether `seen[at]` is the frame before it under a tinted light: its shapes kept as a
    /// relit frame's, but a cast over the whole picture making most of the change (a cut to
    /// another grade of the shot, unless the tint goes again: `tint.rs`).
    pub(super) fn is_tinted(&self, at: usize) -> bool {
        at >= 1 && self.is_cast(at, self.seen[at].difference) && self.keeps_shapes(at)
    }

    /// Whether `seen[at]` is the frame before it with the lights switched off or down: its
    /// change all light (a fall of mean lightness of at least [`LOCAL_LIGHT`] of it: every
    /// part of the picture darkened). With too little light left for its shapes to be compared
    /// with those before through the grain, it is held back as a tint is (`tint.rs`), and is no
    /// cut when the light comes back to the picture from before it (a neon sign blinking over
    /// a dark room, a stair's timer light).
    pub(super) fn is_lights_down(&self, at: usize) -> bool {
        let (now, before) = (&self.seen[at].signature, &self.seen[at - 1].signature);
        before.lightness() - now.lightness() >= LOCAL_LIGHT * self.seen[at].difference
    }

    /// Whether the change into `seen[i]` is mostly one of mean lightness (at least
    /// [`FLASH_SHARE`] of its difference): false for the first frame and past the end.
    pub(super) fn is_mostly_light(&self, i: usize) -> bool {
        let (Some(now), Some(before)) = (self.seen.get(i), i.checked_sub(1).and_then(|b| self.seen.get(b)))
        else {
            return false;
        };
        light_change(&now.signature, &before.signature) >= FLASH_SHARE * now.difference
    }

    /// Whether the cells that changed into `seen[at]` keep the shapes of the frame before it
    /// (their lightness gradients correlate by at least [`RELIT`]).
    fn keeps_shapes(&self, at: usize) -> bool {
        self.seen[at].signature.relit_agreement(&self.seen[at - 1].signature) >= RELIT
    }
}

/// How far apart two frames' mean Oklab lightness is.
fn light_change(a: &FrameSignature, b: &FrameSignature) -> f32 {
    (a.lightness() - b.lightness()).abs()
}
