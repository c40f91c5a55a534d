//! The plots' marks as scene items: discs, wedges of an annulus, thick polylines, labels.

use super::super::font::Face;
use super::super::scene::Item;
use super::super::text::TextLine;

/// A filled disc (a 32-gon).
pub fn disc(x: f64, y: f64, radius: f64, color: [u8; 3], alpha: f32) -> Item {
    let points = (0..32)
        .map(|k| {
            let angle = f64::from(k) / 32.0 * std::f64::consts::TAU;
            (x + radius * angle.cos(), y + radius * angle.sin())
        })
        .collect();
    Item::Polygon { points, color, alpha }
}

/// A wedge of the annulus between `inner` and `outer` from angle `from` to `to` (radians, in
/// the picture's orientation: y down), as one convex quadrilateral (wedges here are narrow).
#[allow(clippy::too_many_arguments)]
pub fn wedge(x: f64, y: f64, inner: f64, outer: f64, from: f64, to: f64, color: [u8; 3], alpha: f32) -> Item {
    let point = |r: f64, a: f64| (x + r * a.cos(), y + r * a.sin());
    Item::Polygon {
        points: vec![point(inner, from), point(outer, from), point(outer, to), point(inner, to)],
        color,
        alpha,
    }
}

/// A polyline `width` wide, as one quadrilateral per segment.
pub fn polyline(points: &[(f64, f64)], width: f64, color: [u8; 3], alpha: f32) -> Vec<Item> {
    points
        .windows(2)
        .map(|pair| {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let (dx, dy) = (x1 - x0, y1 - y0);
            let length = dx.hypot(dy).max(1e-9);
            let (nx, ny) = (-dy / length * width / 2.0, dx / length * width / 2.0);
            let points = vec![(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)];
            Item::Polygon { points, color, alpha }
        })
        .collect()
}

/// A line of text starting at `x` (or ending there, `right_aligned`), baseline `y`.
pub fn label(
    face: &Face<'_>,
    text: String,
    size: f32,
    x: f32,
    baseline: f32,
    right_aligned: bool,
) -> TextLine {
    let width = face.width(&text) * size;
    let centre = if right_aligned { x - width / 2.0 } else { x + width / 2.0 };
    TextLine { text, size, x: centre, baseline }
}
