//! A saved fingerprint (`filmprint render film.json`, `--json`) as any text at all: parsing may
//! refuse it, but nothing may panic; what parses must survive a round trip through `to_json`,
//! and must draw in every style, as SVG and as CSV.
#![no_main]

use std::path::Path;

use filmprint::Fingerprint;
use filmprint::export::{palette_csv, samples_csv};
use filmprint::render::{self, ImageSize, RenderSettings, Style, SwatchLayout};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("fuzz.json");
    let Ok(fingerprint) = Fingerprint::from_json(text, path) else { return };

    // Whatever was accepted is written back so that it reads again as the same value.
    let json = fingerprint.to_json();
    match Fingerprint::from_json(&json, path) {
        Ok(again) => assert_eq!(again, fingerprint, "changed in a round trip through\n{json}"),
        Err(e) => panic!("its own JSON does not read back: {e}\n{json}"),
    }

    // Drawing may refuse (a style needing data the file lacks) but must not panic. Small
    // pictures keep the runs fast; the bars' layout is the same arithmetic at any size.
    let size = Some(ImageSize::Exact { width: 64, height: 64 });
    for style in Style::ALL {
        let settings = RenderSettings { size, style, ..Default::default() };
        let _ = render::render(&fingerprint, &settings);
        let _ = render::render_svg(&fingerprint, &settings);
    }
    // The fingerprint's duration places the time axis; a title exercises the text layout.
    for style in [Style::Stacked, Style::Ring] {
        let settings = RenderSettings {
            size,
            style,
            title: Some(fingerprint.source.file.clone()),
            time_axis: Some(60.0),
            ..Default::default()
        };
        let _ = render::render(&fingerprint, &settings);
        let _ = render::render_svg(&fingerprint, &settings);
    }
    let _ = samples_csv(&fingerprint);

    // `--palette` on a saved fingerprint recomputes the palette from the file's clusters.
    let segments = if fingerprint.samples.len() >= 2 { 2 } else { 0 };
    if let Ok(palette) = fingerprint.compute_palette(3, segments) {
        let _ = palette_csv(&palette, fingerprint.source.duration_s);
        let layout = SwatchLayout { width: 64, height: 16, proportional: true, labels: true };
        let _ = render::render_palette(&palette, &layout);
        let _ = render::palette_svg(&palette, &layout);
    }
});
