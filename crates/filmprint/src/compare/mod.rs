//! Compare stage: two fingerprints in — two editions, digitisations or grades of a film, or
//! two films — and out comes how they line up in time, what only one of them has, how their
//! colors differ and where, and one distance. It works on fingerprints alone, so films
//! analysed once can be compared again and again without decoding.
//!
//! The steps: both films on one clock ([`timeline`]), a monotonic alignment by dynamic time
//! warping of their normalised mean colors ([`align`]), the timing fitted to it
//! ([`timing`]), and the color differences of the matched frames ([`grade`]); KALMUS' six
//! scores are computed from the unaligned barcodes as KALMUS does ([`kalmus`]).

pub mod align;
pub mod grade;
pub mod kalmus;
pub mod library;
pub mod looks;
pub mod regrade;
mod summary;
pub mod timeline;
pub mod timing;
pub mod units;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fingerprint::{Fingerprint, MAX_FILM_SECONDS, Span};
pub use align::Costs;
use grade::{Grade, PairColors, grade as sum_up, median, pair_colors};
use looks::{Alignment, align_films};
use timeline::Track;
pub use timing::{Stretch, Timing};
use units::{Unit, compared_forms, shot_at};

/// The most equal parts of A a comparison reports the grade of.
pub const MAX_SEGMENTS: usize = 1000;

/// How to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareSettings {
    /// Equal parts of A to report the grade of, each on its own.
    pub segments: usize,
    /// The alignment's costs, in units of the normalised color distance (about 1 to 2
    /// between unrelated frames, under 0.2 between copies): a higher warp cost keeps the path
    /// diagonal through noise, a lower one follows speed changes more closely; a point left
    /// unmatched costs `gap` (so frames further apart than that are better left unmatched)
    /// and each run of them `gap_open` more.
    pub costs: Costs,
    /// Shortest span, seconds, reported as present in one film only (shorter one-sided runs
    /// are a speed difference or noise).
    pub min_gap_s: f64,
}

impl Default for CompareSettings {
    fn default() -> Self {
        CompareSettings { segments: 10, costs: Costs { warp: 0.7, gap: 0.6, gap_open: 2.0 }, min_gap_s: 1.0 }
    }
}

/// One film of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The movie file the fingerprint was made from.
    pub file: String,
    /// Its title, when it was given one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The part of the film compared, seconds.
    pub span: Span,
    /// Samples of the fingerprint.
    pub samples: usize,
}

/// One matched point of the alignment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    /// A's time, seconds.
    pub a_s: f64,
    /// B's time matched with it, seconds.
    pub b_s: f64,
    /// A's sample at that time.
    pub a_sample: usize,
    /// B's sample.
    pub b_sample: usize,
    /// A's shot, when the films were compared shot by shot (the samples are then columns of
    /// shots, see [`units`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a_shot: Option<usize>,
    /// B's shot, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b_shot: Option<usize>,
    /// How far apart their colors are (Oklab ΔE, see [`grade`]).
    pub delta_e: f32,
}

/// The grade of one part of A.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentGrade {
    /// The part of A, seconds.
    pub span: Span,
    /// B's grade against A over the pairs in it.
    pub grade: Grade,
}

/// Everything a comparison found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The first film.
    pub a: Side,
    /// The second film.
    pub b: Side,
    /// What was compared: the samples, or the shots when both films have them.
    pub unit: Unit,
    /// The common clock's step, seconds: the alignment's resolution.
    pub step_s: f64,
    /// Overall distance: the median ΔE along the alignment (0 = identical colors); a point of
    /// one film left unmatched counts with its ΔE to the other film's point beside it.
    pub distance: f32,
    /// How B's clock runs against A's, when the alignment has enough matched points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
    /// The share of each film's time (A, B) that found a match in the other.
    pub matched: [f32; 2],
    /// Spans of A that B lacks, seconds of A.
    pub only_in_a: Vec<Span>,
    /// Spans of B that A lacks, seconds of B.
    pub only_in_b: Vec<Span>,
    /// B's grade against A over all matched frames.
    pub grade: Grade,
    /// The same for each equal part of A.
    pub segments: Vec<SegmentGrade>,
    /// KALMUS' scores of the two barcodes.
    pub kalmus: kalmus::KalmusScores,
    /// The findings in sentences.
    pub summary: Vec<String>,
    /// The matched points, in order.
    pub pairs: Vec<Pair>,
}

