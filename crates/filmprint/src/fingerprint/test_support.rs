//! Fingerprints built in code, for the library's unit tests: a film of known samples with a
//! plausible source, so each test says only what its samples hold.

use super::{Fingerprint, SCHEMA_VERSION, Sample, SourceInfo, Swatch};
use crate::analyse::color::{hex, oklab_to_srgb8};
use crate::sample::TimeBase;
use crate::settings::AnalysisSettings;

/// A swatch of an Oklab color.
pub fn swatch(oklab: [f32; 3], share: f32) -> Swatch {
    Swatch { hex: hex(oklab_to_srgb8(oklab)), oklab, share }
}

/// A sample at `time_s` of these clusters (its bar shows the first).
pub fn sample(index: usize, time_s: f64, clusters: Vec<Swatch>) -> Sample {
    Sample {
        index,
        target_s: time_s,
        time_s,
        pts: (time_s * 1000.0) as i64,
        keyframe: false,
        colors: clusters.iter().take(1).cloned().collect(),
        clusters,
        skipped_black: false,
        left_out: 0.0,
        average: None,
        column: None,
        thumbnail: None,
    }
}

/// A fingerprint of these samples over a film of `duration_s` seconds.
pub fn synthetic(duration_s: f64, samples: Vec<Sample>) -> Fingerprint {
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
            rotation: 0,
            color_conversion: None,
            frame_rate: Some(24.0),
            time_base: TimeBase { num: 1, den: 1000 },
            start_s: 0.0,
            duration_s,
            keyframes: 3,
            keyframe_source: "index".into(),
        },
        settings: AnalysisSettings { samples: samples.len().max(1), ..AnalysisSettings::default() },
        title: None,
        subtitle: None,
        samples,
        crop: None,
        sampled: None,
        palette: None,
        statistics: None,
        shots: None,
        loudness: None,
        warnings: Vec::new(),
        timings: None,
    }
}
