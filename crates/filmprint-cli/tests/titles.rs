//! Titles in any script: Japanese, Arabic and Hebrew titles are drawn with the installed fonts
//! that have them (Debian's fonts-droid-fallback and fonts-dejavu-core on the test machines),
//! shaped and in display order, as an independent renderer draws the same title: the PDF's
//! text is laid out by usvg (its own bidi, itemisation and font matching) and rasterised by
//! poppler.

use std::path::Path;

use crate::common::{difference, filmprint, poppler_pixels, tool};
use testkit::{Clip, color_sequence, read_png, strs};

fn assert_ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn titles_in_other_scripts_are_drawn_from_installed_fonts_as_a_reference_draws_them() {
    let args = color_sequence(&[("navy", 1.0), ("maroon", 1.0)], "64x36", 10);
    let clip = Clip::encode("scripts.mp4", &strs(&args));
    let p = |name: &str| clip.sibling(name).to_str().unwrap().to_string();
    assert_ok(&filmprint(&[
        &p("scripts.mp4"),
        "-n",
        "8",
        "-q",
        "--json",
        &p("fp.json"),
        "-o",
        &p("first.png"),
    ]));
    for (name, title) in [
        ("japanese", "風の谷のナウシカ"),
        ("arabic", "مرحبا بالعالم"),
        ("hebrew", "שלום עולם"),
        // (Not Hebrew next to Arabic: usvg shapes the two as one script, leaving the Arabic
        // unjoined in the PDF; filmprint's own drawing splits them.)
        ("mixed", "Nausicaä 風の谷 مرحبا"),
    ] {
        let common = ["render", &p("fp.json"), "--size", "500", "--title", title];
        let png = filmprint(&[&common[..], &["-o", &p(&format!("{name}.png"))]].concat());
        assert_ok(&png);
        assert!(!String::from_utf8_lossy(&png.stderr).contains("warning"), "{name}: every glyph found");
        assert_ok(&filmprint(&[&common[..], &["-o", &p(&format!("{name}.pdf"))]].concat()));
        let pdf = p(&format!("{name}.pdf"));
        let fonts = tool("pdffonts", &[&pdf]);
        assert!(
            fonts.lines().skip(2).all(|l| l.contains("yes yes yes")),
            "{name}: embedded, subset: {fonts}"
        );
        let ours = read_png(Path::new(&p(&format!("{name}.png"))));
        let theirs = poppler_pixels(Path::new(&pdf), 500, 500);
        let (mean, off) = difference(&ours.2, &theirs.2);
        eprintln!(
            "{name}: against the reference, mean difference {mean:.3}, {:.3} % of pixels off",
            off * 100.0
        );
        assert!(
            mean < 2.0 && off < 0.015,
            "{name}: mean difference {mean:.2}, {:.2} % of pixels off",
            off * 100.0
        );
    }
    // The Japanese title is text in the PDF, in the font that has it.
    assert!(tool("pdftotext", &[&p("japanese.pdf"), "-"]).contains("風の谷のナウシカ"));
}
