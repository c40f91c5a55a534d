//! One demuxer + one decoder fetching planned samples in ascending time order.
//!
//! Decoding is the cost of the whole tool, so the reader decodes as little as it can:
//! - a keyframe sample seeks to its keyframe, sends that single packet and drains the decoder,
//!   unless the next sample needs decoding onwards from the same keyframe;
//! - an exact sample continues decoding forward when the run is already past its keyframe,
//!   and seeks otherwise; packets well before the target are decoded with
//!   `skip_frame = nonref` (frames nothing else refers to are not decoded at all);
//! - only the frame finally chosen is scaled and converted.
//!
//! The frame chosen for a sample never depends on where the previous sample left the decoder,
//! which is what makes results independent of the number of threads.

use ffmpeg_next as ffmpeg;
use ffmpeg_next::codec::discard::Discard;
use ffmpeg_next::format::context::Input;
use ffmpeg_next::util::frame::Video as Frame;

use super::probe::{self, VideoInfo};
use super::scale::Scaler;
use super::timing;
use super::{DecodedSample, FrameReader, ReaderStats, ffi};
use crate::error::{Error, Result};
use crate::sample::{Method, SampleRequest, format_time};

/// A decoded frame with its presentation timestamp.
struct Timed {
    pts: i64,
    frame: Frame,
}

/// Outcome of looking for the frame nearest a target in the current run.
enum Nearest {
    /// The nearest frame is the run's `before` or `pending` frame.
    Found(Slot),
    /// The first frame of the run (now `pending`) is already after the target: an earlier
    /// frame may exist before the keyframe the run started from.
    StartedLate,
    /// The stream ended (or broke) before any frame came out.
    Nothing,
}

/// Where the chosen frame is. Frames stay in the run rather than being copied: a full-size
/// frame copy costs as much as scaling it, and the chosen frame may be the nearest for the
/// next target too.
enum Slot {
    Before,
    Pending,
    Owned(Timed),
}

pub(crate) struct FfmpegReader<'a> {
    info: &'a VideoInfo,
    input: Input,
    decoder: ffmpeg::decoder::Video,
    scaler: Scaler,
    packet: ffmpeg::Packet,
    /// Packets earlier than `target - skip_window` are decoded with `skip_frame = nonref`.
    skip_window: i64,
    /// False until the first seek, and after the decoder was drained.
    active: bool,
    eof_sent: bool,
    /// The timestamp the current run was started from by a seek.
    run_start: i64,
    /// Highest timestamp of a packet sent to the decoder in the current run.
    read_pos: i64,
    /// After a seek: packets are dropped until a keyframe packet at or after this timestamp.
    wait_for_key: Option<i64>,
    /// The latest frame of the run at or before the last target.
    before: Option<Timed>,
    /// A decoded frame after the last target, not yet consumed.
    pending: Option<Timed>,
    /// Timestamp of the last frame output in this run.
    last_pts: Option<i64>,
    /// The last keyframe sample, reused when the next sample asks for the same keyframe (when
    /// samples outnumber keyframes).
    last_keyframe: Option<(i64, DecodedSample)>,
    stats: ReaderStats,
}

impl<'a> FfmpegReader<'a> {
    pub(crate) fn open(info: &'a VideoInfo, analysis_width: u32, threads: usize) -> Result<Self> {
        let path = &info.path;
        let mut input = probe::open_input(path)?;
        ffi::discard_other_streams(&mut input, info.stream_index);
        let stream = input
            .stream(info.stream_index)
            .ok_or_else(|| Error::NoVideoStream {
                path: path.clone(),
                detail: String::new(),
            })?;
        let decode_error = |action: &str| {
            let path = path.clone();
            let action = action.to_string();
            move |source| Error::Decode { path, action, source }
        };
        let mut context = ffmpeg::codec::Context::from_parameters(stream.parameters())
            .map_err(decode_error("reading the video stream's parameters"))?;
        // A context made from stream parameters starts single-threaded: ask explicitly.
        context.set_threading(ffmpeg::threading::Config {
            kind: ffmpeg::threading::Type::Frame,
            count: threads.max(1),
            ..Default::default()
        });
        let mut decoder = context.decoder();
        decoder.set_packet_time_base(stream.time_base());
        let decoder = decoder
            .video()
            .map_err(decode_error(&format!("opening the {} decoder", info.codec)))?;
        let timeline = &info.timeline;
        let skip_window = timeline
            .frame_duration
            .map_or_else(|| timeline.time_base.ticks(0.25), |d| d.saturating_mul(3));
        Ok(FfmpegReader {
            info,
            input,
            decoder,
            scaler: Scaler::new(analysis_width),
            packet: ffmpeg::Packet::empty(),
            skip_window: skip_window.max(1),
            active: false,
            eof_sent: false,
            run_start: i64::MIN,
            read_pos: i64::MIN,
            wait_for_key: None,
            before: None,
            pending: None,
            last_pts: None,
            last_keyframe: None,
            stats: ReaderStats::default(),
        })
    }

