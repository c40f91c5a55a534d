//! The fingerprint: everything the picture is drawn from, as plain serialisable data.
//!
//! It is the hand-off between analysis and rendering, and what `--json` writes, so a film
//! decoded once can be drawn again in any style, and researchers get the numbers. The JSON
//! carries a schema number; a file of another schema is refused with a clear message rather
//! than half-read.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::analyse::{ColorShare, color};
use crate::error::{Error, Result};
use crate::sample::{SamplingMode, TimeBase};

/// The schema number written into, and required of, fingerprint JSON files.
pub const SCHEMA_VERSION: u32 = 1;

/// A film's color fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Schema of this structure; see [`SCHEMA_VERSION`].
    pub schema: u32,
    /// The program that made it, e.g. `filmprint 0.1.0`.
    pub tool: String,
    /// The video it was made from.
    pub source: SourceInfo,
    /// How it was made.
    pub settings: AnalysisSettings,
    /// One entry per bar, in time order.
    pub samples: Vec<Sample>,
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

/// The settings that determine a fingerprint's numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisSettings {
    /// N: samples (bars).
    pub samples: usize,
    /// k: clusters per frame.
    pub clusters: usize,
    /// d: colors kept per bar.
    pub colors: usize,
    /// Space the clustering ran in.
    pub color_space: String,
    /// Seed of the k-means++ initialisation.
    pub seed: u64,
    /// How frames were chosen.
    pub sampling: SamplingMode,
    /// Width of the pictures analysed, at most.
    pub analysis_width: u32,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            samples: 1000,
            clusters: 5,
            colors: 1,
            color_space: "oklab".into(),
            seed: 0,
            sampling: SamplingMode::Auto,
            analysis_width: 256,
        }
    }
}

/// Upper bounds that keep a run's memory and time sane.
const MAX_SAMPLES: usize = 1_000_000;
const MAX_CLUSTERS: usize = 64;

impl AnalysisSettings {
    /// Checks the settings make sense together.
    pub fn validate(&self) -> Result<()> {
        let invalid = |why: String| Err(Error::InvalidSettings(why));
        if self.samples == 0 || self.samples > MAX_SAMPLES {
            return invalid(format!("the number of samples (-n) must be between 1 and {MAX_SAMPLES}"));
        }
        if self.clusters == 0 || self.clusters > MAX_CLUSTERS {
            return invalid(format!("the number of clusters (-k) must be between 1 and {MAX_CLUSTERS}"));
        }
        if self.colors == 0 {
            return invalid("the number of colors per bar (-d) must be at least 1".into());
        }
        if self.colors > self.clusters {
            return invalid(format!(
                "colors per bar (-d {}) cannot exceed clusters per frame (-k {})",
                self.colors, self.clusters
            ));
        }
        if self.analysis_width == 0 {
            return invalid("the analysis width must be at least 1 pixel".into());
        }
        Ok(())
    }
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
    pub colors: Vec<Swatch>,
    /// Every cluster of the frame, largest first.
    pub clusters: Vec<Swatch>,
}

/// A color with its share of the frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Swatch {
    /// `#rrggbb`, sRGB.
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
    /// Serialises to pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of numbers and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses JSON text, checking the schema.
    pub fn from_json(text: &str, path: &Path) -> Result<Self> {
        let invalid = |why: String| Error::Fingerprint { path: path.to_owned(), why };
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
        match value.get("schema").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(SCHEMA_VERSION) => {}
            Some(v) => {
                return Err(invalid(format!(
                    "it has schema {v}, this filmprint reads schema {SCHEMA_VERSION}"
                )));
            }
            None => return Err(invalid("it has no \"schema\" number".into())),
        }
        let fingerprint: Fingerprint = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
        fingerprint.validate().map_err(invalid)?;
        Ok(fingerprint)
    }

    /// Reads and parses a fingerprint file.
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            action: "read",
            path: path.to_owned(),
            source,
        })?;
        Self::from_json(&text, path)
    }

    /// Checks the invariants rendering relies on: at least one sample, every sample with at
    /// least one color. The error says what is wrong.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if self.samples.is_empty() {
            return Err("it has no samples".into());
        }
        for (i, sample) in self.samples.iter().enumerate() {
            if sample.colors.is_empty() {
                return Err(format!("sample {i} has no colors"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Fingerprint {
        Fingerprint {
            schema: SCHEMA_VERSION,
            tool: "filmprint test".into(),
            source: SourceInfo {
                file: "film.mkv".into(),
                container: "matroska,webm".into(),
                stream_index: 0,
                codec: "h264".into(),
                width: 640,
                height: 360,
                frame_rate: Some(24.0),
                time_base: TimeBase { num: 1, den: 1000 },
                start_s: 0.0,
                duration_s: 10.0,
                keyframes: 3,
                keyframe_source: "index".into(),
            },
            settings: AnalysisSettings { samples: 1, ..AnalysisSettings::default() },
            samples: vec![Sample {
                index: 0,
                target_s: 5.0,
                time_s: 5.0,
                pts: 5000,
                keyframe: false,
                colors: vec![Swatch { hex: "#ff0000".into(), oklab: [0.6, 0.2, 0.1], share: 1.0 }],
                clusters: vec![Swatch { hex: "#ff0000".into(), oklab: [0.6, 0.2, 0.1], share: 1.0 }],
            }],
        }
    }

    #[test]
    fn json_round_trips() {
        let fp = example();
        let back = Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map_err(|e| e.to_string());
        assert_eq!(back, Ok(fp));
    }

    #[test]
    fn other_schemas_and_garbage_are_refused_clearly() {
        let newer = example().to_json().replace("\"schema\": 1", "\"schema\": 2");
        let err = Fingerprint::from_json(&newer, Path::new("x.json")).map(|_| ()).map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err("'x.json' is not a usable fingerprint file: it has schema 2, this filmprint reads schema 1"
                .into())
        );
        assert!(Fingerprint::from_json("{}", Path::new("x.json")).is_err());
        assert!(Fingerprint::from_json("not json", Path::new("x.json")).is_err());
        let mistyped = example().to_json().replace("\"index\": 0", "\"index\": \"zero\"");
        assert!(Fingerprint::from_json(&mistyped, Path::new("x.json")).is_err());
    }

    #[test]
    fn fingerprints_without_samples_or_colors_are_refused() {
        let refused = |fp: &Fingerprint| {
            Fingerprint::from_json(&fp.to_json(), Path::new("x.json")).map(|_| ()).map_err(|e| e.to_string())
        };
        let mut no_samples = example();
        no_samples.samples.clear();
        assert_eq!(
            refused(&no_samples),
            Err("'x.json' is not a usable fingerprint file: it has no samples".into())
        );
        let mut no_colors = example();
        no_colors.samples[0].colors.clear();
        assert_eq!(
            refused(&no_colors),
            Err("'x.json' is not a usable fingerprint file: sample 0 has no colors".into())
        );
        assert_eq!(refused(&example()), Ok(()));
    }
}
