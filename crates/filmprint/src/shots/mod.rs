//! Shots: where a film cuts, dissolves and fades from one shot to the next, found from every
//! frame rather than from samples (a boundary sampled at one frame a second is off by up to a
//! second). A frame is remembered as a coarse grid of colors ([`FrameSignature`]); the
//! detector ([`ShotDetector`]) reads them one at a time, with a short look-ahead (longer while a
//! transition may be in progress), and reports
//! [`Boundary`] values. See `detect/` for the method and its sources.
//!
//! This is the detection core; reading every frame of a film cheaply, per-shot colors and
//! statistics, pictures by shot and the exports build on it.

mod detect;
mod signature;

pub use detect::{
    Boundary, CUT_MIN, CUT_RATIO, FLASH_FRAMES, LONG_FLASH_FRAMES, ShotDetector, Transition, WINDOW, detect,
};
pub use signature::{BandChange, FINE_GRID, FrameSignature, GRID, Mixing};

#[cfg(test)]
mod tests;
