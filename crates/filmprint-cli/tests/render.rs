//! Styles, formats and `filmprint render` end to end: a saved fingerprint draws the same bytes
//! as the run that saved it, several styles come from one analysis, the squeezed columns come
//! from the real frames.

use crate::common::{BLUE, RED, filmprint, json, pixel};
use testkit::{Clip, near, read_png};

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
    std::fs::write(&font, include_bytes!("../../filmprint/assets/fonts/Inter-SemiBold.otf")).unwrap();
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

#[test]
fn time_axes_take_seconds_and_label_minutes_and_seconds() {
    let clip = red_over_blue();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        clip.path.to_str().unwrap(),
        "-q",
        "-n",
        "10",
        "--json",
        &p("fp.json"),
        "-o",
        &p("a.png"),
    ]));
    // Two seconds of film, a tick every half second: labels 0:00 (rounded) are not wanted, so
    // ask for whole seconds: one tick at 1 s, labelled 0:01.
    assert_ok(&filmprint(&[
        "render",
        &p("fp.json"),
        "--time-axis",
        "1s",
        "-o",
        &p("axis.svg"),
        "--size",
        "600",
    ]));
    let svg = std::fs::read_to_string(clip.sibling("axis.svg")).unwrap();
    assert!(svg.contains(">0:01</text>"), "{svg}");
    let out = filmprint(&["render", &p("fp.json"), "--time-axis", "0.5s", "-o", &p("x.svg")]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn palette_labels_name_the_colors() {
    let clip = red_over_blue();
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        "palette",
        clip.path.to_str().unwrap(),
        "-q",
        "-n",
        "10",
        "-p",
        "2",
        "--labels",
        "-o",
        &p("pal.svg"),
    ]));
    let svg = std::fs::read_to_string(clip.sibling("pal.svg")).unwrap();
    assert!(svg.contains(">50.0 %</text>") && svg.matches("<text").count() == 4, "{svg}");
}

#[test]
fn a_print_size_gives_the_pixels_and_the_files_say_their_physical_size() {
    let clip = red_over_blue();
    let (png_path, svg_path, saved) =
        (clip.sibling("poster.png"), clip.sibling("poster.svg"), clip.sibling("fp.json"));
    let run = filmprint(&[
        clip.path.to_str().unwrap(),
        "-n",
        "10",
        "-q",
        "--print",
        "5x7in@100",
        "--bleed",
        "0.25in",
        "-o",
        png_path.to_str().unwrap(),
        "--json",
        saved.to_str().unwrap(),
    ]);
    assert_ok(&run);
    let (width, height, _) = read_png(&png_path);
    assert_eq!((width, height), (550, 750), "5.5 × 7.5 inches (the bleed on each side) at 100 dpi");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png_path).unwrap()));
    let dims = decoder.read_info().unwrap().info().pixel_dims.unwrap();
    assert_eq!((dims.xppu, dims.unit), (3937, png::Unit::Meter));
    // A preset, redrawn from the saved fingerprint as SVG.
    assert_ok(&filmprint(&[
        "render",
        saved.to_str().unwrap(),
        "--print",
        "A6@50",
        "-q",
        "-o",
        svg_path.to_str().unwrap(),
    ]));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.contains("height=\"5.82in\""), "{}", &svg[..300]);
    // Usage errors: with --size, a bleed alone, a size past the largest picture, a bad size.
    for args in [
        vec!["--print", "A4", "--size", "100"],
        vec!["--bleed", "3mm"],
        vec!["--print", "250x250in@300"],
        vec!["--print", "A9@300"],
    ] {
        let mut all = vec!["render", saved.to_str().unwrap(), "-q", "-o", png_path.to_str().unwrap()];
        all.extend(args.iter().copied());
        let run = filmprint(&all);
        assert_eq!(run.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&run.stderr));
    }
}

