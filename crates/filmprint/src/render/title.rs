//! The title laid over the barcode, as in the seed: centred, white at alpha 0xAA, as large as
//! fits inside the picture with a margin.
//!
//! The font (Inter SemiBold, SIL Open Font License, see `assets/fonts/OFL.txt`) is embedded so
//! the tool draws the same picture on every machine. Rasterising is ab_glyph's job; layout
//! (line breaks, fitting, centring) is ours. Characters the font lacks are drawn as its
//! "missing glyph" box rather than failing.

use ab_glyph::{Font, FontRef, Glyph, OutlinedGlyph, PxScale, ScaleFont, point};

use super::Canvas;
use crate::error::{Error, Result};

/// The embedded font.
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// How the title looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TitleStyle {
    /// Text color (sRGB).
    pub color: [u8; 3],
    /// Opacity, 0..1. The seed's is 0xAA / 255.
    pub alpha: f32,
    /// Largest text height (ascender to descender of one line) as a fraction of the image height.
    pub max_height: f32,
    /// Empty border kept on every side, as a fraction of the image size.
    pub margin: f32,
}

impl Default for TitleStyle {
    fn default() -> Self {
        TitleStyle {
            color: [255, 255, 255],
            alpha: f32::from(0xAA_u8) / 255.0,
            max_height: 0.17,
            margin: 0.08,
        }
    }
}

/// Advance width of a line in font units.
fn line_width(font: &FontRef<'_>, line: &str) -> f32 {
    let mut width = 0.0;
    let mut previous = None;
    for c in line.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = previous {
            width += font.kern_unscaled(p, id);
        }
        width += font.h_advance_unscaled(id);
        previous = Some(id);
    }
    width
}

/// Draws `text` (lines separated by `\n`) centred on the canvas.
pub fn draw_title(canvas: &mut Canvas, text: &str, style: &TitleStyle) -> Result<()> {
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    if lines.iter().all(|l| l.is_empty()) || canvas.width == 0 || canvas.height == 0 {
        return Ok(());
    }
    let font = FontRef::try_from_slice(INTER_SEMIBOLD).map_err(|e| Error::Font(e.to_string()))?;
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    // Sizes in units of the line height (ascender to descender), which is what PxScale means.
    let em_height = font.ascent_unscaled() - font.descent_unscaled();
    let pitch = (em_height + font.line_gap_unscaled()) / em_height;
    let widest = lines.iter().map(|l| line_width(&font, l)).fold(0.0, f32::max) / em_height;
    let rows = lines.len() as f32;
    let room = 1.0 - 2.0 * style.margin;
    let mut size = style.max_height * h;
    if widest > 0.0 {
        size = size.min(room * w / widest);
    }
    size = size.min(room * h / (1.0 + (rows - 1.0) * pitch));
    if size < 1.0 {
        return Ok(());
    }
    let scaled = font.as_scaled(PxScale::from(size));

    let mut glyphs: Vec<OutlinedGlyph> = Vec::new();
    for (row, line) in lines.iter().enumerate() {
        let baseline = scaled.ascent() + row as f32 * pitch * size;
        let mut x = (w - line_width(&font, line) / em_height * size) / 2.0;
        let mut previous = None;
        for c in line.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                x += scaled.kern(p, id);
            }
            let glyph: Glyph = id.with_scale_and_position(size, point(x, baseline));
            x += scaled.h_advance(id);
            previous = Some(id);
            if let Some(outlined) = font.outline_glyph(glyph) {
                glyphs.push(outlined);
            }
        }
    }
    // Centre the ink vertically: titles without descenders should not sit high.
    let (top, bottom) = glyphs.iter().fold((f32::MAX, f32::MIN), |(t, b), g| {
        let r = g.px_bounds();
        (t.min(r.min.y), b.max(r.max.y))
    });
    if top > bottom {
        return Ok(());
    }
    let dy = ((h - (bottom - top)) / 2.0 - top).round() as i64;
    for glyph in &glyphs {
        let bounds = glyph.px_bounds();
        let (x0, y0) = (bounds.min.x as i64, bounds.min.y as i64 + dy);
        glyph.draw(|gx, gy, coverage| {
            canvas.blend(x0 + i64::from(gx), y0 + i64::from(gy), style.color, coverage * style.alpha);
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ink(canvas: &Canvas) -> Option<(u32, u32, u32, u32)> {
        let mut bounds: Option<(u32, u32, u32, u32)> = None;
        for y in 0..canvas.height {
            for x in 0..canvas.width {
                if canvas.pixel(x, y) != Some([0, 0, 0]) {
                    let b = bounds.get_or_insert((x, y, x, y));
                    *b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
                }
            }
        }
        bounds
    }

    #[test]
    fn the_title_is_centred_inside_the_margins_at_the_seeds_alpha() {
        let mut canvas = Canvas::new(400, 400, [0, 0, 0]).unwrap();
        draw_title(&mut canvas, "Nausicaä\nof the\nValley of the Wind", &TitleStyle::default()).unwrap();
        let (x0, y0, x1, y1) = ink(&canvas).unwrap();
        let margin = (0.08 * 400.0) as u32;
        assert!(x0 >= margin - 1 && x1 <= 400 - margin, "{x0}..{x1}");
        assert!(y0 >= margin - 1 && y1 <= 400 - margin, "{y0}..{y1}");
        assert!((i64::from(x0 + x1) - 400).abs() <= 4, "horizontally centred: {x0}..{x1}");
        assert!((i64::from(y0 + y1) - 400).abs() <= 4, "vertically centred: {y0}..{y1}");
        // The widest line fills the width: the title is as large as fits.
        assert!(x1 - x0 > 400 - 2 * margin - 12, "{x0}..{x1}");
        // Full coverage of white at alpha 0xAA over black gives 0xAA.
        let brightest = canvas.rgb.iter().copied().max().unwrap();
        assert_eq!(brightest, 0xAA);
    }

    #[test]
    fn a_short_title_is_capped_in_height() {
        let mut canvas = Canvas::new(1000, 1000, [0, 0, 0]).unwrap();
        draw_title(&mut canvas, "Up", &TitleStyle::default()).unwrap();
        let (_, y0, _, y1) = ink(&canvas).unwrap();
        assert!(y1 - y0 <= 170, "{y0}..{y1}");
        assert!(y1 - y0 >= 100, "{y0}..{y1}");
    }

    #[test]
    fn empty_titles_and_missing_glyphs_do_not_fail() {
        let mut canvas = Canvas::new(50, 50, [0, 0, 0]).unwrap();
        draw_title(&mut canvas, " \n ", &TitleStyle::default()).unwrap();
        assert_eq!(ink(&canvas), None);
        draw_title(&mut canvas, "風の谷のナウシカ 🎬", &TitleStyle::default()).unwrap();
        let mut tiny = Canvas::new(1, 1, [0, 0, 0]).unwrap();
        draw_title(&mut tiny, "A very long title", &TitleStyle::default()).unwrap();
    }
}
