//! `--crop` as typed (`W:H:X:Y`, or `auto`/`none` as a saved fingerprint holds it): any string
//! may be refused, none may panic; an accepted crop is written back to the same value, and
//! cutting it out of a picture of any size (as the synthetic test source does) stays inside the
//! picture, and keeps exactly the rectangle when it fits.
#![no_main]

use filmprint::frame::{CropMode, Picture};
use filmprint::internal::crop_picture;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, u8, &str)| {
    let (width, height, text) = input;
    let Ok(mode) = text.parse::<CropMode>() else { return };
    let written = String::from(mode);
    assert_eq!(written.parse::<CropMode>(), Ok(mode), "{text:?} gave {mode:?}, written {written:?}");
    let CropMode::Manual(rect) = mode else { return };
    assert!(rect.width > 0 && rect.height > 0, "{text:?} gave an empty crop {rect:?}");

    let (width, height) = (u32::from(width % 32), u32::from(height % 32));
    let picture = Picture::from_fn(width, height, |x, y| [x as u8, y as u8, 0]);
    let cut = crop_picture(&picture, rect);
    assert!(cut.width <= width && cut.height <= height, "{rect} of {width}x{height} gave {cut:?}");
    assert_eq!(cut.rgb.len(), cut.width as usize * cut.height as usize * 3);
    if rect.fits(width, height) {
        assert_eq!((cut.width, cut.height), (rect.width, rect.height), "{rect} of {width}x{height}");
        // The first pixel kept is the rectangle's corner.
        assert_eq!(cut.rgb[..2], [rect.x as u8, rect.y as u8]);
    }
});
