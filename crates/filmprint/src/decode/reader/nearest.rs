//! Walking a run forward to the frame nearest a target: the one step every exact sample
//! takes, and the check of whether frames skipped as non-reference could have been nearer.

use super::FfmpegReader;
use crate::decode::run::Timed;
use crate::decode::timing;
use crate::error::Result;

/// Outcome of looking for the frame nearest a target in the current run.
pub(super) enum Nearest {
    /// The nearest frame is the run's `before` or `pending` frame.
    Found(Slot),
    /// The first frame of the run (now `pending`) is already after the target.
    StartedLate,
    /// The stream ended (or broke) before any frame came out.
    Nothing,
}

/// Where the chosen frame is. Frames stay in the run rather than being copied: a full-size
/// frame copy costs as much as scaling it, and the chosen frame may be the nearest for the
/// next target too.
pub(super) enum Slot {
    Before,
    Pending,
    Owned(Timed),
}

/// The frame a slot stands for (a free function so the scaler can be borrowed alongside).
pub(super) fn slotted<'s>(
    before: &'s Option<Timed>,
    pending: &'s Option<Timed>,
    slot: &'s Slot,
) -> Option<&'s Timed> {
    match slot {
        Slot::Before => before.as_ref(),
        Slot::Pending => pending.as_ref(),
        Slot::Owned(timed) => Some(timed),
    }
}

impl FfmpegReader<'_> {
    /// Walks the run forward to the frame nearest `target` (in ticks, fraction kept).
    pub(super) fn nearest(&mut self, target: f64, skip_before: Option<i64>) -> Result<Nearest> {
        loop {
            let next = match self.pending.take() {
                Some(frame) => Some(frame),
                None => self.run.next_frame(skip_before)?,
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
                        let step = self.info.timeline.frame_duration.unwrap_or(0);
                        let end = self.run.read_end.max(last.pts.saturating_add(step));
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

    /// Whether a frame skipped as non-reference (timed before the skip limit) could be nearer
    /// the target than the one found: only when nothing was found from the limit on.
    pub(super) fn skipped_may_be_nearer(&self, target: f64) -> bool {
        let limit = self.skip_limit(target) as f64;
        match (&self.before, &self.pending) {
            (Some(b), after) if (b.pts as f64) < limit => {
                after.as_ref().is_none_or(|a| a.pts as f64 - target > target - limit)
            }
            _ => false,
        }
    }
}
