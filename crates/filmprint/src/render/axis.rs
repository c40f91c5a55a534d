//! The optional time axis: a tick every so often of film time with its time code, along the
//! bottom of the bars or around the ring. Ticks sit at the time they mark: the bars span the
//! video stream's length evenly, so time maps linearly onto width (or angle). Labels read as
//! film times do, never as a bare pair that could be minutes or seconds: `m:ss` in a film of
//! up to an hour (`9:00`), `h:mm:ss` in a longer one (`1:30:00`).

use super::font::Face;
use super::ring::Ring;
use super::scene::{Item, PixelBox};
use super::text::{TextBlock, TextLine};
use crate::fingerprint::Span;

const ALPHA: f32 = 0.85;

/// The most ticks drawn.
const MAX_TICKS: usize = 10_000;

/// The time code of a tick at `seconds` on an axis ending at `end`.
fn label(seconds: f64, end: f64) -> String {
    let whole = seconds.round() as u64;
    let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60);
    if end > 3600.0 { format!("{h}:{m:02}:{s:02}") } else { format!("{}:{s:02}", whole / 60) }
}

/// The tick times: every `step` seconds of film time strictly inside the span, each with its
/// position along the span (0..1).
fn ticks(span: Span, step: f64) -> Vec<(f64, f64)> {
    let length = span.end_s - span.start_s;
    if length.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) || !(step > 0.0 && step.is_finite()) {
        return Vec::new();
    }
    let first = (span.start_s / step).floor() as i64 + 1;
    (first..)
        .map(|k| k as f64 * step)
        .take_while(|&t| t < span.end_s)
        .take(MAX_TICKS)
        .map(|t| (t, (t - span.start_s) / length))
        .collect()
}

/// Ticks rising from the bottom of `area`, labelled above.
pub fn straight_axis(face: &Face<'_>, area: PixelBox, span: Span, step: f64, color: [u8; 3]) -> Vec<Item> {
    let (width, height) = (f64::from(area.width()), f64::from(area.height()));
    let size = (0.02 * width).clamp(10.0, (0.06 * height).max(10.0));
    let length = (0.4 * size).round();
    let half = (size / 24.0).round().max(0.5);
    let bottom = f64::from(area.y1);
    let times = ticks(span, step);
    let mut items = Vec::new();
    if !times.is_empty() {
        // A translucent strip of the opposite lightness under the axis keeps it legible over
        // bars of any color.
        let luma = 0.2126 * f64::from(color[0]) + 0.7152 * f64::from(color[1]) + 0.0722 * f64::from(color[2]);
        let shade = if luma > 127.0 { [0, 0, 0] } else { [255, 255, 255] };
        let top = (bottom - length - 1.6 * size).round().max(f64::from(area.y0));
        let (left, right) = (f64::from(area.x0), f64::from(area.x1));
        items.push(Item::Polygon {
            points: vec![(left, top), (right, top), (right, bottom), (left, bottom)],
            color: shade,
            alpha: 0.35,
        });
    }
    let mut labels = Vec::new();
    for (t, along) in times {
        let x = f64::from(area.x0) + (along * width).round();
        items.push(Item::Polygon {
            points: vec![
                (x - half, bottom - length),
                (x + half, bottom - length),
                (x + half, bottom),
                (x - half, bottom),
            ],
            color,
            alpha: ALPHA,
        });
        let text = label(t, span.end_s);
        let room = f64::from(face.width(&text)) * size / 2.0;
        if x - room >= f64::from(area.x0) && x + room <= f64::from(area.x1) {
            labels.push(TextLine {
                text,
                size: size as f32,
                x: x as f32,
                baseline: (bottom - length - 0.4 * size) as f32,
            });
        }
    }
    if !labels.is_empty() {
        items.push(Item::Text(TextBlock { lines: labels, color, alpha: ALPHA, outline: None }));
    }
    items
}

