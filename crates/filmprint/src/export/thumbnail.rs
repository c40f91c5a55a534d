//! Small JPEG thumbnails of the sampled frames, for the HTML page's hover: the analysis picture
//! halved (a 2×2 box average: 128×72 for a 16:9 film) and encoded at quality 70, about 2 KB
//! each, kept base64-encoded in the fingerprint. The JPEG encoding is the `jpeg-encoder`
//! crate's.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use jpeg_encoder::{ColorType, Encoder};

use crate::frame::Picture;

/// JPEG quality (1..=100): artefacts are invisible at this size.
const QUALITY: u8 = 70;

/// The frame as a base64 JPEG thumbnail; `None` for an empty picture.
pub fn thumbnail(picture: &Picture) -> Option<String> {
    let half = halve(picture);
    let (width, height) = (u16::try_from(half.width).ok()?, u16::try_from(half.height).ok()?);
    if width == 0 || height == 0 {
        return None;
    }
    let mut jpeg = Vec::new();
    Encoder::new(&mut jpeg, QUALITY).encode(&half.rgb, width, height, ColorType::Rgb).ok()?;
    Some(STANDARD.encode(jpeg))
}

/// Half the size each way (rounded up), each pixel the mean of the 2×2 block it covers.
fn halve(picture: &Picture) -> Picture {
    let (w, h) = (picture.width, picture.height);
    Picture::from_fn(w.div_ceil(2), h.div_ceil(2), |x, y| {
        let mut sum = [0u32; 3];
        let mut count = 0;
        for (sx, sy) in [(2 * x, 2 * y), (2 * x + 1, 2 * y), (2 * x, 2 * y + 1), (2 * x + 1, 2 * y + 1)] {
            if sx < w && sy < h {
                let i = ((sy * w + sx) * 3) as usize;
                for (total, &value) in sum.iter_mut().zip(&picture.rgb[i..i + 3]) {
                    *total += u32::from(value);
                }
                count += 1;
            }
        }
        sum.map(|s| ((s + count / 2) / count) as u8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thumbnails_are_half_size_jpegs_of_the_frame() {
        let picture = Picture::from_fn(256, 144, |x, _| if x < 128 { [200, 30, 30] } else { [20, 40, 210] });
        let half = halve(&picture);
        assert_eq!((half.width, half.height), (128, 72));
        assert_eq!(&half.rgb[..3], &[200, 30, 30]);
        let odd = halve(&Picture::from_fn(3, 1, |x, _| [x as u8 * 100, 0, 0]));
        assert_eq!(odd.rgb, vec![50, 0, 0, 200, 0, 0]);
        let jpeg = STANDARD.decode(thumbnail(&picture).unwrap()).unwrap();
        assert_eq!(&jpeg[..3], &[0xff, 0xd8, 0xff], "a JPEG");
        assert!(jpeg.len() < 6000, "{} bytes", jpeg.len());
        assert_eq!(thumbnail(&Picture::from_fn(0, 0, |_, _| [0; 3])), None);
    }
}
