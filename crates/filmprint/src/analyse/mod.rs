//! Analyse stage: a picture in, its dominant colors out.
//!
//! The seed's semantics, done in a perceptual space: k clusters per frame, ranked by how many
//! pixels they hold; the bar shows the d largest, cycling through them when fewer exist; and
//! k = 1 means the frame's average color, averaged in linear light.

pub mod color;
mod dominant;
pub mod kmeans;

pub use dominant::{ColorShare, FrameColors, dominant_colors};
