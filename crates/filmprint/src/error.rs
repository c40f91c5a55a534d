//! One error type for the whole library, so a caller can match on what went wrong and every
//! message names the file, the time or the setting it is about.

use std::path::PathBuf;

/// Everything that can go wrong while fingerprinting a film.
///
/// Messages are single sentences without a trailing period, meant to be shown after the
/// program name (`filmprint: cannot open 'x.mp4': …`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input path does not name a readable regular file.
    #[error("cannot read '{path}': {source}")]
    InputFile {
        /// The path the user gave.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The input path is not a regular file: a folder, a FIFO, a device. (A movie is read
    /// several times, by several readers at once, which a pipe or a device cannot give.)
    #[error("'{path}' is {kind}, not a movie file")]
    NotAFile {
        /// The path the user gave.
        path: PathBuf,
        /// What it is instead: "a folder", "a FIFO (named pipe)", "a character device", …
        kind: &'static str,
    },
    /// The input file has no bytes at all.
    #[error("'{path}' is empty (0 bytes)")]
    EmptyFile {
        /// The path the user gave.
        path: PathBuf,
    },
    /// FFmpeg could not open or probe the file as a media container.
    #[error("cannot open '{path}' as a movie: {source}")]
    Open {
        /// The path the user gave.
        path: PathBuf,
        /// FFmpeg's own message.
        source: FfmpegError,
    },
    /// The container holds no video stream (audio-only, or only cover art).
    #[error("'{path}' has no video stream{detail}")]
    NoVideoStream {
        /// The path the user gave.
        path: PathBuf,
        /// Extra detail such as " (only cover art)".
        detail: String,
    },
    /// The wave styles need the film's sound, and the file has none.
    #[error("'{path}' has no audio stream: the wave styles draw the film's loudness")]
    NoAudioStream {
        /// The path the user gave.
        path: PathBuf,
    },
    /// There is a video stream, but no decoder for its codec.
    #[error("'{path}': no decoder for the video codec '{codec}' in this FFmpeg build")]
    UnsupportedCodec {
        /// The path the user gave.
        path: PathBuf,
        /// FFmpeg's codec name.
        codec: String,
    },
    /// The video's time span cannot be worked out.
    #[error("'{path}': cannot determine when the video starts and ends ({why})")]
    NoDuration {
        /// The path the user gave.
        path: PathBuf,
        /// What was missing.
        why: String,
    },
    /// The file ends before the duration it declares.
    #[error("'{path}' is truncated: its streams stop at {found} but it declares a length of {declared}")]
    Truncated {
        /// The path the user gave.
        path: PathBuf,
        /// Where the data actually ends (h:mm:ss.sss from the start).
        found: String,
        /// The length the container declares.
        declared: String,
    },
    /// An FFmpeg call failed while decoding.
    #[error("'{path}': {action} failed: {source}")]
    Decode {
        /// The path the user gave.
        path: PathBuf,
        /// What was being done, e.g. "opening the H.264 decoder".
        action: String,
        /// FFmpeg's own message.
        source: FfmpegError,
    },
    /// No frame could be decoded for a sample (the file is truncated or corrupt there).
    #[error(
        "'{path}': no frame could be decoded for sample {index} at {time} (is the file truncated or corrupt?)"
    )]
    NoFrame {
        /// The path the user gave.
        path: PathBuf,
        /// The sample's index.
        index: usize,
        /// The sample's target time, formatted as h:mm:ss.sss.
        time: String,
    },
    /// A batch's inputs name no film.
    #[error("no films among the inputs ({looked_at} other files looked at)")]
    NoFilms {
        /// Files looked at that are not films.
        looked_at: usize,
    },
    /// A setting is out of range, or does not fit the film (zero samples, more colors than
    /// clusters, a crop larger than the picture).
    #[error("invalid {setting}: {why}")]
    Setting {
        /// Which setting.
        setting: Setting,
        /// What is wrong with it, in words that do not depend on how it was given.
        why: String,
    },
    /// The settings cannot make this picture or fingerprint (a style needing data an older
    /// fingerprint lacks, a picture too large for memory).
    #[error("{0}")]
    InvalidSettings(String),
    /// Reading or writing a file failed.
    #[error("cannot {action} '{path}': {source}")]
    Io {
        /// "write", "read", "create a temporary file for", …
        action: &'static str,
        /// The file concerned.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A fingerprint JSON file could not be parsed or has the wrong schema.
    #[error("'{path}' is not a usable fingerprint file: {why}")]
    Fingerprint {
        /// The file concerned.
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
    /// The PNG encoder failed.
    #[error("cannot encode the PNG for '{path}': {why}")]
    Png {
        /// The file being written.
        path: PathBuf,
        /// The encoder's message.
        why: String,
    },
    /// A font file could not be used.
    #[error("cannot use the font: {0}")]
    Font(String),
    /// A bug in filmprint (a worker thread panicked, an invariant did not hold).
    #[error("internal error: {0}")]
    Internal(String),
    /// The caller asked the work to stop (e.g. Ctrl-C).
    #[error("cancelled")]
    Cancelled,
}

/// The settings the library checks, for [`Error::Setting`]: a program maps them to its own
/// words (the command line to its flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Setting {
    /// `AnalysisSettings::samples`.
    Samples,
    /// `AnalysisSettings::clusters`.
    Clusters,
    /// `AnalysisSettings::colors`, or the colors per bar a saved fingerprint is drawn with.
    Colors,
    /// `AnalysisSettings::analysis_width`.
    AnalysisWidth,
    /// `AnalysisSettings::restarts`.
    Restarts,
    /// `AnalysisSettings::bin_bits`.
    BinBits,
    /// `AnalysisSettings::ignore_black`.
    IgnoreBlack,
    /// `AnalysisSettings::ignore_white`.
    IgnoreWhite,
    /// `AnalysisSettings::min_chroma`.
    MinChroma,
    /// `AnalysisSettings::start` and `end` together.
    Span,
    /// `AnalysisSettings::crop`.
    Crop,
    /// The colors of a palette.
    PaletteColors,
    /// The parts of the film a palette is also computed for.
    Segments,
    /// `RenderSettings::size`.
    Size,
    /// `TitleStyle::size`.
    TitleSize,
    /// `TitleStyle::line_spacing`.
    LineSpacing,
    /// `TitleStyle::alpha`.
    TitleAlpha,
    /// `RenderSettings::time_axis`.
    TimeAxis,
}

