//! Analyse stage: a picture in, its dominant colors out; and a whole film's palette from the
//! colors of its frames.
//!
//! The seed's semantics, done in a perceptual space: k clusters per frame, ranked by how many
//! pixels they hold; the bar shows the d largest, cycling through them when fewer exist; and
//! k = 1 means the frame's average color, averaged in linear light.

pub mod color;
pub(crate) mod dominant;
pub(crate) mod histogram;
pub(crate) mod kmeans;
mod light;
pub mod palette;
mod space;
pub(crate) mod squeeze;

pub(crate) use dominant::rank_clusters;
pub use dominant::{ClusterSettings, ColorShare, FrameColors, Rank, dominant_colors};
pub use light::LightLimits;
pub use space::ColorSpace;
