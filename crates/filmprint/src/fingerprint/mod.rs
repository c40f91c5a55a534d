//! The fingerprint: everything the picture is drawn from, as plain serialisable data.
//!
//! It is the hand-off between analysis and rendering, and what `--json` writes, so a film
//! decoded once can be drawn again in any style, and researchers get the numbers. The JSON
//! carries a schema number; a file of another schema is refused with a clear message rather
//! than half-read.

use serde::{Deserialize, Serialize};

pub use crate::settings::AnalysisSettings;
pub use bounded::MAX_FINGERPRINT_BYTES;

mod bounded;
mod json;
mod palette;
mod shots;
mod statistics;
#[cfg(test)]
pub(crate) mod test_support;

pub use palette::{MAX_PALETTE_COLORS, Palette, PaletteSegment, check_palette};
pub use statistics::{FilmStatistics, NEUTRAL_CHROMA};

pub use shots::{
    LENGTH_CLASSES, MAX_FILM_SECONDS, MAX_SHOTS, Shot, ShotList, ShotStatistics, ShotTransition,
};

use crate::analyse::{ColorShare, color};
use crate::error::{Error, Result, Setting};
use crate::frame::CropRect;
use crate::sample::TimeBase;

/// The schema number written into, and required of, fingerprint JSON files.
pub const SCHEMA_VERSION: u32 = 1;

/// A film's color fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Schema of this structure; see [`SCHEMA_VERSION`]. Written first, so a file of another
    /// schema is told apart before anything else of it is read.
    #[serde(deserialize_with = "json::schema_version")]
    pub schema: u32,
    /// The program that made it, e.g. `filmprint 0.1.0`.
    pub tool: String,
    /// The video it was made from.
    pub source: SourceInfo,
    /// How it was made.
    pub settings: AnalysisSettings,
    /// The title given when it was made, which pictures drawn from it again take by default.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::title")]
    pub title: Option<String>,
    /// The subtitle given when it was made.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::title")]
    pub subtitle: Option<String>,
    /// The part of each frame analysed (in source pixels), when bars were cut off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop: Option<CropRect>,
    /// The part of the stream that was sampled, when `--start`/`--end` narrowed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampled: Option<Span>,
    /// One entry per bar, in time order.
    #[serde(deserialize_with = "bounded::samples")]
    pub samples: Vec<Sample>,
    /// The film's palette, when one was asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub palette: Option<Palette>,
    /// The film's color statistics, as the program wrote them (never read back: they are
    /// computed again from the samples, see [`Fingerprint::statistics`]).
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<FilmStatistics>,
    /// The film's shots, when they were asked for (`--shots`): pictures can then be drawn
    /// with a bar per shot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shots: Option<ShotList>,
    /// The sound's RMS level in dBFS over each sample's interval, one per sample, when it was
    /// measured (`--loudness`, or a wave style): the wave styles draw it.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::loudness")]
    pub loudness: Option<Vec<f32>>,
    /// What the user should know about how it was made (e.g. the file was truncated and only
    /// its readable part was sampled).
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "bounded::warnings")]
    pub warnings: Vec<String>,
    /// Where the time went when it was made (only in files written with `--timings`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timings: Option<Timings>,
}

/// A stretch of the stream, in seconds from its start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Where it starts.
    pub start_s: f64,
    /// Where it ends.
    pub end_s: f64,
}

/// Where a run's time went. CPU figures are summed over the worker threads.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Timings {
    /// Opening the file and measuring its timeline (keyframe index, duration), seconds.
    pub open_s: f64,
    /// Wall time of the sampling stage (all workers), seconds.
    pub sampling_s: f64,
    /// Finding letterbox bars before sampling (decoding a few keyframes), seconds.
    #[serde(default)]
    pub crop_s: f64,
    /// Time the workers spent fetching frames: demuxing, decoding, scaling, converting.
    pub decode_s: f64,
    /// The part of `decode_s` spent scaling frames down and converting them to RGB.
    #[serde(default)]
    pub scale_s: f64,
    /// Time the workers spent finding colors: census and k-means.
    pub analyse_s: f64,
    /// Worker threads.
    pub workers: usize,
    /// Frames the decoders produced.
    pub frames_decoded: u64,
    /// Seeks performed.
    pub seeks: u64,
    /// Samples taken from keyframes (the rest are exact frames).
    pub keyframe_samples: usize,
    /// Drawing the pictures (filled in by the command line), seconds.
    #[serde(default)]
    pub render_s: f64,
    /// Encoding and writing the pictures and CSV files (the JSON itself excluded), seconds.
    #[serde(default)]
    pub write_s: f64,
}

impl Timings {
    /// Adds a worker's figures to these.
    pub fn add(&mut self, other: &Timings) {
        self.decode_s += other.decode_s;
        self.scale_s += other.scale_s;
        self.analyse_s += other.analyse_s;
        self.frames_decoded += other.frames_decoded;
        self.seeks += other.seeks;
    }
}

