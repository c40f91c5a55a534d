//! Whether the title needs an outline to be read. The classic white title at two-thirds
//! opacity vanishes over pale bars, and over a transparent background shown on white. So the
//! backdrop behind each line of the title is sampled from the scene (the bars, gradients and
//! ring drawn before it), the title's color as it will show there is compared with it by
//! WCAG's contrast ratio, and where too much of it falls short of 3:1 (WCAG's figure for
//! large text) the letters get a band of the opposite lightness, and (unless the user chose
//! an opacity) are drawn opaque, so the band does not show through them.

use super::font::Face;
use super::raster::gradient_color;
use super::scene::Item;
use super::text::{Outline, TextBlock};
use crate::analyse::color::srgb_to_linear;

/// Contrast ratio below which text is hard to read (WCAG 2.x, large text).
const LEGIBLE_CONTRAST: f64 = 3.0;
/// Share of the title's backdrop allowed below that before the outline is drawn.
const TOLERATED_SHARE: f64 = 0.1;
/// Samples per line of text: columns × rows.
const SAMPLES: (usize, usize) = (32, 6);

/// WCAG relative luminance of an sRGB color.
fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = |c: f64| srgb_to_linear(c / 255.0);
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// WCAG contrast ratio of two colors (1 to 21).
fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// What the scene shows at (x, y) under the text: the topmost bar, gradient or ring there,
/// else the background (`None` when transparent: anything may show through).
fn backdrop(items: &[Item], background: Option<[u8; 3]>, x: f64, y: f64) -> Option<[u8; 3]> {
    let inside = |area: &super::scene::PixelBox| {
        x >= f64::from(area.x0) && x < f64::from(area.x1) && y >= f64::from(area.y0) && y < f64::from(area.y1)
    };
    for item in items.iter().rev() {
        match item {
            Item::Rect { area, color } if inside(area) => return Some(*color),
            Item::Gradient { area, stops } if inside(area) => return Some(gradient_color(stops, x)),
            Item::Ring(ring) => {
                if let Some(color) = ring.cell_at(x, y).and_then(|cell| ring.color(cell)) {
                    return Some(color);
                }
            }
            _ => {}
        }
    }
    background
}

/// The outline the title `block` needs over `items` (drawn before it), if any.
pub fn needed_outline(
    face: &Face<'_>,
    block: &TextBlock,
    items: &[Item],
    background: Option<[u8; 3]>,
) -> Option<Outline> {
    let title = block.color.map(f64::from);
    let alpha = f64::from(block.alpha);
    let (mut low, mut total) = (0usize, 0usize);
    for line in &block.lines {
        let (size, width) = (f64::from(line.size), f64::from(face.width(&line.text) * line.size));
        let top = f64::from(line.baseline) - f64::from(face.ascent()) * size;
        let height = f64::from(face.ascent()) * size;
        for i in 0..SAMPLES.0 {
            for j in 0..SAMPLES.1 {
                let x = f64::from(line.x) - width / 2.0 + width * (i as f64 + 0.5) / SAMPLES.0 as f64;
                let y = top + height * (j as f64 + 0.5) / SAMPLES.1 as f64;
                total += 1;
                let Some(behind) = backdrop(items, background, x, y) else {
                    low += 1;
                    continue;
                };
                let behind = behind.map(f64::from);
                let shown: [f64; 3] = std::array::from_fn(|c| alpha * title[c] + (1.0 - alpha) * behind[c]);
                if contrast(shown, behind) < LEGIBLE_CONTRAST {
                    low += 1;
                }
            }
        }
    }
    (total > 0 && low as f64 > TOLERATED_SHARE * total as f64).then(|| outline_for(block))
}

/// The outline of `block`: black around a light title, white around a dark one, a twentieth of
/// the line height wide, a little translucent.
pub fn outline_for(block: &TextBlock) -> Outline {
    Outline {
        color: if luminance(block.color.map(f64::from)) > 0.18 { [0, 0, 0] } else { [255, 255, 255] },
        width: 0.05,
        alpha: OUTLINE_ALPHA,
    }
}

/// Opacity of the outline.
const OUTLINE_ALPHA: f32 = 0.8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::font::FontFile;
    use crate::render::scene::PixelBox;
    use crate::render::text::TextLine;

    fn title(color: [u8; 3]) -> TextBlock {
        let line = TextLine { text: "Title".into(), size: 100.0, x: 200.0, baseline: 230.0 };
        TextBlock { lines: vec![line], color, alpha: 0xAA as f32 / 255.0, outline: None }
    }

    fn bars(color: [u8; 3]) -> Vec<Item> {
        vec![Item::Rect { area: PixelBox { x0: 0, y0: 0, x1: 400, y1: 400 }, color }]
    }

    #[test]
    fn the_published_contrast_figures() {
        // WCAG: black on white is 21:1, a color on itself 1:1, #777 on white about 4.48:1.
        assert!((contrast([0.0; 3], [255.0; 3]) - 21.0).abs() < 1e-9);
        assert!((contrast([90.0, 30.0, 200.0], [90.0, 30.0, 200.0]) - 1.0).abs() < 1e-12);
        assert!((contrast([119.0; 3], [255.0; 3]) - 4.48).abs() < 0.01);
    }

    #[test]
    fn an_outline_only_where_the_title_would_fade() {
        let font = FontFile::embedded();
        let face = font.face().unwrap();
        let white = title([255, 255, 255]);
        // Over dark bars a white title reads; over pale ones it needs a dark band.
        assert_eq!(needed_outline(&face, &white, &bars([20, 30, 60]), Some([0; 3])), None);
        let pale = needed_outline(&face, &white, &bars([235, 225, 200]), Some([0; 3]));
        assert_eq!(pale.map(|o| o.color), Some([0, 0, 0]));
        assert_eq!(pale.map(|o| o.reach(100.0)), Some(5.0));
        // Over nothing (a transparent picture) it may land on anything.
        assert!(needed_outline(&face, &white, &[], None).is_some());
        assert_eq!(needed_outline(&face, &white, &[], Some([0; 3])), None);
        // A black title over dark bars gets a light band.
        let dark = needed_outline(&face, &title([0, 0, 0]), &bars([40, 40, 40]), Some([0; 3]));
        assert_eq!(dark.map(|o| o.color), Some([255, 255, 255]));
    }
}
