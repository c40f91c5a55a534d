//! The picture being drawn: a plain 8-bit sRGB pixel buffer with straight (not premultiplied)
//! alpha, so a transparent background survives into the PNG. A canvas may hold only a band of
//! a picture's rows (a picture too large to hold whole is drawn and written band by band):
//! drawing is always in the picture's coordinates, and what falls outside the band is left out.

/// An 8-bit sRGB image with alpha, rows top to bottom, 4 bytes per pixel.
#[derive(Debug, Clone, PartialEq)]
pub struct Canvas {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 4` bytes: red, green, blue, alpha.
    pub rgba: Vec<u8>,
    /// The resolution it is meant to be printed at, written into the PNG.
    pub dpi: Option<f64>,
    /// The picture's row this canvas's first row is (0 unless it holds a band).
    pub(crate) top: u32,
}

impl Canvas {
    /// A canvas filled with one opaque color; `None` when its memory cannot be had.
    pub fn new(width: u32, height: u32, fill: [u8; 3]) -> Option<Self> {
        Self::filled(width, height, fill, 255)
    }

    /// A canvas filled with `fill` at opacity `alpha` (0..=255); `None` when its memory cannot be had.
    pub fn filled(width: u32, height: u32, fill: [u8; 3], alpha: u8) -> Option<Self> {
        let pixels = (width as usize).checked_mul(height as usize)?;
        let mut rgba = Vec::new();
        rgba.try_reserve_exact(pixels.checked_mul(4)?).ok()?;
        let [r, g, b] = fill;
        for _ in 0..pixels {
            rgba.extend_from_slice(&[r, g, b, alpha]);
        }
        Some(Canvas { width, height, rgba, dpi: None, top: 0 })
    }

    /// A canvas for the picture's rows `top..top + height`.
    pub(crate) fn band(width: u32, top: u32, height: u32, fill: [u8; 3], alpha: u8) -> Option<Self> {
        Some(Canvas { top, ..Self::filled(width, height, fill, alpha)? })
    }

    /// The picture's rows this canvas holds.
    pub(crate) fn rows(&self) -> std::ops::Range<u32> {
        self.top..self.top.saturating_add(self.height)
    }

    /// Where the pixel at picture coordinates (x, y) is; `None` outside the canvas.
    fn index(&self, x: u32, y: u32) -> Option<usize> {
        let row = y.checked_sub(self.top)?;
        (x < self.width && row < self.height).then(|| (row as usize * self.width as usize + x as usize) * 4)
    }

    /// The color at (x, y), ignoring its opacity; `None` outside the canvas.
    pub fn pixel(&self, x: u32, y: u32) -> Option<[u8; 3]> {
        self.rgba_at(x, y).map(|[r, g, b, _]| [r, g, b])
    }

    /// The color and opacity at (x, y); `None` outside the canvas.
    pub fn rgba_at(&self, x: u32, y: u32) -> Option<[u8; 4]> {
        let i = self.index(x, y)?;
        Some([self.rgba[i], self.rgba[i + 1], self.rgba[i + 2], self.rgba[i + 3]])
    }

    /// Whether every pixel is fully opaque (the PNG then needs no alpha channel).
    pub fn is_opaque(&self) -> bool {
        self.rgba.chunks_exact(4).all(|p| p[3] == 255)
    }

    /// The pixels without their opacity, 3 bytes each.
    pub fn rgb(&self) -> Vec<u8> {
        self.rgba.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect()
    }

    /// Sets the pixel at (x, y) to an opaque color; ignored outside the canvas.
    pub fn set(&mut self, x: u32, y: u32, color: [u8; 3]) {
        if let Some(i) = self.index(x, y) {
            self.rgba[i..i + 4].copy_from_slice(&[color[0], color[1], color[2], 255]);
        }
    }

    /// Fills the rectangle `x0..x1` × `y0..y1` (clipped to the canvas) with an opaque color.
    pub fn fill_rect(&mut self, (x0, y0): (u32, u32), (x1, y1): (u32, u32), color: [u8; 3]) {
        let rows = self.rows();
        let (x1, y0, y1) = (x1.min(self.width), y0.max(rows.start), y1.min(rows.end));
        let pixel = [color[0], color[1], color[2], 255];
        let row_bytes = self.width as usize * 4;
        for y in y0..y1 {
            let row = (y - self.top) as usize * row_bytes;
            let (start, end) = (row + x0.min(x1) as usize * 4, row + x1 as usize * 4);
            for chunk in self.rgba[start..end].chunks_exact_mut(4) {
                chunk.copy_from_slice(&pixel);
            }
        }
    }

    /// Lays `color` over the pixel with opacity `alpha` (0..1), the "over" operator of
    /// compositing; ignored outside the canvas. Mixing is on the sRGB values, as text renderers
    /// and SVG viewers do.
    pub fn blend(&mut self, x: i64, y: i64, color: [u8; 3], alpha: f32) {
        let (Ok(x), Ok(y)) = (u32::try_from(x), u32::try_from(y)) else { return };
        let Some(i) = self.index(x, y) else { return };
        let alpha = alpha.clamp(0.0, 1.0);
        if alpha == 0.0 {
            return;
        }
        let below = f32::from(self.rgba[i + 3]) / 255.0;
        let out = alpha + below * (1.0 - alpha);
        for (dst, src) in self.rgba[i..i + 3].iter_mut().zip(color) {
            let mixed = (f32::from(src) * alpha + f32::from(*dst) * below * (1.0 - alpha)) / out;
            *dst = mixed.round().clamp(0.0, 255.0) as u8;
        }
        self.rgba[i + 3] = (out * 255.0).round() as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blending_over_opaque_and_transparent_pixels() {
        let mut canvas = Canvas::new(2, 1, [0, 0, 0]).unwrap();
        canvas.blend(0, 0, [255, 255, 255], f32::from(0xAA_u8) / 255.0);
        assert_eq!(canvas.rgba_at(0, 0), Some([0xAA, 0xAA, 0xAA, 255]));
        let mut clear = Canvas::filled(1, 1, [0, 0, 0], 0).unwrap();
        clear.blend(0, 0, [200, 100, 0], 0.5);
        assert_eq!(clear.rgba_at(0, 0), Some([200, 100, 0, 128]), "color kept, half opaque");
        assert!(!clear.is_opaque());
        canvas.blend(-1, 0, [1, 2, 3], 1.0);
        canvas.blend(2, 0, [1, 2, 3], 1.0);
        assert_eq!(canvas.rgb(), vec![0xAA, 0xAA, 0xAA, 0, 0, 0]);
    }

    #[test]
    fn rectangles_are_clipped() {
        let mut canvas = Canvas::new(3, 2, [0, 0, 0]).unwrap();
        canvas.fill_rect((1, 1), (9, 9), [9, 9, 9]);
        assert_eq!(canvas.rgb(), vec![0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9]);
    }
}