impl Comparison {
    /// As pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of numbers and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn side(fingerprint: &Fingerprint) -> Side {
    Side {
        file: fingerprint.source.file.clone(),
        title: fingerprint.title.clone(),
        span: fingerprint.sampled_span(),
        samples: fingerprint.samples.len(),
    }
}

/// A grid span as film time, within the film's span.
fn grid_span(track: &Track, first: usize, last: usize, step: f64) -> Span {
    let start = track.span.start_s + first as f64 * step;
    Span {
        start_s: start,
        end_s: (track.span.start_s + (last + 1) as f64 * step).min(track.span.end_s.max(start)),
    }
}

/// Checks what comparing relies on beyond a fingerprint's own checks (which reading it
/// made): a length of film up to [`MAX_FILM_SECONDS`], samples in time order within it,
/// shares from 0 to 1, colors within Oklab's range, shots within the film. The error says
/// what is wrong.
pub fn check_comparable(fingerprint: &Fingerprint) -> std::result::Result<(), String> {
    // Numbers as read, however large, in a short form.
    let n = |v: f64| if v.abs() < 1e7 { format!("{v}") } else { format!("{v:.3e}") };
    let span = fingerprint.sampled_span();
    let duration = fingerprint.source.duration_s;
    if !(duration.is_finite() && duration > 0.0 && duration <= MAX_FILM_SECONDS) {
        return Err(format!(
            "its duration ({} s) is not a film's length (0 to {MAX_FILM_SECONDS} s)",
            n(duration)
        ));
    }
    if !(span.start_s.is_finite()
        && span.end_s.is_finite()
        && span.start_s >= -1.0
        && span.end_s <= duration + 1.0)
        || span.end_s <= span.start_s
    {
        return Err(format!(
            "its sampled span {}–{} s lies outside the film",
            n(span.start_s),
            n(span.end_s)
        ));
    }
    let mut previous = f64::NEG_INFINITY;
    for (i, sample) in fingerprint.samples.iter().enumerate() {
        let t = sample.time_s;
        if !t.is_finite() || t < span.start_s - 1.0 || t > span.end_s + 1.0 {
            return Err(format!("sample {i}'s time ({} s) lies outside the film", n(t)));
        }
        if t < previous {
            return Err(format!(
                "sample {i} comes before the sample ahead of it ({} s after {} s)",
                n(t),
                n(previous)
            ));
        }
        previous = t;
        let swatches = sample.colors.iter().chain(&sample.clusters).chain(&sample.average);
        for swatch in swatches {
            let [l, a, b] = swatch.oklab;
            if !(0.0..=1.0001).contains(&swatch.share)
                || !(-0.5..=1.5).contains(&l)
                || a.abs() > 1.0
                || b.abs() > 1.0
            {
                return Err(format!("sample {i} has a color outside Oklab's range or a share outside 0–1"));
            }
        }
    }
    if let Some(list) = &fingerprint.shots
        && let (Some(first), Some(last)) = (list.shots.first(), list.shots.last())
        && (first.start_s < span.start_s - 1.0 || last.end_s > span.end_s + 1.0)
    {
        return Err(format!(
            "its shots ({}–{} s) do not lie within its samples' span ({}–{} s)",
            n(first.start_s),
            n(last.end_s),
            n(span.start_s),
            n(span.end_s)
        ));
    }
    Ok(())
}

