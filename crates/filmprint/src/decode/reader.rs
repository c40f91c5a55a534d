//! Fetching planned samples, in ascending time order, from one demuxer + decoder.
//!
//! Decoding is the cost of the whole tool, so the reader decodes as little as it can:
//! - a keyframe sample seeks to its keyframe, sends that single packet and drains the decoder,
//!   unless the next sample needs decoding onwards from the same keyframe;
//! - an exact sample continues decoding forward when the run is already past its keyframe,
//!   and seeks otherwise; packets more than a few frames before the target are decoded with
//!   `skip_frame = nonref` (frames nothing else refers to are not decoded at all);
//! - only the frame finally chosen is scaled and converted.
//!
//! Which frame a sample gets must not depend on where the previous sample left the decoder
//! (that is what makes results independent of the number of threads). Frames from a few
//! frames before the target onwards are always decoded, whatever the history; when a gap in a
//! variable-frame-rate stream means the nearest frame could lie further back, among frames a
//! fresh run skips, the sample is decoded again from its keyframe without skipping.

mod nearest;

use super::probe::SeekTable;
use super::run::{Run, Timed};
use super::scale::Scaler;
use crate::error::{Error, Result};
use crate::frame::{CropRect, Picture};
use crate::sample::{Method, SampleRequest, format_time};
use crate::source::{DecodedSample, FrameReader, ReaderStats, VideoInfo};
use nearest::{Nearest, Slot, slotted};

/// Retries one keyframe earlier when a run's first frame is already past the target (MP4 lists
/// keyframes by decode time, a little before their display time, which can hide a frame).
const LATE_START_RETRIES: usize = 2;
/// Retries one keyframe earlier when nothing at all decodes from a keyframe on (the last GOP
/// of an AVI with B-frames only gets timestamps when decoded in sequence).
const EMPTY_RUN_RETRIES: usize = 1;
/// Frames within this many frame durations before a target are always decoded.
const ALWAYS_DECODED_FRAMES: f64 = 3.0;

/// The decoded frame at analysis size, the time it took counted in the run's statistics.
fn scale(
    scaler: &mut Scaler,
    run: &mut Run<'_>,
    timed: &Timed,
    sample_aspect: (i32, i32),
) -> Result<Picture> {
    let scaling = std::time::Instant::now();
    let picture = scaler
        .picture(&timed.frame, sample_aspect)
        .map_err(|e| run.decode_error(format!("scaling the frame at pts {}", timed.pts), e))?;
    run.stats.scale_ns += u64::try_from(scaling.elapsed().as_nanos()).unwrap_or(u64::MAX);
    Ok(picture)
}

/// The interval whose first frame a sample wants, if it wants that rather than the nearest.
fn first_window(request: &SampleRequest) -> Option<(i64, i64)> {
    match request.method {
        Method::FirstInside { window, .. } => Some(window),
        _ => None,
    }
}

/// Where a run walks to: the target, or just before the interval whose first frame is wanted
/// (so that frame comes out as the one after).
fn aim(target: f64, window: Option<(i64, i64)>) -> f64 {
    window.map_or(target, |(lo, _)| lo as f64 - 0.5)
}

pub(crate) struct FfmpegReader<'a> {
    info: &'a VideoInfo,
    seeks: &'a SeekTable,
    run: Run<'a>,
    scaler: Scaler,
    /// Packets earlier than `target - skip_window` ticks are decoded with `skip_frame = nonref`.
    skip_window: f64,
    /// The latest frame of the run at or before the last target.
    before: Option<Timed>,
    /// A decoded frame after the last target, not yet consumed.
    pending: Option<Timed>,
    /// The last keyframe sample, reused when the next sample asks for the same keyframe (when
    /// samples outnumber keyframes).
    last_keyframe: Option<(i64, DecodedSample)>,
}

impl<'a> FfmpegReader<'a> {
    pub(crate) fn open(
        info: &'a VideoInfo,
        seeks: &'a SeekTable,
        analysis_width: u32,
        threads: usize,
        crop: Option<CropRect>,
    ) -> Result<Self> {
        let timeline = &info.timeline;
        let skip_window = match timeline.frame_duration {
            Some(d) => d as f64 * ALWAYS_DECODED_FRAMES,
            None => timeline.time_base.ticks(0.25) as f64,
        };
        Ok(FfmpegReader {
            info,
            seeks,
            run: Run::open(info, seeks, threads)?,
            scaler: Scaler::new(analysis_width, crop, info.rotation),
            skip_window: skip_window.max(1.0),
            before: None,
            pending: None,
            last_keyframe: None,
        })
    }

