//! Finding a film's shots: every frame read in order (the source's `each_signature`), fed to
//! the shot detector as it comes, so memory stays the same whatever the film's length.

use crate::error::{Error, Result};
use crate::frame::CropRect;
use crate::progress::Progress;
use crate::shots::{Boundary, ShotDetector};
use crate::source::FrameSource;

/// A film's shot boundaries, and how many frames were read to find them.
#[derive(Debug, Clone, PartialEq)]
pub struct ShotScan {
    /// Frames read (the film's frames in its time span).
    pub frames: u64,
    /// The boundaries in order; frame numbers count from the span's first frame, times are
    /// seconds from it.
    pub boundaries: Vec<Boundary>,
}

/// Reads every frame of `source` (its `crop` part, in source pixels, when given: letterbox
/// bars would only dilute the differences) and finds its shot boundaries. `decoder_threads`
/// is the decoder's share of the cores. Reports progress in frames of stream time
/// ("shots", the span in milliseconds) and stops when `progress` asks.
pub fn find_shots(
    source: &dyn FrameSource,
    crop: Option<CropRect>,
    decoder_threads: usize,
    progress: &dyn Progress,
) -> Result<ShotScan> {
    let timeline = &source.info().timeline;
    let millis = |ticks: i64| (timeline.time_base.seconds(ticks.max(0)) * 1000.0) as u64;
    progress.start("shots", millis(timeline.span()));
    let mut detector = ShotDetector::new();
    let (mut boundaries, mut frames, mut reported) = (Vec::new(), 0u64, 0u64);
    source.each_signature(decoder_threads.max(1), crop, &mut |pts, signature| {
        if progress.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let offset = pts.saturating_sub(timeline.start);
        boundaries.extend(detector.push(frames, timeline.time_base.seconds(offset), signature));
        frames += 1;
        let done = millis(offset);
        if done > reported {
            progress.advance(done - reported);
            reported = done;
        }
        Ok(())
    })?;
    boundaries.extend(detector.finish());
    Ok(ShotScan { frames, boundaries })
}
