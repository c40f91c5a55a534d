//! Turning boundaries into shots with colors, in the same pass that finds them: a shot's colors
//! come from several of its frames clustered together (one frame can be a close-up of a face in
//! a shot that is mostly sky), and are computed as soon as the shot is over, so memory holds a
//! few small pictures whatever the film's length.
//!
//! Frames are looked at every `ShotCollector::stride` frames (a few a second: scaling every
//! frame to the analysis size would cost a good part of the decode). A picture waits until the
//! detector has settled its frame, then joins the shot in progress; a shot keeps at most
//! [`MAX_PICKS`] pictures, spread over it (when it would hold twice that, every other one is
//! dropped and it takes half as many from then on). A shot too short to have a picture
//! (shorter than the stride) takes its colors from the detector's coarse grid of its middle
//! frame.

use std::collections::VecDeque;

use crate::analyse::dominant_colors;
use crate::analyse::squeeze::squeeze;
use crate::export::thumbnail::thumbnail;
use crate::fingerprint::{AnalysisSettings, Shot, ShotTransition, Swatch};
use crate::frame::Picture;
use crate::shots::{Boundary, FrameSignature, Transition};

/// Pictures clustered together for a shot's colors, at most.
pub(crate) const MAX_PICKS: usize = 8;
/// Pictures looked at per second of film.
const PICKS_PER_SECOND: f64 = 4.0;
/// Pictures waiting for the detector to settle their frames, at most.
const MAX_WAITING: usize = 64;
/// Grids kept for shots too short to have a picture (frames back from the newest).
const GRIDS_KEPT: usize = 512;

/// A frame looked at: its fine grid as a picture, and its analysis picture when thumbnails
/// are wanted.
struct Pick {
    frame: u64,
    seconds: f64,
    picture: Picture,
    full: Option<Picture>,
}

/// The shot in progress.
struct OpenShot {
    first_frame: u64,
    start_s: f64,
    transition: Option<ShotTransition>,
    picks: Vec<Pick>,
    /// Take one settled picture in `every`.
    every: usize,
    /// Settled pictures offered since the last one taken.
    offered: usize,
}

impl OpenShot {
    fn new(first_frame: u64, start_s: f64, transition: Option<ShotTransition>) -> Self {
        OpenShot { first_frame, start_s, transition, picks: Vec::new(), every: 1, offered: 0 }
    }

    /// Frames after this belong to the shot itself (not to the transition into it).
    fn own_from(&self) -> u64 {
        self.transition.map_or(self.first_frame, |t| t.last_frame + 1)
    }

    fn offer(&mut self, pick: Pick) {
        if pick.frame < self.own_from() {
            return;
        }
        self.offered += 1;
        if self.offered < self.every {
            return;
        }
        self.offered = 0;
        self.picks.push(pick);
        if self.picks.len() == 2 * MAX_PICKS {
            let mut keep = false;
            self.picks.retain(|_| {
                keep = !keep;
                keep
            });
            self.every *= 2;
        }
    }
}

/// Collects a film's shots as its frames go by.
pub(crate) struct ShotCollector<'a> {
    settings: &'a AnalysisSettings,
    /// Pictures whose frames the detector has not settled yet.
    waiting: VecDeque<Pick>,
    /// The grids of the last frames, for the shortest shots.
    grids: VecDeque<(u64, FrameSignature)>,
    open: OpenShot,
    shots: Vec<Shot>,
}

impl<'a> ShotCollector<'a> {
    /// A collector for a film of `fps` frames a second (if known).
    pub(crate) fn new(settings: &'a AnalysisSettings) -> Self {
        ShotCollector {
            settings,
            waiting: VecDeque::new(),
            grids: VecDeque::new(),
            open: OpenShot::new(0, 0.0, None),
            shots: Vec::new(),
        }
    }

    /// Every how many frames a picture is wanted, in a film of `fps` frames a second.
    pub(crate) fn stride(fps: Option<f64>) -> u64 {
        fps.filter(|f| f.is_finite() && *f > 0.0)
            .map_or(6, |f| (f / PICKS_PER_SECOND).round().max(1.0) as u64)
    }

    /// Takes frame `frame`'s grid; `pick` when it is one in `stride` (with its analysis
    /// picture, `full`, when thumbnails are wanted).
    pub(crate) fn frame(
        &mut self,
        frame: u64,
        seconds: f64,
        grid: FrameSignature,
        pick: bool,
        full: Option<Picture>,
    ) {
        if pick {
            self.waiting.push_back(Pick { frame, seconds, picture: grid.picture(), full });
            // Pictures wait while the detector holds a boundary open (a fade out kept for a
            // fade in, through a black hold of any length; a cut into black, a few frames; a
            // slow transition, up to about 400 frames): every other one is let go past a
            // bound, so memory does not follow the hold's length.
            if self.waiting.len() > MAX_WAITING {
                let mut keep = false;
                self.waiting.retain(|_| {
                    keep = !keep;
                    keep
                });
            }
        }
        if self.grids.len() == GRIDS_KEPT {
            self.grids.pop_front();
        }
        self.grids.push_back((frame, grid));
    }

