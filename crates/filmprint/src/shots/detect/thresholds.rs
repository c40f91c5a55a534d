//! The detector's thresholds in one place, each with what it is measured on: they were set
//! together on the development clips (`docs/shots.md`), so changing one means measuring again.

/// A cut's difference must be at least this many times the median of its neighbourhood.
pub const CUT_RATIO: f32 = 3.0;
/// A cut seen in structure alone (the same colors, other shapes: title cards, another angle
/// on the same scene) has a structure difference at least this many times its
/// neighbourhood's median...
pub(super) const STRUCTURE_RATIO: f32 = 4.0;
/// ... and at least this much (a mean luma difference over the fine grid, 0..1).
pub(super) const STRUCTURE_MIN: f32 = 0.004;
/// ... and at least this much (a mean Oklab distance per cell).
pub const CUT_MIN: f32 = 0.04;
/// A cut into or out of a camera move (a whip pan, a fast pan) has a structure difference with
/// the move taken out at least this many times the frames' on either side...
pub(super) const MOVED_RATIO: f32 = 3.0;
/// ... and at least this much (a mean luma difference over the fine grid, 0..1).
pub(super) const MOVED_MIN: f32 = 0.05;
/// A cut's difference is at least this many times both its neighbours'.
pub(in crate::shots) const PEAK: f32 = 1.3;
/// Frames each side of a frame whose differences make its neighbourhood.
pub const WINDOW: usize = 6;
/// A flash lasts at most this many frames.
pub const FLASH_FRAMES: usize = 4;
/// A slow flash's light (a bomb's, a flare's) dies away within this many frames.
pub const LONG_FLASH_FRAMES: usize = 12;
/// The picture after a flash is within this part of the flash's own difference of the picture
/// before it.
pub(super) const FLASH_RETURN: f32 = 0.35;
/// A gradual transition's frames differ from their predecessors by at least this much...
pub(in crate::shots) const GRADUAL_LOW: f32 = 0.004;
/// ... (this much out of a flat frame, where a faint fade in stands out from nothing) ...
pub(super) const FADE_IN_LOW: f32 = 0.0015;
/// ... and by at least this many times the median difference before the run started.
pub(super) const GRADUAL_RATIO: f32 = 1.8;
/// Its two ends differ by at least this much...
pub(in crate::shots) const GRADUAL_MIN: f32 = 0.06;
/// ... a fade in out of a flat frame into one that is not, by this much.
pub(super) const FADE_IN_MIN: f32 = 0.015;
/// It lasts from this many frames...
pub(super) const GRADUAL_FRAMES: usize = 3;
/// ... to this many (longer runs are camera work or lighting, not transitions).
pub(super) const GRADUAL_MAX_FRAMES: usize = 200;
/// Every frame of it is within this part of its ends' difference of a mix of its ends.
pub(super) const MIX_TOLERANCE: f32 = 0.2;
/// A transition's first frame holds at least this share of its last.
pub(super) const MIX_STARTED: f32 = 0.05;
/// ... and each frame of it holds at least this much more of the last than the one before.
pub(super) const MIX_STEP: f32 = 0.005;
/// A run whose frames get farther from the picture before the run by less than this part of
/// the run's mean step so far (or come closer)...
pub(super) const SETTLED: f32 = 0.25;
/// ... for this many frames in a row, and which holds a transition, has ended (a camera move
/// at the start of a dissolve may stall it a frame or two before the mix carries it on)...
pub(super) const SETTLED_FRAMES: usize = 3;
/// ... looked at (for the transition it may hold) at most once every this many frames.
pub(super) const SETTLED_LOOK: usize = 8;
/// Cells within this distance of their frame's mean make a flat (black, white) frame.
pub(in crate::shots) const FLAT: f32 = 0.03;
/// A span of frames (a contrast dip's strides, a dissolve's frames) is the camera's move when
/// their structure differences add up to at least this many times what is left of them with
/// the move taken out.
pub(in crate::shots) const SPAN_MOVE_EXPLAINS: f32 = 3.0;
/// A flat frame this close to black or white in Oklab lightness is one a fade may go through:
/// under 0.1 is black (in grey, 8-bit codes up to about 3: a fade's bottom, not a dark shot),
/// over 0.9 white (codes from about 223).
pub(super) const DARK: f32 = 0.1;
/// Frames each side of a cut candidate looked at to see whether a gradual change goes through
/// it (the steepest step of a fade, into or out of black, stands out like a cut).
pub(super) const GRADUAL_SPAN: usize = 3;

/// Whether a mean Oklab `lightness` is black or white by [`DARK`]: a flat frame so light is one
/// a fade goes through; a flat frame between is an even grey.
pub(super) fn is_black_or_white(lightness: f32) -> bool {
    !(DARK..=1.0 - DARK).contains(&lightness)
}
