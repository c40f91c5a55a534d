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
//!
//! The packet pass also finds timestamps that are not continuous (`jumps.rs`).

use std::path::Path;

use ffmpeg_next as ffmpeg;
use ffmpeg_next::Rescale;
use ffmpeg_next::format::context::Input;

use super::ffi;
use super::jumps::{JumpFinder, jump_offset};
use crate::error::{Error, Result};
use crate::sample::{TimeBase, Timeline, format_time};
use crate::source::TimestampJump;

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
    /// Byte positions of the keyframes' packets, when seeking must go by position (the file's
    /// timestamps jump); empty otherwise.
    pub seek_bytes: Vec<i64>,
    pub jumps: Vec<TimestampJump>,
    pub keyframe_source: &'static str,
    /// The end the file declares, when its data stops well before it (the file is truncated
    /// and `end` is where the data stops).
    pub truncated_from: Option<i64>,
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
    let (mut keyframes, mut seek_points) = (Vec::new(), Vec::new());
    if declared.indexed {
        // Matroska parses its cues lazily, on the first seek: seek once so the index is complete.
        let _ = ffi::seek_stream(input, stream_index, declared.start.unwrap_or(0));
        let index = ffi::index_keyframes(input, stream_index);
        if let Some(&first) = index.first() {
            // MP4 and AVI index decode times, which run a few frames ahead of display times.
            // Shift the list by the differences seen on the first keyframe: to its packet's
            // presentation time for seeking (FFmpeg's MP4 seek shifts back the same way), and
            // to the time its decoded frame is shown for planning (AVI packets have none).
            let (packet, shown) = first_key_times(input, stream_index, first);
            let seek_shift = packet.map_or(0, |p| p.saturating_sub(first));
            let time_shift = shown.map_or(seek_shift, |t| t.saturating_sub(first));
            seek_points = index.iter().map(|k| k.saturating_add(seek_shift)).collect();
            keyframes = index.iter().map(|k| k.saturating_add(time_shift)).collect();
        }
    }
    let indexed = !keyframes.is_empty();

    // The cheap path: the declared end (the stream's duration, else the container's), checked
    // by reading the last seconds of packets: a truncated file stops short of it.
    let declared_span = match (declared.start, declared.duration) {
        (Some(start), Some(duration)) => Some((start, start.saturating_add(duration))),
        _ => None,
    };
    let expected_end = declared_span.map(|(_, end)| end).or(container_end);
    let mut truncated = false;
    if let (Some(start), Some(end), true) = (declared.start, expected_end, indexed || declared_span.is_some())
    {
        let tail = scan_tail(input, stream_index, end.saturating_sub(tb.ticks(TAIL_SECONDS)));
        truncated = stops_short(tb, start, end, tail.any_end);
        let video_end = declared_span.map(|(_, end)| end).or(tail.end);
        if let Some(video_end) = video_end
            && !truncated
            && index_reaches(&keyframes, video_end, tb)
        {
            return Ok(Timing {
                start,
                end: video_end,
                keyframes,
                seek_points,
                seek_bytes: Vec::new(),
                jumps: Vec::new(),
                keyframe_source: "index",
                truncated_from: None,
            });
        }
    }

    // The fallback: one pass over every packet (also what measures a truncated file: its
    // index may list frames whose data is missing).
    // On a fresh demuxer: rewinding the one used above may fail (or land mid-file) silently.
    let mut fresh = super::probe::open_input(path)?;
    let scan = scan_packets(&mut fresh, stream_index, path, None)?;
    if !scan.jumps.is_empty() {
        // The declared span was measured across the jumps: it says nothing of the parts.
        let (Some(start), Some(end)) = (scan.first, scan.end) else {
            return Err(Error::NoDuration {
                path: path.to_owned(),
                why: "no timestamps in the video stream".into(),
            });
        };
        return Ok(Timing {
            start,
            end,
            keyframes: scan.keyframes.iter().map(|k| k.0).collect(),
            seek_points: scan.keyframes.iter().map(|k| k.1).collect(),
            seek_bytes: scan.keyframes.iter().map(|k| k.2).collect(),
            jumps: scan.jumps,
            keyframe_source: "scan",
            truncated_from: None,
        });
    }
    if let (Some(start), Some(end)) = (declared.start, expected_end) {
        truncated |= stops_short(tb, start, end, scan.any_end);
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
        seek_bytes: Vec::new(),
        jumps: Vec::new(),
        keyframe_source: "scan",
        truncated_from: expected_end.filter(|_| truncated),
    })
}

/// Whether an index runs to the end of the stream. Matroska without cues (and a few others)
/// index only what the demuxer has read so far, which stops short of the end; a complete index
/// ends within a GOP or so of it.
fn index_reaches(keyframes: &[i64], end: i64, tb: TimeBase) -> bool {
    let Some(&last) = keyframes.last() else {
        return false;
    };
    let widest_gap = keyframes.windows(2).map(|w| w[1].saturating_sub(w[0])).max().unwrap_or(0);
    end.saturating_sub(last) <= widest_gap.saturating_mul(2).max(tb.ticks(TAIL_SECONDS))
}

/// The error for a file whose data stops at `found` though its timeline runs to its end, if
/// the gap is more than a second (and 2 % of the length): small gaps are normal (the last
/// frame's duration, one stream ending a little before another).
pub(crate) fn truncation(path: &Path, timeline: &Timeline, found: i64) -> Option<Error> {
    let slack = timeline.time_base.ticks(1.0).max(timeline.span() / 50);
    (timeline.end.saturating_sub(found) > slack).then(|| Error::Truncated {
        path: path.to_owned(),
        found: format_time(timeline.offset_seconds(found)),
        declared: format_time(timeline.duration_seconds()),
    })
}

