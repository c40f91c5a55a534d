//! The pass before sampling that finds letterbox/pillarbox bars: a few keyframes decoded and
//! looked at together, so the crop is decided once for the whole film.

use crate::error::{Error, Result};
use crate::frame::{ContentBox, CropRect, MIN_EVIDENCE, content_box, crop_for, unrotate};
use crate::progress::Progress;
use crate::sample::{self, SampleRequest, SamplingMode, Timeline};
use crate::source::FrameSource;

/// Frames looked at to find letterbox/pillarbox bars.
const CROP_PROBES: usize = 24;

/// Finds the bars to cut off: the union of what [`CROP_PROBES`] keyframes spread over the
/// middle 90 % of the sampled part show (openings and end credits are often small text on
/// black, which says nothing about the film's frame). Frames that fail to decode are not
/// evidence; too little evidence means no crop. The keyframes are split between up to
/// `threads` readers side by side: this pass comes before any sampling can start, so on one
/// reader it kept the other cores idle (a tenth of the whole run for a 2-hour film at N = 1000).
pub(super) fn detect_crop(
    source: &dyn FrameSource,
    sampled: &Timeline,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Option<CropRect>> {
    let margin = sampled.span() / 20;
    let middle = Timeline { start: sampled.start + margin, end: sampled.end - margin, ..sampled.clone() };
    let plan = sample::plan(&middle, CROP_PROBES, SamplingMode::Keyframe);
    let readers = threads.clamp(1, plan.len().max(1));
    let parts: Vec<&[SampleRequest]> = plan.chunks(plan.len().div_ceil(readers).max(1)).collect();
    let decoder_threads = (threads / parts.len().max(1)).max(1);
    let looked: Vec<Result<Vec<Looked>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .iter()
            .map(|&part| scope.spawn(move || look_at(source, part, decoder_threads, progress)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|panic| Err(Error::from_panic(&*panic))))
            .collect()
    });
    let mut union: Option<ContentBox> = None;
    let mut evidence = 0;
    let mut size = None;
    // In the plan's order, as one reader would have met them: a part's failure counts only if
    // no change of size came before it.
    for part in looked {
        for (picture_size, content) in part? {
            if size.is_some_and(|s| s != picture_size) {
                // The frame size changes: bars found on one size say nothing about the other.
                return Ok(None);
            }
            size = Some(picture_size);
            if let Some(content) = content {
                evidence += 1;
                union = Some(union.map_or(content, |u| u.union(content)));
            }
        }
    }
    let info = source.info();
    Ok(match (union, size) {
        (Some(union), Some(size)) if evidence >= MIN_EVIDENCE => {
            // Pictures come turned the right way up; the crop applies to the stored frame.
            let (stored, stored_size) = unrotate(union, size, info.rotation);
            crop_for(stored, stored_size, (info.width, info.height))
        }
        _ => None,
    })
}

/// A keyframe looked at: its picture's size, and the content inside its bars if it shows any.
type Looked = ((u32, u32), Option<ContentBox>);

/// Decodes the keyframes of `part` on a reader of its own; those that fail to decode are left
/// out.
fn look_at(
    source: &dyn FrameSource,
    part: &[SampleRequest],
    decoder_threads: usize,
    progress: &dyn Progress,
) -> Result<Vec<Looked>> {
    let mut reader = source.reader(decoder_threads, None)?;
    let mut looked = Vec::with_capacity(part.len());
    for (i, request) in part.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let Ok(decoded) = reader.fetch(request, part.get(i + 1)) else { continue };
        looked.push(((decoded.picture.width, decoded.picture.height), content_box(&decoded.picture)));
    }
    Ok(looked)
}
