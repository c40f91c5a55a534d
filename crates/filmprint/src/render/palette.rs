//! The palette as a picture: a swatch of bars, one per color, equal or proportional to the
//! color's share of screen time; one row for the film and, below, a thinner row per segment.
//! With labels, each of the film's bars carries its hex code and share, in black or white,
//! whichever stands out from it.

use std::fmt::Write as _;

use super::font::{Face, FontFile};
use super::svg::write_text;
use super::text::{TextBlock, TextLine, draw_text};
use super::{Canvas, part_of};
use crate::error::{Error, Result};
use crate::fingerprint::{Palette, Swatch};

/// How a palette swatch looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SwatchLayout {
    /// Width in pixels.
    pub width: u32,
    /// Height of the film's row; segment rows are a quarter of it (less when there are many).
    pub height: u32,
    /// Bar widths proportional to the colors' shares (else equal).
    pub proportional: bool,
    /// Hex codes and shares written on the film's bars (where they fit).
    pub labels: bool,
}

impl Default for SwatchLayout {
    fn default() -> Self {
        SwatchLayout { width: 1200, height: 300, proportional: false, labels: false }
    }
}

/// Labels smaller than this (line height, pixels) are not drawn.
const SMALLEST_LABEL: f32 = 9.0;

/// The labels of the film's row: one block per bar wide enough to hold its hex code.
fn labels(palette: &Palette, layout: &SwatchLayout, face: &Face<'_>) -> Vec<TextBlock> {
    if !layout.labels {
        return Vec::new();
    }
    let edges = edges(&palette.colors, layout.width, layout.proportional);
    let widest = face.width("#000000").max(face.width("100.0 %"));
    let mut blocks = Vec::new();
    for (i, swatch) in palette.colors.iter().enumerate() {
        let width = (edges[i + 1] - edges[i]) as f32;
        let size = (0.8 * width / widest).min(layout.height as f32 / 5.0);
        if size < SMALLEST_LABEL {
            continue;
        }
        let rgb = swatch.rgb();
        let x = (edges[i] + edges[i + 1]) as f32 / 2.0;
        let middle = layout.height as f32 / 2.0;
        let lines = vec![
            TextLine { text: crate::analyse::color::hex(rgb), size, x, baseline: middle - 0.1 * size },
            TextLine {
                text: format!("{:.1} %", swatch.share * 100.0),
                size,
                x,
                baseline: middle + 0.95 * size,
            },
        ];
        let light = swatch.oklab[0] > 0.6;
        let color = if light { [0, 0, 0] } else { [255, 255, 255] };
        blocks.push(TextBlock { lines, color, alpha: 0.9, outline: None });
    }
    blocks
}

/// One row of the swatch: its colors and the pixel rows it covers.
struct Row<'a> {
    colors: &'a [Swatch],
    top: u32,
    height: u32,
}

/// Height of each segment row: a quarter of the film's row, less when there are many, so the
/// segment rows together stay within three times the film's row.
fn segment_height(palette: &Palette, layout: &SwatchLayout) -> u32 {
    let count = (palette.segments.len() as u32).max(1);
    (layout.height / 4).min(3 * layout.height / count).max(1)
}

fn rows<'a>(palette: &'a Palette, layout: &SwatchLayout) -> Vec<Row<'a>> {
    let mut rows = vec![Row { colors: &palette.colors, top: 0, height: layout.height }];
    let segment_height = segment_height(palette, layout);
    for (i, segment) in palette.segments.iter().enumerate() {
        rows.push(Row {
            colors: &segment.colors,
            top: layout.height + i as u32 * segment_height,
            height: segment_height,
        });
    }
    rows
}

/// Column edges of a row's bars: `edges[i]..edges[i + 1]` is bar i. Integer pixels, no gaps.
fn edges(colors: &[Swatch], width: u32, proportional: bool) -> Vec<u32> {
    let n = colors.len();
    if !proportional {
        let mut edges: Vec<u32> =
            (0..width).filter(|&x| x == 0 || part_of(x, width, n) != part_of(x - 1, width, n)).collect();
        edges.push(width);
        return edges;
    }
    let total: f64 = colors.iter().map(|c| f64::from(c.share.max(0.0))).sum::<f64>().max(f64::MIN_POSITIVE);
    let mut cumulative = 0.0;
    let mut edges = vec![0];
    for c in colors {
        cumulative += f64::from(c.share.max(0.0));
        edges.push((cumulative / total * f64::from(width)).round() as u32);
    }
    edges
}

/// Total height of the swatch.
fn height(palette: &Palette, layout: &SwatchLayout) -> u32 {
    layout.height + palette.segments.len() as u32 * segment_height(palette, layout)
}

/// Draws the swatch.
pub fn render_palette(palette: &Palette, layout: &SwatchLayout) -> Result<Canvas> {
    if palette.colors.is_empty() || layout.width == 0 || layout.height == 0 {
        return Err(Error::InvalidSettings("the palette has no colors to draw".into()));
    }
    let mut canvas = Canvas::new(layout.width, height(palette, layout), [0, 0, 0])
        .ok_or_else(|| Error::InvalidSettings("not enough memory for the palette picture".into()))?;
    for row in rows(palette, layout) {
        let edges = edges(row.colors, layout.width, layout.proportional);
        for (i, swatch) in row.colors.iter().enumerate() {
            let rgb = swatch.rgb();
            for x in edges[i]..edges[i + 1] {
                for y in row.top..row.top + row.height {
                    canvas.set(x, y, rgb);
                }
            }
        }
    }
    let font = FontFile::embedded();
    let face = font.face()?;
    for block in labels(palette, layout, &face) {
        draw_text(&mut canvas, &face, &block);
    }
    Ok(canvas)
}

