//! Styles, formats and `filmprint render` end to end: a saved fingerprint draws the same bytes
//! as the run that saved it, several styles come from one analysis, the squeezed columns come
//! from the real frames.

use crate::common::{BLUE, RED, filmprint, json, pixel};
use testkit::{Clip, near, read_png};

mod annotations;

fn assert_ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Two seconds, red on top and blue below.
/// Red over blue in equal halves, the edge on an even row: in 4:2:0 the two rows either side
/// of an odd edge share one chroma sample (a purple neither half has), which would make the
/// halves' shares depend on how the clustering splits that pair.
fn red_over_blue() -> Clip {
    Clip::encode(
        "red over blue.mp4",
        &[
            "-f",
            "lavfi",
            "-i",
            "color=c=red:s=160x92:r=25:d=2,drawbox=y=46:w=160:h=46:color=blue:t=fill",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
        ],
    )
}

#[test]
fn render_draws_the_same_bytes_as_the_run_that_saved_the_fingerprint() {
    let clip = red_over_blue();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    let styles = "stacked,proportional,average,smooth,frames,ring,strip";
    let look = ["--subtitle", "2026", "--time-axis", "1", "--title-position", "top", "--size", "300"];
    let mut direct = vec![clip.path.to_str().unwrap().to_string(), "-q".into(), "-n".into(), "20".into()];
    direct.extend(
        [
            "-d",
            "2",
            "--style",
            styles,
            "-o",
            &p("direct.png"),
            "--json",
            &p("fp.json"),
            "--csv",
            &p("direct.csv"),
        ]
        .map(String::from),
    );
    direct.extend(look.map(String::from));
    assert_ok(&filmprint(&direct.iter().map(String::as_str).collect::<Vec<_>>()));
    let mut again = vec![
        "render".to_string(),
        p("fp.json"),
        "--style".into(),
        styles.into(),
        "-o".into(),
        p("again.png"),
    ];
    again.extend(["--csv".to_string(), p("again.csv")]);
    again.extend(look.map(String::from));
    assert_ok(&filmprint(&again.iter().map(String::as_str).collect::<Vec<_>>()));
    for style in styles.split(',') {
        let first = std::fs::read(p(&format!("direct-{style}.png"))).unwrap();
        let second = std::fs::read(p(&format!("again-{style}.png"))).unwrap();
        assert!(first == second, "{style}: the re-rendered PNG differs");
    }
    assert_eq!(std::fs::read(p("direct.csv")).unwrap(), std::fs::read(p("again.csv")).unwrap());
    let csv = std::fs::read_to_string(p("direct.csv")).unwrap();
    assert!(csv.starts_with(
        "index,target_s,time_s,pts,keyframe,left_out,average,color_1,share_1,color_2,share_2\n"
    ));
    assert_eq!(csv.lines().count(), 21);
    // The frames style shows the real frames: red over blue.
    let frames = read_png(&clip.sibling("direct-frames.png"));
    assert!(near(pixel(&frames, 150, 120), RED, 12), "{:?}", pixel(&frames, 150, 120));
    assert!(near(pixel(&frames, 150, 240), BLUE, 12), "{:?}", pixel(&frames, 150, 240));
    // And the JSON keeps what it needs: each frame's average and squeezed column.
    let fp = json(&clip.sibling("fp.json"));
    let sample = &fp["samples"][3];
    assert!(sample["average"]["hex"].is_string());
    assert!(sample["column"].as_str().unwrap().len().is_multiple_of(6));
}

