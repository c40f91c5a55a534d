//! `filmprint compare` on films with known differences: a generated film of twelve moving
//! two-color scenes, and the bundled trailer (real footage), each against copies made with
//! FFmpeg — re-encoded, trimmed, with a scene cut out, graded, retimed — and against an
//! unrelated film. Grades are checked against the shift measured on the pixels themselves
//! (every frame's pixels in Oklab), independently of filmprint's sampling, clustering and
//! alignment.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{filmprint, json};
use filmprint::analyse::color::srgb8_to_oklab;
use serde_json::Value;
use testkit::{Clip, run_ffmpeg};

mod saved;

/// Scene lengths of the generated film (32 s; scenes start at 0, 2.5, 5.5, 7.5, 11, 13.5, 16.5,
/// 18.5, 22, 24.5, 26.5, 29.5).
const SCENES: [f64; 12] = [2.5, 3.0, 2.0, 3.5, 2.5, 3.0, 2.0, 3.5, 2.5, 2.0, 3.0, 2.5];
const COLORS: [&str; 12] = [
    "0xd04020", "0x2060c0", "0xe0c040", "0x30a050", "0x8030a0", "0xf0f0e0", "0x103040", "0xc07030",
    "0x40c0c0", "0xa02060", "0x607080", "0x90b020",
];
/// Samples per film: one every 0.107 s of the generated film.
const SAMPLES: &str = "300";
const ENCODE: [&str; 8] = ["-an", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g"];

/// The generated film: scene i is a slowly moving gradient between two colors, seeded by
/// `seed + i`.
fn film(name: &str, seed: usize) -> Clip {
    let mut args: Vec<String> = Vec::new();
    for (i, seconds) in SCENES.iter().enumerate() {
        let (c0, c1) = (COLORS[(i + seed) % 12], COLORS[(i + seed + 5) % 12]);
        args.extend(["-f", "lavfi", "-i"].map(String::from));
        args.push(format!(
            "gradients=s=160x90:r=24:c0={c0}:c1={c1}:speed=0.03:seed={}:d={seconds}",
            seed + i + 1
        ));
    }
    let inputs: String = (0..SCENES.len()).map(|i| format!("[{i}:v]")).collect();
    args.extend(["-filter_complex".into(), format!("{inputs}concat=n={}:v=1:a=0[v]", SCENES.len())]);
    args.extend(["-map", "[v]"].map(String::from));
    args.extend(ENCODE.map(String::from));
    args.push("48".into());
    Clip::encode(name, &args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// A copy of `clip` made with `args` (between the input and the encoder), beside it.
fn copy(clip: &Clip, name: &str, before_input: &[&str], args: &[&str]) -> PathBuf {
    let out = clip.sibling(name);
    let mut all: Vec<&str> = before_input.to_vec();
    all.extend(["-i", clip.path.to_str().unwrap()]);
    all.extend_from_slice(args);
    if !name.ends_with(".avi") {
        all.extend(ENCODE);
        all.push("48");
    }
    run_ffmpeg(&all, &out);
    out
}

/// `filmprint compare A B` with `extra` arguments: its JSON and its findings (standard output).
fn compare(a: &Path, b: &Path, extra: &[&str]) -> (Value, String) {
    let out = a.with_file_name(format!(
        "{}-vs-{}.json",
        a.file_stem().unwrap().to_string_lossy(),
        b.file_stem().unwrap().to_string_lossy()
    ));
    let picture = out.with_extension("png");
    let mut args = vec!["compare", a.to_str().unwrap(), b.to_str().unwrap(), "-q"];
    args.extend(["-o", picture.to_str().unwrap(), "--json", out.to_str().unwrap()]);
    args.extend_from_slice(extra);
    let run = filmprint(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    (json(&out), String::from_utf8_lossy(&run.stdout).into_owned())
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or_else(|| panic!("not a number: {value}"))
}

fn spans(value: &Value) -> Vec<(f64, f64)> {
    value.as_array().unwrap().iter().map(|s| (number(&s["start_s"]), number(&s["end_s"]))).collect()
}

/// What a grade did to the pixels: every 12th frame of both movies (same timing), 80×45, in
/// Oklab — B's chroma sum over A's, the mean shift of ΔL, Δa, Δb, and the hue turn (each
/// pixel's, averaged on the circle, weighted by the weaker chroma).
struct PixelGrade {
    chroma_ratio: f64,
    shift: [f64; 3],
    hue_turn: f64,
}

fn pixels(path: &Path) -> Vec<[f32; 3]> {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-i"])
        .arg(path)
        .args([
            "-vf",
            "select='not(mod(n\\,12))',scale=80:45",
            "-vsync",
            "0",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout.chunks_exact(3).map(|p| srgb8_to_oklab([p[0], p[1], p[2]])).collect()
}

fn pixel_grade(a: &Path, b: &Path) -> PixelGrade {
    let (pa, pb) = (pixels(a), pixels(b));
    assert_eq!(pa.len(), pb.len());
    let chroma = |p: &[f32; 3]| f64::from(p[1].hypot(p[2]));
    let (mut ca, mut cb, mut shift, mut sin, mut cos) = (0.0, 0.0, [0.0; 3], 0.0, 0.0);
    for (x, y) in pa.iter().zip(&pb) {
        ca += chroma(x);
        cb += chroma(y);
        for k in 0..3 {
            shift[k] += f64::from(y[k] - x[k]) / pa.len() as f64;
        }
        if chroma(x) > 0.02 && chroma(y) > 0.02 {
            let turn = f64::from(y[2].atan2(y[1]) - x[2].atan2(x[1]));
            let w = chroma(x).min(chroma(y));
            sin += w * turn.sin();
            cos += w * turn.cos();
        }
    }
    PixelGrade { chroma_ratio: cb / ca, shift, hue_turn: sin.atan2(cos).to_degrees() }
}

/// Within 20 % of the expected size.
fn within_a_fifth(measured: f64, expected: f64) -> bool {
    (measured - expected).abs() <= 0.2 * expected.abs()
}

#[test]
fn a_re_encode_is_the_same_film_and_an_unrelated_one_is_far() {
    let base = film("film.mp4", 0);
    let mpeg4 = copy(&base, "mpeg4.avi", &[], &["-an", "-c:v", "mpeg4", "-q:v", "6"]);
    let (same, _) = compare(&base.path, &mpeg4, &["-n", SAMPLES]);
    assert!(number(&same["distance"]) < 0.01, "{}", same["distance"]);
    assert!(spans(&same["only_in_a"]).is_empty() && spans(&same["only_in_b"]).is_empty(), "{same}");
    assert!(
        (number(&same["timing"]["speed"]) - 1.0).abs() < 0.005
            && number(&same["timing"]["offset_s"]).abs() < 0.11
    );

    let other = Clip::encode(
        "other.mp4",
        &["-f", "lavfi", "-i", "mandelbrot=s=160x90:r=24", "-t", "30", "-c:v", "libx264"],
    );
    let (far, findings) = compare(&base.path, &other.path, &["-n", SAMPLES]);
    assert!(number(&far["distance"]) > 10.0 * number(&same["distance"]).max(0.005), "{far}");
    assert!(findings.contains("little in common") || findings.contains("differ greatly"), "{findings}");
}

#[test]
fn trims_give_the_offset_to_a_sample_and_a_cut_scene_its_span() {
    let base = film("film.mp4", 0);
    let trimmed = copy(&base, "trimmed.mp4", &["-ss", "7.3"], &["-t", "22.7"]);
    let (c, findings) = compare(&base.path, &trimmed, &["-n", SAMPLES]);
    let interval = 32.0 / 300.0;
    assert!((number(&c["timing"]["offset_s"]) + 7.3).abs() <= interval, "{}", c["timing"]);
    let lacks = spans(&c["only_in_a"]);
    assert_eq!(lacks.len(), 2, "{findings}");
    assert!(lacks[0].0 == 0.0 && (lacks[0].1 - 7.3).abs() <= 1.0, "{lacks:?}");
    assert!((lacks[1].0 - 30.0).abs() <= 1.0 && (lacks[1].1 - 32.0).abs() <= 0.2, "{lacks:?}");

    // Scenes 6 and 7 (13.5–18.5 s) cut out.
    let cut = copy(&base, "cut.mp4", &[], &["-vf", "select='not(between(t,13.5,18.49))',setpts=N/24/TB"]);
    let (c, findings) = compare(&base.path, &cut, &["-n", SAMPLES]);
    let lacks = spans(&c["only_in_a"]);
    assert_eq!(lacks.len(), 1, "{findings}");
    assert!((lacks[0].0 - 13.5).abs() <= 2.0 && (lacks[0].1 - 18.5).abs() <= 2.0, "{lacks:?}");
    assert!(spans(&c["only_in_b"]).is_empty(), "{findings}");
    assert!(findings.contains("B lacks 0:1"), "{findings}");
}

#[test]
fn a_pal_retime_gives_its_speed() {
    let base = film("film.mp4", 0);
    let retimed = copy(&base, "retimed.mp4", &[], &["-vf", "setpts=PTS*24/25", "-r", "25"]);
    let (c, findings) = compare(&base.path, &retimed, &["-n", SAMPLES]);
    let speed = number(&c["timing"]["speed"]);
    assert!((speed / (25.0 / 24.0) - 1.0).abs() < 0.005, "{speed}");
    assert!(findings.contains("faster") && findings.contains("PAL speed-up"), "{findings}");
    assert!(spans(&c["only_in_a"]).is_empty() && spans(&c["only_in_b"]).is_empty(), "{findings}");
}

#[test]
fn grades_are_measured_as_the_pixels_changed() {
    let base = film("film.mp4", 0);
    let graded = |name: &str, filter: &str| {
        let path = copy(&base, name, &[], &["-vf", filter]);
        let (c, findings) = compare(&base.path, &path, &["-n", SAMPLES]);
        (c["grade"].clone(), findings, pixel_grade(&base.path, &path))
    };
    let (grade, findings, truth) = graded("saturation.mp4", "eq=saturation=0.8");
    let measured = number(&grade["chroma_ratio"]);
    assert!(truth.chroma_ratio < 0.9, "the filter desaturates: {}", truth.chroma_ratio);
    assert!(
        within_a_fifth(1.0 - measured, 1.0 - truth.chroma_ratio),
        "{measured} against {}",
        truth.chroma_ratio
    );
    assert!(findings.contains("less saturated"), "{findings}");

    let (grade, findings, truth) = graded("hue.mp4", "hue=h=15");
    let measured = number(&grade["hue_turn"]);
    assert!(truth.hue_turn > 10.0, "{}", truth.hue_turn);
    assert!(within_a_fifth(measured, truth.hue_turn), "{measured}° against {}°", truth.hue_turn);
    assert!(findings.contains("hues turned"), "{findings}");

    let (grade, findings, truth) = graded("balance.mp4", "colorbalance=rm=0.15:gm=-0.05:bm=-0.1");
    let (da, db) = (number(&grade["a"]), number(&grade["b"]));
    let (ta, tb) = (truth.shift[1], truth.shift[2]);
    let size = ta.hypot(tb);
    assert!(ta > 0.0 && size > 0.002, "the filter warms: {:?}", truth.shift);
    assert!((da - ta).hypot(db - tb) <= 0.2 * size, "({da}, {db}) against ({ta}, {tb})");
    assert!(within_a_fifth(number(&grade["lightness"]), truth.shift[0]), "{grade} against {:?}", truth.shift);
    assert!(findings.contains("B against A"), "{findings}");
}

#[test]
fn real_footage_a_cut_scene_and_a_hue_turn_of_the_trailer() {
    let trailer = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/bbb_trailer_360p.mp4");
    let base = Clip::encode(
        "trailer.mp4",
        &[
            "-i",
            trailer.to_str().unwrap(),
            "-vf",
            "scale=320:180",
            "-an",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
        ],
    );
    // Its fifth and sixth shots (24.7–36.0 s, cut to cut) removed.
    let cut = copy(&base, "cut.mp4", &[], &["-vf", "select='not(between(t,24.7,35.99))',setpts=N/24/TB"]);
    let (c, findings) = compare(&base.path, &cut, &[]);
    let lacks = spans(&c["only_in_a"]);
    assert_eq!(lacks.len(), 1, "{findings}");
    assert!((lacks[0].0 - 24.7).abs() <= 2.0 && (lacks[0].1 - 36.0).abs() <= 2.0, "{lacks:?}");

    let hue = copy(&base, "hue.mp4", &[], &["-vf", "hue=h=15"]);
    let (c, _) = compare(&base.path, &hue, &[]);
    let truth = pixel_grade(&base.path, &hue);
    let measured = number(&c["grade"]["hue_turn"]);
    assert!(within_a_fifth(measured, truth.hue_turn), "{measured}° against {}°", truth.hue_turn);
}
