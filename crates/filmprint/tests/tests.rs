//! The library's integration tests, one binary (linked once, run in parallel): what needs
//! FFmpeg to read generated clips runs with the `ffmpeg` feature; drawing, exporting and reading
//! saved fingerprints runs without it.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

#[cfg(feature = "ffmpeg")]
mod color_truth;
#[cfg(feature = "ffmpeg")]
mod reader_consistency;
mod render_formats;
mod render_styles;
#[cfg(feature = "ffmpeg")]
mod sampling_formats;
#[cfg(feature = "ffmpeg")]
mod shots_in_clips;
