//! The settings that determine a fingerprint's numbers, checked once, in one place. They are
//! recorded in the fingerprint, so a saved file says how it was made.

use serde::{Deserialize, Serialize};

use crate::analyse::{ClusterSettings, ColorSpace, LightLimits, Rank};
use crate::error::{Error, Result, Setting};
use crate::frame::CropMode;
use crate::sample::{SamplingMode, TimeSpec};

/// The most samples (bars) a fingerprint has, in analysis and in `render`: memory and time
/// follow it. 100,000 is a bar every 0.07 s of a 2-hour film, far finer than any picture shows.
pub const MAX_SAMPLES: usize = 100_000;
/// The most clusters per frame.
pub const MAX_CLUSTERS: usize = 64;
/// The most rows of an analysed picture (a picture that tall at 256 pixels wide is 16 times
/// taller than wide); taller ones are scaled down to it, keeping their aspect.
pub const MAX_ANALYSIS_ROWS: u32 = 4096;
const MAX_RESTARTS: usize = 100;
/// Bits per channel of the color census: 4 (coarse, fast) to 8 (every distinct color).
const MIN_BIN_BITS: u8 = 4;
const MAX_BIN_BITS: u8 = 8;
/// The Oklab lightness below which pixels are left out when `ignore_black` is asked for without
/// a value (letterbox bars are darker), and above which for `ignore_white`.
pub const DEFAULT_IGNORE_BLACK: f32 = 0.1;
/// See [`DEFAULT_IGNORE_BLACK`].
pub const DEFAULT_IGNORE_WHITE: f32 = 0.95;
const MAX_ANALYSIS_WIDTH: u32 = 1024;

/// How a film is analysed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisSettings {
    /// N: samples (bars).
    pub samples: usize,
    /// k: clusters per frame.
    pub clusters: usize,
    /// d: colors kept per bar.
    pub colors: usize,
    /// Space the clustering runs in.
    pub color_space: ColorSpace,
    /// Seed of the k-means++ initialisation.
    pub seed: u64,
    /// How frames are chosen.
    pub sampling: SamplingMode,
    /// Width of the pictures analysed, at most.
    pub analysis_width: u32,
    /// Independent k-means runs per frame; the one with the lowest within-cluster sum of
    /// squares is kept.
    #[serde(default = "default_restarts")]
    pub restarts: usize,
    /// Bits per channel of the color census clustered (8 = every distinct color).
    #[serde(default = "default_bin_bits")]
    pub bin_bits: u8,
    /// Order of a frame's clusters.
    #[serde(default)]
    pub rank: Rank,
    /// Oklab chroma from which a cluster counts as colorful, for `rank: vivid`.
    #[serde(default = "default_min_chroma")]
    pub min_chroma: f32,
    /// Pixels darker than this Oklab lightness (0..1) are left out, if set.
    #[serde(default)]
    pub ignore_black: Option<f32>,
    /// Pixels lighter than this Oklab lightness (0..1) are left out, if set.
    #[serde(default)]
    pub ignore_white: Option<f32>,
    /// Where sampling starts (`--start`); the stream's start if not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<TimeSpec>,
    /// Where sampling ends (`--end`); the stream's end if not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<TimeSpec>,
    /// The container stream to read (`--stream`); the film's own video stream when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<usize>,
    /// Replace a sample whose frame is (near) black by the nearest frame of its interval that
    /// is not (`--skip-black`); by default black frames are kept, as the seed did.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skip_black: bool,
    /// Keep a small JPEG of every sampled frame in the fingerprint (for the HTML page).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub thumbnails: bool,
    /// What is cut off every frame before the analysis (letterbox bars by default).
    #[serde(default = "crop_when_missing")]
    pub crop: CropMode,
}

/// Files written before cropping existed were not cropped.
fn crop_when_missing() -> CropMode {
    CropMode::None
}

fn default_restarts() -> usize {
    AnalysisSettings::default().restarts
}

fn default_bin_bits() -> u8 {
    AnalysisSettings::default().bin_bits
}

fn default_min_chroma() -> f32 {
    AnalysisSettings::default().min_chroma
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            samples: 1000,
            clusters: 5,
            colors: 1,
            color_space: ColorSpace::Oklab,
            seed: 0,
            sampling: SamplingMode::Auto,
            analysis_width: 256,
            restarts: 10,
            bin_bits: 5,
            rank: Rank::Share,
            min_chroma: 0.04,
            ignore_black: None,
            ignore_white: None,
            start: None,
            end: None,
            stream: None,
            skip_black: false,
            thumbnails: false,
            crop: CropMode::Auto,
        }
    }
}

