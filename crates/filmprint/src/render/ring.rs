//! The `ring` style's geometry: the bars wrapped into an annulus, time running clockwise from
//! 12 o'clock, each bar's first color on the outside. Both the rasteriser and the SVG writer
//! work from this one description, so the two pictures agree.

use std::f64::consts::TAU;

/// An annulus of bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    /// Centre, in pixels.
    pub centre: (f64, f64),
    /// Outer radius.
    pub outer: f64,
    /// Inner radius.
    pub inner: f64,
    /// Per bar, its colors from the outside in (equal thickness).
    pub bars: Vec<Vec<[u8; 3]>>,
    /// Where the first bar begins, in turns clockwise from 12 o'clock (0 for the ring, 0.75
    /// — 9 o'clock — for the arch).
    pub start: f64,
    /// How much of a turn the bars cover (1 for the ring, 0.5 for the arch).
    pub sweep: f64,
    /// Per bar, how far it reaches from the inner radius toward the outer, 0..=1 (`wave-ring`);
    /// `None`: every bar all the way.
    pub lengths: Option<Vec<f64>>,
}

/// Which bar and which color of it a point shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cell {
    /// Bar index (time order).
    pub bar: usize,
    /// Color index, 0 outermost.
    pub band: usize,
}

impl Ring {
    /// The angle of a point, in turns clockwise from 12 o'clock (0..1).
    pub fn turn_of(&self, x: f64, y: f64) -> f64 {
        let (dx, dy) = (x - self.centre.0, y - self.centre.1);
        let turn = dx.atan2(-dy) / TAU;
        if turn < 0.0 { turn + 1.0 } else { turn.min(1.0) }
    }

    /// The turn (clockwise from 12 o'clock) of a fraction of the way along the bars.
    pub fn turn(&self, fraction: f64) -> f64 {
        self.start + fraction * self.sweep
    }

    /// How far along the bars (0..1) a point's direction lies, `None` outside their sweep.
    pub fn fraction_of(&self, x: f64, y: f64) -> Option<f64> {
        let along = (self.turn_of(x, y) - self.start).rem_euclid(1.0) / self.sweep.max(f64::MIN_POSITIVE);
        (along <= 1.0).then_some(along.min(1.0))
    }

    /// The point at `turn` (clockwise from 12 o'clock) and `radius`.
    pub fn point(&self, turn: f64, radius: f64) -> (f64, f64) {
        let angle = turn * TAU;
        (self.centre.0 + radius * angle.sin(), self.centre.1 - radius * angle.cos())
    }

