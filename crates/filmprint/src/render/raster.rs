//! Draws a scene into pixels. Bars are whole-pixel rectangles and need no smoothing; the ring,
//! tick marks and text are anti-aliased (the ring by 4×4 supersampling of the pixels its edges
//! cross, found by comparing what each pixel's four corners show).

use super::canvas::Canvas;
use super::ring::Ring;
use super::scene::{Item, PixelBox, Scene};
use super::text::draw_text;
use crate::error::{Error, Result};

/// Subsamples per pixel side where an edge crosses a pixel.
const SUPERSAMPLE: u32 = 4;

/// Most bytes of pixels drawn at once: a larger picture is drawn as PNG in bands of rows
/// (1 GiB is a whole 16384 × 16384 picture).
pub const MAX_CANVAS_BYTES: u64 = 1 << 30;

/// The scene as pixels, whole.
pub fn rasterise(scene: &Scene) -> Result<Canvas> {
    let bytes = u64::from(scene.width) * u64::from(scene.height) * 4;
    if bytes > MAX_CANVAS_BYTES {
        return Err(Error::InvalidSettings(format!(
            "a {}x{} picture is too large to hold in memory whole: write it as a PNG file (drawn in bands), \
             SVG or PDF",
            scene.width, scene.height
        )));
    }
    rasterise_rows(scene, 0, scene.height)
}

/// The scene's rows `top..top + rows` as pixels.
pub fn rasterise_rows(scene: &Scene, top: u32, rows: u32) -> Result<Canvas> {
    let (fill, alpha) = match scene.background {
        Some(color) => (color, 255),
        None => ([0, 0, 0], 0),
    };
    let mut canvas = Canvas::band(scene.width, top, rows, fill, alpha).ok_or_else(|| {
        Error::InvalidSettings(format!(
            "not enough memory for a {}x{} picture; choose a smaller size",
            scene.width, scene.height
        ))
    })?;
    let face = scene.font.face()?;
    for item in &scene.items {
        match item {
            Item::Rect { area, color } => canvas.fill_rect((area.x0, area.y0), (area.x1, area.y1), *color),
            Item::Gradient { area, stops } => draw_gradient(&mut canvas, *area, stops),
            Item::Ring(ring) => draw_ring(&mut canvas, ring),
            Item::Polygon { points, color, alpha } => draw_polygon(&mut canvas, points, *color, *alpha),
            Item::Text(block) => draw_text(&mut canvas, &face, block),
        }
    }
    canvas.dpi = scene.dpi;
    Ok(canvas)
}

/// The gradient's color at x (a pixel centre), mixed in sRGB, held beyond the end stops.
pub fn gradient_color(stops: &[(f64, [u8; 3])], x: f64) -> [u8; 3] {
    let Some(&(first_x, first)) = stops.first() else { return [0, 0, 0] };
    if x <= first_x {
        return first;
    }
    let after = stops.partition_point(|&(position, _)| position <= x);
    let Some(&(x1, c1)) = stops.get(after) else { return stops[stops.len() - 1].1 };
    let (x0, c0) = stops[after - 1];
    let t = (x - x0) / (x1 - x0);
    std::array::from_fn(|i| (f64::from(c0[i]) + (f64::from(c1[i]) - f64::from(c0[i])) * t).round() as u8)
}

fn draw_gradient(canvas: &mut Canvas, area: PixelBox, stops: &[(f64, [u8; 3])]) {
    for x in area.x0..area.x1.min(canvas.width) {
        let color = gradient_color(stops, f64::from(x) + 0.5);
        canvas.fill_rect((x, area.y0), (x + 1, area.y1), color);
    }
}

/// What a point of the ring shows as one number (`u64::MAX` outside), cheap to compare.
fn cell_id(ring: &Ring, bands: usize, x: f64, y: f64) -> u64 {
    match ring.cell_at(x, y) {
        Some(cell) => (cell.bar * bands + cell.band) as u64,
        None => u64::MAX,
    }
}

