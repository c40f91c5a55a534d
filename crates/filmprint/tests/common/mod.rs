//! Synthetic fingerprints with known colors, for drawing tests that need no video.

use filmprint::analyse::color::{hex, srgb8_to_oklab};
use filmprint::fingerprint::{SCHEMA_VERSION, Sample, SourceInfo, Swatch};
use filmprint::sample::TimeBase;
use filmprint::{AnalysisSettings, Fingerprint};

/// Cluster shares of every frame (the first `d` are shown).
pub const SHARES: [f32; 4] = [0.5, 0.3, 0.15, 0.05];

/// Rows of each squeezed column.
pub const COLUMN_ROWS: usize = 12;

/// A distinct, never-black color for (bar, slot).
pub fn color(bar: usize, slot: usize) -> [u8; 3] {
    let h = (bar * 7 + slot * 3) as u32;
    [
        40 + ((h * 37) % 200) as u8,
        40 + ((h * 91 + slot as u32 * 50) % 200) as u8,
        40 + ((h * 53 + 11) % 200) as u8,
    ]
}

/// The average color of bar i.
pub fn average(bar: usize) -> [u8; 3] {
    [250, 40 + (bar % 200) as u8, 90]
}

/// Row r of bar i's squeezed column.
pub fn column(bar: usize, row: usize) -> [u8; 3] {
    [30 + (row * 17) as u8, 60 + (bar % 150) as u8, 200 - (row * 9) as u8]
}

fn swatch(rgb: [u8; 3], share: f32) -> Swatch {
    Swatch { hex: hex(rgb), oklab: srgb8_to_oklab(rgb), share }
}

/// `n` bars of `d` colors (at most 4) over a film of `duration_s` seconds.
pub fn fingerprint(n: usize, d: usize, duration_s: f64) -> Fingerprint {
    let samples = (0..n)
        .map(|i| {
            let clusters: Vec<Swatch> =
                SHARES.iter().enumerate().map(|(j, &s)| swatch(color(i, j), s)).collect();
            let target_s = duration_s * (i as f64 + 0.5) / n as f64;
            Sample {
                index: i,
                target_s,
                time_s: target_s,
                pts: (target_s * 1000.0).round() as i64,
                keyframe: i % 2 == 0,
                colors: clusters[..d].to_vec(),
                clusters,
                skipped_black: false,
                left_out: 0.0,
                average: Some(swatch(average(i), 1.0)),
                column: Some(Sample::encode_column(
                    &(0..COLUMN_ROWS).map(|r| column(i, r)).collect::<Vec<_>>(),
                )),
                thumbnail: None,
            }
        })
        .collect();
    Fingerprint {
        schema: SCHEMA_VERSION,
        tool: "filmprint test".into(),
        source: SourceInfo {
            file: "Synthetic Film.mkv".into(),
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
            keyframes: 10,
            keyframe_source: "index".into(),
        },
        settings: AnalysisSettings { samples: n, clusters: 4, colors: d, ..AnalysisSettings::default() },
        title: None,
        subtitle: None,
        crop: None,
        sampled: None,
        samples,
        palette: None,
        shots: None,
        loudness: Some((0..n).map(|i| -20.0 - (i % 7) as f32 * 4.0).collect()),
        statistics: None,
        warnings: Vec::new(),
        timings: None,
    }
}

/// Runs of equal values: (value, length).
pub fn runs<T: PartialEq + Copy>(values: impl IntoIterator<Item = T>) -> Vec<(T, usize)> {
    let mut runs: Vec<(T, usize)> = Vec::new();
    for v in values {
        match runs.last_mut() {
            Some((last, count)) if *last == v => *count += 1,
            _ => runs.push((v, 1)),
        }
    }
    runs
}