impl std::fmt::Display for Setting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Setting::Samples => "number of samples",
            Setting::Clusters => "number of clusters",
            Setting::Colors => "number of colors per bar",
            Setting::AnalysisWidth => "analysis width",
            Setting::Restarts => "number of k-means restarts",
            Setting::BinBits => "census precision",
            Setting::IgnoreBlack => "black limit",
            Setting::IgnoreWhite => "white limit",
            Setting::MinChroma => "chroma of a colorful cluster",
            Setting::Span => "part of the film sampled",
            Setting::Crop => "crop",
            Setting::PaletteColors => "number of palette colors",
            Setting::Segments => "number of palette segments",
            Setting::Size => "picture size",
            Setting::TitleSize => "title size",
            Setting::LineSpacing => "line spacing",
            Setting::TitleAlpha => "title opacity",
            Setting::TimeAxis => "time axis step",
        })
    }
}

impl Error {
    /// An [`Error::Setting`].
    pub fn setting(setting: Setting, why: impl Into<String>) -> Error {
        Error::Setting { setting, why: why.into() }
    }

    /// The [`Error::Internal`] for a worker thread's panic (a bug of filmprint's or of a
    /// library it calls): a one-line error the caller can report, instead of a second panic.
    pub(crate) fn from_panic(panic: &(dyn std::any::Any + Send)) -> Error {
        let text = panic_message(panic);
        Error::Internal(format!("a worker thread failed ({text}); please report this as a bug"))
    }
}

/// What a panic's payload (from `catch_unwind` or a thread's `join`) said, when it said it with
/// text: `panic!` makes a `&str` or a `String`; anything else reads as "no message".
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}

/// An error FFmpeg reported: its message and its code (a negative `AVERROR` value). filmprint's
/// own type rather than the binding's, so that a new version of the binding changes nothing
/// of filmprint's API.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FfmpegError {
    /// FFmpeg's error code.
    pub code: i32,
    /// FFmpeg's message for it.
    pub message: String,
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_payload_reads_as_its_text_whichever_way_it_was_made() {
        let literal: Box<dyn std::any::Any + Send> = Box::new("a literal");
        let formatted: Box<dyn std::any::Any + Send> = Box::new(format!("frame {}", 12));
        let other: Box<dyn std::any::Any + Send> = Box::new(12_u32);
        assert_eq!(panic_message(&*literal), "a literal");
        assert_eq!(panic_message(&*formatted), "frame 12");
        assert_eq!(panic_message(&*other), "no message");
        let thread =
            std::thread::spawn(|| -> () { std::panic::resume_unwind(Box::new(String::from("in a worker"))) });
        let Err(panic) = thread.join() else { panic!("the thread should have failed") };
        assert_eq!(
            Error::from_panic(&*panic).to_string(),
            "internal error: a worker thread failed (in a worker); please report this as a bug"
        );
    }
}