    /// Number of bands (colors per bar).
    pub fn bands(&self) -> usize {
        self.bars.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// How far out bar `bar` reaches.
    pub fn bar_outer(&self, bar: usize) -> f64 {
        match self.lengths.as_ref().and_then(|l| l.get(bar)) {
            Some(&length) => self.inner + (self.outer - self.inner) * length.clamp(0.0, 1.0),
            None => self.outer,
        }
    }

    /// Radii of band `j` of bar `bar`, its bands sharing its length: (outside, inside).
    pub fn bar_band_radii(&self, bar: usize, j: usize) -> (f64, f64) {
        let outer = self.bar_outer(bar);
        let thickness = (outer - self.inner) / self.bands().max(1) as f64;
        (outer - j as f64 * thickness, outer - (j + 1) as f64 * thickness)
    }

    /// The cell under a point, `None` outside the annulus.
    pub fn cell_at(&self, x: f64, y: f64) -> Option<Cell> {
        let radius = (x - self.centre.0).hypot(y - self.centre.1);
        if radius > self.outer || radius < self.inner || self.bars.is_empty() {
            return None;
        }
        let n = self.bars.len();
        let bar = ((self.fraction_of(x, y)? * n as f64) as usize).min(n - 1);
        let outer = self.bar_outer(bar);
        if radius > outer {
            return None;
        }
        let depth = (outer - radius) / (outer - self.inner).max(f64::MIN_POSITIVE);
        let bands = self.bars[bar].len().max(1);
        let band = ((depth * bands as f64) as usize).min(bands - 1);
        Some(Cell { bar, band })
    }

    /// The color of a cell.
    pub fn color(&self, cell: Cell) -> Option<[u8; 3]> {
        self.bars.get(cell.bar)?.get(cell.band).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> Ring {
        Ring {
            centre: (100.0, 100.0),
            outer: 90.0,
            inner: 30.0,
            bars: (0..4).map(|i| vec![[i as u8, 0, 0], [i as u8, 1, 0]]).collect(),
            start: 0.0,
            sweep: 1.0,
            lengths: None,
        }
    }

    #[test]
    fn an_arch_runs_left_to_right_over_the_top() {
        let arch = Ring { start: 0.75, sweep: 0.5, ..ring() };
        // 9 o'clock is the first bar, 12 o'clock the middle, 3 o'clock the last; below the
        // centre there is nothing.
        assert_eq!(arch.cell_at(20.0, 99.0).map(|c| c.bar), Some(0));
        assert_eq!(arch.cell_at(101.0, 20.0).map(|c| c.bar), Some(2));
        assert_eq!(arch.cell_at(99.0, 20.0).map(|c| c.bar), Some(1));
        assert_eq!(arch.cell_at(180.0, 99.0).map(|c| c.bar), Some(3));
        assert_eq!(arch.cell_at(100.0, 180.0), None);
        let (x, y) = arch.point(arch.turn(0.5), 60.0);
        assert!((x - 100.0).abs() < 1e-9 && (y - 40.0).abs() < 1e-9);
    }

    #[test]
    fn time_runs_clockwise_from_twelve_o_clock() {
        let r = ring();
        // Just right of 12 o'clock is the first bar; 3 o'clock starts the second; 9 o'clock's
        // last quarter is the fourth.
        assert_eq!(r.cell_at(101.0, 20.0), Some(Cell { bar: 0, band: 0 }));
        assert_eq!(r.cell_at(180.0, 101.0), Some(Cell { bar: 1, band: 0 }));
        assert_eq!(r.cell_at(99.0, 180.0), Some(Cell { bar: 2, band: 0 }));
        assert_eq!(r.cell_at(20.0, 99.0), Some(Cell { bar: 3, band: 0 }));
        assert_eq!(r.cell_at(99.0, 20.0), Some(Cell { bar: 3, band: 0 }));
        // Inner band, the hole and the outside.
        assert_eq!(r.cell_at(101.0, 50.0), Some(Cell { bar: 0, band: 1 }));
        assert_eq!(r.cell_at(100.0, 100.0), None);
        assert_eq!(r.cell_at(1.0, 1.0), None);
        let (x, y) = r.point(0.25, 50.0);
        assert!((x - 150.0).abs() < 1e-9 && (y - 100.0).abs() < 1e-9);
        assert!((r.turn_of(x, y) - 0.25).abs() < 1e-12);
        assert_eq!(r.bar_band_radii(0, 1), (60.0, 30.0));
    }

    #[test]
    fn a_wave_ring_bar_reaches_as_far_as_its_length() {
        let wave = Ring { lengths: Some(vec![1.0, 0.5, 0.0, 0.25]), ..ring() };
        // Bar 0 (12 to 3 o'clock) all the way out; bar 1 (3 to 6) to 30 + 60 × 0.5 = 60.
        assert_eq!(wave.cell_at(101.0, 15.0), Some(Cell { bar: 0, band: 0 }));
        assert_eq!(wave.cell_at(159.0, 101.0), Some(Cell { bar: 1, band: 0 }));
        assert_eq!(wave.cell_at(161.0, 101.0), None);
        // Its two colors share its length: the inner one from 30 to 45.
        assert_eq!(wave.cell_at(140.0, 101.0), Some(Cell { bar: 1, band: 1 }));
        assert_eq!(wave.bar_band_radii(1, 1), (45.0, 30.0));
        assert_eq!(wave.cell_at(99.0, 169.0), None, "bar 2 has no length");
    }
}