    /// Takes the boundaries the detector returned, then every picture of a frame before
    /// `settled_before` (which no boundary to come can start after).
    pub(crate) fn settle(&mut self, boundaries: &[Boundary], settled_before: u64) {
        for boundary in boundaries {
            let (first_frame, start_s) = split_point(boundary);
            // A shot has at least one frame (the detector reports boundaries in order, apart).
            if first_frame <= self.open.first_frame || boundary.first < self.open.own_from() {
                continue;
            }
            self.take_waiting(|frame| frame < boundary.first);
            // Pictures inside the transition are of neither shot.
            self.waiting.retain(|pick| pick.frame > boundary.last);
            let transition = ShotTransition {
                kind: boundary.transition,
                first_frame: boundary.first,
                last_frame: boundary.last,
                start_s: boundary.first_s,
                end_s: boundary.last_s,
            };
            let next = OpenShot::new(first_frame, start_s, Some(transition));
            let done = std::mem::replace(&mut self.open, next);
            self.close(done, first_frame, start_s);
        }
        self.take_waiting(|frame| frame < settled_before);
    }

    /// The shots, the last ending at frame `frames - 1`, `end_s` seconds.
    pub(crate) fn finish(mut self, boundaries: &[Boundary], frames: u64, end_s: f64) -> Vec<Shot> {
        self.settle(boundaries, u64::MAX);
        let last = std::mem::replace(&mut self.open, OpenShot::new(0, 0.0, None));
        self.close(last, frames.max(1), end_s);
        self.shots
    }

    fn take_waiting(&mut self, settled: impl Fn(u64) -> bool) {
        while self.waiting.front().is_some_and(|pick| settled(pick.frame)) {
            if let Some(pick) = self.waiting.pop_front() {
                self.open.offer(pick);
            }
        }
    }

    /// Ends `shot` before frame `next_frame` (at `end_s`) and works out its colors.
    fn close(&mut self, shot: OpenShot, next_frame: u64, end_s: f64) {
        let last_frame = next_frame.saturating_sub(1).max(shot.first_frame);
        let middle_s = (shot.start_s + end_s) / 2.0;
        let representative = shot
            .picks
            .iter()
            .min_by(|a, b| (a.seconds - middle_s).abs().total_cmp(&(b.seconds - middle_s).abs()));
        let (frame_s, pooled, shown) = match representative {
            Some(pick) => {
                (pick.seconds, stack(&shot.picks), pick.full.clone().unwrap_or_else(|| pick.picture.clone()))
            }
            None => {
                // No frame looked at: the grid of the frame nearest its middle.
                let middle = (shot.own_from().min(last_frame) + last_frame) / 2;
                let grid = self
                    .grids
                    .iter()
                    .min_by_key(|(frame, _)| frame.abs_diff(middle))
                    .map(|(_, grid)| grid.picture())
                    .unwrap_or_else(|| Picture::from_fn(1, 1, |_, _| [0, 0, 0]));
                (middle_s, grid.clone(), grid)
            }
        };
        let colors = dominant_colors(&pooled, &self.settings.cluster_settings());
        self.shots.push(Shot {
            index: self.shots.len(),
            first_frame: shot.first_frame,
            last_frame,
            start_s: shot.start_s,
            end_s: end_s.max(shot.start_s),
            transition: shot.transition,
            frame_s,
            frames_analysed: shot.picks.len(),
            colors: colors.bar_colors(self.settings.colors).iter().map(Swatch::from_color).collect(),
            clusters: colors.clusters.iter().map(Swatch::from_color).collect(),
            average: colors.average.as_ref().map(Swatch::from_color),
            column: Some(crate::fingerprint::Sample::encode_column(&squeeze(&shown))),
            thumbnail: if self.settings.thumbnails { thumbnail(&shown) } else { None },
        });
    }
}

/// Where the shot after `boundary` starts for the tiling: a cut's frame, a gradual
/// transition's middle frame (its time interpolated between the transition's ends).
fn split_point(boundary: &Boundary) -> (u64, f64) {
    if boundary.transition == Transition::Cut || boundary.last <= boundary.first {
        return (boundary.first, boundary.first_s);
    }
    let middle = boundary.first + (boundary.last - boundary.first).div_ceil(2);
    let share = (middle - boundary.first) as f64 / (boundary.last - boundary.first) as f64;
    (middle, boundary.first_s + share * (boundary.last_s - boundary.first_s))
}

/// The pictures one under the other (those of the first one's width: a film whose size
/// changes mid-shot keeps its first size's frames).
fn stack(picks: &[Pick]) -> Picture {
    let width = picks.first().map_or(0, |p| p.picture.width);
    let same: Vec<&Picture> = picks.iter().map(|p| &p.picture).filter(|p| p.width == width).collect();
    let height = same.iter().map(|p| p.height).sum();
    let rgb = same.iter().flat_map(|p| p.rgb.iter().copied()).collect();
    Picture { width, height, rgb }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_waiting_for_a_held_boundary_stay_bounded() {
        // A fade out kept open through a long black hold: nothing settles for 5000 frames.
        let settings = AnalysisSettings::default();
        let mut collector = ShotCollector::new(&settings);
        let grid = FrameSignature::of(&Picture::from_fn(64, 36, |_, _| [200, 30, 20]));
        for frame in 0..5000u64 {
            collector.frame(frame, frame as f64 / 25.0, grid.clone(), true, None);
            collector.settle(&[], 0);
            assert!(collector.waiting.len() <= MAX_WAITING, "{} at {frame}", collector.waiting.len());
        }
        let shots = collector.finish(&[], 5000, 200.0);
        assert_eq!(shots.len(), 1);
        assert!((1..=2 * MAX_PICKS).contains(&shots[0].frames_analysed), "{}", shots[0].frames_analysed);
        assert_eq!(shots[0].clusters[0].hex, "#c81e14");
    }
}
