//! Turning a decoded frame into the small sRGB picture the analysis works on.
//!
//! SDR frames are shrunk with an area filter in linear light (`frame::LinearShrinker`): every
//! source pixel counts, in proportion to its light, which is what a color census wants (no
//! aliasing of thin details, and no grey made up from a fine black and white pattern).
//! Planar YUV frames (nearly every film) are read directly, each pixel converted exactly
//! (`frame::YuvToLinear`); other formats are converted to RGB at their own size by swscale
//! first. HDR and wide-gamut frames are scaled by swscale (area filter) in their encoded
//! signal and tone-mapped once small. The matrix and range come from the frame itself,
//! because a BT.709 film read as BT.601 shifts every hue; RGB frames have none.

use ffmpeg_next as ffmpeg;
use ffmpeg_next::format::Pixel;
use ffmpeg_next::software::scaling;
use ffmpeg_next::util::color;
use ffmpeg_next::util::frame::Video as Frame;

use super::ffi;
use super::hdr::{HdrConverter, Primaries, Transfer};
use crate::frame::{CropRect, LinearShrinker, Picture, YuvMatrix, YuvToLinear, cell_means, srgb_light};
use crate::settings::MAX_ANALYSIS_ROWS;
use crate::shots::{FINE_GRID, FrameSignature};

/// The YUV conversion kept in `slot` if it is for `matrix`, else a new one put there.
fn converter(slot: &mut Option<YuvToLinear>, matrix: YuvMatrix) -> &mut YuvToLinear {
    if slot.as_ref().is_none_or(|convert| convert.matrix() != matrix) {
        *slot = Some(YuvToLinear::new(matrix));
    }
    slot.get_or_insert_with(|| YuvToLinear::new(matrix))
}

/// Size, format and color description that a scaling context was built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    format: Pixel,
    width: u32,
    height: u32,
    out_width: u32,
    out_height: u32,
    matrix: Matrix,
    full_range: bool,
    /// Scaled to 16 bits per channel for the HDR / wide-gamut path, else converted to 8 at
    /// the frame's own size.
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
    /// The YUV conversion tables for the frames' matrix, range and depth, built once.
    yuv: Option<YuvToLinear>,
    cached: Option<(Key, scaling::Context)>,
    /// The converted frame, kept: a full-size RGB frame is megabytes, allocated once.
    out: Option<Frame>,
    shrinker: LinearShrinker,
    /// The YUV matrix of the frame being converted, decided on the whole frame (a stream that
    /// declares none gets one by its size, which a crop must not change).
    matrix: Matrix,
}

impl Scaler {
    /// A scaler whose pictures are at most `max_width` pixels wide (never upscaled), of the
    /// `crop` part of each frame when given.
    pub(crate) fn new(max_width: u32, crop: Option<CropRect>, rotation: u16) -> Self {
        Scaler {
            max_width: max_width.max(1),
            crop,
            rotation,
            converter: None,
            yuv: None,
            cached: None,
            out: None,
            shrinker: LinearShrinker::default(),
            matrix: Matrix::Bt709,
        }
    }

    /// Scales `frame` (its crop, if any) to the analysis size, keeping its display aspect (pixel
    /// aspect ratio `sar` applied), converts it to 8-bit full-range sRGB and turns it the
    /// right way up.
    pub(crate) fn picture(&mut self, frame: &Frame, sar: (i32, i32)) -> Result<Picture, ffmpeg::Error> {
        self.matrix = Matrix::of(frame);
        // A frame of another size than the crop was made for (a resolution change) is taken
        // whole rather than cut wrongly.
        let grid = ffi::chroma_grid(frame.format());
        let cropped = match self.crop.map(|rect| rect.aligned_to(grid)) {
            Some(rect) if rect.fits(frame.width(), frame.height()) => Some(ffi::cropped(frame, rect)?),
            _ => None,
        };
        let frame = cropped.as_ref().unwrap_or(frame);
        let (width, height) = (frame.width(), frame.height());
        if width == 0 || height == 0 {
            return Err(ffmpeg::Error::InvalidData);
        }
        let out_size = analysis_size(width, height, sar, self.max_width);
        let (transfer, primaries) = color_of(frame);
        let deep = transfer != Transfer::Sdr || primaries != Primaries::Bt709;
        let picture = match (deep, ffi::planar_yuv(frame.format())) {
            (false, Some(layout)) => match self.shrink_yuv(frame, layout, out_size) {
                Some(picture) => picture,
                None => self.shrink_converted(frame, out_size)?,
            },
            (false, None) => self.shrink_converted(frame, out_size)?,
            (true, _) => self.tone_mapped(frame, out_size, transfer, primaries)?,
        };
        // Turned after scaling: a quarter of a millisecond on the small picture.
        Ok(if self.rotation == 0 { picture } else { picture.rotated(self.rotation) })
    }

