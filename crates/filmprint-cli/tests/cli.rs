//! End-to-end tests of the `filmprint` command on clips generated with known colors: what the
//! picture and the JSON say, and how the tool behaves on bad input.

use std::process::Command;

use crate::common::*;
use testkit::{Clip, color_sequence, near, read_png, strs, with};

#[test]
fn three_seconds_red_then_one_blue_gives_75_percent_red_bars() {
    let clip = red_then_blue("red_3s_then_blue_1s.mp4", &["-c:v", "libx264", "-g", "25"]);
    let fp = fingerprint_of(&clip, &["-n", "40", "--size", "400", "--no-title"]);
    let bars = bar_colors(&fp);
    assert_eq!(bars.len(), 40);
    for (i, bar) in bars.iter().enumerate() {
        let expected = if i < 30 { RED } else { BLUE };
        assert!(near(bar[0], expected, 6), "bar {i}: {:?}", bar[0]);
    }
    assert!((fp["source"]["duration_s"].as_f64().unwrap() - 4.0).abs() < 0.05);
    let image = read_png(&clip.sibling("out.png"));
    assert_eq!((image.0, image.1), (400, 400));
    // Each bar is exactly 10 columns wide: red up to column 299, blue from 300.
    for x in [0, 150, 299] {
        assert!(near(pixel(&image, x, 200), RED, 6), "column {x}");
    }
    for x in [300, 399] {
        assert!(near(pixel(&image, x, 200), BLUE, 6), "column {x}");
    }
}

#[test]
fn a_frame_split_70_30_gives_both_colors_in_order_with_their_shares() {
    let clip = Clip::encode(
        "red_70_blue_30.mkv",
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=red:s=200x100:r=10:d=1,format=yuv444p,drawbox=x=140:y=0:w=60:h=100:color=blue:t=fill",
            "-c:v",
            "libx264",
            "-qp",
            "0",
            "-pix_fmt",
            "yuv444p",
        ],
    );
    let fp = fingerprint_of(&clip, &["-n", "5", "-k", "5", "-d", "2", "--no-title"]);
    for sample in fp["samples"].as_array().unwrap() {
        let colors = sample["colors"].as_array().unwrap();
        assert_eq!(colors.len(), 2);
        assert!(near(hex_rgb(&colors[0]["hex"]), RED, 4), "{colors:?}");
        assert!(near(hex_rgb(&colors[1]["hex"]), BLUE, 4), "{colors:?}");
        assert!((colors[0]["share"].as_f64().unwrap() - 0.7).abs() < 0.01);
        assert!((colors[1]["share"].as_f64().unwrap() - 0.3).abs() < 0.01);
    }
    // Two equal halves, most frequent on top. Default size for 5 bars: 2000.
    let image = read_png(&clip.sibling("out.png"));
    assert_eq!(image.0, 2000);
    assert!(near(pixel(&image, 1000, 999), RED, 4));
    assert!(near(pixel(&image, 1000, 1000), BLUE, 4));
}

#[test]
fn a_hue_sweep_matches_the_analytic_color_at_each_sample_time() {
    // r, g, b are sines of time, 120 degrees apart: a full turn of the hue circle in 8 s.
    let channel = |phase: &str| format!("128+100*sin(2*PI*T/8+{phase})");
    let graph = format!(
        "color=c=black:s=64x64:r=25:d=8,format=rgb24,geq=r='{}':g='{}':b='{}'",
        channel("0"),
        channel("2*PI/3"),
        channel("4*PI/3")
    );
    let clip = Clip::encode(
        "hue_sweep_8s.mp4",
        &["-f", "lavfi", "-i", &graph, "-c:v", "libx264", "-crf", "10", "-pix_fmt", "yuv444p"],
    );
    let fp = fingerprint_of(&clip, &["-n", "64", "-k", "1", "--sampling", "exact"]);
    for sample in fp["samples"].as_array().unwrap() {
        let t = sample["time_s"].as_f64().unwrap();
        let target = sample["target_s"].as_f64().unwrap();
        assert!((t - target).abs() <= 0.02 + 1e-9, "exact frame within half a frame: {t} vs {target}");
        let expected = [0.0, 2.0, 4.0].map(|k: f64| {
            (128.0 + 100.0 * (2.0 * std::f64::consts::PI * t / 8.0 + k * std::f64::consts::PI / 3.0).sin())
                as u8
        });
        let got = hex_rgb(&sample["colors"][0]["hex"]);
        assert!(near(got, expected, 5), "at {t}: {got:?} vs {expected:?}");
    }
}