/// Ticks pointing out of the ring, labelled beyond them.
pub fn ring_axis(face: &Face<'_>, ring: &Ring, span: Span, step: f64, color: [u8; 3]) -> Vec<Item> {
    let size = (0.06 * ring.outer).max(10.0);
    let (start, end) = (ring.outer + 0.2 * size, ring.outer + 0.7 * size);
    let half_turn = |radius: f64| (size / 24.0).max(0.5) / (radius * std::f64::consts::TAU);
    let mut items = Vec::new();
    let mut labels = Vec::new();
    for (t, along) in ticks(span, step) {
        let turn = ring.turn(along);
        let points = vec![
            ring.point(turn - half_turn(start), start),
            ring.point(turn - half_turn(end), end),
            ring.point(turn + half_turn(end), end),
            ring.point(turn + half_turn(start), start),
        ];
        items.push(Item::Polygon { points, color, alpha: ALPHA });
        let text = label(t, span.end_s);
        let reach = f64::from(face.width(&text)) * size / 2.0;
        // Far enough out that the label's box (half width `reach`, half height about 0.4 of
        // the line height) clears the tick, whatever its direction.
        let angle = turn * std::f64::consts::TAU;
        let radius = end + 0.3 * size + reach * angle.sin().abs() + 0.4 * size * angle.cos().abs();
        let (x, y) = ring.point(turn, radius);
        labels.push(TextLine { text, size: size as f32, x: x as f32, baseline: (y + 0.35 * size) as f32 });
    }
    if !labels.is_empty() {
        items.push(Item::Text(TextBlock { lines: labels, color, alpha: ALPHA, outline: None }));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::font::FontFile;

    #[test]
    fn ticks_every_interval_with_time_codes() {
        let hour = Span { start_s: 0.0, end_s: 3600.0 };
        assert_eq!(ticks(hour, 900.0), vec![(900.0, 0.25), (1800.0, 0.5), (2700.0, 0.75)]);
        assert_eq!(ticks(Span { start_s: 0.0, end_s: 300.0 }, 600.0), vec![]);
        assert_eq!(ticks(Span { start_s: 0.0, end_s: 100.0 }, 30.0).len(), 3, "every 30 s");
        assert_eq!(ticks(hour, 0.0), vec![]);
        // A trimmed film: ticks keep the film's clock, placed along the part drawn.
        assert_eq!(
            ticks(Span { start_s: 600.0, end_s: 2400.0 }, 900.0),
            vec![(900.0, 1.0 / 6.0), (1800.0, 4.0 / 6.0)]
        );
        // Up to an hour, minutes and seconds: a 10-minute film's ticks read 1:00 … 9:00.
        assert_eq!(label(60.0, 600.0), "1:00");
        assert_eq!(label(540.0, 600.0), "9:00");
        assert_eq!(label(90.0, 600.0), "1:30");
        assert_eq!(label(2700.0, 3600.0), "45:00");
        // Longer films: hours, minutes and seconds.
        assert_eq!(label(5400.0, 7200.0), "1:30:00");
        assert_eq!(label(600.0, 7200.0), "0:10:00");
        let font = FontFile::embedded();
        let face = font.face().unwrap();
        let items =
            straight_axis(&face, PixelBox { x0: 0, y0: 0, x1: 1000, y1: 1000 }, hour, 900.0, [255; 3]);
        // Three ticks at a quarter, half and three quarters of the width, and their labels.
        let xs: Vec<f64> = items
            .iter()
            .filter_map(|i| match i {
                Item::Polygon { points, .. } if points[1].0 - points[0].0 < 10.0 => {
                    Some((points[0].0 + points[1].0) / 2.0)
                }
                _ => None,
            })
            .collect();
        assert_eq!(xs, vec![250.0, 500.0, 750.0]);
        let Some(Item::Text(labels)) = items.last() else { panic!("no labels") };
        let texts: Vec<&str> = labels.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["15:00", "30:00", "45:00"]);
    }
}
