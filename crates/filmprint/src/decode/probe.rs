//! Opening a movie: checking the file, choosing the film's video stream (never cover art), and
//! gathering what the fingerprint records about it. Its time axis is measured in `timing.rs`.

use std::path::Path;

use ffmpeg_next as ffmpeg;
use ffmpeg_next::format::context::Input;
use ffmpeg_next::media::Type;

use super::{ffi, timing};
use crate::error::{Error, Result};
use crate::sample::{TimeBase, Timeline};
use crate::source::VideoInfo;

/// Where to seek for each keyframe: how the demuxer finds what the sampler plans, which the rest
/// of filmprint never needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct SeekTable {
    /// For each of the timeline's keyframes (same length, same order), the timestamp to seek
    /// to for it: demuxers search by packet times, which may differ from the display times the
    /// sampler plans with (see `timing.rs`).
    pub points: Vec<i64>,
    /// For each keyframe, the byte position to seek to, when timestamps cannot be sought (the
    /// file's timestamps jump); empty otherwise.
    pub bytes: Vec<i64>,
}

impl SeekTable {
    /// The timestamp to seek to for the keyframe shown at `keyframe` on `timeline` (itself if
    /// unknown).
    pub fn point(&self, timeline: &Timeline, keyframe: i64) -> i64 {
        match timeline.keyframes.binary_search(&keyframe) {
            Ok(i) => self.points.get(i).copied().unwrap_or(keyframe),
            Err(_) => keyframe,
        }
    }

    /// The byte position to seek to for the last keyframe whose seek point is at or before
    /// `ts`, when seeking goes by byte; `None` when it goes by timestamp.
    pub fn byte_for(&self, ts: i64) -> Option<i64> {
        if self.bytes.is_empty() {
            return None;
        }
        let i = self.points.partition_point(|&s| s <= ts);
        Some(i.checked_sub(1).and_then(|i| self.bytes.get(i)).copied().unwrap_or(0))
    }
}

/// Checks the path is a non-empty regular file before FFmpeg sees it, for clearer errors (and
/// because FFmpeg would block on a FIFO or read `/dev/zero` forever).
pub(crate) fn check_input_file(path: &Path) -> Result<()> {
    let meta =
        std::fs::metadata(path).map_err(|source| Error::InputFile { path: path.to_owned(), source })?;
    if !meta.is_file() {
        return Err(Error::NotAFile { path: path.to_owned(), kind: crate::files::kind_of(&meta) });
    }
    if meta.len() == 0 {
        return Err(Error::EmptyFile { path: path.to_owned() });
    }
    Ok(())
}

/// Opens the container with FFmpeg and reads its stream information.
pub(crate) fn open_input(path: &Path) -> Result<Input> {
    ffi::open_input(path)
        .map_err(|source| Error::Open { path: path.to_owned(), source: super::ffmpeg_error(source) })
}

/// Streams shorter than this are stills, whatever their container calls them.
const STILL_SECONDS: f64 = 0.5;
/// A stream at least this fraction of the longest one's length counts as full length.
const FULL_LENGTH: f64 = 0.9;

/// How long a stream is, as far as the container says: its own duration, else Matroska's
/// per-track `DURATION` tag; and how many frames it has, if declared.
fn declared_length(stream: &ffmpeg::format::stream::Stream<'_>) -> (Option<f64>, Option<i64>) {
    let tb = stream.time_base();
    let own = Some(stream.duration())
        .filter(|&d| d > 0 && d != ffmpeg::ffi::AV_NOPTS_VALUE && tb.denominator() > 0)
        .map(|d| d as f64 * f64::from(tb.numerator()) / f64::from(tb.denominator()));
    let tagged = || {
        let metadata = stream.metadata();
        let text = metadata.get("DURATION").or_else(|| metadata.get("duration"))?;
        parse_tag_duration(text)
    };
    let frames = Some(stream.frames()).filter(|&f| f > 0);
    (own.or_else(tagged), frames)
}

/// `HH:MM:SS.fraction`, as Matroska muxers write a track's `DURATION` tag.
fn parse_tag_duration(text: &str) -> Option<f64> {
    crate::sample::parse_seconds(text.trim())
}

/// Chooses the film's video stream among those that are not cover art: not a still (a one-frame
/// picture stream, flagged or not), of full length (within 90 % of the longest), then the one
/// marked default, then the largest picture, then the first.
pub(crate) fn choose_stream(input: &Input, path: &Path) -> Result<usize> {
    let mut cover_art = false;
    let mut candidates = Vec::new();
    for stream in input.streams() {
        let params = stream.parameters();
        if params.medium() != Type::Video {
            continue;
        }
        let disposition = stream.disposition();
        if disposition.contains(ffmpeg::format::stream::Disposition::ATTACHED_PIC) {
            cover_art = true;
            continue;
        }
        let (w, h) = ffi::coded_size(&params);
        let (length, frames) = declared_length(&stream);
        let still = frames == Some(1) || length.is_some_and(|l| l < STILL_SECONDS);
        let default = disposition.contains(ffmpeg::format::stream::Disposition::DEFAULT);
        candidates.push((stream.index(), still, length, default, u64::from(w) * u64::from(h)));
    }
    let longest = candidates.iter().filter_map(|c| c.2).fold(0.0, f64::max);
    let best = candidates.iter().max_by_key(|&&(index, still, length, default, area)| {
        let full = length.is_none_or(|l| l >= longest * FULL_LENGTH);
        (!still, full, default, area, usize::MAX - index)
    });
    best.map(|c| c.0).ok_or_else(|| Error::NoVideoStream {
        path: path.to_owned(),
        detail: if cover_art { " (only cover art)".into() } else { String::new() },
    })
}

