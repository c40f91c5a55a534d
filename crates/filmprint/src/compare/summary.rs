//! The findings in sentences, most telling first: what `filmprint compare` prints and the
//! picture lists.

use super::Comparison;
use super::grade::describe;
use super::units::Unit;
use crate::fingerprint::Span;

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

/// A distance from which the films are said to differ greatly (graded copies stay under a
/// tenth of it: see docs/compare.md).
const FAR: f32 = 0.1;

/// Fewer matched frames than this measure no grade.
const MIN_GRADE_PAIRS: usize = 10;

/// Spans listed one by one in the findings.
const MAX_SPAN_LINES: usize = 6;

/// The findings in sentences, most telling first.
pub fn findings(c: &Comparison) -> Vec<String> {
    let mut lines = vec![format!(
        "distance {:.4}: the median color difference (Oklab ΔE) along the alignment; 0 is identical, about 0.02 \
         is just noticeable",
        c.distance
    )];
    match c.unit {
        Unit::Shots => lines.push("compared shot by shot (both films have their shots)".into()),
        Unit::Means => lines.push(
            "compared on each frame's mean color: A and B were analysed with different numbers of clusters per \
             frame (-k), whose colors and saturation are not alike"
                .into(),
        ),
        Unit::Samples => {}
    }
    if c.distance >= FAR && c.matched[0] >= LITTLE_IN_COMMON && c.matched[1] >= LITTLE_IN_COMMON {
        lines.push(format!(
            "the colors differ greatly (distance {:.2}): these may well be different films",
            c.distance
        ));
    }
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
    // Parts of near black are left out: there encoder noise alone reads as a difference.
    let telling = c
        .segments
        .iter()
        .filter(|s| s.grade.pairs >= MIN_GRADE_PAIRS && 2 * s.grade.dark_pairs < s.grade.pairs);
    if let Some(worst) = telling.max_by(|x, y| x.grade.delta_e.total_cmp(&y.grade.delta_e))
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
