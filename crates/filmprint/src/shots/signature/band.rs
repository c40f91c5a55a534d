//! Where in the picture a change lies. A subtitle or a caption appearing, changing or going
//! changes a band across the bottom or the top of the picture and leaves the rest as it was;
//! a cut changes the rest too, whatever it shows. Apart from the light tests because it asks
//! where the fine grid changed, not how.

use super::{FINE_GRID, FrameSignature};

/// Rows of the fine grid (of its 36) in each of the bands, at the bottom and at the top of
/// the picture, where subtitles and captions stand: a quarter of the picture each.
const BAND_ROWS: usize = 9;

/// How a change between two frames is spread over the picture: how much of it one band at
/// the bottom or the top of the picture holds, and what the rest of the picture did.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandChange {
    /// The share (0..=1) of the change (the sum over the fine grid's cells of their lightness
    /// difference) that lies in the band, of the two, which holds more of it.
    pub share: f32,
    /// The mean lightness difference (0..=1) of the cells outside that band.
    pub rest_change: f32,
    /// How much the picture outside that band shows (0..=1): the mean lightness difference,
    /// in the earlier frame, of the two cells either side of each cell across. Near 0 where
    /// the rest is one flat color (credits over black), higher where it shows a scene.
    pub rest_structure: f32,
}

impl FrameSignature {
    /// How the change from `other` to this frame is spread over the picture (see
    /// [`BandChange`]); `None` when either fine grid was not measured or nothing changed.
    pub fn band_change(&self, other: &FrameSignature) -> Option<BandChange> {
        let (across, down) = FINE_GRID;
        if self.fine.len() != across * down || other.fine.len() != across * down {
            return None;
        }
        let row_change = |y: usize| -> f32 {
            (0..across).map(|x| (self.fine[y * across + x] - other.fine[y * across + x]).abs()).sum()
        };
        let rows: Vec<f32> = (0..down).map(row_change).collect();
        let total: f32 = rows.iter().sum();
        if total <= 0.0 {
            return None;
        }
        let (top, bottom) = (0..BAND_ROWS, down - BAND_ROWS..down);
        let (in_top, in_bottom) =
            (rows[top.clone()].iter().sum::<f32>(), rows[bottom.clone()].iter().sum::<f32>());
        let (band, held) = if in_bottom >= in_top { (bottom, in_bottom) } else { (top, in_top) };
        let rest = || (0..down).filter(|y| !band.contains(y));
        let rest_rows = (down - BAND_ROWS) as f32;
        let rest_change = rest().map(|y| rows[y]).sum::<f32>() / (rest_rows * across as f32);
        let structure: f32 = rest()
            .flat_map(|y| (1..across - 1).map(move |x| (y, x)))
            .map(|(y, x)| (other.fine[y * across + x + 1] - other.fine[y * across + x - 1]).abs())
            .sum();
        Some(BandChange {
            share: held / total,
            rest_change,
            rest_structure: structure / (rest_rows * (across - 2) as f32),
        })
    }
}