/// Whether the data (ending at `found`, nothing read when `None`) stops well short of `end`.
fn stops_short(tb: TimeBase, start: i64, end: i64, found: Option<i64>) -> bool {
    let span = Timeline { start, end, ..Timeline::empty(tb) };
    truncation(Path::new(""), &span, found.unwrap_or(start)).is_some()
}

/// The last packets from `from` on; a read error (the data is missing there) ends the scan
/// with what was found, which may be nothing.
fn scan_tail(input: &mut Input, stream_index: usize, from: i64) -> Scan {
    scan_packets(input, stream_index, Path::new(""), Some(from)).unwrap_or_default()
}

/// For the first keyframe at or after the index entry `ts`: its packet's presentation time,
/// and the time its decoded frame is shown (decoding in sequence, as the reader does).
fn first_key_times(input: &mut Input, stream_index: usize, ts: i64) -> (Option<i64>, Option<i64>) {
    const MAX_PACKETS: usize = 64;
    if ffi::seek_stream(input, stream_index, ts).is_err() {
        return (None, None);
    }
    let decoder = input
        .stream(stream_index)
        .and_then(|stream| ffmpeg::codec::Context::from_parameters(stream.parameters()).ok())
        .and_then(|context| context.decoder().video().ok());
    let Some(mut decoder) = decoder else { return (None, None) };
    let mut packet = ffmpeg::Packet::empty();
    let mut frame = ffmpeg::util::frame::Video::empty();
    let (mut key_pts, mut sent) = (None, 0);
    while sent < MAX_PACKETS {
        match ffi::read_packet(input, &mut packet) {
            Ok(()) if packet.stream() != stream_index || (sent == 0 && !packet.is_key()) => continue,
            Ok(()) => {
                if sent == 0 {
                    key_pts = packet.pts();
                }
                sent += 1;
                let _ = decoder.send_packet(&packet);
            }
            Err(_) => {
                let _ = decoder.send_eof();
                sent = MAX_PACKETS;
            }
        }
        while decoder.receive_frame(&mut frame).is_ok() {
            if let Some(shown) = frame.timestamp() {
                return (key_pts, Some(shown));
            }
        }
    }
    (key_pts, None)
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

#[derive(Default)]
struct Scan {
    /// (presentation time, decode time, byte position) of each keyframe packet of the video,
    /// on the continuous time axis.
    keyframes: Vec<(i64, i64, i64)>,
    /// First and end time of the video stream, on the continuous time axis.
    first: Option<i64>,
    end: Option<i64>,
    /// End of the last packet of any stream, in the video stream's time base.
    any_end: Option<i64>,
    /// Where the video's timestamps jump, with the shifts that make them continuous.
    jumps: Vec<TimestampJump>,
}

/// A demux-only pass over the packets from `from` (from where the demuxer stands when `None`)
/// to the end.
fn scan_packets(input: &mut Input, stream_index: usize, path: &Path, from: Option<i64>) -> Result<Scan> {
    let time_bases: Vec<ffmpeg::Rational> = input.streams().map(|s| s.time_base()).collect();
    let video_tb = time_bases.get(stream_index).copied().unwrap_or(ffmpeg::Rational(1, 1));
    if let Some(from) = from {
        // A failed seek leaves the demuxer where it was: still before the end, so the tail is read.
        let _ = ffi::seek_stream(input, stream_index, from);
    }
    let mut scan = Scan::default();
    let mut finder = JumpFinder::new(TimeBase { num: video_tb.numerator(), den: video_tb.denominator() });
    // Keyframe packets as the file times them: (pts, dts, position).
    let mut keyframes = Vec::new();
    let mut packet = ffmpeg::Packet::empty();
    loop {
        match ffi::read_packet(input, &mut packet) {
            Ok(()) => {}
            Err(ffmpeg::Error::Eof) => break,
            Err(source) => {
                // A damaged tail ends the scan; what was read so far still describes the film.
                if finder.has_video() {
                    break;
                }
                return Err(super::decode_error(path, "reading packets")(source));
            }
        }
        let Some(ts) = packet.pts().or(packet.dts()) else {
            continue;
        };
        let end = ts.saturating_add(packet.duration().max(0));
        if let Some(&tb) = time_bases.get(packet.stream()) {
            let end = end.rescale(tb, video_tb);
            scan.any_end = Some(scan.any_end.map_or(end, |e| e.max(end)));
            if packet.stream() != stream_index {
                finder.other_packet(ts.rescale(tb, video_tb));
            }
        }
        if packet.stream() != stream_index {
            continue;
        }
        let dts = packet.dts().unwrap_or(ts);
        finder.video_packet(packet.position() as i64, dts, ts, end);
        if packet.is_key() {
            keyframes.push((ts, dts, packet.position() as i64));
        }
    }
    scan.jumps = finder.jumps();
    (scan.first, scan.end) = finder.span(&scan.jumps);
    for (pts, dts, pos) in keyframes {
        let offset = jump_offset(&scan.jumps, pos);
        scan.keyframes.push((pts.saturating_add(offset), dts.saturating_add(offset), pos));
    }
    scan.keyframes.sort_unstable();
    scan.keyframes.dedup_by_key(|k| k.0);
    Ok(scan)
}
