//! PDF output, for print shops: vector bars and real text in the embedded, subset font.
//!
//! The PDF is made from the picture's SVG — the same scene the PNG is rasterised from — by
//! svg2pdf (typst's converter), rather than by a PDF writer of our own: it already does what a
//! printable PDF needs (font subsetting with a ToUnicode map so the title stays searchable,
//! shaping, sRGB), and the SVG writer is the one the tests hold to the PNG.

use svg2pdf::usvg;

use super::font::FontFile;
use crate::error::{Error, Result};

/// Pixels per inch of the page. A picture with a print size says its size in inches in the SVG
/// and keeps it; one without is a point per pixel. (Both usvg and the page use this figure:
/// svg2pdf 0.13 draws gradients at the wrong scale when the page is scaled from the SVG's
/// units, so they are kept one to one.)
const PAGE_DPI: f32 = 72.0;

/// Converts an SVG document drawn by filmprint into a one-page PDF, its text set in `font` (and
/// its fallbacks for the characters it lacks).
pub fn svg_to_pdf(svg: &str, font: &FontFile) -> Result<Vec<u8>> {
    let pdf_error = |why: String| Error::Internal(format!("cannot make the PDF: {why}"));
    let mut options = usvg::Options { dpi: PAGE_DPI, ..usvg::Options::default() };
    let database = options.fontdb_mut();
    let mut first_family = None;
    for font in font.with_each() {
        for id in
            database.load_font_source(usvg::fontdb::Source::Binary(std::sync::Arc::new(font.data().to_vec())))
        {
            if first_family.is_none() {
                first_family = database.face(id).and_then(|face| face.families.first().map(|f| f.0.clone()));
            }
        }
    }
    // The SVG asks for the font by the name filmprint read from it, then `sans-serif`: make
    // the generic name the same face, whatever name fontdb read from the file.
    if let Some(family) = first_family {
        database.set_sans_serif_family(family);
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| pdf_error(e.to_string()))?;
    let conversion = svg2pdf::ConversionOptions::default();
    svg2pdf::to_pdf(&tree, conversion, svg2pdf::PageOptions { dpi: PAGE_DPI })
        .map_err(|e| pdf_error(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text between `key` and the end of its line in an uncompressed part of the PDF.
    fn entry<'a>(pdf: &'a str, key: &str) -> Option<&'a str> {
        let start = pdf.find(key)? + key.len();
        pdf[start..].lines().next()
    }

    #[test]
    fn the_page_has_the_picture_size_and_the_font_is_embedded() {
        let inter = FontFile::embedded();
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8in\" height=\"4in\" viewBox=\"0 0 2400 1200\">\
                   <rect width=\"2400\" height=\"1200\" fill=\"#123456\"/>\
                   <text x=\"1200\" y=\"600\" font-family=\"Inter, sans-serif\" font-weight=\"600\" font-size=\"100\" \
                   text-anchor=\"middle\">Nausicaä</text></svg>";
        let pdf = svg_to_pdf(svg, &inter).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        // 8 × 4 inches is 576 × 288 points.
        let media = entry(&text, "/MediaBox").unwrap();
        assert!(media.contains("576 288"), "{media}");
        assert!(text.contains("/FontFile"), "the font is embedded");
        assert!(text.contains("Inter"), "the font is named");
        // Without a print size, a pixel is a point.
        let pixels = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"480\"><rect width=\"960\" \
                      height=\"480\"/></svg>";
        let pdf = svg_to_pdf(pixels, &inter).unwrap();
        let media = entry(&String::from_utf8_lossy(&pdf), "/MediaBox").unwrap().to_string();
        assert!(media.contains("960 480"), "{media}");
        assert!(svg_to_pdf("<svg", &inter).unwrap_err().to_string().contains("cannot make the PDF"));
    }
}
