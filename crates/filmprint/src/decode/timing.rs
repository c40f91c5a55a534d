//! Where the video stream starts and ends, and where its keyframes are.
//!
//! Containers disagree about all of it: MP4 declares the stream's duration and indexes every
//! frame (by decode time); Matroska declares only the file's duration (audio may run longer)
//! and indexes keyframes in its cues; piped Matroska and MPEG-TS declare nothing reliable. So
//! each fact has a trusted source and a fallback:
//! - keyframes: the demuxer's index when it is complete, else one demux-only pass over the
//!   packets (reads the file, decodes nothing);
//! - end: the stream's declared duration, else the last video packet, found by reading from a
//!   few seconds before the declared end (or by the full pass).
//!
//! The same reads tell a truncated file: no stream reaches the end the file declares.

use std::path::Path;

use ffmpeg_next as ffmpeg;
use ffmpeg_next::Rescale;
use ffmpeg_next::format::context::Input;

use super::ffi;
use crate::error::{Error, Result};
use crate::sample::{TimeBase, Timeline, format_time};

/// How far before the declared end the search for the last video packet starts.
const TAIL_SECONDS: f64 = 10.0;

/// What the container says about the stream.
pub(crate) struct Declared {
    /// The stream's first presentation time.
    pub start: Option<i64>,
    /// The stream's own duration (MP4, AVI), if declared.
    pub duration: Option<i64>,
    pub time_base: TimeBase,
    /// Whether the demuxer's index lists every keyframe (see `has_complete_index`).
    pub indexed: bool,
}

/// The measured time axis of the stream.
pub(crate) struct Timing {
    pub start: i64,
    pub end: i64,
    pub keyframes: Vec<i64>,
    pub seek_points: Vec<i64>,
    pub keyframe_source: &'static str,
}

/// Measures start, end and keyframes of `stream_index`.
pub(crate) fn measure(
    input: &mut Input,
    stream_index: usize,
    path: &Path,
    declared: Declared,
) -> Result<Timing> {
    let tb = declared.time_base;
    let container_end = container_end(input, tb);
    let mut keyframes = Vec::new();
    if declared.indexed {
        // Matroska parses its cues lazily, on the first seek: seek once so the index is complete.
        let _ = ffi::seek_stream(input, stream_index, declared.start.unwrap_or(0));
        keyframes = ffi::index_keyframes(input, stream_index);
    }
    if let Some(&first) = keyframes.first() {
        // MP4 indexes decode times, which run a few frames ahead of presentation times. Shift
        // the list by the difference seen on the first keyframe; FFmpeg's MP4 seek applies the
        // same shift the other way, so seeking to a listed time still lands on its keyframe.
        if let Some(pts) = first_key_pts(input, stream_index, first) {
            keyframes.iter_mut().for_each(|k| *k += pts - first);
        }
    }
    let indexed = !keyframes.is_empty();

    // The cheap paths: a declared stream duration, or the last packets before the declared end.
    let mut start_end = match (declared.start, declared.duration) {
        (Some(start), Some(duration)) => Some((start, start + duration)),
        _ => None,
    };
    if let (None, true, Some(start), Some(end)) = (start_end, indexed, declared.start, container_end) {
        let tail = scan_packets(input, stream_index, path, Some(end - tb.ticks(TAIL_SECONDS)))?;
        check_truncation(path, tb, start, end, tail.any_end)?;
        start_end = tail.end.map(|video_end| (start, video_end));
    }
    if let Some((start, end)) = start_end
        && index_reaches(&keyframes, end, tb)
    {
        let seek_points = keyframes.clone();
        return Ok(Timing {
            start,
            end,
            keyframes,
            seek_points,
            keyframe_source: "index",
        });
    }

    // The fallback: one pass over every packet.
    let scan = scan_packets(input, stream_index, path, None)?;
    if let (Some(start), Some(end)) = (declared.start, container_end) {
        check_truncation(path, tb, start, end, scan.any_end)?;
    }
    let (Some(start), Some(end)) = (declared.start.or(scan.first), scan.end) else {
        return Err(Error::NoDuration {
            path: path.to_owned(),
            why: "no timestamps in the video stream".into(),
        });
    };
    Ok(Timing {
        start,
        end,
        keyframes: scan.keyframes.iter().map(|k| k.0).collect(),
        seek_points: scan.keyframes.iter().map(|k| k.1).collect(),
        keyframe_source: "scan",
    })
}

