//! The hostile-input corpus (see `hostile_inputs.rs` for the rules every case follows).
//!
//! This file: movies whose streams are laid out in ways that fooled the tool — timestamps
//! that jump (MPEG-TS files joined with `cat`), and a still picture stored as the first video
//! stream of a film.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tempfile::TempDir;

use crate::hostile_kit::*;

/// `seconds` of `color` at 25 fps, 160×90, H.264 in MPEG-TS, its clock starting at `offset`
/// seconds (FFmpeg's own start of 1.4 s is added).
fn ts_part(dir: &Path, name: &str, color: &str, seconds: u32, offset: u32) -> PathBuf {
    let source = format!("color=c={color}:s=160x90:r=25:d={seconds}");
    let offset = offset.to_string();
    encode(
        dir,
        name,
        &["-f", "lavfi", "-i", &source, "-c:v", "libx264", "-g", "25", "-output_ts_offset", &offset],
    )
}

/// The same with a tone a little longer than the picture, as real recordings have.
fn ts_part_with_sound(dir: &Path, name: &str, color: &str, seconds: u32, offset: u32) -> PathBuf {
    let source = format!("color=c={color}:s=160x90:r=25:d={seconds}");
    let tone = format!("sine=frequency=440:duration={}", f64::from(seconds) + 1.5);
    let offset = offset.to_string();
    let args = [
        "-f",
        "lavfi",
        "-i",
        &source,
        "-f",
        "lavfi",
        "-i",
        &tone,
        "-c:v",
        "libx264",
        "-g",
        "25",
        "-c:a",
        "mp2",
        "-output_ts_offset",
        &offset,
    ];
    encode(dir, name, &args)
}

/// The files' bytes one after another, as `cat` joins them.
fn cat(parts: &[&Path], to: &Path) {
    let bytes: Vec<u8> = parts.iter().flat_map(|p| std::fs::read(p).unwrap()).collect();
    std::fs::write(to, bytes).unwrap();
}

fn fingerprint(dir: &Path, movie: &Path, args: &[&str]) -> (Run, Value) {
    let json = dir.join("fp.json");
    let mut all: Vec<&dyn AsRef<std::ffi::OsStr>> =
        vec![&movie, &"-k", &"1", &"-o", &"fp.png", &"--json", &json];
    all.extend(args.iter().map(|a| a as &dyn AsRef<std::ffi::OsStr>));
    let run = filmprint(dir, &all);
    run.assert_success();
    let value = serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap();
    (run, value)
}

/// One letter per bar: R red, B blue, G green, ? anything else.
fn bar_letters(fp: &Value) -> String {
    let letter = |hex: &str| {
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
        match (channel(1), channel(3), channel(5)) {
            (r, g, b) if r > 200 && g < 60 && b < 60 => 'R',
            (r, g, b) if b > 200 && r < 60 && g < 60 => 'B',
            (r, g, b) if g > 100 && r < 60 && b < 60 => 'G',
            _ => '?',
        }
    };
    fp["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| letter(s["colors"][0]["hex"].as_str().unwrap()))
        .collect()
}

/// The runs of equal letters: (letter, length).
fn runs(letters: &str) -> Vec<(char, usize)> {
    let mut runs: Vec<(char, usize)> = Vec::new();
    for c in letters.chars() {
        match runs.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => runs.push((c, 1)),
        }
    }
    runs
}

