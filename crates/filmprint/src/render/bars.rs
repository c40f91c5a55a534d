//! What each bar shows in each style, and the straight (non-ring) layout of bars into whole
//! pixel rectangles: every rectangle a sample's color over exact pixel rows and columns.

use std::collections::HashMap;

use super::layout::{edges, weighted_edges};
use super::scene::{Item, PixelBox};
use super::style::Style;
use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;

/// One bar's colors top to bottom, with their relative heights (`None`: equal heights).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// sRGB colors, top to bottom.
    pub colors: Vec<[u8; 3]>,
    /// Relative heights, one per color; `None` for equal heights.
    pub weights: Option<Vec<f32>>,
}

/// The bars of a fingerprint in a style. `ring`, `smooth` and `strip` show the stacked colors.
pub fn bars(fingerprint: &Fingerprint, style: Style) -> Result<Vec<Bar>> {
    let missing = |what: &str| {
        Error::InvalidSettings(format!(
            "the style '{style}' needs each frame's {what}, which this fingerprint does not hold (it was \
             made by an older filmprint); make it again from the movie"
        ))
    };
    fingerprint
        .samples
        .iter()
        .map(|sample| {
            Ok(match style {
                Style::Proportional => {
                    // The bar's d colors, without the repeats that pad a frame with fewer clusters.
                    let clusters = &sample.clusters[..sample.colors.len().min(sample.clusters.len())];
                    Bar {
                        colors: clusters.iter().map(|c| c.rgb()).collect(),
                        weights: Some(clusters.iter().map(|c| c.share).collect()),
                    }
                }
                Style::Average => {
                    let average = sample.average.as_ref().ok_or_else(|| missing("average color"))?;
                    Bar { colors: vec![average.rgb()], weights: None }
                }
                Style::Frames => {
                    let column = sample.column_colors();
                    if column.is_empty() {
                        return Err(missing("squeezed column"));
                    }
                    Bar { colors: column, weights: None }
                }
                Style::Stacked
                | Style::Smooth
                | Style::Ring
                | Style::Arch
                | Style::Strip
                | Style::Wave
                | Style::WaveRing => {
                    Bar { colors: sample.colors.iter().map(|c| c.rgb()).collect(), weights: None }
                }
            })
        })
        .collect()
}

/// Row edges of a bar `height` pixels tall: color j covers `rows[j]..rows[j + 1]`.
pub fn bar_rows(bar: &Bar, height: u32) -> Vec<u32> {
    match &bar.weights {
        Some(weights) => weighted_edges(height, weights),
        None => edges(height, bar.colors.len()),
    }
}

/// The bars as whole-pixel rectangles filling `area`, bar i over columns `edges(width, N)[i]..`.
/// Rectangles of one color at the same rows in neighbouring bars are merged into one.
pub fn bar_rects(bars: &[Bar], area: PixelBox) -> Vec<Item> {
    let columns = edges(area.width(), bars.len());
    let mut items: Vec<Item> = Vec::new();
    // Rectangles of the previous bar by (top, bottom, color), to extend instead of repeat.
    let mut open: HashMap<(u32, u32, [u8; 3]), usize> = HashMap::new();
    for (i, bar) in bars.iter().enumerate() {
        let (x0, x1) = (area.x0 + columns[i], area.x0 + columns[i + 1]);
        if x0 == x1 || bar.colors.is_empty() {
            continue;
        }
        let rows = bar_rows(bar, area.height());
        let mut next_open = HashMap::new();
        for (j, &color) in bar.colors.iter().enumerate() {
            let (y0, y1) = (area.y0 + rows[j], area.y0 + rows[j + 1]);
            if y0 == y1 {
                continue;
            }
            let key = (y0, y1, color);
            let index = match open.get(&key) {
                Some(&index) if matches!(items[index], Item::Rect { area, .. } if area.x1 == x0) => {
                    if let Item::Rect { area, .. } = &mut items[index] {
                        area.x1 = x1;
                    }
                    index
                }
                _ => {
                    items.push(Item::Rect { area: PixelBox { x0, y0, x1, y1 }, color });
                    items.len() - 1
                }
            };
            next_open.insert(key, index);
        }
        open = next_open;
    }
    items
}