/// The swatch as SVG: one rectangle per bar, with its hex code and share as a tooltip.
pub fn palette_svg(palette: &Palette, layout: &SwatchLayout) -> String {
    let (width, height) = (layout.width, height(palette, layout));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" shape-rendering=\"crispEdges\">\n"
    );
    for row in rows(palette, layout) {
        let edges = edges(row.colors, width, layout.proportional);
        for (i, swatch) in row.colors.iter().enumerate() {
            let hex = crate::analyse::color::hex(swatch.rgb());
            let _ = writeln!(
                svg,
                "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{hex}\"><title>{hex} {:.1}%</title></rect>",
                edges[i],
                row.top,
                edges[i + 1] - edges[i],
                row.height,
                swatch.share * 100.0
            );
        }
    }
    let font = FontFile::embedded();
    if let Ok(face) = font.face() {
        for block in labels(palette, layout, &face) {
            write_text(&mut svg, &font, &face, &block);
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::PaletteSegment;

    fn swatch(hex: &str, share: f32) -> Swatch {
        Swatch { hex: hex.into(), oklab: [0.5, 0.0, 0.0], share }
    }

    fn example() -> Palette {
        Palette {
            colors: vec![swatch("#ff0000", 0.5), swatch("#00ff00", 0.3), swatch("#0000ff", 0.2)],
            segments: vec![PaletteSegment { start_s: 0.0, end_s: 1.0, colors: vec![swatch("#ffffff", 1.0)] }],
        }
    }

    #[test]
    fn bars_are_equal_or_proportional_to_share() {
        let palette = example();
        let equal = render_palette(
            &palette,
            &SwatchLayout { width: 300, height: 40, proportional: false, labels: false },
        )
        .unwrap();
        assert_eq!((equal.width, equal.height), (300, 50));
        assert_eq!(equal.pixel(99, 0), Some([255, 0, 0]));
        assert_eq!(equal.pixel(100, 39), Some([0, 255, 0]));
        assert_eq!(equal.pixel(200, 0), Some([0, 0, 255]));
        assert_eq!(equal.pixel(150, 45), Some([255, 255, 255]), "segment row");
        let shares = render_palette(
            &palette,
            &SwatchLayout { width: 300, height: 40, proportional: true, labels: false },
        )
        .unwrap();
        assert_eq!(shares.pixel(149, 0), Some([255, 0, 0]));
        assert_eq!(shares.pixel(150, 0), Some([0, 255, 0]));
        assert_eq!(shares.pixel(239, 0), Some([0, 255, 0]));
        assert_eq!(shares.pixel(240, 0), Some([0, 0, 255]));
    }

    #[test]
    fn the_svg_has_one_rect_per_bar_with_its_color() {
        let svg = palette_svg(
            &example(),
            &SwatchLayout { width: 300, height: 40, proportional: true, labels: false },
        );
        assert_eq!(svg.matches("<rect").count(), 4);
        assert!(svg.contains("<rect x=\"0\" y=\"0\" width=\"150\" height=\"40\" fill=\"#ff0000\"><title>#ff0000 50.0%</title></rect>"));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"50\""));
        assert!(!svg.contains("<text"), "no labels unless asked for");
    }

    #[test]
    fn labels_name_each_color_and_its_share_where_they_fit() {
        let mut palette = example();
        palette.colors[0].oklab = [0.63, 0.22, 0.13]; // red: light enough for black text
        palette.colors[2].oklab = [0.45, -0.03, -0.31]; // blue: white text
        let layout = SwatchLayout { width: 600, height: 200, proportional: true, labels: true };
        let svg = palette_svg(&palette, &layout);
        for text in ["#ff0000", "50.0 %", "#00ff00", "30.0 %", "#0000ff", "20.0 %"] {
            assert!(svg.contains(&format!(">{text}</text>")), "{text} missing: {svg}");
        }
        let canvas = render_palette(&palette, &layout).unwrap();
        let plain = render_palette(&palette, &SwatchLayout { labels: false, ..layout }).unwrap();
        // Ink on each bar: black on red (darker pixels), white on blue (lighter).
        let changed = |x0: u32, x1: u32| {
            (x0..x1)
                .flat_map(|x| (0..200).map(move |y| (x, y)))
                .filter(|&(x, y)| canvas.pixel(x, y) != plain.pixel(x, y))
                .count()
        };
        assert!(changed(0, 300) > 200 && changed(300, 480) > 200 && changed(480, 600) > 200);
        assert_eq!(canvas.pixel(2, 2), plain.pixel(2, 2), "labels stay inside the bar");
        let darkest_on_red = (0..300)
            .flat_map(|x| (0..200).map(move |y| (x, y)))
            .filter_map(|(x, y)| canvas.pixel(x, y))
            .map(|p| p[0])
            .min();
        assert!(darkest_on_red < Some(60), "black text on red");
        // Bars too narrow for a legible label get none.
        let narrow = SwatchLayout { width: 90, height: 200, proportional: false, labels: true };
        assert!(!palette_svg(&palette, &narrow).contains("<text"));
    }
}