    fn decode_error(&self, action: String, source: ffmpeg::Error) -> Error {
        Error::Decode {
            path: self.info.path.clone(),
            action,
            source,
        }
    }

    fn no_frame(&self, request: &SampleRequest) -> Error {
        Error::NoFrame {
            path: self.info.path.clone(),
            index: request.index,
            time: format_time(self.info.timeline.offset_seconds(request.target)),
        }
    }

    /// Seeks to the keyframe at or before `ts` and starts a new decoding run there.
    fn seek(&mut self, ts: i64, wait_for_key: Option<i64>) -> Result<()> {
        ffi::seek_stream(&mut self.input, self.info.stream_index, ts).map_err(|e| {
            let time = format_time(self.info.timeline.offset_seconds(ts));
            self.decode_error(format!("seeking to {time}"), e)
        })?;
        self.decoder.flush();
        self.stats.seeks += 1;
        self.active = true;
        self.eof_sent = false;
        self.run_start = ts;
        self.read_pos = i64::MIN;
        self.wait_for_key = wait_for_key;
        self.before = None;
        self.pending = None;
        self.last_pts = None;
        Ok(())
    }

    /// Reads the next packet of our stream into `self.packet`; `false` at the end of the file.
    fn read_packet(&mut self) -> Result<bool> {
        loop {
            match self.packet.read(&mut self.input) {
                Ok(()) => {}
                Err(ffmpeg::Error::Eof) => return Ok(false),
                Err(e) => return Err(self.decode_error("reading packets".into(), e)),
            }
            if self.packet.stream() != self.info.stream_index {
                continue;
            }
            if let Some(min) = self.wait_for_key {
                let ts = self.packet.pts().or(self.packet.dts());
                if !self.packet.is_key() || ts.is_some_and(|ts| ts < min) {
                    continue;
                }
                self.wait_for_key = None;
            }
            return Ok(true);
        }
    }

    /// Sends the packet in `self.packet`, skipping non-reference frames before `skip_before`.
    fn send_packet(&mut self, skip_before: Option<i64>) -> Result<()> {
        let ts = self.packet.pts().or(self.packet.dts());
        let discard = match (skip_before, ts) {
            (Some(limit), Some(ts)) if ts < limit => Discard::NonReference,
            _ => Discard::Default,
        };
        self.decoder.skip_frame(discard);
        if let Some(ts) = ts {
            self.read_pos = self.read_pos.max(ts);
        }
        match self.decoder.send_packet(&self.packet) {
            // A damaged packet costs one frame; the decoder recovers at the next keyframe.
            Ok(()) | Err(ffmpeg::Error::InvalidData) => Ok(()),
            Err(e) => Err(self.decode_error("sending a packet to the decoder".into(), e)),
        }
    }

