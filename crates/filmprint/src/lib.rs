//! # filmprint
//!
//! Turns a movie into a *color fingerprint* (a "movie barcode"): N frames sampled evenly over
//! the film, each frame's dominant colors found by k-means in Oklab, drawn as a square picture
//! where every vertical bar is one sampled frame, with the film's title over it.
//!
//! The data walks one way, one module per stage:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | decode | [`decode`] | opens the movie with FFmpeg, seeks, decodes, scales frames down |
//! | sample | [`sample`] | plans N targets and whether each uses a keyframe or the exact frame |
//! | analyse | [`analyse`] | color spaces, k-means, a frame's dominant colors, a film's palette |
//! | fingerprint | [`fingerprint`] | the serialisable result (JSON in and out) |
//! | render | [`render`] | the pictures: bars, title, palette swatch; PNG and SVG |
//! | export | [`export`] | the numbers as CSV |
//!
//! [`pipeline`] chains them; [`output`] writes files atomically. The library never prints:
//! progress goes through a [`Progress`] the caller supplies, errors are [`Error`] values.
//!
//! ```no_run
//! use std::path::Path;
//! use filmprint::{AnalysisSettings, NoProgress, RenderSettings};
//!
//! let settings = AnalysisSettings { samples: 500, clusters: 5, colors: 2, ..Default::default() };
//! let fingerprint = filmprint::fingerprint_file(Path::new("movie.mkv"), &settings, 0, &NoProgress)?;
//! let picture = filmprint::render::render(
//!     &fingerprint,
//!     &RenderSettings { title: Some("Movie".into()), ..Default::default() },
//! )?;
//! filmprint::render::write_png(&picture, Some("Movie"), Path::new("movie.png"))?;
//! # Ok::<(), filmprint::Error>(())
//! ```

pub mod analyse;
pub mod batch;
#[cfg(feature = "ffmpeg")]
pub mod decode;
mod error;
pub mod export;
pub mod files;
pub mod fingerprint;
pub mod frame;
pub mod output;
pub mod pipeline;
mod progress;
pub mod render;
pub mod sample;
mod settings;
pub mod source;

pub use error::{Error, FfmpegError, Result, Setting};
pub use fingerprint::{AnalysisSettings, Fingerprint};
pub use pipeline::fingerprint;
#[cfg(feature = "ffmpeg")]
pub use pipeline::fingerprint_file;
pub use progress::{NoProgress, Progress};
pub use render::RenderSettings;
pub use sample::SamplingMode;
pub use settings::{DEFAULT_IGNORE_BLACK, DEFAULT_IGNORE_WHITE, MAX_CLUSTERS, MAX_SAMPLES};
