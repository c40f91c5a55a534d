//! Print sizes: a physical size at a resolution, as print shops take them (`24x36in@300`,
//! `A2@300`, `50x70cm@150`), with an optional bleed around it. The picture's pixel size
//! follows, and the files say their physical size (PNG's pHYs chunk, SVG's width and height in
//! inches), so a print shop's software places them at the right size.

use std::str::FromStr;

/// Millimetres per inch.
const MM_PER_INCH: f64 = 25.4;

/// The resolution when a print size gives none.
pub const DEFAULT_DPI: f64 = 300.0;

/// Named paper and poster sizes, in millimetres (portrait).
const PRESETS: [(&str, f64, f64); 12] = [
    ("A0", 841.0, 1189.0),
    ("A1", 594.0, 841.0),
    ("A2", 420.0, 594.0),
    ("A3", 297.0, 420.0),
    ("A4", 210.0, 297.0),
    ("A5", 148.0, 210.0),
    ("A6", 105.0, 148.0),
    ("B1", 707.0, 1000.0),
    ("B2", 500.0, 707.0),
    ("letter", 215.9, 279.4),
    ("tabloid", 279.4, 431.8),
    ("legal", 215.9, 355.6),
];

/// A physical picture size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrintSize {
    /// Width of the trimmed print, millimetres.
    pub width_mm: f64,
    /// Height of the trimmed print, millimetres.
    pub height_mm: f64,
    /// Dots (pixels) per inch.
    pub dpi: f64,
    /// Extra picture around each edge, cut off after printing, millimetres.
    pub bleed_mm: f64,
}

/// A length with its unit, `3mm`, `0.125in`, `1cm`, in millimetres (a bare number is
/// millimetres).
pub fn parse_length(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let (number, scale) = if let Some(n) = text.strip_suffix("mm") {
        (n, 1.0)
    } else if let Some(n) = text.strip_suffix("cm") {
        (n, 10.0)
    } else if let Some(n) = text.strip_suffix("in") {
        (n, MM_PER_INCH)
    } else {
        (text, 1.0)
    };
    number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0 && *v <= 10_000.0)
        .map(|v| v * scale)
        .ok_or_else(|| format!("'{text}' is not a length: write 3mm, 0.5cm or 0.125in"))
}

impl FromStr for PrintSize {
    type Err = String;

    /// `WxH` with a unit (`in`, `cm`, `mm`) or a preset (`A0`–`A6`, `B1`, `B2`, `letter`,
    /// `tabloid`, `legal`), then optionally `@DPI` (300 when left out).
    fn from_str(text: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "'{text}' is not a print size: write WxH with a unit and a resolution (24x36in@300, 50x70cm@150) \
                 or a preset (A0–A6, B1, B2, letter, tabloid, legal), e.g. A2@300"
            )
        };
        let (size, dpi) = match text.trim().split_once('@') {
            Some((size, dpi)) => {
                let dpi =
                    dpi.trim().parse::<f64>().ok().filter(|d| d.is_finite() && (10.0..=4800.0).contains(d));
                (
                    size.trim(),
                    dpi.ok_or_else(|| format!("'{text}': the resolution after @ must be 10 to 4800 dpi"))?,
                )
            }
            None => (text.trim(), DEFAULT_DPI),
        };
        if let Some(&(_, w, h)) = PRESETS.iter().find(|(name, _, _)| name.eq_ignore_ascii_case(size)) {
            return Ok(PrintSize { width_mm: w, height_mm: h, dpi, bleed_mm: 0.0 });
        }
        let (w, h) = size.split_once(['x', 'X', '×']).ok_or_else(bad)?;
        // The unit written once, after the height, counts for both: 24x36in.
        let unit = ["mm", "cm", "in"].iter().find(|u| h.trim().ends_with(*u)).ok_or_else(bad)?;
        let width = if ["mm", "cm", "in"].iter().any(|u| w.trim().ends_with(u)) {
            w.to_string()
        } else {
            format!("{}{unit}", w.trim())
        };
        let (width_mm, height_mm) =
            (parse_length(&width).map_err(|_| bad())?, parse_length(h).map_err(|_| bad())?);
        if width_mm <= 0.0 || height_mm <= 0.0 {
            return Err(bad());
        }
        Ok(PrintSize { width_mm, height_mm, dpi, bleed_mm: 0.0 })
    }
}

impl PrintSize {
    /// The picture's size in pixels, bleed included.
    pub fn pixels(&self) -> (u64, u64) {
        let side = |mm: f64| ((mm + 2.0 * self.bleed_mm) / MM_PER_INCH * self.dpi).round().max(1.0) as u64;
        (side(self.width_mm), side(self.height_mm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_presets_and_resolutions_parse_to_pixels() {
        let poster: PrintSize = "24x36in@300".parse().unwrap();
        assert_eq!(poster.pixels(), (7200, 10800));
        let a2: PrintSize = "A2@300".parse().unwrap();
        assert_eq!(a2.pixels(), (4961, 7016));
        let cm: PrintSize = "50x70cm@150".parse().unwrap();
        assert_eq!(cm.pixels(), (2953, 4134));
        assert_eq!("a5".parse::<PrintSize>().unwrap().dpi, 300.0);
        assert_eq!("20cmx30cm@100".parse::<PrintSize>().unwrap().pixels(), (787, 1181));
        let bled = PrintSize { bleed_mm: parse_length("3mm").unwrap(), ..a2 };
        assert_eq!(bled.pixels(), (5031, 7087));
        assert_eq!(parse_length("0.125in"), Ok(3.175));
        for bad in ["", "A9", "24x36", "24x36in@0", "24x36in@x", "x36in", "0x5in", "24x36in@99999", "-3x4in"]
        {
            assert!(bad.parse::<PrintSize>().is_err(), "{bad}");
        }
        assert!(parse_length("-1mm").is_err() && parse_length("3pt").is_err());
    }
}
