//! Shots end to end: `filmprint shots` and `--bars shots` on a clip whose cuts are known to the
//! frame, the exports (CSV, EDL, JSON) read back, the picture's bars as wide as the shots.

use crate::common::{BLUE, RED, filmprint, hex_rgb, json, pixel, red_then_blue};
use testkit::{Clip, color_sequence, near, read_png, strs, with};

const GREEN: [u8; 3] = [0, 128, 0];

/// Red 2 s, blue 1 s, green 1 s at 25 fps: cuts at frames 50 and 75.
fn three_shots() -> Clip {
    let args = with(&color_sequence(&[("red", 2.0), ("blue", 1.0), ("green", 1.0)], "160x90", 25), &[]);
    Clip::encode("three shots.mp4", &strs(&args))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn shots_are_exported_as_csv_edl_and_json_with_their_statistics() {
    let clip = three_shots();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    let out = filmprint(&[
        "shots",
        clip.path.to_str().unwrap(),
        "-q",
        "-o",
        &p("shots.csv"),
        "--edl",
        &p("cuts.edl"),
        "--json",
        &p("fp.json"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(
        summary.starts_with("three shots.mp4: 3 shots in 0:00:04.000 (2 cuts, 0 dissolves, 0 fades)"),
        "{summary}"
    );
    assert!(summary.contains("average shot length 1.33 s, median 1.00 s"), "{summary}");

    let csv = std::fs::read_to_string(p("shots.csv")).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let spans: Vec<(&str, &str, &str, &str, &str)> =
        rows.iter().map(|r| (r[1], r[2], r[4], r[5], r[6])).collect();
    assert_eq!(
        spans,
        vec![
            ("0.000", "2.000", "0", "49", ""),
            ("2.000", "3.000", "50", "74", "cut"),
            ("3.000", "4.000", "75", "99", "cut")
        ]
    );
    let first_colors: Vec<[u8; 3]> = rows.iter().map(|r| hex_rgb(&serde_json::json!(r[12]))).collect();
    for (found, expected) in first_colors.iter().zip([RED, BLUE, GREEN]) {
        assert!(near(*found, expected, 12), "{found:?} vs {expected:?}");
    }

    let edl = std::fs::read_to_string(p("cuts.edl")).unwrap();
    let events: Vec<&str> = edl.lines().filter(|l| l.starts_with('0')).collect();
    assert_eq!(
        events,
        vec![
            "001  AX       V     C        00:00:00:00 00:00:02:00 00:00:00:00 00:00:02:00",
            "002  AX       V     C        00:00:02:00 00:00:03:00 00:00:02:00 00:00:03:00",
            "003  AX       V     C        00:00:03:00 00:00:04:00 00:00:03:00 00:00:04:00",
        ]
    );

    // The JSON holds the shots and samples taken from the same reading (exact frames).
    let fp = json(clip.sibling("fp.json").as_path());
    assert_eq!(fp["settings"]["sampling"], "exact");
    assert_eq!(fp["shots"]["frames"], 100);
    assert_eq!(fp["shots"]["statistics"]["count"], 3);
    assert_eq!(fp["shots"]["shots"][1]["transition"]["kind"], "cut");
    // Read back, a saved fingerprint gives the same shots without decoding.
    let again = filmprint(&["shots", &p("fp.json"), "-o", "-"]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(text(&again.stdout), csv);
    assert!(text(&again.stderr).contains("3 shots"));
}

#[test]
fn a_bar_per_shot_is_as_wide_as_the_shot_is_long() {
    let clip = three_shots();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    let look = ["--bars", "shots", "--size", "400x100", "--no-title", "-q"];
    let mut direct = vec![
        clip.path.to_str().unwrap().to_string(),
        "-o".into(),
        p("direct.png"),
        "--json".into(),
        p("fp.json"),
    ];
    direct.extend(look.map(String::from));
    let out = filmprint(&direct.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let png = read_png(&clip.sibling("direct.png"));
    // 4 s over 400 px: red to x = 200, blue to 300, green to 400, to the pixel.
    for (x, expected) in [(0, RED), (199, RED), (200, BLUE), (299, BLUE), (300, GREEN), (399, GREEN)] {
        assert!(near(pixel(&png, x, 50), expected, 12), "x {x}: {:?}", pixel(&png, x, 50));
    }
    // Drawn again from the JSON: the same picture.
    let mut render = vec!["render".to_string(), p("fp.json"), "-o".into(), p("again.png")];
    render.extend(look.map(String::from));
    let out = filmprint(&render.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(p("direct.png")).unwrap(), std::fs::read(p("again.png")).unwrap());
}

#[test]
fn shots_asked_of_a_fingerprint_without_them_are_refused_clearly() {
    let clip = red_then_blue("no shots.mp4", &[]);
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    let out = filmprint(&[
        clip.path.to_str().unwrap(),
        "-q",
        "-n",
        "10",
        "-o",
        &p("plain.png"),
        "--json",
        &p("plain.json"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let render = filmprint(&["render", &p("plain.json"), "--bars", "shots", "-o", &p("by-shot.png")]);
    assert_eq!(render.status.code(), Some(2));
    let message = text(&render.stderr);
    assert!(message.contains("does not hold") && message.contains("--shots"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    let shots = filmprint(&["shots", &p("plain.json"), "-o", &p("plain-shots.csv")]);
    assert_ne!(shots.status.code(), Some(0));
    assert!(text(&shots.stderr).contains("holds no shots"), "{}", text(&shots.stderr));
    assert!(!clip.sibling("by-shot.png").exists() && !clip.sibling("plain-shots.csv").exists());
}

#[test]
fn a_batch_drawn_by_shot_finds_each_films_shots() {
    let clip = three_shots();
    let out = clip.sibling("prints");
    let run = filmprint(&[
        "batch",
        clip.path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--bars",
        "shots",
        "-q",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let fp = json(&out.join("three shots.json"));
    assert_eq!(fp["shots"]["statistics"]["count"], 3);
    let png = read_png(&out.join("three shots.png"));
    // Red over the first half, blue to three quarters, green after (below the title band).
    let y = png.1 - 5;
    for (x, expected) in [(png.0 / 4, RED), (png.0 * 5 / 8, BLUE), (png.0 * 7 / 8, GREEN)] {
        assert!(near(pixel(&png, x, y), expected, 12), "x {x}: {:?}", pixel(&png, x, y));
    }
}
