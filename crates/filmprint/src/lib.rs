//! # filmprint
//!
//! Turns a movie into a *color fingerprint* (a "movie barcode"): N frames sampled evenly over
//! the film, each frame's dominant colors found by k-means in Oklab, drawn as a picture where
//! every vertical bar is one sampled frame, with the film's title over it; and the film's
//! palette, and the numbers behind the picture.
//!
//! The data walks one way, one module per stage:
//!
//! | stage | module | what it holds |
//! |---|---|---|
//! | decode | `decode` | FFmpeg: opening a movie, its timeline, seeking, decoding, scaling (feature `ffmpeg`) |
//! | | [`source`], [`frame`] | what a decoder produces: the video's description and readers of it, pictures and crops |
//! | sample | [`sample`] | the N target times and how each frame is fetched |
//! | analyse | [`analyse`] | color spaces, the color census, k-means, a frame's dominant colors, a film's palette |
//! | | [`shots`] | shot boundaries found from every frame: cuts, flashes, dissolves, fades (the detection core) |
//! | fingerprint | [`fingerprint`](mod@fingerprint) | the result as plain data, read and written as JSON |
//! | render | [`render`] | the pictures (seven styles, title, time axis, palette swatch) as PNG or SVG |
//! | export | [`export`] | the numbers as CSV, the interactive HTML pages |
//! | compare | [`compare`] | two fingerprints aligned in time, their color differences, distances |
//!
//! [`fingerprint()`] and `fingerprint_file` chain the first stages; [`batch`] runs many films;
//! [`output`] writes files atomically (and never over a device), [`files`] reads inputs with a
//! bound. The library never prints: progress goes through a [`Progress`] the caller supplies,
//! errors are [`Error`] values. Process-wide settings (FFmpeg's logging, the allocator) are the
//! program's choice: see `decode::init_process`.
//!
//! ## Features
//!
//! - `ffmpeg` (default): reading movies with FFmpeg's libraries. Without it the library builds
//!   with no C dependency and still draws, exports and compares saved fingerprints and computes
//!   their palettes.
//!
//! ## Examples
//!
//! Fingerprint a movie and draw it (needs the `ffmpeg` feature):
//!
//! ```no_run
//! # #[cfg(feature = "ffmpeg")]
//! # fn main() -> filmprint::Result<()> {
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
//! filmprint::output::write_bytes(Path::new("movie.json"), fingerprint.to_json().as_bytes())?;
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "ffmpeg"))]
//! # fn main() {}
//! ```
//!
//! Draw a saved fingerprint again, as a ring, in SVG:
//!
//! ```no_run
//! use std::path::Path;
//! use filmprint::render::{self, RenderSettings, Style};
//!
//! let fingerprint = filmprint::Fingerprint::read(Path::new("movie.json"))?;
//! let svg = render::render_svg(&fingerprint, &RenderSettings { style: Style::Ring, ..Default::default() })?;
//! filmprint::output::write_bytes(Path::new("movie-ring.svg"), svg.as_bytes())?;
//! # Ok::<(), filmprint::Error>(())
//! ```
//!
//! The film's palette from a saved fingerprint: its 8 colors with their share of screen time,
//! and the 8 of each tenth of the film:
//!
//! ```no_run
//! use std::path::Path;
//!
//! let fingerprint = filmprint::Fingerprint::read(Path::new("movie.json"))?;
//! let palette = fingerprint.compute_palette(8, 10)?;
//! for color in &palette.colors {
//!     println!("{} {:.1} %", color.hex, color.share * 100.0);
//! }
//! # Ok::<(), filmprint::Error>(())
//! ```

// The library never prints: what it has to say goes through `Progress` and `Error`.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod analyse;
pub mod batch;
pub mod compare;
#[cfg(feature = "ffmpeg")]
pub mod decode;
mod error;
pub mod export;
pub mod files;
pub mod fingerprint;
pub mod frame;
pub mod output;
mod pipeline;
mod progress;
pub mod render;
pub mod sample;
mod settings;
pub mod shots;
pub mod source;

pub use error::{Error, FfmpegError, Result, Setting, panic_message};

/// Parts of the analysis that the benchmarks, the fuzz targets, the color oracle and the tests
/// measure on their own. Not part of the API: they change as the analysis does.
#[doc(hidden)]
pub mod internal {
    pub use crate::analyse::dominant::cluster_census;
    pub use crate::analyse::histogram::{histogram, histogram_with_at_least};
    pub use crate::frame::crop::crop_picture;
}
#[cfg(feature = "ffmpeg")]
pub use decode::audio::require_audio_stream;
pub use fingerprint::{AnalysisSettings, Fingerprint};
pub use pipeline::fingerprint;
#[cfg(feature = "ffmpeg")]
pub use pipeline::fingerprint_file;
#[cfg(feature = "ffmpeg")]
pub use pipeline::loudness::measure_loudness;
pub use pipeline::shots::{find_shots, fingerprint_with_shots};
#[cfg(feature = "ffmpeg")]
pub use pipeline::shots::{find_shots_file, fingerprint_file_with_shots};
pub use progress::{NoProgress, Progress};
pub use render::RenderSettings;
pub use sample::SamplingMode;
pub use settings::{DEFAULT_IGNORE_BLACK, DEFAULT_IGNORE_WHITE, MAX_CLUSTERS, MAX_SAMPLES};
