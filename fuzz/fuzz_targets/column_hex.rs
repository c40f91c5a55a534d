//! Hex colors as saved fingerprints hold them: `parse_hex` reads a swatch's `#rrggbb` and
//! accepts exactly six hex digits after an optional `#`, which `hex` writes back the same (up to
//! case); a sample's squeezed `column` (the `frames` style) is such codes run together, read
//! whole or not at all.
#![no_main]

use filmprint::analyse::color::{hex, parse_hex};
use filmprint::fingerprint::Sample;
use libfuzzer_sys::fuzz_target;

fn all_hex(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_hexdigit())
}

fuzz_target!(|text: &str| {
    let digits = text.strip_prefix('#').unwrap_or(text);
    let well_formed = digits.len() == 6 && all_hex(digits);
    match parse_hex(text) {
        Some(rgb) => {
            assert!(well_formed, "{text:?} parsed as {rgb:?} but is not six hex digits");
            let written = hex(rgb);
            assert!(written[1..].eq_ignore_ascii_case(digits), "{text:?} parsed as {rgb:?}, written {written}");
        }
        None => assert!(!well_formed, "{text:?} is six hex digits but did not parse"),
    }

    let sample = Sample {
        index: 0,
        target_s: 0.0,
        time_s: 0.0,
        pts: 0,
        keyframe: false,
        colors: Vec::new(),
        clusters: Vec::new(),
        left_out: 0.0,
        skipped_black: false,
        average: None,
        column: Some(text.to_string()),
        thumbnail: None,
    };
    let colors = sample.column_colors();
    if text.len() % 6 == 0 && all_hex(text) {
        assert_eq!(colors.len(), text.len() / 6, "{text:?}");
        let written = Sample::encode_column(&colors);
        assert!(written.eq_ignore_ascii_case(text), "{text:?} read as {colors:?}, written {written}");
    } else {
        assert!(colors.is_empty(), "malformed column {text:?} read as {colors:?}");
    }
});
