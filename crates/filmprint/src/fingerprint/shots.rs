//! A film's shots as data: where each starts and ends, how it was entered (cut, dissolve, fade),
//! its colors over several of its frames, and the statistics film scholars compare films by
//! (Cinemetrics' average and median shot length, its spread and distribution).
//!
//! Shots tile the film: each starts where the one before ends. A gradual transition is split
//! at its middle frame for the tiling (so durations add up to the film's length); its own
//! first and last frames are kept with the shot it leads into.

use serde::{Deserialize, Serialize};

use super::{Fingerprint, Sample, Swatch, bounded};
use crate::error::{Error, Result};
use crate::shots::{Boundary, Transition};

/// The most shots a fingerprint holds (more than one a second over a 27-hour film).
pub const MAX_SHOTS: usize = 100_000;

/// The longest film whose shots are read (a million seconds, eleven days): the shot-rate
/// statistics hold a number per minute.
pub const MAX_FILM_SECONDS: f64 = 1e6;

/// Upper edges, in seconds, of the shot-length classes of [`ShotStatistics::distribution`];
/// the last class holds everything longer.
pub const LENGTH_CLASSES: [f64; 9] = [1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 21.0, 34.0, 60.0];

/// A film's shots, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShotList {
    /// Frames read to find them (every frame of the film).
    pub frames: u64,
    /// The shots; the first starts at the film's first frame, the last ends at its last.
    #[serde(deserialize_with = "bounded::shots")]
    pub shots: Vec<Shot>,
    /// What the shots add up to (recomputed from `shots` when a file is read).
    #[serde(default, skip_deserializing)]
    pub statistics: ShotStatistics,
}

/// One shot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shot {
    /// Shot number, from 0.
    pub index: usize,
    /// Its first frame (frames numbered from 0 in presentation order).
    pub first_frame: u64,
    /// Its last frame.
    pub last_frame: u64,
    /// Where it starts, seconds from the stream start.
    pub start_s: f64,
    /// Where it ends (where the next one starts).
    pub end_s: f64,
    /// The transition into it; `None` for the first shot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition: Option<ShotTransition>,
    /// The frame shown for it (the analysed frame nearest its middle), seconds from the stream
    /// start.
    pub frame_s: f64,
    /// Frames of it whose pixels were clustered together for its colors.
    pub frames_analysed: usize,
    /// The d colors of its bar, top to bottom.
    #[serde(deserialize_with = "bounded::swatches")]
    pub colors: Vec<Swatch>,
    /// Every cluster of its frames taken together, in rank order.
    #[serde(deserialize_with = "bounded::swatches")]
    pub clusters: Vec<Swatch>,
    /// The mean color of its analysed frames, in linear light.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average: Option<Swatch>,
    /// Its representative frame squeezed to one column (as [`Sample::column`]).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::column")]
    pub column: Option<String>,
    /// Its representative frame as a small base64 JPEG (when thumbnails were asked for).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "bounded::thumbnail")]
    pub thumbnail: Option<String>,
}

/// How a shot is entered.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ShotTransition {
    /// Cut, dissolve or fade.
    pub kind: Transition,
    /// The transition's first frame (for a cut, the shot's first frame).
    pub first_frame: u64,
    /// Its last frame.
    pub last_frame: u64,
    /// Its first frame's time, seconds from the stream start.
    pub start_s: f64,
    /// Its last frame's time.
    pub end_s: f64,
}

/// Cinemetrics' measures of a film's cutting.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ShotStatistics {
    /// Number of shots.
    pub count: usize,
    /// Average shot length (ASL): the film's length over the number of shots, seconds.
    pub average_s: f64,
    /// Median shot length, seconds.
    pub median_s: f64,
    /// Standard deviation of the shot lengths, seconds.
    pub sd_s: f64,
    /// The shortest shot, seconds.
    pub shortest_s: f64,
    /// The longest shot, seconds.
    pub longest_s: f64,
    /// Cuts, dissolves and fades between the shots.
    pub cuts: usize,
    /// See `cuts`.
    pub dissolves: usize,
    /// See `cuts`.
    pub fades: usize,
    /// Shots per length class: `distribution[i]` counts shots up to [`LENGTH_CLASSES`]`[i]`
    /// seconds long (and longer than the class before); the last entry, longer than all.
    pub distribution: Vec<usize>,
    /// Shots starting in each minute of the film (the cutting rate over time).
    pub per_minute: Vec<usize>,
}

