//! What real films need, on generated clips with known content: letterbox and pillarbox bars
//! found and cut off (but never a dark scene), trimming the start and end.

use crate::common::{fingerprint_of, hex_rgb};
use serde_json::Value;
use testkit::{Clip, near};

/// A 320x180 frame: `picture` (a lavfi source of `w`x`h`) padded with black to 320x180.
fn boxed(name: &str, picture: &str, (w, h): (u32, u32), seconds: u32) -> Clip {
    let (x, y) = ((320 - w) / 2, (180 - h) / 2);
    let joint = if picture.contains('=') { ':' } else { '=' };
    let graph =
        format!("{picture}{joint}s={w}x{h}:r=25:d={seconds},pad=320:180:{x}:{y}:black,format=yuv420p");
    Clip::encode(name, &["-f", "lavfi", "-i", &graph, "-c:v", "libx264", "-g", "25"])
}

fn crop_of(fp: &Value) -> Option<(u64, u64, u64, u64)> {
    let crop = fp.get("crop")?;
    let n = |k: &str| crop[k].as_u64().unwrap();
    Some((n("width"), n("height"), n("x"), n("y")))
}

#[test]
fn letterbox_bars_are_found_and_cut_off() {
    // A 2.35:1 picture (320x136) in a 16:9 frame: bars of 22 rows above and below.
    let clip = boxed("letterboxed.mp4", "color=c=0x3060c0", (320, 136), 3);
    let fp = fingerprint_of(&clip, &["-n", "12", "-k", "1"]);
    let (w, h, x, y) = crop_of(&fp).expect("a crop is reported");
    assert_eq!((w, x), (320, 0));
    // Found on 256-pixel-wide pictures, rounded outwards to even source rows: within two rows.
    assert!((20..=22).contains(&y) && (136..=140).contains(&h), "{w}x{h} at {x},{y}");
    assert_eq!(fp["settings"]["crop"], "auto");
    // The bars are gone from the colors: each frame's average is the picture's blue.
    for sample in fp["samples"].as_array().unwrap() {
        let average = hex_rgb(&sample["colors"][0]["hex"]);
        assert!(near(average, [0x30, 0x60, 0xc0], 8), "{average:?}");
    }
    // Without cropping the bars darken every average; a manual crop gives the same as auto.
    let plain = fingerprint_of(&clip, &["-n", "12", "-k", "1", "--no-crop"]);
    assert!(plain.get("crop").is_none());
    let dark = hex_rgb(&plain["samples"][0]["colors"][0]["hex"]);
    assert!(dark[2] < 0xb0, "{dark:?}");
    let manual = fingerprint_of(&clip, &["-n", "12", "-k", "1", "--crop", "320:136:0:22"]);
    assert_eq!(crop_of(&manual), Some((320, 136, 0, 22)));
    assert_eq!(manual["settings"]["crop"], "320:136:0:22");
}

#[test]
fn pillarbox_bars_are_cut_and_a_dark_scene_is_not() {
    let clip = boxed("pillarboxed.mp4", "testsrc2", (240, 180), 3);
    let (w, h, x, y) = crop_of(&fingerprint_of(&clip, &["-n", "6"])).expect("pillarbox found");
    assert!((40..=42).contains(&x) && (240..=244).contains(&w) && (y, h) == (0, 180), "{w}x{h} at {x},{y}");

    // A film whose first half is a dark scene that fills only the middle of the frame, and
    // whose second half fills it all: the union keeps the whole frame.
    let graph = "color=c=black:s=320x180:r=25:d=4,drawbox=x=100:y=60:w=120:h=60:color=0x808080:t=fill:enable='lt(t,2)',\
                 drawbox=x=0:y=0:w=320:h=180:color=0x40a040:t=fill:enable='gte(t,2)',format=yuv420p";
    let clip = Clip::encode("dark scene.mp4", &["-f", "lavfi", "-i", graph, "-c:v", "libx264", "-g", "25"]);
    let fp = fingerprint_of(&clip, &["-n", "8"]);
    assert_eq!(crop_of(&fp), None, "nothing to cut: {:?}", fp.get("crop"));

    // A film that is dark all through, with no bars: nothing is cut.
    let graph = "color=c=0x101010:s=320x180:r=25:d=2,drawbox=x=150:y=80:w=20:h=20:color=0x303030:t=fill,format=yuv420p";
    let clip = Clip::encode("night.mp4", &["-f", "lavfi", "-i", graph, "-c:v", "libx264"]);
    assert_eq!(crop_of(&fingerprint_of(&clip, &["-n", "8"])), None);
}

