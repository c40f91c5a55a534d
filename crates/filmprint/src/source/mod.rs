//! What a video source is, to the rest of filmprint: a description of its stream and time
//! axis ([`VideoInfo`]), and readers that turn planned samples into [`Picture`]s. The FFmpeg
//! implementation lives in `decode` (behind the `ffmpeg` feature); [`SyntheticSource`] makes
//! pictures from a function of time, so the pipeline can be tested without any video file.

mod synthetic;

use std::path::PathBuf;

pub use synthetic::SyntheticSource;

use crate::error::Result;
use crate::frame::{CropRect, Picture};
use crate::sample::{SampleRequest, Timeline};
use crate::shots::FrameSignature;

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

    /// Reads every frame of the stream from first to last, in presentation order, and gives
    /// `visit` each one's timestamp (stream ticks), [`FrameSignature`] (of its `crop` part, in
    /// source pixels) and a [`PictureOnDemand`] of it, for finding shots; stops at the first
    /// error `visit` returns.
    fn each_signature(
        &self,
        decoder_threads: usize,
        crop: Option<CropRect>,
        visit: &mut dyn FnMut(i64, FrameSignature, PictureOnDemand<'_>) -> Result<()>,
    ) -> Result<()>;
}

/// The frame being visited at analysis size (cropped), made only when called: scaling every
/// frame of a film would cost a good part of decoding it, and the shots need a few per second.
pub type PictureOnDemand<'a> = &'a mut dyn FnMut() -> Result<Picture>;

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

/// What the fingerprint records about the video stream it was made from.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoInfo {
    /// The file that was opened.
    pub path: PathBuf,
    /// Container format name as FFmpeg calls it (e.g. `mov,mp4,m4a,3gp,3g2,mj2`).
    pub container: String,
    /// Index of the video stream used.
    pub stream_index: usize,
    /// Codec name (e.g. `h264`).
    pub codec: String,
    /// Coded width in pixels.
    pub width: u32,
    /// Coded height in pixels.
    pub height: u32,
    /// Pixel aspect ratio (1:1 for square pixels).
    pub sample_aspect: (i32, i32),
    /// Clockwise quarter turns (in degrees: 0, 90, 180, 270) that show the picture the right
    /// way up, from the stream's display matrix.
    pub rotation: u16,
    /// How HDR or wide-gamut pictures are brought to SDR BT.709 (tone mapping, gamut mapping),
    /// when the stream declares them; `None` for SDR BT.709.
    pub color_conversion: Option<String>,
    /// Frames per second as declared by the stream, if any.
    pub frame_rate: Option<f64>,
    /// Time axis and keyframes.
    pub timeline: Timeline,
    /// Where the keyframe list came from: `"index"` (the demuxer's) or `"scan"` (a packet pass).
    pub keyframe_source: &'static str,
    /// The end the file declares, when it is truncated: its data stops at `timeline.end`.
    pub truncated_from: Option<i64>,
    /// Where the file's timestamps jump (files joined with `cat`): every time above is on a
    /// continuous axis that shifts each part to follow the one before (see `decode/jumps.rs`).
    pub timestamp_jumps: Vec<TimestampJump>,
}

impl VideoInfo {
    /// The display width and height after applying the pixel aspect ratio.
    pub fn display_size(&self) -> (f64, f64) {
        let (num, den) = self.sample_aspect;
        let sar = if num > 0 && den > 0 { f64::from(num) / f64::from(den) } else { 1.0 };
        (f64::from(self.width) * sar, f64::from(self.height))
    }
}

/// Where a file's timestamps stop being continuous: from the video packet at byte `pos` on
/// (until the next jump), `offset` ticks are added to every timestamp so the part follows the
/// one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimestampJump {
    /// Byte position of the first video packet of the part.
    pub pos: i64,
    /// Ticks added to the part's timestamps.
    pub offset: i64,
    /// The last timestamp before the jump and the first after it, as the file has them.
    pub from: i64,
    /// See `from`.
    pub to: i64,
}