    fn no_frame(&self, request: &SampleRequest) -> Error {
        Error::NoFrame {
            path: self.info.path.clone(),
            index: request.index,
            time: format_time(self.info.timeline.offset_seconds(request.target)),
        }
    }

    /// Packets timed before this are decoded only if other frames need them.
    fn skip_limit(&self, target: f64) -> i64 {
        (target - self.skip_window).floor() as i64
    }

    /// Seeks to keyframe `anchor` (or, without one, to the keyframe FFmpeg finds before
    /// `target`) and starts a new run there.
    fn restart(&mut self, anchor: Option<i64>, target: i64) -> Result<()> {
        let (seek_to, gate) = match anchor {
            Some(a) => (self.seeks.point(&self.info.timeline, a), Some(self.keyframe_gate(a))),
            None => (target, None),
        };
        self.run.seek(seek_to, gate)?;
        self.before = None;
        self.pending = None;
        Ok(())
    }

    /// After seeking to keyframe `at`, packets are dropped up to the first keyframe packet
    /// timed after this. Index times may be a little off the packets' own (MP4 lists decode
    /// times), so the gate sits halfway from the previous keyframe rather than at `at`.
    fn keyframe_gate(&self, at: i64) -> i64 {
        let seek = self.seeks.point(&self.info.timeline, at);
        match self.info.timeline.keyframe_before(at).map(|p| self.seeks.point(&self.info.timeline, p)) {
            Some(previous) => previous.saturating_add(seek.saturating_sub(previous) / 2).saturating_add(1),
            None => i64::MIN,
        }
    }

    /// The frame nearest the target, decoding forward from keyframe `from`; or, given the
    /// sample's interval `window`, the first frame shown inside it (see [`Method::FirstInside`]).
    fn fetch_exact(
        &mut self,
        request: &SampleRequest,
        from: Option<i64>,
        mut window: Option<(i64, i64)>,
    ) -> Result<Slot> {
        let target = request.precise_target;
        let (mut anchor, mut skip) = (from, true);
        let (mut late_retries, mut empty_retries) = (0, 0);
        loop {
            let aim = aim(target, window);
            // Continue only if the run has already read this sample's keyframe (compared in
            // packet time, which is what seeking and reading use).
            let run = &self.run;
            let must_seek = !run.active
                || run.eof_sent
                || anchor
                    .map(|a| self.seeks.point(&self.info.timeline, a))
                    .is_some_and(|s| s < run.start || run.read_pos < s);
            if must_seek {
                self.restart(anchor, request.target)?;
            }
            let skip_before = skip.then(|| self.skip_limit(aim));
            let earlier = anchor.and_then(|a| self.info.timeline.keyframe_before(a));
            let outcome = self.nearest(aim, skip_before)?;
            if let Some((_, hi)) = window {
                // Frames from just before the interval on are all decoded, so the pending frame
                // is the interval's first whatever the run's history, once a frame before the
                // interval came out too. A run that starts inside the interval may have missed
                // earlier frames of it (an open GOP's leading pictures): retried as below, and
                // without an earlier keyframe its first frame is taken, as below too.
                if let Nearest::Found(_) = outcome {
                    if self.pending.as_ref().is_some_and(|p| p.pts < hi) {
                        return Ok(Slot::Pending);
                    }
                    // No frame inside: the nearest frame, continuing the same run.
                    window = None;
                    continue;
                }
            }
            match outcome {
                Nearest::Found(_) if skip && self.skipped_may_be_nearer(target) => skip = false,
                Nearest::Found(slot) => return Ok(slot),
                Nearest::StartedLate if late_retries < LATE_START_RETRIES && earlier.is_some() => {
                    late_retries += 1;
                    anchor = earlier;
                }
                // No earlier keyframe: the first frame there is is the nearest.
                Nearest::StartedLate => return Ok(Slot::Pending),
                Nearest::Nothing if empty_retries < EMPTY_RUN_RETRIES && earlier.is_some() => {
                    empty_retries += 1;
                    anchor = earlier;
                }
                Nearest::Nothing => return Err(self.no_frame(request)),
            }
            // Every retry starts a fresh run.
            self.run.active = false;
        }
    }