    /// The shot signature of `frame` (its crop): for an SDR planar YUV frame, from the mean
    /// samples of each cell read straight from its planes and converted by its matrix (means of
    /// encoded values: all a shot detector needs, at a small part of the cost of a picture);
    /// for any other frame, of its analysis picture.
    pub(crate) fn signature(
        &mut self,
        frame: &Frame,
        sar: (i32, i32),
    ) -> Result<FrameSignature, ffmpeg::Error> {
        let grid = ffi::chroma_grid(frame.format());
        let cropped = match self.crop.map(|rect| rect.aligned_to(grid)) {
            Some(rect) if rect.fits(frame.width(), frame.height()) => Some(ffi::cropped(frame, rect)?),
            _ => None,
        };
        let part = cropped.as_ref().unwrap_or(frame);
        let (transfer, primaries) = color_of(part);
        if transfer == Transfer::Sdr
            && primaries == Primaries::Bt709
            && let Some(layout) = ffi::planar_yuv(part.format())
            && let Some(planes) = ffi::yuv_planes(part, layout)
            && planes_cover_the_grid(&planes)
        {
            let (kr, kb) = Matrix::of(frame).weights();
            let matrix = YuvMatrix { kr, kb, full_range: is_full_range(part), bits: layout.bits };
            let convert = converter(&mut self.yuv, matrix);
            let linear: Vec<[f32; 3]> = cell_means(&planes, layout.bits, FINE_GRID)
                .iter()
                .map(|&[y, u, v]| convert.encoded_f32(y, u, v).map(srgb_light))
                .collect();
            return Ok(FrameSignature::from_fine_linear(&linear));
        }
        Ok(FrameSignature::of(&self.picture(frame, sar)?))
    }

    /// A planar YUV frame shrunk in linear light straight from its planes, or `None` when its
    /// planes are not laid out as its format says (then swscale reads it).
    fn shrink_yuv(&mut self, frame: &Frame, layout: ffi::PlanarYuv, out_size: (u32, u32)) -> Option<Picture> {
        let planes = ffi::yuv_planes(frame, layout).filter(|planes| planes.holds_its_rows(layout.bits))?;
        let (kr, kb) = self.matrix.weights();
        let matrix = YuvMatrix { kr, kb, full_range: is_full_range(frame), bits: layout.bits };
        let convert = converter(&mut self.yuv, matrix);
        Some(self.shrinker.shrink_yuv(&planes, convert, out_size))
    }

    /// Any other SDR frame: converted to 8-bit RGB at its own size by swscale, then shrunk in
    /// linear light.
    fn shrink_converted(&mut self, frame: &Frame, out_size: (u32, u32)) -> Result<Picture, ffmpeg::Error> {
        let (width, height) = (frame.width(), frame.height());
        self.run_swscale(frame, (width, height), false)?;
        let out = self.out.as_ref().ok_or(ffmpeg::Error::Bug)?;
        Ok(self.shrinker.shrink(out.data(0), out.stride(0), (width, height), out_size))
    }

    /// An HDR or wide-gamut frame: scaled by swscale to the analysis size at 16 bits, then
    /// tone-mapped and converted to sRGB.
    fn tone_mapped(
        &mut self,
        frame: &Frame,
        (out_width, out_height): (u32, u32),
        transfer: Transfer,
        primaries: Primaries,
    ) -> Result<Picture, ffmpeg::Error> {
        if self.converter.as_ref().is_none_or(|c| !c.converts(transfer, primaries)) {
            self.converter = Some(HdrConverter::new(transfer, primaries));
        }
        self.run_swscale(frame, (out_width, out_height), true)?;
        let (Some(out), Some(converter)) = (self.out.as_ref(), self.converter.as_ref()) else {
            return Err(ffmpeg::Error::Bug);
        };
        let (stride, data) = (out.stride(0), out.data(0));
        let row = out_width as usize * 6;
        let mut rgb = Vec::with_capacity(out_width as usize * out_height as usize * 3);
        let mut values = Vec::with_capacity(out_width as usize * 3);
        for y in 0..out_height as usize {
            values.clear();
            let bytes = &data[y * stride..y * stride + row];
            values.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
            converter.convert(&values, &mut rgb);
        }
        Ok(Picture { width: out_width, height: out_height, rgb })
    }

