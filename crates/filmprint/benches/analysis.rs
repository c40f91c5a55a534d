//! Per-frame cost of the color analysis at the default analysis size (256×144), on a frame
//! generated here: soft color fields with grain, like a film frame. Run with
//! `cargo bench -p filmprint --bench analysis`.

#![allow(missing_docs, clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use filmprint::analyse::{ClusterSettings, ColorSpace, LightLimits, dominant_colors};
use filmprint::frame::Picture;
use filmprint::internal::{cluster_census, histogram};

/// A film-like frame: three soft color blobs over a graded background, with grain. Smooth
/// frames like this have few colors at 5 bits per channel, so the census goes finer: the
/// costly case.
fn film_frame() -> Picture {
    let (w, h) = (256u32, 144u32);
    let blobs = [
        (60.0, 50.0, [210.0, 120.0, 60.0]),
        (180.0, 90.0, [40.0, 90.0, 150.0]),
        (120.0, 120.0, [90.0, 140.0, 70.0]),
    ];
    Picture::from_fn(w, h, |x, y| {
        let (fx, fy) = (f64::from(x), f64::from(y));
        let mut rgb = [20.0 + fy * 0.4, 25.0 + fy * 0.3, 35.0 + fx * 0.1];
        for (cx, cy, color) in blobs {
            let weight = (-((fx - cx).powi(2) + (fy - cy).powi(2)) / 1800.0).exp();
            for c in 0..3 {
                rgb[c] = rgb[c] * (1.0 - weight) + color[c] * weight;
            }
        }
        let grain = f64::from((x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 9) - 4.0;
        rgb.map(|v| (v + grain).clamp(0.0, 255.0) as u8)
    })
}

/// A colorful frame: hues across, lightness down, with grain (many distinct colors).
fn colorful_frame() -> Picture {
    Picture::from_fn(256, 144, |x, y| {
        let hue = f64::from(x) / 256.0 * std::f64::consts::TAU;
        let light = 0.25 + 0.6 * f64::from(y) / 144.0;
        let grain = f64::from((x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 9) - 4.0;
        [0.0, 2.0, 4.0].map(|k: f64| {
            let c = light * (0.6 + 0.4 * (hue + k * std::f64::consts::PI / 3.0).cos());
            (c * 255.0 + grain).clamp(0.0, 255.0) as u8
        })
    })
}

fn analysis(c: &mut Criterion) {
    let colorful = colorful_frame();
    c.bench_function("dominant colors of a colorful frame (defaults)", |b| {
        b.iter(|| dominant_colors(&colorful, &ClusterSettings::default()))
    });
    let frame = film_frame();
    let settings = ClusterSettings::default();
    let census = histogram(&frame, ColorSpace::Oklab, settings.bin_bits, LightLimits::default());
    c.bench_function("census and Oklab conversion of a smooth frame", |b| {
        b.iter(|| histogram(&frame, ColorSpace::Oklab, settings.bin_bits, LightLimits::default()))
    });
    c.bench_function("census of every distinct color of a smooth frame", |b| {
        b.iter(|| histogram(&frame, ColorSpace::Oklab, 8, LightLimits::default()))
    });
    c.bench_function("k-means of a smooth frame, k=5, 5 scouted restarts", |b| {
        b.iter(|| cluster_census(&census, &settings))
    });
    c.bench_function("k-means of a smooth frame, k=5, 1 run", |b| {
        let one = ClusterSettings { restarts: 1, ..settings };
        b.iter(|| cluster_census(&census, &one))
    });
    c.bench_function("dominant colors of a smooth frame (defaults)", |b| {
        b.iter(|| dominant_colors(&frame, &settings))
    });
    c.bench_function("average color of a frame (k=1)", |b| {
        let average = ClusterSettings { clusters: 1, ..settings };
        b.iter(|| dominant_colors(&frame, &average))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = analysis
}
criterion_main!(benches);
