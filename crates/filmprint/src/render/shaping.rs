//! Text shaping: a line of text to positioned glyphs, for any script. Bidirectional text is put
//! in display order (unicode-bidi), each character goes to the first font that has it (the
//! title's font, then the fallbacks found for the text), and each run of one font, one script
//! and one direction is shaped by rustybuzz (HarfBuzz's algorithm: Arabic joining forms, ligatures,
//! marks, kerning). Layout and drawing only ever see the glyphs this returns.

use ab_glyph::{Font, FontRef, GlyphId, PxScale};
use unicode_bidi::{BidiClass, ParagraphBidiInfo, bidi_class};
use unicode_script::{Script, UnicodeScript};

/// One font of a face, ready to shape and to draw with.
pub(crate) struct ShapingFont<'a> {
    pub(crate) glyphs: FontRef<'a>,
    shaper: rustybuzz::Face<'a>,
    units_per_em: f32,
    /// Ascent minus descent, font units.
    height: f32,
}

impl<'a> ShapingFont<'a> {
    /// The font at `index` of `data` (0 unless a collection), if both ab_glyph and rustybuzz
    /// can read it.
    pub(crate) fn new(data: &'a [u8], index: u32) -> Option<Self> {
        let glyphs = FontRef::try_from_slice_and_index(data, index).ok()?;
        let shaper = rustybuzz::Face::from_slice(data, index)?;
        let units_per_em = glyphs.units_per_em().unwrap_or(1000.0);
        let height = glyphs.ascent_unscaled() - glyphs.descent_unscaled();
        (height > 0.0).then_some(ShapingFont { glyphs, shaper, units_per_em, height })
    }

    fn has(&self, c: char) -> bool {
        self.glyphs.glyph_id(c).0 != 0
    }

    /// ab_glyph's scale (a line height in this font's own proportions) for an em of `em` pixels.
    pub(crate) fn scale_for_em(&self, em: f32) -> PxScale {
        PxScale::from(em * self.height / self.units_per_em)
    }
}

/// A glyph placed on a line: which font, which glyph, where its origin is. Positions are in
/// ems from the start of the line (x right, y up).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PlacedGlyph {
    pub(crate) font: usize,
    pub(crate) id: GlyphId,
    pub(crate) x: f32,
    pub(crate) y: f32,
}

/// A shaped line: glyphs left to right as displayed, and the whole advance in ems.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ShapedLine {
    pub(crate) glyphs: Vec<PlacedGlyph>,
    pub(crate) advance: f32,
}