    fn fetch_keyframe(
        &mut self,
        request: &SampleRequest,
        at: i64,
        next: Option<&SampleRequest>,
    ) -> Result<Slot> {
        self.restart(Some(at), request.target)?;
        if !self.run.read_packet()? {
            return Err(self.no_frame(request));
        }
        let key_pts = self.run.packet_pts();
        // Keep decoding onwards when the next sample continues from this keyframe. Otherwise
        // drain now, so the frame comes out without decoding anything else; except when the
        // packet has no presentation time (AVI): there the frame's time is FFmpeg's guess from
        // the packets that follow, so it must come out the way it would in sequence.
        let next_target = next.filter(|n| {
            n.anchor() == Some(at) && matches!(n.method, Method::Exact { .. } | Method::FirstInside { .. })
        });
        let skip_before = next_target.map(|n| self.skip_limit(aim(n.precise_target, first_window(n))));
        let alone = next_target.is_none() && key_pts.is_some();
        if alone {
            self.run.skip_loop_filter();
        }
        self.run.send_packet(None)?;
        if alone {
            self.run.send_eof()?;
        }
        let mut earliest = None;
        while let Some(frame) = self.run.next_frame(skip_before)? {
            if key_pts.is_none_or(|k| frame.pts >= k) {
                if next_target.is_some() {
                    // The next exact sample continues from here; it decides where this frame fits.
                    self.pending = Some(frame);
                    return Ok(Slot::Pending);
                }
                self.run.active = false;
                return Ok(Slot::Owned(frame));
            }
            earliest.get_or_insert(frame);
        }
        self.run.active = false;
        earliest.map(Slot::Owned).ok_or_else(|| self.no_frame(request))
    }
}

impl FrameReader for FfmpegReader<'_> {
    fn fetch(&mut self, request: &SampleRequest, next: Option<&SampleRequest>) -> Result<DecodedSample> {
        if let (Method::Keyframe { at, window: None }, Some((last, sample))) =
            (request.method, &self.last_keyframe)
            && at == *last
        {
            return Ok(sample.clone());
        }
        let (slot, keyframe) = match request.method {
            Method::Keyframe { at, window } => match self.fetch_keyframe(request, at, next) {
                Ok(slot)
                    if window.is_none_or(|(lo, hi)| {
                        slotted(&self.before, &self.pending, &slot).is_some_and(|t| (lo..hi).contains(&t.pts))
                    }) =>
                {
                    (slot, true)
                }
                // Outside the sample's interval after all, or a keyframe that does not decode:
                // use the exact frame.
                _ => {
                    self.run.active = false;
                    let (from, window) = match window {
                        // `auto`: the interval's first frame, as when no keyframe lies inside.
                        Some((lo, hi)) => (self.info.timeline.keyframe_at_or_before(lo), Some((lo, hi))),
                        None => (self.info.timeline.keyframe_at_or_before(request.target), None),
                    };
                    (self.fetch_exact(request, from, window)?, false)
                }
            },
            Method::Exact { from } => (self.fetch_exact(request, from, None)?, false),
            Method::FirstInside { from, window } => (self.fetch_exact(request, from, Some(window))?, false),
        };
        let Some(timed) = slotted(&self.before, &self.pending, &slot) else {
            return Err(self.no_frame(request));
        };
        let picture = scale(&mut self.scaler, &mut self.run, timed, self.info.sample_aspect)?;
        let sample = DecodedSample { pts: timed.pts, keyframe, picture };
        if let Method::Keyframe { at, .. } = request.method
            && keyframe
        {
            self.last_keyframe = Some((at, sample.clone()));
        }
        Ok(sample)
    }

    fn nearest_accepted(
        &mut self,
        lo: i64,
        hi: i64,
        target: f64,
        accept: &dyn Fn(&Picture) -> bool,
    ) -> Result<Option<DecodedSample>> {
        // A fresh run from the keyframe before the interval, every frame decoded: the result
        // depends only on the interval, never on the reader's history.
        self.run.active = false;
        self.last_keyframe = None;
        self.restart(self.info.timeline.keyframe_at_or_before(lo), lo)?;
        let mut best: Option<DecodedSample> = None;
        while let Some(timed) = self.run.next_frame(None)? {
            if timed.pts < lo {
                continue;
            }
            if timed.pts >= hi {
                break;
            }
            let distance = (timed.pts as f64 - target).abs();
            if best.as_ref().is_some_and(|b| (b.pts as f64 - target).abs() <= distance) {
                if timed.pts as f64 > target {
                    break; // later frames are only further away
                }
                continue;
            }
            let picture = scale(&mut self.scaler, &mut self.run, &timed, self.info.sample_aspect)?;
            if accept(&picture) {
                best = Some(DecodedSample { pts: timed.pts, keyframe: false, picture });
            }
        }
        self.run.active = false;
        self.before = None;
        self.pending = None;
        Ok(best)
    }

    fn stats(&self) -> ReaderStats {
        self.run.stats
    }
}
