//! A font named with `--font`, as any bytes at all: loading may refuse it, but nothing may
//! panic, and a font that loads must draw a title, a subtitle and time labels.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use filmprint::Fingerprint;
use filmprint::render::{self, FontFile, ImageSize, RenderSettings, Style};
use libfuzzer_sys::fuzz_target;

/// Two bars over ten minutes (a tick a minute).
static FINGERPRINT: LazyLock<Option<Fingerprint>> = LazyLock::new(|| {
    let json = include_str!("../seeds/fingerprint_json/minimal_schema1.json");
    Fingerprint::from_json(json, Path::new("minimal_schema1.json")).ok()
});

fuzz_target!(|data: &[u8]| {
    let Some(fingerprint) = FINGERPRINT.as_ref() else { panic!("the built-in fingerprint does not read") };
    let Ok(font) = FontFile::from_bytes(data.to_vec()) else { return };
    let _ = (font.family(), font.weight());
    for style in [Style::Stacked, Style::Ring, Style::Strip] {
        let settings = RenderSettings {
            size: Some(ImageSize::Exact { width: 96, height: 96 }),
            style,
            title: Some("Film\nÅgÿ 0:1".into()),
            subtitle: Some("2008 — ✓".into()),
            font: font.clone(),
            time_axis: Some(60.0),
            ..Default::default()
        };
        let _ = render::render(fingerprint, &settings);
        let _ = render::render_svg(fingerprint, &settings);
    }
});
