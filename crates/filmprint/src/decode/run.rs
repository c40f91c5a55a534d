//! A demuxer and a decoder moving forward together through the video stream: seek, read
//! packets, decode, drain. The reader (`reader.rs`) decides what to seek to and which frames
//! to keep; this file only knows how to move.

use ffmpeg_next as ffmpeg;
use ffmpeg_next::codec::discard::Discard;
use ffmpeg_next::format::context::Input;
use ffmpeg_next::util::frame::Video as Frame;

use super::ffi;
use super::jumps::jump_offset;
use super::probe::{self, SeekTable};
use crate::error::{Error, Result};
use crate::sample::format_time;
use crate::source::{ReaderStats, VideoInfo};

/// A decoded frame with its presentation timestamp.
pub(crate) struct Timed {
    pub pts: i64,
    pub frame: Frame,
}

/// The demuxer + decoder pair of one reader, and where the current run stands.
pub(crate) struct Run<'a> {
    info: &'a VideoInfo,
    seeks: &'a SeekTable,
    input: Input,
    decoder: ffmpeg::decoder::Video,
    packet: ffmpeg::Packet,
    /// False until the first seek, and after the run was abandoned.
    pub active: bool,
    /// The decoder was told the stream ended; only a seek restarts it.
    pub eof_sent: bool,
    /// The timestamp the current run was started from by a seek.
    pub start: i64,
    /// Highest timestamp of a packet sent to the decoder in this run.
    pub read_pos: i64,
    /// Highest end (timestamp + duration) of a packet sent in this run.
    pub read_end: i64,
    /// After a seek: packets are dropped until a keyframe packet at or after this timestamp.
    wait_for_key: Option<i64>,
    /// Timestamp of the last frame output in this run.
    last_pts: Option<i64>,
    pub stats: ReaderStats,
}

impl<'a> Run<'a> {
    /// Opens the file again (each reader has its own demuxer) and a decoder that may use
    /// `threads` threads.
    pub fn open(info: &'a VideoInfo, seeks: &'a SeekTable, threads: usize) -> Result<Self> {
        let path = &info.path;
        let mut input = probe::open_input(path)?;
        ffi::discard_other_streams(&mut input, info.stream_index);
        let stream = input
            .stream(info.stream_index)
            .ok_or_else(|| Error::NoVideoStream { path: path.clone(), detail: String::new() })?;
        let mut context = ffmpeg::codec::Context::from_parameters(stream.parameters())
            .map_err(super::decode_error(path, "reading the video stream's parameters"))?;
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
            .map_err(super::decode_error(path, format!("opening the {} decoder", info.codec)))?;
        Ok(Run {
            info,
            seeks,
            input,
            decoder,
            packet: ffmpeg::Packet::empty(),
            active: false,
            eof_sent: false,
            start: i64::MIN,
            read_pos: i64::MIN,
            read_end: i64::MIN,
            wait_for_key: None,
            last_pts: None,
            stats: ReaderStats::default(),
        })
    }

    pub fn decode_error(&self, action: String, source: ffmpeg::Error) -> Error {
        super::decode_error(&self.info.path, action)(source)
    }

    /// Seeks to the keyframe at or before `ts` and starts a new run there; packets are then
    /// dropped until a keyframe packet timed at or after `wait_for_key`.
    pub fn seek(&mut self, ts: i64, wait_for_key: Option<i64>) -> Result<()> {
        let sought = match self.seeks.byte_for(ts) {
            None => ffi::seek_stream(&mut self.input, self.info.stream_index, ts),
            // The file's timestamps jump: seek to the keyframe's byte position instead.
            Some(byte) => ffi::seek_byte(&mut self.input, byte),
        };
        sought.map_err(|e| {
            let time = format_time(self.info.timeline.offset_seconds(ts));
            self.decode_error(format!("seeking to {time}"), e)
        })?;
        self.decoder.flush();
        self.decoder.skip_loop_filter(Discard::Default);
        self.stats.seeks += 1;
        self.active = true;
        self.eof_sent = false;
        self.start = ts;
        self.read_pos = i64::MIN;
        self.read_end = i64::MIN;
        self.wait_for_key = wait_for_key;
        self.last_pts = None;
        Ok(())
    }

