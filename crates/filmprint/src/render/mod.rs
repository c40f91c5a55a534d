//! Render stage: a fingerprint in, a picture out. It never decodes anything, so the same
//! fingerprint can be drawn again in any style, size or title without touching the film.
//!
//! Drawing goes through a scene — the picture as shapes — which the rasteriser turns into
//! PNG pixels and the SVG writer into vectors, so both formats show the same picture.

mod axis;
mod bars;
mod canvas;
mod compare;
mod fallback;
mod font;
mod layout;
mod legibility;
mod palette;
mod pdf;
mod plot;
mod png;
mod print;
mod raster;
mod ring;
mod scene;
mod shaping;
mod style;
mod svg;
mod text;
mod wave;

pub use canvas::Canvas;
pub use compare::{
    CompareLayout, ComparePicture, DELTA_E_SCALE, compare_layout, delta_e_color, render_comparison,
    render_comparison_svg,
};
pub use font::FontFile;
pub(crate) use layout::part_of;
pub use palette::{SwatchLayout, palette_svg, render_palette};
pub use pdf::svg_to_pdf;
pub use plot::{
    AB_EXTENT, HUE_BINS, PlotKind, ab_position, hue_histogram, plot_scene, plot_svg, render_plot,
};
pub use png::{encode_png, write_png};
pub use print::{DEFAULT_DPI, PrintSize, parse_length};
use scene::build_scene;
pub use scene::{MAX_SIZE, MAX_WHOLE_SIZE, dimensions};
pub use style::{
    BarUnit, ImageSize, LINE_SPACING, OutlineMode, RenderSettings, Style, TitlePosition, TitleStyle,
    parse_time_step,
};
pub(crate) use svg::escape as escape_xml;

use std::path::Path;

use crate::error::Result;
use crate::fingerprint::Fingerprint;

/// The formats a picture can be written in, told by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PictureFormat {
    /// Pixels (8-bit sRGB).
    Png,
    /// Vectors, text as text.
    Svg,
    /// A one-page PDF: vectors, the text in the embedded, subset font (for print).
    Pdf,
}

impl PictureFormat {
    /// The extensions, for messages.
    pub const NAMES: &'static str = ".png, .svg or .pdf";

    /// The format a file of this name is written in, if its extension names one (in any case).
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "pdf" => Some(Self::Pdf),
            _ => None,
        }
    }
}

/// A fingerprint's picture, described and ready to be written in any format; the pixels of a
/// PNG are drawn as it is written (in bands of rows when it is too large to hold whole).
#[derive(Debug, Clone)]
pub struct Drawing {
    scene: scene::Scene,
}

impl Drawing {
    /// Describes the picture of the fingerprint in these settings.
    pub fn new(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Self> {
        Ok(Drawing { scene: build_scene(fingerprint, settings)? })
    }

    /// Width and height in pixels.
    pub fn size(&self) -> (u32, u32) {
        (self.scene.width, self.scene.height)
    }

    /// Draws and encodes the picture as PNG into `out` (`path` names it in errors), holding at
    /// most a band of it in memory.
    pub fn write_png(&self, title: Option<&str>, out: &mut dyn std::io::Write, path: &Path) -> Result<()> {
        png::encode_scene_png(&self.scene, title, out, path, &|| false)
    }

    /// [`Drawing::write_png`], asking `stop` between bands of rows (a poster can take minutes):
    /// when it says so, the result is [`Error::Cancelled`](crate::Error::Cancelled) and `out`
    /// holds part of a PNG, to be thrown away.
    pub fn write_png_unless(
        &self,
        title: Option<&str>,
        out: &mut dyn std::io::Write,
        path: &Path,
        stop: &dyn Fn() -> bool,
    ) -> Result<()> {
        png::encode_scene_png(&self.scene, title, out, path, stop)
    }

    /// The picture as an SVG document.
    pub fn to_svg(&self) -> Result<String> {
        svg::write_svg(&self.scene)
    }

    /// The picture as a one-page PDF.
    pub fn to_pdf(&self) -> Result<Vec<u8>> {
        svg_to_pdf(&svg::write_svg(&self.scene)?, &self.scene.font)
    }
}

/// Draws the fingerprint as pixels (at most 1 GiB of them: larger pictures are written with
/// [`Drawing::write_png`]).
pub fn render(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Canvas> {
    raster::rasterise(&build_scene(fingerprint, settings)?)
}

/// Draws the fingerprint as a one-page PDF: the SVG's vectors, its text in the embedded font.
pub fn render_pdf(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<Vec<u8>> {
    Drawing::new(fingerprint, settings)?.to_pdf()
}

/// Draws the fingerprint as an SVG document.
pub fn render_svg(fingerprint: &Fingerprint, settings: &RenderSettings) -> Result<String> {
    svg::write_svg(&build_scene(fingerprint, settings)?)
}