/// The font for `c`: the first that has it; spaces and combining marks stay with the font of
/// the character before (so a run is not split by them); no font has it, the first (its box).
fn font_for(fonts: &[ShapingFont<'_>], c: char, current: Option<usize>) -> usize {
    let follows = c.is_whitespace() || c.is_control() || bidi_class(c) == BidiClass::NSM || c == '\u{200D}';
    match current {
        Some(current) if follows || fonts[current].has(c) => current,
        _ => fonts.iter().position(|f| f.has(c)).unwrap_or(0),
    }
}

/// Shapes one line (no line breaks) with `fonts`, the first being the title's own.
pub(crate) fn shape_line(fonts: &[ShapingFont<'_>], text: &str) -> ShapedLine {
    let mut line = ShapedLine::default();
    if fonts.is_empty() || text.is_empty() {
        return line;
    }
    let bidi = ParagraphBidiInfo::new(text, None);
    let (levels, runs) = bidi.visual_runs(0..text.len());
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        // The run split where the font or the script changes (punctuation, spaces and marks
        // go with what they follow), in logical order.
        let mut pieces: Vec<(usize, Script, std::ops::Range<usize>)> = Vec::new();
        let mut current = None;
        for (offset, c) in text[run.clone()].char_indices() {
            let font = font_for(fonts, c, current);
            let at = run.start + offset;
            let script = c.script();
            match pieces.last_mut() {
                Some((f, s, range))
                    if *f == font
                        && (*s == script || matches!(script, Script::Common | Script::Inherited)) =>
                {
                    range.end = at + c.len_utf8();
                }
                Some((f, s, range)) if *f == font && matches!(*s, Script::Common | Script::Inherited) => {
                    *s = script;
                    range.end = at + c.len_utf8();
                }
                _ => pieces.push((font, script, at..at + c.len_utf8())),
            }
            current = Some(font);
        }
        // Right to left, the last piece is the leftmost.
        if rtl {
            pieces.reverse();
        }
        for (font, _, range) in pieces {
            shape_piece(&fonts[font], font, &text[range], rtl, &mut line);
        }
    }
    line
}

/// Shapes a piece of one font and direction onto the end of `line`.
fn shape_piece(font: &ShapingFont<'_>, index: usize, text: &str, rtl: bool, line: &mut ShapedLine) {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(&font.shaper, &[], buffer);
    let em = font.units_per_em;
    for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
        let Ok(id) = u16::try_from(info.glyph_id) else { continue };
        line.glyphs.push(PlacedGlyph {
            font: index,
            id: GlyphId(id),
            x: line.advance + position.x_offset as f32 / em,
            y: position.y_offset as f32 / em,
        });
        line.advance += position.x_advance as f32 / em;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static INTER: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

    #[test]
    fn latin_is_one_run_of_the_first_font_with_kerning() {
        let fonts = [ShapingFont::new(INTER, 0).unwrap()];
        let line = shape_line(&fonts, "AVA");
        assert_eq!(line.glyphs.len(), 3);
        assert!(line.glyphs.iter().all(|g| g.font == 0));
        let unkerned: f32 = "AVA"
            .chars()
            .map(|c| fonts[0].glyphs.h_advance_unscaled(fonts[0].glyphs.glyph_id(c)) / fonts[0].units_per_em)
            .sum();
        assert!(line.advance < unkerned - 0.01, "A and V are kerned: {} vs {unkerned}", line.advance);
        assert!(line.glyphs.windows(2).all(|w| w[0].x < w[1].x));
    }

    #[test]
    fn characters_no_font_has_are_the_first_fonts_box() {
        let fonts = [ShapingFont::new(INTER, 0).unwrap()];
        let line = shape_line(&fonts, "風A");
        assert_eq!(line.glyphs[0].id, GlyphId(0));
        assert_eq!(line.glyphs.len(), 2);
        assert!(shape_line(&fonts, "").glyphs.is_empty());
    }

    /// DejaVu Sans, from Debian's fonts-dejavu-core (installed for the tests): it has Hebrew,
    /// and Arabic with its joining rules.
    fn dejavu() -> Vec<u8> {
        std::fs::read("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
            .expect("fonts-dejavu-core is installed (make test installs it)")
    }

    #[test]
    fn right_to_left_runs_are_reversed_and_arabic_letters_join() {
        let data = dejavu();
        let fonts = [ShapingFont::new(INTER, 0).unwrap(), ShapingFont::new(&data, 0).unwrap()];
        let id = |c: char| fonts[1].glyphs.glyph_id(c);
        // Latin first: a left-to-right line, the Hebrew word in it read right to left.
        let line = shape_line(&fonts, "ab אבג");
        let hebrew: Vec<GlyphId> = line.glyphs.iter().filter(|g| g.font == 1).map(|g| g.id).collect();
        assert_eq!(hebrew, vec![id('ג'), id('ב'), id('א')]);
        assert_eq!(line.glyphs[0].font, 0, "the Latin letters stay in the first font");
        // Two behs joined: initial and final forms, neither the isolated letter; the final
        // (second) one is on the left.
        let joined = shape_line(&fonts, "بب");
        assert_eq!(joined.glyphs.len(), 2);
        assert!(joined.glyphs.iter().all(|g| g.font == 1 && g.id != id('ب')), "{joined:?}");
        let alone = shape_line(&fonts, "ب");
        assert_eq!(alone.glyphs[0].id, id('ب'));
        // Hebrew then Arabic in one right-to-left line: each script shaped as itself.
        let mixed = shape_line(&fonts, "א بب");
        let arabic: Vec<GlyphId> = mixed.glyphs.iter().take(2).map(|g| g.id).collect();
        assert_eq!(arabic, joined.glyphs.iter().map(|g| g.id).collect::<Vec<_>>(), "Arabic leftmost, joined");
        assert_eq!(mixed.glyphs.last().map(|g| g.id), Some(id('א')));
    }
}