    /// The next decoded frame of the run, feeding packets as needed; `None` at the end.
    fn next_frame(&mut self, skip_before: Option<i64>) -> Result<Option<Timed>> {
        loop {
            let mut frame = Frame::empty();
            match self.decoder.receive_frame(&mut frame) {
                Ok(()) => {
                    self.stats.frames_decoded += 1;
                    // Frames drained at the end of an AVI come out with no timestamp at all:
                    // they follow the previous frame. A run's first frame without one cannot be
                    // placed on the timeline and is skipped.
                    let step = self.info.timeline.frame_duration.unwrap_or(1);
                    let pts = frame
                        .timestamp()
                        .or(frame.pts())
                        .or(self.last_pts.map(|p| p + step));
                    if let Some(pts) = pts {
                        self.last_pts = Some(pts);
                        return Ok(Some(Timed { pts, frame }));
                    }
                    continue;
                }
                Err(ffmpeg::Error::Eof) => return Ok(None),
                Err(ffmpeg::Error::Other { errno }) if errno == ffmpeg::error::EAGAIN => {}
                Err(ffmpeg::Error::InvalidData) => continue,
                Err(e) => return Err(self.decode_error("decoding a frame".into(), e)),
            }
            if self.eof_sent {
                return Ok(None);
            }
            if self.read_packet()? {
                self.send_packet(skip_before)?;
            } else {
                self.send_eof()?;
            }
        }
    }

    fn send_eof(&mut self) -> Result<()> {
        self.eof_sent = true;
        match self.decoder.send_eof() {
            Ok(()) | Err(ffmpeg::Error::Eof) => Ok(()),
            Err(e) => Err(self.decode_error("draining the decoder".into(), e)),
        }
    }

    /// Walks the run forward to the frame nearest `target` (in ticks, fraction kept).
    fn nearest(&mut self, target: f64) -> Result<Nearest> {
        let skip_before = Some((target - self.skip_window as f64) as i64);
        loop {
            let next = match self.pending.take() {
                Some(frame) => Some(frame),
                None => self.next_frame(skip_before)?,
            };
            match next {
                Some(frame) if frame.pts as f64 <= target => {
                    let exact_hit = frame.pts as f64 == target;
                    self.before = Some(frame);
                    if exact_hit {
                        break;
                    }
                }
                Some(frame) => {
                    self.pending = Some(frame);
                    break;
                }
                None => {
                    // The data ran out: fine near the end of the timeline, not well before it.
                    if let Some(last) = &self.before {
                        let end = last.pts + self.info.timeline.frame_duration.unwrap_or(0);
                        if let Some(error) = timing::truncation(&self.info.path, &self.info.timeline, end) {
                            return Err(error);
                        }
                    }
                    break;
                }
            }
        }
        Ok(match (&self.before, &self.pending) {
            (Some(b), Some(a)) if a.pts as f64 - target < target - b.pts as f64 => {
                Nearest::Found(Slot::Pending)
            }
            (Some(_), _) => Nearest::Found(Slot::Before),
            (None, Some(_)) => Nearest::StartedLate,
            (None, None) => Nearest::Nothing,
        })
    }

    /// After seeking to keyframe `at`, packets are dropped up to the first keyframe packet
    /// timed after this. Index times may be a little off the packets' own (MP4 lists decode
    /// times), so the gate sits halfway from the previous keyframe rather than at `at`.
    fn keyframe_gate(&self, at: i64) -> i64 {
        match self.info.timeline.keyframe_before(at) {
            Some(previous) => previous + (at - previous) / 2 + 1,
            None => i64::MIN,
        }
    }

    fn slot<'s>(&'s self, slot: &'s Slot) -> Option<&'s Timed> {
        match slot {
            Slot::Before => self.before.as_ref(),
            Slot::Pending => self.pending.as_ref(),
            Slot::Owned(timed) => Some(timed),
        }
    }

    fn fetch_exact(&mut self, request: &SampleRequest, from: Option<i64>) -> Result<Slot> {
        let mut anchor = from;
        for attempt in 0.. {
            let must_seek = !self.active
                || self.eof_sent
                || anchor.is_some_and(|a| a < self.run_start || self.read_pos < a);
            if must_seek {
                let gate = anchor.map(|a| self.keyframe_gate(a));
                let seek_to = anchor.map_or(request.target, |a| self.info.seek_point(a));
                self.seek(seek_to, gate)?;
            }
            let retry_earlier = match self.nearest(request.precise_target)? {
                Nearest::Found(slot) => return Ok(slot),
                // MP4 indexes keyframes by decode time, a little before their display time;
                // when that hides an earlier frame, start again one keyframe earlier.
                Nearest::StartedLate => attempt < 2,
                // Nothing decodable from this keyframe on (e.g. the last GOP of an AVI with
                // B-frames, whose frames only carry times when decoded in sequence): try once
                // from the previous keyframe.
                Nearest::Nothing => attempt < 1,
            };
            match anchor.and_then(|a| self.info.timeline.keyframe_before(a)) {
                Some(earlier) if retry_earlier => {
                    anchor = Some(earlier);
                    self.active = false;
                }
                _ if self.pending.is_some() => return Ok(Slot::Pending),
                _ => return Err(self.no_frame(request)),
            }
        }
        Err(self.no_frame(request))
    }

