//! A frame source made of a function of time, for tests and benchmarks that need known
//! pictures without decoding any video.

use std::path::PathBuf;

use super::{DecodedSample, FrameReader, FrameSource, PictureOnDemand, ReaderStats, VideoInfo};
use crate::error::Result;
use crate::frame::{CropRect, Picture, crop_picture};
use crate::sample::{Method, SampleRequest, TimeBase, Timeline};
use crate::shots::FrameSignature;

/// Frames on a regular grid (`fps` per second, a keyframe every `gop` frames) whose pixels are
/// given by a function of the frame's time in seconds.
pub struct SyntheticSource<F> {
    info: VideoInfo,
    picture_at: F,
}

impl<F> SyntheticSource<F>
where
    F: Fn(f64) -> Picture + Sync,
{
    /// A `seconds`-long video at `fps` frames per second with a keyframe every `gop` frames.
    pub fn new(seconds: f64, fps: u32, gop: u32, width: u32, height: u32, picture_at: F) -> Self {
        let fps = fps.max(1);
        let frames = (seconds * f64::from(fps)).round().max(1.0) as i64;
        let keyframes: Vec<i64> = (0..frames).step_by(gop.max(1) as usize).collect();
        let info = VideoInfo {
            path: PathBuf::from("synthetic"),
            container: "synthetic".into(),
            stream_index: 0,
            codec: "synthetic".into(),
            width,
            height,
            sample_aspect: (1, 1),
            rotation: 0,
            color_conversion: None,
            frame_rate: Some(f64::from(fps)),
            timeline: Timeline {
                time_base: TimeBase { num: 1, den: fps as i32 },
                start: 0,
                end: frames,
                keyframes: keyframes.clone(),
                frame_duration: Some(1),
            },
            keyframe_source: "index",
            truncated_from: None,
            timestamp_jumps: Vec::new(),
        };
        SyntheticSource { info, picture_at }
    }
}

impl<F> FrameSource for SyntheticSource<F>
where
    F: Fn(f64) -> Picture + Sync,
{
    fn info(&self) -> &VideoInfo {
        &self.info
    }

    fn reader(&self, _decoder_threads: usize, crop: Option<CropRect>) -> Result<Box<dyn FrameReader + '_>> {
        Ok(Box::new(SyntheticReader { source: self, crop, stats: ReaderStats::default() }))
    }

    fn each_signature(
        &self,
        _decoder_threads: usize,
        crop: Option<CropRect>,
        visit: &mut dyn FnMut(i64, FrameSignature, PictureOnDemand<'_>) -> Result<()>,
    ) -> Result<()> {
        let mut reader = SyntheticReader { source: self, crop, stats: ReaderStats::default() };
        for pts in self.info.timeline.start..self.info.timeline.end {
            let picture = reader.picture(pts);
            visit(pts, FrameSignature::of(&picture), &mut || Ok(picture.clone()))?;
        }
        Ok(())
    }
}

struct SyntheticReader<'a, F> {
    source: &'a SyntheticSource<F>,
    /// In the pictures' own pixels (the synthetic "source" is drawn at its final size).
    crop: Option<CropRect>,
    stats: ReaderStats,
}

impl<F> SyntheticReader<'_, F>
where
    F: Fn(f64) -> Picture + Sync,
{
    /// The frame at tick `pts`, cropped, counted as decoded.
    fn picture(&mut self, pts: i64) -> Picture {
        self.stats.frames_decoded += 1;
        let picture = (self.source.picture_at)(self.source.info.timeline.time_base.seconds(pts));
        match self.crop {
            Some(rect) => crop_picture(&picture, rect),
            None => picture,
        }
    }
}

impl<F> FrameReader for SyntheticReader<'_, F>
where
    F: Fn(f64) -> Picture + Sync,
{
    fn fetch(&mut self, request: &SampleRequest, _next: Option<&SampleRequest>) -> Result<DecodedSample> {
        let timeline = &self.source.info.timeline;
        // Frame n is displayed at tick n: the nearest frame is the tick before the target, or
        // the one after when strictly nearer (as the FFmpeg reader chooses).
        let nearest = |target: f64| {
            let before = target.floor();
            (if target - before > 0.5 { before + 1.0 } else { before }) as i64
        };
        let (pts, keyframe) = match request.method {
            Method::Keyframe { at, .. } => (at, true),
            // Frames at every tick: the interval's first frame is its first tick.
            Method::FirstInside { window: (lo, hi), .. } if lo < hi => (lo, false),
            Method::Exact { .. } | Method::FirstInside { .. } => {
                (nearest(request.precise_target).clamp(timeline.start, timeline.end - 1), false)
            }
        };
        let picture = self.picture(pts);
        Ok(DecodedSample { pts, keyframe, picture })
    }

    fn nearest_accepted(
        &mut self,
        lo: i64,
        hi: i64,
        target: f64,
        accept: &dyn Fn(&Picture) -> bool,
    ) -> Result<Option<DecodedSample>> {
        let timeline = &self.source.info.timeline;
        let mut best: Option<DecodedSample> = None;
        for pts in lo.max(timeline.start)..hi.min(timeline.end) {
            let picture = self.picture(pts);
            let nearer =
                best.as_ref().is_none_or(|b| (pts as f64 - target).abs() < (b.pts as f64 - target).abs());
            if nearer && accept(&picture) {
                best = Some(DecodedSample { pts, keyframe: false, picture });
            }
        }
        Ok(best)
    }

    fn stats(&self) -> ReaderStats {
        self.stats
    }
}
