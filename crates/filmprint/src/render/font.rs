//! The typeface of titles and labels: Inter SemiBold (SIL Open Font License, see
//! `assets/fonts/OFL.txt`), embedded so the tool draws the same picture on every machine, or a
//! TTF/OTF file the user names.

use std::path::Path;
use std::sync::Arc;

use ab_glyph::{Font, FontRef};

use crate::error::{Error, Result};

/// The embedded font.
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// A font loaded from a file, with the names an SVG needs to ask for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontFile {
    data: Arc<[u8]>,
    family: String,
    weight: u16,
}

impl FontFile {
    /// Reads and checks a TrueType/OpenType font file (a regular file of at most
    /// [`crate::files::MAX_FONT_BYTES`]).
    pub fn load(path: &Path) -> Result<Self> {
        let data = crate::files::read_regular(path, crate::files::MAX_FONT_BYTES, "a font")
            .map_err(|e| Error::Font(e.to_string()))?;
        Self::from_bytes(data).map_err(|why| Error::Font(format!("'{}': {why}", path.display())))
    }

    /// Checks font data already in memory; the error says what is wrong with it.
    pub fn from_bytes(data: Vec<u8>) -> Result<Self, String> {
        // ab_glyph rasterises; ttf-parser (which ab_glyph is built on) reads the names, which
        // ab_glyph does not expose.
        let face =
            ttf_parser::Face::parse(&data, 0).map_err(|e| format!("not a TrueType/OpenType font ({e})"))?;
        let family = family_name(&face).unwrap_or_else(|| "sans-serif".into());
        let weight = face.weight().to_number();
        FontRef::try_from_slice(&data).map_err(|e| format!("not a usable font ({e})"))?;
        Ok(FontFile { data: data.into(), family, weight })
    }

    /// The embedded Inter SemiBold.
    pub fn embedded() -> Self {
        FontFile { data: INTER_SEMIBOLD.into(), family: "Inter".into(), weight: 600 }
    }

    /// The font file's bytes.
    pub(crate) fn data(&self) -> &[u8] {
        &self.data
    }

    /// The family name, as a CSS `font-family` would give it.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The weight (400 regular, 700 bold).
    pub fn weight(&self) -> u16 {
        self.weight
    }

    /// The characters of `text` the font has no glyph for (drawn as its "missing glyph"
    /// box), each once, in order; spaces and line breaks never count.
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let Ok(font) = FontRef::try_from_slice(&self.data) else { return Vec::new() };
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
            if font.glyph_id(c).0 == 0 && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// The font, ready to lay out and rasterise text.
    pub(crate) fn face(&self) -> Result<Face<'_>> {
        let font = FontRef::try_from_slice(&self.data).map_err(|e| Error::Font(e.to_string()))?;
        Ok(Face { font })
    }
}

impl Default for FontFile {
    fn default() -> Self {
        Self::embedded()
    }
}

/// The typographic family (name 16) if present, else the family (name 1).
fn family_name(face: &ttf_parser::Face<'_>) -> Option<String> {
    let named = |id: u16| {
        face.names().into_iter().filter(|n| n.name_id == id && n.is_unicode()).find_map(|n| n.to_string())
    };
    named(ttf_parser::name_id::TYPOGRAPHIC_FAMILY).or_else(|| named(ttf_parser::name_id::FAMILY))
}

/// A parsed font with the measurements layout needs. Sizes are "line heights": the distance
/// from ascender to descender in pixels, which is what ab_glyph's scale means.
pub(crate) struct Face<'a> {
    pub(crate) font: FontRef<'a>,
}

impl Face<'_> {
    fn height_unscaled(&self) -> f32 {
        self.font.ascent_unscaled() - self.font.descent_unscaled()
    }

    /// Ascent as a fraction of the line height.
    pub(crate) fn ascent(&self) -> f32 {
        self.font.ascent_unscaled() / self.height_unscaled()
    }

    /// Descent (positive, below the baseline) as a fraction of the line height.
    pub(crate) fn descent(&self) -> f32 {
        -self.font.descent_unscaled() / self.height_unscaled()
    }

    /// The font's own gap between lines, as a fraction of the line height.
    pub(crate) fn line_gap(&self) -> f32 {
        self.font.line_gap_unscaled() / self.height_unscaled()
    }

    /// The CSS font size (em) that gives a line height of `size` pixels.
    pub(crate) fn em_size(&self, size: f32) -> f32 {
        size * self.font.units_per_em().unwrap_or(1000.0) / self.height_unscaled()
    }

    /// Advance width of a line at line height 1 (kerning included).
    pub(crate) fn width(&self, line: &str) -> f32 {
        let mut width = 0.0;
        let mut previous = None;
        for c in line.chars() {
            let id = self.font.glyph_id(c);
            if let Some(p) = previous {
                width += self.font.kern_unscaled(p, id);
            }
            width += self.font.h_advance_unscaled(id);
            previous = Some(id);
        }
        width / self.height_unscaled()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_is_inter_and_other_files_are_checked() {
        let inter = FontFile::embedded();
        assert_eq!((inter.family(), inter.weight()), ("Inter", 600));
        let parsed = FontFile::from_bytes(INTER_SEMIBOLD.to_vec()).unwrap();
        assert_eq!(parsed.family(), "Inter");
        assert_eq!(parsed.weight(), 600);
        assert!(FontFile::from_bytes(b"not a font".to_vec()).unwrap_err().contains("not a TrueType"));
        let inter = FontFile::embedded();
        assert_eq!(inter.missing_glyphs("Nausicaä of the Valley"), Vec::<char>::new());
        assert_eq!(
            inter.missing_glyphs("風の谷の ナウシカ 風"),
            vec!['風', 'の', '谷', 'ナ', 'ウ', 'シ', 'カ']
        );
        let missing = FontFile::load(Path::new("/nonexistent/font.ttf")).unwrap_err().to_string();
        assert!(missing.contains("/nonexistent/font.ttf"), "{missing}");
        let face = inter.face().unwrap();
        assert!((face.ascent() + face.descent() - 1.0).abs() < 1e-6);
        assert!(face.width("WW") > face.width("ii"));
    }
}
