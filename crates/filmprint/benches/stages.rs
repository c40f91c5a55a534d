//! Cost of the decode stage, on inputs made here: fetching one sample from a 720p film (demux,
//! decode, scale down and convert to RGB), and the scale-and-convert part alone (8-bit BT.709
//! and 10-bit HDR, which is tone-mapped). Drawing is in `benches/rendering.rs`, the per-frame
//! color analysis in `benches/analysis.rs`. Run with `cargo bench -p filmprint --bench stages`
//! (needs the `ffmpeg` feature and command).

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use filmprint::SamplingMode;
use filmprint::decode::FfmpegSource;
use filmprint::sample::{SampleRequest, plan};
use filmprint::source::FrameSource;
use testkit::Clip;

/// Eight seconds of a busy 720p test pattern at 24 fps, a keyframe a second, B-frames: H.264
/// 8-bit, or HEVC 10-bit tagged as PQ BT.2020 (HDR10).
fn clip(hdr: bool) -> Clip {
    let pattern = "testsrc2=s=1280x720:r=24:d=8";
    if hdr {
        let graph = format!("{pattern},format=yuv420p10le");
        Clip::encode(
            "hdr.mkv",
            &[
                "-f",
                "lavfi",
                "-i",
                &graph,
                "-c:v",
                "libx265",
                "-preset",
                "ultrafast",
                "-x265-params",
                "keyint=24:min-keyint=24:bframes=3:log-level=error",
                "-color_primaries",
                "bt2020",
                "-color_trc",
                "smpte2084",
                "-colorspace",
                "bt2020nc",
            ],
        )
    } else {
        Clip::encode(
            "sdr.mp4",
            &["-f", "lavfi", "-i", pattern, "-c:v", "libx264", "-g", "24", "-bf", "3", "-pix_fmt", "yuv420p"],
        )
    }
}

/// Keyframe samples of the clip, 8 of them, cycled through.
fn requests(source: &FfmpegSource) -> Vec<SampleRequest> {
    plan(&source.info().timeline, 8, SamplingMode::Keyframe)
}

fn decoding(c: &mut Criterion) {
    for hdr in [false, true] {
        let clip = clip(hdr);
        let source = FfmpegSource::open(&clip.path, None, 256).unwrap();
        let requests = requests(&source);
        let kind = if hdr { "HEVC 10-bit HDR" } else { "H.264 8-bit" };
        // The whole fetch, as the workers do it: seek, demux, decode, scale, convert.
        c.bench_function(&format!("fetch a keyframe sample, 720p {kind}"), |b| {
            let mut reader = source.reader(1, None).unwrap();
            let mut i = 0;
            b.iter(|| {
                i += 1;
                reader.fetch(&requests[i % requests.len()], None).unwrap()
            })
        });
        // Only the scaling to 256 wide and the conversion to 8-bit sRGB (with tone mapping for
        // HDR), as the reader times it: criterion is given the converter's own time.
        c.bench_function(&format!("scale and convert a 720p {kind} frame to 256x144 RGB"), |b| {
            let mut reader = source.reader(1, None).unwrap();
            let mut i = 0;
            b.iter_custom(|iters| {
                let before = reader.stats().scale_ns;
                for _ in 0..iters {
                    i += 1;
                    reader.fetch(&requests[i % requests.len()], None).unwrap();
                }
                Duration::from_nanos(reader.stats().scale_ns - before)
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = decoding
}
criterion_main!(benches);