impl Shot {
    /// Its length in seconds.
    pub fn duration_s(&self) -> f64 {
        self.end_s - self.start_s
    }

    /// The shot as a bar: a [`Sample`] with its colors, at its representative frame.
    pub fn as_sample(&self) -> Sample {
        Sample {
            index: self.index,
            target_s: (self.start_s + self.end_s) / 2.0,
            time_s: self.frame_s,
            pts: 0,
            keyframe: false,
            colors: self.colors.clone(),
            clusters: self.clusters.clone(),
            skipped_black: false,
            left_out: 0.0,
            average: self.average.clone(),
            column: self.column.clone(),
            thumbnail: self.thumbnail.clone(),
        }
    }
}

impl Fingerprint {
    /// The fingerprint drawn by shot on `columns` equal columns: sample i is the shot at the
    /// middle of column i, so each shot takes columns in proportion to its length, the
    /// rounding spread over the film. Errors when it holds no shots.
    pub fn shots_as_columns(&self, columns: usize) -> Result<Fingerprint> {
        let (list, start, length) = self.shot_span()?;
        let mut shot = 0;
        let samples = (0..columns.max(1))
            .map(|column| {
                let time = start + (column as f64 + 0.5) / columns.max(1) as f64 * length;
                while shot + 1 < list.shots.len() && list.shots[shot].end_s <= time {
                    shot += 1;
                }
                Sample { index: column, thumbnail: None, ..list.shots[shot].as_sample() }
            })
            .collect();
        Ok(Fingerprint { samples, sampled: None, ..self.clone() })
    }

    /// The fingerprint with a sample per shot, and where each shot's middle lies across the
    /// film (0 at its start, 1 at its end): for gradients from shot to shot.
    pub fn shots_as_samples(&self) -> Result<(Fingerprint, Vec<f64>)> {
        let (list, start, length) = self.shot_span()?;
        let middles = list
            .shots
            .iter()
            .map(|s| ((s.start_s + s.end_s) / 2.0 - start) / length.max(f64::EPSILON))
            .collect();
        let samples = list.shots.iter().map(|s| Sample { thumbnail: None, ..s.as_sample() }).collect();
        Ok((Fingerprint { samples, sampled: None, ..self.clone() }, middles))
    }

    /// The shots, where the first starts and how long they last together.
    fn shot_span(&self) -> Result<(&ShotList, f64, f64)> {
        let list = self.shots.as_ref().ok_or_else(|| {
            Error::InvalidSettings("this fingerprint holds no shots: make it with --shots".into())
        })?;
        let (Some(first), Some(last)) = (list.shots.first(), list.shots.last()) else {
            return Err(Error::InvalidSettings("this fingerprint's shot list is empty".into()));
        };
        Ok((list, first.start_s, last.end_s - first.start_s))
    }
}

impl ShotList {
    /// The shots with their statistics computed.
    pub fn new(frames: u64, shots: Vec<Shot>) -> Self {
        let statistics = ShotStatistics::of(&shots);
        ShotList { frames, shots, statistics }
    }

    /// The boundaries between the shots, as the detector reports them.
    pub fn boundaries(&self) -> Vec<Boundary> {
        let boundary = |t: &ShotTransition| Boundary {
            first: t.first_frame,
            last: t.last_frame,
            first_s: t.start_s,
            last_s: t.end_s,
            transition: t.kind,
        };
        self.shots.iter().filter_map(|shot| shot.transition.as_ref().map(boundary)).collect()
    }

