//! PNG output: 8-bit sRGB (with alpha only when the picture has transparent parts), with the
//! title and the tool's name in text chunks so the picture says what it is when opened
//! elsewhere. A picture larger than can be held whole is drawn and compressed band by band of
//! rows, so memory stays bounded whatever its size.

use std::io::Write;
use std::path::Path;

use super::Canvas;
use super::raster::{MAX_CANVAS_BYTES, rasterise, rasterise_rows};
use super::scene::Scene;
use crate::error::{Error, Result};
use crate::output::write_atomically;

/// Bytes of pixels drawn at once for a picture written in bands.
const BAND_BYTES: u64 = 256 << 20;

/// A PNG writer with filmprint's header chunks.
fn png_writer<'a>(
    (width, height): (u32, u32),
    opaque: bool,
    dpi: Option<f64>,
    title: Option<&str>,
    out: &'a mut dyn Write,
    path: &Path,
) -> Result<png::Writer<&'a mut dyn Write>> {
    let png_error = |e: png::EncodingError| Error::Png { path: path.to_owned(), why: e.to_string() };
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(if opaque { png::ColorType::Rgb } else { png::ColorType::Rgba });
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
    encoder.set_compression(png::Compression::Balanced);
    if let Some(dpi) = dpi {
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
    encoder.write_header().map_err(png_error)
}

/// The pixels of `canvas` as PNG rows: RGB when `opaque`, else RGBA.
fn write_rows(stream: &mut dyn Write, canvas: &Canvas, opaque: bool, path: &Path) -> Result<()> {
    let io_error = |e: std::io::Error| Error::Png { path: path.to_owned(), why: e.to_string() };
    if !opaque {
        return stream.write_all(&canvas.rgba).map_err(io_error);
    }
    // Row by row, so an opaque picture is never copied whole without its alpha channel.
    let mut row = Vec::with_capacity(canvas.width as usize * 3);
    for pixels in canvas.rgba.chunks_exact(canvas.width.max(1) as usize * 4) {
        row.clear();
        row.extend(pixels.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]));
        stream.write_all(&row).map_err(io_error)?;
    }
    Ok(())
}

/// Draws the scene and encodes it as PNG into `out`: whole when it fits in memory (the same
/// bytes as [`encode_png`] of [`rasterise`]), else in bands of rows. `stop` is asked between
/// bands (and before and after drawing a whole picture): when it says so, the encoding ends
/// with [`Error::Cancelled`].
pub(crate) fn encode_scene_png(
    scene: &Scene,
    title: Option<&str>,
    out: &mut dyn Write,
    path: &Path,
    stop: &dyn Fn() -> bool,
) -> Result<()> {
    let row_bytes = u64::from(scene.width) * 4;
    if row_bytes * u64::from(scene.height) <= MAX_CANVAS_BYTES {
        if stop() {
            return Err(Error::Cancelled);
        }
        let canvas = rasterise(scene)?;
        if stop() {
            return Err(Error::Cancelled);
        }
        return encode_png(&canvas, title, out, path);
    }
    let rows = u32::try_from((BAND_BYTES / row_bytes.max(1)).max(1)).unwrap_or(u32::MAX);
    encode_in_bands(scene, rows, (title, out, path), stop)
}

/// Encodes the scene drawn `rows` rows at a time.
fn encode_in_bands(
    scene: &Scene,
    rows: u32,
    (title, out, path): (Option<&str>, &mut dyn Write, &Path),
    stop: &dyn Fn() -> bool,
) -> Result<()> {
    let png_error = |e: png::EncodingError| Error::Png { path: path.to_owned(), why: e.to_string() };
    // Everything is drawn over the background: opaque when it is. (A transparent one that the
    // bars happen to cover entirely still gives RGBA here, where a picture drawn whole, whose
    // pixels are all known before the header, is RGB: the same pixels.)
    let opaque = scene.background.is_some();
    let mut writer = png_writer((scene.width, scene.height), opaque, scene.dpi, title, out, path)?;
    let mut stream = writer.stream_writer().map_err(png_error)?;
    let mut top = 0;
    while top < scene.height {
        if stop() {
            return Err(Error::Cancelled);
        }
        let band = rasterise_rows(scene, top, rows.min(scene.height - top))?;
        write_rows(&mut stream, &band, opaque, path)?;
        top += band.height;
    }
    stream.finish().map_err(png_error)
}

/// Encodes the canvas as PNG into `out`. `path` only names the file in error messages.
pub fn encode_png(canvas: &Canvas, title: Option<&str>, out: &mut dyn Write, path: &Path) -> Result<()> {
    let png_error = |e: png::EncodingError| Error::Png { path: path.to_owned(), why: e.to_string() };
    let opaque = canvas.is_opaque();
    let mut writer = png_writer((canvas.width, canvas.height), opaque, canvas.dpi, title, out, path)?;
    if !opaque {
        writer.write_image_data(&canvas.rgba).map_err(png_error)?;
        return writer.finish().map_err(png_error);
    }
    let mut stream = writer.stream_writer().map_err(png_error)?;
    write_rows(&mut stream, canvas, opaque, path)?;
    stream.finish().map_err(png_error)
}

/// Writes the canvas to `path` as PNG, atomically.
pub fn write_png(canvas: &Canvas, title: Option<&str>, path: &Path) -> Result<()> {
    write_atomically(path, |out| encode_png(canvas, title, out, path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fingerprint::test_support::{sample, swatch, synthetic};
    use crate::render::scene::build_scene;
    use crate::render::{RenderSettings, Style};

    /// Decodes a PNG into (width, height, color type, pixels).
    fn decode(bytes: &[u8]) -> (u32, u32, png::ColorType, Vec<u8>) {
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        (info.width, info.height, info.color_type, pixels)
    }

    #[test]
    fn a_picture_drawn_in_bands_is_the_picture_drawn_whole() {
        let samples: Vec<_> = (0..40)
            .map(|i| {
                let t = i as f32 / 40.0;
                let colors =
                    vec![swatch([0.3 + 0.5 * t, 0.2 - 0.4 * t, 0.1], 0.6), swatch([0.5, 0.0, -0.2], 0.4)];
                sample(i, f64::from(i as u32) * 3.0, colors)
            })
            .collect();
        let film = synthetic(120.0, samples);
        let path = Path::new("banded.png");
        for (style, transparent) in [(Style::Ring, false), (Style::Smooth, false), (Style::Ring, true)] {
            let settings = RenderSettings {
                style,
                title: Some("Nausicaä\nof the Valley".into()),
                time_axis: Some(30.0),
                transparent,
                size: Some(crate::render::ImageSize::Width(240)),
                ..RenderSettings::default()
            };
            let scene = build_scene(&film, &settings).unwrap();
            let mut whole = Vec::new();
            encode_png(&rasterise(&scene).unwrap(), Some("t"), &mut whole, path).unwrap();
            // Bands of 7 rows: edges cut through the title, its outline, the ring and the ticks.
            let mut banded = Vec::new();
            encode_in_bands(&scene, 7, (Some("t"), &mut banded, path), &|| false).unwrap();
            // Asked to stop, it stops.
            let stopped = encode_in_bands(&scene, 7, (Some("t"), &mut Vec::new(), path), &|| true);
            assert!(matches!(stopped, Err(Error::Cancelled)));
            let (whole, banded) = (decode(&whole), decode(&banded));
            assert_eq!((banded.0, banded.1), (whole.0, whole.1));
            assert_eq!(banded.2, whole.2, "{style:?}: the same color type");
            assert!(banded.3 == whole.3, "{style:?}: every pixel the same");
        }
    }
}
