//! The "squeezed frame": a whole frame squeezed to one pixel wide, each row the mean of its
//! pixels in linear light, so the `frames` style can show a film's look, not just its colors.

use super::color;
use crate::frame::Picture;

/// The picture's rows, each averaged to one color (top to bottom).
pub fn squeeze(picture: &Picture) -> Vec<[u8; 3]> {
    let width = picture.width as usize;
    if width == 0 {
        return Vec::new();
    }
    picture
        .rgb
        .chunks_exact(width * 3)
        .map(|row| {
            let mut sum = [0.0f64; 3];
            for pixel in row.chunks_exact(3) {
                let linear = color::srgb8_to_linear([pixel[0], pixel[1], pixel[2]]);
                sum.iter_mut().zip(linear).for_each(|(s, v)| *s += f64::from(v));
            }
            color::linear_to_srgb8(sum.map(|s| s / width as f64))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_becomes_its_mean_in_linear_light() {
        // Row 0: black and white half and half (50 % light: sRGB 188); row 1: plain red.
        let picture = Picture::from_fn(4, 2, |x, y| match (y, x % 2) {
            (0, 0) => [0, 0, 0],
            (0, _) => [255, 255, 255],
            _ => [200, 0, 0],
        });
        assert_eq!(squeeze(&picture), vec![[188, 188, 188], [200, 0, 0]]);
        assert!(squeeze(&Picture::from_fn(0, 0, |_, _| [0; 3])).is_empty());
    }
}
