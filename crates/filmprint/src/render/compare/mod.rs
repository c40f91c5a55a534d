//! The comparison picture: A's bars over B's, each on its own timeline at the same seconds
//! per pixel, a ΔE strip under A (how far each moment of A is from its match in B), links
//! from A's moments to their matches in B (slanted where the timing differs), the spans only
//! one film has struck through with stripes, and a legend. Drawn as a scene, so the PNG and
//! the SVG show the same picture.

mod marks;

pub use marks::delta_e_color;
use marks::{Timeline, film_band, label, line, struck_through};

use super::font::FontFile;
use super::scene::{Item, MAX_WHOLE_SIZE, PixelBox, Scene};
use super::text::TextBlock;
use super::{Canvas, raster, svg};
use crate::compare::units::compared_forms;
use crate::compare::{Comparison, timecode};
use crate::error::{Error, Result, Setting};
use crate::fingerprint::Fingerprint;

/// ΔE at the top of the color scale (and beyond).
pub const DELTA_E_SCALE: f32 = 0.1;

/// The scale's colors from ΔE 0 to [`DELTA_E_SCALE`] (after matplotlib's "inferno", which
/// stays readable in grey and to color-blind eyes).
const SCALE: [[u8; 3]; 5] = [[0, 0, 4], [87, 16, 110], [188, 55, 84], [249, 142, 9], [252, 255, 164]];

const INK: [u8; 3] = [30, 30, 30];
/// The ΔE strip where A has no match.
const UNMATCHED: [u8; 3] = [190, 190, 190];
const PAPER: [u8; 3] = [250, 250, 247];

/// How to draw a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparePicture {
    /// Width in pixels (the height follows).
    pub width: u32,
    /// The labels' font.
    pub font: FontFile,
}

impl Default for ComparePicture {
    fn default() -> Self {
        ComparePicture { width: 2000, font: FontFile::embedded() }
    }
}

fn name(fingerprint: &Fingerprint) -> String {
    let file = std::path::Path::new(&fingerprint.source.file);
    let stem = file.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    match &fingerprint.title {
        Some(title) => format!("{title} ({stem})"),
        None => stem,
    }
}

/// Where the parts of the comparison picture lie, in pixels: what a page needs to map the
/// pointer back to film times.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompareLayout {
    /// The picture's size.
    pub width: u32,
    /// The picture's height.
    pub height: u32,
    /// Left edge of both timelines (each film's span start).
    pub left: f64,
    /// Seconds of film per pixel, the same for both films.
    pub pixels_per_s: f64,
    /// Top of A's bars.
    pub top_a: u32,
    /// Top of the ΔE strip (the bottom of A's bars).
    pub top_strip: u32,
    /// Top of the links.
    pub top_links: u32,
    /// Top of B's bars.
    pub top_b: u32,
    /// Bottom of B's bars.
    pub bottom_b: u32,
    /// Height of a label line.
    pub text: f32,
}

/// The picture's layout for a comparison of `a` and `b`.
pub fn compare_layout(
    c: &Comparison,
    a: &Fingerprint,
    b: &Fingerprint,
    picture: &ComparePicture,
) -> Result<CompareLayout> {
    let width = picture.width;
    if !(400..=MAX_WHOLE_SIZE).contains(&width) {
        return Err(Error::Setting {
            setting: Setting::Size,
            why: format!("the width must be 400..={MAX_WHOLE_SIZE} pixels"),
        });
    }
    let w = f64::from(width);
    let margin = (0.025 * w).round();
    let text = (0.014 * w).max(12.0) as f32;
    let band = (0.09 * w).round() as u32;
    let strip = (0.018 * w).round().max(6.0) as u32;
    let links = (0.07 * w).round() as u32;
    let length = |f: &Fingerprint| (f.sampled_span().end_s - f.sampled_span().start_s).max(0.0);
    let pixels_per_s = (w - 2.0 * margin) / length(a).max(length(b)).max(1e-6);
    let line_gap = f64::from(text) * 1.5;
    let top_a = (margin + line_gap) as u32;
    let top_strip = top_a + band;
    let top_links = top_strip + strip;
    let top_b = top_links + links;
    let bottom_b = top_b + band;
    let lines = c.summary.len().min(SUMMARY_LINES) as f64;
    let height = (f64::from(bottom_b) + line_gap * (2.5 + lines) + 2.0 * f64::from(strip) + margin) as u32;
    Ok(CompareLayout {
        width,
        height,
        left: margin,
        pixels_per_s,
        top_a,
        top_strip,
        top_links,
        top_b,
        bottom_b,
        text,
    })
}

/// Findings written under the picture.
const SUMMARY_LINES: usize = 6;