/// Compares B against A.
pub fn compare(a: &Fingerprint, b: &Fingerprint, settings: &CompareSettings) -> Result<Comparison> {
    if a.samples.is_empty() || b.samples.is_empty() {
        return Err(Error::InvalidSettings("a fingerprint without samples cannot be compared".into()));
    }
    for (name, fingerprint) in [("A", a), ("B", b)] {
        check_comparable(fingerprint)
            .map_err(|why| Error::InvalidSettings(format!("{name} cannot be compared: {why}")))?;
    }
    if settings.segments == 0 || settings.segments > MAX_SEGMENTS {
        return Err(Error::InvalidSettings(format!("segments must be 1..={MAX_SEGMENTS}")));
    }
    let (unit, a, b) = compared_forms(a, b);
    let (a, b) = (a.as_ref(), b.as_ref());
    let alignment = align_films(a, b, settings)?;
    let Alignment { step, a: ta, b: tb, path, gaps: found } = &alignment;
    let (step, n, m) = (*step, ta.samples.len(), tb.samples.len());
    let mut pairs = Vec::new();
    let mut colors: Vec<PairColors> = Vec::new();
    let mut stretches: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    // Every step's ΔE, unmatched ones too: the distance (see `looks::distance_along`, which
    // the library's distances use; here the pairs are colored once for both).
    let mut every_delta_e: Vec<f32> = Vec::with_capacity(path.len());
    for s in path {
        let (sa, sb) = (ta.samples[s.a], tb.samples[s.b]);
        let pair = pair_colors(&a.samples[sa], &b.samples[sb]);
        every_delta_e.push(pair.delta_e);
        let unmatched = found.iter().any(|g| (g.first..=g.last).contains(if g.in_a { &s.a } else { &s.b }));
        if !s.how.is_match() || unmatched {
            if stretches.last().is_some_and(|p| !p.is_empty()) {
                stretches.push(Vec::new());
            }
            continue;
        }
        let (a_s, b_s) = (ta.time(s.a, step), tb.time(s.b, step));
        if let Some(points) = stretches.last_mut() {
            points.push((a_s, b_s));
        }
        let (a_shot, b_shot) = match unit {
            Unit::Shots => (shot_at(a, a_s), shot_at(b, b_s)),
            Unit::Samples | Unit::Means => (None, None),
        };
        pairs.push(Pair { a_s, b_s, a_sample: sa, b_sample: sb, a_shot, b_shot, delta_e: pair.delta_e });
        colors.push(pair);
    }
    let share = |matched: &mut Vec<usize>, points: usize| {
        matched.dedup();
        matched.len() as f32 / points.max(1) as f32
    };
    let mut matched_a: Vec<usize> = path.iter().filter(|s| s.how.is_match()).map(|s| s.a).collect();
    let mut matched_b: Vec<usize> = path.iter().filter(|s| s.how.is_match()).map(|s| s.b).collect();
    let matched = [share(&mut matched_a, n), share(&mut matched_b, m)];
    let only_in_a: Vec<Span> =
        found.iter().filter(|g| g.in_a).map(|g| grid_span(ta, g.first, g.last, step)).collect();
    let only_in_b: Vec<Span> =
        found.iter().filter(|g| !g.in_a).map(|g| grid_span(tb, g.first, g.last, step)).collect();
    let overall = sum_up(&colors);
    let segments = segment_grades(&ta.span, &pairs, &colors, settings.segments);
    let mut comparison = Comparison {
        a: side(a),
        b: side(b),
        unit,
        step_s: step,
        distance: median(&mut every_delta_e),
        timing: timing::fit(&stretches, step),
        matched,
        only_in_a,
        only_in_b,
        grade: overall,
        segments,
        kalmus: kalmus::scores(a, b),
        summary: Vec::new(),
        pairs,
    };
    comparison.summary = summary::findings(&comparison);
    Ok(comparison)
}

fn segment_grades(span: &Span, pairs: &[Pair], colors: &[PairColors], parts: usize) -> Vec<SegmentGrade> {
    let length = (span.end_s - span.start_s).max(f64::MIN_POSITIVE);
    let mut groups: Vec<Vec<PairColors>> = vec![Vec::new(); parts];
    for (pair, color) in pairs.iter().zip(colors) {
        let part =
            (((pair.a_s - span.start_s) / length * parts as f64).floor().max(0.0) as usize).min(parts - 1);
        groups[part].push(*color);
    }
    groups
        .iter()
        .enumerate()
        .map(|(i, group)| SegmentGrade {
            span: Span {
                start_s: span.start_s + length * i as f64 / parts as f64,
                end_s: span.start_s + length * (i + 1) as f64 / parts as f64,
            },
            grade: sum_up(group),
        })
        .collect()
}

pub use summary::timecode;

#[cfg(test)]
mod tests;
