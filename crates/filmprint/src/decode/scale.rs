//! Turning a decoded frame into the small sRGB picture the analysis works on.
//!
//! swscale scales in YUV first and converts only the small result to RGB, so the cost is a
//! fraction of a full-size conversion. The area filter averages every source pixel into the
//! output, which is what a color census wants (no aliasing of thin details). The matrix and
//! range come from the frame itself, because a BT.709 film read as BT.601 shifts every hue.

use ffmpeg_next as ffmpeg;
use ffmpeg_next::format::Pixel;
use ffmpeg_next::software::scaling;
use ffmpeg_next::util::color;
use ffmpeg_next::util::frame::Video as Frame;

use super::ffi;
use super::hdr::{HdrConverter, Primaries, Transfer};
use crate::frame::{CropRect, Picture};
use crate::settings::MAX_ANALYSIS_ROWS;

/// Size, format and color description that a scaling context was built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    format: Pixel,
    width: u32,
    height: u32,
    out_width: u32,
    out_height: u32,
    matrix: i32,
    full_range: bool,
    /// Scaled to 16 bits per channel for the HDR / wide-gamut path, else to 8.
    deep: bool,
}

/// A cached swscale context that converts frames to analysis-size sRGB pictures.
pub(crate) struct Scaler {
    max_width: u32,
    /// Cut out of every frame (that it fits) before scaling, in source pixels.
    crop: Option<CropRect>,
    /// Clockwise degrees the small picture is turned to stand the right way up.
    rotation: u16,
    /// Tone mapping and gamut conversion for the stream's transfer and primaries, built once.
    converter: Option<HdrConverter>,
    cached: Option<(Key, scaling::Context)>,
}

impl Scaler {
    /// A scaler whose pictures are at most `max_width` pixels wide (never upscaled), of the
    /// `crop` part of each frame when given.
    pub(crate) fn new(max_width: u32, crop: Option<CropRect>, rotation: u16) -> Self {
        Scaler { max_width: max_width.max(1), crop, rotation, converter: None, cached: None }
    }

    /// Scales `frame` (its crop, if any) to the analysis size, keeping its display aspect (pixel
    /// aspect ratio `sar` applied), converts it to 8-bit full-range sRGB and turns it the
    /// right way up.
    pub(crate) fn picture(&mut self, frame: &Frame, sar: (i32, i32)) -> Result<Picture, ffmpeg::Error> {
        // A frame of another size than the crop was made for (a resolution change) is taken
        // whole rather than cut wrongly.
        let cropped = match self.crop {
            Some(rect) if rect.fits(frame.width(), frame.height()) => Some(ffi::cropped(frame, rect)?),
            _ => None,
        };
        let frame = cropped.as_ref().unwrap_or(frame);
        let (width, height) = (frame.width(), frame.height());
        if width == 0 || height == 0 {
            return Err(ffmpeg::Error::InvalidData);
        }
        let (out_width, out_height) = analysis_size(width, height, sar, self.max_width);
        let (transfer, primaries) = color_of(frame);
        let deep = transfer != Transfer::Sdr || primaries != Primaries::Bt709;
        if deep && self.converter.as_ref().is_none_or(|c| !c.converts(transfer, primaries)) {
            self.converter = Some(HdrConverter::new(transfer, primaries));
        }
        let key = Key {
            format: frame.format(),
            width,
            height,
            out_width,
            out_height,
            matrix: matrix_of(frame),
            full_range: is_full_range(frame),
            deep,
        };
        let ctx = match &mut self.cached {
            Some((cached_key, ctx)) if *cached_key == key => ctx,
            slot => {
                let flags =
                    scaling::Flags::AREA | scaling::Flags::ACCURATE_RND | scaling::Flags::FULL_CHR_H_INT;
                let output = if key.deep { Pixel::RGB48LE } else { Pixel::RGB24 };
                let mut ctx =
                    scaling::Context::get(key.format, width, height, output, out_width, out_height, flags)?;
                ffi::set_colorspace(&mut ctx, key.matrix, key.full_range)?;
                &mut slot.insert((key, ctx)).1
            }
        };
        let mut out = Frame::empty();
        ctx.run(frame, &mut out)?;
        let stride = out.stride(0);
        let data = out.data(0);
        let mut rgb = Vec::with_capacity(out_width as usize * out_height as usize * 3);
        match self.converter.as_ref().filter(|_| deep) {
            Some(converter) => {
                let row = out_width as usize * 6;
                let mut values = Vec::with_capacity(out_width as usize * 3);
                for y in 0..out_height as usize {
                    values.clear();
                    let bytes = &data[y * stride..y * stride + row];
                    values.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
                    converter.convert(&values, &mut rgb);
                }
            }
            None => {
                let row = out_width as usize * 3;
                for y in 0..out_height as usize {
                    rgb.extend_from_slice(&data[y * stride..y * stride + row]);
                }
            }
        }
        let picture = Picture { width: out_width, height: out_height, rgb };
        // Turned after scaling: a quarter of a millisecond on the small picture.
        Ok(if self.rotation == 0 { picture } else { picture.rotated(self.rotation) })
    }
}

