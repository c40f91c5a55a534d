//! Text layout: lines fitted into a box and centred (title, subtitle, axis labels), then drawn
//! with the fonts' outlines. Shaping is rustybuzz's (see `shaping`), rasterising ab_glyph's;
//! line breaking, fitting and centring are ours. Characters no font has are drawn as the
//! font's "missing glyph" box, never an error.

use ab_glyph::{Font, OutlinedGlyph, point};

use super::canvas::Canvas;
use super::font::Face;

/// A line of text placed on the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// Line height (ascender to descender) in pixels.
    pub size: f32,
    /// Horizontal centre of the line.
    pub x: f32,
    /// Baseline.
    pub baseline: f32,
}

/// Lines of text in one color.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    /// The lines, top to bottom.
    pub lines: Vec<TextLine>,
    /// sRGB color.
    pub color: [u8; 3],
    /// Opacity, 0..1.
    pub alpha: f32,
    /// A band of another color around the letters, drawn under them.
    pub outline: Option<Outline>,
}

/// A band around the letters, so they stand out from a backdrop too close to their color.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outline {
    /// sRGB color.
    pub color: [u8; 3],
    /// How far it reaches beyond the letters' edges, as a fraction of the line height (at
    /// least a pixel).
    pub width: f32,
    /// Opacity, 0..1.
    pub alpha: f32,
}

/// An axis-aligned box in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Area {
    /// The box shrunk by `dx` on the left and right and `dy` on the top and bottom.
    pub fn inset(self, dx: f32, dy: f32) -> Area {
        Area {
            x: self.x + dx,
            y: self.y + dy,
            width: (self.width - 2.0 * dx).max(0.0),
            height: (self.height - 2.0 * dy).max(0.0),
        }
    }
}

/// How a block of lines is fitted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    /// The box the ink is centred in (and, unless `size` is set, kept inside).
    pub area: Area,
    /// Largest line height, in pixels.
    pub largest: f32,
    /// A fixed line height instead of the largest that fits.
    pub size: Option<f32>,
    /// Multiplies the font's own distance between baselines.
    pub line_spacing: f32,
}

/// Room between the last title line and a subtitle, in title line heights.
const SUBTITLE_GAP: f32 = 0.3;

/// Lays out `lines` (text and relative size: 1 for the title, smaller for a subtitle), each
/// centred horizontally, the whole block as large as fits and its ink centred vertically.
/// Blank lines keep their room; an all-blank block gives no lines.
pub fn fit_lines(face: &Face<'_>, lines: &[(String, f32)], fit: &Fit) -> Vec<TextLine> {
    if lines.iter().all(|(text, _)| text.trim().is_empty()) {
        return Vec::new();
    }
    let (ascent, descent) = (face.ascent(), face.descent());
    let pitch_gap = (1.0 + face.line_gap()) * fit.line_spacing - 1.0;
    // Baselines at size 1, top of the block at 0.
    let mut baselines = Vec::with_capacity(lines.len());
    let mut y = 0.0;
    for (i, (_, rel)) in lines.iter().enumerate() {
        if i > 0 {
            let previous_rel = lines[i - 1].1;
            let gap = if *rel < previous_rel { SUBTITLE_GAP } else { pitch_gap * rel };
            y += descent * previous_rel + gap + ascent * rel;
        } else {
            y = ascent * rel;
        }
        baselines.push(y);
    }
    let height = y + descent * lines.last().map_or(1.0, |l| l.1);
    let widest = lines.iter().map(|(text, rel)| face.width(text.trim()) * rel).fold(0.0, f32::max);
    let size = fit.size.unwrap_or_else(|| {
        let mut size = fit.largest.min(fit.area.height / height.max(f32::MIN_POSITIVE));
        if widest > 0.0 {
            size = size.min(fit.area.width / widest);
        }
        size
    });
    if size < 1.0 {
        return Vec::new();
    }
    let centre = fit.area.x + fit.area.width / 2.0;
    let mut placed: Vec<TextLine> = lines
        .iter()
        .zip(&baselines)
        .map(|((text, rel), baseline)| TextLine {
            text: text.trim().to_string(),
            size: size * rel,
            x: centre,
            baseline: baseline * size,
        })
        .collect();
    // Centre the ink vertically: titles without descenders should not sit high.
    let (top, bottom) = ink_rows(face, &placed).unwrap_or((0.0, height * size));
    let shift = (fit.area.y + (fit.area.height - (bottom - top)) / 2.0 - top).round();
    for line in &mut placed {
        line.baseline += shift;
    }
    placed.retain(|line| !line.text.is_empty());
    placed
}

