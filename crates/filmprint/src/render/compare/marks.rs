//! The marks of the comparison picture: bands of bars on a film's timeline, the ΔE color
//! scale, stripes over what only one film has, lines, labels.

use super::super::font::Face;
use super::super::scene::{Item, PixelBox};
use super::super::text::TextLine;
use super::{DELTA_E_SCALE, SCALE};
use crate::fingerprint::{Fingerprint, Span};

/// The scale's color for a ΔE.
pub fn delta_e_color(delta_e: f32) -> [u8; 3] {
    let x = (delta_e / DELTA_E_SCALE).clamp(0.0, 1.0) * (SCALE.len() - 1) as f32;
    let i = (x.floor() as usize).min(SCALE.len() - 2);
    let f = x - i as f32;
    std::array::from_fn(|c| {
        (f32::from(SCALE[i][c]) * (1.0 - f) + f32::from(SCALE[i + 1][c]) * f).round() as u8
    })
}

/// Left-aligned text at `x`, baseline `y`, cut short with "…" to fit `room` pixels (a long
/// title or file name must not run off the picture).
pub fn label(face: &Face<'_>, text: String, size: f32, x: f32, baseline: f32, room: f32) -> TextLine {
    let fits = |t: &str| face.width(t) * size <= room;
    let text = if fits(&text) {
        text
    } else {
        // The longest start that fits with the ellipsis, found by halving.
        let chars: Vec<char> = text.chars().collect();
        let (mut lo, mut hi) = (0, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let candidate: String = chars[..mid].iter().chain(['…'].iter()).collect();
            if fits(&candidate) { lo = mid } else { hi = mid - 1 }
        }
        chars[..lo].iter().chain(['…'].iter()).collect()
    };
    let width = face.width(&text) * size;
    TextLine { text, size, x: x + width / 2.0, baseline }
}

/// Places film times on a band: `pixels_per_s` from the span's start at `left`.
pub struct Timeline {
    pub span: Span,
    pub left: f64,
    pub pixels_per_s: f64,
}

impl Timeline {
    pub fn x(&self, t: f64) -> f64 {
        self.left + (t - self.span.start_s) * self.pixels_per_s
    }

    /// The film time at the middle of pixel column `x`.
    pub fn time(&self, x: u32) -> f64 {
        self.span.start_s + (f64::from(x) + 0.5 - self.left) / self.pixels_per_s
    }

    /// The columns the film covers.
    pub fn columns(&self) -> std::ops::Range<u32> {
        let end = self.x(self.span.end_s).round().max(self.left) as u32;
        self.left as u32..end
    }
}

/// The sample of a fingerprint nearest time `t`.
fn sample_at(fingerprint: &Fingerprint, t: f64) -> usize {
    let after = fingerprint.samples.partition_point(|s| s.time_s < t);
    match after.checked_sub(1) {
        Some(before)
            if after >= fingerprint.samples.len()
                || t - fingerprint.samples[before].time_s <= fingerprint.samples[after].time_s - t =>
        {
            before
        }
        _ => after,
    }
}

/// Columns of a band, each the bar colors of the sample at its time, merged where neighbours
/// show the same sample.
pub fn film_band(fingerprint: &Fingerprint, timeline: &Timeline, top: u32, height: u32) -> Vec<Item> {
    let mut items = Vec::new();
    let mut column = |x0: u32, x1: u32, sample: usize| {
        let colors: Vec<[u8; 3]> = fingerprint.samples[sample].colors.iter().map(|c| c.rgb()).collect();
        let rows = colors.len().max(1) as u32;
        for (k, color) in colors.iter().enumerate() {
            let (y0, y1) = (top + height * k as u32 / rows, top + height * (k as u32 + 1) / rows);
            items.push(Item::Rect { area: PixelBox { x0, y0, x1, y1 }, color: *color });
        }
    };
    let mut run: Option<(u32, usize)> = None;
    let columns = timeline.columns();
    for x in columns.clone() {
        let sample = sample_at(fingerprint, timeline.time(x));
        match run {
            Some((_, s)) if s == sample => {}
            Some((start, s)) => {
                column(start, x, s);
                run = Some((x, sample));
            }
            None => run = Some((x, sample)),
        }
    }
    if let Some((start, s)) = run {
        column(start, columns.end, s);
    }
    items
}

/// White stripes over a span of a band: "this part has no match".
pub fn struck_through(timeline: &Timeline, span: &Span, top: f64, height: f64) -> Vec<Item> {
    let (x0, x1) = (timeline.x(span.start_s), timeline.x(span.end_s).max(timeline.x(span.start_s) + 2.0));
    let pitch = (height / 4.0).max(6.0);
    let width = pitch / 2.5;
    let mut items = vec![Item::Polygon {
        points: vec![(x0, top), (x1, top), (x1, top + height), (x0, top + height)],
        color: [255, 255, 255],
        alpha: 0.25,
    }];
    let mut x = x0 - height;
    while x < x1 {
        let stripe =
            [(x, top), (x + width, top), (x + width + height, top + height), (x + height, top + height)];
        let points = clip_between(&stripe, x0, x1);
        if points.len() >= 3 {
            items.push(Item::Polygon { points, color: [255, 255, 255], alpha: 0.55 });
        }
        x += pitch;
    }
    items
}

/// A convex polygon clipped to the columns `left..right` (Sutherland–Hodgman, two edges).
fn clip_between(polygon: &[(f64, f64)], left: f64, right: f64) -> Vec<(f64, f64)> {
    let clip = |points: Vec<(f64, f64)>, inside: &dyn Fn(f64) -> bool, edge: f64| {
        let mut out = Vec::new();
        for k in 0..points.len() {
            let (p, q) = (points[k], points[(k + 1) % points.len()]);
            if inside(p.0) {
                out.push(p);
            }
            if inside(p.0) != inside(q.0) {
                let t = (edge - p.0) / (q.0 - p.0);
                out.push((edge, p.1 + t * (q.1 - p.1)));
            }
        }
        out
    };
    let kept = clip(polygon.to_vec(), &|x| x >= left, left);
    if kept.is_empty() {
        return kept;
    }
    clip(kept, &|x| x <= right, right)
}

/// A line from (x0, y0) to (x1, y1) as a thin quadrilateral.
pub fn line(x0: f64, y0: f64, x1: f64, y1: f64, width: f64, color: [u8; 3], alpha: f32) -> Item {
    let (dx, dy) = (x1 - x0, y1 - y0);
    let length = dx.hypot(dy).max(1e-9);
    let (nx, ny) = (-dy / length * width / 2.0, dx / length * width / 2.0);
    Item::Polygon {
        points: vec![(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)],
        color,
        alpha,
    }
}
