//! Reading every frame of a film, in order, for what needs all of them rather than samples
//! (shot boundaries): one demuxer and one decoder from the first frame to the last, the
//! decoder's own frame threads sharing the cores, each frame reduced at once to a signature.

use super::probe::SeekTable;
use super::run::Run;
use super::scale::Scaler;
use crate::error::Result;
use crate::frame::CropRect;
use crate::shots::FrameSignature;
use crate::source::{PictureOnDemand, VideoInfo};

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
    let mut scaler = Scaler::new(analysis_width, crop, info.rotation);
    let timeline = &info.timeline;
    run.seek(timeline.start, None)?;
    while let Some(timed) = run.next_frame(None)? {
        // Frames of the keyframe's group before the span, or past a truncated file's end.
        if timed.pts < timeline.start || timed.pts >= timeline.end {
            continue;
        }
        let signature = scaler
            .signature(&timed.frame, info.sample_aspect)
            .map_err(|e| run.decode_error(format!("reading the frame at pts {}", timed.pts), e))?;
        let (frame, pts, sar) = (&timed.frame, timed.pts, info.sample_aspect);
        let run = &run;
        let scaler = &mut scaler;
        visit(pts, signature, &mut || {
            scaler
                .picture(frame, sar)
                .map_err(|e| run.decode_error(format!("scaling the frame at pts {pts}"), e))
        })?;
    }
    Ok(())
}
