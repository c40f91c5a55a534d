//! The picture options typed on the command line: `--size`, `--style`, `--title-position`.
//! Any string may be refused, none may panic, and an accepted size has no empty side.
#![no_main]

use filmprint::render::{ImageSize, Style, TitlePosition};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<ImageSize>() {
        Ok(ImageSize::Width(width)) => assert!(width > 0, "{text:?} gave width 0"),
        Ok(ImageSize::Exact { width, height }) => {
            assert!(width > 0 && height > 0, "{text:?} gave {width}x{height}")
        }
        Err(_) => {}
    }
    if let Ok(style) = text.parse::<Style>() {
        // Names are matched ignoring case and surrounding blanks, and nothing else.
        assert!(style.name().eq_ignore_ascii_case(text.trim()), "{text:?} gave {style}");
    }
    let _ = text.parse::<TitlePosition>();
});