/// The `smooth` style: per row band (one per stacked color), a horizontal gradient through the
/// bars' colors, each bar's color exactly at its centre (or at `middles`, fractions of the
/// width, when bars are of different widths).
pub fn smooth_gradients(bars: &[Bar], area: PixelBox, middles: Option<&[f64]>) -> Vec<Item> {
    let bands = bars.iter().map(|b| b.colors.len()).max().unwrap_or(0);
    let rows = edges(area.height(), bands);
    let n = bars.len() as f64;
    (0..bands)
        .filter(|&j| rows[j] < rows[j + 1])
        .map(|j| {
            let mut stops: Vec<(f64, [u8; 3])> = Vec::new();
            for (i, bar) in bars.iter().enumerate() {
                let Some(&color) = bar.colors.get(j).or(bar.colors.last()) else { continue };
                let middle = middles.and_then(|m| m.get(i).copied()).unwrap_or((i as f64 + 0.5) / n);
                let position = f64::from(area.x0) + middle * f64::from(area.width());
                stops.push((position, color));
            }
            // Inside a run of one color the stops add nothing: keep only each run's ends.
            let keep: Vec<bool> = (0..stops.len())
                .map(|k| {
                    k == 0
                        || k + 1 == stops.len()
                        || stops[k - 1].1 != stops[k].1
                        || stops[k + 1].1 != stops[k].1
                })
                .collect();
            let stops = stops.into_iter().zip(keep).filter_map(|(s, k)| k.then_some(s)).collect();
            Item::Gradient {
                area: PixelBox { y0: area.y0 + rows[j], y1: area.y0 + rows[j + 1], ..area },
                stops,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(colors: &[[u8; 3]], weights: Option<&[f32]>) -> Bar {
        Bar { colors: colors.to_vec(), weights: weights.map(<[f32]>::to_vec) }
    }

    const RED: [u8; 3] = [255, 0, 0];
    const BLUE: [u8; 3] = [0, 0, 255];

    #[test]
    fn equal_neighbours_merge_into_one_rectangle() {
        let bars = vec![bar(&[RED, BLUE], None), bar(&[RED, RED], None), bar(&[BLUE], None)];
        let items = bar_rects(&bars, PixelBox { x0: 0, y0: 0, x1: 30, y1: 10 });
        let rects: Vec<(PixelBox, [u8; 3])> = items
            .iter()
            .map(|i| match i {
                Item::Rect { area, color } => (*area, *color),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            rects,
            vec![
                (PixelBox { x0: 0, y0: 0, x1: 20, y1: 5 }, RED),
                (PixelBox { x0: 0, y0: 5, x1: 10, y1: 10 }, BLUE),
                (PixelBox { x0: 10, y0: 5, x1: 20, y1: 10 }, RED),
                (PixelBox { x0: 20, y0: 0, x1: 30, y1: 10 }, BLUE),
            ]
        );
    }

    #[test]
    fn proportional_rows_follow_the_shares() {
        assert_eq!(bar_rows(&bar(&[RED, BLUE], Some(&[0.75, 0.25])), 100), vec![0, 75, 100]);
        assert_eq!(bar_rows(&bar(&[RED, BLUE, RED], None), 100), vec![0, 33, 67, 100]);
    }

    #[test]
    fn gradients_keep_only_the_ends_of_runs() {
        let bars = vec![bar(&[RED], None), bar(&[RED], None), bar(&[RED], None), bar(&[BLUE], None)];
        let items = smooth_gradients(&bars, PixelBox { x0: 0, y0: 0, x1: 40, y1: 10 }, None);
        let Item::Gradient { stops, .. } = &items[0] else { panic!() };
        assert_eq!(stops, &vec![(5.0, RED), (25.0, RED), (35.0, BLUE)]);
    }
}
