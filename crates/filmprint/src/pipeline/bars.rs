//! The pass before sampling that finds letterbox/pillarbox bars: a few keyframes decoded and
//! looked at together, so the crop is decided once for the whole film.

use crate::error::{Error, Result};
use crate::frame::{ContentBox, CropRect, MIN_EVIDENCE, content_box, crop_for, unrotate};
use crate::progress::Progress;
use crate::sample::{self, SamplingMode, Timeline};
use crate::source::FrameSource;

/// Frames looked at to find letterbox/pillarbox bars.
const CROP_PROBES: usize = 24;

/// Finds the bars to cut off: the union of what [`CROP_PROBES`] keyframes spread over the
/// middle 90 % of the sampled part show (openings and end credits are often small text on
/// black, which says nothing about the film's frame). Frames that fail to decode are not
/// evidence; too little evidence means no crop.
pub(super) fn detect_crop(
    source: &dyn FrameSource,
    sampled: &Timeline,
    threads: usize,
    progress: &dyn Progress,
) -> Result<Option<CropRect>> {
    let margin = sampled.span() / 20;
    let middle = Timeline { start: sampled.start + margin, end: sampled.end - margin, ..sampled.clone() };
    let plan = sample::plan(&middle, CROP_PROBES, SamplingMode::Keyframe);
    let mut reader = source.reader(threads, None)?;
    let mut union: Option<ContentBox> = None;
    let mut evidence = 0;
    let mut size = None;
    for (i, request) in plan.iter().enumerate() {
        if progress.is_cancelled() {
            return Err(Error::Cancelled);
        }
        let Ok(decoded) = reader.fetch(request, plan.get(i + 1)) else { continue };
        let picture_size = (decoded.picture.width, decoded.picture.height);
        if size.is_some_and(|s| s != picture_size) {
            // The frame size changes: bars found on one size say nothing about the other.
            return Ok(None);
        }
        size = Some(picture_size);
        if let Some(content) = content_box(&decoded.picture) {
            evidence += 1;
            union = Some(union.map_or(content, |u| u.union(content)));
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
