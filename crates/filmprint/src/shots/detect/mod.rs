// The design notes (why the detector tests what it tests, with its sources) are the module's
// documentation, kept in their own file as they outgrew this one.
#![doc = include_str!("design.md")]

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
mod wash;
mod whole;

use std::cell::OnceCell;
use std::collections::VecDeque;

pub use boundary::{Boundary, Transition};
use dim::Dim;
#[cfg(test)]
pub(super) use gradual::transition_held;
use run::Run;
use slow::Slow;
#[cfg(test)]
pub(super) use slow::{DIP_DARKER, DIP_DARKER_MIN, STRIDED_DIP};
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
    /// Its difference from the frame before with a gain and an offset of the lightness taken
    /// out ([`FrameSignature::gain_residual`]; 0 when a fine grid was not measured).
    gained: f32,
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

/// [`Seen::gained`] of `signature` after the frame `last`.
fn gain_left(last: &Seen, signature: &FrameSignature) -> f32 {
    let left = signature.gain_residual(&last.signature);
    if left.is_finite() { left } else { 0.0 }
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
        let gained = self.seen.back().map_or(0.0, |last| gain_left(last, &signature));
        self.seen.push_back(Seen {
            frame,
            seconds,
            signature,
            difference,
            structure,
            steady,
            gained,
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