    fn fetch_keyframe(
        &mut self,
        request: &SampleRequest,
        at: i64,
        next: Option<&SampleRequest>,
    ) -> Result<Slot> {
        self.seek(self.info.seek_point(at), Some(self.keyframe_gate(at)))?;
        if !self.read_packet()? {
            return Err(self.no_frame(request));
        }
        let key_pts = self.packet.pts();
        self.send_packet(None)?;
        // Keep decoding onwards when the next sample continues from this keyframe. Otherwise
        // drain now, so the frame comes out without decoding anything else; except when the
        // packet has no presentation time (AVI): there the frame's time is FFmpeg's guess from
        // the packets that follow, so it must come out the way it would in sequence.
        let next_target = next.filter(|n| n.anchor() == Some(at) && matches!(n.method, Method::Exact { .. }));
        let skip_before = next_target.map(|n| n.target.saturating_sub(self.skip_window));
        if next_target.is_none() && key_pts.is_some() {
            self.send_eof()?;
        }
        let mut earliest = None;
        while let Some(frame) = self.next_frame(skip_before)? {
            if key_pts.is_none_or(|k| frame.pts >= k) {
                if next_target.is_some() {
                    // The next exact sample continues from here; it decides where this frame fits.
                    self.pending = Some(frame);
                    return Ok(Slot::Pending);
                }
                self.active = false;
                return Ok(Slot::Owned(frame));
            }
            earliest.get_or_insert(frame);
        }
        self.active = false;
        earliest.map(Slot::Owned).ok_or_else(|| self.no_frame(request))
    }
}

impl FrameReader for FfmpegReader<'_> {
    fn fetch(&mut self, request: &SampleRequest, next: Option<&SampleRequest>) -> Result<DecodedSample> {
        if let (Method::Keyframe { at, within: None }, Some((last, sample))) =
            (request.method, &self.last_keyframe)
            && at == *last
        {
            return Ok(sample.clone());
        }
        let (slot, keyframe) = match request.method {
            Method::Keyframe { at, within } => {
                let keyframe = self.fetch_keyframe(request, at, next);
                let close_enough = |slot: &Slot| {
                    let offset = self.slot(slot).map(|t| t.pts as f64 - request.precise_target);
                    within.is_none_or(|half| offset.is_some_and(|o| -half <= o && o < half))
                };
                match keyframe {
                    Ok(slot) if close_enough(&slot) => (slot, true),
                    // Too far after all, or a keyframe that does not decode: use the exact frame.
                    _ => {
                        let from = self.info.timeline.keyframe_at_or_before(request.target);
                        self.active = false;
                        (self.fetch_exact(request, from)?, false)
                    }
                }
            }
            Method::Exact { from } => (self.fetch_exact(request, from)?, false),
        };
        // Matched field by field (not through `slot()`) so the scaler can be borrowed mutably.
        let timed = match &slot {
            Slot::Before => self.before.as_ref(),
            Slot::Pending => self.pending.as_ref(),
            Slot::Owned(timed) => Some(timed),
        };
        let Some(Timed { pts, frame }) = timed else {
            return Err(self.no_frame(request));
        };
        let pts = *pts;
        let picture = match self.scaler.picture(frame, self.info.sample_aspect) {
            Ok(picture) => picture,
            Err(e) => return Err(self.decode_error(format!("scaling the frame at pts {pts}"), e)),
        };
        let sample = DecodedSample {
            pts,
            keyframe,
            picture,
        };
        if let Method::Keyframe { at, .. } = request.method
            && keyframe
        {
            self.last_keyframe = Some((at, sample.clone()));
        }
        Ok(sample)
    }

    fn stats(&self) -> ReaderStats {
        self.stats
    }
}
