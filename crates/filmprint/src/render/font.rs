//! The typeface of titles and labels: Inter SemiBold (SIL Open Font License, see
//! `assets/fonts/OFL.txt`), embedded so the tool draws the same picture on every machine, or a
//! TTF/OTF file the user names; and, for the characters it lacks (a Japanese or Arabic title in
//! Inter), fonts found on the system that have them.

use std::path::Path;
use std::sync::Arc;

use ab_glyph::Font;

use super::shaping::{ShapedLine, ShapingFont, shape_line};
use crate::error::{Error, Result};

/// The embedded font.
static INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// A font loaded from a file, with the names an SVG needs to ask for it, and the fonts that
/// stand in for the characters it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontFile {
    data: Arc<[u8]>,
    /// The face's index in a collection (`.ttc`), else 0.
    index: u32,
    family: String,
    weight: u16,
    fallbacks: Vec<FontFile>,
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
        Self::from_collection(data.into(), 0)
    }

    /// The face at `index` of a font file (a collection's, or 0).
    pub(crate) fn from_collection(data: Arc<[u8]>, index: u32) -> Result<Self, String> {
        // ab_glyph rasterises and rustybuzz shapes; ttf-parser (which both are built on) reads
        // the names, which neither exposes.
        let face = ttf_parser::Face::parse(&data, index)
            .map_err(|e| format!("not a TrueType/OpenType font ({e})"))?;
        let family = family_name(&face).unwrap_or_else(|| "sans-serif".into());
        let weight = face.weight().to_number();
        ShapingFont::new(&data, index)
            .ok_or_else(|| "not a usable font (no outlines or metrics)".to_string())?;
        Ok(FontFile { data, index, family, weight, fallbacks: Vec::new() })
    }

    /// The embedded Inter SemiBold.
    pub fn embedded() -> Self {
        FontFile {
            data: INTER_SEMIBOLD.into(),
            index: 0,
            family: "Inter".into(),
            weight: 600,
            fallbacks: Vec::new(),
        }
    }

    /// This font with `fallbacks` for the characters it lacks, tried in order.
    pub fn with_fallbacks(&self, fallbacks: Vec<FontFile>) -> Self {
        let fallbacks = fallbacks.into_iter().map(|f| FontFile { fallbacks: Vec::new(), ..f }).collect();
        FontFile { fallbacks, ..self.clone() }
    }

    /// This font with, for the characters of `text` neither it nor its fallbacks have, fonts
    /// installed on the system that have them (searched once per process; see
    /// [`FontFile::missing_glyphs`] for what is still missing after).
    pub fn covering(&self, text: &str) -> Self {
        let missing = self.missing_glyphs(text);
        if missing.is_empty() {
            return self.clone();
        }
        let mut fallbacks = self.fallbacks.clone();
        fallbacks.extend(super::fallback::system_fonts_for(&missing, self.weight));
        self.with_fallbacks(fallbacks)
    }

    /// The fallback fonts, in the order they are tried.
    pub fn fallbacks(&self) -> &[FontFile] {
        &self.fallbacks
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
    /// box) and none of its fallbacks has, each once, in order; spaces, line breaks and
    /// format characters (joiners, direction marks) never count.
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let Ok(face) = self.face() else { return Vec::new() };
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars().filter(|c| !c.is_whitespace() && !c.is_control() && !is_format(*c)) {
            if !face.fonts.iter().any(|f| f.glyphs.glyph_id(c).0 != 0) && !missing.contains(&c) {
                missing.push(c);
            }
        }
        missing
    }

    /// The font and its fallbacks, ready to lay out and rasterise text.
    pub(crate) fn face(&self) -> Result<Face<'_>> {
        let primary = ShapingFont::new(&self.data, self.index)
            .ok_or_else(|| Error::Font(format!("cannot read the font '{}'", self.family)))?;
        let mut fonts = vec![primary];
        fonts.extend(self.fallbacks.iter().filter_map(|f| ShapingFont::new(&f.data, f.index)));
        Ok(Face { fonts })
    }

    /// The font's family then its fallbacks', as CSS `font-family` lists them.
    pub(crate) fn families(&self) -> String {
        let mut names = vec![self.family.as_str()];
        names.extend(self.fallbacks.iter().map(|f| f.family.as_str()));
        names.join(", ")
    }

    /// The font, then its fallbacks.
    pub(crate) fn with_each(&self) -> impl Iterator<Item = &FontFile> {
        std::iter::once(self).chain(&self.fallbacks)
    }
}

/// Unicode format characters (zero-width joiners, direction marks): they have no glyph.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
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

/// A parsed font (and its fallbacks) with the measurements layout needs. Sizes are "line
/// heights" of the first font: the distance from ascender to descender in pixels, which is what
/// ab_glyph's scale means. Line metrics are the first font's; fallbacks' glyphs are set at
/// the same em size.
pub(crate) struct Face<'a> {
    /// The font first, then its fallbacks.
    pub(crate) fonts: Vec<ShapingFont<'a>>,
}

impl Face<'_> {
    /// The shaped glyphs of a line, in ems.
    pub(crate) fn shape(&self, line: &str) -> ShapedLine {
        shape_line(&self.fonts, line)
    }

    fn height_unscaled(&self) -> f32 {
        self.fonts[0].glyphs.ascent_unscaled() - self.fonts[0].glyphs.descent_unscaled()
    }

    /// Ascent as a fraction of the line height.
    pub(crate) fn ascent(&self) -> f32 {
        self.fonts[0].glyphs.ascent_unscaled() / self.height_unscaled()
    }

    /// Descent (positive, below the baseline) as a fraction of the line height.
    pub(crate) fn descent(&self) -> f32 {
        -self.fonts[0].glyphs.descent_unscaled() / self.height_unscaled()
    }

    /// The font's own gap between lines, as a fraction of the line height.
    pub(crate) fn line_gap(&self) -> f32 {
        self.fonts[0].glyphs.line_gap_unscaled() / self.height_unscaled()
    }

    /// The CSS font size (em) that gives a line height of `size` pixels.
    pub(crate) fn em_size(&self, size: f32) -> f32 {
        size * self.fonts[0].glyphs.units_per_em().unwrap_or(1000.0) / self.height_unscaled()
    }

    /// Advance width of a line at line height 1 (shaped: kerning, ligatures, joining forms).
    pub(crate) fn width(&self, line: &str) -> f32 {
        self.em_size(self.shape(line).advance)
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
