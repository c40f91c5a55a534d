//! Letterbox and pillarbox bars: finding them and cutting them off before the analysis, so a
//! 2.39:1 film in a 16:9 frame is not a quarter black in every bar.
//!
//! Bars are found on a few frames spread over the film, not on one: a row or column is picture
//! as soon as any of those frames shows something there, so a dark scene never gets cropped (the
//! other frames show its area), and a film whose bars change (IMAX sequences, a 4:3 prologue)
//! keeps the union of its picture areas. The cut is made on the decoded frame, before it is
//! scaled down, so the analysis keeps its full resolution for the picture itself.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Picture;

/// A pixel is dark (bar-like) when none of its channels exceeds this (8-bit sRGB). Bars in
/// real encodes are 0–20 with compression noise; picture content almost always exceeds 40.
const DARK: u8 = 40;

/// A row or column shows picture when more than this share of its pixels are not dark.
const CONTENT_SHARE: f64 = 0.02;

/// Fewer frames with any picture than this, and nothing is cropped: too little evidence.
pub const MIN_EVIDENCE: usize = 3;

/// A crop keeping less than this share of either side is more likely a dark film than bars.
const SMALLEST_KEPT: f64 = 0.5;

/// A rectangle of the coded picture, in source pixels (as FFmpeg's `crop=W:H:X:Y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CropRect {
    /// Width kept.
    pub width: u32,
    /// Height kept.
    pub height: u32,
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
}

impl CropRect {
    /// The rectangle widened (left and up) so that its left and top edges lie on a grid of
    /// `grid` pixels across and down: in subsampled YUV, a crop off the chroma grid would give
    /// every pixel its neighbour's chroma.
    pub fn aligned_to(self, (across, down): (u32, u32)) -> CropRect {
        let (dx, dy) = (self.x % across.max(1), self.y % down.max(1));
        CropRect { x: self.x - dx, y: self.y - dy, width: self.width + dx, height: self.height + dy }
    }

    /// Whether it lies inside a `width`×`height` picture.
    pub fn fits(&self, width: u32, height: u32) -> bool {
        self.width > 0
            && self.height > 0
            && u64::from(self.x) + u64::from(self.width) <= u64::from(width)
            && u64::from(self.y) + u64::from(self.height) <= u64::from(height)
    }
}

impl fmt::Display for CropRect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}:{}", self.width, self.height, self.x, self.y)
    }
}

impl FromStr for CropRect {
    type Err = String;

    /// `W:H:X:Y` in source pixels.
    fn from_str(text: &str) -> Result<Self, String> {
        let invalid =
            || format!("'{text}' is not a crop: write WIDTH:HEIGHT:X:Y in pixels, e.g. 1920:800:0:140");
        let parts: Vec<u32> = text
            .split(':')
            .map(|p| p.trim().parse::<u32>().map_err(|_| invalid()))
            .collect::<Result<_, _>>()?;
        let [width, height, x, y] = parts[..] else { return Err(invalid()) };
        if width == 0 || height == 0 {
            return Err(format!("'{text}': the crop must keep at least one pixel each way"));
        }
        Ok(CropRect { width, height, x, y })
    }
}

/// What is cut off the frames before the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum CropMode {
    /// Find letterbox/pillarbox bars and cut them off.
    #[default]
    Auto,
    /// Analyse the whole frame.
    None,
    /// Cut to this rectangle.
    Manual(CropRect),
}

impl FromStr for CropMode {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim() {
            "auto" => Ok(CropMode::Auto),
            "none" => Ok(CropMode::None),
            other => other.parse().map(CropMode::Manual),
        }
    }
}

impl TryFrom<String> for CropMode {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl From<CropMode> for String {
    fn from(mode: CropMode) -> String {
        match mode {
            CropMode::Auto => "auto".into(),
            CropMode::None => "none".into(),
            CropMode::Manual(rect) => rect.to_string(),
        }
    }
}

/// Rows `top..bottom` and columns `left..right` of a picture that show something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentBox {
    /// First column with picture.
    pub left: u32,
    /// First row with picture.
    pub top: u32,
    /// One past the last column with picture.
    pub right: u32,
    /// One past the last row with picture.
    pub bottom: u32,
}

