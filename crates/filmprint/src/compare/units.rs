//! What is compared of each film: its samples, or — when both fingerprints hold shots — its
//! shots. A shot's colors are clustered over several of its frames, so comparing shot by shot
//! is steadier than frame by frame; each shot is laid over the columns of its time (a long
//! shot weighs as long as it lasts), and the comparison runs on those columns as on samples.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::timeline::{MAX_GRID, mean_color};
use crate::analyse::color::{hex, oklab_to_srgb8};
use crate::fingerprint::{Fingerprint, Span, Swatch};

/// The unit of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// The fingerprints' samples.
    Samples,
    /// Their shots (both films have them).
    Shots,
    /// Each sample's mean color alone: the films were analysed with different numbers of
    /// clusters per frame, whose colors are not alike (one cluster is the frame's mean; twelve
    /// split it finely, each more saturated).
    Means,
}

/// A fingerprint's shots as columns: at least two per shot and as many as its samples, each
/// timed at its column's middle.
fn by_shot(fingerprint: &Fingerprint) -> Option<Fingerprint> {
    let list = fingerprint.shots.as_ref()?;
    let (first, last) = (list.shots.first()?, list.shots.last()?);
    let (start, end) = (first.start_s, last.end_s);
    if end.partial_cmp(&start) != Some(std::cmp::Ordering::Greater) {
        return None;
    }
    let columns = fingerprint.samples.len().max(2 * list.shots.len()).min(MAX_GRID);
    let mut columned = fingerprint.shots_as_columns(columns).ok()?;
    for (i, sample) in columned.samples.iter_mut().enumerate() {
        let t = start + (i as f64 + 0.5) / columns as f64 * (end - start);
        sample.time_s = t;
        sample.target_s = t;
    }
    columned.sampled = Some(Span { start_s: start, end_s: end });
    Some(columned)
}

/// A fingerprint with each sample's clusters replaced by its mean color.
fn by_mean(fingerprint: &Fingerprint) -> Fingerprint {
    let mut means = fingerprint.clone();
    for sample in &mut means.samples {
        let mean = mean_color(sample);
        let swatch = Swatch { hex: hex(oklab_to_srgb8(mean)), oklab: mean, share: 1.0 };
        sample.clusters = vec![swatch.clone()];
        sample.colors = vec![swatch];
    }
    means
}

/// The forms of two fingerprints a comparison compares, and the unit.
pub fn compared_forms<'a>(
    a: &'a Fingerprint,
    b: &'a Fingerprint,
) -> (Unit, Cow<'a, Fingerprint>, Cow<'a, Fingerprint>) {
    if a.settings.clusters != b.settings.clusters {
        return (Unit::Means, Cow::Owned(by_mean(a)), Cow::Owned(by_mean(b)));
    }
    match (by_shot(a), by_shot(b)) {
        (Some(a), Some(b)) => (Unit::Shots, Cow::Owned(a), Cow::Owned(b)),
        _ => (Unit::Samples, Cow::Borrowed(a), Cow::Borrowed(b)),
    }
}

/// The index of the shot playing at `t` (the last one from `t` on), if the film has shots.
pub fn shot_at(fingerprint: &Fingerprint, t: f64) -> Option<usize> {
    let shots = &fingerprint.shots.as_ref()?.shots;
    let after = shots.partition_point(|s| s.start_s <= t);
    after.checked_sub(1).or((!shots.is_empty()).then_some(0))
}