/// The topmost and bottommost ink rows of the lines.
fn ink_rows(face: &Face<'_>, lines: &[TextLine]) -> Option<(f32, f32)> {
    let (top, bottom) =
        lines.iter().flat_map(|line| outlines(face, line)).fold((f32::MAX, f32::MIN), |(t, b), (_, g)| {
            let r = g.px_bounds();
            (t.min(r.min.y), b.max(r.max.y))
        });
    (top <= bottom).then_some((top, bottom))
}

/// The glyph outlines of a placed line, each with the index of its font in the face.
fn outlines(face: &Face<'_>, line: &TextLine) -> Vec<(usize, OutlinedGlyph)> {
    let shaped = face.shape(&line.text);
    let em = face.em_size(line.size);
    let start = line.x - shaped.advance * em / 2.0;
    let mut glyphs = Vec::with_capacity(shaped.glyphs.len());
    for placed in &shaped.glyphs {
        let font = &face.fonts[placed.font];
        let position = point(start + placed.x * em, line.baseline - placed.y * em);
        let glyph = placed.id.with_scale_and_position(font.scale_for_em(em), position);
        glyphs.extend(font.glyphs.outline_glyph(glyph).map(|outline| (placed.font, outline)));
    }
    glyphs
}

/// Whether a glyph of a `size`-pixel line is sane enough to draw. One more than a few ems
/// across comes from a broken font (`--font`): rasterising allocates its whole box (gigabytes,
/// found by fuzzing), so it is left out.
fn drawable(glyph: &OutlinedGlyph, size: f32) -> bool {
    let largest = 4.0 * size + 8.0;
    let bounds = glyph.px_bounds();
    bounds.width() <= largest && bounds.height() <= largest
}

impl Outline {
    /// How far the band reaches around letters of a `size`-pixel line, pixels.
    pub fn reach(&self, size: f32) -> f32 {
        (self.width * size).max(1.0)
    }
}

/// Largest outline buffer, in pixels (a band of a picture drawn in bands is at most this).
const MAX_OUTLINE_PIXELS: usize = 64 << 20;