impl ContentBox {
    /// The smallest box holding both.
    pub fn union(self, other: ContentBox) -> ContentBox {
        ContentBox {
            left: self.left.min(other.left),
            top: self.top.min(other.top),
            right: self.right.max(other.right),
            bottom: self.bottom.max(other.bottom),
        }
    }
}

/// The part of the picture that is not dark bars; `None` for an all-dark picture.
pub fn content_box(picture: &Picture) -> Option<ContentBox> {
    let (w, h) = (picture.width as usize, picture.height as usize);
    if w == 0 || h == 0 {
        return None;
    }
    let mut rows = vec![0u32; h];
    let mut columns = vec![0u32; w];
    for (i, pixel) in picture.rgb.chunks_exact(3).enumerate() {
        if pixel.iter().any(|&c| c > DARK) {
            rows[i / w] += 1;
            columns[i % w] += 1;
        }
    }
    let shows = |count: &u32, length: usize| f64::from(*count) > CONTENT_SHARE * length as f64;
    let first = |counts: &[u32], length| counts.iter().position(|c| shows(c, length));
    let last = |counts: &[u32], length| counts.iter().rposition(|c| shows(c, length));
    Some(ContentBox {
        left: first(&columns, h)? as u32,
        top: first(&rows, w)? as u32,
        right: last(&columns, h)? as u32 + 1,
        bottom: last(&rows, w)? as u32 + 1,
    })
}

/// A box found on pictures shown turned clockwise by `rotation` degrees, on the picture as
/// stored, with the stored picture's size. `(width, height)` is the shown picture's size.
pub fn unrotate(content: ContentBox, (width, height): (u32, u32), rotation: u16) -> (ContentBox, (u32, u32)) {
    let ContentBox { left, top, right, bottom } = content;
    match rotation {
        90 => (
            ContentBox { left: top, right: bottom, top: width - right, bottom: width - left },
            (height, width),
        ),
        180 => (
            ContentBox {
                left: width - right,
                right: width - left,
                top: height - bottom,
                bottom: height - top,
            },
            (width, height),
        ),
        270 => (
            ContentBox { left: height - bottom, right: height - top, top: left, bottom: right },
            (height, width),
        ),
        _ => (content, (width, height)),
    }
}

/// The crop (in source pixels of a `source_width`×`source_height` frame) that keeps `content`
/// of stored (not turned) pictures `picture_width`×`picture_height`, rounded outwards to even
/// pixels (chroma is subsampled by two). `None` when there are no bars worth cutting or the
/// box is implausibly small for bars.
pub fn crop_for(
    content: ContentBox,
    (picture_width, picture_height): (u32, u32),
    (source_width, source_height): (u32, u32),
) -> Option<CropRect> {
    let kept_w = f64::from(content.right - content.left) / f64::from(picture_width.max(1));
    let kept_h = f64::from(content.bottom - content.top) / f64::from(picture_height.max(1));
    if kept_w < SMALLEST_KEPT || kept_h < SMALLEST_KEPT {
        return None;
    }
    let scale = |v: u32, from: u32, to: u32| u64::from(v) * u64::from(to) / u64::from(from.max(1));
    let scale_up =
        |v: u32, from: u32, to: u32| (u64::from(v) * u64::from(to)).div_ceil(u64::from(from.max(1)));
    let x0 = scale(content.left, picture_width, source_width) / 2 * 2;
    let y0 = scale(content.top, picture_height, source_height) / 2 * 2;
    let x1 =
        (scale_up(content.right, picture_width, source_width).div_ceil(2) * 2).min(u64::from(source_width));
    let y1 = (scale_up(content.bottom, picture_height, source_height).div_ceil(2) * 2)
        .min(u64::from(source_height));
    let rect = CropRect {
        width: u32::try_from(x1.saturating_sub(x0)).ok()?,
        height: u32::try_from(y1.saturating_sub(y0)).ok()?,
        x: u32::try_from(x0).ok()?,
        y: u32::try_from(y0).ok()?,
    };
    let whole = rect.x == 0 && rect.y == 0 && rect.width == source_width && rect.height == source_height;
    (!whole && rect.fits(source_width, source_height)).then_some(rect)
}