#[test]
fn a_clip_starting_at_10s_is_sampled_over_its_own_span() {
    let clip = red_then_blue("starts_at_10s.mp4", &["-c:v", "libx264", "-output_ts_offset", "10"]);
    let fp = fingerprint_of(&clip, &["-n", "8"]);
    assert!((fp["source"]["start_s"].as_f64().unwrap() - 10.0).abs() < 0.05, "{}", fp["source"]);
    assert!((fp["source"]["duration_s"].as_f64().unwrap() - 4.0).abs() < 0.05);
    let bars = bar_colors(&fp);
    for (i, bar) in bars.iter().enumerate() {
        assert!(near(bar[0], if i < 6 { RED } else { BLUE }, 6), "bar {i}");
    }
    let first = &fp["samples"][0];
    assert!((first["target_s"].as_f64().unwrap() - 0.25).abs() < 1e-9);
}

#[test]
fn a_piped_mkv_without_duration_or_index_is_measured_by_scanning() {
    let args = with(
        &color_sequence(&[("red", 3.0), ("blue", 1.0)], "160x90", 25),
        &["-c:v", "libx264", "-f", "matroska"],
    );
    let clip = Clip::encode_piped("no_duration.mkv", &strs(&args));
    let probe = Command::new("ffprobe")
        .args(["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0"])
        .arg(&clip.path)
        .output()
        .unwrap();
    let declared = String::from_utf8_lossy(&probe.stdout).trim().to_string();
    let fp = fingerprint_of(&clip, &["-n", "20"]);
    assert_eq!(fp["source"]["keyframe_source"], "scan");
    let duration = fp["source"]["duration_s"].as_f64().unwrap();
    assert!((duration - 4.0).abs() < 0.05, "duration {duration}, FFmpeg's bit-rate guess: {declared}");
    let bars = bar_colors(&fp);
    assert!(
        bars.iter().take(15).all(|b| near(b[0], RED, 6)) && bars.iter().skip(15).all(|b| near(b[0], BLUE, 6))
    );
}

#[test]
fn the_average_of_a_black_and_white_checker_is_188_not_128() {
    let clip = testkit::black_and_white_checker();
    let fp = fingerprint_of(&clip, &["-n", "3", "-k", "1", "-d", "1"]);
    for bar in bar_colors(&fp) {
        assert!(near(bar[0], [188, 188, 188], 1), "{:?}", bar[0]);
    }
}

