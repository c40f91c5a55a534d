//! Outputs staged under temporary names (see `filmprint::output`): text, bytes, and palette
//! swatches in the format their names ask for.

use std::path::Path;

use filmprint::Error;
use filmprint::fingerprint::Palette;
use filmprint::output::{self, StagedFile};
use filmprint::render::{self, FontFile, PictureFormat, SwatchLayout};

/// A palette swatch in the format its name says (PNG when it says none: checked before).
pub(crate) fn stage_swatch(
    path: &Path,
    palette: &Palette,
    layout: &SwatchLayout,
) -> Result<StagedFile, Error> {
    match PictureFormat::of(path) {
        Some(PictureFormat::Svg) => return stage_text(path, &render::palette_svg(palette, layout)),
        Some(PictureFormat::Pdf) => {
            let svg = render::palette_svg(palette, layout);
            return stage_bytes(path, &render::svg_to_pdf(&svg, &FontFile::embedded())?);
        }
        Some(PictureFormat::Png) | None => {}
    }
    let canvas = render::render_palette(palette, layout)?;
    output::stage(path, |w| render::encode_png(&canvas, Some("palette"), w, path))
}

pub(crate) fn stage_text(path: &Path, text: &str) -> Result<StagedFile, Error> {
    stage_bytes(path, text.as_bytes())
}

pub(crate) fn stage_bytes(path: &Path, bytes: &[u8]) -> Result<StagedFile, Error> {
    output::stage(path, |w| {
        w.write_all(bytes).map_err(|source| Error::Io { action: "write", path: path.to_owned(), source })
    })
}
