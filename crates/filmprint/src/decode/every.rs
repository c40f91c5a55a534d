//! Reading every frame of a film, in order, for what needs all of them rather than samples
//! (shot boundaries): one demuxer and one decoder from the first frame to the last, the
//! decoder's own frame threads sharing the cores, each frame reduced at once to a signature.
//!
//! The demuxer and decoder run on a thread of their own, a few frames ahead of the caller:
//! the signatures and whatever `visit` does then fill the cores' idle moments while the
//! decoder waits on its frame threads, instead of holding the next packet back.

use std::sync::mpsc;

use super::probe::SeekTable;
use super::run::{Run, Timed};
use super::scale::Scaler;
use crate::error::Result;
use crate::frame::CropRect;
use crate::shots::FrameSignature;
use crate::source::{PictureOnDemand, VideoInfo};

/// Decoded frames waiting for their signature: enough to keep the decoder busy through a
/// slow frame of the caller's, few enough that memory stays a handful of full-size frames
/// (four ran no faster than two on the 720p benchmark film, run in turn).
const FRAMES_AHEAD: usize = 2;

/// Gives `visit` the timestamp and signature of every frame of the stream's time span, in
/// presentation order.
pub(crate) fn each_signature(
    info: &VideoInfo,
    seeks: &SeekTable,
    analysis_width: u32,
    threads: usize,
    crop: Option<CropRect>,
    visit: &mut dyn FnMut(i64, FrameSignature, PictureOnDemand<'_>) -> Result<()>,
) -> Result<()> {
    let mut run = Run::open(info, seeks, threads)?;
    let timeline = &info.timeline;
    run.seek(timeline.start, None)?;
    let (sender, receiver) = mpsc::sync_channel::<Result<Timed>>(FRAMES_AHEAD);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            // Stops at the end, on an error, or when the caller stopped listening.
            while let Some(next) = run.next_frame(None).transpose() {
                let failed = next.is_err();
                if sender.send(next).is_err() || failed {
                    break;
                }
            }
        });
        let mut scaler = Scaler::new(analysis_width, crop, info.rotation);
        let decode_error = |action: String, source| super::decode_error(&info.path, action)(source);
        // The receiver is dropped on returning, which stops the decoding thread.
        for timed in receiver {
            let Timed { pts, frame } = timed?;
            // Frames of the keyframe's group before the span, or past a truncated file's end.
            if pts < timeline.start || pts >= timeline.end {
                continue;
            }
            let sar = info.sample_aspect;
            let signature = scaler
                .signature(&frame, sar)
                .map_err(|e| decode_error(format!("reading the frame at pts {pts}"), e))?;
            let scaler = &mut scaler;
            visit(pts, signature, &mut || {
                scaler
                    .picture(&frame, sar)
                    .map_err(|e| decode_error(format!("scaling the frame at pts {pts}"), e))
            })?;
        }
        Ok(())
    })
}