/// Draws the band around every line's letters: the union of copies of each glyph shifted to
/// points of circles of the outline's reach (and of smaller circles, so thin parts of letters
/// are filled), rasterised at their exact sub-pixel positions, as a stroke around the glyph's
/// edge would cover; the most coverage of any copy is blended once, so overlaps do not darken.
fn draw_outline(canvas: &mut Canvas, face: &Face<'_>, block: &TextBlock, outline: &Outline) {
    const DIRECTIONS: usize = 32;
    for line in &block.lines {
        let reach = outline.reach(line.size);
        let mut offsets = vec![(0.0f32, 0.0f32)];
        for radius in [1.0, 0.75, 0.5, 0.25].map(|f| f * reach) {
            for k in 0..DIRECTIONS {
                let angle = k as f32 * std::f32::consts::TAU / DIRECTIONS as f32;
                offsets.push((radius * angle.cos(), radius * angle.sin()));
            }
        }
        let glyphs: Vec<(usize, OutlinedGlyph)> =
            outlines(face, line).into_iter().filter(|(_, g)| drawable(g, line.size)).collect();
        let Some(bounds) = glyphs.iter().map(|(_, g)| g.px_bounds()).reduce(|a, b| ab_glyph::Rect {
            min: point(a.min.x.min(b.min.x), a.min.y.min(b.min.y)),
            max: point(a.max.x.max(b.max.x), a.max.y.max(b.max.y)),
        }) else {
            continue;
        };
        let margin = reach.ceil() as i64 + 2;
        // The band around the line's ink, cut to the canvas's rows (a picture drawn in bands
        // spreads each band's part only; drawn whole, nothing beyond its edges).
        let rows = canvas.rows();
        let y0 = (bounds.min.y as i64 - margin).max(i64::from(rows.start));
        let y1 = (bounds.max.y as i64 + margin + 1).min(i64::from(rows.end));
        let x0 = bounds.min.x as i64 - margin;
        let (w, h) = ((bounds.width() as i64 + 2 * margin + 1) as usize, (y1 - y0).max(0) as usize);
        if h == 0 || w.saturating_mul(h) > MAX_OUTLINE_PIXELS {
            continue;
        }
        let mut spread = vec![0.0f32; w * h];
        for (font, glyph) in &glyphs {
            // A glyph whose band does not reach these rows (drawn in bands) adds nothing here.
            let bounds = glyph.px_bounds();
            if (bounds.max.y as i64 + margin) < y0 || (bounds.min.y as i64 - margin) >= y1 {
                continue;
            }
            for &(dx, dy) in &offsets {
                let mut shifted = glyph.glyph().clone();
                shifted.position = point(shifted.position.x + dx, shifted.position.y + dy);
                let Some(copy) = face.fonts[*font].glyphs.outline_glyph(shifted) else { continue };
                let gb = copy.px_bounds();
                let (gx0, gy0) = (gb.min.x as i64 - x0, gb.min.y as i64 - y0);
                copy.draw(|gx, gy, coverage| {
                    let (x, y) = (gx0 + i64::from(gx), gy0 + i64::from(gy));
                    if (0..w as i64).contains(&x) && (0..h as i64).contains(&y) {
                        let cell = &mut spread[y as usize * w + x as usize];
                        *cell = cell.max(coverage);
                    }
                });
            }
        }
        for (i, &coverage) in spread.iter().enumerate() {
            if coverage > 0.0 {
                let (x, y) = (x0 + (i % w) as i64, y0 + (i / w) as i64);
                canvas.blend(x, y, outline.color, coverage.min(1.0) * outline.alpha);
            }
        }
    }
}

