//! Render stage: a fingerprint in, a picture out. It never decodes anything, so the same
//! fingerprint can be drawn again (other size, other title) without touching the film.

mod canvas;
mod layout;
mod palette;
mod png;
mod title;

pub use canvas::Canvas;
pub use layout::{default_size, part_of};
pub use palette::{SwatchLayout, palette_svg, render_palette};
pub use png::{encode_png, write_png};
pub use title::{TitleStyle, draw_title};

use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;

/// Largest image side accepted, to keep memory bounded (16384² RGB is 768 MiB).
pub const MAX_SIZE: u32 = 16_384;

/// How to draw a fingerprint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenderSettings {
    /// Side of the square image in pixels; `None` picks [`default_size`] for the sample count.
    pub size: Option<u32>,
    /// Title text (lines separated by `\n`); `None` draws no title.
    pub title: Option<String>,
    /// Look of the title.
    pub title_style: TitleStyle,
}

/// Draws the seed's picture: a square where bar i is sample i, its d colors stacked top to
/// bottom with equal heights (most frequent on top), with the title centred over it.
pub fn render(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Canvas> {
    fingerprint
        .validate()
        .map_err(|why| Error::InvalidSettings(format!("cannot draw this fingerprint: {why}")))?;
    let size = settings.size.unwrap_or_else(|| default_size(fingerprint.samples.len()));
    if size == 0 || size > MAX_SIZE {
        return Err(Error::InvalidSettings(format!(
            "the image size must be between 1 and {MAX_SIZE} pixels"
        )));
    }
    let samples = &fingerprint.samples;
    let mut canvas = Canvas::new(size, size, [0, 0, 0]).ok_or_else(|| {
        Error::InvalidSettings(format!(
            "not enough memory for a {size}x{size} picture; choose a smaller --size"
        ))
    })?;
    let columns: Vec<Vec<[u8; 3]>> =
        samples.iter().map(|s| s.colors.iter().map(|c| c.rgb()).collect()).collect();
    for x in 0..size {
        let colors = &columns[part_of(x, size, columns.len())];
        if colors.is_empty() {
            continue;
        }
        for y in 0..size {
            canvas.set(x, y, colors[part_of(y, size, colors.len())]);
        }
    }
    if let Some(title) = &settings.title {
        draw_title(&mut canvas, title, &settings.title_style)?;
    }
    Ok(canvas)
}