/// Six bars of `clip` saved as `fp.json` beside it (with `extra` arguments); the JSON's path.
fn six_bars_saved(clip: &Clip, extra: &[&str]) -> std::path::PathBuf {
    let saved = clip.sibling("fp.json");
    let (png, json_path) = (clip.sibling("fp.png"), saved.to_str().unwrap());
    let mut args =
        vec![clip.path.to_str().unwrap(), "-n", "6", "-q", "-o", png.to_str().unwrap(), "--json", json_path];
    args.extend_from_slice(extra);
    assert_ok(&filmprint(&args));
    saved
}

#[test]
fn the_json_and_the_page_carry_the_films_color_statistics() {
    let clip = red_over_blue();
    let page = clip.sibling("fp.html");
    let saved = six_bars_saved(&clip, &["--html", page.to_str().unwrap()]);
    let statistics = &json(&saved)["statistics"];
    let value = |key: &str| statistics[key].as_f64().unwrap();
    // Half red (warm), half blue (cool). Two colors in equal shares are one bit; the palette's
    // 8 colors also split off the encoded edges' slight variations, a little more.
    assert!((value("warm") - 0.5).abs() < 0.03 && (value("cool") - 0.5).abs() < 0.03, "{statistics}");
    assert!((0.95..1.6).contains(&value("palette_entropy")), "{statistics}");
    assert!(value("colorfulness") > 200.0, "pure red and blue are extremely colorful: {statistics}");
    let page = std::fs::read_to_string(&page).unwrap();
    assert!(page.contains("Color statistics") && page.contains("Hasler"), "the page lists them");
}

#[test]
fn plot_draws_a_saved_fingerprints_colors_in_color_space() {
    let clip = red_over_blue();
    let saved = six_bars_saved(&clip, &[]);
    let base = clip.sibling("plots.png");
    assert_ok(&filmprint(&["plot", saved.to_str().unwrap(), "--size", "400", "-o", base.to_str().unwrap()]));
    for (kind, height) in [("ab", 400), ("hue", 400), ("lightness", 200)] {
        let (w, h, _) = read_png(&clip.sibling(&format!("plots-{kind}.png")));
        assert_eq!((w, h), (400, height), "{kind}");
    }
    // The a–b plot: the red frames' half shows at red's place on the plane, in red.
    let red = filmprint::analyse::color::srgb8_to_oklab([255, 0, 0]);
    let (x, y) = filmprint::render::ab_position(400.0, red[1], red[2]);
    let png = read_png(&clip.sibling("plots-ab.png"));
    assert!(near(pixel(&png, x as u32, y as u32), RED, 40), "{:?}", pixel(&png, x as u32, y as u32));
    let svg = clip.sibling("hue.svg");
    assert_ok(&filmprint(&["plot", saved.to_str().unwrap(), "--kind", "hue", "-o", svg.to_str().unwrap()]));
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    for args in [["--kind", "spiral"], ["-o", "x.jpg"]] {
        let mut all = vec!["plot", saved.to_str().unwrap()];
        all.extend(args);
        assert_eq!(filmprint(&all).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_title_the_font_cannot_draw_is_drawn_with_a_warning() {
    let clip = red_over_blue();
    let saved = six_bars_saved(&clip, &[]);
    let out = clip.sibling("nausicaa.png");
    let run = filmprint(&[
        "render",
        saved.to_str().unwrap(),
        "--title",
        // Private-use characters: no font anywhere has them (Japanese would be found among the
        // installed fonts).
        "Film \u{F0000}\u{F0001}\u{F0000}",
        "--style",
        "stacked,ring",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_ok(&run);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with("filmprint: warning:")).collect();
    assert_eq!(warnings.len(), 1, "once for both styles: {stderr}");
    assert!(warnings[0].contains("\u{F0000}\u{F0001}") && warnings[0].contains("--font"), "{stderr}");
    // A title the font has: no warning.
    let run =
        filmprint(&["render", saved.to_str().unwrap(), "--title", "Nausicaä", "-o", out.to_str().unwrap()]);
    assert_ok(&run);
    assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"));
}