/// The comparison as a scene.
pub fn comparison_scene(
    c: &Comparison,
    a: &Fingerprint,
    b: &Fingerprint,
    picture: &ComparePicture,
) -> Result<Scene> {
    let layout = compare_layout(c, a, b, picture)?;
    // Both films as compared: by shot when both have shots.
    let (_, a, b) = compared_forms(a, b);
    let (a, b) = (a.as_ref(), b.as_ref());
    let CompareLayout {
        width,
        height,
        left: margin,
        pixels_per_s,
        top_a,
        top_strip,
        top_links,
        top_b,
        bottom_b,
        text,
    } = layout;
    // Titles in scripts the font lacks are drawn in fonts on the system that have them.
    let font = picture.font.covering(&format!("{} {}", name(a), name(b)));
    let face = font.face()?;
    let w = f64::from(width);
    let band = top_strip - top_a;
    let strip = top_links - top_strip;
    let timeline_a = Timeline { span: a.sampled_span(), left: margin, pixels_per_s };
    let timeline_b = Timeline { span: b.sampled_span(), left: margin, pixels_per_s };
    let line_gap = f64::from(text) * 1.5;
    let summary: Vec<&String> = c.summary.iter().take(SUMMARY_LINES).collect();
    // Labels end at the right margin.
    let room = (w - 2.0 * margin) as f32;

    let mut items = film_band(a, &timeline_a, top_a, band);
    // The ΔE strip: per column of A, the largest ΔE of its matches.
    let mut worst = vec![f32::NAN; width as usize];
    for pair in &c.pairs {
        let x = timeline_a.x(pair.a_s).floor();
        if x >= 0.0 && (x as usize) < worst.len() {
            let slot = &mut worst[x as usize];
            *slot = if slot.is_nan() { pair.delta_e } else { slot.max(pair.delta_e) };
        }
    }
    let mut last = f32::NAN;
    for x in timeline_a.columns() {
        let area = PixelBox { x0: x, y0: top_strip, x1: x + 1, y1: top_strip + strip };
        let t = timeline_a.time(x);
        if c.only_in_a.iter().any(|s| (s.start_s..=s.end_s).contains(&t)) {
            // Nothing to measure where B has no match: a neutral grey.
            items.push(Item::Rect { area, color: UNMATCHED });
            last = f32::NAN;
            continue;
        }
        // Columns between matches (a fine picture of a coarse fingerprint) take the last.
        let value = if worst[x as usize].is_nan() { last } else { worst[x as usize] };
        last = value;
        if !value.is_nan() {
            items.push(Item::Rect { area, color: delta_e_color(value) });
        }
    }
    // Links every ~40 px of A, slanted and strong where B's moment is elsewhere in time.
    let every = (c.pairs.len() as f64 / ((w - 2.0 * margin) / 40.0)).max(1.0);
    let mut next = 0.0;
    for (k, pair) in c.pairs.iter().enumerate() {
        if (k as f64) < next {
            continue;
        }
        next += every;
        let shifted = (pair.b_s - pair.a_s).abs() > c.step_s;
        let (color, alpha) = if shifted { ([230, 120, 20], 0.85) } else { ([120, 120, 120], 0.35) };
        let (x0, x1) = (timeline_a.x(pair.a_s), timeline_b.x(pair.b_s));
        items.push(line(x0, f64::from(top_links), x1, f64::from(top_b), (w / 1000.0).max(1.0), color, alpha));
    }
    items.extend(film_band(b, &timeline_b, top_b, band));
    for span in &c.only_in_a {
        items.extend(struck_through(&timeline_a, span, f64::from(top_a), f64::from(band + strip)));
    }
    for span in &c.only_in_b {
        items.extend(struck_through(&timeline_b, span, f64::from(top_b), f64::from(band)));
    }
    // Labels: the films, the legend, the findings.
    let mut lines = vec![
        label(
            &face,
            format!("A  {}  ({})", name(a), timecode(timeline_a.span.end_s - timeline_a.span.start_s)),
            text,
            margin as f32,
            (margin + f64::from(text)) as f32,
            room,
        ),
        label(
            &face,
            format!("B  {}  ({})", name(b), timecode(timeline_b.span.end_s - timeline_b.span.start_s)),
            text,
            margin as f32,
            bottom_b as f32 + 1.2 * text,
            room,
        ),
    ];
    let legend_top = f64::from(bottom_b) + 1.6 * line_gap;
    let scale_width = (0.25 * w).round();
    let stops: Vec<(f64, [u8; 3])> = SCALE
        .iter()
        .enumerate()
        .map(|(i, &color)| (margin + scale_width * i as f64 / (SCALE.len() - 1) as f64, color))
        .collect();
    let scale_box = PixelBox {
        x0: margin as u32,
        y0: legend_top as u32,
        x1: (margin + scale_width) as u32,
        y1: legend_top as u32 + strip,
    };
    items.push(Item::Gradient { area: scale_box, stops });
    let legend_text = format!(
        "ΔE (Oklab) of each moment of A to its match in B: 0 … {DELTA_E_SCALE} and more; struck through: only in one film"
    );
    lines.push(label(
        &face,
        legend_text,
        0.85 * text,
        (margin + scale_width + 0.8 * f64::from(text)) as f32,
        (legend_top + f64::from(strip)) as f32,
        room - (scale_width + 0.8 * f64::from(text)) as f32,
    ));
    for (k, sentence) in summary.iter().enumerate() {
        let baseline = legend_top + f64::from(strip) + line_gap * (k as f64 + 1.3);
        lines.push(label(&face, (*sentence).clone(), 0.85 * text, margin as f32, baseline as f32, room));
    }
    items.push(Item::Text(TextBlock { lines, color: INK, alpha: 1.0, outline: None }));
    Ok(Scene {
        width,
        height,
        background: Some(PAPER),
        items,
        font: font.clone(),
        title: Some(format!("{} against {}", name(a), name(b))),
        dpi: None,
    })
}

/// The comparison as pixels.
pub fn render_comparison(
    c: &Comparison,
    a: &Fingerprint,
    b: &Fingerprint,
    picture: &ComparePicture,
) -> Result<Canvas> {
    raster::rasterise(&comparison_scene(c, a, b, picture)?)
}

/// The comparison as an SVG document.
pub fn render_comparison_svg(
    c: &Comparison,
    a: &Fingerprint,
    b: &Fingerprint,
    picture: &ComparePicture,
) -> Result<String> {
    svg::write_svg(&comparison_scene(c, a, b, picture)?)
}
