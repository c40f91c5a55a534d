//! Cost of the render stage: drawing every style at the default size from a 1000-bar
//! fingerprint of a synthetic film, encoding the PNG, writing the SVG. Needs no FFmpeg (it
//! builds with `--no-default-features`). Run with `cargo bench -p filmprint --bench rendering`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use filmprint::frame::Picture;
use filmprint::render::{self, RenderSettings, Style};
use filmprint::source::SyntheticSource;
use filmprint::{AnalysisSettings, NoProgress};

/// A 1000-bar fingerprint of a synthetic film whose colors drift with time.
fn fingerprint() -> filmprint::Fingerprint {
    let source = SyntheticSource::new(1000.0, 1, 1, 64, 36, |t| {
        let phase = t / 1000.0 * std::f64::consts::TAU;
        Picture::from_fn(64, 36, |x, _| {
            let shade = |k: f64| ((phase + k).sin() * 100.0 + 120.0 + f64::from(x)) as u8;
            [shade(0.0), shade(2.0), shade(4.0)]
        })
    });
    let settings = AnalysisSettings { samples: 1000, colors: 3, ..Default::default() };
    filmprint::fingerprint(&source, &settings, 2, &NoProgress).unwrap()
}

fn rendering(c: &mut Criterion) {
    let fingerprint = fingerprint();
    for style in Style::ALL {
        let settings = RenderSettings { style, title: Some("The Film".into()), ..Default::default() };
        c.bench_function(&format!("render {style} at the default size"), |b| {
            b.iter(|| render::render(&fingerprint, &settings).unwrap())
        });
    }
    let canvas = render::render(&fingerprint, &RenderSettings::default()).unwrap();
    c.bench_function("encode the stacked picture as PNG", |b| {
        b.iter(|| {
            let mut bytes = Vec::new();
            render::encode_png(&canvas, None, &mut bytes, std::path::Path::new("x.png")).unwrap();
            bytes
        })
    });
    let settings = RenderSettings::default();
    c.bench_function("render stacked as SVG", |b| {
        b.iter(|| render::render_svg(&fingerprint, &settings).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = rendering
}
criterion_main!(benches);
