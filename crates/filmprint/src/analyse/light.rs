//! Which pixels the light limits leave out (`--ignore-black`, `--ignore-white`), decided for
//! each pixel by its own Oklab lightness, at the cost of a table lookup for almost all of them.
//!
//! Computing Oklab for every pixel of every frame would double the census's cost. Instead a
//! table over the 64³ color blocks of 4 codes per channel records, from the lightness at the
//! block's corners, whether the whole block is kept, wholly left out, or straddles a limit;
//! only pixels in straddling blocks (a thin shell of colors around each limit) are converted.

use std::cell::RefCell;
use std::rc::Rc;

use super::color;

/// Pixels to leave out of the census, by Oklab lightness (0 black … 1 white).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LightLimits {
    /// Leave out pixels darker than this.
    pub below: Option<f32>,
    /// Leave out pixels lighter than this.
    pub above: Option<f32>,
}

impl LightLimits {
    /// Whether any limit is set.
    pub fn any(&self) -> bool {
        self.below.is_some() || self.above.is_some()
    }

    /// Whether a pixel of this lightness is left out.
    fn excludes(&self, lightness: f32) -> bool {
        self.below.is_some_and(|b| lightness < b) || self.above.is_some_and(|a| lightness > a)
    }
}

const KEEP: u8 = 0;
const LEAVE_OUT: u8 = 1;
const CHECK: u8 = 2;
/// Oklab lightness is not exactly monotonic in blue (its S cone weight is slightly negative),
/// so corner values bound a block's lightness only up to a small margin.
const MARGIN: f32 = 1e-3;

/// Per-pixel decisions for one set of limits.
#[derive(Debug)]
pub(crate) struct PixelFilter {
    limits: LightLimits,
    /// KEEP, LEAVE_OUT or CHECK for each block of 4×4×4 codes (6 bits per channel).
    blocks: Vec<u8>,
}

fn block(rgb: [u8; 3]) -> usize {
    (usize::from(rgb[0] >> 2) << 12) | (usize::from(rgb[1] >> 2) << 6) | usize::from(rgb[2] >> 2)
}

impl PixelFilter {
    fn new(limits: LightLimits) -> Self {
        // Lightness of every code value's corner combination, from per-channel linear values.
        let mut blocks = vec![KEEP; 1 << 18];
        for (i, class) in blocks.iter_mut().enumerate() {
            let lows = [(i >> 12) as u8, ((i >> 6) & 63) as u8, (i & 63) as u8].map(|v| v << 2);
            let (mut lowest, mut highest) = (f32::MAX, f32::MIN);
            for corner in 0..8 {
                let rgb = [0, 1, 2].map(|c| lows[c] + if corner >> c & 1 == 1 { 3 } else { 0 });
                let l = color::srgb8_to_oklab(rgb)[0];
                (lowest, highest) = (lowest.min(l), highest.max(l));
            }
            let (lowest, highest) = (lowest - MARGIN, highest + MARGIN);
            let all_out =
                limits.below.is_some_and(|b| highest < b) || limits.above.is_some_and(|a| lowest > a);
            let all_in =
                limits.below.is_none_or(|b| lowest >= b) && limits.above.is_none_or(|a| highest <= a);
            *class = if all_out {
                LEAVE_OUT
            } else if all_in {
                KEEP
            } else {
                CHECK
            };
        }
        PixelFilter { limits, blocks }
    }

    /// The filter for `limits`, built once per thread and set of limits (it takes a few tens
    /// of milliseconds), or `None` when no limit is set.
    pub(crate) fn for_limits(limits: LightLimits) -> Option<Rc<PixelFilter>> {
        thread_local! {
            static CACHE: RefCell<Option<Rc<PixelFilter>>> = const { RefCell::new(None) };
        }
        if !limits.any() {
            return None;
        }
        CACHE.with_borrow_mut(|cache| match cache {
            Some(filter) if filter.limits == limits => Some(Rc::clone(filter)),
            _ => {
                let filter = Rc::new(PixelFilter::new(limits));
                *cache = Some(Rc::clone(&filter));
                Some(filter)
            }
        })
    }

    /// Whether the census keeps this pixel.
    pub(crate) fn keeps(&self, rgb: [u8; 3]) -> bool {
        match self.blocks[block(rgb)] {
            KEEP => true,
            LEAVE_OUT => false,
            _ => !self.limits.excludes(color::srgb8_to_oklab(rgb)[0]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_agrees_with_the_exact_lightness_for_every_color() {
        let limits = LightLimits { below: Some(0.12), above: Some(0.93) };
        let filter = PixelFilter::new(limits);
        // Every code value of every channel in steps that cross block boundaries.
        for r in (0..=255u8).step_by(3) {
            for g in (0..=255u8).step_by(5) {
                for b in (0..=255u8).step_by(7) {
                    let exact = !limits.excludes(color::srgb8_to_oklab([r, g, b])[0]);
                    assert_eq!(filter.keeps([r, g, b]), exact, "{r} {g} {b}");
                }
            }
        }
        let checked = filter.blocks.iter().filter(|&&c| c == CHECK).count();
        assert!(checked < filter.blocks.len() / 10, "{checked} blocks need an exact check");
    }

    #[test]
    fn no_limits_no_filter() {
        assert!(PixelFilter::for_limits(LightLimits::default()).is_none());
        let limits = LightLimits { below: Some(0.1), above: None };
        let (a, b) = (PixelFilter::for_limits(limits), PixelFilter::for_limits(limits));
        assert!(a.zip(b).is_some_and(|(a, b)| Rc::ptr_eq(&a, &b)), "built once per thread");
    }
}
