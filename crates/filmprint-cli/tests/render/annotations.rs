//! What the pictures say besides their bars: time axes, palette labels, print sizes, the
//! film's color statistics, color-space plots, and titles the font cannot draw.

use super::{assert_ok, red_over_blue};
use crate::common::{RED, filmprint, json, pixel};
use testkit::{Clip, near, read_png};

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
