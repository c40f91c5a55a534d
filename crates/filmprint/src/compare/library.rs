//! How alike the films of a library are, for the gallery's "nearest films": from saved
//! fingerprints only, never by decoding. Each pair's distance is the comparison's (the median
//! ΔE along the two-look alignment) on coarse copies of the fingerprints (60 samples each),
//! so a library of a hundred films takes seconds. In larger libraries each film is aligned
//! only with the 20 films nearest by a cheap summary (its mean colors at 16 moments), which
//! bounds the work to films × 20.

use serde::{Deserialize, Serialize};

use super::CompareSettings;
use super::looks::{align_films, distance_along};
use super::timeline::mean_color;
use crate::fingerprint::Fingerprint;

/// Up to this many films, every pair is measured and the page shows the matrix.
pub const MATRIX_FILMS: usize = 30;
/// Nearest films listed per film.
pub const NEAREST: usize = 5;
/// Samples of the coarse copies compared.
const COARSE_SAMPLES: usize = 60;
/// Above this many films, each is aligned only with its nearest by the cheap summary.
const ALL_PAIRS_FILMS: usize = 200;
/// How many of those.
const CANDIDATES: usize = 20;
/// Moments of the cheap summary.
const SUMMARY_POINTS: usize = 16;

/// Another film and how far it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Neighbour {
    /// Its index in the library.
    pub film: usize,
    /// The distance (the comparison's: median ΔE along the alignment).
    pub distance: f32,
}

/// The library's likenesses.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Similarity {
    /// Every pair's distance, when the library has at most [`MATRIX_FILMS`] films.
    pub matrix: Option<Vec<Vec<f32>>>,
    /// Each film's nearest films, nearest first (at most [`NEAREST`]).
    pub nearest: Vec<Vec<Neighbour>>,
}

/// A fingerprint cut down to what the distance needs: at most 60 samples,
/// evenly picked, with their clusters only.
pub fn coarse(fingerprint: &Fingerprint) -> Fingerprint {
    let n = fingerprint.samples.len();
    let keep = n.min(COARSE_SAMPLES);
    let samples = (0..keep)
        .map(|k| {
            let mut sample = fingerprint.samples[(k * n + n / 2) / keep.max(1)].clone();
            sample.column = None;
            sample.thumbnail = None;
            sample
        })
        .collect();
    Fingerprint {
        samples,
        palette: None,
        shots: None,
        loudness: None,
        warnings: Vec::new(),
        timings: None,
        ..fingerprint.clone()
    }
}

/// The mean colors at [`SUMMARY_POINTS`] moments spread over the film.
fn summary(fingerprint: &Fingerprint) -> Vec<f32> {
    let n = fingerprint.samples.len().max(1);
    (0..SUMMARY_POINTS)
        .flat_map(|k| {
            let sample = &fingerprint.samples[((2 * k + 1) * n / (2 * SUMMARY_POINTS)).min(n - 1)];
            mean_color(sample)
        })
        .collect()
}

fn summary_distance(x: &[f32], y: &[f32]) -> f32 {
    x.iter().zip(y).map(|(a, b)| (a - b).powi(2)).sum::<f32>().sqrt()
}

/// The distance of two coarse fingerprints (infinite when they cannot be aligned).
fn distance(a: &Fingerprint, b: &Fingerprint) -> f32 {
    match align_films(a, b, &CompareSettings::default()) {
        Ok(alignment) => distance_along(a, b, &alignment),
        Err(_) => f32::INFINITY,
    }
}

/// How alike the films are. `films` should be coarse copies ([`coarse`]); `threads` 0 is
/// every core.
pub fn similarity(films: &[Fingerprint], threads: usize) -> Similarity {
    let n = films.len();
    let pairs: Vec<(usize, usize)> = if n <= ALL_PAIRS_FILMS {
        (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).collect()
    } else {
        let summaries: Vec<Vec<f32>> = films.iter().map(summary).collect();
        let mut chosen: Vec<(usize, usize)> = (0..n)
            .flat_map(|i| {
                let mut others: Vec<(f32, usize)> = (0..n)
                    .filter(|&j| j != i)
                    .map(|j| (summary_distance(&summaries[i], &summaries[j]), j))
                    .collect();
                others.sort_by(|x, y| x.0.total_cmp(&y.0));
                others
                    .into_iter()
                    .take(CANDIDATES)
                    .map(move |(_, j)| (i.min(j), i.max(j)))
                    .collect::<Vec<_>>()
            })
            .collect();
        chosen.sort_unstable();
        chosen.dedup();
        chosen
    };
    let workers =
        if threads == 0 { std::thread::available_parallelism().map_or(1, usize::from) } else { threads };
    let chunk = pairs.len().div_ceil(workers.max(1)).max(1);
    let distances: Vec<f32> = std::thread::scope(|scope| {
        let handles: Vec<_> = pairs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter().map(|&(i, j)| distance(&films[i], &films[j])).collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker's panic is a bug: it goes on, with its message, to whoever can report it
        // (the command line's one-line error), rather than leaving its pairs silently unknown.
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    let mut nearest: Vec<Vec<Neighbour>> = vec![Vec::new(); n];
    let mut matrix = (n <= MATRIX_FILMS).then(|| vec![vec![0.0f32; n]; n]);
    for (&(i, j), &d) in pairs.iter().zip(&distances) {
        if let Some(m) = matrix.as_mut() {
            m[i][j] = d;
            m[j][i] = d;
        }
        if d.is_finite() {
            nearest[i].push(Neighbour { film: j, distance: d });
            nearest[j].push(Neighbour { film: i, distance: d });
        }
    }
    for list in &mut nearest {
        list.sort_by(|x, y| x.distance.total_cmp(&y.distance).then(x.film.cmp(&y.film)));
        list.truncate(NEAREST);
    }
    Similarity { matrix, nearest }
}