    /// Runs swscale on `frame` to `size`, into `self.out`: 8-bit RGB, or (`deep`) 16-bit RGB
    /// with the area filter; the context is kept for the next frame like it.
    fn run_swscale(
        &mut self,
        frame: &Frame,
        (out_width, out_height): (u32, u32),
        deep: bool,
    ) -> Result<(), ffmpeg::Error> {
        let key = Key {
            format: frame.format(),
            width: frame.width(),
            height: frame.height(),
            out_width,
            out_height,
            matrix: self.matrix,
            full_range: is_full_range(frame),
            deep,
        };
        let ctx = match &mut self.cached {
            Some((cached_key, ctx)) if *cached_key == key => ctx,
            slot => {
                let rgb = ffi::is_rgb(key.format);
                // RGB to RGB at the same size takes swscale's unscaled converters (exact:
                // bytes moved, not computed); YUV needs ACCURATE_RND (swscale's fast YUV
                // converters are off by up to 3 codes) and the full chroma interpolation.
                let flags = if rgb && !deep {
                    scaling::Flags::POINT
                } else {
                    scaling::Flags::AREA | scaling::Flags::ACCURATE_RND | scaling::Flags::FULL_CHR_H_INT
                };
                let output = if deep { Pixel::RGB48LE } else { Pixel::RGB24 };
                let mut ctx = scaling::Context::get(
                    key.format, key.width, key.height, output, out_width, out_height, flags,
                )?;
                // A YUV frame's matrix and range; an RGB frame has none. (Given one, swscale
                // converts RGB to YUV with its default matrix and back with the given one: a
                // 720p RGB frame, whose default guess is BT.709, came out shifted.)
                if !rgb {
                    ffi::set_colorspace(&mut ctx, key.matrix.sws(), key.full_range)?;
                }
                &mut slot.insert((key, ctx)).1
            }
        };
        let out = self.out.get_or_insert_with(Frame::empty);
        // Kept from frame to frame, but swscale wants it empty or of its own size and format.
        let output = if deep { Pixel::RGB48LE } else { Pixel::RGB24 };
        if out.format() != output || out.width() != out_width || out.height() != out_height {
            *out = Frame::empty();
        }
        ctx.run(frame, out)
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

/// The YUV matrix a frame's color space names; unspecified streams get what players assume:
/// BT.709 for HD, BT.601 below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matrix {
    Bt709,
    Fcc,
    Bt601,
    Smpte240m,
    Bt2020,
}

impl Matrix {
    fn of(frame: &Frame) -> Matrix {
        use color::Space;
        match frame.color_space() {
            Space::BT709 => Matrix::Bt709,
            Space::FCC => Matrix::Fcc,
            Space::BT470BG | Space::SMPTE170M => Matrix::Bt601,
            Space::SMPTE240M => Matrix::Smpte240m,
            Space::BT2020NCL | Space::BT2020CL => Matrix::Bt2020,
            _ if frame.height() >= 720 || frame.width() >= 1280 => Matrix::Bt709,
            _ => Matrix::Bt601,
        }
    }

    /// The red and blue weights (Kr, Kb) of the standard (ITU-R BT.709, BT.601, BT.2020,
    /// SMPTE 240M, FCC 73.682), the same swscale's tables are built from.
    fn weights(self) -> (f64, f64) {
        match self {
            Matrix::Bt709 => (0.2126, 0.0722),
            Matrix::Fcc => (0.30, 0.11),
            Matrix::Bt601 => (0.299, 0.114),
            Matrix::Smpte240m => (0.212, 0.087),
            Matrix::Bt2020 => (0.2627, 0.0593),
        }
    }

    /// swscale's name for it.
    fn sws(self) -> i32 {
        match self {
            Matrix::Bt709 => ffmpeg::ffi::SWS_CS_ITU709,
            Matrix::Fcc => ffmpeg::ffi::SWS_CS_FCC,
            Matrix::Bt601 => ffmpeg::ffi::SWS_CS_ITU601,
            Matrix::Smpte240m => ffmpeg::ffi::SWS_CS_SMPTE240M,
            Matrix::Bt2020 => ffmpeg::ffi::SWS_CS_BT2020,
        }
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

/// Whether every plane of the frame has a sample in each cell of the fine grid (a frame
/// smaller than 128×72 in 4:2:0 has not: its signature is then taken from its picture, which
/// repeats pixels).
fn planes_cover_the_grid(planes: &crate::frame::YuvPlanes<'_>) -> bool {
    let (across, down) = FINE_GRID;
    let chroma = |size: u32, shift: u8| (size as usize) >> shift;
    chroma(planes.width, planes.chroma_shift.0) >= across
        && chroma(planes.height, planes.chroma_shift.1) >= down
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
