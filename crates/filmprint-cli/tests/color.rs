//! End-to-end tests of the color options and the film's palette, on generated clips whose
//! colors and timings are known.

use crate::common::*;
use testkit::{Clip, near, read_png};

fn palette_colors(fp: &serde_json::Value) -> Vec<([u8; 3], f64)> {
    fp["palette"]["colors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (hex_rgb(&c["hex"]), c["share"].as_f64().unwrap()))
        .collect()
}

#[test]
fn the_palette_gives_each_color_its_share_of_screen_time() {
    let clip = red_then_blue("red_3s_then_blue_1s.mp4", &["-c:v", "libx264"]);
    let (png, svg, csv, js) =
        (clip.sibling("p.png"), clip.sibling("p.svg"), clip.sibling("p.csv"), clip.sibling("p.json"));
    let out = filmprint(&[
        "palette",
        clip.path.to_str().unwrap(),
        "-n",
        "100",
        "-p",
        "2",
        "--segments",
        "4",
        "-q",
        "-o",
        png.to_str().unwrap(),
        "--svg",
        svg.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
        "--json",
        js.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fp = json(&js);
    let colors = palette_colors(&fp);
    assert_eq!(colors.len(), 2);
    assert!(near(colors[0].0, RED, 6) && (colors[0].1 - 0.75).abs() < 0.02, "{colors:?}");
    assert!(near(colors[1].0, BLUE, 6) && (colors[1].1 - 0.25).abs() < 0.02, "{colors:?}");
    // Segments: the first three quarters are red only, the last blue only.
    let segments = fp["palette"]["segments"].as_array().unwrap();
    assert_eq!(segments.len(), 4);
    for (i, segment) in segments.iter().enumerate() {
        let first = hex_rgb(&segment["colors"][0]["hex"]);
        assert!(near(first, if i < 3 { RED } else { BLUE }, 6), "segment {i}: {first:?}");
        assert!((segment["colors"][0]["share"].as_f64().unwrap() - 1.0).abs() < 1e-6);
    }
    // The swatch: equal bars, red then blue, over the film's row; segment rows below.
    let image = read_png(&png);
    assert_eq!((image.0, image.1), (1200, 300 + 4 * 75));
    assert!(near(pixel(&image, 10, 10), RED, 6) && near(pixel(&image, 1190, 10), BLUE, 6));
    assert!(near(pixel(&image, 1190, 310), RED, 6), "first segment row is all red");
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert_eq!(svg.matches("<rect").count(), 2 + 4);
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(csv.lines().count(), 1 + 2 + 4);
    assert!(csv.lines().nth(1).unwrap().starts_with("film,0.000,4.000,1,#"));
}

#[test]
fn a_saved_fingerprint_gives_the_same_palette_without_the_movie() {
    let clip = red_then_blue("film.mkv", &["-c:v", "libx264"]);
    let from_movie = clip.sibling("from_movie.json");
    let out = filmprint(&[
        "palette",
        clip.path.to_str().unwrap(),
        "-q",
        "-o",
        clip.sibling("a.png").to_str().unwrap(),
        "--json",
        from_movie.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A fingerprint saved by the main command, then the movie removed.
    let saved = clip.sibling("saved.json");
    let out = filmprint(&[
        clip.path.to_str().unwrap(),
        "-d",
        "1",
        "-q",
        "-o",
        clip.sibling("f.png").to_str().unwrap(),
        "--json",
        saved.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    std::fs::remove_file(&clip.path).unwrap();
    let from_saved = clip.sibling("from_saved.json");
    let out = filmprint(&[
        "palette",
        saved.to_str().unwrap(),
        "-q",
        "-o",
        clip.sibling("b.png").to_str().unwrap(),
        "--json",
        from_saved.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json(&from_movie)["palette"], json(&from_saved)["palette"]);
    assert_eq!(std::fs::read(clip.sibling("a.png")).unwrap(), std::fs::read(clip.sibling("b.png")).unwrap());
}

#[test]
fn the_main_command_writes_the_palette_beside_the_picture() {
    let clip = red_then_blue("film.mp4", &["-c:v", "libx264"]);
    let swatch = clip.sibling("swatch.svg");
    let fp = fingerprint_of(&clip, &["--palette", swatch.to_str().unwrap(), "--palette-colors", "3"]);
    let colors = palette_colors(&fp);
    assert_eq!(colors.len(), 2, "two colors in the film, though three were allowed");
    assert!(std::fs::read_to_string(&swatch).unwrap().starts_with("<svg"));
}

/// A red picture in the middle 40 % of the frame, black bars above and below (60 %).
fn letterboxed() -> Clip {
    Clip::encode(
        "letterboxed.mp4",
        &["-f", "lavfi", "-i", "color=c=0xC03020:s=160x36:r=10:d=2,pad=160:90:0:27:black", "-c:v", "libx264"],
    )
}

#[test]
fn ignore_black_leaves_out_letterbox_bars() {
    let clip = letterboxed();
    let plain = fingerprint_of(&clip, &["-n", "5"]);
    assert!(near(bar_colors(&plain)[2][0], [0, 0, 0], 6), "by area, black wins");
    let cropped = fingerprint_of(&clip, &["-n", "5", "--ignore-black"]);
    for bar in bar_colors(&cropped) {
        assert!(near(bar[0], [0xC0, 0x30, 0x20], 8), "{bar:?}");
    }
    let left_out = cropped["samples"][2]["left_out"].as_f64().unwrap();
    assert!((left_out - 0.6).abs() < 0.03, "{left_out}");
    assert_eq!(cropped["settings"]["ignore_black"].as_f64().map(|v| (v * 100.0).round()), Some(10.0));
}

#[test]
fn vivid_ranking_prefers_the_colorful_cluster() {
    let clip = Clip::encode(
        "grey_70_orange_30.mkv",
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=0x808080:s=200x100:r=10:d=1,format=yuv444p,drawbox=x=140:y=0:w=60:h=100:color=0xF08C14:t=fill",
            "-c:v",
            "libx264",
            "-qp",
            "0",
            "-pix_fmt",
            "yuv444p",
        ],
    );
    let by_share = fingerprint_of(&clip, &["-n", "3"]);
    assert!(near(bar_colors(&by_share)[1][0], [128, 128, 128], 4));
    let vivid = fingerprint_of(&clip, &["-n", "3", "--rank", "vivid"]);
    assert!(near(bar_colors(&vivid)[1][0], [0xF0, 0x8C, 0x14], 6), "{:?}", bar_colors(&vivid)[1]);
}

#[test]
fn the_seeds_srgb_space_averages_encoded_values() {
    let clip = testkit::black_and_white_checker();
    let seed = fingerprint_of(&clip, &["-n", "2", "-k", "1", "--space", "srgb"]);
    assert!(near(bar_colors(&seed)[0][0], [128, 128, 128], 1), "{:?}", bar_colors(&seed)[0]);
    let perceptual = fingerprint_of(&clip, &["-n", "2", "-k", "1", "--space", "cielab"]);
    assert!(near(bar_colors(&perceptual)[0][0], [188, 188, 188], 1));
    assert_eq!(seed["settings"]["color_space"], "srgb");
}

#[test]
fn timings_are_kept_only_when_asked_for() {
    let clip = red_then_blue("film.mp4", &["-c:v", "libx264"]);
    let timed = fingerprint_of(&clip, &["-n", "10", "--timings"]);
    let t = &timed["timings"];
    for stage in ["open_s", "sampling_s", "decode_s", "scale_s", "analyse_s", "render_s", "write_s"] {
        assert!(t[stage].as_f64().unwrap() > 0.0, "{stage}: {t}");
    }
    assert!(t["scale_s"].as_f64() < t["decode_s"].as_f64(), "{t}");
    assert!(t["frames_decoded"].as_u64().unwrap() >= 10, "{t}");
    assert!(t["keyframe_samples"].as_u64().unwrap() <= 10, "{t}");
    assert!(fingerprint_of(&clip, &["-n", "10"]).get("timings").is_none());
    // A saved run's timings do not travel into a new file made from it.
    let saved = clip.sibling("timed.json");
    std::fs::write(&saved, serde_json::to_string(&timed).unwrap()).unwrap();
    let again = clip.sibling("again.json");
    let out = filmprint(&[
        "palette",
        saved.to_str().unwrap(),
        "-q",
        "-o",
        clip.sibling("p.png").to_str().unwrap(),
        "--json",
        again.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(json(&again).get("timings").is_none());
}

#[test]
fn palette_options_that_cannot_apply_are_usage_errors() {
    let clip = red_then_blue("film.mp4", &["-c:v", "libx264"]);
    let saved = clip.sibling("saved.json");
    fingerprint_of(&clip, &["-n", "10"]);
    std::fs::rename(clip.sibling("out.json"), &saved).unwrap();
    let usage = |args: &[&str], message: &str| {
        let out = filmprint(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    };
    let (movie, json_input) = (clip.path.to_str().unwrap(), saved.to_str().unwrap());
    usage(&["palette", json_input, "-k", "7"], "do not apply to a saved fingerprint");
    usage(&["palette", movie, "-n", "3", "--segments", "5"], "--segments");
    usage(&["palette", movie, "--segments", "1"], "--segments");
    usage(&["palette", json_input, "--segments", "11"], "--segments");
    usage(&[movie, "--ignore-black=0.6", "--ignore-white=0.4"], "must be below");
    usage(&[movie, "--palette-colors", "4"], "--palette");
}

/// Every family of RGB-coded sources at 360p, 720p and 1080p: a frame of (200, 70, 60) comes
/// back as exactly that (10-bit within one code). RGB never went through a YUV matrix, so
/// none may be applied to it (before the fix, 720p and up came out #d3523a: BT.601 one way,
/// BT.709 back).
#[test]
fn rgb_sources_keep_their_exact_colors_at_every_size() {
    let families = [
        ("ffv1", "gbrp", "mkv", 0),
        ("ffv1", "bgr0", "mkv", 0),
        ("png", "rgb24", "mkv", 0),
        ("qtrle", "argb", "mov", 0),
        ("ffv1", "gbrp10le", "mkv", 1),
    ];
    for size in ["640x360", "1280x720", "1920x1080"] {
        for (codec, pix_fmt, ext, tolerance) in families {
            let clip = Clip::encode(
                &format!("{pix_fmt}_{size}.{ext}"),
                &[
                    "-f",
                    "lavfi",
                    "-i",
                    &format!("color=c=0xC8463C:s={size}:r=2:d=1,format=rgb24"),
                    "-c:v",
                    codec,
                    "-pix_fmt",
                    pix_fmt,
                ],
            );
            let fp = fingerprint_of(&clip, &["-n", "2", "-k", "1", "-d", "1"]);
            for bar in bar_colors(&fp) {
                assert!(near(bar[0], [200, 70, 60], tolerance), "{codec} {pix_fmt} {size}: {:?}", bar[0]);
            }
        }
    }
}

/// A one-pixel black and white checker at 720p and 1080p, coded as YUV 4:2:0, YUV 4:4:4 and
/// RGB without loss: the frame's light is half of white's, sRGB 188, once it is shrunk to the
/// analysis size (averaging the encoded values, as scalers do, gives 128).
#[test]
fn a_one_pixel_checker_is_188_at_720p_and_1080p() {
    for (size, codec, pix_fmt) in [
        ("1280x720", "libx264", "yuv420p"),
        ("1920x1080", "libx264", "yuv444p"),
        ("1920x1080", "ffv1", "bgr0"),
    ] {
        let graph = format!("nullsrc=s={size}:r=5:d=0.4,format=gray,geq=lum='255*mod(X+Y,2)'");
        let mut args = vec!["-f", "lavfi", "-i", &graph, "-c:v", codec, "-pix_fmt", pix_fmt];
        if codec == "libx264" {
            args.extend(["-qp", "0"]);
        }
        let clip = Clip::encode(&format!("checker_1px_{size}_{pix_fmt}.mkv"), &args);
        let fp = fingerprint_of(&clip, &["-n", "2", "-k", "1", "-d", "1"]);
        for bar in bar_colors(&fp) {
            assert!(near(bar[0], [188, 188, 188], 1), "{size} {pix_fmt}: {:?}", bar[0]);
        }
    }
}

/// A 1280×720 stream that declares no matrix is BT.709 by its size; a window-boxed picture
/// cropped to 960×540 must still be decoded as BT.709 (the matrix is chosen before the crop:
/// it came out #bd383e, BT.601's reading, for (200, 70, 60)).
#[test]
fn the_matrix_of_an_untagged_stream_is_chosen_before_the_crop() {
    let graph = "color=c=0xC8463C:s=960x540:r=2:d=1,format=rgb24,pad=1280:720:160:90:black,\
                 scale=out_color_matrix=bt709:out_range=tv,format=yuv444p";
    let clip = Clip::encode("windowboxed.mkv", &["-f", "lavfi", "-i", graph, "-c:v", "libx264", "-qp", "0"]);
    let fp = fingerprint_of(&clip, &["-n", "2", "-k", "1", "-d", "1"]);
    for bar in bar_colors(&fp) {
        assert!(near(bar[0], [200, 70, 60], 1), "{:?}", bar[0]);
    }
}