/// Whether an index runs to the end of the stream. Matroska without cues (and a few others)
/// index only what the demuxer has read so far, which stops short of the end; a complete index
/// ends within a GOP or so of it.
fn index_reaches(keyframes: &[i64], end: i64, tb: TimeBase) -> bool {
    let Some(&last) = keyframes.last() else {
        return false;
    };
    let widest_gap = keyframes.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    end - last <= (2 * widest_gap).max(tb.ticks(TAIL_SECONDS))
}

/// The error for a file whose data stops at `found` though its timeline runs to its end, if
/// the gap is more than a second (and 2 % of the length): small gaps are normal (the last
/// frame's duration, one stream ending a little before another).
pub(crate) fn truncation(path: &Path, timeline: &Timeline, found: i64) -> Option<Error> {
    let slack = timeline.time_base.ticks(1.0).max(timeline.span() / 50);
    (timeline.end - found > slack).then(|| Error::Truncated {
        path: path.to_owned(),
        found: format_time(timeline.offset_seconds(found)),
        declared: format_time(timeline.duration_seconds()),
    })
}

fn check_truncation(path: &Path, tb: TimeBase, start: i64, end: i64, found: Option<i64>) -> Result<()> {
    let span = Timeline {
        start,
        end,
        ..Timeline::empty(tb)
    };
    match truncation(path, &span, found.unwrap_or(start)) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// Presentation time of the first keyframe packet at or after the index entry `ts`.
fn first_key_pts(input: &mut Input, stream_index: usize, ts: i64) -> Option<i64> {
    ffi::seek_stream(input, stream_index, ts).ok()?;
    let mut packet = ffmpeg::Packet::empty();
    for _ in 0..1000 {
        packet.read(input).ok()?;
        if packet.stream() == stream_index && packet.is_key() {
            return packet.pts();
        }
    }
    None
}

/// The container's end time in the stream's time base, unless it is only a bit-rate guess.
fn container_end(input: &Input, tb: TimeBase) -> Option<i64> {
    if ffi::duration_is_a_bitrate_guess(input) {
        return None;
    }
    let duration = input.duration();
    if duration <= 0 || duration == ffmpeg::ffi::AV_NOPTS_VALUE {
        return None;
    }
    let start = match ffi::container_start(input) {
        ffmpeg::ffi::AV_NOPTS_VALUE => 0,
        s => s,
    };
    let micros = start.saturating_add(duration);
    let ticks = i128::from(micros) * i128::from(tb.den) / (i128::from(tb.num) * 1_000_000);
    i64::try_from(ticks).ok()
}

struct Scan {
    /// (presentation time, decode time) of each keyframe packet of the video.
    keyframes: Vec<(i64, i64)>,
    /// First and end time of the video stream.
    first: Option<i64>,
    end: Option<i64>,
    /// End of the last packet of any stream, in the video stream's time base.
    any_end: Option<i64>,
}

/// A demux-only pass over the packets from `from` (the whole file when `None`) to the end.
fn scan_packets(input: &mut Input, stream_index: usize, path: &Path, from: Option<i64>) -> Result<Scan> {
    let time_bases: Vec<ffmpeg::Rational> = input.streams().map(|s| s.time_base()).collect();
    let video_tb = time_bases
        .get(stream_index)
        .copied()
        .unwrap_or(ffmpeg::Rational(1, 1));
    let _ = ffi::seek_stream(input, stream_index, from.unwrap_or(i64::MIN));
    let mut scan = Scan {
        keyframes: Vec::new(),
        first: None,
        end: None,
        any_end: None,
    };
    let mut packet = ffmpeg::Packet::empty();
    loop {
        match packet.read(input) {
            Ok(()) => {}
            Err(ffmpeg::Error::Eof) => break,
            Err(source) => {
                // A damaged tail ends the scan; what was read so far still describes the film.
                if scan.end.is_some() {
                    break;
                }
                return Err(Error::Decode {
                    path: path.to_owned(),
                    action: "reading packets".into(),
                    source,
                });
            }
        }
        let Some(ts) = packet.pts().or(packet.dts()) else {
            continue;
        };
        let end = ts + packet.duration().max(0);
        if let Some(&tb) = time_bases.get(packet.stream()) {
            let end = end.rescale(tb, video_tb);
            scan.any_end = Some(scan.any_end.map_or(end, |e| e.max(end)));
        }
        if packet.stream() != stream_index {
            continue;
        }
        scan.first = Some(scan.first.map_or(ts, |f| f.min(ts)));
        scan.end = Some(scan.end.map_or(end, |e| e.max(end)));
        if packet.is_key() {
            scan.keyframes.push((ts, packet.dts().unwrap_or(ts)));
        }
    }
    scan.keyframes.sort_unstable();
    scan.keyframes.dedup_by_key(|k| k.0);
    Ok(scan)
}
