//! Choosing the samples' frames while every frame goes by (when shots are found, the film is
//! decoded whole anyway, so each sample can have the frame nearest its target for free). The
//! rule is the exact reader's: the last frame at or before the target, unless the first one
//! after it is strictly nearer. Pictures are made only for frames that may be chosen: the one
//! that will be the last before a target (it is ahead of the target by less than a frame) and
//! the one after.

use crate::error::Result;
use crate::frame::Picture;
use crate::sample::SampleRequest;
use crate::source::PictureOnDemand;

/// Samples whose nearest frame is known: their requests, the frame's timestamp and picture.
pub(crate) struct Chosen {
    pub requests: Vec<SampleRequest>,
    pub pts: i64,
    pub picture: Picture,
}

/// Walks the plan (in target order) as frames come.
pub(crate) struct ExactSampler {
    plan: Vec<SampleRequest>,
    next: usize,
    /// The last frame seen, with its picture when it was made.
    previous: Option<(i64, Option<Picture>)>,
    /// Ticks per frame: the declared duration, or the longest step seen if longer.
    step: i64,
}

impl ExactSampler {
    pub(crate) fn new(mut plan: Vec<SampleRequest>, frame_duration: Option<i64>) -> Self {
        plan.sort_by(|a, b| a.precise_target.total_cmp(&b.precise_target));
        ExactSampler { plan, next: 0, previous: None, step: frame_duration.unwrap_or(0).max(0) }
    }

    /// Takes the frame at `pts` (its picture made by `picture` if it may be chosen) and
    /// returns the samples it settles.
    pub(crate) fn frame(&mut self, pts: i64, picture: PictureOnDemand<'_>) -> Result<Vec<Chosen>> {
        let mut chosen = Vec::new();
        let mut current: Option<Picture> = None;
        // Targets passed: this frame or the one before is their nearest.
        let mut before = Vec::new();
        let mut after = Vec::new();
        while let Some(request) = self.plan.get(self.next).filter(|r| r.precise_target < pts as f64) {
            let target = request.precise_target;
            match &self.previous {
                Some((previous, Some(_))) if pts as f64 - target >= target - *previous as f64 => {
                    before.push(*request)
                }
                _ => after.push(*request),
            }
            self.next += 1;
        }
        if !before.is_empty()
            && let Some((previous_pts, Some(previous_picture))) = &self.previous
        {
            chosen.push(Chosen { requests: before, pts: *previous_pts, picture: previous_picture.clone() });
        }
        if !after.is_empty() {
            let made = picture()?;
            chosen.push(Chosen { requests: after, pts, picture: made.clone() });
            current = Some(made);
        }
        // The longest step seen so far (a variable frame rate has longer ones than declared).
        if let Some((previous, _)) = &self.previous {
            self.step = self.step.max(pts - previous);
        }
        // The last frame before the next target (or exactly on it) may be its nearest.
        let wanted = self.plan.get(self.next).is_some_and(|r| {
            let target = r.precise_target;
            pts as f64 <= target && (pts + self.step.max(1)) as f64 > target
        });
        if wanted && current.is_none() {
            current = Some(picture()?);
        }
        self.previous = Some((pts, current));
        Ok(chosen)
    }

    /// The samples left when the film ends: the last frame is their nearest (if its picture
    /// was made; otherwise the error is the first sample that had no frame).
    pub(crate) fn finish(mut self) -> std::result::Result<Option<Chosen>, SampleRequest> {
        let rest: Vec<SampleRequest> = self.plan.drain(self.next..).collect();
        let Some(&first) = rest.first() else { return Ok(None) };
        match self.previous.take() {
            Some((pts, Some(picture))) => Ok(Some(Chosen { requests: rest, pts, picture })),
            _ => Err(first),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::Method;

    fn request(index: usize, target: f64) -> SampleRequest {
        SampleRequest {
            index,
            target: target as i64,
            precise_target: target,
            method: Method::Exact { from: None },
        }
    }

    #[test]
    fn each_target_gets_the_nearest_frame_and_only_candidates_are_drawn() {
        // Frames every 10 ticks; targets between them, on one, and past the last frame.
        let targets = [3.0, 7.0, 15.0, 20.0, 24.9, 95.0];
        let plan: Vec<SampleRequest> = targets.iter().enumerate().map(|(i, &t)| request(i, t)).collect();
        let mut sampler = ExactSampler::new(plan, Some(10));
        let mut drawn = Vec::new();
        let mut found: Vec<(usize, i64)> = Vec::new();
        for pts in (0..=90).step_by(10) {
            let mut make = || {
                drawn.push(pts);
                Ok(Picture::from_fn(1, 1, |_, _| [pts as u8, 0, 0]))
            };
            for chosen in sampler.frame(pts, &mut make).unwrap() {
                assert_eq!(chosen.picture.rgb[0], chosen.pts as u8);
                found.extend(chosen.requests.iter().map(|r| (r.index, chosen.pts)));
            }
        }
        if let Some(chosen) = sampler.finish().unwrap() {
            found.extend(chosen.requests.iter().map(|r| (r.index, chosen.pts)));
        }
        found.sort();
        // A tie (15: 10 or 20) goes to the frame before, as the exact reader does.
        assert_eq!(found, vec![(0, 0), (1, 10), (2, 10), (3, 20), (4, 20), (5, 90)]);
        assert_eq!(drawn, vec![0, 10, 20, 90]);
    }

    #[test]
    fn without_a_declared_frame_duration_the_steps_seen_are_used() {
        // Frames every 30 ticks, no duration declared: the frame before target 40 (at 30)
        // must be drawn, as it is the nearer.
        let mut sampler = ExactSampler::new(vec![request(0, 40.0)], None);
        let mut found = Vec::new();
        for pts in [0, 30, 60, 90] {
            let mut make = || Ok(Picture::from_fn(1, 1, |_, _| [pts as u8, 0, 0]));
            for chosen in sampler.frame(pts, &mut make).unwrap() {
                found.push(chosen.pts);
            }
        }
        assert!(sampler.finish().unwrap().is_none());
        assert_eq!(found, vec![30]);
    }
}
