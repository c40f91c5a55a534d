//! The wave styles: each bar as long as the film is loud over its interval — a strip of bars
//! standing about a centre line like a sound wave (`wave`), or reaching out from a ring
//! (`wave-ring`). Levels are shown on a decibel scale relative to the film's loudest bar, so a
//! quiet film's wave is as tall as a loud one's and whispers still show.

use super::bars::{Bar, bar_rects};
use super::layout::edges;
use super::scene::{Item, PixelBox};

/// Decibels below the loudest bar that still show above the shortest bar.
pub const RANGE_DB: f32 = 45.0;

/// The shortest bar (silence), as a fraction of the longest.
pub const SHORTEST: f64 = 0.03;

/// The quietest level the longest bar stands for, dBFS: a film that is all but silent is
/// drawn as short bars, not as full ones.
pub const QUIETEST_REFERENCE: f32 = -60.0;

/// Each bar's length (`SHORTEST..=1`) for RMS levels in dBFS: linear in decibels from
/// [`RANGE_DB`] below the loudest level (or [`QUIETEST_REFERENCE`], if louder) up to it.
pub fn lengths(levels: &[f32]) -> Vec<f64> {
    let loudest = levels.iter().copied().fold(QUIETEST_REFERENCE, f32::max);
    levels
        .iter()
        .map(|&level| {
            let above = f64::from((level - (loudest - RANGE_DB)) / RANGE_DB);
            SHORTEST + (1.0 - SHORTEST) * above.clamp(0.0, 1.0)
        })
        .collect()
}

/// The bars of `wave` in `area`: bar i over the same columns as a stacked picture's, its colors
/// stacked over `lengths[i]` of the height, centred on the middle row (whole pixels).
pub fn wave_rects(bars: &[Bar], lengths: &[f64], area: PixelBox) -> Vec<Item> {
    let columns = edges(area.width(), bars.len());
    let height = f64::from(area.height());
    let middle = f64::from(area.y0) + height / 2.0;
    let mut items = Vec::new();
    for (i, (bar, length)) in bars.iter().zip(lengths).enumerate() {
        let half = (height * length / 2.0).max(0.5);
        let (y0, y1) = ((middle - half).round() as u32, (middle + half).round() as u32);
        let column =
            PixelBox { x0: area.x0 + columns[i], x1: area.x0 + columns[i + 1], y0, y1: y1.max(y0 + 1) };
        items.extend(bar_rects(std::slice::from_ref(bar), column));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_follow_decibels_below_the_loudest() {
        let l = lengths(&[-20.0, -20.0 - RANGE_DB / 2.0, -120.0, -10.0]);
        assert!((l[3] - 1.0).abs() < 1e-12, "the loudest is the longest");
        // 10 dB below the loudest of 45 shown.
        assert!((l[0] - (SHORTEST + (1.0 - SHORTEST) * 35.0 / 45.0)).abs() < 1e-6, "{}", l[0]);
        assert_eq!(l[2], SHORTEST, "silence is the shortest bar");
        assert!(l[1] < l[0] && l[1] > l[2]);
        // A silent soundtrack is all short bars, a whisper at -90 dBFS too.
        assert!(lengths(&[-120.0; 4]).iter().all(|&l| l == SHORTEST));
        assert!(lengths(&[-90.0, -120.0]).iter().all(|&l| l < 0.4));
    }

    #[test]
    fn a_wave_bar_is_centred_and_as_tall_as_its_length() {
        let bar = Bar { colors: vec![[200, 0, 0], [0, 0, 200]], weights: None };
        let area = PixelBox { x0: 0, y0: 0, x1: 20, y1: 100 };
        let items = wave_rects(&[bar.clone(), bar], &[1.0, 0.5], area);
        let boxes: Vec<PixelBox> = items
            .iter()
            .filter_map(|i| if let Item::Rect { area, .. } = i { Some(*area) } else { None })
            .collect();
        // The first bar fills the height in two colors; the second stands from 25 to 75.
        assert_eq!(boxes[0], PixelBox { x0: 0, y0: 0, x1: 10, y1: 50 });
        assert_eq!(boxes[1], PixelBox { x0: 0, y0: 50, x1: 10, y1: 100 });
        assert_eq!(boxes[2], PixelBox { x0: 10, y0: 25, x1: 20, y1: 50 });
        assert_eq!(boxes[3], PixelBox { x0: 10, y0: 50, x1: 20, y1: 75 });
    }
}
