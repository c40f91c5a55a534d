//! PNG output: 8-bit sRGB (with alpha only when the picture has transparent parts), with the
//! title and the tool's name in text chunks so the picture says what it is when opened
//! elsewhere.

use std::io::Write;
use std::path::Path;

use super::Canvas;
use crate::error::{Error, Result};
use crate::output::write_atomically;

/// Encodes the canvas as PNG into `out`. `path` only names the file in error messages.
pub fn encode_png(canvas: &Canvas, title: Option<&str>, out: &mut dyn Write, path: &Path) -> Result<()> {
    let png_error = |e: png::EncodingError| Error::Png { path: path.to_owned(), why: e.to_string() };
    let opaque = canvas.is_opaque();
    let mut encoder = png::Encoder::new(out, canvas.width, canvas.height);
    encoder.set_color(if opaque { png::ColorType::Rgb } else { png::ColorType::Rgba });
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
    encoder.set_compression(png::Compression::Balanced);
    if let Some(dpi) = canvas.dpi {
        // pHYs: pixels per metre.
        let per_metre = (dpi / 0.0254).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
    }
    encoder
        .add_itxt_chunk("Software".into(), format!("filmprint {}", env!("CARGO_PKG_VERSION")))
        .map_err(png_error)?;
    if let Some(title) = title {
        encoder.add_itxt_chunk("Title".into(), title.to_string()).map_err(png_error)?;
    }
    let mut writer = encoder.write_header().map_err(png_error)?;
    if !opaque {
        writer.write_image_data(&canvas.rgba).map_err(png_error)?;
        return writer.finish().map_err(png_error);
    }
    // Row by row, so an opaque picture is never copied whole without its alpha channel.
    let io_error = |e: std::io::Error| Error::Png { path: path.to_owned(), why: e.to_string() };
    let mut stream = writer.stream_writer().map_err(png_error)?;
    let mut row = Vec::with_capacity(canvas.width as usize * 3);
    for pixels in canvas.rgba.chunks_exact(canvas.width.max(1) as usize * 4) {
        row.clear();
        row.extend(pixels.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]));
        stream.write_all(&row).map_err(io_error)?;
    }
    stream.finish().map_err(png_error)
}

/// Writes the canvas to `path` as PNG, atomically.
pub fn write_png(canvas: &Canvas, title: Option<&str>, path: &Path) -> Result<()> {
    write_atomically(path, |out| encode_png(canvas, title, out, path))
}