fn draw_ring(canvas: &mut Canvas, ring: &Ring) {
    let (cx, cy) = ring.centre;
    let reach = ring.outer + 1.0;
    let x0 = (cx - reach).floor().max(0.0) as u32;
    let rows = canvas.rows();
    let y0 = ((cy - reach).floor().max(0.0) as u32).max(rows.start);
    let x1 = ((cx + reach).ceil().max(0.0) as u32).min(canvas.width);
    let y1 = ((cy + reach).ceil().max(0.0) as u32).min(rows.end);
    if x0 >= x1 || y0 >= y1 {
        return;
    }
    // What each pixel corner shows, two rows at a time.
    let bands = ring.bands().max(1);
    let corners = |y: u32| -> Vec<u64> {
        (x0..=x1).map(|x| cell_id(ring, bands, f64::from(x), f64::from(y))).collect()
    };
    let mut above = corners(y0);
    for y in y0..y1 {
        let below = corners(y + 1);
        for x in x0..x1 {
            let i = (x - x0) as usize;
            let ids = [above[i], above[i + 1], below[i], below[i + 1]];
            if ids.iter().all(|&id| id == ids[0]) {
                if ids[0] != u64::MAX
                    && let Some(cell) = ring.cell_at(f64::from(x) + 0.5, f64::from(y) + 0.5)
                    && let Some(color) = ring.color(cell)
                {
                    canvas.set(x, y, color);
                }
                continue;
            }
            let (mut sum, mut hits) = ([0u32; 3], 0u32);
            for sy in 0..SUPERSAMPLE {
                for sx in 0..SUPERSAMPLE {
                    let px = f64::from(x) + (f64::from(sx) + 0.5) / f64::from(SUPERSAMPLE);
                    let py = f64::from(y) + (f64::from(sy) + 0.5) / f64::from(SUPERSAMPLE);
                    if let Some(color) = ring.cell_at(px, py).and_then(|cell| ring.color(cell)) {
                        sum.iter_mut().zip(color).for_each(|(s, c)| *s += u32::from(c));
                        hits += 1;
                    }
                }
            }
            if hits > 0 {
                let color = sum.map(|s| ((s + hits / 2) / hits) as u8);
                canvas.blend(
                    i64::from(x),
                    i64::from(y),
                    color,
                    hits as f32 / (SUPERSAMPLE * SUPERSAMPLE) as f32,
                );
            }
        }
        above = below;
    }
}

/// Whether a point is inside a convex polygon (either winding).
fn inside(points: &[(f64, f64)], (x, y): (f64, f64)) -> bool {
    let mut sign = 0.0f64;
    for (i, &(ax, ay)) in points.iter().enumerate() {
        let (bx, by) = points[(i + 1) % points.len()];
        let cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
        if cross != 0.0 {
            if sign != 0.0 && cross.signum() != sign {
                return false;
            }
            sign = cross.signum();
        }
    }
    true
}

fn draw_polygon(canvas: &mut Canvas, points: &[(f64, f64)], color: [u8; 3], alpha: f32) {
    if points.len() < 3 {
        return;
    }
    let (mut left, mut top, mut right, mut bottom) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        (left, top, right, bottom) = (left.min(x), top.min(y), right.max(x), bottom.max(y));
    }
    let rows = canvas.rows();
    let x0 = left.floor().max(0.0) as u32;
    let y0 = (top.floor().max(0.0) as u32).max(rows.start);
    let x1 = (right.ceil().max(0.0) as u32).min(canvas.width);
    let y1 = (bottom.ceil().max(0.0) as u32).min(rows.end);
    let samples = SUPERSAMPLE * SUPERSAMPLE;
    for y in y0..y1 {
        for x in x0..x1 {
            let hits = (0..samples)
                .filter(|k| {
                    let px = f64::from(x) + (f64::from(k % SUPERSAMPLE) + 0.5) / f64::from(SUPERSAMPLE);
                    let py = f64::from(y) + (f64::from(k / SUPERSAMPLE) + 0.5) / f64::from(SUPERSAMPLE);
                    inside(points, (px, py))
                })
                .count();
            if hits > 0 {
                canvas.blend(i64::from(x), i64::from(y), color, alpha * hits as f32 / samples as f32);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gradients_mix_between_stops_and_hold_beyond_them() {
        let stops = [(10.0, [0, 0, 0]), (20.0, [200, 100, 0])];
        assert_eq!(gradient_color(&stops, 0.0), [0, 0, 0]);
        assert_eq!(gradient_color(&stops, 15.0), [100, 50, 0]);
        assert_eq!(gradient_color(&stops, 20.0), [200, 100, 0]);
        assert_eq!(gradient_color(&stops, 99.0), [200, 100, 0]);
    }

    #[test]
    fn polygons_cover_what_they_enclose() {
        let mut canvas = Canvas::new(4, 4, [0, 0, 0]).unwrap();
        let square = [(1.0, 1.0), (3.0, 1.0), (3.0, 3.0), (1.0, 3.0)];
        draw_polygon(&mut canvas, &square, [255, 255, 255], 1.0);
        assert_eq!(canvas.pixel(1, 1), Some([255, 255, 255]));
        assert_eq!(canvas.pixel(2, 2), Some([255, 255, 255]));
        assert_eq!(canvas.pixel(0, 0), Some([0, 0, 0]));
        assert_eq!(canvas.pixel(3, 2), Some([0, 0, 0]));
        let mut half = Canvas::new(1, 1, [0, 0, 0]).unwrap();
        draw_polygon(&mut half, &[(0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (0.0, 1.0)], [200, 200, 200], 1.0);
        assert_eq!(half.pixel(0, 0), Some([100, 100, 100]));
    }
}
