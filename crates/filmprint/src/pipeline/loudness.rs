//! The wave styles' data: the film's sound level over each bar's interval, measured in a pass
//! of its own over the audio stream (the video samples are taken without reading the sound).

use std::path::Path;

use crate::error::Result;
use crate::fingerprint::Fingerprint;

/// The RMS level, in dBFS, of the sound of `path` over each sample's interval of `fingerprint`
/// (made from that file): the sampled span cut into as many equal parts as there are samples,
/// each sample's target at the middle of its part. Errors when the file has no audio stream.
pub fn measure_loudness(path: &Path, fingerprint: &Fingerprint) -> Result<Vec<f32>> {
    let span = fingerprint.sampled_span();
    let n = fingerprint.samples.len().max(1);
    let step = (span.end_s - span.start_s) / n as f64;
    let origin = fingerprint.source.start_s + span.start_s;
    let edges: Vec<f64> = (0..=n).map(|i| origin + i as f64 * step).collect();
    crate::decode::audio::loudness(path, &edges)
}
