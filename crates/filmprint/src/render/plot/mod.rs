//! `filmprint plot`: the film's colors in color space rather than in time — every cluster of
//! every sample on the Oklab a–b plane (`ab`), a hue wheel of screen time (`hue`), and
//! lightness and chroma over the film (`lightness`). Drawn as scenes, so PNG and SVG agree.

mod marks;

use std::str::FromStr;

use super::font::FontFile;
use super::scene::{Item, MAX_WHOLE_SIZE, Scene};
use super::text::TextBlock;
use super::{Canvas, raster, svg};
use crate::analyse::color::oklab_to_srgb8;
use crate::error::{Error, Result, Setting};
use crate::fingerprint::{Fingerprint, NEUTRAL_CHROMA};
use marks::{disc, label, polyline, wedge};

/// Half the extent of the a–b plane shown: Oklab's a and b from −0.4 to 0.4 (sRGB's most
/// saturated colors reach about 0.32).
pub const AB_EXTENT: f32 = 0.4;
/// Hue bins of the hue wheel.
pub const HUE_BINS: usize = 36;

const BACKGROUND: [u8; 3] = [128, 128, 128];
const INK: [u8; 3] = [240, 240, 240];

/// Which plot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlotKind {
    /// Every cluster on the a–b plane.
    Ab,
    /// Screen time by hue, around a wheel.
    Hue,
    /// Lightness and chroma over the film.
    Lightness,
}

impl PlotKind {
    /// Every kind.
    pub const ALL: [PlotKind; 3] = [PlotKind::Ab, PlotKind::Hue, PlotKind::Lightness];

    /// The name as typed.
    pub fn name(self) -> &'static str {
        match self {
            PlotKind::Ab => "ab",
            PlotKind::Hue => "hue",
            PlotKind::Lightness => "lightness",
        }
    }
}

impl FromStr for PlotKind {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        PlotKind::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| format!("'{text}' is not a plot: ab, hue or lightness"))
    }
}

/// Every cluster of every sample: (Oklab, weight), the weights summing to 1 (each sample
/// weighs alike, its clusters by share).
fn weighted_clusters(fingerprint: &Fingerprint) -> Vec<([f32; 3], f32)> {
    let n = fingerprint.samples.len().max(1) as f32;
    fingerprint
        .samples
        .iter()
        .flat_map(|s| {
            let total: f32 = s.clusters.iter().map(|c| c.share).sum();
            s.clusters.iter().filter(move |_| total > 0.0).map(move |c| (c.oklab, c.share / total / n))
        })
        .collect()
}

/// Where Oklab (a, b) lies on a square plot of side `size`.
pub fn ab_position(size: f64, a: f32, b: f32) -> (f64, f64) {
    let half = size / 2.0;
    let scale = 0.88 * half / f64::from(AB_EXTENT);
    (half + f64::from(a) * scale, half - f64::from(b) * scale)
}

/// Screen time per hue bin (bin i covers hues i·10° to (i+1)·10°), of colors with chroma.
pub fn hue_histogram(fingerprint: &Fingerprint) -> [f32; HUE_BINS] {
    let mut bins = [0.0f32; HUE_BINS];
    for (c, w) in weighted_clusters(fingerprint) {
        if c[1].hypot(c[2]) >= NEUTRAL_CHROMA {
            let hue = c[2].atan2(c[1]).to_degrees().rem_euclid(360.0);
            bins[((hue / 360.0 * HUE_BINS as f32) as usize).min(HUE_BINS - 1)] += w;
        }
    }
    bins
}

fn ab_items(fingerprint: &Fingerprint, size: f64, face: &super::font::Face<'_>) -> Vec<Item> {
    let mut items = Vec::new();
    // The hue wheel around the plane: each hue at a mid lightness and a chroma of 0.12.
    let (cx, cy) = (size / 2.0, size / 2.0);
    let (inner, outer) = (0.9 * size / 2.0, 0.95 * size / 2.0);
    for step in 0..360 {
        let angle = (step as f64).to_radians();
        let color = oklab_to_srgb8([0.72, 0.12 * angle.cos() as f32, 0.12 * angle.sin() as f32]);
        items.push(wedge(cx, cy, inner, outer, -angle, -(angle + 1.02f64.to_radians()), color, 1.0));
    }
    // Axes through the grey centre.
    items.extend(polyline(&[(size * 0.06, cy), (size * 0.94, cy)], 1.0, INK, 0.5));
    items.extend(polyline(&[(cx, size * 0.06), (cx, size * 0.94)], 1.0, INK, 0.5));
    let clusters = weighted_clusters(fingerprint);
    let largest = clusters.iter().map(|c| c.1).fold(0.0f32, f32::max).max(f32::MIN_POSITIVE);
    let biggest_radius = size * 0.03;
    for (c, w) in clusters {
        let (x, y) = ab_position(size, c[1].clamp(-AB_EXTENT, AB_EXTENT), c[2].clamp(-AB_EXTENT, AB_EXTENT));
        // Area in proportion to screen time.
        let radius = (biggest_radius * f64::from(w / largest).sqrt()).max(1.0);
        items.push(disc(x, y, radius, oklab_to_srgb8(c), 0.75));
    }
    let text = (size * 0.025) as f32;
    items.push(Item::Text(TextBlock {
        lines: vec![
            label(
                face,
                "+a (red)".into(),
                text,
                (size * 0.94) as f32,
                (cy - 0.5 * f64::from(text)) as f32,
                true,
            ),
            label(
                face,
                "+b (yellow)".into(),
                text,
                (cx + 0.4 * f64::from(text)) as f32,
                (size * 0.06 + f64::from(text)) as f32,
                false,
            ),
        ],
        color: INK,
        alpha: 0.9,
        outline: None,
    }));
    items
}

