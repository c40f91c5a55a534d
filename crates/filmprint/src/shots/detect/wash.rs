//! A light or a colored wash switched over most of the picture at once (a stage's wash turning
//! from blue to red behind a band, house lights changing): every edge of the picture stays
//! where it was, but the change is too small in lightness for the relit test's shapes to be
//! compared (`flash.rs`, which looks only at cells whose lightness changed much), or it is a
//! cast, which that test holds as a tint and reports when the tint stays. A cut, even to
//! another angle on the same scene or to another face before the same wall, moves or redraws
//! some of the edges; here none moves, whichever frame they are counted from.

use super::ShotDetector;
use crate::shots::signature::FrameSignature;

/// The share of either frame's edges the other keeps, where they were and pointing the same
/// way, at half their strength or more ([`FrameSignature::edges_kept`]), for the picture to be
/// the same: 0.94 to 1.0 under 289's band's wash switching color (AV), in color and in black
/// and white; true cuts over the corpus's clips to AV keep 0.85 at most, both ways (cuts
/// between two faces before one wall, to a nearer framing of a street).
const WASH_KEPT: f32 = 0.9;

/// ... and the change is spread over the picture: the median fine cell's lightness change
/// ([`FrameSignature::median_structure_difference`]) is at least this part of the mean (0.98
/// to 1.25 under 289's wash). A jump cut in a still scene (a figure somewhere else at once
/// before a wall) changes only where the figure was and is, and keeps the rest's edges; a wash
/// changes the whole backdrop.
const WASH_SPREAD: f32 = 0.5;

impl ShotDetector {
    /// Whether `seen[at]` is the frame before it under another light or wash over most of the
    /// picture: each frame keeps [`WASH_KEPT`] of the other's edges, and the change is spread
    /// over the picture ([`WASH_SPREAD`]). Whether a cast or a change of light, it is no cut.
    pub(super) fn is_washed_over(&self, at: usize) -> bool {
        let Some(before) = at.checked_sub(1).map(|b| &self.seen[b].signature) else { return false };
        let now = &self.seen[at].signature;
        let keeps = |a: &FrameSignature, b| a.edges_kept(b, 0.5).is_some_and(|kept| kept >= WASH_KEPT);
        keeps(now, before)
            && keeps(before, now)
            && now.median_structure_difference(before) >= WASH_SPREAD * now.structure_difference(before)
    }
}