/// The video a fingerprint was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// File name (without its folder).
    pub file: String,
    /// Container format as FFmpeg names it.
    pub container: String,
    /// Index of the video stream in the container.
    pub stream_index: usize,
    /// Video codec name.
    pub codec: String,
    /// Coded width in pixels.
    pub width: u32,
    /// Coded height in pixels.
    pub height: u32,
    /// Clockwise degrees the picture is turned to be shown the right way up (phone videos).
    #[serde(default, skip_serializing_if = "is_zero_u16")]
    pub rotation: u16,
    /// How HDR or wide-gamut pictures were brought to SDR BT.709 (e.g. "PQ BT.2020 -> SDR
    /// BT.709 (BT.2390 EETF …)"), when the stream is not SDR BT.709.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color_conversion: Option<String>,
    /// Declared frames per second, if any.
    pub frame_rate: Option<f64>,
    /// Unit of the `pts` values of the samples.
    pub time_base: TimeBase,
    /// Presentation time of the first frame, in seconds (need not be 0).
    pub start_s: f64,
    /// Length of the video stream in seconds.
    pub duration_s: f64,
    /// Number of keyframes known, and where the list came from (`index` or `scan`).
    pub keyframes: usize,
    /// `index` (the container's own) or `scan` (one pass over the packets).
    pub keyframe_source: String,
}

/// One bar of the fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    /// Bar index, from 0.
    pub index: usize,
    /// Seconds from the stream start to the centre of the sample's interval.
    pub target_s: f64,
    /// Seconds from the stream start to the frame actually used.
    pub time_s: f64,
    /// The used frame's presentation timestamp, in `source.time_base` units.
    pub pts: i64,
    /// Whether the frame was taken from a keyframe (fast path) rather than the exact frame.
    pub keyframe: bool,
    /// The d colors of the bar, top to bottom.
    #[serde(deserialize_with = "bounded::swatches")]
    pub colors: Vec<Swatch>,
    /// Every cluster of the frame, in rank order (largest first, unless ranked by vividness).
    #[serde(deserialize_with = "bounded::swatches")]
    pub clusters: Vec<Swatch>,
    /// The planned frame was black and this is the nearest frame of the sample's interval that
    /// is not (`--skip-black`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped_black: bool,
    /// Fraction of the frame's pixels left out by `--ignore-black`/`--ignore-white`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_out: f32,
    /// The frame's mean color in linear light (of the pixels analysed), for the `average`
    /// style; its share is 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average: Option<Swatch>,
    /// The frame squeezed to one column, top to bottom, as `rrggbb` hex codes run together,
    /// for the `frames` style.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::column")]
    pub column: Option<String>,
    /// The frame as a small base64 JPEG, for the HTML page (when thumbnails were asked for).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::thumbnail")]
    pub thumbnail: Option<String>,
}

impl Sample {
    /// The squeezed frame's colors, top to bottom (empty if the file has none or it is
    /// malformed).
    pub fn column_colors(&self) -> Vec<[u8; 3]> {
        let Some(column) = &self.column else { return Vec::new() };
        if column.len() % 6 != 0 || !column.is_ascii() {
            return Vec::new();
        }
        let colors: Option<Vec<[u8; 3]>> =
            (0..column.len()).step_by(6).map(|i| color::parse_hex(&column[i..i + 6])).collect();
        colors.unwrap_or_default()
    }

    /// Encodes a squeezed frame for [`Sample::column`].
    pub fn encode_column(colors: &[[u8; 3]]) -> String {
        colors.iter().map(|&rgb| color::hex(rgb)[1..].to_string()).collect()
    }
}

fn is_zero(value: &f32) -> bool {
    *value == 0.0
}

fn is_zero_u16(value: &u16) -> bool {
    *value == 0
}

/// A color with its share of the frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Swatch {
    /// `#rrggbb`, sRGB.
    #[serde(deserialize_with = "bounded::hex")]
    pub hex: String,
    /// The color in Oklab (L, a, b).
    pub oklab: [f32; 3],
    /// Fraction of the frame's pixels, 0..1.
    pub share: f32,
}

impl Swatch {
    /// The swatch of an analysed color.
    pub fn from_color(c: &ColorShare) -> Self {
        // Five decimals are far below any visible difference (a just noticeable difference in
        // Oklab is about 0.02) and keep the JSON readable.
        let round = |v: f32| (v * 1e5).round() / 1e5;
        Swatch { hex: color::hex(c.rgb), oklab: c.oklab.map(round), share: round(c.share) }
    }

    /// The 8-bit sRGB color (from `hex`, falling back to `oklab` if `hex` is malformed).
    pub fn rgb(&self) -> [u8; 3] {
        color::parse_hex(&self.hex).unwrap_or_else(|| color::oklab_to_srgb8(self.oklab))
    }
}

impl Fingerprint {
    /// The part of the stream the samples spread over: the whole stream unless trimmed.
    pub fn sampled_span(&self) -> Span {
        self.sampled.unwrap_or(Span { start_s: 0.0, end_s: self.source.duration_s })
    }

    /// The fingerprint with `d` colors per bar, taken from each sample's clusters (in their
    /// rank order, cycling when a frame has fewer), as the analysis would have chosen them:
    /// `d` may be anything from 1 to the clusters per frame it was made with.
    pub fn with_bar_colors(&self, d: usize) -> Result<Fingerprint> {
        let k = self.settings.clusters;
        if d == 0 || d > k {
            return Err(Error::setting(
                Setting::Colors,
                format!("must be between 1 and the {k} clusters per frame this fingerprint kept"),
            ));
        }
        let mut fingerprint = self.clone();
        fingerprint.settings.colors = d;
        for sample in &mut fingerprint.samples {
            let from = if sample.clusters.is_empty() { &sample.colors } else { &sample.clusters };
            sample.colors = from.iter().cycle().take(d).cloned().collect();
        }
        for shot in fingerprint.shots.iter_mut().flat_map(|list| &mut list.shots) {
            let from = if shot.clusters.is_empty() { &shot.colors } else { &shot.clusters };
            shot.colors = from.iter().cycle().take(d).cloned().collect();
        }
        Ok(fingerprint)
    }
}

#[cfg(test)]
mod tests;