/// Output size: display aspect kept, width at most `max_width`, height at most
/// [`MAX_ANALYSIS_ROWS`], and never larger than the source in either direction.
pub(crate) fn analysis_size(width: u32, height: u32, sar: (i32, i32), max_width: u32) -> (u32, u32) {
    let sar = if sar.0 > 0 && sar.1 > 0 { f64::from(sar.0) / f64::from(sar.1) } else { 1.0 };
    let display_width = f64::from(width) * sar;
    let scale = (f64::from(max_width) / display_width).min(1.0).min(f64::from(width) / display_width);
    let mut out_width = (display_width * scale).round().max(1.0);
    let mut out_height = (f64::from(height) * scale).round().max(1.0);
    if out_height > f64::from(height) {
        // Extreme pixel aspect ratios: keep the height, narrow the width instead.
        out_height = f64::from(height);
        out_width = (out_height * display_width / f64::from(height)).round().max(1.0);
    }
    let rows = f64::from(MAX_ANALYSIS_ROWS);
    if out_height > rows {
        out_width = (out_width * rows / out_height).round().max(1.0);
        out_height = rows;
    }
    (out_width as u32, out_height as u32)
}

/// The swscale matrix for the frame's color space; unspecified streams get what players
/// assume: BT.709 for HD, BT.601 below.
fn matrix_of(frame: &Frame) -> i32 {
    use color::Space;
    match frame.color_space() {
        Space::BT709 => ffmpeg::ffi::SWS_CS_ITU709,
        Space::FCC => ffmpeg::ffi::SWS_CS_FCC,
        Space::BT470BG | Space::SMPTE170M => ffmpeg::ffi::SWS_CS_ITU601,
        Space::SMPTE240M => ffmpeg::ffi::SWS_CS_SMPTE240M,
        Space::BT2020NCL | Space::BT2020CL => ffmpeg::ffi::SWS_CS_BT2020,
        _ if frame.height() >= 720 || frame.width() >= 1280 => ffmpeg::ffi::SWS_CS_ITU709,
        _ => ffmpeg::ffi::SWS_CS_ITU601,
    }
}

/// The transfer and primaries the frame declares, as the tone mapper knows them. Unknown
/// values are taken as SDR BT.709, what players assume.
fn color_of(frame: &Frame) -> (Transfer, Primaries) {
    stream_color(frame.color_transfer_characteristic(), frame.color_primaries())
}

/// The transfer and primaries of FFmpeg's color description.
pub(crate) fn stream_color(
    transfer: color::TransferCharacteristic,
    primaries: color::Primaries,
) -> (Transfer, Primaries) {
    let transfer = match transfer {
        color::TransferCharacteristic::SMPTE2084 => Transfer::Pq,
        color::TransferCharacteristic::ARIB_STD_B67 => Transfer::Hlg,
        _ => Transfer::Sdr,
    };
    let primaries = match primaries {
        color::Primaries::BT2020 => Primaries::Bt2020,
        color::Primaries::SMPTE432 => Primaries::DciP3,
        _ => Primaries::Bt709,
    };
    (transfer, primaries)
}

/// Full ("JPEG") range when the frame says so or its pixel format implies it.
fn is_full_range(frame: &Frame) -> bool {
    match frame.color_range() {
        color::Range::JPEG => true,
        color::Range::MPEG => false,
        _ => matches!(
            frame.format(),
            Pixel::YUVJ420P | Pixel::YUVJ422P | Pixel::YUVJ444P | Pixel::YUVJ440P | Pixel::YUVJ411P
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::analysis_size;

    #[test]
    fn keeps_the_display_aspect_and_never_upscales() {
        assert_eq!(analysis_size(1920, 1080, (1, 1), 256), (256, 144));
        assert_eq!(analysis_size(160, 90, (1, 1), 256), (160, 90));
        // Anamorphic PAL DVD: 720x576 with 64:45 pixels displays as 1024x576.
        assert_eq!(analysis_size(720, 576, (64, 45), 256), (256, 144));
        assert_eq!(analysis_size(1, 1, (0, 1), 256), (1, 1));
        // Absurd pixel aspect ratios never make the picture larger than the source.
        let (w, h) = analysis_size(320, 240, (1, 1000), 256);
        assert!(w <= 320 && h <= 240, "{w}x{h}");
        let (w, h) = analysis_size(320, 240, (1000, 1), 256);
        assert!(w <= 320 && h <= 240, "{w}x{h}");
        // Very tall pictures: at most 4096 rows (what a fingerprint's column holds), aspect kept.
        assert_eq!(analysis_size(160, 16_384, (1, 1), 256), (40, 4096));
        assert_eq!(analysis_size(256, 4096, (1, 1), 256), (256, 4096));
    }
}