#[test]
fn render_writes_svg_and_names_the_picture_after_the_film() {
    let clip = red_over_blue();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        clip.path.to_str().unwrap(),
        "-q",
        "-n",
        "10",
        "-o",
        &p("a.png"),
        "--json",
        &p("fp.json"),
    ]));
    let workdir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args(["render", &p("fp.json"), "--style", "ring", "-o", "ring.svg"])
        .current_dir(workdir.path())
        .output()
        .unwrap();
    assert_ok(&out);
    let svg = std::fs::read_to_string(workdir.path().join("ring.svg")).unwrap();
    assert!(svg.starts_with("<?xml") && svg.contains("<path") && svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains(">red over blue</text>"), "the default title is the movie's name");
    // Another font file: the SVG names its family.
    let font = clip.sibling("My Font.otf");
    std::fs::write(&font, include_bytes!("../../../filmprint/assets/fonts/Inter-SemiBold.otf")).unwrap();
    assert_ok(&filmprint(&["render", &p("fp.json"), "--font", font.to_str().unwrap(), "-o", &p("font.svg")]));
    assert!(std::fs::read_to_string(p("font.svg")).unwrap().contains("font-family=\"Inter, sans-serif\""));
    std::fs::write(&font, b"not a font").unwrap();
    let out = filmprint(&["render", &p("fp.json"), "--font", font.to_str().unwrap(), "-o", &p("bad.svg")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("My Font.otf"));
    // Without -o: the fingerprint's name with .png, in the current folder.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_filmprint"))
        .args(["render", &p("fp.json"), "--no-title", "--transparent", "--style", "ring"])
        .current_dir(workdir.path())
        .output()
        .unwrap();
    assert_ok(&out);
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(workdir.path().join("fp.png")).unwrap(),
    ));
    assert_eq!(decoder.read_info().unwrap().info().color_type, png::ColorType::Rgba);
}

#[test]
fn render_refuses_bad_fingerprints_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let check = |args: &[&str], code: i32, message: &str| {
        let out = filmprint(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.contains(message), "{args:?}: the first line should say why: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    };
    check(&["render", &p("missing.json"), "-o", &p("x.png")], 1, "missing.json");
    std::fs::write(p("garbage.json"), "{not json").unwrap();
    check(&["render", &p("garbage.json"), "-o", &p("x.png")], 1, "not a usable fingerprint");
    std::fs::write(p("future.json"), r#"{"schema": 99}"#).unwrap();
    check(&["render", &p("future.json"), "-o", &p("x.png")], 1, "schema 99");
    check(&["render", &p("future.json"), "-o", &p("x.gif")], 2, ".png, .svg or .pdf");
    check(&["render", &p("future.json"), "--style", "spiral"], 2, "spiral");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "no picture was written");
}

#[test]
fn render_keeps_the_title_given_and_redraws_any_number_of_colors_up_to_k() {
    let clip = red_over_blue();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        clip.path.to_str().unwrap(),
        "-q",
        "-n",
        "10",
        "-k",
        "4",
        "--title",
        "Red\\nover Blue",
        "--subtitle",
        "2026",
        "-o",
        &p("made.svg"),
        "--json",
        &p("fp.json"),
    ]));
    let saved = json(&clip.sibling("fp.json"));
    assert_eq!((saved["title"].as_str(), saved["subtitle"].as_str()), (Some("Red\nover Blue"), Some("2026")));
    // Drawn again without --title: the title given at analysis, not the file's name.
    assert_ok(&filmprint(&["render", &p("fp.json"), "-o", &p("again.svg")]));
    let again = std::fs::read_to_string(clip.sibling("again.svg")).unwrap();
    assert!(
        again.contains(">Red</text>")
            && again.contains(">over Blue</text>")
            && again.contains(">2026</text>"),
        "{again}"
    );
    assert!(!again.contains("red over blue"), "titled with the file name");
    assert_ok(&filmprint(&["render", &p("fp.json"), "--title", "Other", "-o", &p("other.svg")]));
    assert!(std::fs::read_to_string(clip.sibling("other.svg")).unwrap().contains(">Other</text>"));

    // -d 2 from a fingerprint made with -d 1: red over blue, from the clusters it kept.
    assert_ok(&filmprint(&[
        "render",
        &p("fp.json"),
        "-d",
        "2",
        "--no-title",
        "-o",
        &p("two.png"),
        "--size",
        "100",
    ]));
    let two = read_png(&clip.sibling("two.png"));
    let (top, bottom) = (pixel(&two, 50, 20), pixel(&two, 50, 80));
    // Red and blue cover half the frame each: the first two clusters, in their rank order.
    let cluster = |i: usize| crate::common::hex_rgb(&saved["samples"][0]["clusters"][i]["hex"]);
    assert_eq!((top, bottom), (cluster(0), cluster(1)));
    assert!(
        (near(top, RED, 8) && near(bottom, BLUE, 8)) || (near(top, BLUE, 8) && near(bottom, RED, 8)),
        "{top:?} {bottom:?}"
    );
    let out = filmprint(&["render", &p("fp.json"), "-d", "5", "-o", &p("five.png")]);
    assert_eq!(out.status.code(), Some(2), "more colors than the 4 clusters kept");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("4 clusters"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
