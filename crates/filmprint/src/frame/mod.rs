//! A decoded frame as the analysis sees it, and the crops made of it. Pure data and pixel
//! arithmetic: the color analysis, the fingerprint and the render stage use these types
//! without depending on the decoder that produces them.

pub(crate) mod crop;
// Used by the FFmpeg source only (other sources hand over small sRGB pictures already).
#[cfg_attr(not(feature = "ffmpeg"), allow(dead_code))]
mod shrink;
#[cfg_attr(not(feature = "ffmpeg"), allow(dead_code))]
mod yuv;

pub(crate) use crop::{ContentBox, MIN_EVIDENCE, content_box, crop_for, crop_picture, is_black, unrotate};
pub use crop::{CropMode, CropRect};
#[cfg_attr(not(feature = "ffmpeg"), allow(unused_imports))]
pub(crate) use shrink::LinearShrinker;
#[cfg_attr(not(feature = "ffmpeg"), allow(unused_imports))]
pub(crate) use yuv::{YuvMatrix, YuvPlanes, YuvToLinear, cell_means, srgb_light};

/// A small 8-bit sRGB picture: rows top to bottom, 3 bytes per pixel, no padding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 3` bytes, R G B.
    pub rgb: Vec<u8>,
}

impl Picture {
    /// A picture whose pixel (x, y) is `color(x, y)`.
    pub fn from_fn(width: u32, height: u32, mut color: impl FnMut(u32, u32) -> [u8; 3]) -> Self {
        let mut rgb = Vec::with_capacity(width as usize * height as usize * 3);
        for y in 0..height {
            for x in 0..width {
                rgb.extend_from_slice(&color(x, y));
            }
        }
        Picture { width, height, rgb }
    }

    /// The picture turned clockwise by `degrees` (0, 90, 180 or 270; others leave it as is).
    pub fn rotated(&self, degrees: u16) -> Picture {
        let (w, h) = (self.width, self.height);
        let at = |x: u32, y: u32| {
            let i = ((y * w + x) * 3) as usize;
            [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
        };
        match degrees {
            90 => Picture::from_fn(h, w, |x, y| at(y, h - 1 - x)),
            180 => Picture::from_fn(w, h, |x, y| at(w - 1 - x, h - 1 - y)),
            270 => Picture::from_fn(h, w, |x, y| at(w - 1 - y, x)),
            _ => self.clone(),
        }
    }

    /// The pixels, row by row.
    pub fn pixels(&self) -> impl Iterator<Item = [u8; 3]> + '_ {
        self.rgb.chunks_exact(3).map(|p| [p[0], p[1], p[2]])
    }
}
