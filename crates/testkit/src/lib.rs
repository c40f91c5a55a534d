//! Test clips with known content, made on the fly with the `ffmpeg` command-line tool (lavfi
//! sources and its encoders), so no footage is committed and every expected color is known.
//!
//! Each clip lives in its own temporary folder, removed when the [`Clip`] is dropped.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

/// A generated file in its own temporary folder.
pub struct Clip {
    pub dir: TempDir,
    pub path: PathBuf,
}

impl Clip {
    /// Runs `ffmpeg -y -v error <args> <dir>/<name>` and returns the file.
    pub fn encode(name: &str, args: &[&str]) -> Clip {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        run_ffmpeg(args, &path);
        Clip { dir, path }
    }

    /// Like [`Clip::encode`] but ffmpeg writes to a pipe (stdout) that we save: the muxer
    /// cannot seek back, so no duration and no index are written (e.g. piped Matroska).
    pub fn encode_piped(name: &str, args: &[&str]) -> Clip {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        let output = Command::new("ffmpeg")
            .args(["-y", "-v", "error", "-nostdin"])
            .args(args)
            .arg("pipe:1")
            .stderr(Stdio::piped())
            .output()
            .expect("ffmpeg must be installed to run these tests (apt-get install ffmpeg)");
        assert!(output.status.success(), "ffmpeg failed: {}", String::from_utf8_lossy(&output.stderr));
        std::fs::write(&path, output.stdout).unwrap();
        Clip { dir, path }
    }

    /// A path for another file in the clip's folder.
    pub fn sibling(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Runs ffmpeg writing to `out`, panicking with its message on failure.
pub fn run_ffmpeg(args: &[&str], out: &Path) {
    let output = Command::new("ffmpeg")
        .args(["-y", "-v", "error", "-nostdin"])
        .args(args)
        .arg(out)
        .output()
        .expect("ffmpeg must be installed to run these tests (apt-get install ffmpeg)");
    assert!(output.status.success(), "ffmpeg {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
}

/// `seconds` of a solid color as a lavfi source description.
pub fn solid(color: &str, seconds: f64, size: &str, fps: u32) -> String {
    format!("color=c={color}:s={size}:r={fps}:d={seconds}")
}

/// lavfi input arguments that play `segments` (color, seconds) one after another.
pub fn color_sequence(segments: &[(&str, f64)], size: &str, fps: u32) -> Vec<String> {
    let mut args = Vec::new();
    for (color, seconds) in segments {
        args.extend(["-f".into(), "lavfi".into(), "-i".into(), solid(color, *seconds, size, fps)]);
    }
    let inputs: String = (0..segments.len()).map(|i| format!("[{i}:v]")).collect();
    args.extend([
        "-filter_complex".into(),
        format!("{inputs}concat=n={}:v=1:a=0,format=yuv420p[v]", segments.len()),
        "-map".into(),
        "[v]".into(),
    ]);
    args
}

/// One second of a 128×128 black-and-white checkerboard of 8-pixel squares, losslessly coded
/// (FFV1, RGB): its mean is 50 % light, sRGB 188, while averaging the encoded values gives 128.
pub fn black_and_white_checker() -> Clip {
    let square = "255*mod(floor(X/8)+floor(Y/8),2)";
    let graph =
        format!("color=c=black:s=128x128:r=5:d=1,format=rgb24,geq=r='{square}':g='{square}':b='{square}'");
    Clip::encode("checker_8px.mkv", &["-f", "lavfi", "-i", &graph, "-c:v", "ffv1", "-pix_fmt", "bgr0"])
}

/// The color that frame `n` of a [`numbered_frames`] clip shows: each channel one of eight
/// levels 25 apart, so up to 512 frames are told apart even after lossy coding.
pub fn frame_color(n: u32) -> [u8; 3] {
    let level = |v: u32| (40 + (v % 8) * 25) as u8;
    [level(n), level(n / 8), level(n / 64)]
}

/// Reads back the frame number from a color made by [`frame_color`] (`None` if no level
/// is within 8 of a channel).
pub fn frame_number(rgb: [u8; 3]) -> Option<u32> {
    let digit = |c: u8| {
        let v = (i32::from(c) - 40 + 12).div_euclid(25);
        let exact = 40 + v * 25;
        ((0..8).contains(&v) && (i32::from(c) - exact).abs() <= 8).then_some(v as u32)
    };
    Some(digit(rgb[0])? + 8 * digit(rgb[1])? + 64 * digit(rgb[2])?)
}

/// lavfi input arguments for `frames` frames at `fps`, frame n filled with `frame_color(n)`.
pub fn numbered_frames(frames: u32, fps: u32, size: &str) -> Vec<String> {
    let level = |expr: &str| format!("40+mod({expr},8)*25");
    let graph = format!(
        "color=c=black:s={size}:r={fps}:d={d},format=rgb24,geq=r='{r}':g='{g}':b='{b}'",
        d = f64::from(frames) / f64::from(fps),
        r = level("N"),
        g = level("floor(N/8)"),
        b = level("floor(N/64)"),
    );
    vec!["-f".into(), "lavfi".into(), "-i".into(), graph]
}

/// Borrows a `Vec<String>` as the `&[&str]` [`Clip::encode`] takes, with `extra` appended.
pub fn with(args: &[String], extra: &[&str]) -> Vec<String> {
    args.iter().cloned().chain(extra.iter().map(|s| s.to_string())).collect()
}

/// `&[String]` → `Vec<&str>`.
pub fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// Display times (seconds from the stream's start) of the video's keyframes, as FFmpeg's own
/// `ffprobe` reports them when decoding every frame in sequence: an oracle independent of
/// filmprint's index handling.
pub fn keyframe_times(path: &Path) -> Vec<f64> {
    let probe = |entries: &str| {
        let out = Command::new("ffprobe")
            .args(["-v", "error", "-select_streams", "v:0", "-show_entries", entries, "-of", "csv=p=0"])
            .arg(path)
            .output()
            .expect("ffprobe must be installed to run these tests");
        assert!(out.status.success(), "ffprobe failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let start: f64 = probe("stream=start_time")
        .split(|c: char| c == ',' || c.is_whitespace())
        .find(|field| !field.is_empty())
        .and_then(|field| field.parse().ok())
        .unwrap_or(0.0);
    probe("frame=key_frame,best_effort_timestamp_time")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split(',');
            let (key, time) = (fields.next()?, fields.next()?);
            (key.trim() == "1").then(|| time.trim().parse::<f64>().ok()).flatten()
        })
        .map(|t| t - start)
        .collect()
}

/// Decodes a PNG file into (width, height, RGB bytes).
pub fn read_png(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb, "filmprint writes RGB PNGs");
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// Whether two colors are within `tolerance` per channel.
pub fn near(a: [u8; 3], b: [u8; 3], tolerance: u8) -> bool {
    a.iter().zip(&b).all(|(x, y)| x.abs_diff(*y) <= tolerance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_numbers_round_trip_through_colors() {
        for n in 0..512 {
            assert_eq!(frame_number(frame_color(n)), Some(n));
            let [r, g, b] = frame_color(n);
            assert_eq!(frame_number([r.saturating_add(7), g.saturating_sub(7), b]), Some(n));
        }
        assert_eq!(frame_number([52, 40, 40]), None);
    }
}