    /// Checks what drawing and exporting rely on: at least one shot, in order, tiling the film
    /// (each starting where the one before ends), with times from 0 to at most
    /// [`MAX_FILM_SECONDS`] and at least one color.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if self.shots.is_empty() {
            return Err("its shot list is empty".into());
        }
        let mut end = None;
        for (i, shot) in self.shots.iter().enumerate() {
            let times = [shot.start_s, shot.end_s, shot.frame_s];
            if !times.iter().all(|t| (0.0..=MAX_FILM_SECONDS).contains(t)) {
                return Err(format!("shot {i} has a time outside 0..{MAX_FILM_SECONDS} s"));
            }
            if shot.start_s > shot.end_s {
                return Err(format!("shot {i} ends before it starts"));
            }
            // Frames follow on from the shot before, within the frames read.
            let expected_first = if i == 0 { 0 } else { self.shots[i - 1].last_frame.saturating_add(1) };
            if shot.first_frame != expected_first || shot.last_frame >= self.frames {
                return Err(format!("shot {i}'s frames do not follow on from the shot before it"));
            }
            if let Some(t) = &shot.transition {
                let times = [t.start_s, t.end_s];
                let before = if i == 0 { 0 } else { self.shots[i - 1].first_frame };
                if t.first_frame > t.last_frame
                    || t.first_frame < before
                    || t.last_frame > shot.last_frame
                    || !times.iter().all(|s| (0.0..=MAX_FILM_SECONDS).contains(s))
                {
                    return Err(format!("shot {i}'s transition lies outside it and the shot before"));
                }
            }
            if end.is_some_and(|end: f64| (end - shot.start_s).abs() > 1e-6)
                || shot.first_frame > shot.last_frame
            {
                return Err(format!("shot {i} does not start where the shot before it ends"));
            }
            if shot.colors.is_empty() {
                return Err(format!("shot {i} has no colors"));
            }
            end = Some(shot.end_s);
        }
        Ok(())
    }
}

impl ShotStatistics {
    /// The statistics of `shots`.
    pub fn of(shots: &[Shot]) -> Self {
        let mut lengths: Vec<f64> = shots.iter().map(Shot::duration_s).collect();
        let count = lengths.len();
        if count == 0 {
            return ShotStatistics::default();
        }
        let total: f64 = lengths.iter().sum();
        let average_s = total / count as f64;
        let variance = lengths.iter().map(|l| (l - average_s).powi(2)).sum::<f64>() / count as f64;
        lengths.sort_by(f64::total_cmp);
        let median_s = if count % 2 == 1 {
            lengths[count / 2]
        } else {
            (lengths[count / 2 - 1] + lengths[count / 2]) / 2.0
        };
        let mut distribution = vec![0; LENGTH_CLASSES.len() + 1];
        for length in &lengths {
            distribution
                [LENGTH_CLASSES.iter().position(|&edge| *length <= edge).unwrap_or(LENGTH_CLASSES.len())] +=
                1;
        }
        let film_start = shots[0].start_s;
        let span = (shots[count - 1].end_s - film_start).clamp(0.0, MAX_FILM_SECONDS);
        let minutes = (span / 60.0).ceil().max(1.0) as usize;
        let mut per_minute = vec![0; minutes];
        for shot in shots {
            let minute = ((shot.start_s - film_start) / 60.0).floor().max(0.0) as usize;
            per_minute[minute.min(minutes - 1)] += 1;
        }
        let kind = |k: Transition| shots.iter().filter(|s| s.transition.is_some_and(|t| t.kind == k)).count();
        ShotStatistics {
            count,
            average_s,
            median_s,
            sd_s: variance.sqrt(),
            shortest_s: lengths[0],
            longest_s: lengths[count - 1],
            cuts: kind(Transition::Cut),
            dissolves: kind(Transition::Dissolve),
            fades: kind(Transition::Fade),
            distribution,
            per_minute,
        }
    }
}