#[test]
fn the_output_is_the_same_for_one_and_many_threads() {
    let clip = Clip::encode(
        "testsrc2.mp4",
        &["-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=6", "-c:v", "libx264", "-g", "30", "-bf", "3"],
    );
    let run = |threads: &str, name: &str| {
        let (png, js) = (clip.sibling(&format!("{name}.png")), clip.sibling(&format!("{name}.json")));
        let out = filmprint(&[
            clip.path.to_str().unwrap(),
            "-n",
            "60",
            "-d",
            "3",
            "--threads",
            threads,
            "-o",
            png.to_str().unwrap(),
            "--json",
            js.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (std::fs::read(png).unwrap(), std::fs::read(js).unwrap())
    };
    let one = run("1", "one");
    assert!(one == run("2", "two"), "2 threads differ from 1");
    assert!(one == run("5", "five"), "5 threads differ from 1");
}

#[test]
fn defaults_write_a_titled_png_named_after_the_movie_in_the_current_folder() {
    let clip = red_then_blue("My Film.mp4", &["-c:v", "libx264"]);
    let workdir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .arg(&clip.path)
        .current_dir(workdir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written: Vec<_> =
        std::fs::read_dir(workdir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(written, vec![std::ffi::OsString::from("My Film.png")], "only the picture is left behind");
    let path = workdir.path().join("My Film.png");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let texts: Vec<(String, String)> =
        reader.info().utf8_text.iter().map(|t| (t.keyword.clone(), t.get_text().unwrap())).collect();
    assert!(texts.contains(&("Title".into(), "My Film".into())), "{texts:?}");
    // 1000 bars at 2 px: 2000 px square; the title lightens the middle of the picture.
    let image = read_png(&path);
    assert_eq!((image.0, image.1), (2000, 2000));
    let lightened = (0..2000).filter(|&x| pixel(&image, x, 1000)[1] > 40).count();
    assert!(lightened > 100, "title pixels on the middle row: {lightened}");
    assert!(near(pixel(&image, 10, 10), RED, 6) && near(pixel(&image, 1990, 1990), BLUE, 6));
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let out = filmprint(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["Examples:", "--samples", "--clusters", "--colors", "--sampling", "Exit status"] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
}

/// Runs filmprint on a bad input and checks the error manners: the exit code, one line on
/// stderr naming the problem, no panic, and nothing written.
fn assert_fails(args: &[&str], code: i32, message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("out.png");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", png.to_str().unwrap(), "-q"]);
    let out = filmprint(&all);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(stderr.contains(message), "{args:?}: expected '{message}' in: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"), "{args:?}: {stderr}");
    let first_line = stderr.lines().next().unwrap_or_default();
    assert!(first_line.starts_with("filmprint: error:") || first_line.starts_with("error:"), "{stderr}");
    if code == 1 {
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{args:?} left files behind");
}

/// Files that are not movies, truncated and corrupt movies, awkward names and unwritable
/// folders are in the hostile-input corpus (`tests/hostile_outputs.rs`).
#[test]
fn bad_settings_fail_cleanly() {
    let movie = red_then_blue("movie.mkv", &["-c:v", "libx264"]);
    let good = movie.path.to_str().unwrap();
    assert_fails(&[good, "-n", "0"], 2, "samples");
    assert_fails(&[good, "-k", "0"], 2, "clusters");
    assert_fails(
        &[good, "-k", "2", "-d", "3"],
        2,
        "-d/--colors: must be between 1 and the number of clusters (2)",
    );
    assert_fails(&[good, "--size", "0"], 2, "--size");
    assert_fails(&[good, "--sampling", "sometimes"], 2, "invalid value");
}

#[test]
fn unwritable_outputs_fail_cleanly_and_keep_what_was_there() {
    let movie = red_then_blue("movie.mp4", &["-c:v", "libx264"]);
    let good = movie.path.to_str().unwrap();
    // (Missing and read-only folders, a full disk: tests/hostile_outputs.rs.)
    // A failed run leaves an existing output untouched.
    let existing = movie.sibling("keep.png");
    std::fs::write(&existing, b"previous picture").unwrap();
    let out =
        filmprint(&[movie.sibling("missing.mp4").to_str().unwrap(), "-q", "-o", existing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&existing).unwrap(), b"previous picture");

    // A JSON that cannot be written means no picture either, and -o/--json must differ.
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("out.png");
    // (A regular file where a folder should be: missing folders would be made.)
    let bad_json = movie.path.join("out.json");
    let out = filmprint(&[good, "-q", "-o", png.to_str().unwrap(), "--json", bad_json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "the picture was written without its JSON");
    let out = filmprint(&[good, "-q", "-o", png.to_str().unwrap(), "--json", png.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name the same file"));

    // The movie is never overwritten by its own picture or numbers.
    let out = filmprint(&[good, "-q", "-o", good]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".png, .svg or .pdf"));
    let out = filmprint(&[good, "-q", "--csv", good]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("overwrite the input"));
}

#[test]
fn ctrl_c_stops_within_a_second_and_leaves_nothing_behind() {
    // Long enough that exact sampling on one thread takes several seconds.
    let clip = Clip::encode(
        "two_minutes.mp4",
        &[
            "-f",
            "lavfi",
            "-i",
            "testsrc2=s=640x360:r=25:d=120",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-g",
            "250",
        ],
    );
    let out_dir = tempfile::tempdir().unwrap();
    let png = out_dir.path().join("out.png");
    let mut child = Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args([
            clip.path.to_str().unwrap(),
            "-n",
            "3000",
            "--sampling",
            "exact",
            "--threads",
            "1",
            "-q",
            "-o",
        ])
        .arg(&png)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_until_reading(&mut child, &[&clip.path]);
    let kill = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let interrupted = std::time::Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(interrupted.elapsed() < std::time::Duration::from_secs(1), "took {:?}", interrupted.elapsed());
    assert_eq!(out.status.code(), Some(130));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
    assert_eq!(std::fs::read_dir(out_dir.path()).unwrap().count(), 0, "files left behind");
}
