//! The picture being drawn: a plain 8-bit sRGB pixel buffer.

/// An 8-bit sRGB image, rows top to bottom, 3 bytes per pixel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canvas {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 3` bytes.
    pub rgb: Vec<u8>,
}

impl Canvas {
    /// A canvas filled with one color; `None` when its memory cannot be had.
    pub fn new(width: u32, height: u32, fill: [u8; 3]) -> Option<Self> {
        let pixels = (width as usize).checked_mul(height as usize)?;
        let mut rgb = Vec::new();
        rgb.try_reserve_exact(pixels.checked_mul(3)?).ok()?;
        for _ in 0..pixels {
            rgb.extend_from_slice(&fill);
        }
        Some(Canvas { width, height, rgb })
    }

    fn offset(&self, x: u32, y: u32) -> usize {
        (y as usize * self.width as usize + x as usize) * 3
    }

    /// The pixel at (x, y); `None` outside the canvas.
    pub fn pixel(&self, x: u32, y: u32) -> Option<[u8; 3]> {
        if x >= self.width || y >= self.height {
            return None;
        }
        let i = self.offset(x, y);
        Some([self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]])
    }

    /// Sets the pixel at (x, y); ignored outside the canvas.
    pub fn set(&mut self, x: u32, y: u32, color: [u8; 3]) {
        if x < self.width && y < self.height {
            let i = self.offset(x, y);
            self.rgb[i..i + 3].copy_from_slice(&color);
        }
    }

    /// Lays `color` over the pixel with opacity `alpha` (0..1); ignored outside the canvas.
    /// Blending is on the sRGB values, as text renderers do.
    pub fn blend(&mut self, x: i64, y: i64, color: [u8; 3], alpha: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let i = self.offset(x as u32, y as u32);
        let alpha = alpha.clamp(0.0, 1.0);
        for (dst, src) in self.rgb[i..i + 3].iter_mut().zip(color) {
            *dst = (f32::from(*dst) * (1.0 - alpha) + f32::from(src) * alpha).round() as u8;
        }
    }
}