fn hue_items(fingerprint: &Fingerprint, size: f64) -> Vec<Item> {
    let bins = hue_histogram(fingerprint);
    let largest = bins.iter().copied().fold(0.0f32, f32::max).max(f32::MIN_POSITIVE);
    let (cx, cy) = (size / 2.0, size / 2.0);
    let (inner, longest) = (0.15 * size, 0.32 * size);
    let mut items = vec![disc(cx, cy, inner * 0.98, [110, 110, 110], 1.0)];
    let step = 360.0 / HUE_BINS as f64;
    for (i, &w) in bins.iter().enumerate() {
        let (from, to) = ((i as f64 * step).to_radians(), ((i + 1) as f64 * step).to_radians());
        let middle = (from + to) / 2.0;
        let color = oklab_to_srgb8([0.72, 0.13 * middle.cos() as f32, 0.13 * middle.sin() as f32]);
        // The ring of hues, then each bin's screen time outward (length ∝ time).
        items.push(wedge(cx, cy, inner, inner + 0.03 * size, -from, -to, color, 1.0));
        if w > 0.0 {
            let outer = inner + 0.03 * size + longest * f64::from(w / largest);
            items.push(wedge(cx, cy, inner + 0.03 * size, outer, -from, -to, color, 0.9));
        }
    }
    items
}

fn lightness_items(fingerprint: &Fingerprint, width: f64, height: f64) -> Vec<Item> {
    let span = fingerprint.sampled_span();
    let length = (span.end_s - span.start_s).max(f64::MIN_POSITIVE);
    let (left, right, top, bottom) = (0.06 * width, 0.97 * width, 0.08 * height, 0.78 * height);
    let x = |t: f64| left + (t - span.start_s) / length * (right - left);
    let y = |v: f32, top_value: f32| bottom - f64::from(v / top_value).clamp(0.0, 1.0) * (bottom - top);
    let mut items = polyline(&[(left, bottom), (right, bottom)], 1.0, INK, 0.6);
    let mut lightness = Vec::new();
    let mut chroma = Vec::new();
    for sample in &fingerprint.samples {
        let total: f32 = sample.clusters.iter().map(|c| c.share).sum::<f32>().max(f32::MIN_POSITIVE);
        let l: f32 = sample.clusters.iter().map(|c| c.share * c.oklab[0]).sum::<f32>() / total;
        let c: f32 =
            sample.clusters.iter().map(|c| c.share * c.oklab[1].hypot(c.oklab[2])).sum::<f32>() / total;
        lightness.push((x(sample.time_s), y(l, 1.0)));
        chroma.push((x(sample.time_s), y(c, 0.3)));
        // The bar's colors under the plot.
        if let Some(color) = sample.colors.first() {
            let xs = x(sample.time_s);
            items.extend(polyline(
                &[(xs, 0.84 * height), (xs, 0.95 * height)],
                (right - left) / fingerprint.samples.len().max(1) as f64 + 1.0,
                color.rgb(),
                1.0,
            ));
        }
    }
    items.extend(polyline(&lightness, (width / 500.0).max(1.5), [250, 250, 250], 1.0));
    items.extend(polyline(&chroma, (width / 500.0).max(1.5), [255, 190, 60], 1.0));
    items
}

/// The plot as a scene, `size` pixels wide (square for `ab` and `hue`, half as high for
/// `lightness`).
pub fn plot_scene(fingerprint: &Fingerprint, kind: PlotKind, size: u32, font: &FontFile) -> Result<Scene> {
    if !(200..=MAX_WHOLE_SIZE).contains(&size) {
        return Err(Error::Setting {
            setting: Setting::Size,
            why: format!("the plot must be 200..={MAX_WHOLE_SIZE} pixels wide"),
        });
    }
    let face = font.face()?;
    let w = f64::from(size);
    let (height, items) = match kind {
        PlotKind::Ab => (size, ab_items(fingerprint, w, &face)),
        PlotKind::Hue => (size, hue_items(fingerprint, w)),
        PlotKind::Lightness => (size / 2, lightness_items(fingerprint, w, f64::from(size / 2))),
    };
    let mut items = items;
    let text = (w * 0.022) as f32;
    let caption = match kind {
        PlotKind::Ab => "Every color of every sampled frame on the Oklab a–b plane (area: screen time)",
        PlotKind::Hue => "Screen time by hue (colors with chroma 0.02 or more)",
        PlotKind::Lightness => "Lightness (white) and chroma (orange, 0–0.3) over the film",
    };
    let baseline = if kind == PlotKind::Lightness { f64::from(height) * 0.05 } else { w * 0.035 };
    items.push(Item::Text(TextBlock {
        lines: vec![label(&face, caption.into(), text, (w * 0.03) as f32, baseline as f32, false)],
        color: INK,
        alpha: 0.9,
        outline: None,
    }));
    Ok(Scene {
        width: size,
        height: height.max(1),
        background: Some(BACKGROUND),
        items,
        font: font.clone(),
        title: fingerprint.title.clone(),
        dpi: None,
    })
}

/// The plot as pixels.
pub fn render_plot(fingerprint: &Fingerprint, kind: PlotKind, size: u32, font: &FontFile) -> Result<Canvas> {
    raster::rasterise(&plot_scene(fingerprint, kind, size, font)?)
}

/// The plot as an SVG document.
pub fn plot_svg(fingerprint: &Fingerprint, kind: PlotKind, size: u32, font: &FontFile) -> Result<String> {
    svg::write_svg(&plot_scene(fingerprint, kind, size, font)?)
}

#[cfg(test)]
mod tests;
