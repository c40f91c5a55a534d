//! Writes a scene as SVG: the same shapes as the PNG, as vectors. Bars are whole-pixel
//! rectangles (runs of one color already merged), so they meet without seams; the ring's
//! sectors overlap their next neighbour by under a pixel, drawn in order, so anti-aliasing
//! leaves no hairlines between them. Text is text, with the font named.

use std::fmt::Write as _;

use super::font::FontFile;
use super::ring::Ring;
use super::scene::{Item, Scene};
use super::text::TextBlock;
use crate::analyse::color::hex;
use crate::error::Result;

/// A number with at most three decimals and no trailing zeros.
fn num(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".into() } else { text.to_string() }
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters and U+FFFE/U+FFFF are not allowed in XML 1.0.
            c if c.is_control() && c != '\t' => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `pixels` at `dpi` in inches, to a thousandth.
fn inches(pixels: u32, dpi: f64) -> String {
    let text = format!("{:.3}", f64::from(pixels) / dpi);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The scene as an SVG document.
pub fn write_svg(scene: &Scene) -> Result<String> {
    let (w, h) = (scene.width, scene.height);
    let mut svg = String::new();
    let _ = writeln!(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    // Printed, the document says its physical size; the drawing keeps its pixel units.
    let (width, height) = match scene.dpi {
        Some(dpi) => (format!("{}in", inches(w, dpi)), format!("{}in", inches(h, dpi))),
        None => (w.to_string(), h.to_string()),
    };
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {w} {h}\">"
    );
    if let Some(title) = &scene.title {
        let _ = writeln!(svg, "  <title>{}</title>", escape(&title.replace('\n', " ")));
    }
    let _ = writeln!(svg, "  <desc>filmprint {}</desc>", env!("CARGO_PKG_VERSION"));
    if let Some(background) = scene.background {
        let _ = writeln!(svg, "  <rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>", hex(background));
    }
    let face = scene.font.face()?;
    let mut gradients = 0;
    let mut in_rects = false;
    for item in &scene.items {
        let is_rect = matches!(item, Item::Rect { .. });
        if is_rect != in_rects {
            svg.push_str(if is_rect { "  <g shape-rendering=\"crispEdges\">\n" } else { "  </g>\n" });
            in_rects = is_rect;
        }
        match item {
            Item::Rect { area, color } => {
                let _ = writeln!(
                    svg,
                    "    <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                    area.x0,
                    area.y0,
                    area.width(),
                    area.height(),
                    hex(*color)
                );
            }
            Item::Gradient { area, stops } => {
                let id = format!("smooth{gradients}");
                gradients += 1;
                let _ = writeln!(
                    svg,
                    "  <linearGradient id=\"{id}\" gradientUnits=\"userSpaceOnUse\" x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"0\">",
                    area.x0, area.x1
                );
                let width = f64::from(area.width().max(1));
                for (position, color) in stops {
                    let offset = ((position - f64::from(area.x0)) / width).clamp(0.0, 1.0);
                    let _ =
                        writeln!(svg, "    <stop offset=\"{:.6}\" stop-color=\"{}\"/>", offset, hex(*color));
                }
                let _ = writeln!(svg, "  </linearGradient>");
                let _ = writeln!(
                    svg,
                    "  <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#{id})\" shape-rendering=\"crispEdges\"/>",
                    area.x0,
                    area.y0,
                    area.width(),
                    area.height()
                );
            }
            Item::Ring(ring) => write_ring(&mut svg, ring),
            Item::Polygon { points, color, alpha } => {
                let points: Vec<String> =
                    points.iter().map(|&(x, y)| format!("{},{}", num(x), num(y))).collect();
                let _ = writeln!(
                    svg,
                    "  <polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{}\"/>",
                    points.join(" "),
                    hex(*color),
                    num(f64::from(*alpha))
                );
            }
            Item::Text(block) => write_text(&mut svg, &scene.font, &face, block),
        }
    }
    if in_rects {
        svg.push_str("  </g>\n");
    }
    svg.push_str("</svg>\n");
    Ok(svg)
}

pub(super) fn write_text(svg: &mut String, font: &FontFile, face: &super::font::Face<'_>, block: &TextBlock) {
    for line in &block.lines {
        // The outline is a stroke painted under the fill, twice as wide as it reaches beyond it.
        let stroke = block.outline.map_or(String::new(), |o| {
            format!(
                " stroke=\"{}\" stroke-opacity=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\" \
                 paint-order=\"stroke\"",
                hex(o.color),
                num(f64::from(o.alpha)),
                num(f64::from(2.0 * o.reach(line.size)))
            )
        });
        let _ = writeln!(
            svg,
            "  <text x=\"{}\" y=\"{}\" font-family=\"{}, sans-serif\" font-weight=\"{}\" font-size=\"{}\" \
             fill=\"{}\" fill-opacity=\"{}\"{stroke} text-anchor=\"middle\" xml:space=\"preserve\">{}</text>",
            num(f64::from(line.x)),
            num(f64::from(line.baseline)),
            escape(&font.families()),
            font.weight(),
            num(f64::from(face.em_size(line.size))),
            hex(block.color),
            num(f64::from(block.alpha)),
            escape(&line.text)
        );
    }
}

/// Runs of neighbouring bars with one color (and one length) in a band: (first bar, one past
/// the last, color).
fn runs(ring: &Ring, band: usize) -> Vec<(usize, usize, [u8; 3])> {
    let mut runs: Vec<(usize, usize, [u8; 3])> = Vec::new();
    for (i, bar) in ring.bars.iter().enumerate() {
        let Some(&color) = bar.get(band) else { continue };
        match runs.last_mut() {
            Some(run) if run.1 == i && run.2 == color && ring.bar_outer(run.0) == ring.bar_outer(i) => {
                run.1 = i + 1
            }
            _ => runs.push((i, i + 1, color)),
        }
    }
    runs
}

fn write_ring(svg: &mut String, ring: &Ring) {
    let n = ring.bars.len();
    let bands = ring.bands();
    let point = |turn: f64, radius: f64| {
        let (x, y) = ring.point(turn, radius);
        format!("{},{}", num(x), num(y))
    };
    svg.push_str("  <g>\n");
    for band in 0..bands {
        for (start, end, color) in runs(ring, band) {
            let (outer, inner) = ring.bar_band_radii(start, band);
            // Reach half a pixel under the next band in, which is drawn over it.
            let reach = if band + 1 < bands { inner - 0.5 } else { inner };
            let fill = hex(color);
            if start == 0 && end == n && ring.sweep >= 1.0 {
                let (cx, cy) = ring.centre;
                let _ = writeln!(
                    svg,
                    "    <path fill-rule=\"evenodd\" fill=\"{fill}\" d=\"M{x},{top} A{r},{r} 0 1 1 {x},{bottom} A{r},{r} 0 1 1 {x},{top} Z \
                     M{x},{itop} A{ir},{ir} 0 1 0 {x},{ibottom} A{ir},{ir} 0 1 0 {x},{itop} Z\"/>",
                    x = num(cx),
                    top = num(cy - outer),
                    bottom = num(cy + outer),
                    r = num(outer),
                    itop = num(cy - reach),
                    ibottom = num(cy + reach),
                    ir = num(reach),
                );
                continue;
            }
            let from = start as f64 / n as f64;
            // Overlap the next sector by 0.75 px at the inner edge (it is drawn after this one).
            let overlap =
                if end < n { 0.75 / (std::f64::consts::TAU * reach.max(1.0) * ring.sweep) } else { 0.0 };
            let to = (end as f64 / n as f64 + overlap).min(1.0);
            let large = u8::from((to - from) * ring.sweep > 0.5);
            let (from, to) = (ring.turn(from), ring.turn(to));
            let _ = writeln!(
                svg,
                "    <path fill=\"{fill}\" d=\"M{} A{r},{r} 0 {large} 1 {} L{} A{ir},{ir} 0 {large} 0 {} Z\"/>",
                point(from, outer),
                point(to, outer),
                point(to, reach),
                point(from, reach),
                r = num(outer),
                ir = num(reach),
            );
        }
    }
    svg.push_str("  </g>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_are_written_cleanly() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(2.5), "2.5");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(1.23456), "1.235");
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>\u{7}\u{FFFF}\u{FFFE}"),
            "&lt;script&gt;alert(&apos;x&apos;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn equal_neighbours_share_a_sector() {
        let ring = Ring {
            centre: (50.0, 50.0),
            outer: 40.0,
            inner: 20.0,
            bars: vec![vec![[1, 1, 1]], vec![[1, 1, 1]], vec![[2, 2, 2]], vec![[1, 1, 1]]],
            start: 0.0,
            sweep: 1.0,
            lengths: None,
        };
        assert_eq!(runs(&ring, 0), vec![(0, 2, [1, 1, 1]), (2, 3, [2, 2, 2]), (3, 4, [1, 1, 1])]);
    }
}
