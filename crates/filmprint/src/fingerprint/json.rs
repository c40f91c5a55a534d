//! Reading and writing a fingerprint's JSON.
//!
//! A fingerprint file may come from anywhere, so it is read with a bound on every list and
//! text (`bounded.rs`), its schema number is checked before anything else is trusted, and the
//! invariants rendering relies on are checked before it is handed on.

use std::path::Path;

use serde::Deserialize;

use super::{Fingerprint, MAX_FINGERPRINT_BYTES, SCHEMA_VERSION, ShotStatistics, Swatch, bounded};
use crate::error::{Error, Result};

/// The schema number, refused unless it is the one this version reads.
pub(super) fn schema_version<'de, D>(d: D) -> std::result::Result<u32, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let version = u64::deserialize(d)?;
    if version != u64::from(SCHEMA_VERSION) {
        return Err(serde::de::Error::custom(format!(
            "{SCHEMA_MISMATCH} {version}, this filmprint reads schema {SCHEMA_VERSION}"
        )));
    }
    Ok(SCHEMA_VERSION)
}

const SCHEMA_MISMATCH: &str = "it has schema";

/// What is wrong with a file the parser refused: its message with the place, except for the
/// messages about the file as a whole (its schema), which need none.
fn parse_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    if message.starts_with(SCHEMA_MISMATCH) {
        return message.split(" at line ").next().unwrap_or_default().to_string();
    }
    if message.starts_with("missing field `schema`") {
        return "it has no \"schema\" number".into();
    }
    message
}

impl Fingerprint {
    /// Serialises to pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of numbers and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses JSON text, checking the schema.
    pub fn from_json(text: &str, path: &Path) -> Result<Self> {
        Self::from_reader(text.as_bytes(), path)
    }

    /// Parses JSON as it is read, with every list and text bounded as it goes (see
    /// `bounded.rs`), so memory follows the samples, at most [`crate::MAX_SAMPLES`].
    pub fn from_reader(reader: impl std::io::Read, path: &Path) -> Result<Self> {
        let invalid = |why: String| Error::Fingerprint { path: path.to_owned(), why };
        let reader = bounded::TokenLimit::new(std::io::BufReader::new(reader));
        let fingerprint: Fingerprint =
            serde_json::from_reader(reader).map_err(|e| invalid(parse_error(&e)))?;
        let mut fingerprint: Fingerprint = fingerprint;
        // Checked first: the statistics' work follows the shots' times.
        fingerprint.validate().map_err(invalid)?;
        if let Some(list) = &mut fingerprint.shots {
            list.statistics = ShotStatistics::of(&list.shots);
        }
        Ok(fingerprint)
    }

    /// Reads and parses a fingerprint file: a regular file of at most
    /// [`MAX_FINGERPRINT_BYTES`].
    pub fn read(path: &Path) -> Result<Self> {
        let file = crate::files::open_regular(path, MAX_FINGERPRINT_BYTES, "a fingerprint")?;
        Self::from_reader(file, path)
    }

    /// Checks the invariants rendering relies on: at least one sample and at most
    /// [`crate::MAX_SAMPLES`], every sample with at
    /// least one color; and that every single-precision number is finite, as JSON has no
    /// infinity: a number past their range (`1e39`) would read as one and be written back as
    /// `null`, which no longer reads. The error says what is wrong.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if self.samples.is_empty() {
            return Err("it has no samples".into());
        }
        if self.samples.len() > crate::MAX_SAMPLES {
            return Err(format!(
                "it has {} samples, more than the {} filmprint draws",
                self.samples.len(),
                crate::MAX_SAMPLES
            ));
        }
        for (i, sample) in self.samples.iter().enumerate() {
            if sample.colors.is_empty() {
                return Err(format!("sample {i} has no colors"));
            }
        }
        if let Some(shots) = &self.shots {
            shots.validate()?;
        }
        if let Some(levels) = &self.loudness {
            if levels.len() != self.samples.len() {
                return Err(format!(
                    "it has {} loudness levels for {} samples",
                    levels.len(),
                    self.samples.len()
                ));
            }
            if let Some(bad) = levels.iter().find(|l| !(-200.0..=40.0).contains(*l)) {
                return Err(format!("a loudness level of {bad} dBFS (-200 to 40 expected)"));
            }
        }
        self.check_finite()
    }

    fn check_finite(&self) -> std::result::Result<(), String> {
        // Single precision ends near 3.4e38.
        let out_of_range = |what: String| Err(format!("{what} a number out of range (beyond ±3.4e38)"));
        let finite = |swatch: &Swatch| swatch.oklab.iter().chain([&swatch.share]).all(|v| v.is_finite());
        let settings = &self.settings;
        let limits = [Some(settings.min_chroma), settings.ignore_black, settings.ignore_white];
        if !limits.into_iter().flatten().all(f32::is_finite) {
            return out_of_range("its settings hold".into());
        }
        for (i, sample) in self.samples.iter().enumerate() {
            if !sample.left_out.is_finite() {
                return out_of_range(format!("sample {i}'s left_out is"));
            }
            if !sample.colors.iter().chain(&sample.clusters).chain(&sample.average).all(finite) {
                return out_of_range(format!("sample {i} has a color with"));
            }
        }
        for (i, shot) in self.shots.iter().flat_map(|list| &list.shots).enumerate() {
            if !shot.colors.iter().chain(&shot.clusters).chain(&shot.average).all(finite) {
                return out_of_range(format!("shot {i} has a color with"));
            }
        }
        if let Some(palette) = &self.palette {
            let segments = palette.segments.iter().flat_map(|segment| &segment.colors);
            if !palette.colors.iter().chain(segments).all(finite) {
                return out_of_range("its palette has a color with".into());
            }
        }
        Ok(())
    }
}