#[test]
fn a_crop_outside_the_frame_is_a_usage_error() {
    let clip = boxed("small.mp4", "testsrc2", (320, 180), 1);
    let out = crate::common::filmprint(&[
        clip.path.to_str().unwrap(),
        "-q",
        "--crop",
        "400:100:0:0",
        "-o",
        clip.sibling("x.png").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("does not fit in the 320x180 picture"), "{stderr}");
}

#[test]
fn start_and_end_leave_out_the_opening_and_the_credits() {
    // 1 s of white "logo", 3 s of green film, 1 s of black "credits".
    let args = testkit::with(
        &testkit::color_sequence(&[("white", 1.0), ("green", 3.0), ("black", 1.0)], "160x90", 25),
        &["-c:v", "libx264"],
    );
    let clip = Clip::encode("film with credits.mp4", &testkit::strs(&args));
    let fp = fingerprint_of(&clip, &["-n", "10", "-k", "1", "--start", "1s", "--end", "-1s"]);
    for sample in fp["samples"].as_array().unwrap() {
        let color = hex_rgb(&sample["colors"][0]["hex"]);
        assert!(near(color, [0, 128, 0], 10), "{color:?} at {}", sample["target_s"]);
        let t = sample["target_s"].as_f64().unwrap();
        assert!((1.0..4.0).contains(&t), "times stay on the film's clock: {t}");
    }
    assert_eq!(fp["sampled"]["start_s"].as_f64(), Some(1.0));
    assert_eq!(fp["sampled"]["end_s"].as_f64(), Some(4.0));
    assert_eq!((fp["settings"]["start"].as_str(), fp["settings"]["end"].as_str()), (Some("1s"), Some("-1s")));
    // Percentages work the same way.
    let fp = fingerprint_of(&clip, &["-n", "4", "--start", "20%", "--end", "80%"]);
    assert_eq!(fp["sampled"]["end_s"].as_f64(), Some(4.0));
}

#[test]
fn black_frames_are_kept_unless_asked_to_skip_them() {
    // Red, a 0.6 s cut to black, then blue: 5 samples of 1 s; sample 2 (target 2.5 s) is black.
    let args = testkit::with(
        &testkit::color_sequence(&[("red", 2.0), ("black", 0.6), ("blue", 2.4)], "160x90", 25),
        &["-c:v", "libx264"],
    );
    let clip = Clip::encode("cut to black.mp4", &testkit::strs(&args));
    let kept = fingerprint_of(&clip, &["-n", "5", "-k", "1"]);
    assert!(near(hex_rgb(&kept["samples"][2]["colors"][0]["hex"]), [0, 0, 0], 4));
    let skipped = fingerprint_of(&clip, &["-n", "5", "-k", "1", "--skip-black"]);
    let sample = &skipped["samples"][2];
    assert!(near(hex_rgb(&sample["colors"][0]["hex"]), [0, 0, 255], 8), "{sample}");
    assert_eq!(sample["skipped_black"], true);
    let time = sample["time_s"].as_f64().unwrap();
    assert!((2.6..2.7).contains(&time), "the first blue frame: {time}");
    assert_eq!(skipped["settings"]["skip_black"], true);
}

/// Sets the display matrix of an MP4's (first) track to a clockwise quarter turn, as phones
/// write it: FFmpeg 5.1's command line cannot, so the `tkhd` box is patched in place.
fn turn_quarter_clockwise(path: &std::path::Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let at = bytes.windows(4).position(|w| w == b"tkhd").expect("an MP4 track header") + 4;
    let matrix = at + if bytes[at] == 1 { 52 } else { 40 };
    let values: [i32; 9] = [0, 0x1_0000, 0, -0x1_0000, 0, 0, 0, 0, 0x4000_0000];
    for (i, v) in values.iter().enumerate() {
        bytes[matrix + 4 * i..matrix + 4 * i + 4].copy_from_slice(&v.to_be_bytes());
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_phone_video_stored_sideways_is_turned_the_right_way_up() {
    // Stored 160x90 with a blue left third; shown turned a quarter clockwise, that third is
    // the top of a 90x160 picture, which the frames style's column shows.
    let graph = "color=c=red:s=160x90:r=25:d=1,drawbox=x=0:y=0:w=54:h=90:color=blue:t=fill,format=yuv420p";
    let clip = Clip::encode("phone.mp4", &["-f", "lavfi", "-i", graph, "-c:v", "libx264"]);
    turn_quarter_clockwise(&clip.path);
    let fp = fingerprint_of(&clip, &["-n", "2"]);
    assert_eq!(fp["source"]["rotation"], 90);
    let column = fp["samples"][0]["column"].as_str().unwrap();
    let rows: Vec<[u8; 3]> = (0..column.len() / 6)
        .map(|i| hex_rgb(&Value::String(format!("#{}", &column[6 * i..6 * i + 6]))))
        .collect();
    assert_eq!(rows.len(), 160, "a 90x160 picture");
    assert!(
        near(rows[10], [0, 0, 255], 12) && near(rows[150], [255, 0, 0], 12),
        "{:?} {:?}",
        rows[10],
        rows[150]
    );
}

/// One second of the SDR color `rgb`, converted by zscale to the HDR or wide-gamut `transfer`
/// (BT.2020 primaries, 10 bits, 203 nits for SDR white) and stored losslessly with its tags.
fn hdr_clip(name: &str, rgb: [u8; 3], transfer: &str) -> Clip {
    let [r, g, b] = rgb;
    let graph = format!(
        "color=c=0x{r:02x}{g:02x}{b:02x}:s=160x90:r=25:d=1,format=gbrpf32le,\
         zscale=transferin=iec61966-2-1:primariesin=bt709:t={transfer}:p=bt2020:m=bt2020nc:r=tv:npl=203,\
         format=yuv420p10le"
    );
    let tags = [
        "-color_primaries",
        "bt2020",
        "-color_trc",
        transfer,
        "-colorspace",
        "bt2020nc",
        "-color_range",
        "tv",
    ];
    let mut args = vec!["-f", "lavfi", "-i", &graph, "-c:v", "ffv1"];
    args.extend(tags);
    Clip::encode(name, &args)
}

/// Chroma of an sRGB color, roughly: the spread of its channels.
fn spread(rgb: [u8; 3]) -> u8 {
    rgb.iter().max().unwrap() - rgb.iter().min().unwrap()
}

#[test]
fn hdr_is_tone_mapped_to_its_sdr_colors_not_washed_out() {
    let orange = [150, 80, 32];
    let pq = hdr_clip("pq.mkv", orange, "smpte2084");
    let fp = fingerprint_of(&pq, &["-n", "2", "-k", "1"]);
    let color = hex_rgb(&fp["samples"][0]["colors"][0]["hex"]);
    // Below the tone curve's knee, PQ at 203 nits per SDR white comes back as the SDR color.
    assert!(near(color, orange, 4), "{color:?}");
    let conversion = fp["source"]["color_conversion"].as_str().unwrap();
    assert!(conversion.starts_with("PQ BT.2020 -> SDR BT.709 (BT.2390 EETF"), "{conversion}");

    // The same pixels read as if they were SDR BT.709 (what a tool that ignores the tags shows).
    let mislabelled = pq.sibling("as sdr.mkv");
    testkit::run_ffmpeg(
        &[
            "-i",
            pq.path.to_str().unwrap(),
            "-c",
            "copy",
            "-color_primaries",
            "bt709",
            "-color_trc",
            "bt709",
            "-colorspace",
            "bt709",
        ],
        &mislabelled,
    );
    let out = crate::common::filmprint(&[
        mislabelled.to_str().unwrap(),
        "-q",
        "-n",
        "2",
        "-k",
        "1",
        "--json",
        pq.sibling("grey.json").to_str().unwrap(),
        "-o",
        pq.sibling("grey.png").to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let grey = hex_rgb(&crate::common::json(&pq.sibling("grey.json"))["samples"][0]["colors"][0]["hex"]);
    assert!(spread(grey) < spread(color) / 2, "naive {grey:?} vs tone-mapped {color:?}");

    // HLG keeps the color's hue and most of its saturation (its own reference display differs
    // from zscale's, so not to the level).
    let hlg = fingerprint_of(&hdr_clip("hlg.mkv", orange, "arib-std-b67"), &["-n", "2", "-k", "1"]);
    let color = hex_rgb(&hlg["samples"][0]["colors"][0]["hex"]);
    assert!(near(color, orange, 16) && spread(color) > 80, "{color:?}");
    assert!(hlg["source"]["color_conversion"].as_str().unwrap().starts_with("HLG BT.2020"));
}

#[test]
fn the_film_s_video_stream_is_read_never_cover_art_and_stream_picks_another() {
    // Stream 0: a small blue video; stream 1: a large red one; stream 2: audio; stream 3: a
    // green cover picture.
    let dir = tempfile::tempdir().unwrap();
    let cover = dir.path().join("cover.png");
    testkit::run_ffmpeg(&["-f", "lavfi", "-i", "color=c=green:s=64x64:d=1", "-frames:v", "1"], &cover);
    let movie = dir.path().join("two videos.mkv");
    testkit::run_ffmpeg(
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=blue:s=160x90:r=25:d=2",
            "-f",
            "lavfi",
            "-i",
            "color=c=red:s=320x180:r=25:d=2",
            "-f",
            "lavfi",
            "-i",
            "sine=d=2",
            "-map",
            "0",
            "-map",
            "1",
            "-map",
            "2",
            "-c:v",
            "libx264",
            "-c:a",
            "aac",
            "-attach",
            cover.to_str().unwrap(),
            "-metadata:s:t",
            "mimetype=image/png",
            "-disposition:v:0",
            "0",
            "-disposition:v:1",
            "0",
        ],
        &movie,
    );
    let clip = Clip { dir, path: movie };
    let colors = |args: &[&str]| {
        let fp = fingerprint_of(&clip, args);
        (fp["source"]["stream_index"].as_u64().unwrap(), hex_rgb(&fp["samples"][0]["colors"][0]["hex"]))
    };
    let (index, color) = colors(&["-n", "2"]);
    assert_eq!(index, 1, "the largest picture, when none is marked default");
    assert!(near(color, [255, 0, 0], 8), "{color:?}");
    let (index, color) = colors(&["-n", "2", "--stream", "0"]);
    assert_eq!(index, 0);
    assert!(near(color, [0, 0, 255], 8), "{color:?}");
    // An MP4 whose cover picture (a video stream marked attached_pic) is larger than the film.
    let big_cover = clip.sibling("big cover.png");
    testkit::run_ffmpeg(&["-f", "lavfi", "-i", "color=c=green:s=640x640:d=1", "-frames:v", "1"], &big_cover);
    let with_cover = clip.sibling("with cover.mp4");
    testkit::run_ffmpeg(
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=blue:s=160x90:r=25:d=2",
            "-i",
            big_cover.to_str().unwrap(),
            "-map",
            "0",
            "-map",
            "1",
            "-c:v:0",
            "libx264",
            "-c:v:1",
            "png",
            "-disposition:v:1",
            "attached_pic",
        ],
        &with_cover,
    );
    let json = clip.sibling("cover.json");
    let out = crate::common::filmprint(&[
        with_cover.to_str().unwrap(),
        "-q",
        "-n",
        "2",
        "--json",
        json.to_str().unwrap(),
        "-o",
        clip.sibling("c.png").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fp = crate::common::json(&json);
    assert_eq!(fp["source"]["stream_index"], 0);
    assert!(near(hex_rgb(&fp["samples"][0]["colors"][0]["hex"]), [0, 0, 255], 8));
    let out = crate::common::filmprint(&[
        with_cover.to_str().unwrap(),
        "-q",
        "--stream",
        "1",
        "-o",
        clip.sibling("d.png").to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("it is cover art"));

    for (stream, why) in [("2", "audio, not video"), ("9", "no such stream")] {
        let out = crate::common::filmprint(&[
            clip.path.to_str().unwrap(),
            "-q",
            "--stream",
            stream,
            "-o",
            clip.sibling("x.png").to_str().unwrap(),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(why) && stderr.contains("its video streams: 0, 1"), "{stderr}");
    }
}

#[test]
fn interlaced_video_is_read_like_any_other() {
    let graph = "color=c=0x2080c0:s=320x180:r=25:d=2,format=yuv420p";
    let clip = Clip::encode(
        "interlaced.mkv",
        &["-f", "lavfi", "-i", graph, "-c:v", "libx264", "-flags", "+ildct+ilme", "-x264opts", "tff=1"],
    );
    let fp = fingerprint_of(&clip, &["-n", "5", "-k", "1"]);
    for sample in fp["samples"].as_array().unwrap() {
        assert!(near(hex_rgb(&sample["colors"][0]["hex"]), [0x20, 0x80, 0xc0], 6));
    }
}