/// Checks that stream `index` (asked for with `--stream`) is a video that is not cover art.
fn check_stream(input: &Input, path: &Path, index: usize) -> Result<usize> {
    let videos: Vec<String> = input
        .streams()
        .filter(|s| {
            s.parameters().medium() == Type::Video
                && !s.disposition().contains(ffmpeg::format::stream::Disposition::ATTACHED_PIC)
        })
        .map(|s| s.index().to_string())
        .collect();
    if videos.contains(&index.to_string()) {
        return Ok(index);
    }
    let what = match input.stream(index) {
        None => "there is no such stream".to_string(),
        Some(s) if s.disposition().contains(ffmpeg::format::stream::Disposition::ATTACHED_PIC) => {
            "it is cover art".to_string()
        }
        Some(s) => format!("it is {:?}, not video", s.parameters().medium()).to_lowercase(),
    };
    Err(Error::NoVideoStream {
        path: path.to_owned(),
        detail: format!(
            " at stream {index}: {what} (its video streams: {})",
            if videos.is_empty() { "none".to_string() } else { videos.join(", ") }
        ),
    })
}

/// Probes the file: stream choice, codec, size, time span and keyframes.
pub(crate) fn probe(path: &Path, stream: Option<usize>) -> Result<(VideoInfo, SeekTable)> {
    check_input_file(path)?;
    let mut input = open_input(path)?;
    let stream_index = match stream {
        Some(index) => check_stream(&input, path, index)?,
        None => choose_stream(&input, path)?,
    };
    let stream = input
        .stream(stream_index)
        .ok_or_else(|| Error::NoVideoStream { path: path.to_owned(), detail: String::new() })?;
    let params = stream.parameters();
    let codec_id = params.id();
    let codec = codec_id.name().to_string();
    if ffmpeg::decoder::find(codec_id).is_none() {
        return Err(Error::UnsupportedCodec { path: path.to_owned(), codec });
    }
    let decoder = ffmpeg::codec::Context::from_parameters(params)
        .and_then(|c| c.decoder().video())
        .map_err(super::decode_error(path, "reading the video stream's parameters"))?;
    let (width, height) = (decoder.width(), decoder.height());
    let rotation = ffi::display_rotation(&stream);
    let (transfer, primaries) =
        super::scale::stream_color(decoder.color_transfer_characteristic(), decoder.color_primaries());
    let color_conversion = (transfer != super::hdr::Transfer::Sdr
        || primaries != super::hdr::Primaries::Bt709)
        .then(|| super::hdr::description(transfer, primaries));
    let sar = decoder.aspect_ratio();
    let tb = stream.time_base();
    let time_base = TimeBase { num: tb.numerator(), den: tb.denominator() };
    if time_base.num <= 0 || time_base.den <= 0 {
        return Err(Error::NoDuration { path: path.to_owned(), why: "the stream has no time base".into() });
    }
    let rate = [stream.avg_frame_rate(), stream.rate()]
        .into_iter()
        .find(|r| r.numerator() > 0 && r.denominator() > 0);
    let frame_rate = rate.map(f64::from);
    // ticks per frame = (1 / fps) / (num / den)
    let frame_duration = rate.map(|r| {
        let ticks = i64::from(r.denominator()) * i64::from(time_base.den)
            / (i64::from(r.numerator()) * i64::from(time_base.num)).max(1);
        ticks.max(1)
    });
    let start = Some(stream.start_time()).filter(|&t| t != ffmpeg::ffi::AV_NOPTS_VALUE);
    let duration = Some(stream.duration()).filter(|&d| d > 0 && d != ffmpeg::ffi::AV_NOPTS_VALUE);
    let container = input.format().name().to_string();
    let declared = timing::Declared { start, duration, time_base, indexed: has_complete_index(&container) };
    let timing = timing::measure(&mut input, stream_index, path, declared)?;
    let info = VideoInfo {
        path: path.to_owned(),
        container,
        stream_index,
        codec,
        width,
        height,
        sample_aspect: (sar.numerator(), sar.denominator()),
        rotation,
        color_conversion,
        frame_rate,
        timeline: Timeline {
            time_base,
            start: timing.start,
            // A one-frame video still spans one tick, so every target lands on it.
            end: timing.end.max(timing.start.saturating_add(1)),
            keyframes: timing.keyframes,
            frame_duration,
        },
        keyframe_source: timing.keyframe_source,
        truncated_from: timing.truncated_from,
        timestamp_jumps: timing.jumps,
    };
    Ok((info, SeekTable { points: timing.seek_points, bytes: timing.seek_bytes }))
}

/// Whether the container's seek index lists every keyframe once the file is open. Other
/// demuxers (MPEG-TS, MPEG-PS, Ogg, raw streams) index only what they happen to have read, or
/// even record arbitrary packets found while seeking, so their lists cannot be trusted.
fn has_complete_index(container: &str) -> bool {
    const INDEXED: [&str; 7] = ["mov", "matroska", "avi", "flv", "mxf", "nut", "asf"];
    container.split(',').any(|name| INDEXED.contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matroska_duration_tags_parse() {
        assert_eq!(parse_tag_duration("00:00:00.040000000"), Some(0.04));
        assert_eq!(parse_tag_duration("01:02:03.5"), Some(3723.5));
        for bad in ["", "1:2", "a:b:c", "1:2:3:4", "00:00:-1"] {
            assert_eq!(parse_tag_duration(bad), None, "{bad}");
        }
    }
}
