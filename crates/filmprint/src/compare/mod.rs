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
pub mod regrade;
pub mod timeline;
pub mod timing;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fingerprint::{Fingerprint, Span};
pub use align::Costs;
use align::{Gap, gaps, warp};
use grade::{Grade, PairColors, describe, grade as sum_up, median, pair_colors};
use timeline::{Track, cluster_distance, common_step, track};
pub use timing::{Stretch, Timing};

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

/// Compares B against A.
pub fn compare(a: &Fingerprint, b: &Fingerprint, settings: &CompareSettings) -> Result<Comparison> {
    if a.samples.is_empty() || b.samples.is_empty() {
        return Err(Error::InvalidSettings("a fingerprint without samples cannot be compared".into()));
    }
    if settings.segments == 0 || settings.segments > MAX_SEGMENTS {
        return Err(Error::InvalidSettings(format!("segments must be 1..={MAX_SEGMENTS}")));
    }
    let step = common_step(a, b);
    let (ta, tb) = (track(a, step), track(b, step));
    let (n, m) = (ta.samples.len(), tb.samples.len());
    // Same-time points meet within a band wide enough for the length difference and a fifth
    // of the film more (trims and cut scenes at both ends, a speed change).
    let band = n.abs_diff(m) + n.max(m) / 5 + 4;
    // First look: each film on its own scale.
    let cost =
        |i: usize, j: usize| cluster_distance(&ta.normalised[ta.samples[i]], &tb.normalised[tb.samples[j]]);
    let first = warp(n, m, band, settings.costs, cost)?;
    // Second look: B regraded to A by the first look's matches, both on A's scale.
    let matched: Vec<([f32; 3], [f32; 3])> = first
        .iter()
        .filter(|s| s.how.is_match())
        .map(|s| (tb.means[tb.samples[s.b]], ta.means[ta.samples[s.a]]))
        .collect();
    let map = regrade::fit(&matched);
    let (_, spread) = timeline::statistics(&ta.means);
    let scale = |c: [f32; 3]| -> [f32; 3] { std::array::from_fn(|k| (f64::from(c[k]) / spread[k]) as f32) };
    let (ca, cb) = (timeline::clusters(a, scale), timeline::clusters(b, |c| scale(map.apply(c))));
    let path =
        warp(n, m, band, settings.costs, |i, j| cluster_distance(&ca[ta.samples[i]], &cb[tb.samples[j]]))?;
    let min_run = ((settings.min_gap_s / step).ceil() as usize).max(3);
    let found: Vec<Gap> = gaps(&path, min_run);
    let mut pairs = Vec::new();
    let mut colors: Vec<PairColors> = Vec::new();
    // Every step's ΔE for the distance: an unmatched point's to the other film's point it
    // stands beside, so films that share little are far apart however well their few
    // matches match.
    let mut every_delta_e: Vec<f32> = Vec::with_capacity(path.len());
    let mut stretches: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    for s in &path {
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
        pairs.push(Pair { a_s, b_s, a_sample: sa, b_sample: sb, delta_e: pair.delta_e });
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
        found.iter().filter(|g| g.in_a).map(|g| grid_span(&ta, g.first, g.last, step)).collect();
    let only_in_b: Vec<Span> =
        found.iter().filter(|g| !g.in_a).map(|g| grid_span(&tb, g.first, g.last, step)).collect();
    let overall = sum_up(&colors);
    let segments = segment_grades(&ta.span, &pairs, &colors, settings.segments);
    let mut comparison = Comparison {
        a: side(a),
        b: side(b),
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
    comparison.summary = summary(&comparison);
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

/// A time as `m:ss.s` (or `h:mm:ss` past an hour).
pub fn timecode(seconds: f64) -> String {
    let s = seconds.max(0.0);
    if s >= 3600.0 {
        let whole = s.round() as u64;
        format!("{}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60)
    } else {
        let tenths = (s * 10.0).round() as u64;
        format!("{}:{:02}.{}", tenths / 600, tenths / 10 % 60, tenths % 10)
    }
}

fn span_text(span: &Span) -> String {
    format!("{}–{} ({:.1} s)", timecode(span.start_s), timecode(span.end_s), span.end_s - span.start_s)
}

/// Below this share of either film matched, the films are said to have little in common.
const LITTLE_IN_COMMON: f32 = 0.3;

/// Stretches shorter than this (seconds of A) are left out of the findings' timing.
const MIN_STRETCH_S: f64 = 2.0;

/// Fewer matched frames than this measure no grade.
const MIN_GRADE_PAIRS: usize = 10;

/// Spans listed one by one in the findings.
const MAX_SPAN_LINES: usize = 6;

/// The findings in sentences, most telling first.
fn summary(c: &Comparison) -> Vec<String> {
    let mut lines = vec![format!(
        "distance {:.4}: the median color difference (Oklab ΔE) along the alignment; 0 is identical, about 0.02 \
         is just noticeable",
        c.distance
    )];
    if let Some(t) = &c.timing {
        if (t.speed - 1.0).abs() > t.speed_uncertainty {
            let how = if t.speed > 1.0 { "faster" } else { "slower" };
            let known = t.known_speed.as_ref().map(|k| format!(", {k}")).unwrap_or_default();
            lines.push(format!(
                "B plays {:.2} % {how} than A (speed {:.4}{known})",
                (t.speed - 1.0).abs() * 100.0,
                t.speed
            ));
        }
        let same_speed = (t.speed - 1.0).abs() <= t.speed_uncertainty;
        let first = t.stretches.first().map_or(t.offset_s, |s| s.offset_s);
        lines.push(if same_speed {
            format!("B's time = A's time {first:+.2} s")
        } else {
            format!("B's time = A's time / {:.4} {first:+.2} s", t.speed)
        });
        // Later stretches of a few seconds or more (short ones are still frames, black
        // fades, matched anywhere).
        for pair in t.stretches.windows(2).filter(|p| p[1].a_end_s - p[1].a_start_s >= MIN_STRETCH_S) {
            lines.push(format!(
                "from A's {} on, B's time = A's time{} {:+.2} s",
                timecode(pair[1].a_start_s),
                if same_speed { String::new() } else { format!(" / {:.4}", t.speed) },
                pair[1].offset_s
            ));
        }
    }
    if c.matched[0] < LITTLE_IN_COMMON || c.matched[1] < LITTLE_IN_COMMON {
        lines.push(format!(
            "the films have little in common: {:.0} % of A and {:.0} % of B found a match",
            100.0 * c.matched[0],
            100.0 * c.matched[1]
        ));
    }
    let spans = c
        .only_in_a
        .iter()
        .map(|s| ("B lacks", s, "A"))
        .chain(c.only_in_b.iter().map(|s| ("A lacks", s, "B")));
    let count = c.only_in_a.len() + c.only_in_b.len();
    for (k, (who, span, of)) in spans.enumerate() {
        if k == MAX_SPAN_LINES && count > MAX_SPAN_LINES + 1 {
            lines.push(format!("and {} more spans present in one film only", count - MAX_SPAN_LINES));
            break;
        }
        lines.push(format!("{who} {} of {of}", span_text(span)));
    }
    if c.grade.pairs < MIN_GRADE_PAIRS {
        lines.push("B against A: too few matched frames to measure a grade".into());
        return lines;
    }
    lines.push(format!("B against A: {}", describe(&c.grade)));
    if let Some(worst) = c.segments.iter().max_by(|x, y| x.grade.delta_e.total_cmp(&y.grade.delta_e))
        && worst.grade.delta_e >= 0.02
        && worst.grade.delta_e >= 2.0 * c.distance
    {
        lines.push(format!(
            "the colors differ most over A's {}–{} (median ΔE {:.3}): {}",
            timecode(worst.span.start_s),
            timecode(worst.span.end_s),
            worst.grade.delta_e,
            describe(&worst.grade)
        ));
    }
    lines
}

#[cfg(test)]
mod tests;
