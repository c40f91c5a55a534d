//! Shows what filmprint sees in a movie: the stream it picks, its timeline and keyframes, and
//! where each planned sample lands. A small tour of the library API.
//!
//! Usage: `cargo run --example inspect -- MOVIE [N] [exact|keyframe|auto]`

#![allow(clippy::print_stdout)]

use std::path::PathBuf;

use filmprint::decode::FfmpegSource;
use filmprint::sample::{self, SamplingMode, format_time};
use filmprint::source::FrameSource;

fn main() -> Result<(), filmprint::Error> {
    let mut args = std::env::args().skip(1);
    let Some(movie) = args.next().map(PathBuf::from) else {
        eprintln!("usage: inspect MOVIE [N] [exact|keyframe|auto]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mode = match args.next().as_deref() {
        Some("exact") => SamplingMode::Exact,
        Some("keyframe") => SamplingMode::Keyframe,
        _ => SamplingMode::Auto,
    };
    let source = FfmpegSource::open(&movie, None, 256)?;
    let info = source.info();
    let t = &info.timeline;
    println!(
        "{}: stream {} {} {}x{}, {} fps, time base {}/{}",
        info.path.display(),
        info.stream_index,
        info.codec,
        info.width,
        info.height,
        info.frame_rate.unwrap_or(0.0),
        t.time_base.num,
        t.time_base.den
    );
    println!(
        "span {}..{} ({}), {} keyframes from the {}",
        t.start,
        t.end,
        format_time(t.duration_seconds()),
        t.keyframes.len(),
        info.keyframe_source
    );
    let plan = sample::plan(t, n, mode);
    let mut reader = source.reader(1, None)?;
    for (i, request) in plan.iter().enumerate() {
        let sample = reader.fetch(request, plan.get(i + 1))?;
        println!(
            "sample {:4}: target {} ({:?}) -> pts {} at {}{}",
            request.index,
            request.target,
            request.method,
            sample.pts,
            format_time(t.offset_seconds(sample.pts)),
            if sample.keyframe { " [keyframe]" } else { "" }
        );
    }
    println!("{:?}", reader.stats());
    Ok(())
}
