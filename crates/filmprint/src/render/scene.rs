//! A picture described as shapes before any pixel is set: rectangles, gradients, the ring,
//! polygons and text. The PNG rasteriser and the SVG writer both draw from the same scene,
//! which is why the two formats show the same picture.

use super::axis::{ring_axis, straight_axis};
use super::bars::{bar_rects, bars, smooth_gradients};
use super::font::FontFile;
use super::layout::default_size;
use super::legibility::{needed_outline, outline_for};
use super::ring::Ring;
use super::style::{BarUnit, ImageSize, OutlineMode, RenderSettings, Style, TitlePosition};
use super::text::{Area, Fit, TextBlock, fit_lines};
use super::wave;
use crate::error::{Error, Result, Setting};
use crate::fingerprint::Fingerprint;

/// Largest side of a fingerprint's picture (PNG's larger than [`MAX_WHOLE_SIZE`] are drawn in
/// bands of rows, so memory stays bounded; 65535 × 65535 at 300 dpi is 5.5 m square).
pub const MAX_SIZE: u32 = 65_535;

/// Largest side of pictures drawn whole in memory: plots, comparisons, the pages' pictures
/// (16384² RGBA is 1 GiB).
pub const MAX_WHOLE_SIZE: u32 = 16_384;

/// A rectangle of whole pixels: columns `x0..x1`, rows `y0..y1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PixelBox {
    /// First column.
    pub x0: u32,
    /// First row.
    pub y0: u32,
    /// One past the last column.
    pub x1: u32,
    /// One past the last row.
    pub y1: u32,
}

impl PixelBox {
    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.x1.saturating_sub(self.x0)
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.y1.saturating_sub(self.y0)
    }

    fn area(&self) -> Area {
        Area {
            x: self.x0 as f32,
            y: self.y0 as f32,
            width: self.width() as f32,
            height: self.height() as f32,
        }
    }
}

/// One shape of the picture, drawn in order over the background.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An opaque rectangle on whole pixels.
    Rect {
        /// Where.
        area: PixelBox,
        /// sRGB color.
        color: [u8; 3],
    },
    /// A horizontal gradient over whole pixels: stops at x positions (pixels), mixed linearly
    /// in sRGB between them and held beyond the ends, as SVG's `linearGradient` does.
    Gradient {
        /// Where.
        area: PixelBox,
        /// (x position, color), increasing x.
        stops: Vec<(f64, [u8; 3])>,
    },
    /// The bars wrapped into an annulus.
    Ring(Ring),
    /// A filled convex polygon (tick marks), anti-aliased.
    Polygon {
        /// Corners in order.
        points: Vec<(f64, f64)>,
        /// sRGB color.
        color: [u8; 3],
        /// Opacity, 0..1.
        alpha: f32,
    },
    /// Text.
    Text(TextBlock),
}

/// A whole picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The fill under everything; `None` is transparent.
    pub background: Option<[u8; 3]>,
    /// The shapes, bottom first.
    pub items: Vec<Item>,
    /// Font of the text items.
    pub font: FontFile,
    /// The title, for metadata.
    pub title: Option<String>,
    /// The resolution it is meant to be printed at.
    pub dpi: Option<f64>,
}

/// The picture's size for `samples` bars in these settings.
pub fn dimensions(samples: usize, settings: &RenderSettings) -> Result<(u32, u32)> {
    let aspect = settings.style.aspect();
    let (width, height) = match settings.size {
        None => {
            let width = default_size(samples);
            (width, width / aspect)
        }
        Some(ImageSize::Width(width)) => (width, (width / aspect).max(1)),
        Some(ImageSize::Exact { width, height }) => (width, height),
    };
    if !(1..=MAX_SIZE).contains(&width) || !(1..=MAX_SIZE).contains(&height) {
        return Err(Error::setting(
            Setting::Size,
            format!(
                "the picture would be {width}x{height}; each side must be between 1 and {MAX_SIZE} pixels"
            ),
        ));
    }
    Ok((width, height))
}

/// Wedges of a ring drawn by shot.
const RING_WEDGES: usize = 3600;

/// The bars a picture of `fingerprint` has when a bar is a `unit`, which it must hold.
pub fn bar_count(fingerprint: &Fingerprint, unit: BarUnit) -> Result<usize> {
    Ok(match unit {
        BarUnit::Samples => fingerprint.samples.len(),
        BarUnit::Shots => fingerprint.shots.as_ref().map(|list| list.shots.len()).ok_or_else(|| {
            Error::InvalidSettings(
                "a bar per shot needs the film's shots, which this fingerprint does not hold: make it with \
                 --shots"
                    .into(),
            )
        })?,
    })
}