/// Draws the block, blending each glyph's coverage (over its outline, if any).
pub fn draw_text(canvas: &mut Canvas, face: &Face<'_>, block: &TextBlock) {
    if let Some(outline) = &block.outline {
        draw_outline(canvas, face, block, outline);
    }
    for line in &block.lines {
        let rows = canvas.rows();
        for (_, glyph) in outlines(face, line).into_iter().filter(|(_, g)| drawable(g, line.size)) {
            let bounds = glyph.px_bounds();
            if bounds.max.y < rows.start as f32 || bounds.min.y > rows.end as f32 {
                continue;
            }
            let (x0, y0) = (bounds.min.x as i64, bounds.min.y as i64);
            glyph.draw(|gx, gy, coverage| {
                canvas.blend(x0 + i64::from(gx), y0 + i64::from(gy), block.color, coverage * block.alpha);
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::font::FontFile;

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

    fn block(text: &str, canvas: &Canvas, fit: Option<Fit>) -> TextBlock {
        let font = FontFile::embedded();
        let face = font.face().unwrap();
        let (w, h) = (canvas.width as f32, canvas.height as f32);
        let fit = fit.unwrap_or(Fit {
            area: Area { x: 0.0, y: 0.0, width: w, height: h }.inset(0.08 * w, 0.08 * h),
            largest: 0.17 * h,
            size: None,
            line_spacing: 1.0,
        });
        let lines: Vec<(String, f32)> = text.split('\n').map(|l| (l.to_string(), 1.0)).collect();
        TextBlock {
            lines: fit_lines(&face, &lines, &fit),
            color: [255, 255, 255],
            alpha: 0xAA as f32 / 255.0,
            outline: None,
        }
    }

    fn draw(canvas: &mut Canvas, block: &TextBlock) {
        let font = FontFile::embedded();
        draw_text(canvas, &font.face().unwrap(), block);
    }

    #[test]
    fn a_title_is_centred_inside_the_margins_at_the_seeds_alpha() {
        let mut canvas = Canvas::new(400, 400, [0, 0, 0]).unwrap();
        let title = block("Nausicaä\nof the\nValley of the Wind", &canvas, None);
        draw(&mut canvas, &title);
        let (x0, y0, x1, y1) = ink(&canvas).unwrap();
        let margin = (0.08 * 400.0) as u32;
        assert!(x0 >= margin - 1 && x1 <= 400 - margin, "{x0}..{x1}");
        assert!(y0 >= margin - 1 && y1 <= 400 - margin, "{y0}..{y1}");
        assert!((i64::from(x0 + x1) - 400).abs() <= 4, "horizontally centred: {x0}..{x1}");
        assert!((i64::from(y0 + y1) - 400).abs() <= 4, "vertically centred: {y0}..{y1}");
        // The widest line fills the width: the title is as large as fits.
        assert!(x1 - x0 > 400 - 2 * margin - 12, "{x0}..{x1}");
        // Full coverage of white at alpha 0xAA over black gives 0xAA.
        assert_eq!(canvas.rgb().into_iter().max(), Some(0xAA));
    }

    #[test]
    fn a_short_title_is_capped_in_height_and_line_spacing_spreads_lines() {
        let mut canvas = Canvas::new(1000, 1000, [0, 0, 0]).unwrap();
        let up = block("Up", &canvas, None);
        draw(&mut canvas, &up);
        let (_, y0, _, y1) = ink(&canvas).unwrap();
        assert!((100..=170).contains(&(y1 - y0)), "{y0}..{y1}");
        let fit = |line_spacing| Fit {
            area: Area { x: 0.0, y: 0.0, width: 1000.0, height: 1000.0 },
            largest: 100.0,
            size: Some(100.0),
            line_spacing,
        };
        let single = block("A\nB", &canvas, Some(fit(1.0)));
        let double = block("A\nB", &canvas, Some(fit(2.0)));
        let step = |b: &TextBlock| b.lines[1].baseline - b.lines[0].baseline;
        assert!(step(&single) >= 100.0 && step(&single) < 130.0, "{}", step(&single));
        assert!((step(&double) - 2.0 * step(&single)).abs() < 2.0, "{} {}", step(&double), step(&single));
        assert_eq!(single.lines[0].size, 100.0, "a fixed size is kept");
    }

    #[test]
    fn empty_titles_and_missing_glyphs_do_not_fail() {
        let mut canvas = Canvas::new(50, 50, [0, 0, 0]).unwrap();
        let blank = block(" \n ", &canvas, None);
        assert!(blank.lines.is_empty());
        let cjk = block("風の谷のナウシカ 🎬", &canvas, None);
        draw(&mut canvas, &cjk);
        let tiny = Canvas::new(1, 1, [0, 0, 0]).unwrap();
        assert!(block("A very long title", &tiny, None).lines.is_empty(), "too small to draw");
    }

    #[test]
    fn glyphs_of_a_broken_font_with_huge_boxes_are_left_out() {
        // Found by fuzzing (fuzz/README.md): a font whose outlines claim a box of millions of
        // pixels made the rasteriser allocate gigabytes for one glyph.
        let bytes = include_bytes!("../../../../fuzz/seeds/font_file/regression_huge_glyph_box.otf");
        let font = FontFile::from_bytes(bytes.to_vec()).unwrap();
        let face = font.face().unwrap();
        let line =
            TextLine { text: "Film Ågÿ 0:1 2008 — ✓".into(), size: 20.0, x: 50.0, baseline: 60.0 };
        let huge = outlines(&face, &line).into_iter().filter(|(_, g)| !drawable(g, line.size)).count();
        assert!(huge > 0, "the font no longer has a huge glyph");
        let mut canvas = Canvas::new(100, 100, [0, 0, 0]).unwrap();
        let block =
            TextBlock { lines: vec![line.clone()], color: [255, 255, 255], alpha: 1.0, outline: None };
        draw_text(&mut canvas, &face, &block);
        // Every glyph of a sound font, at any size, is drawn.
        let embedded = FontFile::embedded();
        let sound = embedded.face().unwrap();
        for size in [4.0, 20.0, 400.0] {
            let line = TextLine { size, ..line.clone() };
            assert!(outlines(&sound, &line).iter().all(|(_, g)| drawable(g, size)), "{size}");
        }
    }
}
