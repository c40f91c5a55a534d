//! Decode stage: the only part of filmprint that touches codecs and containers, built with
//! the `ffmpeg` feature (on by default).
//!
//! It produces what the rest of filmprint reads through [`crate::source`]: [`FfmpegSource`]
//! describes a movie's video stream ([`VideoInfo`]) and hands out readers that turn planned
//! samples into small sRGB [`Picture`](crate::frame::Picture)s. Nothing depends on this module
//! but the pipeline (which opens movies) and batch discovery (which probes files for films).

pub(crate) mod audio;
mod every;
mod ffi;
mod hdr;
mod jumps;
mod probe;
mod reader;
mod run;
mod scale;
mod timing;

use std::path::Path;
use std::sync::Once;

use crate::error::Result;
use crate::frame::CropRect;
use crate::shots::FrameSignature;
use crate::source::{FrameReader, FrameSource, PictureOnDemand, VideoInfo};

/// FFmpeg's error, as filmprint's API carries it.
pub(crate) fn ffmpeg_error(error: ffmpeg_next::Error) -> crate::error::FfmpegError {
    crate::error::FfmpegError { code: i32::from(error), message: error.to_string() }
}

/// What a failed FFmpeg call on `path` while `action` ("reading packets") becomes.
pub(crate) fn decode_error(
    path: &Path,
    action: impl Into<String>,
) -> impl FnOnce(ffmpeg_next::Error) -> crate::error::Error {
    let (path, action) = (path.to_owned(), action.into());
    move |source| crate::error::Error::Decode { path, action, source: ffmpeg_error(source) }
}

/// A movie file read through FFmpeg's libraries.
#[derive(Debug, Clone)]
pub struct FfmpegSource {
    info: VideoInfo,
    seeks: probe::SeekTable,
    analysis_width: u32,
}

impl FfmpegSource {
    /// Opens and probes `path`, reading video stream `stream` (a container stream index) or,
    /// when `None`, the film's own (see `probe.rs`). Frames are scaled to at most
    /// `analysis_width` pixels wide.
    pub fn open(path: &Path, stream: Option<usize>, analysis_width: u32) -> Result<Self> {
        init();
        let (info, seeks) = probe::probe(path, stream)?;
        Ok(FfmpegSource { info, seeks, analysis_width })
    }
}

impl FrameSource for FfmpegSource {
    fn info(&self) -> &VideoInfo {
        &self.info
    }

    fn reader(&self, decoder_threads: usize, crop: Option<CropRect>) -> Result<Box<dyn FrameReader + '_>> {
        Ok(Box::new(reader::FfmpegReader::open(
            &self.info,
            &self.seeks,
            self.analysis_width,
            decoder_threads,
            crop,
        )?))
    }

    fn each_signature(
        &self,
        decoder_threads: usize,
        crop: Option<CropRect>,
        visit: &mut dyn FnMut(i64, FrameSignature, PictureOnDemand<'_>) -> Result<()>,
    ) -> Result<()> {
        every::each_signature(&self.info, &self.seeks, self.analysis_width, decoder_threads, crop, visit)
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

/// Initialises FFmpeg once per process (it registers devices and can only fail on very old
/// FFmpeg builds).
fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = ffmpeg_next::init();
    });
}

/// The process-wide settings a program that fingerprints films should make once, before the
/// first film is opened; they are the program's choice, so the library never makes them
/// itself (the `filmprint` command does, first thing):
/// - FFmpeg's own logging is silenced. Its messages go straight to stderr, between and inside
///   a tool's own lines (a corrupt packet prints dozens); filmprint reports what matters as
///   errors and warnings instead.
/// - glibc's allocator is made to hand freed memory back. By default it raises its mmap
///   threshold each time a large block is freed, so the decoders' frame and packet buffers end
///   up on a heap that fragments and never shrinks: peak resident memory of `auto` sampling at
///   N = 1000 on the 2-hour benchmark film was 235 MB, against 72 MB with this, at the same
///   speed (docs/BENCHMARKS.md, "Memory: glibc keeping freed buffers"). Elsewhere than glibc
///   this part does nothing.
pub fn init_process() {
    init();
    ffi::quiet_logging();
    ffi::return_freed_memory();
}