/// Share of the picture's height the title band takes.
fn band_fraction(style: Style) -> f64 {
    if matches!(style, Style::Strip | Style::Wave) { 0.22 } else { 0.15 }
}

/// The fingerprint's loudness for a wave style, as bar lengths; `None` for the others.
fn wave_lengths(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Option<Vec<f64>>> {
    if !settings.style.needs_loudness() {
        return Ok(None);
    }
    if settings.bars == BarUnit::Shots {
        return Err(Error::InvalidSettings(format!(
            "the style '{}' draws a bar per sample (the loudness is measured per sample)",
            settings.style
        )));
    }
    let levels = fingerprint.loudness.as_ref().ok_or_else(|| {
        Error::InvalidSettings(format!(
            "the style '{}' needs the film's loudness, which this fingerprint does not hold: make it from the \
             movie with --loudness (or with this style)",
            settings.style
        ))
    })?;
    Ok(Some(wave::lengths(levels)))
}

/// The title lines (relative size 1) and subtitle lines (smaller). On a band, which is short
/// and wide, the title's lines are run together into one.
fn title_lines(settings: &RenderSettings, on_band: bool) -> Vec<(String, f32)> {
    const SUBTITLE: f32 = 0.5;
    let mut lines: Vec<(String, f32)> = Vec::new();
    if let Some(title) = &settings.title {
        if on_band {
            let words: Vec<&str> = title.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
            lines.push((words.join(" "), 1.0));
        } else {
            lines.extend(title.split('\n').map(|l| (l.to_string(), 1.0)));
        }
    }
    if let Some(subtitle) = &settings.subtitle {
        lines.extend(subtitle.split('\n').map(|l| (l.to_string(), SUBTITLE)));
    }
    lines
}

/// Describes the picture of `fingerprint` in `settings`.
pub fn build_scene(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Scene> {
    fingerprint
        .validate()
        .map_err(|why| Error::InvalidSettings(format!("cannot draw this fingerprint: {why}")))?;
    settings.validate()?;
    let style = settings.style;
    let (width, height) = dimensions(bar_count(fingerprint, settings.bars)?, settings)?;
    let lengths = wave_lengths(fingerprint, settings)?;
    // By shot, each column (each wedge of a ring) shows the shot at its time: bars as wide as
    // the shots are long, in whole pixels.
    // A gradient goes from shot to shot, its stops at their middles.
    let (by_shot, middles) = match (settings.bars, style) {
        (BarUnit::Samples, _) => (None, None),
        (BarUnit::Shots, Style::Smooth) => {
            let (by_shot, middles) = fingerprint.shots_as_samples()?;
            (Some(by_shot), Some(middles))
        }
        (BarUnit::Shots, _) => {
            let columns =
                if matches!(style, Style::Ring | Style::Arch) { RING_WEDGES } else { width as usize };
            (Some(fingerprint.shots_as_columns(columns)?), None)
        }
    };
    let fingerprint = by_shot.as_ref().unwrap_or(fingerprint);
    let position = settings.title_style.position.unwrap_or(if matches!(style, Style::Strip | Style::Wave) {
        TitlePosition::Band
    } else {
        TitlePosition::Center
    });
    let lines = title_lines(settings, position == TitlePosition::Band);
    let has_text = lines.iter().any(|(l, _)| !l.trim().is_empty());
    let band = if position == TitlePosition::Band && has_text {
        ((f64::from(height) * band_fraction(style)).round() as u32).min(height - 1)
    } else {
        0
    };
    let bars_area = PixelBox { x0: 0, y0: 0, x1: width, y1: height - band };
    let bars = bars(fingerprint, style)?;
    let mut items = Vec::new();
    let mut ring = None;
    match style {
        Style::Ring | Style::WaveRing => {
            let side = f64::from(bars_area.width().min(bars_area.height()));
            let outer = side * if settings.time_axis.is_some() { 0.40 } else { 0.48 };
            // A wave reaches out from a smaller hole, for room to show how loud it is.
            let hole = if style == Style::WaveRing { 0.4 } else { 0.5 };
            let geometry = Ring {
                centre: (f64::from(bars_area.width()) / 2.0, f64::from(bars_area.height()) / 2.0),
                outer,
                inner: outer * hole,
                bars: bars.into_iter().map(|b| b.colors).collect(),
                start: 0.0,
                sweep: 1.0,
                lengths: lengths.clone(),
            };
            ring = Some(geometry.clone());
            items.push(Item::Ring(geometry));
        }
        Style::Arch => {
            // A half ring standing on the picture's bottom edge, over the title.
            let (w, h) = (f64::from(bars_area.width()), f64::from(bars_area.height()));
            let outer = (w / 2.0).min(h) * if settings.time_axis.is_some() { 0.82 } else { 0.96 };
            let geometry = Ring {
                centre: (w / 2.0, h * 0.98),
                outer,
                inner: outer * 0.55,
                bars: bars.into_iter().map(|b| b.colors).collect(),
                start: 0.75,
                sweep: 0.5,
                lengths: None,
            };
            ring = Some(geometry.clone());
            items.push(Item::Ring(geometry));
        }
        Style::Smooth => items.extend(smooth_gradients(&bars, bars_area, middles.as_deref())),
        Style::Wave => {
            items.extend(wave::wave_rects(&bars, lengths.as_deref().unwrap_or_default(), bars_area))
        }
        _ => items.extend(bar_rects(&bars, bars_area)),
    }
    // Characters of the title the font lacks come from fonts on the system that have them.
    let face_owner =
        settings.font.covering(&lines.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join(" "));
    let face = face_owner.face()?;
    let axis_color = settings.title_style.color;
    if let Some(step) = settings.time_axis {
        let span = fingerprint.sampled_span();
        items.extend(match &ring {
            Some(ring) => ring_axis(&face, ring, span, step, axis_color),
            None => straight_axis(&face, bars_area, span, step, axis_color),
        });
    }
    if has_text {
        let style_of_title = &settings.title_style;
        let whole = bars_area.area();
        let (w, h) = (whole.width, whole.height);
        let (area, largest) = match (position, &ring) {
            (TitlePosition::Center, Some(ring)) if ring.sweep < 1.0 => {
                // Under the arch: the half disc inside it, above the centre line.
                let inner = ring.inner as f32;
                let (cx, cy) = (ring.centre.0 as f32, ring.centre.1 as f32);
                let hole = Area {
                    x: cx - 0.8 * inner,
                    y: cy - 0.62 * inner,
                    width: 1.6 * inner,
                    height: 0.6 * inner,
                };
                (hole.inset(0.03 * inner, 0.03 * inner), 0.3 * inner)
            }
            (TitlePosition::Center, Some(ring)) => {
                let half = (ring.inner / std::f64::consts::SQRT_2) as f32;
                let (cx, cy) = (ring.centre.0 as f32, ring.centre.1 as f32);
                let hole = Area { x: cx - half, y: cy - half, width: 2.0 * half, height: 2.0 * half };
                (hole.inset(0.06 * half, 0.06 * half), 0.5 * half)
            }
            (TitlePosition::Center, None) => (whole.inset(0.08 * w, 0.08 * h), 0.17 * h),
            (TitlePosition::Top, _) => {
                (Area { height: h / 3.0, ..whole }.inset(0.08 * w, 0.05 * h), 0.17 * h)
            }
            (TitlePosition::Bottom, _) => {
                (Area { y: 2.0 * h / 3.0, height: h / 3.0, ..whole }.inset(0.08 * w, 0.05 * h), 0.17 * h)
            }
            (TitlePosition::Band, _) => {
                let strip = Area { x: 0.0, y: h, width: w, height: band as f32 };
                (strip.inset(0.04 * w, 0.15 * band as f32), 0.7 * band as f32)
            }
        };
        let fit = Fit { area, largest, size: style_of_title.size, line_spacing: style_of_title.line_spacing };
        let default_alpha = if position == TitlePosition::Band { 1.0 } else { f32::from(0xAA_u8) / 255.0 };
        let mut block = TextBlock {
            lines: fit_lines(&face, &lines, &fit),
            color: style_of_title.color,
            alpha: style_of_title.alpha.unwrap_or(default_alpha),
            outline: None,
        };
        let background = (!settings.transparent).then_some(settings.background);
        block.outline = match style_of_title.outline {
            OutlineMode::Off => None,
            OutlineMode::Auto => needed_outline(&face, &block, &items, background),
            OutlineMode::On => Some(outline_for(&block)),
        };
        if block.outline.is_some() && style_of_title.alpha.is_none() {
            block.alpha = 1.0;
        }
        items.push(Item::Text(block));
    }
    Ok(Scene {
        width,
        height,
        background: (!settings.transparent).then_some(settings.background),
        items,
        font: face_owner,
        title: settings.title.clone(),
        dpi: settings.dpi,
    })
}