    /// Skips the in-loop deblocking filter for the packets sent until the next seek. Only for
    /// a keyframe decoded alone: nothing is predicted from that frame afterwards, so nothing
    /// drifts; its block edges stay unsmoothed, which shrinking to the analysis size all but
    /// hides (`scripts/loop-filter-cost.py`: a mean Oklab ΔE of 0.0005 on the 720p benchmark
    /// film's keyframes, a fortieth of a just-noticeable difference) for a tenth less decoding.
    /// Decoders without the option (dav1d) ignore it.
    pub fn skip_loop_filter(&mut self) {
        self.decoder.skip_loop_filter(Discard::All);
    }

    /// Reads the next packet of our stream; `false` at the end of the file.
    pub fn read_packet(&mut self) -> Result<bool> {
        loop {
            match ffi::read_packet(&mut self.input, &mut self.packet) {
                Ok(()) => {}
                Err(ffmpeg::Error::Eof) => return Ok(false),
                Err(e) => return Err(self.decode_error("reading packets".into(), e)),
            }
            if self.packet.stream() != self.info.stream_index {
                continue;
            }
            let jumps = &self.info.timestamp_jumps;
            if !jumps.is_empty() {
                // On the continuous time axis the timeline uses (see `timing.rs`).
                let offset = jump_offset(jumps, self.packet.position() as i64);
                let (pts, dts) = (self.packet.pts(), self.packet.dts());
                self.packet.set_pts(pts.map(|t| t.saturating_add(offset)));
                self.packet.set_dts(dts.map(|t| t.saturating_add(offset)));
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

    /// The presentation time of the packet last read, if it has one.
    pub fn packet_pts(&self) -> Option<i64> {
        self.packet.pts()
    }

    /// Sends the packet last read; one timed before `skip_before` is decoded only if other
    /// frames refer to it (`skip_frame = nonref`).
    pub fn send_packet(&mut self, skip_before: Option<i64>) -> Result<()> {
        let ts = self.packet.pts().or(self.packet.dts());
        let discard = match (skip_before, ts) {
            (Some(limit), Some(ts)) if ts < limit => Discard::NonReference,
            _ => Discard::Default,
        };
        self.decoder.skip_frame(discard);
        if let Some(ts) = ts {
            self.read_pos = self.read_pos.max(ts);
            self.read_end = self.read_end.max(ts.saturating_add(self.packet.duration().max(0)));
        }
        match self.decoder.send_packet(&self.packet) {
            // A damaged packet costs one frame; the decoder recovers at the next keyframe.
            Ok(()) | Err(ffmpeg::Error::InvalidData) => Ok(()),
            Err(e) => Err(self.decode_error("sending a packet to the decoder".into(), e)),
        }
    }

    /// Tells the decoder no more packets come, so it hands out what it holds.
    pub fn send_eof(&mut self) -> Result<()> {
        self.eof_sent = true;
        match self.decoder.send_eof() {
            // Frame threads report a damaged packet's error late, here when the file's last
            // packet is cut short (a truncated file): that frame is lost, the rest drain.
            Ok(()) | Err(ffmpeg::Error::Eof) | Err(ffmpeg::Error::InvalidData) => Ok(()),
            Err(e) => Err(self.decode_error("draining the decoder".into(), e)),
        }
    }

    /// The next decoded frame of the run, feeding packets as needed (see `send_packet` for
    /// `skip_before`); `None` at the end of the stream.
    pub fn next_frame(&mut self, skip_before: Option<i64>) -> Result<Option<Timed>> {
        loop {
            let mut frame = Frame::empty();
            match self.decoder.receive_frame(&mut frame) {
                Ok(()) => {
                    self.stats.frames_decoded += 1;
                    // Frames drained at the end of an AVI come out with no timestamp at all:
                    // they follow the previous frame. A run's first frame without one cannot be
                    // placed on the timeline and is skipped.
                    let step = self.info.timeline.frame_duration.unwrap_or(1);
                    let pts =
                        frame.timestamp().or(frame.pts()).or(self.last_pts.map(|p| p.saturating_add(step)));
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
}