impl AnalysisSettings {
    /// Checks the settings make sense together; the error names the setting at fault.
    pub fn validate(&self) -> Result<()> {
        let invalid = |setting: Setting, why: String| Err(Error::setting(setting, why));
        if self.samples == 0 || self.samples > MAX_SAMPLES {
            return invalid(Setting::Samples, format!("must be between 1 and {MAX_SAMPLES}"));
        }
        if self.clusters == 0 || self.clusters > MAX_CLUSTERS {
            return invalid(Setting::Clusters, format!("must be between 1 and {MAX_CLUSTERS}"));
        }
        if self.colors == 0 || self.colors > self.clusters {
            return invalid(
                Setting::Colors,
                format!(
                    "must be between 1 and the number of clusters ({}), not {}",
                    self.clusters, self.colors
                ),
            );
        }
        // The census counts in single precision, exact to millions of pixels; 1024 px wide is
        // four times the default and far more than the colors need.
        if self.analysis_width == 0 || self.analysis_width > MAX_ANALYSIS_WIDTH {
            return invalid(
                Setting::AnalysisWidth,
                format!("must be between 1 and {MAX_ANALYSIS_WIDTH} pixels"),
            );
        }
        if self.restarts == 0 || self.restarts > MAX_RESTARTS {
            return invalid(Setting::Restarts, format!("must be between 1 and {MAX_RESTARTS}"));
        }
        if !(MIN_BIN_BITS..=MAX_BIN_BITS).contains(&self.bin_bits) {
            return invalid(
                Setting::BinBits,
                format!("must be between {MIN_BIN_BITS} and {MAX_BIN_BITS} bits"),
            );
        }
        for (setting, value) in
            [(Setting::IgnoreBlack, self.ignore_black), (Setting::IgnoreWhite, self.ignore_white)]
        {
            if value.is_some_and(|v| !(0.0..=1.0).contains(&v)) {
                return invalid(setting, "is an Oklab lightness, between 0 and 1".into());
            }
        }
        if let (Some(black), Some(white)) = (self.ignore_black, self.ignore_white)
            && black >= white
        {
            return invalid(
                Setting::IgnoreBlack,
                format!("{black} must be below the white limit {white}, or nothing is left"),
            );
        }
        if !(0.0..=1.0).contains(&self.min_chroma) {
            return invalid(Setting::MinChroma, "must be between 0 and 1".into());
        }
        // Where both are counted from the same end, their order is known before the film is.
        match (self.start, self.end) {
            (Some(TimeSpec::FromStart(a)), Some(TimeSpec::FromStart(b)))
            | (Some(TimeSpec::Percent(a)), Some(TimeSpec::Percent(b)))
                if a >= b =>
            {
                return invalid(Setting::Span, format!("its start ({a}) must come before its end ({b})"));
            }
            (Some(TimeSpec::FromEnd(a)), Some(TimeSpec::FromEnd(b))) if a <= b => {
                return invalid(Setting::Span, format!("its start (-{a}) must come before its end (-{b})"));
            }
            _ => {}
        }
        Ok(())
    }

    /// The part of the settings that finds one frame's colors.
    pub fn cluster_settings(&self) -> ClusterSettings {
        ClusterSettings {
            clusters: self.clusters,
            seed: self.seed,
            space: self.color_space,
            restarts: self.restarts,
            bin_bits: self.bin_bits,
            limits: LightLimits { below: self.ignore_black, above: self.ignore_white },
            rank: self.rank,
            min_chroma: self.min_chroma,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_nonsense_is_refused() {
        assert!(AnalysisSettings::default().validate().is_ok());
        let bad = [
            AnalysisSettings { samples: 0, ..Default::default() },
            AnalysisSettings { clusters: 0, ..Default::default() },
            AnalysisSettings { clusters: 2, colors: 3, ..Default::default() },
            AnalysisSettings { restarts: 0, ..Default::default() },
            AnalysisSettings { bin_bits: 9, ..Default::default() },
            AnalysisSettings { ignore_black: Some(1.5), ..Default::default() },
            AnalysisSettings { min_chroma: -0.1, ..Default::default() },
            AnalysisSettings { ignore_black: Some(0.6), ignore_white: Some(0.4), ..Default::default() },
            AnalysisSettings { analysis_width: 4096, ..Default::default() },
        ];
        for settings in bad {
            assert!(settings.validate().is_err(), "{settings:?}");
        }
    }

    #[test]
    fn settings_written_before_these_options_existed_still_read() {
        let old = r#"{"samples": 10, "clusters": 5, "colors": 1, "color_space": "oklab", "seed": 0,
                      "sampling": "auto", "analysis_width": 256}"#;
        let settings: AnalysisSettings = serde_json::from_str(old).unwrap();
        assert_eq!(settings, AnalysisSettings { samples: 10, crop: CropMode::None, ..Default::default() });
    }
}
