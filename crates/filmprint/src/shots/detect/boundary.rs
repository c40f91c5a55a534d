//! What the detector reports: a boundary between two shots, its frames and its kind. Kept apart
//! from the detector's rules, which its callers (the shot list, the exports) need not see.

use super::Seen;

/// What a boundary between two shots is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Transition {
    /// From one frame to the next.
    Cut,
    /// Two shots mixed over several frames.
    Dissolve,
    /// Through black or white (or from or to it).
    Fade,
}

/// A boundary between shots: for a cut, `first == last` is the first frame of the new shot;
/// for a gradual transition, the first and last frames that are part of it (the new shot
/// starts after `last`).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Boundary {
    /// First frame of the transition (frames numbered from 0 in presentation order).
    pub first: u64,
    /// Last frame of the transition.
    pub last: u64,
    /// The first frame's time, in seconds (as the caller gave it).
    pub first_s: f64,
    /// The last frame's time, in seconds.
    pub last_s: f64,
    /// Its kind.
    pub transition: Transition,
}

impl Boundary {
    /// The boundary from `first` to `last`, remembered frames.
    pub(super) fn spanning(first: &Seen, last: &Seen, transition: Transition) -> Self {
        Boundary {
            first: first.frame,
            last: last.frame,
            first_s: first.seconds,
            last_s: last.seconds,
            transition,
        }
    }
}
