//! Decode stage: the only part of filmprint that touches codecs and containers.
//!
//! Everything downstream sees a [`FrameSource`]: something that describes a video's timeline
//! and hands out [`FrameReader`]s, each of which turns planned samples into small sRGB
//! [`Picture`]s. The FFmpeg implementation ([`FfmpegSource`]) is what the tool uses; the
//! [`SyntheticSource`] produces pictures from a function of time so the rest of the pipeline can
//! be tested without any video file.

mod crop;
mod ffi;
mod hdr;
mod jumps;
mod probe;
mod reader;
mod run;
mod scale;
mod synthetic;
mod timing;

use std::path::Path;
use std::sync::Once;

pub use crop::{
    ContentBox, CropMode, CropRect, MIN_EVIDENCE, content_box, crop_for, crop_picture, is_black, unrotate,
};
pub use jumps::TimestampJump;
pub use probe::VideoInfo;
pub use synthetic::SyntheticSource;

use crate::error::Result;
use crate::sample::SampleRequest;

/// A small 8-bit sRGB picture: rows top to bottom, 3 bytes per pixel, no padding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 3` bytes, R G B.
    pub rgb: Vec<u8>,
}

impl Picture {
    /// A picture whose pixel (x, y) is `color(x, y)`.
    pub fn from_fn(width: u32, height: u32, mut color: impl FnMut(u32, u32) -> [u8; 3]) -> Self {
        let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
        for y in 0..height {
            for x in 0..width {
                rgb.extend_from_slice(&color(x, y));
            }
        }
        Picture { width, height, rgb }
    }

    /// The picture turned clockwise by `degrees` (0, 90, 180 or 270; others leave it as is).
    pub fn rotated(&self, degrees: u16) -> Picture {
        let (w, h) = (self.width, self.height);
        let at = |x: u32, y: u32| {
            let i = ((y * w + x) * 3) as usize;
            [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
        };
        match degrees {
            90 => Picture::from_fn(h, w, |x, y| at(y, h - 1 - x)),
            180 => Picture::from_fn(w, h, |x, y| at(w - 1 - x, h - 1 - y)),
            270 => Picture::from_fn(h, w, |x, y| at(w - 1 - y, x)),
            _ => self.clone(),
        }
    }

    /// The pixels, row by row.
    pub fn pixels(&self) -> impl Iterator<Item = [u8; 3]> + '_ {
        self.rgb.chunks_exact(3).map(|p| [p[0], p[1], p[2]])
    }
}

/// One sample as fetched from the video.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedSample {
    /// Presentation timestamp of the frame used, in stream ticks.
    pub pts: i64,
    /// Whether the frame is the keyframe the plan asked for.
    pub keyframe: bool,
    /// The frame at analysis size.
    pub picture: Picture,
}

/// Counters a reader keeps, for timing reports and benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReaderStats {
    /// Frames the decoder produced (decoded, not skipped).
    pub frames_decoded: u64,
    /// Seeks performed.
    pub seeks: u64,
    /// Nanoseconds spent scaling frames down and converting them to RGB (included in the
    /// fetch time).
    pub scale_ns: u64,
}

/// A video that can be read by several workers at once, each with its own [`FrameReader`].
pub trait FrameSource: Sync {
    /// What the source knows about the video stream.
    fn info(&self) -> &VideoInfo;

    /// A new, independent reader. `decoder_threads` is the number of threads its decoder may
    /// use (1 when several readers run side by side); `crop`, in source pixels, is cut out of
    /// every frame before it is scaled to the analysis size.
    fn reader(&self, decoder_threads: usize, crop: Option<CropRect>) -> Result<Box<dyn FrameReader + '_>>;
}

/// Fetches planned samples one after another, in ascending time order.
pub trait FrameReader {
    /// Fetches `request`. `next` is the request this reader will be asked for afterwards, if
    /// any, so the reader can keep decoding forward instead of seeking when that is cheaper.
    fn fetch(&mut self, request: &SampleRequest, next: Option<&SampleRequest>) -> Result<DecodedSample>;

    /// Decodes every frame timed in `[lo, hi)` and returns the one nearest `target` (ticks,
    /// fraction kept) whose picture `accept` takes, if any; the next [`FrameReader::fetch`]
    /// may be in any order after it. For replacing a sample's frame (a black one) by the
    /// nearest suitable frame of its interval.
    fn nearest_accepted(
        &mut self,
        lo: i64,
        hi: i64,
        target: f64,
        accept: &dyn Fn(&Picture) -> bool,
    ) -> Result<Option<DecodedSample>>;

    /// Work done so far.
    fn stats(&self) -> ReaderStats;
}

/// A movie file read through FFmpeg's libraries.
#[derive(Debug, Clone)]
pub struct FfmpegSource {
    info: VideoInfo,
    analysis_width: u32,
}

impl FfmpegSource {
    /// Opens and probes `path`, reading video stream `stream` (a container stream index) or,
    /// when `None`, the film's own (see `probe.rs`). Frames are scaled to at most
    /// `analysis_width` pixels wide.
    pub fn open(path: &Path, stream: Option<usize>, analysis_width: u32) -> Result<Self> {
        init();
        let info = probe::probe(path, stream)?;
        Ok(FfmpegSource { info, analysis_width })
    }
}

impl FrameSource for FfmpegSource {
    fn info(&self) -> &VideoInfo {
        &self.info
    }

    fn reader(&self, decoder_threads: usize, crop: Option<CropRect>) -> Result<Box<dyn FrameReader + '_>> {
        Ok(Box::new(reader::FfmpegReader::open(&self.info, self.analysis_width, decoder_threads, crop)?))
    }
}

/// What probing a file for a film finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilmProbe {
    /// A video stream that is not cover art, in a container that is not a still-image reader.
    Film,
    /// FFmpeg reads the file, and it holds no film: a picture, a sound file, subtitles.
    NotAFilm,
    /// FFmpeg cannot read the file (or it is empty, or not a regular file).
    Unreadable,
}

/// Whether FFmpeg finds a film in the file (posters and stills open as one-frame videos, and
/// are not films). For telling films from other files in a folder.
pub fn probe_film(path: &Path) -> FilmProbe {
    init();
    if probe::check_input_file(path).is_err() {
        return FilmProbe::Unreadable;
    }
    let Ok(input) = probe::open_input(path) else { return FilmProbe::Unreadable };
    let format = input.format().name().to_string();
    let still = format == "image2" || format.ends_with("_pipe") || format == "tty";
    if !still && probe::choose_stream(&input, path).is_ok() { FilmProbe::Film } else { FilmProbe::NotAFilm }
}

/// Initialises FFmpeg once per process, silences its logging, and keeps freed decoder buffers
/// from inflating the process's memory (see `ffi::return_freed_memory`).
fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // ffmpeg::init only registers devices and can only fail on very old FFmpeg builds.
        let _ = ffmpeg_next::init();
        ffi::quiet_logging();
        ffi::return_freed_memory();
    });
}
