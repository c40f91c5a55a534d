//! The film's palette as data, and computing it from the samples' clusters (nothing is
//! decoded: a saved fingerprint gives its palette again in any number of colors).

use serde::{Deserialize, Serialize};

use super::{Fingerprint, Sample, Swatch, bounded};
use crate::analyse::palette::{PaletteSettings, palette};
use crate::error::{Error, Result, Setting};

/// A film's dominant colors with their shares of screen time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Palette {
    /// The whole film's colors, largest share first; shares sum to 1.
    #[serde(deserialize_with = "bounded::swatches")]
    pub colors: Vec<Swatch>,
    /// The same for consecutive equal parts of the film, when asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "bounded::segments")]
    pub segments: Vec<PaletteSegment>,
}

/// The palette of one part of the film.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PaletteSegment {
    /// Start of the part, seconds from the stream start.
    pub start_s: f64,
    /// End of the part.
    pub end_s: f64,
    /// Its colors, largest share first; shares sum to 1.
    #[serde(deserialize_with = "bounded::swatches")]
    pub colors: Vec<Swatch>,
}

impl Fingerprint {
    /// The film's palette of `colors` colors, computed from the samples' clusters (nothing is
    /// decoded), and, when `segments` > 1, the palette of each of that many equal parts of the
    /// film (a sample belongs to the part its target time falls in). `segments` may not be 1
    /// nor exceed the number of samples, or parts would be empty.
    pub fn compute_palette(&self, colors: usize, segments: usize) -> Result<Palette> {
        check_palette(colors, segments, self.samples.len())?;
        let settings = PaletteSettings {
            colors,
            space: self.settings.color_space,
            seed: self.settings.seed,
            ..PaletteSettings::default()
        };
        let shares = |sample: &Sample| -> Vec<([f32; 3], f32)> {
            sample.clusters.iter().map(|c| (c.oklab, c.share)).collect()
        };
        let of = |samples: &[&Sample]| -> Vec<Swatch> {
            let frames: Vec<Vec<([f32; 3], f32)>> = samples.iter().map(|s| shares(s)).collect();
            palette(frames.iter().map(Vec::as_slice), &settings).iter().map(Swatch::from_color).collect()
        };
        let all: Vec<&Sample> = self.samples.iter().collect();
        let span = self.sampled_span();
        let length = span.end_s - span.start_s;
        let segments = (0..segments)
            .map(|i| {
                let (start_s, end_s) = (
                    span.start_s + length * i as f64 / segments as f64,
                    span.start_s + length * (i + 1) as f64 / segments as f64,
                );
                let last = i + 1 == segments;
                let inside: Vec<&Sample> = all
                    .iter()
                    .copied()
                    .filter(|s| s.target_s >= start_s && (s.target_s < end_s || last))
                    .collect();
                PaletteSegment { start_s, end_s, colors: of(&inside) }
            })
            .collect();
        Ok(Palette { colors: of(&all), segments })
    }
}

/// The most colors a palette has.
pub const MAX_PALETTE_COLORS: usize = 64;

/// Checks a palette of `colors` colors, and one per each of `segments` parts of a film of
/// `samples` samples, can be computed: 1 to [`MAX_PALETTE_COLORS`] colors; no parts, or from 2
/// to the number of samples (a part would be empty). For checking before a film is decoded.
pub fn check_palette(colors: usize, segments: usize, samples: usize) -> Result<()> {
    if !(1..=MAX_PALETTE_COLORS).contains(&colors) {
        return Err(Error::setting(
            Setting::PaletteColors,
            format!("must be between 1 and {MAX_PALETTE_COLORS}"),
        ));
    }
    if segments == 1 || segments > samples {
        return Err(Error::setting(
            Setting::Segments,
            format!("must be 0 (none) or between 2 and the number of samples ({samples})"),
        ));
    }
    Ok(())
}