#[test]
fn transport_streams_joined_with_cat_are_sampled_part_after_part() {
    let corpus = TempDir::new().unwrap();
    let dir = corpus.path();
    // Three clocks: starting over (back to 1.4 s), and far ahead of the other (FFmpeg's 33-bit
    // wrap correction turns that jump back into one of 26 hours ahead: the 95,357 s film).
    let red = ts_part(dir, "red.ts", "red", 4, 0);
    let blue = ts_part(dir, "blue.ts", "blue", 4, 0);
    let green_late = ts_part(dir, "green.ts", "green", 4, 90);
    let (red_sound, blue_sound) = (
        ts_part_with_sound(dir, "red_sound.ts", "red", 4, 90),
        ts_part_with_sound(dir, "blue_sound.ts", "blue", 4, 0),
    );
    let cases: [(&str, Vec<&Path>, &str); 4] = [
        ("clock starts over", vec![&red, &blue], "RRRRRRRRRRBBBBBBBBBB"),
        ("33-bit wrap", vec![&green_late, &red], "GGGGGGGGGGRRRRRRRRRR"),
        ("three parts", vec![&red, &blue, &green_late], "RRRRRRRRRRBBBBBBBBBBGGGGGGGGGG"),
        // Sound running on past each picture does not hide the jump.
        ("33-bit wrap, with sound", vec![&red_sound, &blue_sound], "RRRRRRRRRRBBBBBBBBBB"),
    ];
    for (what, parts, expected) in cases {
        let joined = dir.join("joined.ts");
        cat(&parts, &joined);
        let n = expected.len().to_string();
        let mut seen = Vec::new();
        for sampling in ["auto", "exact", "keyframe"] {
            let (run, fp) = fingerprint(dir, &joined, &["-n", &n, "--sampling", sampling, "--threads", "2"]);
            let warning = run.assert_warning("timestamps are not continuous");
            let count = parts.len().to_string();
            assert!(warning.contains(&format!("its {count} continuous parts")), "{what}: {warning}");
            let seconds = fp["source"]["duration_s"].as_f64().unwrap();
            assert!((seconds - 4.0 * parts.len() as f64).abs() < 0.1, "{what}: {seconds} s");
            let letters = bar_letters(&fp);
            if sampling == "keyframe" {
                // The nearest keyframe (one a second) may be the next part's first frame.
                assert_eq!(runs(&letters).len(), runs(expected).len(), "{what}: {letters}");
                for (got, want) in runs(&letters).iter().zip(runs(expected)) {
                    assert!(got.0 == want.0 && got.1.abs_diff(want.1) <= 1, "{what}: {letters}");
                }
            } else {
                assert_eq!(letters, expected, "{what}, {sampling} sampling");
            }
            seen.push(
                fp["samples"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s["time_s"].as_f64().unwrap())
                    .collect::<Vec<_>>(),
            );
            // Times are on the joined film's own axis: in order, within its length.
            let times = seen.last().unwrap();
            assert!(
                times.windows(2).all(|w| w[0] <= w[1]) && times.iter().all(|&t| (0.0..seconds).contains(&t)),
                "{what}: {times:?}"
            );
        }
        // One thread or two: the same frames.
        let (_, one) = fingerprint(dir, &joined, &["-n", &n, "--threads", "1"]);
        let one: Vec<f64> =
            one["samples"].as_array().unwrap().iter().map(|s| s["time_s"].as_f64().unwrap()).collect();
        assert_eq!(one, seen[0], "{what}");
    }
    // A single part has no warning.
    let (run, _) = fingerprint(dir, &red, &["-n", "10"]);
    assert_eq!(run.stderr, "", "{}", run.stderr);
}

#[test]
fn a_still_picture_stream_before_the_film_is_passed_over() {
    let corpus = TempDir::new().unwrap();
    let dir = corpus.path();
    let still =
        encode(dir, "poster.jpg", &["-f", "lavfi", "-i", "color=c=white:s=320x180", "-frames:v", "1"]);
    let film = encode(
        dir,
        "still_then_film.mkv",
        &[
            "-i",
            still.to_str().unwrap(),
            "-f",
            "lavfi",
            "-i",
            "color=c=red:s=160x90:r=25:d=4",
            "-map",
            "0:v",
            "-map",
            "1:v",
            "-c:v:0",
            "mjpeg",
            "-c:v:1",
            "libx264",
        ],
    );
    let (_, fp) = fingerprint(dir, &film, &["-n", "10"]);
    assert_eq!(fp["source"]["stream_index"], 1, "the still was chosen");
    assert!((fp["source"]["duration_s"].as_f64().unwrap() - 4.0).abs() < 0.1);
    assert_eq!(bar_letters(&fp), "RRRRRRRRRR");
    // Asked for by number, the still is what the user gets.
    let (_, fp) = fingerprint(dir, &film, &["-n", "3", "--stream", "0"]);
    assert_eq!(fp["source"]["stream_index"], 0);
}
