//! Dumps what filmprint's color analysis sees and finds, for `scripts/color-oracle.py` to check
//! against scikit-learn: for each sampled frame, every distinct analysed color with its pixel
//! count (which is the frame's pixels, losslessly) in the chosen space, and the cluster centers
//! filmprint found with the given census resolution and restarts, plus the time it took.
//!
//! Usage: `cargo run --release --example oracle_dump -- MOVIE N OUT_DIR [bits] [restarts] [space] [k]`
//! Writes OUT_DIR/frames.json (per frame: point count, centers, milliseconds) and
//! OUT_DIR/points.f32 (per point: x, y, z, weight as little-endian f32).

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use filmprint::analyse::{ClusterSettings, ColorSpace, LightLimits};
use filmprint::decode::FfmpegSource;
use filmprint::internal::{cluster_census, histogram};
use filmprint::sample::{self, SamplingMode};
use filmprint::source::FrameSource;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: oracle_dump MOVIE N OUT_DIR [bits] [restarts] [space] [k]");
        std::process::exit(2);
    }
    let movie = PathBuf::from(&args[0]);
    let n: usize = args[1].parse().expect("N");
    let out = PathBuf::from(&args[2]);
    let bits: u8 = args.get(3).map_or(8, |a| a.parse().expect("bits"));
    let restarts: usize = args.get(4).map_or(1, |a| a.parse().expect("restarts"));
    let space = match args.get(5).map(String::as_str) {
        Some("cielab") => ColorSpace::Cielab,
        Some("srgb") => ColorSpace::Srgb,
        _ => ColorSpace::Oklab,
    };
    let k: usize = args.get(6).map_or(5, |a| a.parse().expect("k"));
    let settings =
        ClusterSettings { clusters: k, space, restarts, bin_bits: bits, ..ClusterSettings::default() };

    std::fs::create_dir_all(&out).expect("output folder");
    let source = FfmpegSource::open(&movie, None, 256).expect("open the movie");
    let plan = sample::plan(&source.info().timeline, n, SamplingMode::Exact);
    let mut reader = source.reader(1, None).expect("reader");
    let mut points_file =
        std::io::BufWriter::new(std::fs::File::create(out.join("points.f32")).expect("points"));
    let mut frames = Vec::new();
    for (i, request) in plan.iter().enumerate() {
        let picture = reader.fetch(request, plan.get(i + 1)).expect("fetch").picture;
        // The frame's pixels, losslessly: its distinct colors with their counts.
        let pixels = histogram(&picture, space, 8, LightLimits::default());
        for (p, w) in pixels.points.iter().zip(&pixels.weights) {
            for v in [p[0], p[1], p[2], *w as f32] {
                points_file.write_all(&v.to_le_bytes()).expect("write");
            }
        }
        // What filmprint finds, timed: census at the chosen resolution, then k-means.
        let start = Instant::now();
        let census = histogram(&picture, space, settings.bin_bits, settings.limits);
        let clustering = cluster_census(&census, &settings);
        let millis = start.elapsed().as_secs_f64() * 1000.0;
        let centers: Vec<[f32; 3]> = clustering.clusters.iter().map(|c| c.center).collect();
        frames.push(serde_json::json!({
            "frame": i,
            "points": pixels.points.len(),
            "bins": census.points.len(),
            "centers": centers,
            "iterations": clustering.iterations,
            "ms": millis,
        }));
    }
    points_file.flush().expect("flush");
    let meta = serde_json::json!({
        "movie": movie.display().to_string(),
        "k": k,
        "bits": bits,
        "restarts": restarts,
        "space": space.name(),
        "frames": frames,
    });
    std::fs::write(out.join("frames.json"), meta.to_string()).expect("frames.json");
    println!("{} frames -> {}", plan.len(), out.display());
}
