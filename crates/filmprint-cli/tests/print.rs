//! Output for print. PDF, checked with other tools: qpdf finds it well formed, poppler finds
//! the font embedded and subset and the title as text, and poppler's rendering of the page is
//! the PNG filmprint draws of the same picture. PNGs beyond 16384 pixels a side.

use std::path::Path;

use crate::common::{difference, filmprint, poppler_pixels, tool};
use testkit::{Clip, color_sequence, read_png, strs};

fn assert_ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Six seconds of six colors named `name`, and its fingerprint.
fn six_colors(name: &str) -> (Clip, std::path::PathBuf) {
    let colors =
        [("red", 1.0), ("green", 1.0), ("blue", 1.0), ("yellow", 1.0), ("white", 1.0), ("purple", 1.0)];
    let args = color_sequence(&colors, "96x54", 10);
    let clip = Clip::encode(name, &strs(&args));
    let (saved, picture) = (clip.sibling("fp.json"), clip.sibling("first.png"));
    let (saved_arg, picture) = (saved.to_str().unwrap(), picture.to_str().unwrap());
    assert_ok(&filmprint(&[
        clip.path.to_str().unwrap(),
        "-n",
        "24",
        "-q",
        "--json",
        saved_arg,
        "-o",
        picture,
    ]));
    (clip, saved)
}

#[test]
fn a_pdf_is_valid_keeps_its_text_and_renders_as_the_png() {
    let (clip, _) = six_colors("six colors.mp4");
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    for (style, title) in [("stacked", "Nausicaä"), ("ring", "Ring"), ("smooth", "Smooth"), ("arch", "Arch")]
    {
        let common = ["render", &p("fp.json"), "--style", style, "--size", "600", "--title", title];
        assert_ok(&filmprint(&[&common[..], &["-o", &p("x.png")]].concat()));
        assert_ok(&filmprint(&[&common[..], &["-o", &p("x.pdf")]].concat()));
        assert!(tool("qpdf", &["--check", &p("x.pdf")]).contains("No syntax or stream encoding errors"));
        let fonts = tool("pdffonts", &[&p("x.pdf")]);
        let inter = fonts.lines().find(|l| l.contains("Inter-SemiBold")).unwrap_or_else(|| panic!("{fonts}"));
        // emb, sub, uni: embedded, subset, with a map back to the characters.
        assert!(inter.contains("yes yes yes"), "{fonts}");
        assert!(tool("pdftotext", &[&p("x.pdf"), "-"]).contains(title), "the title is text");
        let png = read_png(Path::new(&p("x.png")));
        let page = poppler_pixels(Path::new(&p("x.pdf")), png.0, png.1);
        assert_eq!((page.0, page.1), (png.0, png.1));
        let (mean, off) = difference(&png.2, &page.2);
        eprintln!("{style}: PDF against PNG, mean difference {mean:.3}, {:.3} % of pixels off", off * 100.0);
        assert!(
            mean < 2.0 && off < 0.01,
            "{style}: mean difference {mean:.2}, {:.2} % of pixels off",
            off * 100.0
        );
    }
}

#[test]
fn a_printed_pdf_has_the_physical_size_and_plots_and_palettes_are_pdfs_too() {
    let (clip, saved) = six_colors("six colors printed.mp4");
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    let saved = saved.to_str().unwrap();
    assert_ok(&filmprint(&[
        "render",
        saved,
        "--print",
        "8x10in@50",
        "--bleed",
        "0.5in",
        "-o",
        &p("poster.pdf"),
    ]));
    let info = tool("pdfinfo", &[&p("poster.pdf")]);
    // 9 × 11 inches with the bleed: 648 × 792 points.
    assert!(info.lines().any(|l| l.starts_with("Page size:") && l.contains("648 x 792 pts")), "{info}");
    assert_ok(&filmprint(&["plot", saved, "--kind", "ab", "-o", &p("ab.pdf")]));
    assert_ok(&filmprint(&["palette", saved, "-o", &p("palette.pdf"), "--labels"]));
    for name in ["ab.pdf", "palette.pdf"] {
        let bytes = std::fs::read(p(name)).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{name}");
        tool("qpdf", &["--check", &p(name)]);
    }
    assert!(tool("pdftotext", &[&p("palette.pdf"), "-"]).contains('#'), "the hex labels are text");
    // The palette's PNG and PDF agree like the fingerprint's (without labels: text small
    // enough to be mostly edges is anti-aliased differently by the two rasterisers).
    assert_ok(&filmprint(&["palette", saved, "-o", &p("bare.png")]));
    assert_ok(&filmprint(&["palette", saved, "-o", &p("bare.pdf")]));
    let png = read_png(Path::new(&p("bare.png")));
    let page = poppler_pixels(Path::new(&p("bare.pdf")), png.0, png.1);
    let (mean, off) = difference(&png.2, &page.2);
    assert!(mean < 2.0 && off < 0.01, "palette: mean difference {mean:.2}, {:.2} % off", off * 100.0);
    let out = filmprint(&["render", saved, "-o", &p("x.jpg")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(".png, .svg or .pdf"));
}

#[test]
fn a_png_wider_than_16384_pixels_is_written() {
    let (clip, saved) = six_colors("six colors wide.mp4");
    let wide = clip.sibling("wide.png");
    let run =
        filmprint(&["render", saved.to_str().unwrap(), "--size", "20000x300", "-o", wide.to_str().unwrap()]);
    assert_ok(&run);
    let (width, height, pixels) = read_png(&wide);
    assert_eq!((width, height), (20000, 300));
    // Six colors in order across it: the first bar red, the last purple.
    let at = |x: usize| [pixels[x * 3], pixels[x * 3 + 1], pixels[x * 3 + 2]];
    assert!(testkit::near(at(10), [255, 0, 0], 12), "{:?}", at(10));
    assert!(testkit::near(at(19_990), [128, 0, 128], 12), "{:?}", at(19_990));
    let out =
        filmprint(&["render", saved.to_str().unwrap(), "--size", "70000", "-o", wide.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("65535"));
}