/// Share of dark pixels from which a whole frame counts as black (a fade, a cut to black).
const BLACK_FRAME: f64 = 0.98;

/// Whether the picture is (near) black: almost every pixel as dark as a letterbox bar.
pub fn is_black(picture: &Picture) -> bool {
    let pixels = picture.rgb.len() / 3;
    let dark = picture.rgb.chunks_exact(3).filter(|p| p.iter().all(|&c| c <= DARK)).count();
    pixels == 0 || dark as f64 >= BLACK_FRAME * pixels as f64
}

/// Cuts `rect` out of a picture (clipped to it).
pub fn crop_picture(picture: &Picture, rect: CropRect) -> Picture {
    // Saturating: a typed `--crop` may put its far edge past `u32::MAX` (found by fuzzing).
    let x1 = rect.x.saturating_add(rect.width).min(picture.width);
    let y1 = rect.y.saturating_add(rect.height).min(picture.height);
    let (x0, y0) = (rect.x.min(x1), rect.y.min(y1));
    let mut rgb = Vec::with_capacity(((x1 - x0) * (y1 - y0) * 3) as usize);
    for y in y0..y1 {
        let start = ((y * picture.width + x0) * 3) as usize;
        rgb.extend_from_slice(&picture.rgb[start..start + ((x1 - x0) * 3) as usize]);
    }
    Picture { width: x1 - x0, height: y1 - y0, rgb }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 16:9 picture with a 2.39:1 image (bright, with a darker band) between black bars.
    fn letterboxed(width: u32, height: u32, bar: u32) -> Picture {
        Picture::from_fn(width, height, |x, y| {
            if y < bar || y >= height - bar {
                [(x % 7) as u8, 3, 9] // noisy black
            } else if x < width / 3 {
                [20, 30, 25] // a dark part of the image
            } else {
                [200, 120, 60]
            }
        })
    }

    #[test]
    fn finds_the_bars_of_one_frame_where_dark_image_looks_like_bar() {
        // One frame cannot tell the dark third of its image from a bar: that is why the box
        // is the union over many frames.
        let picture = letterboxed(256, 144, 18);
        assert_eq!(content_box(&picture), Some(ContentBox { left: 85, top: 18, right: 256, bottom: 126 }));
        assert_eq!(content_box(&Picture::from_fn(8, 8, |_, _| [5, 5, 5])), None);
    }

    #[test]
    fn the_union_over_frames_is_what_is_kept_and_maps_to_even_source_pixels() {
        let a = ContentBox { left: 0, top: 18, right: 256, bottom: 126 };
        let b = ContentBox { left: 100, top: 10, right: 200, bottom: 120 };
        let union = a.union(b);
        assert_eq!(union, ContentBox { left: 0, top: 10, right: 256, bottom: 126 });
        // 256x144 pictures of a 1920x1080 source: rows 18..126 are source rows 135..945,
        // widened to even rows 134..946.
        let rect = crop_for(a, (256, 144), (1920, 1080)).unwrap();
        assert_eq!(rect, CropRect { width: 1920, height: 812, x: 0, y: 134 });
        assert!(rect.fits(1920, 1080));
        // Nothing to cut, or too little left to be bars.
        assert_eq!(
            crop_for(ContentBox { left: 0, top: 0, right: 256, bottom: 144 }, (256, 144), (1920, 1080)),
            None
        );
        assert_eq!(
            crop_for(ContentBox { left: 0, top: 60, right: 256, bottom: 90 }, (256, 144), (1920, 1080)),
            None
        );
    }

    #[test]
    fn boxes_on_turned_pictures_map_back_to_the_stored_picture() {
        // A 4x2 stored picture with content in its left half (columns 0..2, both rows).
        let stored = Picture::from_fn(4, 2, |x, _| if x < 2 { [200; 3] } else { [0; 3] });
        let found = content_box(&stored).unwrap();
        for rotation in [0, 90, 180, 270] {
            let shown = stored.rotated(rotation);
            let on_shown = content_box(&shown).unwrap();
            assert_eq!(
                unrotate(on_shown, (shown.width, shown.height), rotation),
                (found, (4, 2)),
                "{rotation}"
            );
        }
    }

    #[test]
    fn black_frames_are_almost_all_dark() {
        assert!(is_black(&Picture::from_fn(10, 10, |_, _| [12, 8, 30])));
        assert!(is_black(&Picture::from_fn(10, 10, |x, y| if (x, y) == (5, 5) { [255; 3] } else { [0; 3] })));
        assert!(!is_black(&Picture::from_fn(10, 10, |x, _| if x < 1 { [200; 3] } else { [0; 3] })));
        assert!(!is_black(&letterboxed(64, 36, 4)), "bars alone do not make a frame black");
    }

    #[test]
    fn crops_widen_to_the_chroma_grid() {
        let rect = CropRect { x: 13, y: 7, width: 100, height: 50 };
        assert_eq!(rect.aligned_to((2, 2)), CropRect { x: 12, y: 6, width: 101, height: 51 });
        assert_eq!(rect.aligned_to((4, 1)), CropRect { x: 12, y: 7, width: 101, height: 50 });
        assert_eq!(rect.aligned_to((1, 1)), rect);
        let even = CropRect { x: 12, y: 6, width: 100, height: 50 };
        assert_eq!(even.aligned_to((2, 2)), even);
    }

    #[test]
    fn crops_parse_print_and_cut() {
        let rect: CropRect = "1920:800:0:140".parse().unwrap();
        assert_eq!(rect, CropRect { width: 1920, height: 800, x: 0, y: 140 });
        assert_eq!(rect.to_string(), "1920:800:0:140");
        assert!(!rect.fits(1920, 900));
        for bad in ["", "1:2:3", "a:b:c:d", "0:10:0:0", "1:2:3:4:5", "-1:2:3:4"] {
            assert!(bad.parse::<CropRect>().is_err(), "{bad}");
        }
        assert_eq!("auto".parse(), Ok(CropMode::Auto));
        assert_eq!("none".parse(), Ok(CropMode::None));
        assert_eq!(serde_json::to_string(&CropMode::Manual(rect)).unwrap(), "\"1920:800:0:140\"");
        let picture = Picture::from_fn(4, 3, |x, y| [x as u8, y as u8, 0]);
        let cut = crop_picture(&picture, CropRect { width: 2, height: 1, x: 1, y: 2 });
        assert_eq!(cut, Picture { width: 2, height: 1, rgb: vec![1, 2, 0, 2, 2, 0] });
    }

    #[test]
    fn crops_reaching_past_the_largest_size_are_clipped() {
        // Found by fuzzing (fuzz/README.md): the far edge x + width overflowed u32.
        let picture = Picture::from_fn(4, 3, |x, y| [x as u8, y as u8, 0]);
        let huge = "4294967295:4294967295:2:1".parse::<CropRect>().unwrap();
        assert!(!huge.fits(4, 3));
        let cut = crop_picture(&picture, huge);
        assert_eq!(cut, Picture { width: 2, height: 2, rgb: vec![2, 1, 0, 3, 1, 0, 2, 2, 0, 3, 2, 0] });
        let outside = CropRect { width: u32::MAX, height: 1, x: u32::MAX, y: 0 };
        assert_eq!(crop_picture(&picture, outside).rgb, Vec::<u8>::new());
    }
}
